'use strict';
// Checked access to every exported C function.  koffi itself checks little: a number passed where a
// pointer goes is taken as an address (and crashes), an integer too wide for the C parameter is
// truncated (65940 arrives as 404 in 16 bits), a length beyond the text makes C read past it.  So
// every argument is checked here, from the parameter kinds the generator wrote into api.json, before
// any call: a wrong type or arity is a TypeError, a value the C parameter cannot hold a RangeError.
//
// No check asks the argument about itself: types come from typeof, Number.isInteger and
// ArrayBuffer.isView, a buffer's kind and size from the built-in %TypedArray%.prototype getters, all
// taken once when the module loads; proxies are refused by util.types.isProxy, and a buffer must be a
// Uint8Array or a Buffer itself, no subclass.  No valueOf, toString or Symbol.toPrimitive of an
// argument is ever called.

const { isProxy } = require('node:util').types;
const ffi = require('./ffi.cjs');

const { functions, NUL_TERMINATED, INT_MIN, INT_MAX } = ffi;
const SIZE_MAX = NUL_TERMINATED;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const byteLengthOf = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const typedArrayNameOf = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const { apply } = Reflect;
const { getPrototypeOf } = Object;
const { isView } = ArrayBuffer;
const { isInteger } = Number;
const UINT8ARRAY_PROTOTYPE = Uint8Array.prototype;
const BUFFER_PROTOTYPE = Buffer.prototype;

// The bytes koffi will let C write into: the view's own byte length, read by the built-in getter.
// undefined when the value is no plain Uint8Array or Buffer.
function bufferBytes(value) {
  if (typeof value !== 'object' || value === null || isProxy(value) || !isView(value)) return undefined;
  if (apply(typedArrayNameOf, value, []) !== 'Uint8Array') return undefined;
  const proto = getPrototypeOf(value);
  if (proto !== UINT8ARRAY_PROTOTYPE && proto !== BUFFER_PROTOTYPE) return undefined;
  return apply(byteLengthOf, value, []);
}

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return `a ${typeof value}`;
}

// An integer for a C parameter between min and max (Numbers or BigInts), as koffi should get it.
function integer(value, min, max, where) {
  if (typeof value === 'number') {
    if (!isInteger(value)) throw new RangeError(`${where}: ${describe(value)} is not an integer`);
    if (value < min || value > max) throw new RangeError(`${where}: ${describe(value)} is out of range`);
    return value === 0 ? 0 : value; // -0 is 0
  }
  if (typeof value === 'bigint') {
    if (value < BigInt(min) || value > BigInt(max)) throw new RangeError(`${where}: ${describe(value)} is out of range`);
    return value;
  }
  throw new TypeError(`${where}: expected an integer, got ${describe(value)}`);
}

function utf8Length(text) {
  return Buffer.byteLength(text, 'utf8');
}

// The checks of one parameter kind: (value, previous checked argument, where) -> what koffi gets.
// A size right after a string is that string's length; right after a buffer, the buffer's size.
function makeCheckers(handles) {
  return {
    int: (v, _prev, where) => integer(v, INT_MIN, INT_MAX, where),
    ulong: (v, _prev, where) => integer(v, 0, SIZE_MAX, where),
    size: (v, prev, where) => {
      const n = integer(v, 0, SIZE_MAX, where);
      if (prev && prev.kind === 'string' && BigInt(n) !== NUL_TERMINATED) {
        if (BigInt(n) > BigInt(utf8Length(prev.value))) {
          throw new RangeError(`${where}: ${n} is longer than the text (${utf8Length(prev.value)} bytes in UTF-8)`);
        }
      } else if (prev && prev.kind === 'buffer') {
        const room = prev.value === null ? 0 : bufferBytes(prev.value);
        if (BigInt(n) > BigInt(room)) throw new RangeError(`${where}: ${n} is larger than the buffer (${room} bytes)`);
      }
      return n;
    },
    string: (v, _prev, where) => {
      if (typeof v !== 'string') throw new TypeError(`${where}: expected a string, got ${describe(v)}`);
      return v;
    },
    buffer: (v, _prev, where) => {
      if (v === null || bufferBytes(v) !== undefined) return v;
      throw new TypeError(`${where}: expected a Uint8Array or a Buffer (no subclass, no proxy) or null, got ${describe(v)}`);
    },
    status: (v, _prev, where) => handle(handles.status, 'httpstatus_status', v, where),
    method: (v, _prev, where) => handle(handles.method, 'httpstatus_method', v, where),
  };
}

function handle(known, type, value, where) {
  if (value === null) return null;
  if (typeof value !== 'bigint') throw new TypeError(`${where}: expected a ${type} handle or null, got ${describe(value)}`);
  if (!known.has(value)) throw new TypeError(`${where}: ${describe(value)} is no ${type} handle the library gave`);
  return value;
}

// A text passed as NUL-terminated must not hold a NUL itself: C would stop there and find the prefix.
function checkTerminated(args, kinds, where) {
  for (let i = 0; i + 1 < kinds.length; i++) {
    if (kinds[i] === 'string' && kinds[i + 1] === 'size' && BigInt(args[i + 1]) === NUL_TERMINATED &&
        args[i].includes('\0')) {
      throw new RangeError(`${where}: a text holding a NUL byte needs its length, not NUL_TERMINATED`);
    }
  }
}

function wrap(name, entry, checkers) {
  const kinds = entry.params.map((p) => p.kind);
  for (const kind of kinds.concat(entry.result)) {
    if (kind !== 'void' && !checkers[kind]) throw new Error(`libhttpstatus: no check for the parameter kind ${kind} of ${name}`);
  }
  const call = entry.call;
  const checked = function (...args) {
    if (args.length !== kinds.length) {
      throw new TypeError(`${name}: expected ${kinds.length} argument(s), got ${args.length}`);
    }
    const out = new Array(kinds.length);
    for (let i = 0; i < kinds.length; i++) {
      const prev = i > 0 ? { kind: kinds[i - 1], value: out[i - 1] } : null;
      out[i] = checkers[kinds[i]](args[i], prev, `${name}(${entry.params[i].name})`);
    }
    checkTerminated(out, kinds, name);
    return call(...out);
  };
  Object.defineProperty(checked, 'name', { __proto__: null, value: name });
  return checked;
}

// The handles the library can give: every status and method, reached by index without any argument
// that could be wrong, in the library's order.  Handles point into static tables, so they never change.
function collect(count, at) {
  const list = [];
  for (let i = 0, n = functions[count].call(); i < n; i++) list.push(functions[at].call(i));
  return Object.freeze(list);
}

const handles = Object.freeze({
  status: collect('httpstatus_status_count', 'httpstatus_status_at'),
  method: collect('httpstatus_method_count', 'httpstatus_method_at'),
});
const checkers = makeCheckers({ status: new Set(handles.status), method: new Set(handles.method) });
const raw = Object.create(null);
for (const name of Object.keys(functions)) raw[name] = wrap(name, functions[name], checkers);
raw.NUL_TERMINATED = NUL_TERMINATED;
raw.enums = ffi.enums;
Object.freeze(raw);

module.exports = { raw, ffi, handles };
