'use strict';
// Iteration gives exactly the C library's records, in its order, with its fields; the registry CSV
// files agree; and every JavaScript lookup answers what the C lookup answers.
const test = require('node:test');
const assert = require('node:assert/strict');
const { pkg, ffi, readCsv, haveData, cFields, cStatuses, cMethods } = require('./helper.cjs');

const { raw, statuses, methods, Status } = pkg;

test('statuses are the C records in the C order, field by field', () => {
  const handles = cStatuses();
  assert.equal(statuses.length, handles.length);
  assert.ok(statuses.length >= 60);
  handles.forEach((h, i) => {
    const { rules, ...fields } = statuses[i];
    assert.deepEqual(fields, cFields(ffi.statusFields, h), `status #${i}`);
    assert.equal(rules.length, raw.httpstatus_status_rule_count(h), `status #${i}: its rules (test/rules.test.cjs)`);
  });
  const codes = statuses.map((s) => s.code);
  assert.deepEqual(codes, [...codes].sort((a, b) => a - b), 'ascending code order');
});

test('methods are the C records in the C order, field by field', () => {
  const handles = cMethods();
  assert.equal(methods.length, handles.length);
  handles.forEach((h, i) => {
    assert.deepEqual({ ...methods[i] }, cFields(ffi.methodFields, h), `method #${i}`);
  });
  assert.equal(raw.httpstatus_method_at(methods.length), null);
  assert.equal(raw.httpstatus_status_at(statuses.length), null);
});

const yes = (v) => ({ yes: true, no: false })[v];

test('statuses agree with data/statuses.csv', { skip: !haveData && 'no data/ directory here' }, () => {
  const rows = readCsv('statuses.csv');
  assert.equal(statuses.length, rows.length);
  rows.forEach((r, i) => {
    const s = statuses[i];
    assert.deepEqual(
      [s.code, s.name, s.phrase, s.state, s.expires, s.mayHaveContent, s.isCacheable, s.reference, s.referenceTitle, s.description],
      [Number(r.code), r.name, r.phrase, r.state, r.expires, yes(r.may_have_content), yes(r.cacheable), r.reference, r.title, r.description],
      r.code);
  });
});

test('methods agree with data/methods.csv', { skip: !haveData && 'no data/ directory here' }, () => {
  const rows = readCsv('methods.csv');
  assert.equal(methods.length, rows.length);
  rows.forEach((r, i) => {
    const m = methods[i];
    assert.deepEqual([m.name, m.isSafe, m.isIdempotent, m.isCacheable, m.reference, m.referenceTitle, m.description],
      [r.name, yes(r.safe), yes(r.idempotent), yes(r.cacheable), r.reference, r.title, r.description], r.name);
  });
});

test('aliases agree with data/aliases.csv', { skip: !haveData && 'no data/ directory here' }, () => {
  const rows = readCsv('aliases.csv');
  assert.deepEqual(pkg.aliases.map((a) => [a.kind, a.text, a.status.code]),
    rows.map((r) => [r.kind, r.text, Number(r.code)]));
  assert.equal(pkg.registryDate(), readCsv('registry.csv').find((r) => r.key === 'snapshot').value);
});

// Names and phrases, in many spellings, each asked of JavaScript and of C.
function spellings() {
  const words = new Set(['', ' ', 'x', '404', 'OK ', ' OK', 'ok', 'Ok', 'NOT FOUND', 'not-found', 'NOT_FOUND\0', 'GET ', 'get']);
  const add = (t) => {
    words.add(t);
    words.add(t.toLowerCase());
    words.add(t.toUpperCase());
    words.add(t.slice(0, -1));
    words.add(`${t}_`);
    words.add(t.replace(/_/g, ' '));
    words.add(t.replace(/ /g, '_'));
  };
  for (const s of statuses) { add(s.name); add(s.phrase); }
  for (const a of pkg.aliases) add(a.text);
  for (const m of methods) add(m.name);
  return [...words];
}

function viaC(fn, text) {
  const h = raw[fn](text, Buffer.byteLength(text));
  return h;
}

test('every lookup by text answers what C answers', () => {
  const byHandle = new Map();
  cStatuses().forEach((h, i) => byHandle.set(h, statuses[i]));
  const methodByHandle = new Map();
  cMethods().forEach((h, i) => methodByHandle.set(h, methods[i]));
  const pairs = [
    ['statusFromName', 'httpstatus_status_from_name', byHandle],
    ['statusFromNameIgnoreCase', 'httpstatus_status_from_name_ci', byHandle],
    ['statusFromPhrase', 'httpstatus_status_from_phrase', byHandle],
    ['methodFromName', 'httpstatus_method_from_name', methodByHandle],
  ];
  let asked = 0;
  for (const text of spellings()) {
    for (const [js, c, map] of pairs) {
      const h = viaC(c, text);
      const expected = h === null ? undefined : map.get(h);
      assert.equal(pkg[js](text), expected, `${js}(${JSON.stringify(text)})`);
      asked++;
    }
  }
  assert.ok(asked > 1000);
});

test('every code from -1 to 1000 answers what C answers', () => {
  const byHandle = new Map();
  cStatuses().forEach((h, i) => byHandle.set(h, statuses[i]));
  for (let c = -1; c <= 1000; c++) {
    const h = raw.httpstatus_status_from_code(c);
    assert.equal(pkg.statusFromCode(c), h === null ? undefined : byHandle.get(h), `statusFromCode(${c})`);
    const cls = raw.httpstatus_class_name(raw.httpstatus_class_of(c));
    assert.equal(pkg.classOf(c), cls === '' ? undefined : cls, `classOf(${c})`);
    const need = raw.httpstatus_format_status_line(c, null, 0);
    if (need < 0) assert.equal(pkg.formatStatusLine(c), undefined, `formatStatusLine(${c})`);
    else assert.equal(Buffer.byteLength(pkg.formatStatusLine(c)), need, `formatStatusLine(${c})`);
  }
  assert.equal(Status.OK.code, 200);
});

test('lookup() of any record of the module gives the record itself: statuses, methods, unofficial statuses, aliases\' statuses', () => {
  for (const list of [pkg.statuses, pkg.methods, pkg.unofficialStatuses, pkg.aliases.map((a) => a.status)]) {
    for (const r of list) assert.equal(pkg.lookup(r), r, String(r));
  }
  assert.equal(pkg.status(pkg.Method.GET), pkg.Method.GET);
});

test('a text field C leaves empty is "" (user, followMethod, referenceTitle, expires), never undefined or null', () => {
  const { ffi } = require('./helper.cjs');
  const empty = new Set();
  const check = (records, fields) => {
    for (const r of records) {
      for (const f of fields.filter((x) => x.type === 'string')) {
        assert.equal(typeof r[f.property], 'string', `${r}.${f.property}`);
        if (r[f.property] === '') empty.add(f.property);
      }
    }
  };
  check(pkg.statuses, ffi.statusFields);
  check(pkg.unofficialStatuses, ffi.statusFields);
  check(pkg.methods, ffi.methodFields);
  for (const p of ['user', 'followMethod', 'referenceTitle', 'expires']) assert.ok(empty.has(p), `some record has an empty ${p}`);
  assert.equal(pkg.Status.NOT_FOUND.user, '');
  assert.equal(pkg.Status.OK.followMethod, '');
  assert.equal(pkg.unofficialFromCode(499).user, 'nginx');
});
