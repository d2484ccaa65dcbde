'use strict';
// The built-ins the binding relies on, read once when it loads, as Node's own core does
// (lib/internal/per_context/primordials.js): every global, static, prototype method and getter a
// check, a lookup or a part built on first use calls is taken here, and the other files of the
// binding call these copies only.  A caller who replaces Map.prototype.get, BigInt, Buffer.byteLength
// or a %TypedArray% getter after the binding has loaded changes nothing it answers, checks or records.
//
// A prototype method is kept "uncurried" (MapPrototypeGet(map, key) calls the Map.prototype.get of
// load time on map): Function.prototype.call bound to it, so not even a later change to
// Function.prototype.call reaches it.  A getter is kept the same way (TypedArrayPrototypeGetByteLength
// (view)).  Code that runs before the binding loads can still hand it liars: doc/bindings.md says so.
//
// The table is data so that test/tamper.test.cjs can tamper with every entry of it; that test also
// fails when another file of the binding uses a global or a prototype method not taken from here.
// The one exception to "at load": Node's fetch Headers, which the binding does not make Node load
// (fetchHeaders() below; doc/guide-node.md, "Response rules (1.2)").

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { Buffer } = require('node:buffer');

const { bind, call } = Function.prototype;
// uncurryThis(fn)(self, ...args) is fn.call(self, ...args) with the call of load time.
const uncurryThis = bind.bind(call);
const { getOwnPropertyDescriptor, getPrototypeOf, freeze } = Object;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
// Node loads its fetch API (undici) the first time globalThis.Headers is read, which costs it some
// 25 ms and the process's first stream: the binding does not make it do so.  The property Node
// defines is read without being called: the class when fetch is loaded already, else the getter that
// loads it, which gives Node's own class whatever globalThis.Headers has become since.
// --no-experimental-fetch takes it away.
const headersProperty = getOwnPropertyDescriptor(globalThis, 'Headers');

// The holders by the name the table uses.
const HOLDERS = {
  __proto__: null,
  globalThis,
  Object,
  'Object.prototype': Object.prototype,
  Array,
  Number,
  String,
  'String.prototype': String.prototype,
  'Number.prototype': Number.prototype,
  Symbol,
  JSON,
  Reflect,
  'RegExp.prototype': RegExp.prototype,
  'Map.prototype': Map.prototype,
  ArrayBuffer,
  Buffer,
  '%TypedArray%.prototype': TypedArrayPrototype,
  'node:fs': fs,
  'node:path': path,
  'node:util.types': util.types,
  process,
};

const VALUE = 'value';    // holder[key] itself
const METHOD = 'method';  // holder[key], uncurried
const GETTER = 'getter';  // the getter of holder[key], uncurried

// [the name the binding uses, the holder, the key ('@@x' is Symbol.x), how it is kept, and FETCH for
// a built-in of Node's fetch Headers: those are given by fetchHeaders() below]
const FETCH = 'fetchHeaders';
const TABLE = [
  ['BigInt', 'globalThis', 'BigInt', VALUE],
  ['Error', 'globalThis', 'Error', VALUE],
  ['Number', 'globalThis', 'Number', VALUE],
  ['RangeError', 'globalThis', 'RangeError', VALUE],
  ['TypeError', 'globalThis', 'TypeError', VALUE],
  ['Uint8Array', 'globalThis', 'Uint8Array', VALUE],
  ['ObjectCreate', 'Object', 'create', VALUE],
  ['ObjectDefineProperty', 'Object', 'defineProperty', VALUE],
  ['ObjectFreeze', 'Object', 'freeze', VALUE],
  ['ObjectGetOwnPropertyDescriptor', 'Object', 'getOwnPropertyDescriptor', VALUE],
  ['ObjectGetPrototypeOf', 'Object', 'getPrototypeOf', VALUE],
  ['ObjectHasOwn', 'Object', 'hasOwn', VALUE],
  ['ObjectIsFrozen', 'Object', 'isFrozen', VALUE],
  ['ObjectKeys', 'Object', 'keys', VALUE],
  ['ObjectSetPrototypeOf', 'Object', 'setPrototypeOf', VALUE],
  ['ObjectPrototype', 'Object', 'prototype', VALUE],
  ['ArrayFrom', 'Array', 'from', VALUE],
  ['ArrayIsArray', 'Array', 'isArray', VALUE],
  ['NumberIsInteger', 'Number', 'isInteger', VALUE],
  ['NumberPrototypeToString', 'Number.prototype', 'toString', METHOD],
  ['NumberParseInt', 'Number', 'parseInt', VALUE],
  ['StringFromCharCode', 'String', 'fromCharCode', VALUE],
  ['StringPrototypeCharCodeAt', 'String.prototype', 'charCodeAt', METHOD],
  ['StringPrototypeIncludes', 'String.prototype', 'includes', METHOD],
  ['StringPrototypeIndexOf', 'String.prototype', 'indexOf', METHOD],
  ['StringPrototypePadStart', 'String.prototype', 'padStart', METHOD],
  ['StringPrototypeSlice', 'String.prototype', 'slice', METHOD],
  ['StringPrototypeToLowerCase', 'String.prototype', 'toLowerCase', METHOD],
  ['SymbolFor', 'Symbol', 'for', VALUE],
  ['SymbolToStringTag', 'Symbol', 'toStringTag', VALUE],
  ['JSONStringify', 'JSON', 'stringify', VALUE],
  ['ReflectApply', 'Reflect', 'apply', VALUE],
  ['ReflectOwnKeys', 'Reflect', 'ownKeys', VALUE],
  ['MapPrototypeForEach', 'Map.prototype', 'forEach', METHOD],
  ['HeadersPrototype', 'Headers', 'prototype', VALUE, FETCH],
  ['HeadersPrototypeKeys', 'Headers.prototype', 'keys', METHOD, FETCH],
  ['HeadersIteratorPrototypeNext', '%HeadersIteratorPrototype%', 'next', METHOD, FETCH],
  ['RegExpPrototypeExec', 'RegExp.prototype', 'exec', METHOD],
  ['ArrayBufferIsView', 'ArrayBuffer', 'isView', VALUE],
  ['TypedArrayPrototypeGetByteLength', '%TypedArray%.prototype', 'byteLength', GETTER],
  ['TypedArrayPrototypeGetSymbolToStringTag', '%TypedArray%.prototype', '@@toStringTag', GETTER],
  ['BufferByteLength', 'Buffer', 'byteLength', VALUE],
  ['BufferPrototype', 'Buffer', 'prototype', VALUE],
  ['IsMap', 'node:util.types', 'isMap', VALUE],
  ['IsProxy', 'node:util.types', 'isProxy', VALUE],
  ['FsCloseSync', 'node:fs', 'closeSync', VALUE],
  ['FsConstants', 'node:fs', 'constants', VALUE],
  ['FsFstatSync', 'node:fs', 'fstatSync', VALUE],
  ['FsOpenSync', 'node:fs', 'openSync', VALUE],
  ['FsReadSync', 'node:fs', 'readSync', VALUE],
  ['FsStatSync', 'node:fs', 'statSync', VALUE],
  ['PathIsAbsolute', 'node:path', 'isAbsolute', VALUE],
  ['PathJoin', 'node:path', 'join', VALUE],
  ['ProcessArch', 'process', 'arch', VALUE],
  ['ProcessEnv', 'process', 'env', VALUE],
  ['ProcessExecPath', 'process', 'execPath', VALUE],
];

function take(row, holders) {
  const holder = holders[row[1]];
  const key = row[2][0] === '@' ? Symbol[row[2].slice(2)] : row[2];
  const how = row[3];
  let value;
  if (how === VALUE) value = holder[key];
  else if (how === METHOD) value = uncurryThis(holder[key]);
  else value = uncurryThis(getOwnPropertyDescriptor(holder, key).get);
  if (value === undefined) throw new Error(`libhttpstatus: no ${row[1]}[${row[2]}] in this Node`);
  return value;
}

// The FETCH rows, from Node's Headers class: undefined where this Node has no fetch.  They are read
// with the built-ins of load time, from the class as it is when this runs (the iterator's prototype
// is reached through an empty Headers).
function takeFetch(Headers) {
  if (typeof Headers !== 'function') return undefined;
  const keys = getOwnPropertyDescriptor(Headers.prototype, 'keys').value;
  const holders = {
    __proto__: null,
    Headers,
    'Headers.prototype': Headers.prototype,
    '%HeadersIteratorPrototype%': getPrototypeOf(uncurryThis(keys)(new Headers())),
  };
  const taken = { __proto__: null };
  for (let i = 0; i < TABLE.length; i++) if (TABLE[i][4] === FETCH) taken[TABLE[i][0]] = take(TABLE[i], holders);
  return freeze(taken);
}

let fetchTaken = null; // null: not yet taken
const getHeaders = headersProperty === undefined || headersProperty.get === undefined ? undefined : uncurryThis(headersProperty.get);
if (headersProperty === undefined || getHeaders === undefined) {
  fetchTaken = takeFetch(headersProperty === undefined ? undefined : headersProperty.value);
}

const primordials = { __proto__: null, uncurryThis };
const sources = [];
for (let i = 0; i < TABLE.length; i++) {
  const row = TABLE[i];
  const name = row[0];
  if (row[4] !== FETCH) primordials[name] = take(row, HOLDERS);
  sources[i] = freeze({ __proto__: null, name, holder: row[1], key: row[2], how: row[3], via: row[4] });
}
/**
 * Node's fetch Headers: { HeadersPrototype, HeadersPrototypeKeys, HeadersIteratorPrototypeNext }, or
 * undefined where this Node has no fetch.  Taken at load when Node had loaded fetch by then (Node 20
 * then holds the class itself in globalThis.Headers); else the first time this is called (which
 * loads it, through the getter kept at load; Node 18 keeps that getter even once fetch is loaded).
 */
primordials.fetchHeaders = function fetchHeaders() {
  if (fetchTaken === null) {
    try {
      fetchTaken = takeFetch(getHeaders(globalThis));
    } catch {
      // Node's own code, run now, met a built-in a caller has replaced since: no Headers is read
      // this time (check() refuses it as a TypeError), and the taking is tried again next time.
      return undefined;
    }
  }
  return fetchTaken;
};
// Frozen, the constants among them too: FsConstants, ProcessEnv are read at load only.
primordials.sources = freeze(sources);
module.exports = freeze(primordials);
