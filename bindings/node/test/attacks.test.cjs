'use strict';
// The attacks only JavaScript allows, against the raw layer and the lookups: getters, subclasses,
// proxies, redefined properties, BigInt, lone surrogates.  No check may ask the argument about itself,
// so none of these may reach C with a size, a type or an address the argument chose.
const test = require('node:test');
const assert = require('node:assert/strict');
const { pkg } = require('./helper.cjs');

const { raw, Status, Method } = pkg;
const LINE = 'HTTP/1.1 404 Not Found';
const ROUNDS = 2000;

// A view into a larger buffer whose bytes around it are watched: C must write inside the view only.
function guarded(size) {
  const backing = new Uint8Array(size + 128).fill(0xa5);
  return { backing, view: new Uint8Array(backing.buffer, 64, size) };
}
function untouchedOutside({ backing }, size) {
  return backing.subarray(0, 64).every((b) => b === 0xa5) && backing.subarray(64 + size).every((b) => b === 0xa5);
}

test('issue 10: a Uint8Array(1) whose byteLength is redefined cannot make C write past it (in a loop)', () => {
  for (let i = 0; i < ROUNDS; i++) {
    const g = guarded(1);
    Object.defineProperty(g.view, 'byteLength', { value: 64 });
    Object.defineProperty(g.view, 'length', { value: 64 });
    assert.equal(g.view.byteLength, 64, 'the redefinition took');
    assert.throws(() => raw.httpstatus_format_status_line(404, g.view, 64), RangeError);
    assert.ok(untouchedOutside(g, 1), `round ${i}: nothing written outside the view`);
  }
});

test('issue 10: a Uint8Array subclass with a byteLength getter is refused (in a loop)', () => {
  class Liar extends Uint8Array {
    get byteLength() { return 64; }
    get length() { return 64; }
  }
  for (let i = 0; i < ROUNDS; i++) {
    const backing = new Uint8Array(129).fill(0xa5);
    const v = new Liar(backing.buffer, 64, 1);
    assert.equal(v.byteLength, 64);
    assert.throws(() => raw.httpstatus_format_status_line(404, v, 64), TypeError);
    assert.throws(() => raw.httpstatus_format_status_line(404, v, 1), TypeError, 'a subclass is refused whatever the size');
    assert.ok(backing.every((b) => b === 0xa5), `round ${i}: nothing written`);
  }
});

test('a getter on the prototype chain, Symbol.toStringTag or a swapped prototype cannot lie about the size', () => {
  const g = guarded(2);
  Object.setPrototypeOf(g.view, Object.create(Uint8Array.prototype, { byteLength: { get: () => 4096 } }));
  assert.throws(() => raw.httpstatus_format_status_line(404, g.view, 64), TypeError, 'an unknown prototype is refused');
  const h = guarded(2);
  Object.defineProperty(h.view, Symbol.toStringTag, { value: 'Uint8Array' });
  assert.throws(() => raw.httpstatus_format_status_line(404, h.view, 64), RangeError);
  const f = new Float64Array(1); // 8 bytes, but no Uint8Array
  Object.defineProperty(f, Symbol.toStringTag, { value: 'Uint8Array' });
  assert.throws(() => raw.httpstatus_format_status_line(404, f, 8), TypeError);
  const fake = Object.create(Uint8Array.prototype);
  assert.throws(() => raw.httpstatus_format_status_line(404, fake, 8), TypeError, 'an object that only claims to be a view');
  assert.throws(() => raw.httpstatus_format_status_line(404, new DataView(new ArrayBuffer(64)), 64), TypeError);
  assert.throws(() => raw.httpstatus_format_status_line(404, new ArrayBuffer(64), 64), TypeError);
  assert.ok(untouchedOutside(g, 2) && untouchedOutside(h, 2));
});

test('a proxy around a real Uint8Array is refused, and none of its traps runs', () => {
  let touched = 0;
  const target = new Uint8Array(64);
  const handler = {};
  for (const trap of ['get', 'has', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'ownKeys', 'apply']) {
    handler[trap] = (...args) => { touched++; return Reflect[trap](...args); };
  }
  const proxy = new Proxy(target, handler);
  assert.throws(() => raw.httpstatus_format_status_line(404, proxy, 64), TypeError);
  assert.equal(touched, 0, 'no trap ran');
  assert.ok(target.every((b) => b === 0));
});

test('a detached buffer is a view of 0 bytes', () => {
  const u8 = new Uint8Array(64);
  structuredClone(u8.buffer, { transfer: [u8.buffer] });
  assert.throws(() => raw.httpstatus_format_status_line(404, u8, 64), RangeError);
  assert.equal(raw.httpstatus_format_status_line(404, u8, 0), LINE.length);
});

test('a real Uint8Array and a Buffer work, and C writes within the size given', () => {
  const g = guarded(64);
  assert.equal(raw.httpstatus_format_status_line(404, g.view, 64), LINE.length);
  assert.equal(Buffer.from(g.view.subarray(0, LINE.length)).toString(), LINE);
  assert.ok(untouchedOutside(g, 64));
  const b = Buffer.alloc(8);
  assert.equal(raw.httpstatus_format_status_line(404, b, 8), LINE.length);
  assert.equal(b.toString('latin1'), 'HTTP/1.\0');
});

test('sizes, codes and lengths are never read from an object: valueOf, toPrimitive, getters, BigInt wrappers', () => {
  let called = 0;
  const sneaky = { valueOf() { called++; return 4; }, [Symbol.toPrimitive]() { called++; return 4; } };
  assert.throws(() => raw.httpstatus_format_status_line(404, Buffer.alloc(8), sneaky), TypeError);
  assert.throws(() => raw.httpstatus_status_from_code(sneaky), TypeError);
  assert.throws(() => raw.httpstatus_status_from_name('OK', sneaky), TypeError);
  assert.throws(() => raw.httpstatus_status_from_name(Object('OK'), 2), TypeError, 'a String object is no string');
  assert.throws(() => raw.httpstatus_status_from_code(Object(404n)), TypeError, 'a BigInt object is no integer');
  assert.throws(() => raw.httpstatus_status_from_code(new Proxy({}, { get() { called++; return () => 404; } })), TypeError);
  assert.equal(called, 0);
});

test('BigInt arguments: exact, range-checked, never truncated', () => {
  assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_from_code(404n)), 404);
  assert.throws(() => raw.httpstatus_status_from_code(2n ** 32n + 404n), RangeError);
  assert.throws(() => raw.httpstatus_status_from_name('OK', 2n ** 64n), RangeError);
  assert.throws(() => raw.httpstatus_status_from_name('OK', 3n), RangeError);
  assert.equal(pkg.lookup(404n), Status.NOT_FOUND);
  assert.equal(pkg.lookup(2n ** 32n + 404n), undefined);
  assert.equal(pkg.classOf(-(2n ** 70n)), undefined);
});

test('lone surrogates count as 3 bytes of UTF-8 (U+FFFD), as koffi sends them', () => {
  assert.equal(raw.httpstatus_status_from_name('\uD800', 3), null);
  assert.throws(() => raw.httpstatus_status_from_name('\uD800', 4), RangeError);
  assert.equal(pkg.statusFromName('NOT_FOUND\uD800'), undefined);
  assert.equal(pkg.lookup('\uDC00not found'), undefined);
});

test('handles: only the addresses the library handed out, of the right kind', () => {
  const h = raw.httpstatus_status_from_code(404);
  assert.equal(typeof h, 'bigint');
  for (const forged of [h + 1n, h + 2n, h - 1n, 0n, 1n, 0xdeadbeefn, -h, h + (1n << 64n)]) {
    assert.throws(() => raw.httpstatus_status_phrase(forged), TypeError, `0x${forged.toString(16)}`);
  }
  assert.throws(() => raw.httpstatus_method_name(h), TypeError, 'a status handle is no method handle');
  assert.throws(() => raw.httpstatus_status_phrase(raw.httpstatus_method_from_name('GET', 3)), TypeError);
  assert.throws(() => raw.httpstatus_status_phrase(Object(h)), TypeError, 'a BigInt object that wraps a real handle');
  assert.throws(() => raw.httpstatus_status_phrase({ valueOf: () => h }), TypeError, 'an object that only claims to be a handle');
  assert.throws(() => raw.httpstatus_status_phrase(Status.NOT_FOUND), TypeError, 'a record is no handle');
  assert.equal(raw.httpstatus_status_phrase(h), 'Not Found');
});

test('records cannot be forged, wrapped or subclassed into the lookups', () => {
  const forged = Object.create(Object.getPrototypeOf(Status.NOT_FOUND), { code: { value: 404 } });
  assert.throws(() => pkg.statusFromCode(forged), TypeError);
  assert.throws(() => pkg.lookup(forged), TypeError);
  const wrapped = new Proxy(Status.NOT_FOUND, {});
  assert.throws(() => pkg.classOf(wrapped), TypeError, 'a proxy of a record is not the record');
  assert.throws(() => new Status(), TypeError);
  assert.throws(() => Reflect.construct(Status, [Symbol('libhttpstatus.building')]), TypeError);
  assert.throws(() => { class Sub extends Status {} return new Sub(); }, TypeError);
  assert.equal(pkg.lookup(Method.GET), Method.GET);
  assert.throws(() => pkg.statusFromCode(Method.GET), TypeError);
});

test('getters on arguments of the lookups are never run', () => {
  let ran = 0;
  const arg = { get code() { ran++; return 404; }, get name() { ran++; return 'NOT_FOUND'; }, get length() { ran++; return 9; } };
  for (const fn of ['lookup', 'statusFromCode', 'statusFromName', 'statusFromPhrase', 'methodFromName', 'classOf', 'formatStatusLine']) {
    assert.throws(() => pkg[fn](arg), TypeError, fn);
  }
  assert.equal(ran, 0);
});
