'use strict';
// libhttpstatus for Node: status constants that are plain numbers (HTTPStatus.NOT_FOUND === 404),
// method constants that are plain strings (HTTPMethod.GET === 'GET'), and Status and Method records
// built once from the C library when the module loads (Status.NOT_FOUND, lookup(404)), and (1.2) the
// rule records of each status and check(), which asks C's check of a response head.  Lookups answer
// from JavaScript tables, never crossing the FFI on the hot path.  The record properties come from the
// field lists the generator writes into lib/api.json, so an accessor the C library gains becomes a
// property here without an edit.  doc/bindings.md is the contract; index.d.ts the bad-input rules.
//
// No check asks an argument about itself (typeof, Number.isInteger and the private field of this
// module's own records; no valueOf, toString or Symbol.toPrimitive is called), and every table has no
// prototype, so nothing put on Object.prototype, before or after loading, is ever found.  Every
// built-in used is the copy lib/primordials.cjs took when the binding loaded: nothing a caller does to
// a global or a prototype afterwards changes an answer, a check or a record.

const {
  Error, Number, RangeError, TypeError, Uint8Array, ObjectCreate, ObjectDefineProperty, ObjectFreeze, ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf, ObjectHasOwn, ObjectKeys, ObjectPrototype, ObjectSetPrototypeOf, ArrayFrom, ArrayIsArray, NumberIsInteger,
  NumberParseInt, StringFromCharCode, StringPrototypeCharCodeAt, StringPrototypeIndexOf, StringPrototypeSlice,
  StringPrototypeToLowerCase, SymbolFor, SymbolToStringTag, JSONStringify, RegExpPrototypeExec, BufferByteLength, IsProxy,
} = require('./lib/primordials.cjs');
const { raw, ffi, handles } = require('./lib/raw.cjs');
const fieldNames = require('./lib/fields.cjs');

const { functions: C } = ffi;
const BUILDING = ObjectFreeze(ObjectCreate(null));
const INSPECT = SymbolFor('nodejs.util.inspect.custom');

function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (ArrayIsArray(value)) return 'an array';
  return `a ${typeof value}`;
}

// A table with no prototype whose keys are filled in one by one: neither building it nor reading it
// meets anything a caller can reach (no setter, no Map.prototype method), before or after loading.
function table() {
  return ObjectCreate(null);
}

// ---- Building the records from C ----------------------------------------------------------------

// One reader per field, made once: [property, (handle) -> the property's value].  Plain assignment
// in the constructor, then Object.freeze, gives every record of a kind one shape (fast to build and read).
function readers(fields) {
  const list = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const get = C[field.symbol].native;
    if (field.flag) {
      list[i] = [field.property, (h) => get(h) !== 0];
    } else if (field.via) {
      const name = C[field.via].native;
      list[i] = [field.property, (h) => name(get(h))];
    } else if (field.type === 'number' || field.type === 'string') {
      list[i] = [field.property, get];
    } else {
      throw new Error(`libhttpstatus: cannot make a property of ${field.symbol} (${field.type})`);
    }
  }
  return list;
}
const STATUS_READERS = readers(ffi.statusFields);
const METHOD_READERS = readers(ffi.methodFields);

function fill(target, fieldReaders, handle) {
  for (let i = 0; i < fieldReaders.length; i++) target[fieldReaders[i][0]] = fieldReaders[i][1](handle);
  return target;
}

// ---- Response rules (1.2) ------------------------------------------------------------------------

// The HTTP versions, from enum httpstatus_http_version (HTTP1_1 is 2): by name as `httpstatus --json`
// writes them ("1.1"), each with its bit and the number httpstatus_check_count() takes (11).
const VERSIONS = [];
const versionByName = table();
{
  const members = ObjectKeys(ffi.enums.http_version);
  for (let i = 0; i < members.length; i++) {
    const bit = ffi.enums.http_version[members[i]];
    if (bit === 0) continue;
    const digits = StringPrototypeSlice(members[i], 4); // HTTP1_0 -> 1_0, HTTP2 -> 2
    const cut = StringPrototypeIndexOf(digits, '_');
    const major = cut < 0 ? digits : StringPrototypeSlice(digits, 0, cut);
    const minor = cut < 0 ? '0' : StringPrototypeSlice(digits, cut + 1);
    const name = cut < 0 ? major : `${major}.${minor}`;
    const version = ObjectFreeze({ __proto__: null, name, bit, number: NumberParseInt(major, 10) * 10 + NumberParseInt(minor, 10) });
    VERSIONS[VERSIONS.length] = version;
    versionByName[name] = version;
  }
}
const DEFAULT_VERSION = versionByName['1.1'];

// A rule's versions as the frozen list of their names, one list per set of bits.
const versionLists = table();
function versionNames(bits) {
  let list = versionLists[bits];
  if (list === undefined) {
    list = [];
    for (let i = 0; i < VERSIONS.length; i++) if ((bits & VERSIONS[i].bit) !== 0) list[list.length] = VERSIONS[i].name;
    versionLists[bits] = list = ObjectFreeze(list);
  }
  return list;
}

// One frozen record per rule, without prototype, in the library's order; `byRule` finds it by handle.
const RULE_READERS = readers(ffi.ruleFields);
const byRule = table();
const rules = [];
for (let i = 0; i < handles.rule.length; i++) {
  const record = fill(ObjectCreate(null), RULE_READERS, handles.rule[i]);
  record.versions = versionNames(record.versions);
  rules[i] = byRule[handles.rule[i]] = ObjectFreeze(record);
}
ObjectFreeze(rules);

// The rule record of a handle C gave (httpstatus_status_rule_at, httpstatus_check_at).
function ruleOf(handle) {
  const record = byRule[handle];
  if (record === undefined) throw new Error(`libhttpstatus: C gave ${handle}, no rule handle it had listed`);
  return record;
}

// The rules of a status handle, in C's order: the `rules` of its record.
const statusRuleCount = C.httpstatus_status_rule_count.native;
const statusRuleAt = C.httpstatus_status_rule_at.native;
function rulesOf(handle) {
  const list = [];
  for (let i = 0, n = statusRuleCount(handle); i < n; i++) list[i] = ruleOf(statusRuleAt(handle, i));
  return ObjectFreeze(list);
}

// The brand checks: a record of this module carries the private field of its class, which no other
// object can get and `#field in value` finds without touching anything of the value (a Proxy sees no
// trap), whatever a caller did to WeakSet, Map or any prototype before or after loading.
let isStatus;
let isMethod;

// "404 Not Found"; "299" for a status without a phrase.
function statusText(s) {
  return s.phrase ? `${s.code} ${s.phrase}` : `${s.code}`;
}

/** One entry of the HTTP status code registry: Status.NOT_FOUND.  Only this module makes them. */
class Status {
  #record = true;

  static {
    isStatus = (value) => typeof value === 'object' && value !== null && #record in value;
  }

  constructor(token, handle) {
    if (token !== BUILDING) throw new TypeError('Status records come from libhttpstatus (Status.NOT_FOUND, lookup(404))');
    fill(this, STATUS_READERS, handle);
    this.rules = rulesOf(handle);
    ObjectFreeze(this);
  }

  valueOf() { return this.code; }

  toString() { return statusText(this); }

  toJSON() { return this.code; }

  [INSPECT](depth, options) {
    return options.stylize(`Status.${this.name} <${statusText(this)}>`, 'special');
  }
}

/** One entry of the HTTP method registry: Method.GET.  Only this module makes them. */
class Method {
  #record = true;

  static {
    isMethod = (value) => typeof value === 'object' && value !== null && #record in value;
  }

  constructor(token, handle) {
    if (token !== BUILDING) throw new TypeError('Method records come from libhttpstatus (Method.GET, methodFromName(\'GET\'))');
    fill(this, METHOD_READERS, handle);
    ObjectFreeze(this);
  }

  valueOf() { return this.name; }

  toString() { return this.name; }

  toJSON() { return this.name; }

  [INSPECT](depth, options) {
    const ref = RegExpPrototypeExec(/^[A-Za-z_$][\w$]*$/, this.name) !== null ? `.${this.name}` : `[${JSONStringify(this.name)}]`;
    return options.stylize(`Method${ref}`, 'special');
  }
}

// The prototype chains are cut before anything is built, so that building assigns own properties and
// meets no setter a caller may have put on Object.prototype or Function.prototype before loading.
const CLASSES = [Status, Method];
for (let i = 0; i < CLASSES.length; i++) {
  const cls = CLASSES[i];
  ObjectDefineProperty(cls.prototype, SymbolToStringTag, { __proto__: null, value: cls.name });
  ObjectSetPrototypeOf(cls.prototype, null); // a field a record lacks is undefined, whatever Object.prototype holds
  ObjectFreeze(cls.prototype);
  ObjectSetPrototypeOf(cls, null);
}

// Records of a kind, one per handle of the list, in the library's order.
function build(cls, list, byHandle) {
  const records = [];
  for (let i = 0; i < list.length; i++) {
    records[i] = new cls(BUILDING, list[i]);
    if (byHandle !== undefined) byHandle[list[i]] = records[i];
  }
  return ObjectFreeze(records);
}
const byHandle = table();
const statuses = build(Status, handles.status, byHandle);
const methods = build(Method, handles.method);
// The unofficial statuses (1.1): records of their own, which the registry's lookups never find.
const unofficialStatuses = build(Status, handles.unofficial);
const unofficialByCode = table();
for (let i = 0; i < unofficialStatuses.length; i++) unofficialByCode[unofficialStatuses[i].code] = unofficialStatuses[i];

const ALIAS = ffi.enums.alias_kind;
const aliases = [];
for (let i = 0, n = C.httpstatus_alias_count.native(); i < n; i++) {
  const kind = C.httpstatus_alias_kind.native(i);
  const status = byHandle[C.httpstatus_alias_status.native(i)];
  if (!status) throw new Error(`libhttpstatus: alias ${i} resolves to no known status`);
  aliases[i] = ObjectFreeze({
    __proto__: null,
    text: C.httpstatus_alias_text.native(i),
    kind: kind === ALIAS.NAME ? 'name' : kind === ALIAS.PHRASE ? 'phrase' : `${kind}`,
    status,
    source: C.httpstatus_alias_source.native(i),
    locator: C.httpstatus_alias_locator.native(i),
    quote: C.httpstatus_alias_quote.native(i),
  });
}
ObjectFreeze(aliases);

// ---- The tables the lookups answer from ----------------------------------------------------------

// Printable ASCII only (U+0020..U+007E), each code unit read by the String.prototype.charCodeAt of load time.
function printable(text) {
  for (let i = 0; i < text.length; i++) {
    const c = StringPrototypeCharCodeAt(text, i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

const byName = table();    // exact
const byNameCI = table();  // ASCII lower case
const byPhrase = table();  // ASCII lower case
const byMethod = table();
const names = [];          // the keys of byName, in order
let longestKey = 0;

// Every key is printable ASCII (so that a hit needs no check and case folding stays ASCII-only, as
// in C); data that breaks this stops the module here, not a lookup later.
function key(map, text, record) {
  if (text === '' || !printable(text)) throw new Error(`libhttpstatus: the key ${JSONStringify(text)} is not printable ASCII`);
  if (map[text] === undefined) {
    map[text] = record;
    if (map === byName) names[names.length] = text;
  }
  if (text.length > longestKey) longestKey = text.length;
}

for (let i = 0; i < statuses.length; i++) {
  const s = statuses[i];
  key(byName, s.name, s);
  key(byNameCI, StringPrototypeToLowerCase(s.name), s);
  key(byPhrase, StringPrototypeToLowerCase(s.phrase), s);
}
for (let i = 0; i < aliases.length; i++) {
  const a = aliases[i];
  if (a.kind === 'name') {
    key(byName, a.text, a.status);
    key(byNameCI, StringPrototypeToLowerCase(a.text), a.status);
  } else if (a.kind === 'phrase') {
    key(byPhrase, StringPrototypeToLowerCase(a.text), a.status);
  }
}
for (let i = 0; i < methods.length; i++) key(byMethod, methods[i].name, methods[i]);

// The constants (numbers and strings) and the records, each one property per name, older names too.
// Status and Method are classes whose own properties are the records; their prototype chain is cut
// (Function.prototype is not on it), so Status[name] finds a record or undefined, as HTTPStatus does;
// so is the records' (Object.prototype is not behind Status.prototype).
const HTTPStatus = ObjectCreate(null);
const HTTPMethod = ObjectCreate(null);
function constant(target, name, value) {
  if (ObjectHasOwn(target, name)) throw new Error(`libhttpstatus: ${name} is already a property of ${target.name || 'a table'}`);
  target[name] = value; // an own data property: target's chain is empty; freezing makes it read-only
}
for (let i = 0; i < names.length; i++) {
  constant(HTTPStatus, names[i], byName[names[i]].code);
  constant(Status, names[i], byName[names[i]]);
}
for (let i = 0; i < methods.length; i++) {
  constant(HTTPMethod, methods[i].name, methods[i].name);
  constant(Method, methods[i].name, methods[i]);
}
ObjectFreeze(Status);
ObjectFreeze(Method);
ObjectFreeze(HTTPStatus);
ObjectFreeze(HTTPMethod);

// ---- Argument checks -----------------------------------------------------------------------------

const { INT_MIN, INT_MAX } = ffi;

// A code argument as an integer Number within a C int, or undefined when it can be no code;
// a TypeError for anything that is not a Number or a BigInt (a Status too: only lookup() takes one).  A BigInt is
// compared with the bounds as it is (Number and BigInt compare exactly) before it becomes a Number.
function codeOf(value, where) {
  if (typeof value === 'number') {
    return NumberIsInteger(value) && value >= INT_MIN && value <= INT_MAX ? value + 0 : undefined;
  }
  if (typeof value === 'bigint') {
    return value >= INT_MIN && value <= INT_MAX ? Number(value) : undefined;
  }
  throw new TypeError(`${where}: expected a code (an integer Number or a BigInt), got ${describe(value)}`);
}

// Text that no key could match: longer than the longest key, or not ASCII (lone surrogates and
// letters that only Unicode case folding would turn into ASCII among them): its UTF-8 length, one
// native call, is its length only when every code unit is ASCII.  ASCII control characters (NUL)
// stay, and find nothing: every key is printable.
function textOf(value, where) {
  if (typeof value !== 'string') throw new TypeError(`${where}: expected a string, got ${describe(value)}`);
  return value.length <= longestKey && BufferByteLength(value) === value.length ? value : undefined;
}

// ---- Lookups -------------------------------------------------------------------------------------

// The hot paths: a code of type Number indexes an array (a non-negative integer below its length;
// -0 is 0); every other Number is no code.  Other types take codeOf().  Array.from defines each
// element as an own property (no setter a caller put on Array.prototype before loading is met), and
// every index below the length holds one, so no read ever leaves the array.  It stays unfrozen, with
// its ordinary prototype, which keeps the read as fast as the language's own arrays; no caller can
// reach it.
const byCode = table();
for (let i = 0; i < statuses.length; i++) byCode[statuses[i].code] = statuses[i];
const codeTable = ArrayFrom({ __proto__: null, length: statuses[statuses.length - 1].code + 1 }, (_, c) => byCode[c]);

function fromCode(c) {
  return c === undefined || c >= codeTable.length || c < 0 ? undefined : codeTable[c];
}

/** The unofficial status with this code (1.1): nginx's 499 and the like, which statusFromCode never finds. */
function unofficialFromCode(code) {
  const c = codeOf(code, 'unofficialFromCode');
  return c === undefined ? undefined : unofficialByCode[c];
}

function statusFromCode(code) {
  if (typeof code === 'number') return (code >>> 0) === code && code < codeTable.length ? codeTable[code] : undefined;
  return fromCode(codeOf(code, 'statusFromCode'));
}

// A text found as it is needs no check: every key is printable ASCII.  Only a miss is checked,
// before ASCII case folding; toLowerCase() alone would fold non-ASCII letters into ASCII.  The type
// is checked first: a table indexed by an object would ask the object for its name.
function exact(map, text, where) {
  if (typeof text === 'string') {
    const hit = map[text];
    if (hit !== undefined) return hit;
  }
  textOf(text, where);
  return undefined;
}

function folded(map, text, where) {
  if (typeof text === 'string') {
    const hit = map[text];
    if (hit !== undefined) return hit;
  }
  const t = textOf(text, where);
  return t === undefined ? undefined : map[StringPrototypeToLowerCase(t)];
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
    return byName[value] || folded(byNameCI, value, 'lookup') || folded(byPhrase, value, 'lookup');
  }
  if (isStatus(value) || isMethod(value)) return value;
  return fromCode(codeOf(value, 'lookup'));
}

// The class and status line of an integer come from C the first time a code is asked for, then
// from these caches; codes outside 100..599 have neither, and C says so too.
const classCache = table();
const lineCache = table();
const classOfNative = C.httpstatus_class_of.native;
const className = C.httpstatus_class_name.native;
const formatLine = C.httpstatus_format_status_line.native;

function classOf(code) {
  const c = codeOf(code, 'classOf');
  if (c === undefined) return undefined;
  let answer = classCache[c];
  if (answer === undefined) {
    answer = className(classOfNative(c));
    if (c >= 100 && c <= 599) classCache[c] = answer;
  }
  return answer === '' ? undefined : answer;
}

function formatStatusLine(code) {
  const c = codeOf(code, 'formatStatusLine');
  if (c === undefined) return undefined;
  let line = lineCache[c];
  if (line === undefined) {
    const need = formatLine(c, null, 0);
    if (need < 0) return undefined;
    const buf = new Uint8Array(need + 1);
    const wrote = formatLine(c, buf, buf.length);
    if (wrote !== need) throw new Error(`libhttpstatus: the status line of ${c} changed length`);
    line = '';
    for (let i = 0; i < need; i++) line += StringFromCharCode(buf[i]);
    lineCache[c] = line;
  }
  return line;
}

// ---- The check of a response head (1.2) ---------------------------------------------------------

const checkCount = C.httpstatus_check_count.native;
const checkAt = C.httpstatus_check_at.native;
const HEAD_KEYS = ObjectFreeze({ __proto__: null, method: true, version: true, fields: true, content: true });
const CONTENT = ObjectFreeze({ __proto__: null, true: 1, false: 0, null: -1, undefined: -1 });
// Any status does for asking C whether a text is a token.
const SOME_CODE = statuses[0].code;

function quoted(text) {
  return text.length > 40 ? `a string of ${text.length} characters` : JSONStringify(text);
}

// An own data property of the head, or undefined when it has none; a getter is a TypeError, never run.
function part(head, key) {
  const d = ObjectGetOwnPropertyDescriptor(head, key);
  if (d === undefined) return undefined;
  if (!ObjectHasOwn(d, 'value')) throw new TypeError(`check: head.${key} is a getter (it is not run)`);
  return d.value;
}

// A method or field name must be a token (RFC 9110, Section 5.6.2: 1*tchar), as C judges a method:
// each name of a list is asked on its own, so that one holding a comma or a space is no two names.
// C takes an empty method as none; a token is never empty, so '' is refused here, as Lua and Ruby do.
function token(text, where) {
  const length = BufferByteLength(text);
  if (length === 0 || checkCount(SOME_CODE, text, length, DEFAULT_VERSION.number, null, 0, -1) < 0) {
    throw new RangeError(`${where}: ${quoted(text)} is not a token`);
  }
  return text;
}

// The head as C takes it: { method or null, version, field names joined by commas, content 1/0/-1 }.
// Type errors first, in the order of the parts, then range errors.
function readHead(head) {
  if (head === undefined) return { __proto__: null, method: null, version: DEFAULT_VERSION, fields: '', content: -1 };
  if (typeof head !== 'object' || head === null || IsProxy(head) ||
      (ObjectGetPrototypeOf(head) !== ObjectPrototype && ObjectGetPrototypeOf(head) !== null)) {
    throw new TypeError(`check: expected the head as a plain object { method, version, fields, content }, got ${describe(head)}`);
  }
  const keys = ObjectKeys(head);
  for (let i = 0; i < keys.length; i++) {
    if (HEAD_KEYS[keys[i]] !== true) throw new TypeError(`check: the head has no part ${quoted(keys[i])} (method, version, fields, content)`);
  }
  const method = part(head, 'method');
  if (method !== undefined && method !== null && typeof method !== 'string') {
    throw new TypeError(`check: head.method: expected a string, null or undefined, got ${describe(method)}`);
  }
  const version = part(head, 'version');
  if (version !== undefined && typeof version !== 'string') {
    throw new TypeError(`check: head.version: expected "1.0", "1.1", "2" or "3", got ${describe(version)}`);
  }
  const fields = part(head, 'fields');
  const names = fields === undefined ? [] : fieldNames(fields, 'check: head.fields');
  const content = part(head, 'content');
  const has = typeof content === 'boolean' || content === null || content === undefined ? CONTENT[content] : undefined;
  if (has === undefined) throw new TypeError(`check: head.content: expected true, false, null or undefined, got ${describe(content)}`);
  const v = version === undefined ? DEFAULT_VERSION : versionByName[version];
  if (v === undefined) throw new RangeError(`check: head.version: ${quoted(version)} is none of "1.0", "1.1", "2", "3"`);
  const m = method === undefined || method === null ? null : token(method, 'check: head.method');
  let joined = '';
  for (let i = 0; i < names.length; i++) {
    token(names[i], `check: head.fields[${i}]`);
    joined = i === 0 ? names[i] : `${joined},${names[i]}`;
  }
  return { __proto__: null, method: m, version: v, fields: joined, content: has };
}

/**
 * The rules of a status (a code or a Status record) that a response head breaks, as a frozen array of
 * rule records in the status's rule order (empty when none); undefined when the code is no status.
 */
function check(status, head) {
  if (!isStatus(status) && typeof status !== 'number' && typeof status !== 'bigint') {
    throw new TypeError(`check: expected a code (an integer Number or a BigInt) or a Status, got ${describe(status)}`);
  }
  const code = isStatus(status) ? status.code : codeOf(status, 'check');
  const { method, version, fields, content } = readHead(head); // no array destructuring: it would iterate
  if (code === undefined || (fromCode(code) === undefined && unofficialByCode[code] === undefined)) return undefined;
  const methodLength = method === null ? 0 : BufferByteLength(method);
  const fieldsLength = BufferByteLength(fields);
  const n = checkCount(code, method, methodLength, version.number, fields, fieldsLength, content);
  if (n < 0) throw new Error(`libhttpstatus: C refused the head of ${code} that was checked here`);
  const broken = [];
  for (let i = 0; i < n; i++) broken[i] = ruleOf(checkAt(code, method, methodLength, version.number, fields, fieldsLength, content, i));
  return ObjectFreeze(broken);
}

// The library's facts, asked of the loaded library (as in the Lua and Ruby bindings).
const VERSION = C.httpstatus_version.native();
const VERSION_NUMBER = C.httpstatus_version_number.native();
const REGISTRY_DATE = C.httpstatus_registry_date.native();
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
  rules,
  check,
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
ObjectDefineProperty(module.exports, 'default', { __proto__: null, value: module.exports });
ObjectFreeze(module.exports);
