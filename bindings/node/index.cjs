'use strict';
// libhttpstatus for Node: Status and Method objects built once from the C library when the module
// loads, and lookups that answer from JavaScript tables, never crossing the FFI on the hot path.
// The properties come from the field lists the generator writes into lib/api.json, so an accessor the
// C library gains becomes a property here without an edit.  index.d.ts documents the bad-input rules.

const util = require('node:util');
const { raw, ffi } = require('./lib/raw.cjs');

const BUILDING = Symbol('libhttpstatus.building');
const own = new WeakSet(); // the Status and Method objects of this module, for brand checks

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

// ---- Building the records from C ----------------------------------------------------------------

function propertyValue(field, handle) {
  const v = raw[field.symbol](handle);
  if (field.flag) return v !== 0;
  if (field.via) return raw[field.via](v);
  if (field.type === 'number' || field.type === 'string') return v;
  throw new Error(`libhttpstatus: cannot make a property of ${field.symbol} (${field.type})`);
}

function fill(target, fields, handle) {
  for (const field of fields) {
    Object.defineProperty(target, field.property, {
      value: propertyValue(field, handle), enumerable: true, writable: false, configurable: false,
    });
  }
  own.add(target);
  return Object.freeze(target);
}

/** One entry of the HTTP status code registry.  Only this module makes them. */
class Status {
  constructor(token, handle) {
    if (token !== BUILDING) throw new TypeError('Status objects come from the lookups of libhttpstatus');
    fill(this, ffi.statusFields, handle);
  }

  valueOf() { return this.code; }

  toString() { return this.phrase ? `${this.code} ${this.phrase}` : String(this.code); }

  toJSON() { return this.code; }

  [util.inspect.custom](depth, options) {
    return options.stylize(`HTTPStatus.${this.name} <${this.toString()}>`, 'special');
  }
}

/** One entry of the HTTP method registry.  Only this module makes them. */
class Method {
  constructor(token, handle) {
    if (token !== BUILDING) throw new TypeError('Method objects come from the lookups of libhttpstatus');
    fill(this, ffi.methodFields, handle);
  }

  valueOf() { return this.name; }

  toString() { return this.name; }

  toJSON() { return this.name; }

  [util.inspect.custom](depth, options) {
    const ref = /^[A-Za-z_$][\w$]*$/.test(this.name) ? `.${this.name}` : `[${JSON.stringify(this.name)}]`;
    return options.stylize(`HTTPMethod${ref}`, 'special');
  }
}

for (const cls of [Status, Method]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name });
  Object.freeze(cls.prototype);
  Object.freeze(cls);
}

function all(count, at, make) {
  const list = [];
  const byHandle = new Map();
  const n = raw[count]();
  for (let i = 0; i < n; i++) {
    const handle = raw[at](i);
    const record = make(handle);
    list.push(record);
    byHandle.set(handle, record);
  }
  return { list: Object.freeze(list), byHandle };
}

const S = all('httpstatus_status_count', 'httpstatus_status_at', (h) => new Status(BUILDING, h));
const M = all('httpstatus_method_count', 'httpstatus_method_at', (h) => new Method(BUILDING, h));
const statuses = S.list;
const methods = M.list;

const ALIAS = ffi.enums.alias_kind;
const aliases = [];
for (let i = 0, n = raw.httpstatus_alias_count(); i < n; i++) {
  const kind = raw.httpstatus_alias_kind(i);
  const status = S.byHandle.get(raw.httpstatus_alias_status(i));
  if (!status) throw new Error(`libhttpstatus: alias ${i} resolves to no known status`);
  aliases.push(Object.freeze({
    text: raw.httpstatus_alias_text(i),
    kind: kind === ALIAS.NAME ? 'name' : kind === ALIAS.PHRASE ? 'phrase' : String(kind),
    status,
  }));
}
Object.freeze(aliases);

// ---- The tables the lookups answer from ----------------------------------------------------------

const byCode = new Map();
const byName = new Map();    // exact
const byNameCI = new Map();  // ASCII lower case
const byPhrase = new Map();  // ASCII lower case
const byMethod = new Map();
let longestKey = 0;

function key(map, text, record) {
  if (!map.has(text)) map.set(text, record);
  longestKey = Math.max(longestKey, text.length);
}

for (const s of statuses) {
  byCode.set(s.code, s);
  key(byName, s.name, s);
  key(byNameCI, s.name.toLowerCase(), s);
  key(byPhrase, s.phrase.toLowerCase(), s);
}
for (const a of aliases) {
  if (a.kind === 'name') {
    key(byName, a.text, a.status);
    key(byNameCI, a.text.toLowerCase(), a.status);
  } else if (a.kind === 'phrase') {
    key(byPhrase, a.text.toLowerCase(), a.status);
  }
}
for (const m of methods) key(byMethod, m.name, m);

// The lookups below take every key to be printable ASCII (so that a hit needs no check and case
// folding stays ASCII-only, as in C); data that breaks this stops the module here, not a lookup later.
for (const map of [byName, byNameCI, byPhrase, byMethod]) {
  for (const text of map.keys()) {
    if (!/^[\x20-\x7e]+$/.test(text)) throw new Error(`libhttpstatus: the key ${JSON.stringify(text)} is not printable ASCII`);
  }
}

const HTTPStatus = Object.create(null);
for (const [name, s] of byName) HTTPStatus[name] = s;
Object.freeze(HTTPStatus);
const HTTPMethod = Object.create(null);
for (const m of methods) HTTPMethod[m.name] = m;
Object.freeze(HTTPMethod);

// ---- Argument checks -----------------------------------------------------------------------------

const { INT_MIN, INT_MAX } = ffi;

// A code argument as an integer Number within a C int, or undefined when it can be no code;
// a TypeError for anything that is not a Number, a BigInt or a Status of this module.
function codeOf(value, where) {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX ? value + 0 : undefined;
  }
  if (typeof value === 'bigint') {
    return value >= BigInt(INT_MIN) && value <= BigInt(INT_MAX) ? Number(value) : undefined;
  }
  if (own.has(value) && value instanceof Status) return value.code; // own.has() touches nothing
  throw new TypeError(`${where}: expected a code (an integer Number, a BigInt or a Status), got ${describe(value)}`);
}

// Text that no key could match: longer than the longest key, or not printable ASCII (NUL bytes,
// lone surrogates and letters that only Unicode case folding would turn into ASCII among them).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function textOf(value, where) {
  if (typeof value !== 'string') throw new TypeError(`${where}: expected a string, got ${describe(value)}`);
  return value.length <= longestKey && PRINTABLE_ASCII.test(value) ? value : undefined;
}

// ---- Lookups -------------------------------------------------------------------------------------

// The hot paths: a code of type Number indexes a packed array (a non-negative integer below its
// length; -0 is 0); every other Number is no code.  Other types take codeOf().
const codeTable = new Array(Math.max(...byCode.keys()) + 1).fill(undefined);
for (const [c, s] of byCode) codeTable[c] = s;

function statusFromCode(code) {
  if (typeof code === 'number') return (code >>> 0) === code && code < codeTable.length ? codeTable[code] : undefined;
  const c = codeOf(code, 'statusFromCode');
  return c === undefined ? undefined : byCode.get(c);
}

// A text found as it is needs no check: every key is printable ASCII.  Only a miss is checked (and
// its type), before ASCII case folding; toLowerCase() alone would fold non-ASCII letters into ASCII.
function exact(map, text, where) {
  const hit = map.get(text);
  if (hit !== undefined) return hit;
  textOf(text, where);
  return undefined;
}

function folded(map, text, where) {
  const hit = map.get(text);
  if (hit !== undefined) return hit;
  const t = textOf(text, where);
  return t === undefined ? undefined : map.get(t.toLowerCase());
}

function statusFromName(name) {
  return exact(byName, name, 'statusFromName');
}

function statusFromNameIgnoreCase(name) {
  return folded(byNameCI, name, 'statusFromNameIgnoreCase');
}

function statusFromPhrase(phrase) {
  return folded(byPhrase, phrase, 'statusFromPhrase');
}

function methodFromName(name) {
  return exact(byMethod, name, 'methodFromName');
}

function status(value) {
  if (typeof value === 'string') {
    return byName.get(value) || folded(byNameCI, value, 'status') || folded(byPhrase, value, 'status');
  }
  if (typeof value === 'number') return statusFromCode(value);
  const c = codeOf(value, 'status');
  return c === undefined ? undefined : byCode.get(c);
}

// The class and status line of an integer come from C the first time a code is asked for, then
// from these caches; codes outside 100..599 have neither, and C says so too.
const classCache = new Map();
const lineCache = new Map();

function classOf(code) {
  const c = codeOf(code, 'classOf');
  if (c === undefined) return undefined;
  let answer = classCache.get(c);
  if (answer === undefined) {
    answer = raw.httpstatus_class_name(raw.httpstatus_class_of(c));
    if (c >= 100 && c <= 599) classCache.set(c, answer);
  }
  return answer === '' ? undefined : answer;
}

function formatStatusLine(code) {
  const c = codeOf(code, 'formatStatusLine');
  if (c === undefined) return undefined;
  let line = lineCache.get(c);
  if (line === undefined) {
    const need = raw.httpstatus_format_status_line(c, null, 0);
    if (need < 0) return undefined;
    const buf = Buffer.alloc(need + 1);
    const wrote = raw.httpstatus_format_status_line(c, buf, buf.length);
    if (wrote !== need) throw new Error(`libhttpstatus: the status line of ${c} changed length`);
    line = buf.toString('utf8', 0, need);
    lineCache.set(c, line);
  }
  return line;
}

const version = raw.httpstatus_version();
const versionNumber = raw.httpstatus_version_number();
const registryDate = raw.httpstatus_registry_date();
const { SONAME, libraryPath } = ffi;

// Every name is a plain identifier so that Node's CommonJS lexer sees it: index.mjs re-exports them.
module.exports = {
  Status,
  Method,
  HTTPStatus,
  HTTPMethod,
  statuses,
  methods,
  aliases,
  status,
  statusFromCode,
  statusFromName,
  statusFromNameIgnoreCase,
  statusFromPhrase,
  methodFromName,
  classOf,
  formatStatusLine,
  version,
  versionNumber,
  registryDate,
  SONAME,
  libraryPath,
  raw,
};
Object.freeze(module.exports);
