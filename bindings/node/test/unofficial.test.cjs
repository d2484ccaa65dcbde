'use strict';
// 1.1: the unofficial statuses stand apart from the registry; aliases say where they are used; the
// status fields of what a client does next.
const test = require('node:test');
const assert = require('node:assert/strict');
const { pkg, readCsv } = require('./helper.cjs');

const rows = readCsv; // the rows of data/NAME as objects keyed by the header

test('every unofficial status is a frozen record of its own that no registry lookup finds', () => {
  const data = rows('unofficial.csv');
  assert.deepEqual(pkg.unofficialStatuses.map((s) => s.code), data.map((r) => Number(r.code)));
  for (const r of data) {
    const u = pkg.unofficialFromCode(Number(r.code));
    assert.equal(u, pkg.unofficialStatuses.find((s) => s.code === Number(r.code)));
    assert.deepEqual([u.name, u.phrase, u.user, u.description, u.reference, u.state],
      [r.name, r.phrase, r.user, r.meaning, r.source, 'unofficial']);
    assert.ok(Object.isFrozen(u));
    assert.equal(pkg.statusFromCode(u.code), undefined);
    assert.equal(pkg.lookup(u.code), undefined);
    assert.equal(pkg.statusFromName(u.name), undefined);
    assert.equal(pkg.lookup(u), u, 'a record of this module is itself');
  }
  assert.equal(pkg.unofficialFromCode(404), undefined);
  assert.equal(pkg.unofficialFromCode(499 + 2 ** 32), undefined);
  assert.equal(pkg.unofficialFromCode(499n), pkg.unofficialFromCode(499));
  assert.throws(() => pkg.unofficialFromCode('499'), TypeError);
  assert.equal(pkg.Status.NOT_FOUND.user, '');
});

test('aliases say where each spelling is used', () => {
  assert.deepEqual(pkg.aliases.map((a) => a.source), rows('aliases.csv').map((r) => r.source));
});

test('what a client does next: redirects, their method, transient conditions', () => {
  const { Status } = pkg;
  assert.equal(Status.SEE_OTHER.isLocationRedirect, true);
  assert.equal(Status.SEE_OTHER.followMethod, 'get');
  assert.equal(Status.PERMANENT_REDIRECT.isPermanentRedirect, true);
  assert.equal(Status.PERMANENT_REDIRECT.followMethod, 'keep');
  assert.equal(Status.MULTIPLE_CHOICES.isLocationRedirect, false);
  assert.equal(Status.OK.followMethod, '');
  assert.equal(Status.SERVICE_UNAVAILABLE.isTransient, true);
  assert.equal(Status.SERVICE_UNAVAILABLE.mayHaveRetryAfter, true);
});
