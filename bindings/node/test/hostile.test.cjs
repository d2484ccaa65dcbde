'use strict';
// Hostile input, each with the answer it must get from every lookup.  The rules (index.d.ts, README):
// "not found" is undefined; a wrong type is a TypeError; a BigInt is an integer; a Status is no code
// (only lookup() takes one, and gives it back); no object is ever coerced (valueOf, toString and Symbol.toPrimitive are never called).
const test = require('node:test');
const assert = require('node:assert/strict');
const { pkg } = require('./helper.cjs');

const { HTTPStatus, HTTPMethod, Status, Method } = pkg;
const T = TypeError;
const MB = 1 << 20;

// What a code-taking function answers for a code that finds this status.
const BY_CODE = {
  NOT_FOUND: { statusFromCode: Status.NOT_FOUND, classOf: 'client_error', formatStatusLine: 'HTTP/1.1 404 Not Found' },
};

let coerced = 0;
const spy = (what) => () => { coerced++; return what; };
const trap = new Proxy({}, { get() { coerced++; return () => 404; }, getPrototypeOf() { coerced++; return null; } });

// [label, value, answer of the code functions, answer of the text functions, answer of status()]
//   code: T | undefined | a BY_CODE key;  text: T | undefined | { fn: answer } for the ones that find;
//   status(): defaults to the code answer for non-strings and to undefined for strings.
const rows = [
  ['65940 (404 in 16 bits)', 65940, undefined, T],
  ['2**32 + 404 (404 in 32 bits)', 2 ** 32 + 404, undefined, T],
  ['2**31 (one past INT_MAX)', 2 ** 31, undefined, T],
  ['-(2**31) - 1 (one below INT_MIN)', -(2 ** 31) - 1, undefined, T],
  ['2**53 + 404 (beyond safe integers)', 2 ** 53 + 404, undefined, T],
  ['2**64 + 404', 2 ** 64 + 404, undefined, T],
  ['Number.MAX_VALUE', Number.MAX_VALUE, undefined, T],
  ['-404', -404, undefined, T],
  ['-0', -0, undefined, T],
  ['0', 0, undefined, T],
  ['NaN', NaN, undefined, T],
  ['Infinity', Infinity, undefined, T],
  ['-Infinity', -Infinity, undefined, T],
  ['404.5', 404.5, undefined, T],
  ['404.00000000000006 (the next double after 404)', 404.00000000000006, undefined, T],
  ['Number.MIN_VALUE', Number.MIN_VALUE, undefined, T],
  ['404n (BigInt)', 404n, 'NOT_FOUND', T],
  ['-404n', -404n, undefined, T],
  ['2n**32n + 404n', 2n ** 32n + 404n, undefined, T],
  ['2n**64n + 404n', 2n ** 64n + 404n, undefined, T],
  ['"404" (numeric string)', '404', T, undefined],
  ['"0x194"', '0x194', T, undefined],
  ['"" (empty string)', '', T, undefined],
  ['a 1 MB string', 'A'.repeat(MB), T, undefined],
  ['NOT_FOUND followed by 1 MB', `NOT_FOUND${' '.repeat(MB)}`, T, undefined],
  ['one character longer than any key', 'X'.repeat(200), T, undefined],
  ['"NOT_FOUND\\0" (trailing NUL)', 'NOT_FOUND\0', T, undefined],
  ['"\\0NOT_FOUND" (leading NUL)', '\0NOT_FOUND', T, undefined],
  ['"Not Found\\0x" (NUL inside a phrase)', 'Not Found\0x', T, undefined],
  ['"GET\\0" (NUL after a method)', 'GET\0', T, undefined],
  ['a lone high surrogate', '\uD800', T, undefined],
  ['NOT_FOUND with a lone low surrogate', 'NOT_FOUND\uDC00', T, undefined],
  ['"O\\u212A" (Kelvin sign lower-cases to k)', 'O\u212A', T, undefined],
  ['"\\u0130M_USED" (dotted capital I)', '\u0130M_USED', T, undefined],
  ['"ſee_other" (long s upper-cases to S)', '\u017Fee_other', T, undefined],
  ['"NOT_FOUND " (trailing space)', 'NOT_FOUND ', T, undefined],
  ['null', null, T, T],
  ['undefined', undefined, T, T],
  ['true', true, T, T],
  ['{} (plain object)', {}, T, T],
  ['[] (empty array)', [], T, T],
  ['[404] (array that stringifies to "404")', [404], T, T],
  ['Symbol("404")', Symbol('404'), T, T],
  ['a function returning 404', spy(404), T, T],
  ['an object whose valueOf gives 404', { valueOf: spy(404) }, T, T],
  ['an object whose Symbol.toPrimitive gives 404', { [Symbol.toPrimitive]: spy(404) }, T, T],
  ['an object whose toString gives "NOT_FOUND"', { toString: spy('NOT_FOUND') }, T, T],
  ['new Number(404)', new Number(404), T, T], // eslint-disable-line no-new-wrappers
  ['new String("NOT_FOUND")', new String('NOT_FOUND'), T, T], // eslint-disable-line no-new-wrappers
  ['a Proxy that counts every touch', trap, T, T],
  ['Object.create(Status.prototype) (a forged Status)', Object.create(Status.prototype), T, T],
  ['a Buffer holding invalid UTF-8', Buffer.from([0x4f, 0xff, 0xfe]), T, T],
  ['a Date', new Date(404), T, T],
  ['Method.GET (a Method is no code; lookup() gives it back)', Method.GET, T, T, Method.GET],
  ['Status.NOT_FOUND (a Status is no code; lookup() gives it back)', Status.NOT_FOUND, T, T, Status.NOT_FOUND],
  ['4.04e2 (an integer written otherwise)', 4.04e2, 'NOT_FOUND', T],
  ['"not found" (a phrase, control)', 'not found', T, { statusFromPhrase: Status.NOT_FOUND }, Status.NOT_FOUND],
  ['"not_found" (a name in lower case, control)', 'not_found', T, { statusFromNameIgnoreCase: Status.NOT_FOUND }, Status.NOT_FOUND],
];

const CODE_FNS = ['statusFromCode', 'classOf', 'formatStatusLine'];
const TEXT_FNS = ['statusFromName', 'statusFromNameIgnoreCase', 'statusFromPhrase', 'methodFromName'];

function expectAnswer(fn, value, expected) {
  const where = `${fn}()`;
  if (expected === T) {
    assert.throws(() => pkg[fn](value), TypeError, `${where} throws a TypeError`);
  } else {
    assert.equal(pkg[fn](value), expected, where);
  }
}

test('the table has at least 30 hostile inputs', () => assert.ok(rows.length >= 30, `${rows.length} rows`));

for (const [label, value, code, text, any] of rows) {
  test(`hostile input: ${label}`, () => {
    const before = coerced;
    for (const fn of CODE_FNS) {
      expectAnswer(fn, value, code === T || code === undefined ? code : BY_CODE[code][fn]);
    }
    for (const fn of TEXT_FNS) {
      expectAnswer(fn, value, text === T || text === undefined ? text : text[fn]);
    }
    let whole = any;
    if (any === undefined) {
      if (typeof value === 'string') whole = undefined;
      else whole = code === T ? T : code === undefined ? undefined : BY_CODE[code].statusFromCode;
    }
    expectAnswer('lookup', value, whole);
    assert.equal(coerced, before, 'no valueOf, toString, toPrimitive or proxy trap was called');
  });
}

test('a TypeError names the function and what it got', () => {
  assert.throws(() => pkg.statusFromCode('404'), { name: 'TypeError', message: /statusFromCode: .*got a string/ });
  assert.throws(() => pkg.statusFromName(404), { name: 'TypeError', message: /statusFromName: expected a string, got a number/ });
  assert.throws(() => pkg.classOf(null), { name: 'TypeError', message: /classOf: .*got null/ });
});
