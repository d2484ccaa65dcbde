'use strict';
// The response rules (1.2): rule records equal C's and data/rules.csv, are shared and immutable;
// each status's `rules` is C's list; check() answers what C's check answers over a matrix of heads,
// reads every form of `fields` through the binding's own means only, and refuses every bad input.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { pkg, ffi, readCsv, haveData, cStatuses } = require('./helper.cjs');

const { raw, rules, statuses, unofficialStatuses, check, Status, Method } = pkg;
const VERSIONS = ['1.0', '1.1', '2', '3']; // the contract's names, in the order of their bits
// Node 20's fetch (undici 6) keeps a Headers' entries in private fields, which no forged object has:
// check() reads such a Headers.  Node 18's (undici 5) keeps them in own symbol-keyed properties,
// which a forged object can copy: check() refuses a Headers there (doc/guide-node.md).
const HEADERS_READ = typeof Headers === 'function' && Reflect.ownKeys(new Headers()).length === 0;

// A rule as C gives it, through the raw layer: its versions as names.
function cRule(handle) {
  const out = {};
  for (const f of ffi.ruleFields) {
    const v = raw[f.symbol](handle);
    out[f.property] = f.property === 'versions' ? VERSIONS.filter((_n, bit) => (v & (1 << bit)) !== 0) : f.via ? raw[f.via](v) : v;
  }
  return out;
}

function cRules() {
  return Array.from({ length: raw.httpstatus_rule_count() }, (_x, i) => raw.httpstatus_rule_at(i));
}

test('rules are the C records in the C order, property by property', () => {
  const handles = cRules();
  assert.ok(handles.length >= 40, `${handles.length} rules`);
  assert.equal(rules.length, handles.length);
  handles.forEach((h, i) => {
    assert.deepEqual({ ...rules[i] }, cRule(h), `rule #${i}`);
    assert.deepEqual(Object.keys(rules[i]), ffi.ruleFields.map((f) => f.property));
  });
  assert.equal(raw.httpstatus_rule_at(rules.length), null);
});

test('rules agree with data/rules.csv', { skip: !haveData && 'no data/ directory here' }, () => {
  const rows = readCsv('rules.csv');
  assert.equal(rules.length, rows.length);
  rows.forEach((row, i) => {
    const r = rules[i];
    assert.deepEqual(
      [r.subject, r.field, r.levelText, r.level, r.scope, r.versions, r.locator, r.quote],
      [row.subject, row.field, row.level, row.level.toLowerCase().replace(/ /g, '_'), row.scope.toLowerCase().replace(/-/g, '_'),
        row.versions === '*' ? VERSIONS : row.versions.split(' '), row.locator, row.quote],
      `data/rules.csv row ${i + 1} (${row.status} ${row.field || row.subject})`);
  });
});

test('the 405 has the rule that it MUST send Allow (RFC 9110, Section 15.5.6), as data/rules.csv says',
  { skip: !haveData && 'no data/ directory here' }, () => {
    const row = readCsv('rules.csv').find((r) => r.status === '405' && r.field === 'Allow');
    assert.ok(row, 'data/rules.csv has the 405\'s Allow rule');
    const allow = Status.METHOD_NOT_ALLOWED.rules.find((r) => r.field === 'Allow');
    assert.ok(allow);
    assert.equal(allow.levelText, row.level);
    assert.equal(allow.level, 'must');
    assert.equal(allow.locator, 'RFC 9110, Section 15.5.6');
    assert.equal(allow.locator, row.locator);
    assert.equal(allow.quote, row.quote);
  });

test('every status\'s rules, unofficial ones too, are C\'s, in C\'s order', () => {
  const byHandle = new Map(cRules().map((h, i) => [h, rules[i]]));
  const check = (records, handles) => handles.forEach((h, i) => {
    const want = Array.from({ length: raw.httpstatus_status_rule_count(h) }, (_x, j) => byHandle.get(raw.httpstatus_status_rule_at(h, j)));
    assert.deepEqual(records[i].rules, want, String(records[i]));
    assert.ok(want.every((r) => r !== undefined));
  });
  check(statuses, cStatuses());
  check(unofficialStatuses, Array.from({ length: raw.httpstatus_unofficial_count() }, (_x, i) => raw.httpstatus_unofficial_at(i)));
  assert.ok(unofficialStatuses.some((u) => u.rules.length > 0), 'unofficial statuses have rules too');
});

test('a rule is one object wherever it is found: rules, every status\'s rules, check()', () => {
  const all = new Set(rules);
  let shared = 0;
  for (const s of [...statuses, ...unofficialStatuses]) {
    for (const r of s.rules) assert.ok(all.has(r), `${s}: a rule of the module`);
    if (s.rules.includes(rules[0])) shared++;
  }
  assert.ok(shared > 1, 'a rule of every status is the same object in each');
  assert.equal(check(405)[0], check(405)[0]);
  for (const r of check(405)) assert.ok(Status.METHOD_NOT_ALLOWED.rules.includes(r));
  assert.equal(rules[0].versions, rules.find((r, i) => i > 0 && r.versions.length === rules[0].versions.length).versions,
    'one versions list per set of versions');
});

test('rules, their versions, status.rules and check()\'s answers are frozen, and rules have no prototype', () => {
  const r = Status.METHOD_NOT_ALLOWED.rules[0];
  const frozen = [rules, r, r.versions, Status.METHOD_NOT_ALLOWED.rules, check(405), check(200, { fields: ['Date'] })];
  for (const x of frozen) assert.ok(Object.isFrozen(x));
  assert.equal(Object.getPrototypeOf(r), null);
  const before = JSON.stringify(r);
  assert.throws(() => { r.level = 'may'; }, TypeError);
  assert.throws(() => { r.versions.push('4'); }, TypeError);
  assert.throws(() => { r.versions[0] = '4'; }, TypeError);
  assert.throws(() => { delete r.field; }, TypeError);
  assert.throws(() => Object.defineProperty(r, 'quote', { value: 'x' }), TypeError);
  assert.throws(() => Object.setPrototypeOf(r, {}), TypeError);
  assert.throws(() => { Status.METHOD_NOT_ALLOWED.rules = []; }, TypeError);
  assert.throws(() => { Status.METHOD_NOT_ALLOWED.rules.push(r); }, TypeError);
  assert.throws(() => { rules.length = 0; }, TypeError);
  assert.throws(() => { check(405).push(r); }, TypeError);
  assert.equal(JSON.stringify(r), before);
  Object.prototype.polluted = 'yes';
  try {
    assert.equal(r.polluted, undefined, 'nothing put on Object.prototype is found');
  } finally {
    delete Object.prototype.polluted;
  }
});

// ---- check() against C's check ----------------------------------------------------------------------

const CONTENT = { true: 1, false: 0, undefined: -1, null: -1 };
function cCheck(code, { method, version = '1.1', fields = [], content } = {}) {
  const byHandle = new Map(cRules().map((h, i) => [h, rules[i]]));
  const m = method ?? '';
  const f = fields.join(', ');
  const args = [code, m, Buffer.byteLength(m), Number(version.replace('.', '')) * (version.includes('.') ? 1 : 10),
    f, Buffer.byteLength(f), CONTENT[content]];
  const n = raw.httpstatus_check_count(...args);
  if (n < 0) return undefined;
  return Array.from({ length: n }, (_x, i) => byHandle.get(raw.httpstatus_check_at(...args, i)));
}

test('check() answers what C\'s check answers, over codes, methods, versions, fields and content', () => {
  const codes = [...statuses, ...unofficialStatuses].map((s) => s.code);
  let asked = 0;
  for (const code of codes) {
    const named = [...new Set(statusFromCode(code).rules.map((r) => r.field).filter(Boolean))];
    const fieldSets = [[], named, named.filter((_f, i) => i % 2 === 0).map((f) => f.toLowerCase()), ['Content-Type']];
    for (const method of [undefined, null, 'GET', 'HEAD', 'CONNECT', 'POST']) {
      for (const version of [undefined, ...VERSIONS]) {
        for (const fields of fieldSets) {
          for (const content of [undefined, null, true, false]) {
            const head = { method, version, fields, content };
            const got = check(code, head);
            assert.deepEqual(got, cCheck(code, head), `check(${code}, ${JSON.stringify(head)})`);
            asked++;
          }
        }
      }
    }
  }
  assert.ok(asked > 10000, `${asked} heads`);
});
function statusFromCode(code) { return pkg.statusFromCode(code) ?? pkg.unofficialFromCode(code); }

test('check() takes a code (Number, integral float, BigInt) or a Status record, registered or unofficial', () => {
  const want = cCheck(405);
  assert.ok(want.length > 0);
  for (const status of [405, 405.0, 405n, Status.METHOD_NOT_ALLOWED]) assert.deepEqual(check(status), want, String(status));
  assert.deepEqual(check(pkg.unofficialFromCode(499)), cCheck(499));
  assert.deepEqual(check(499), cCheck(499));
  for (const none of [599, 70000, 405.5, -405, 0, 2 ** 32 + 405, NaN, Infinity]) assert.equal(check(none), undefined, String(none));
  assert.deepEqual(check(405, undefined), check(405, {}), 'no head is an empty one');
  // A head carrying every field its status asks for: an empty array, when C finds none broken.
  const presence = new Set(['must', 'should', 'may', 'ought_to']);
  const head = (st) => ({ fields: st.rules.filter((r) => r.subject === 'field' && presence.has(r.level)).map((r) => r.field) });
  const fine = statuses.find((st) => cCheck(st.code, head(st)).length === 0);
  assert.ok(fine, 'some status has a head that breaks none of its rules');
  assert.deepEqual(check(fine, head(fine)), []);
  assert.ok(Object.isFrozen(check(fine, head(fine))));
});

test('fields: an array, a plain object (res.getHeaders(), req.headers), a Map or a fetch Headers give one answer', () => {
  const names = ['Allow', 'Content-Type', 'Date'];
  const res = new http.ServerResponse(new http.IncomingMessage(null));
  for (const n of names) res.setHeader(n, 'x');
  const forms = {
    array: names,
    'lower-case array': names.map((n) => n.toLowerCase()),
    object: Object.fromEntries(names.map((n) => [n, 'x'])),
    'res.getHeaders()': res.getHeaders(),
    'null-prototype object': Object.assign(Object.create(null), Object.fromEntries(names.map((n) => [n, '']))),
    Map: new Map(names.map((n) => [n, 'x'])),
  };
  const headers = new Headers(names.map((n) => [n, 'x']));
  if (HEADERS_READ) forms.Headers = headers;
  else assert.throws(() => check(405, { fields: headers }), TypeError, 'a Headers of Node 18 is refused');
  const want = cCheck(405, { method: 'POST', fields: names, content: true });
  for (const [label, fields] of Object.entries(forms)) {
    assert.deepEqual(check(405, { method: 'POST', fields, content: true }), want, label);
  }
  assert.notDeepEqual(want, check(405, { method: 'POST', content: true }), 'the fields make a difference');
  if (HEADERS_READ) assert.deepEqual(check(405, { fields: new Headers() }), check(405), 'an empty Headers');
  assert.deepEqual(check(405, { fields: new Map() }), check(405), 'an empty Map');
});

// ---- Bad input ------------------------------------------------------------------------------------

test('check(): a status of the wrong type is a TypeError', () => {
  for (const bad of ['405', null, undefined, true, [], {}, () => 405, Method.GET, Symbol('405'), new Number(405), { code: 405 }]) {
    assert.throws(() => check(bad), TypeError, String(typeof bad));
  }
});

test('check(): a head of the wrong type, or a part of it, is a TypeError; its range errors are RangeErrors', () => {
  const types = [
    null, 405, 'GET', [], () => ({}), new Map(), new (class Head {})(), new Proxy({}, {}),
    { method: 1 }, { method: {} }, { method: ['GET'] }, { version: 11 }, { version: null }, { version: 1.1 },
    { fields: 'Allow' }, { fields: null }, { fields: 1 }, { fields: [1] }, { fields: [null] }, { fields: new Set(['Allow']) },
    { fields: new Proxy([], {}) }, { fields: new Proxy({}, {}) }, { fields: new Map([[1, 'x']]) }, { fields: [, 'Allow'] }, // eslint-disable-line no-sparse-arrays
    { fields: new (class extends Headers {})() }, { fields: Object.assign(Object.create(Headers.prototype), { x: 1 }) },
    { fields: new (class Fields {})() }, { fields: new Uint8Array(2) },
    { content: 1 }, { content: 'yes' }, { content: 0 }, { other: 1 }, { Method: 'GET' },
  ];
  for (const head of types) assert.throws(() => check(405, head), TypeError, `${JSON.stringify(head)}`);
  const ranges = [
    { version: '1.2' }, { version: '2.0' }, { version: 'HTTP/1.1' }, { version: '' }, { version: '__proto__' },
    { method: '' }, { fields: [''] }, { fields: { '': 'x' } }, { method: 'G T' }, { method: 'GET\0' }, { method: 'GÉT' }, { method: 'G:T' }, { method: 'A'.repeat(300) + ' ' },
    { fields: ['Allow, Date'] }, { fields: ['Allow Date'] }, { fields: ['X:Y'] }, { fields: ['Ä'] }, { fields: ['\ud800'] },
    { fields: { 'Allow, Date': 'x' } }, { fields: new Map([['Al low', 'x']]) },
  ];
  for (const head of ranges) assert.throws(() => check(405, head), RangeError, `${JSON.stringify(head)}`);
});

test('check(): type errors before range errors, range errors before not found, in the order of the parts', () => {
  assert.throws(() => check('x', { version: '9' }), TypeError);
  assert.throws(() => check(599, { version: '9' }), RangeError);
  assert.throws(() => check(599, { version: '9', content: 'x' }), TypeError);
  assert.throws(() => check(405, { method: 'G T', fields: ['A B'] }), /head\.method/);
  assert.throws(() => check(405, { fields: ['Allow', 'A B'] }), /head\.fields\[1\]/);
  assert.equal(check(599, { method: 'GET', fields: ['Allow'], version: '2', content: false }), undefined);
});

test('check(): no getter, trap, method or coercion of an argument is ever run', () => {
  let ran = 0;
  const trap = () => { ran++; throw new Error('ran'); };
  const getterHead = { get method() { return trap(); } };
  assert.throws(() => check(405, getterHead), TypeError);
  const getterArray = ['Allow'];
  Object.defineProperty(getterArray, 1, { get: trap, enumerable: true });
  assert.throws(() => check(405, { fields: getterArray }), TypeError);
  const handler = Object.fromEntries(['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'].map((k) => [k, trap]));
  assert.throws(() => check(405, new Proxy({}, handler)), TypeError);
  assert.throws(() => check(405, { fields: new Proxy(['Allow'], handler) }), TypeError);
  assert.throws(() => check(405, { fields: new Proxy(new Map(), handler) }), TypeError);
  // A Map, an array and a Headers whose own methods lie are read by the built-ins of load time.
  const map = new Map([['Allow', 'x']]);
  map.forEach = trap; map.keys = trap; map.entries = trap; map[Symbol.iterator] = trap;
  assert.deepEqual(check(405, { fields: map }), check(405, { fields: ['Allow'] }));
  const array = ['Allow'];
  array.map = trap; array.join = trap; array[Symbol.iterator] = trap;
  assert.deepEqual(check(405, { fields: array }), check(405, { fields: ['Allow'] }));
  const headers = new Headers([['Allow', 'x']]);
  headers.keys = trap; headers.forEach = trap; headers[Symbol.iterator] = trap;
  assert.throws(() => check(405, { fields: headers }), TypeError, 'a Headers with own properties is no Headers to read');
  if (HEADERS_READ) assert.deepEqual(check(405, { fields: new Headers([['Allow', 'x']]) }), check(405, { fields: ['Allow'] }));
  // A status with valueOf or toPrimitive is no code.
  assert.throws(() => check({ valueOf: trap, [Symbol.toPrimitive]: trap }), TypeError);
  assert.equal(ran, 0, 'no caller code ran');
});

test('check(): what is put on Object.prototype or Array.prototype is never read as a part of the head', () => {
  const want = check(405, { fields: ['Allow'] });
  Object.prototype.method = 'HEAD';
  Object.prototype.version = '9';
  Object.prototype.content = 'x';
  Object.prototype.fields = ['Date'];
  Array.prototype[1] = 'Date';
  try {
    assert.deepEqual(check(405, { fields: ['Allow'] }), want);
    assert.deepEqual(check(405), check(405, Object.create(null)));
  } finally {
    delete Object.prototype.method;
    delete Object.prototype.version;
    delete Object.prototype.content;
    delete Object.prototype.fields;
    delete Array.prototype[1];
  }
  assert.throws(() => check(405, { fields: ['Allow', , 'Date'] }), TypeError, 'a hole is no name'); // eslint-disable-line no-sparse-arrays
});

test('loading the binding does not load Node\'s fetch; a Headers met afterwards is read', () => {
  const pkgDir = path.resolve(__dirname, '..');
  const script = `const h = require(${JSON.stringify(pkgDir)});
    const lazy = typeof Object.getOwnPropertyDescriptor(globalThis, 'Headers').get === 'function';
    const a = h.check(405, { fields: ['Allow'] }).length;
    let b; try { b = h.check(405, { fields: new Headers({ Allow: 'x' }) }).length; } catch (e) { b = e.name; }
    console.log(lazy, ${HEADERS_READ} ? a === b : b === 'TypeError', a < h.check(405).length);`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'true true true');
});
