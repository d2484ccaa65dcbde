'use strict';
// libhttpstatus for Node: status constants that are plain numbers (HTTPStatus.NOT_FOUND === 404),
// method constants that are plain strings (HTTPMethod.GET === 'GET'), and Status and Method records
// built once from the C library when the module loads (Status.NOT_FOUND, lookup(404)).  Lookups answer
// from JavaScript tables, never crossing the FFI on the hot path.  The record properties come from the
// field lists the generator writes into lib/api.json, so an accessor the C library gains becomes a
// property here without an edit.  doc/bindings.md is the contract; index.d.ts the bad-input rules.
//
// No check asks an argument about itself (typeof, Number.isInteger and a WeakSet of this module's own
// records; no valueOf, toString or Symbol.toPrimitive is called), and every table a caller can index
// has no prototype, so nothing put on Object.prototype, before or after loading, is ever found.

const { raw, ffi, handles } = require('./lib/raw.cjs');

const { functions: C } = ffi;
const BUILDING = Symbol('libhttpstatus.building');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
// The records of this module, for brand checks: WeakSet#has() touches nothing of its argument.
const statusRecords = new WeakSet();
const methodRecords = new WeakSet();

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

// ---- Building the records from C ----------------------------------------------------------------

// One reader per field, made once: (handle) -> the property's value.  Plain assignment in the
// constructor, then Object.freeze, gives every record of a kind one shape (fast to build and read).
function readers(fields) {
  return fields.map((field) => {
    const get = C[field.symbol].call;
    if (field.flag) return [field.property, (h) => get(h) !== 0];
    if (field.via) {
      const name = C[field.via].call;
      return [field.property, (h) => name(get(h))];
    }
    if (field.type !== 'number' && field.type !== 'string') {
      throw new Error(`libhttpstatus: cannot make a property of ${field.symbol} (${field.type})`);
    }
    return [field.property, get];
  });
}
const STATUS_READERS = readers(ffi.statusFields);
const METHOD_READERS = readers(ffi.methodFields);

function fill(target, fieldReaders, handle, brand) {
  for (const [property, read] of fieldReaders) target[property] = read(handle);
  brand.add(target);
  return Object.freeze(target);
}

/** One entry of the HTTP status code registry: Status.NOT_FOUND.  Only this module makes them. */
class Status {
  constructor(token, handle) {
    if (token !== BUILDING) throw new TypeError('Status records come from libhttpstatus (Status.NOT_FOUND, lookup(404))');
    fill(this, STATUS_READERS, handle, statusRecords);
  }

  valueOf() { return this.code; }

  toString() { return this.phrase ? `${this.code} ${this.phrase}` : String(this.code); }

  toJSON() { return this.code; }

  [INSPECT](depth, options) {
    return options.stylize(`Status.${this.name} <${this.toString()}>`, 'special');
  }
}

/** One entry of the HTTP method registry: Method.GET.  Only this module makes them. */
class Method {
  constructor(token, handle) {
    if (token !== BUILDING) throw new TypeError('Method records come from libhttpstatus (Method.GET, methodFromName(\'GET\'))');
    fill(this, METHOD_READERS, handle, methodRecords);
  }

  valueOf() { return this.name; }

  toString() { return this.name; }

  toJSON() { return this.name; }

  [INSPECT](depth, options) {
    const ref = /^[A-Za-z_$][\w$]*$/.test(this.name) ? `.${this.name}` : `[${JSON.stringify(this.name)}]`;
    return options.stylize(`Method${ref}`, 'special');
  }
}

// The prototype chains are cut before anything is built, so that building assigns own properties and
// meets no setter a caller may have put on Object.prototype or Function.prototype before loading.
for (const cls of [Status, Method]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { __proto__: null, value: cls.name });
  Object.setPrototypeOf(cls.prototype, null); // a field a record lacks is undefined, whatever Object.prototype holds
  Object.freeze(cls.prototype);
  Object.setPrototypeOf(cls, null);
}

const byHandle = new Map();
const statuses = Object.freeze(handles.status.map((h) => {
  const s = new Status(BUILDING, h);
  byHandle.set(h, s);
  return s;
}));
const methods = Object.freeze(handles.method.map((h) => new Method(BUILDING, h)));
// The unofficial statuses (1.1): records of their own, which the registry's lookups never find.
const unofficialStatuses = Object.freeze(handles.unofficial.map((h) => new Status(BUILDING, h)));
const unofficialByCode = new Map(unofficialStatuses.map((s) => [s.code, s]));

const ALIAS = ffi.enums.alias_kind;
const aliases = [];
for (let i = 0, n = C.httpstatus_alias_count.call(); i < n; i++) {
  const kind = C.httpstatus_alias_kind.call(i);
  const status = byHandle.get(C.httpstatus_alias_status.call(i));
  if (!status) throw new Error(`libhttpstatus: alias ${i} resolves to no known status`);
  aliases.push(Object.freeze({
    __proto__: null,
    text: C.httpstatus_alias_text.call(i),
    kind: kind === ALIAS.NAME ? 'name' : kind === ALIAS.PHRASE ? 'phrase' : String(kind),
    status,
    source: C.httpstatus_alias_source.call(i),
    locator: C.httpstatus_alias_locator.call(i),
    quote: C.httpstatus_alias_quote.call(i),
  }));
}
Object.freeze(aliases);

// ---- The tables the lookups answer from ----------------------------------------------------------

const byName = new Map();    // exact
const byNameCI = new Map();  // ASCII lower case
const byPhrase = new Map();  // ASCII lower case
const byMethod = new Map();
let longestKey = 0;

// Every key is printable ASCII (so that a hit needs no check and case folding stays ASCII-only, as
// in C); data that breaks this stops the module here, not a lookup later.
function key(map, text, record) {
  if (!/^[\x20-\x7e]+$/.test(text)) throw new Error(`libhttpstatus: the key ${JSON.stringify(text)} is not printable ASCII`);
  if (!map.has(text)) map.set(text, record);
  if (text.length > longestKey) longestKey = text.length;
}

for (const s of statuses) {
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

// The constants (numbers and strings) and the records, each one property per name, older names too.
// Status and Method are classes whose own properties are the records; their prototype chain is cut
// (Function.prototype is not on it), so Status[name] finds a record or undefined, as HTTPStatus does;
// so is the records' (Object.prototype is not behind Status.prototype).
const HTTPStatus = Object.create(null);
const HTTPMethod = Object.create(null);
function constant(target, name, value) {
  if (Object.hasOwn(target, name)) throw new Error(`libhttpstatus: ${name} is already a property of ${target.name || 'a table'}`);
  target[name] = value; // an own data property: target's chain is empty; freezing makes it read-only
}
for (const [name, s] of byName) {
  constant(HTTPStatus, name, s.code);
  constant(Status, name, s);
}
for (const m of methods) {
  constant(HTTPMethod, m.name, m.name);
  constant(Method, m.name, m);
}
Object.freeze(Status);
Object.freeze(Method);
Object.freeze(HTTPStatus);
Object.freeze(HTTPMethod);

// ---- Argument checks -----------------------------------------------------------------------------

const { INT_MIN, INT_MAX } = ffi;
const { isInteger } = Number;

// A code argument as an integer Number within a C int, or undefined when it can be no code;
// a TypeError for anything that is not a Number, a BigInt or a Status of this module.
function codeOf(value, where) {
  if (typeof value === 'number') {
    return isInteger(value) && value >= INT_MIN && value <= INT_MAX ? value + 0 : undefined;
  }
  if (typeof value === 'bigint') {
    return value >= BigInt(INT_MIN) && value <= BigInt(INT_MAX) ? Number(value) : undefined;
  }
  if (statusRecords.has(value)) return value.code;
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
const codeTable = new Array(statuses[statuses.length - 1].code + 1).fill(undefined);
for (const s of statuses) codeTable[s.code] = s;

function fromCode(c) {
  return c === undefined || c >= codeTable.length || c < 0 ? undefined : codeTable[c];
}

/** The unofficial status with this code (1.1): nginx's 499 and the like, which statusFromCode never finds. */
function unofficialFromCode(code) {
  const c = codeOf(code, 'unofficialFromCode');
  return c === undefined ? undefined : unofficialByCode.get(c);
}

function statusFromCode(code) {
  if (typeof code === 'number') return (code >>> 0) === code && code < codeTable.length ? codeTable[code] : undefined;
  return fromCode(codeOf(code, 'statusFromCode'));
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

/**
 * The record for a code (an integer Number or a BigInt), a text (the exact name, else the name
 * ignoring ASCII case, else the reason phrase), or a record of this module (itself); else undefined.
 */
function lookup(value) {
  if (typeof value === 'number') return statusFromCode(value);
  if (typeof value === 'string') {
    return byName.get(value) || folded(byNameCI, value, 'lookup') || folded(byPhrase, value, 'lookup');
  }
  if (statusRecords.has(value) || methodRecords.has(value)) return value;
  return fromCode(codeOf(value, 'lookup'));
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
    answer = C.httpstatus_class_name.call(C.httpstatus_class_of.call(c));
    if (c >= 100 && c <= 599) classCache.set(c, answer);
  }
  return answer === '' ? undefined : answer;
}

function formatStatusLine(code) {
  const c = codeOf(code, 'formatStatusLine');
  if (c === undefined) return undefined;
  let line = lineCache.get(c);
  if (line === undefined) {
    const need = C.httpstatus_format_status_line.call(c, null, 0);
    if (need < 0) return undefined;
    const buf = Buffer.alloc(need + 1);
    const wrote = C.httpstatus_format_status_line.call(c, buf, buf.length);
    if (wrote !== need) throw new Error(`libhttpstatus: the status line of ${c} changed length`);
    line = buf.toString('latin1', 0, need);
    lineCache.set(c, line);
  }
  return line;
}

// The library's facts, asked of the loaded library (as in the Lua and Ruby bindings).
const VERSION = C.httpstatus_version.call();
const VERSION_NUMBER = C.httpstatus_version_number.call();
const REGISTRY_DATE = C.httpstatus_registry_date.call();
/** The C library's version, "MAJOR.MINOR.MICRO". */
function version() { return VERSION; }
/** The C library's version as 0xMMmmuu. */
function versionNumber() { return VERSION_NUMBER; }
/** The date of the registry snapshot, "YYYY-MM-DD". */
function registryDate() { return REGISTRY_DATE; }
const { SONAME, libraryPath } = ffi;

// Every name is a plain identifier so that Node's CommonJS lexer sees it: index.mjs re-exports them.
module.exports = {
  HTTPStatus,
  HTTPMethod,
  Status,
  Method,
  statuses,
  methods,
  aliases,
  unofficialStatuses,
  unofficialFromCode,
  lookup,
  status: lookup,
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
// `import httpstatus from 'libhttpstatus'` compiled by TypeScript without esModuleInterop reads
// `.default`: it is the module itself (not enumerable, so Object.keys lists the API alone).
Object.defineProperty(module.exports, 'default', { __proto__: null, value: module.exports });
Object.freeze(module.exports);
