'use strict';
// Loading: by SONAME unless LIBHTTPSTATUS_PATH gives a full path; clear errors otherwise.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const pkgDir = path.resolve(__dirname, '..');

function loadWith(env) {
  const script = `const h = require(${JSON.stringify(pkgDir)}); console.log(h.libraryPath, h.Status.OK.code);`;
  const e = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete e[k];
  return spawnSync(process.execPath, ['-e', script], { env: e, encoding: 'utf8' });
}

test('LIBHTTPSTATUS_PATH with a full path loads that file', { skip: !process.env.LIBHTTPSTATUS_PATH && 'LIBHTTPSTATUS_PATH is not set' }, () => {
  const r = loadWith({});
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), `${process.env.LIBHTTPSTATUS_PATH} 200`);
});

test('a relative LIBHTTPSTATUS_PATH is refused with a message', () => {
  const r = loadWith({ LIBHTTPSTATUS_PATH: 'lib/.libs/libhttpstatus.so.0' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /LIBHTTPSTATUS_PATH must be a full path/);
});

test('a missing library is an error naming it, not a crash', () => {
  const r = loadWith({ LIBHTTPSTATUS_PATH: '/nonexistent/libhttpstatus.so.0' });
  assert.equal(r.status, 1);
  assert.equal(r.signal, null);
  assert.match(r.stderr, /libhttpstatus: cannot load \/nonexistent\/libhttpstatus\.so\.0/);
});

test('without LIBHTTPSTATUS_PATH the SONAME is loaded (or named in the error)', () => {
  const r = loadWith({ LIBHTTPSTATUS_PATH: undefined, LD_LIBRARY_PATH: undefined });
  if (r.status === 0) assert.match(r.stdout, /^libhttpstatus\.so\.\d+ 200$/m);
  else assert.match(r.stderr, /cannot load libhttpstatus\.so\.\d+ \(install libhttpstatus, or set LIBHTTPSTATUS_PATH\)/);
});
