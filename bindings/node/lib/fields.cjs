'use strict';
// The header field names a response carries, as check() is given them (1.2): an array of names, a
// plain object whose own keys are the names (res.getHeaders(), req.headers), a Map keyed by name, or
// a fetch Headers.  Every container is read through the built-ins lib/primordials.cjs took when the
// binding loaded, never through the argument's own methods: an array's elements by their own property
// descriptors (a hole or a getter is a TypeError, and no getter runs), an object's keys by
// Object.keys, a Map's by the Map.prototype.forEach of load time.  Proxies are refused.
//
// A Headers keeps its entries in private fields of Node's own fetch implementation (undici), so it is
// read through Headers.prototype.keys and its iterator's `next`, as lib/primordials.cjs took them
// (fetchHeaders(): at load when Node had loaded fetch by then, else when the first object that could
// be a Headers comes), and only when it is one itself: its prototype is Node's Headers.prototype and
// it has no own property (a forged object needs one to answer for itself).  What undici does inside
// those two functions is its own: it uses the built-ins of the moment (doc/guide-node.md, "Response
// rules (1.2)").

const {
  TypeError, ArrayIsArray, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectHasOwn, ObjectKeys,
  ObjectPrototype, ReflectOwnKeys, MapPrototypeForEach, IsMap, IsProxy, fetchHeaders,
} = require('./primordials.cjs');

const EXPECTED = 'an array of names, a plain object, a Map or a Headers';

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && IsProxy(value)) return 'a proxy';
  if (ArrayIsArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function name(value, where, at) {
  if (typeof value !== 'string') throw new TypeError(`${where}: field name ${at} is ${describe(value)}, not a string`);
  return value;
}

function fromArray(array, where) {
  const names = [];
  for (let i = 0, n = array.length; i < n; i++) {
    const d = ObjectGetOwnPropertyDescriptor(array, i);
    if (d === undefined || !ObjectHasOwn(d, 'value')) throw new TypeError(`${where}: field name ${i} is a hole or a getter`);
    names[i] = name(d.value, where, i);
  }
  return names;
}

function fromMap(map, where) {
  const names = [];
  MapPrototypeForEach(map, (_value, key) => {
    names[names.length] = name(key, where, names.length);
  });
  return names;
}

function fromHeaders(headers, fromFetch, where) {
  const { HeadersPrototypeKeys, HeadersIteratorPrototypeNext } = fromFetch;
  const names = [];
  const it = HeadersPrototypeKeys(headers);
  for (let r = HeadersIteratorPrototypeNext(it); !r.done; r = HeadersIteratorPrototypeNext(it)) {
    names[names.length] = name(r.value, where, names.length);
  }
  return names;
}

/** The names FIELDS holds, as an array of strings; a TypeError for anything else. */
function fieldNames(fields, where) {
  if (typeof fields !== 'object' || fields === null || IsProxy(fields)) {
    throw new TypeError(`${where}: expected ${EXPECTED}, got ${describe(fields)}`);
  }
  if (ArrayIsArray(fields)) return fromArray(fields, where);
  if (IsMap(fields)) return fromMap(fields, where);
  const proto = ObjectGetPrototypeOf(fields);
  if (proto === ObjectPrototype || proto === null) return ObjectKeys(fields);
  const fromFetch = fetchHeaders();
  if (fromFetch !== undefined && proto === fromFetch.HeadersPrototype && ReflectOwnKeys(fields).length === 0) {
    return fromHeaders(fields, fromFetch, where);
  }
  throw new TypeError(`${where}: expected ${EXPECTED}, got an object of another kind`);
}

module.exports = fieldNames;
