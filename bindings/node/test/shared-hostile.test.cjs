'use strict';
// The hostile inputs every binding's suite reads, tests/hostile/inputs.tsv of the source tree (never a
// copy): each row's operation mapped to this API, its value built as a JavaScript value of its type,
// and the answer class doc/bindings.md gives asserted.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pkg, topSrcdir } = require('./helper.cjs');

const file = path.join(topSrcdir, 'tests', 'hostile', 'inputs.tsv');
const OPERATIONS = {
  from_code: pkg.statusFromCode,
  from_name: pkg.statusFromName,
  from_name_ci: pkg.statusFromNameIgnoreCase,
  from_phrase: pkg.statusFromPhrase,
  method_from_name: pkg.methodFromName,
  lookup: pkg.lookup,
  class_of: pkg.classOf,
  format_status_line: pkg.formatStatusLine,
  unofficial: pkg.unofficialFromCode,
  check: pkg.check,
};

function unescape(text) {
  return text.replace(/\\(0|t|\\|u\{([0-9A-Fa-f]+)\})/g, (_, e, hex) =>
    (hex ? String.fromCodePoint(parseInt(hex, 16)) : { 0: '\0', t: '\t', '\\': '\\' }[e]));
}

// A record of this module: status:CODE, unofficial:CODE or method:NAME.
function record(value) {
  const [kind, key] = value.split(/:(.*)/s);
  const found = { status: () => pkg.statusFromCode(Number(key)), unofficial: () => pkg.unofficialFromCode(Number(key)),
    method: () => pkg.methodFromName(key) }[kind]?.();
  assert.ok(found, `${file}: no record ${value}`);
  return found;
}

function build(type, value) {
  switch (type) {
    case 'int': return Number(value); // every row's integer is a safe integer or beyond any C int
    case 'float': return { nan: NaN, inf: Infinity, '-inf': -Infinity }[value] ?? Number(value);
    case 'string': return unescape(value);
    case 'long': return 'A'.repeat(Number(value));
    case 'nil': return null;
    case 'true': return true;
    case 'false': return false;
    case 'list': return [];
    case 'map': return {};
    case 'function': return () => 404;
    case 'record': return record(value);
    default: throw new Error(`${file}: unknown type ${type}`);
  }
}

function operation(name) {
  if (name.startsWith('raw.')) return pkg.raw[name.slice(4)];
  return OPERATIONS[name];
}

// The record an answer names: a status record, or a method record; a raw handle is mapped to the
// record through the C library's own accessors.
function asRecord(result) {
  if (typeof result !== 'bigint') return result;
  const { raw } = pkg;
  const code = raw.httpstatus_status_code(result);
  return pkg.statusFromCode(code);
}

// What C's check says of a head of which nothing is known but the status (the version 1.1, as
// check() takes by default): the rule records, through the raw layer.
function cCheck(value) {
  const { raw } = pkg;
  const code = typeof value === 'object' ? value.code : value;
  const byHandle = new Map(pkg.rules.map((r, i) => [raw.httpstatus_rule_at(i), r]));
  const list = [];
  for (let i = 0, n = raw.httpstatus_check_count(code, '', 0, 11, '', 0, -1); i < n; i++) {
    list.push(byHandle.get(raw.httpstatus_check_at(code, '', 0, 11, '', 0, -1, i)));
  }
  return list;
}

function check(op, fn, value, answer) {
  const [cls, expected] = answer.split(/:(.*)/s);
  switch (cls) {
    case 'type_error': return assert.throws(() => fn(value), TypeError);
    case 'range_error': return assert.throws(() => fn(value), RangeError);
    case 'not_found': {
      const got = fn(value);
      return assert.ok(got === undefined || (op.startsWith('raw.') && got === null), `not found, got ${String(got)}`);
    }
    case 'found': {
      const want = pkg.statusFromCode(Number(expected));
      assert.ok(want, `${expected} is a registered code`);
      return assert.equal(asRecord(fn(value)), want);
    }
    case 'unofficial': {
      const want = pkg.unofficialFromCode(Number(expected));
      assert.equal(want.state, 'unofficial');
      const got = fn(value);
      return assert.equal(typeof got === 'bigint' ? pkg.unofficialFromCode(pkg.raw.httpstatus_status_code(got)) : got, want);
    }
    case 'method': return assert.equal(fn(value), pkg.Method[expected]);
    case 'rule': {
      const want = pkg.raw.httpstatus_rule_at(Number(expected));
      assert.equal(typeof want, 'bigint', `rule ${expected} is there`);
      return assert.equal(fn(value), want);
    }
    case 'list': {
      const got = fn(value);
      assert.ok(Array.isArray(got) && Object.isFrozen(got), 'a frozen array');
      for (const r of got) assert.ok(pkg.rules.includes(r), 'of the module\'s rule records');
      return assert.deepEqual(got, cCheck(value), 'the rules C\'s check gives, in its order');
    }
    case 'value': return assert.equal(fn(value), /^-?\d+$/.test(expected) && op.startsWith('raw.') ? Number(expected) : expected);
    default: throw new Error(`${file}: unknown answer ${answer}`);
  }
}

const rows = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n')
  .map((line, i) => [line, i + 1]).filter(([line]) => line !== '' && !line.startsWith('#')) : [];

test('tests/hostile/inputs.tsv is there and has at least 60 rows', { skip: !fs.existsSync(file) && `no ${file} (not a source tree)` }, () => {
  assert.ok(rows.length >= 60, `${rows.length} rows`);
});

for (const [line, n] of rows) {
  const [op, type, value, answer] = line.split('\t');
  test(`inputs.tsv:${n}: ${op}(${type} ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}...` : value)}) is ${answer}`, () => {
    const fn = operation(op);
    assert.equal(typeof fn, 'function', `the operation ${op} maps to a function`);
    check(op, fn, build(type, value), answer);
  });
}
