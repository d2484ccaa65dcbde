'use strict';
// Checked access to every exported C function.  koffi itself checks little: a number passed where a
// pointer goes is taken as an address (and crashes), an integer too wide for the C parameter is
// truncated (65940 arrives as 404 in 16 bits), a length beyond the text makes C read past it.  So
// every argument is checked here, from the parameter kinds the generator wrote into api.json, before
// any call: a wrong type or arity is a TypeError, a value the C parameter cannot hold a RangeError.
//
// No check asks the argument about itself: types come from typeof, Number.isInteger and
// ArrayBuffer.isView, a buffer's kind and size from the built-in %TypedArray%.prototype getters;
// proxies are refused by util.types.isProxy, and a buffer must be a Uint8Array or a Buffer itself, no
// subclass.  No valueOf, toString or Symbol.toPrimitive of an argument is ever called.  Every one of
// these built-ins is the copy lib/primordials.cjs took when the binding loaded; ranges are compared
// as Number and BigInt mixed (exact in JavaScript), so no BigInt() is called on a call's path.

const {
  Error, RangeError, TypeError, Uint8Array, ObjectCreate, ObjectDefineProperty, ObjectFreeze, ObjectGetPrototypeOf,
  ObjectKeys, NumberIsInteger, StringPrototypeIncludes, JSONStringify, ReflectApply, ArrayBufferIsView,
  TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetSymbolToStringTag, IsProxy, BufferByteLength,
  BufferPrototype,
} = require('./primordials.cjs');
const ffi = require('./ffi.cjs');

const { functions, NUL_TERMINATED, INT_MIN, INT_MAX } = ffi;
const SIZE_MAX = NUL_TERMINATED;
const UINT8ARRAY_PROTOTYPE = Uint8Array.prototype;

// The bytes koffi will let C write into: the view's own byte length, read by the built-in getter.
// undefined when the value is no plain Uint8Array or Buffer.
function bufferBytes(value) {
  if (typeof value !== 'object' || value === null || IsProxy(value) || !ArrayBufferIsView(value)) return undefined;
  if (TypedArrayPrototypeGetSymbolToStringTag(value) !== 'Uint8Array') return undefined;
  const proto = ObjectGetPrototypeOf(value);
  if (proto !== UINT8ARRAY_PROTOTYPE && proto !== BufferPrototype) return undefined;
  return TypedArrayPrototypeGetByteLength(value);
}

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSONStringify(value);
  if (typeof value === 'number') return `${value}`;
  return `a ${typeof value}`;
}

// An integer for a C parameter between min and max (Numbers or BigInts), as koffi should get it.
function integer(value, min, max, where) {
  if (typeof value === 'number') {
    if (!NumberIsInteger(value)) throw new RangeError(`${where}: ${describe(value)} is not an integer`);
    if (value < min || value > max) throw new RangeError(`${where}: ${describe(value)} is out of range`);
    return value === 0 ? 0 : value; // -0 is 0
  }
  if (typeof value === 'bigint') {
    if (value < min || value > max) throw new RangeError(`${where}: ${describe(value)} is out of range`);
    return value;
  }
  throw new TypeError(`${where}: expected an integer, got ${describe(value)}`);
}

// The checks of one parameter kind: (value, the previous checked argument's kind and value, where)
// -> what koffi gets.  A size right after a string is that string's length; right after a buffer,
// the buffer's size.
function makeCheckers(known) {
  return {
    __proto__: null,
    int: (v, _kind, _prev, where) => integer(v, INT_MIN, INT_MAX, where),
    ulong: (v, _kind, _prev, where) => integer(v, 0, SIZE_MAX, where),
    size: (v, kind, prev, where) => {
      const n = integer(v, 0, SIZE_MAX, where);
      if (kind === 'string' && n === NUL_TERMINATED) {
        // C would stop at a NUL of the text and find the prefix.  Checked here, in the order of the
        // arguments, so that the first bad argument is the one named, as in Lua, Ruby and C's model.
        if (StringPrototypeIncludes(prev, '\0')) {
          throw new RangeError(`${where}: a text holding a NUL byte needs its length, not NUL_TERMINATED`);
        }
      } else if (kind === 'string') {
        const length = BufferByteLength(prev);
        if (n > length) throw new RangeError(`${where}: ${n} is longer than the text (${length} bytes in UTF-8)`);
      } else if (kind === 'buffer') {
        const room = prev === null ? 0 : bufferBytes(prev);
        if (!(n <= room)) throw new RangeError(`${where}: ${n} is larger than the buffer (${room} bytes)`);
      }
      return n;
    },
    string: (v, _kind, _prev, where) => {
      if (typeof v !== 'string') throw new TypeError(`${where}: expected a string, got ${describe(v)}`);
      return v;
    },
    buffer: (v, _kind, _prev, where) => {
      if (v === null || bufferBytes(v) !== undefined) return v;
      throw new TypeError(`${where}: expected a Uint8Array or a Buffer (no subclass, no proxy) or null, got ${describe(v)}`);
    },
    status: (v, _kind, _prev, where) => handle(known, 'status', 'httpstatus_status', v, where),
    method: (v, _kind, _prev, where) => handle(known, 'method', 'httpstatus_method', v, where),
    rule: (v, _kind, _prev, where) => handle(known, 'rule', 'httpstatus_rule', v, where),
  };
}

// `known` has one own property per handle the library gave, its address in decimal, whose value is
// the handle's kind.  A BigInt becomes a property key without any of its methods being asked.
function handle(known, kind, type, value, where) {
  if (value === null) return null;
  if (typeof value !== 'bigint') throw new TypeError(`${where}: expected a ${type} handle or null, got ${describe(value)}`);
  if (known[value] !== kind) throw new TypeError(`${where}: ${describe(value)} is no ${type} handle the library gave`);
  return value;
}

// The checked function: its arguments are checked into the array the rest parameter made (own
// elements only, so no setter or getter of Array.prototype is met) and handed to koffi by the
// Reflect.apply of load time, never spread (which would ask Array.prototype[Symbol.iterator]).
function wrap(name, entry, checkers) {
  const kinds = [];
  const wheres = [];
  for (let i = 0; i < entry.params.length; i++) {
    kinds[i] = entry.params[i].kind;
    wheres[i] = `${name}(${entry.params[i].name})`;
    if (!checkers[kinds[i]]) throw new Error(`libhttpstatus: no check for the parameter kind ${kinds[i]} of ${name}`);
  }
  const count = kinds.length;
  const native = entry.native;
  const checked = function (...args) {
    if (args.length !== count) throw new TypeError(`${name}: expected ${count} argument(s), got ${args.length}`);
    for (let i = 0; i < count; i++) {
      args[i] = checkers[kinds[i]](args[i], i > 0 ? kinds[i - 1] : undefined, i > 0 ? args[i - 1] : undefined, wheres[i]);
    }
    return ReflectApply(native, undefined, args);
  };
  ObjectDefineProperty(checked, 'name', { __proto__: null, value: name });
  return checked;
}

// The handles the library can give: every status, method and rule (1.2), reached by index without any argument
// that could be wrong, in the library's order.  Handles point into static tables, so they never change.
function collect(count, at) {
  const list = [];
  const atIndex = functions[at].native;
  for (let i = 0, n = functions[count].native(); i < n; i++) list[i] = atIndex(i);
  return ObjectFreeze(list);
}

// The unofficial statuses (1.1) are status handles too, from a table of their own.
const handles = ObjectFreeze({
  __proto__: null,
  status: collect('httpstatus_status_count', 'httpstatus_status_at'),
  unofficial: collect('httpstatus_unofficial_count', 'httpstatus_unofficial_at'),
  method: collect('httpstatus_method_count', 'httpstatus_method_at'),
  rule: collect('httpstatus_rule_count', 'httpstatus_rule_at'),
});
const known = ObjectCreate(null);
const KINDS = [['status', handles.status], ['status', handles.unofficial], ['method', handles.method], ['rule', handles.rule]];
for (let k = 0; k < KINDS.length; k++) {
  const list = KINDS[k][1];
  for (let i = 0; i < list.length; i++) known[list[i]] = KINDS[k][0];
}
ObjectFreeze(known);
const checkers = makeCheckers(known);
const raw = ObjectCreate(null);
const names = ObjectKeys(functions);
for (let i = 0; i < names.length; i++) raw[names[i]] = wrap(names[i], functions[names[i]], checkers);
raw.NUL_TERMINATED = NUL_TERMINATED;
raw.enums = ffi.enums;
ObjectFreeze(raw);

module.exports = ObjectFreeze({ __proto__: null, raw, ffi, handles });
