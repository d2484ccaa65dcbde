// The ES module entry point gives the same objects as require() and every named export.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as ns from '../index.mjs';
import httpstatus, { HTTPStatus, statusFromCode, Status, raw } from '../index.mjs';

const require = createRequire(import.meta.url);
const cjs = require('../index.cjs');

test('import gives the objects require gives', () => {
  assert.equal(httpstatus, cjs);
  assert.equal(HTTPStatus, cjs.HTTPStatus);
  assert.equal(HTTPStatus.NOT_FOUND, 404);
  assert.equal(statusFromCode(404), Status.NOT_FOUND);
  assert.ok(cjs.lookup(404) instanceof Status);
  assert.equal(raw, cjs.raw);
});

test('every CommonJS export is a named ES export, and nothing else', () => {
  const named = Object.keys(ns).filter((k) => k !== 'default').sort();
  assert.deepEqual(named, Object.keys(cjs).sort());
  for (const k of named) assert.equal(ns[k], cjs[k], k);
});

test('the package.json exports map sends import and require to the right files', async () => {
  const pkg = require('../package.json');
  assert.equal(pkg.exports['.'].import.default, './index.mjs');
  assert.equal(pkg.exports['.'].require.default, './index.cjs');
  assert.equal(pkg.exports['.'].require.types, pkg.types);
  assert.deepEqual(Object.keys(pkg.dependencies), ['koffi']);
  const viaSpecifier = await import('../index.mjs');
  assert.equal(viaSpecifier.default, cjs);
});

test('the package name resolves through the exports map, for import and for require', async () => {
  const byName = await import('libhttpstatus');
  assert.equal(byName.default, cjs);
  assert.equal(byName.HTTPStatus, cjs.HTTPStatus);
  assert.equal(require('libhttpstatus'), cjs);
  assert.equal(require.resolve('libhttpstatus'), require.resolve('../index.cjs'));
});
