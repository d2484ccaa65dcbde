'use strict';
// The idiomatic API: lookups, constants, aliases, the Status and Method objects' behaviour.
const test = require('node:test');
const assert = require('node:assert/strict');
const util = require('node:util');
const { pkg, ffi } = require('./helper.cjs');

const {
  HTTPStatus, HTTPMethod, Status, Method, statuses, methods, aliases, status, statusFromCode, statusFromName,
  statusFromNameIgnoreCase, statusFromPhrase, methodFromName, classOf, formatStatusLine, lookup,
} = pkg;

test('lookup by code gives the record of that code', () => {
  const s = statusFromCode(404);
  assert.equal(s.code, 404);
  assert.equal(s.name, 'NOT_FOUND');
  assert.equal(s.phrase, 'Not Found');
  assert.equal(s.reference, 'RFC 9110, Section 15.5.5');
  assert.equal(s.referenceTitle, 'HTTP Semantics');
  assert.equal(s.state, 'registered');
  assert.equal(s.class, 'client_error');
  assert.equal(s.isClientError, true);
  assert.equal(s.isSuccess, false);
  assert.equal(s.mayHaveContent, true);
  assert.equal(typeof s.description, 'string');
  assert.ok(s.description.length > 10);
  assert.equal(statusFromCode(200).isSuccess, true);
  assert.equal(statusFromCode(204).mayHaveContent, false);
  assert.equal(statusFromCode(304).mayHaveContent, false);
  assert.equal(statusFromCode(103).isInformational, true);
  assert.equal(statusFromCode(503).isServerError, true);
  assert.equal(statusFromCode(308).isRedirection, true);
  assert.equal(statusFromCode(306).state, 'unused');
  assert.equal(statusFromCode(104).state, 'temporary');
  assert.match(statusFromCode(104).expires, /^\d{4}-\d\d-\d\d$/);
  assert.equal(statusFromCode(404).expires, '');
  for (const c of [0, 99, 199, 299, 419, 600, 999]) assert.equal(statusFromCode(c), undefined, `code ${c}`);
});

test('every status field of the C library is a property of every Status, typed as generated', () => {
  assert.ok(ffi.statusFields.length >= 16);
  for (const s of statuses) {
    for (const f of ffi.statusFields) {
      assert.ok(Object.hasOwn(s, f.property), `${s.name}.${f.property}`);
      assert.equal(typeof s[f.property], f.type, `${s.name}.${f.property}`);
    }
    assert.deepEqual(Object.keys(s), [...ffi.statusFields.map((f) => f.property), 'rules'], 'the fields, then rules (1.2)');
  }
  for (const m of methods) {
    assert.deepEqual(Object.keys(m), ffi.methodFields.map((f) => f.property));
    for (const f of ffi.methodFields) assert.equal(typeof m[f.property], f.type, `${m.name}.${f.property}`);
  }
});

test('lookup by name: exact, and ignoring ASCII case', () => {
  assert.equal(statusFromName('NOT_FOUND'), Status.NOT_FOUND);
  assert.equal(statusFromName('not_found'), undefined);
  assert.equal(statusFromName('Not_Found'), undefined);
  assert.equal(statusFromNameIgnoreCase('not_found'), Status.NOT_FOUND);
  assert.equal(statusFromNameIgnoreCase('nOt_FoUnD'), Status.NOT_FOUND);
  assert.equal(statusFromNameIgnoreCase('IM_A_TEAPOT').code, 418);
  assert.equal(statusFromNameIgnoreCase('NOT FOUND'), undefined);
  assert.equal(statusFromName('NOT_FOUND '), undefined);
  assert.equal(statusFromName(' NOT_FOUND'), undefined);
});

test('older names resolve to the current record, as constants too', () => {
  const pairs = {
    REQUEST_ENTITY_TOO_LARGE: 'CONTENT_TOO_LARGE',
    REQUEST_URI_TOO_LONG: 'URI_TOO_LONG',
    REQUESTED_RANGE_NOT_SATISFIABLE: 'RANGE_NOT_SATISFIABLE',
    REQUEST_RANGE_NOT_SATISFIABLE: 'RANGE_NOT_SATISFIABLE',
    UNPROCESSABLE_ENTITY: 'UNPROCESSABLE_CONTENT',
  };
  for (const [old, now] of Object.entries(pairs)) {
    assert.ok(Status[now] instanceof Status, now);
    assert.equal(Status[old], Status[now], old);
    assert.equal(statusFromName(old), Status[now], old);
    assert.equal(statusFromNameIgnoreCase(old.toLowerCase()), Status[now], old);
    assert.equal(Status[old].name, now, 'an alias keeps the current name');
  }
});

test('lookup by phrase ignores ASCII case and knows older phrases', () => {
  assert.equal(statusFromPhrase('Not Found'), Status.NOT_FOUND);
  assert.equal(statusFromPhrase('not found'), Status.NOT_FOUND);
  assert.equal(statusFromPhrase('NOT FOUND'), Status.NOT_FOUND);
  assert.equal(statusFromPhrase("i'm a teapot").code, 418);
  assert.equal(statusFromPhrase('Payload Too Large'), Status.CONTENT_TOO_LARGE);
  assert.equal(statusFromPhrase('request entity too large'), Status.CONTENT_TOO_LARGE);
  assert.equal(statusFromPhrase('Request-URI Too Long'), Status.URI_TOO_LONG);
  assert.equal(statusFromPhrase('Requested Range Not Satisfiable'), Status.RANGE_NOT_SATISFIABLE);
  assert.equal(statusFromPhrase('Unprocessable Entity'), Status.UNPROCESSABLE_CONTENT);
  assert.equal(statusFromPhrase('Not  Found'), undefined);
  assert.equal(statusFromPhrase('NOT_FOUND'), undefined);
});

test('the alias list is the C library\'s, and each alias finds its status', () => {
  assert.equal(aliases.length, pkg.raw.httpstatus_alias_count());
  assert.ok(aliases.length >= 10);
  for (const a of aliases) {
    assert.ok(a.status instanceof Status);
    if (a.kind === 'name') assert.equal(statusFromName(a.text), a.status, a.text);
    else if (a.kind === 'phrase') assert.equal(statusFromPhrase(a.text), a.status, a.text);
    else assert.fail(`unknown alias kind ${a.kind}`);
  }
  assert.ok(Object.isFrozen(aliases) && aliases.every(Object.isFrozen));
});

test('status() takes a code, a name (any case) or a phrase', () => {
  assert.equal(status(404), Status.NOT_FOUND);
  assert.equal(status(404n), Status.NOT_FOUND);
  assert.equal(status(Status.NOT_FOUND), Status.NOT_FOUND);
  assert.equal(status('NOT_FOUND'), Status.NOT_FOUND);
  assert.equal(status('not_found'), Status.NOT_FOUND);
  assert.equal(status('not found'), Status.NOT_FOUND);
  assert.equal(status('Payload Too Large'), Status.CONTENT_TOO_LARGE);
  assert.equal(status('FOUND'), Status.FOUND);
  assert.equal(status('found').code, 302);
  assert.equal(status('404'), undefined, 'a numeric string is no name or phrase');
  assert.equal(status(''), undefined);
  assert.throws(() => status(null), TypeError);
});

test('methods: by name, case-sensitively; constants; flags', () => {
  const get = methodFromName('GET');
  assert.ok(get instanceof Method);
  assert.equal(get, Method.GET);
  assert.equal(get.name, 'GET');
  assert.equal(get.isSafe, true);
  assert.equal(get.isIdempotent, true);
  assert.equal(get.isCacheable, true);
  assert.equal(get.reference, 'RFC 9110, Section 9.3.1');
  assert.equal(get.referenceTitle, 'HTTP Semantics');
  assert.equal(methodFromName('get'), undefined);
  assert.equal(methodFromName('Get'), undefined);
  const post = Method.POST;
  assert.deepEqual([post.isSafe, post.isIdempotent, post.isCacheable], [false, false, true]);
  const put = Method.PUT;
  assert.deepEqual([put.isSafe, put.isIdempotent, put.isCacheable], [false, true, false]);
  assert.equal(Method['BASELINE-CONTROL'].name, 'BASELINE-CONTROL');
  assert.equal(methodFromName('QUERY').isSafe, true);
  assert.equal(methodFromName('*'), undefined);
  assert.equal(String(get), 'GET');
  assert.ok(get == 'GET'); // eslint-disable-line eqeqeq
  assert.equal(JSON.stringify({ m: get }), '{"m":"GET"}');
  assert.equal(util.inspect(get), 'Method.GET');
  assert.equal(util.inspect(Method['VERSION-CONTROL']), 'Method["VERSION-CONTROL"]');
});

test('a constant for every current name, each the object lookups give', () => {
  for (const s of statuses) {
    assert.equal(Status[s.name], s, s.name);
    assert.equal(statusFromCode(s.code), s);
    assert.equal(statusFromName(s.name), s);
    assert.equal(statusFromPhrase(s.phrase), s);
  }
  for (const m of methods) assert.equal(Method[m.name], m);
  const names = Object.keys(HTTPStatus);
  assert.equal(names.length, statuses.length + aliases.filter((a) => a.kind === 'name').length);
  assert.equal(Object.getPrototypeOf(HTTPStatus), null, 'no inherited keys such as constructor');
  assert.equal(Status.constructor, undefined);
  assert.equal(Status.toString, undefined);
  assert.ok(Object.isFrozen(HTTPStatus) && Object.isFrozen(HTTPMethod));
});

test('a Status compares with its code, prints readably and serialises as its code', () => {
  const s = Status.NOT_FOUND;
  /* eslint-disable eqeqeq */
  assert.ok(s == 404);
  assert.ok(!(s == 403));
  assert.ok(s < 500 && s >= 400 && s > 399);
  assert.ok(s != Status.OK);
  /* eslint-enable eqeqeq */
  assert.equal(s.valueOf(), 404);
  assert.equal(+s, 404);
  assert.equal(String(s), '404 Not Found');
  assert.equal(`${s}`, '404 Not Found');
  assert.equal(s.toString(), '404 Not Found');
  assert.equal(JSON.stringify(s), '404');
  assert.equal(JSON.stringify({ status: Status.OK }), '{"status":200}');
  assert.equal(util.inspect(s), 'Status.NOT_FOUND <404 Not Found>');
  assert.equal(Object.prototype.toString.call(s), '[object Status]');
  assert.deepEqual([Status.OK, Status.NOT_FOUND, Status.CONTINUE].sort((a, b) => a - b).map(Number),
    [100, 200, 404]);
});

test('records are frozen, their prototype too, and nobody else can make one', () => {
  const s = Status.OK;
  assert.ok(Object.isFrozen(s));
  assert.ok(Object.isFrozen(Status.prototype) && Object.isFrozen(Method.prototype));
  assert.ok(Object.isFrozen(statuses) && Object.isFrozen(methods));
  assert.throws(() => { 'use strict'; s.code = 500; }, TypeError);
  assert.throws(() => { 'use strict'; s.extra = 1; }, TypeError);
  assert.throws(() => { 'use strict'; delete s.name; }, TypeError);
  assert.throws(() => { 'use strict'; Status.prototype.toString = () => 'x'; }, TypeError);
  assert.throws(() => { 'use strict'; Status.OK = Status.NOT_FOUND; }, TypeError);
  assert.throws(() => { 'use strict'; statuses.push(s); }, TypeError);
  assert.equal(s.code, 200);
  assert.throws(() => new Status(), TypeError);
  assert.throws(() => new Status(Symbol('libhttpstatus.building'), 0n), TypeError);
  assert.throws(() => new Method(), TypeError);
  assert.throws(() => { 'use strict'; pkg.extra = 1; }, TypeError);
});

test('the same code always gives the same object', () => {
  for (const s of statuses) {
    assert.equal(statusFromCode(s.code), statusFromCode(s.code));
    assert.equal(statusFromCode(BigInt(s.code)), s);
    assert.throws(() => statusFromCode(s), TypeError, 'a Status is no code');
    assert.equal(lookup(s), s, 'lookup() of a Status gives it back');
    assert.equal(status(s.name.toLowerCase()), s);
  }
  assert.equal(new Set(statuses).size, statuses.length);
  assert.equal(new Set(statuses.map((s) => s.code)).size, statuses.length);
});

test('classOf: any integer in 100..599, registered or not', () => {
  assert.equal(classOf(100), 'informational');
  assert.equal(classOf(299), 'success');
  assert.equal(classOf(399), 'redirection');
  assert.equal(classOf(404), 'client_error');
  assert.equal(classOf(599), 'server_error');
  assert.throws(() => classOf(Status.IM_A_TEAPOT), TypeError);
  assert.equal(classOf(250n), 'success');
  for (const c of [99, 600, 0, -404, 1000, 2 ** 31 - 1, -(2 ** 31)]) assert.equal(classOf(c), undefined, `${c}`);
  for (const s of statuses) assert.equal(classOf(s.code), s.class);
});

test('formatStatusLine: registered, unregistered and out-of-range codes', () => {
  assert.equal(formatStatusLine(404), 'HTTP/1.1 404 Not Found');
  assert.throws(() => formatStatusLine(Status.OK), TypeError);
  assert.equal(formatStatusLine(418n), "HTTP/1.1 418 I'm a Teapot");
  assert.equal(formatStatusLine(299), 'HTTP/1.1 299 ');
  assert.equal(formatStatusLine(100), 'HTTP/1.1 100 Continue');
  assert.equal(formatStatusLine(99), undefined);
  assert.equal(formatStatusLine(600), undefined);
  for (const s of statuses) assert.equal(formatStatusLine(s.code), `HTTP/1.1 ${s.code} ${s.phrase}`);
  assert.equal(formatStatusLine(404), formatStatusLine(404), 'cached answers are the same');
});

test('version, versionNumber and registryDate', () => {
  assert.equal(typeof pkg.version, 'function', 'version() asks the loaded library, as in Lua and Ruby');
  assert.match(pkg.version(), /^\d+\.\d+\.\d+$/);
  const [major, minor, micro] = pkg.version().split('.').map(Number);
  assert.equal(pkg.versionNumber(), (major << 16) | (minor << 8) | micro);
  assert.match(pkg.registryDate(), /^\d{4}-\d\d-\d\d$/);
  assert.equal(pkg.version(), pkg.raw.httpstatus_version());
  assert.equal(pkg.registryDate(), pkg.raw.httpstatus_registry_date());
});

test('the module is loaded by SONAME, or from LIBHTTPSTATUS_PATH', () => {
  assert.match(pkg.SONAME, /^libhttpstatus\.so\.\d+$/);
  const override = process.env.LIBHTTPSTATUS_PATH;
  if (override) {
    assert.equal(pkg.libraryPath, override);
    assert.equal(require('node:path').basename(override), pkg.SONAME, 'the build tree library has the SONAME as its name');
  } else {
    assert.equal(pkg.libraryPath, pkg.SONAME);
  }
});

test('a field read through httpstatus_<field>_name() holds a lower-cased member of its enum (as index.d.ts types it)', () => {
  const { raw } = pkg;
  const named = [...ffi.statusFields, ...ffi.methodFields, ...ffi.ruleFields].filter((f) => f.via);
  assert.ok(named.length >= 5);
  for (const f of named) {
    const members = ffi.enums[f.field];
    assert.ok(members, `enum httpstatus_${f.field}`);
    for (const [member, value] of Object.entries(members)) {
      assert.equal(raw[f.via](value), member === 'NONE' ? '' : member.toLowerCase(), `${f.via}(${value})`);
    }
    // The string union lib/api.d.ts declares for the field: every record's value must be one of them.
    const dts = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'lib', 'api.d.ts'), 'utf8');
    const union = dts.split('\n').find((line, i, all) => i > 0 && all[i - 1].includes(`What ${f.via}() names`));
    assert.ok(union, `lib/api.d.ts declares the union of ${f.via}()`);
    const allowed = [...union.matchAll(/'([a-z0-9_]*)'/g)].map((m) => m[1]);
    for (const s of statuses) if (ffi.statusFields.includes(f)) assert.ok(allowed.includes(s[f.property]), `${s.name}.${f.property}`);
    for (const r of pkg.rules) if (ffi.ruleFields.includes(f)) assert.ok(allowed.includes(r[f.property]), `${r.locator}: ${f.property}`);
  }
});
