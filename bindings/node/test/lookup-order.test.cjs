'use strict';
// The lookup order by text (exact name, then name ignoring case, then phrase), as the cases of
// tests/lookup-order.tsv, which C and the other bindings' suites read too.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pkg, topSrcdir } = require('./helper.cjs');

test('lookup finds each case of tests/lookup-order.tsv as the table says', () => {
  const cases = fs.readFileSync(path.join(topSrcdir, 'tests', 'lookup-order.tsv'), 'utf8')
    .split('\n').filter((l) => l !== '' && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
  assert.ok(cases.length >= 10);
  for (const [text, code] of cases) {
    const found = pkg.lookup(text);
    if (code === '-') assert.strictEqual(found, undefined, text);
    else assert.strictEqual(found && found.code, Number(code), text);
  }
});
