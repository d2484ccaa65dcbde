'use strict';
// Prototype pollution, before and after the module loads: a child process puts names, codes and
// descriptor keys on Object.prototype (and Function.prototype, Array.prototype) and asks every lookup
// the same questions as a clean process; the answers must be the same.  Records, tables, classes and
// the module are frozen, so no caller can change what another sees.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { pkg } = require('./helper.cjs');

const pkgDir = path.resolve(__dirname, '..');

// Run in a child: pollute (or not) before require, ask, pollute (or not) after, ask again; print JSON.
const CHILD = `
const pollute = (on) => {
  if (!on) return;
  for (const target of [Object.prototype, Function.prototype, Array.prototype]) {
    // Not the descriptor keys (get, set, value, writable, enumerable, configurable): with those on Object.prototype every
    // Object.defineProperty of a plain descriptor throws, and koffi, like much of Node, cannot load.
    for (const k of ['NOT_FOUND', 'NOT_FOUDN', 'GET', 'Get', 'FOO', '404', '299', '600', 'not found', 'not_found',
        'cause', 'code', 'phrase', 'kind', 'text', 'then']) {
      try { Object.defineProperty(target, k, { value: 'polluted:' + k, writable: true, configurable: true }); } catch {}
    }
  }
};
const [before, after] = JSON.parse(process.argv[1]);
pollute(before);
const h = require(${JSON.stringify(pkgDir)});
const ask = () => {
  const show = (v) => v === undefined ? '<undefined>' : v && typeof v === 'object' ? String(v.code ?? v.name) + ':' + Object.keys(v).length : String(v);
  const out = {};
  const probe = (label, f) => { try { out[label] = show(f()); } catch (e) { out[label] = e.name; } };
  for (const k of ['NOT_FOUND', 'NOT_FOUDN', 'GET', 'Get', 'get', 'FOO', '404', '299', '600', 'not found', 'not_found', 'constructor', '__proto__', 'toString']) {
    probe('HTTPStatus.' + k, () => h.HTTPStatus[k]);
    probe('HTTPMethod.' + k, () => h.HTTPMethod[k]);
    probe('Status.' + k, () => h.Status[k]);
    probe('Method.' + k, () => h.Method[k]);
    probe('raw.' + k, () => h.raw[k]);
    for (const fn of ['lookup', 'statusFromName', 'statusFromNameIgnoreCase', 'statusFromPhrase', 'methodFromName']) probe(fn + '(' + k + ')', () => h[fn](k));
  }
  for (const c of [404, 299, 600, 0, -1]) {
    for (const fn of ['lookup', 'statusFromCode', 'classOf', 'formatStatusLine']) probe(fn + '(' + c + ')', () => h[fn](c));
  }
  probe('statuses', () => h.statuses.length + ':' + h.statuses.map((s) => s.code + s.phrase).join());
  probe('methods', () => h.methods.map((m) => m.name + m.isSafe).join());
  probe('aliases', () => h.aliases.map((a) => a.text + a.kind).join());
  probe('version', () => h.version());
  return out;
};
const first = ask();
pollute(after);
console.log(JSON.stringify([first, ask()]));
`;

function run(before, after) {
  const r = spawnSync(process.execPath, ['-e', CHILD, JSON.stringify([before, after])], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const [clean] = run(false, false);

test('the clean answers are the expected ones (the probe can tell)', () => {
  assert.equal(clean['HTTPStatus.NOT_FOUND'], '404');
  assert.equal(clean['HTTPStatus.NOT_FOUDN'], '<undefined>');
  assert.equal(clean['Status.FOO'], '<undefined>');
  assert.equal(clean['Status.constructor'], '<undefined>', 'no Function.prototype behind the class');
  assert.equal(clean['lookup(404)'], `404:${Object.keys(pkg.Status.NOT_FOUND).length}`);
  assert.equal(clean['classOf(299)'], 'success');
});

for (const [label, before, after] of [
  ['Object.prototype polluted before the module loads', true, false],
  ['Object.prototype polluted after the module loads', false, true],
]) {
  test(`${label}: every lookup answers as in a clean process`, () => {
    const [first, second] = run(before, after);
    assert.deepEqual(first, clean);
    assert.deepEqual(second, clean);
  });
}

test('records, tables, classes and the module are frozen; writes change nothing', () => {
  for (const v of [pkg, pkg.HTTPStatus, pkg.HTTPMethod, pkg.Status, pkg.Method, pkg.Status.prototype, pkg.Method.prototype,
    pkg.Status.NOT_FOUND, pkg.Method.GET, pkg.statuses, pkg.methods, pkg.aliases, pkg.aliases[0], pkg.raw, pkg.raw.enums]) {
    assert.ok(Object.isFrozen(v));
  }
  assert.throws(() => { 'use strict'; pkg.Status.NOT_FOUND.phrase = 'OK'; }, TypeError);
  assert.throws(() => { pkg.HTTPStatus.NOT_FOUND = 200; }, TypeError);
  assert.throws(() => { pkg.Status.NOT_FOUND = pkg.Status.OK; }, TypeError);
  assert.throws(() => { pkg.lookup = () => 1; }, TypeError);
  assert.throws(() => { pkg.raw.httpstatus_status_phrase = () => 'OK'; }, TypeError);
  assert.throws(() => Object.setPrototypeOf(pkg.HTTPStatus, { FOO: 1 }), TypeError);
  assert.throws(() => Object.defineProperty(pkg.Status.NOT_FOUND, 'code', { value: 200 }), TypeError);
  assert.equal(pkg.lookup(404).phrase, 'Not Found');
  for (const t of [pkg.HTTPStatus, pkg.HTTPMethod, pkg.raw]) assert.equal(Object.getPrototypeOf(t), null);
  assert.equal(Object.getPrototypeOf(pkg.Status), null);
  assert.equal(Object.getPrototypeOf(pkg.Method), null);
});

test('constants are numbers and strings, records are one step away', () => {
  assert.equal(pkg.HTTPStatus.NOT_FOUND, 404);
  assert.equal(pkg.HTTPStatus.REQUEST_ENTITY_TOO_LARGE, 413);
  assert.equal(pkg.HTTPMethod.GET, 'GET');
  assert.equal(pkg.HTTPMethod['BASELINE-CONTROL'], 'BASELINE-CONTROL');
  assert.equal(pkg.Status.NOT_FOUND, pkg.lookup(404));
  assert.equal(pkg.Status.REQUEST_ENTITY_TOO_LARGE, pkg.Status.CONTENT_TOO_LARGE);
  assert.equal(pkg.Method.GET, pkg.methodFromName('GET'));
  for (const [name, code] of Object.entries(pkg.HTTPStatus)) assert.equal(pkg.Status[name].code, code, name);
  for (const [name, token] of Object.entries(pkg.HTTPMethod)) assert.equal(pkg.Method[name].name, token, name);
  assert.deepEqual(Object.keys(pkg.Status), Object.keys(pkg.HTTPStatus));
  assert.deepEqual(Object.keys(pkg.Method), Object.keys(pkg.HTTPMethod));
});
