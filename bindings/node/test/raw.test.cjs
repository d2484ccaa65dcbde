'use strict';
// Every exported symbol is reachable through `raw`, answers like the idiomatic layer, and the
// checks in front of each call turn bad arguments into exceptions instead of crashes or truncation.
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const { pkg, ffi, cStatuses, cMethods } = require('./helper.cjs');

const { raw, Status, Method } = pkg;

function exportedSymbols() {
  const lib = process.env.LIBHTTPSTATUS_PATH;
  const nm = (process.env.NM || 'nm').split(' ')[0];
  if (!lib) return null;
  const out = execFileSync(nm, ['-D', '--defined-only', lib], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 3 && p[1] === 'T')
    .map((p) => p[2].split('@')[0]).sort();
}

test('raw has one checked function per exported symbol (nm -D of the library)', (t) => {
  const symbols = exportedSymbols();
  if (!symbols) { t.skip('LIBHTTPSTATUS_PATH is not set, so there is no library file to read'); return; }
  assert.ok(symbols.length >= 40);
  const functions = Object.keys(raw).filter((k) => typeof raw[k] === 'function').sort();
  assert.deepEqual(functions, symbols);
  assert.deepEqual(Object.keys(ffi.functions).sort(), symbols);
  for (const name of symbols) assert.equal(raw[name].name, name);
});

// One call of every function, each checked against what the idiomatic layer says.
const calls = {
  httpstatus_version: () => assert.equal(raw.httpstatus_version(), pkg.version()),
  httpstatus_version_number: () => assert.equal(raw.httpstatus_version_number(), pkg.versionNumber()),
  httpstatus_registry_date: () => assert.equal(raw.httpstatus_registry_date(), pkg.registryDate()),
  httpstatus_status_count: () => assert.equal(raw.httpstatus_status_count(), pkg.statuses.length),
  httpstatus_status_at: () => assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_at(0)), pkg.statuses[0].code),
  httpstatus_status_from_code: () => assert.equal(raw.httpstatus_status_name(raw.httpstatus_status_from_code(404)), 'NOT_FOUND'),
  httpstatus_status_from_name: () => {
    assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_from_name('NOT_FOUND', 9)), 404);
    assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_from_name('NOT_FOUND', raw.NUL_TERMINATED)), 404);
    assert.equal(raw.httpstatus_status_from_name('NOT_FOUND', 3), null, 'the length is honoured');
  },
  httpstatus_status_from_name_ci: () => assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_from_name_ci('not_found', 9)), 404),
  httpstatus_status_from_phrase: () => assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_from_phrase('not found', 9)), 404),
  httpstatus_alias_count: () => assert.equal(raw.httpstatus_alias_count(), pkg.aliases.length),
  httpstatus_alias_source: () => {
    assert.equal(raw.httpstatus_alias_source(0), pkg.aliases[0].source);
    assert.equal(raw.httpstatus_alias_source(pkg.aliases.length), '');
  },
  httpstatus_alias_locator: () => {
    const i = pkg.aliases.findIndex((a) => a.text === 'Moved Temporarily');
    assert.equal(raw.httpstatus_alias_locator(i), 'RFC 2068, Section 10.3.3');
    assert.equal(raw.httpstatus_alias_locator(i), pkg.aliases[i].locator);
    assert.equal(raw.httpstatus_alias_locator(pkg.aliases.length), '');
  },
  httpstatus_alias_quote: () => {
    const i = pkg.aliases.findIndex((a) => a.text === 'Moved Temporarily');
    assert.equal(raw.httpstatus_alias_quote(i), '10.3.3 302 Moved Temporarily');
    assert.equal(raw.httpstatus_alias_quote(i), pkg.aliases[i].quote);
    assert.equal(raw.httpstatus_alias_quote(pkg.aliases.length), '');
  },
  httpstatus_status_locator: () => {
    assert.equal(raw.httpstatus_status_locator(raw.httpstatus_status_from_code(423)), 'RFC 4918, Section 11.3');
    assert.equal(raw.httpstatus_status_locator(raw.httpstatus_status_from_code(404)), '');
    assert.equal(raw.httpstatus_status_locator(raw.httpstatus_unofficial_from_code(499)),
      'nginx/nginx@release-1.22.1:src/http/ngx_http_request.h:134');
  },
  httpstatus_status_quote: () => {
    assert.equal(raw.httpstatus_status_quote(raw.httpstatus_status_from_code(423)), '11.3.  423 Locked');
    assert.match(raw.httpstatus_status_quote(raw.httpstatus_unofficial_from_code(499)), /NGX_HTTP_CLIENT_CLOSED_REQUEST +499/);
    assert.equal(raw.httpstatus_status_quote(raw.httpstatus_status_from_code(404)), '');
  },
  httpstatus_follow_method_name: () => {
    assert.equal(raw.httpstatus_follow_method_name(raw.enums.follow_method.GET), 'get');
    assert.equal(raw.httpstatus_follow_method_name(raw.enums.follow_method.NONE), '');
  },
  httpstatus_unofficial_count: () => assert.equal(raw.httpstatus_unofficial_count(), pkg.unofficialStatuses.length),
  httpstatus_unofficial_at: () => {
    assert.equal(raw.httpstatus_status_code(raw.httpstatus_unofficial_at(0)), pkg.unofficialStatuses[0].code);
    assert.equal(raw.httpstatus_unofficial_at(pkg.unofficialStatuses.length), null);
  },
  httpstatus_unofficial_from_code: () => {
    assert.equal(raw.httpstatus_status_user(raw.httpstatus_unofficial_from_code(499)), 'nginx');
    assert.equal(raw.httpstatus_unofficial_from_code(404), null);
  },
  httpstatus_alias_text: () => {
    assert.equal(raw.httpstatus_alias_text(0), pkg.aliases[0].text);
    assert.equal(raw.httpstatus_alias_text(pkg.aliases.length), '');
  },
  httpstatus_alias_kind: () => {
    assert.equal(raw.httpstatus_alias_kind(0), raw.enums.alias_kind.NAME);
    assert.equal(raw.httpstatus_alias_kind(pkg.aliases.length), raw.enums.alias_kind.NONE);
  },
  httpstatus_alias_status: () => {
    assert.equal(raw.httpstatus_status_code(raw.httpstatus_alias_status(0)), pkg.aliases[0].status.code);
    assert.equal(raw.httpstatus_alias_status(pkg.aliases.length), null);
  },
  httpstatus_class_of: () => {
    assert.equal(raw.httpstatus_class_of(404), raw.enums.class.CLIENT_ERROR);
    assert.equal(raw.httpstatus_class_of(-2147483648), raw.enums.class.NONE);
  },
  httpstatus_class_name: () => assert.equal(raw.httpstatus_class_name(raw.enums.class.SUCCESS), 'success'),
  httpstatus_state_name: () => assert.equal(raw.httpstatus_state_name(raw.enums.state.OBSOLETED), 'obsoleted'),
  httpstatus_format_status_line: () => {
    const buf = Buffer.alloc(8);
    assert.equal(raw.httpstatus_format_status_line(404, buf, buf.length), 22);
    assert.equal(buf.toString('latin1'), 'HTTP/1.\0', 'truncated and NUL-terminated within the size');
    assert.equal(raw.httpstatus_format_status_line(404, null, 0), 22);
    assert.equal(raw.httpstatus_format_status_line(600, Buffer.alloc(40), 40), -1);
    const u8 = new Uint8Array(32);
    assert.equal(raw.httpstatus_format_status_line(200, u8, 32), 15);
    assert.equal(Buffer.from(u8.subarray(0, 15)).toString(), 'HTTP/1.1 200 OK');
  },
  // the response rules (1.2): the 405's rule that Allow be sent, and the check of a head without it
  httpstatus_rule_count: () => assert.equal(raw.httpstatus_rule_count(), pkg.rules.length),
  httpstatus_rule_at: () => {
    assert.equal(raw.httpstatus_rule_at(pkg.rules.length), null);
    assert.equal(raw.httpstatus_rule_locator(raw.httpstatus_rule_at(0)), pkg.rules[0].locator);
  },
  httpstatus_status_rule_at: () => {
    const h = raw.httpstatus_status_from_code(405);
    assert.equal(raw.httpstatus_status_rule_at(h, raw.httpstatus_status_rule_count(h)), null);
    assert.equal(raw.httpstatus_status_rule_at(null, 0), null);
    assert.notEqual(allowRule(), null);
  },
  httpstatus_subject_name: () => assert.equal(raw.httpstatus_subject_name(raw.httpstatus_rule_subject(allowRule())), 'field'),
  httpstatus_level_name: () => {
    assert.equal(raw.httpstatus_level_name(raw.enums.level.MUST_NOT), 'must_not');
    assert.equal(raw.httpstatus_level_name(raw.enums.level.NONE), '');
  },
  httpstatus_scope_name: () => assert.equal(raw.httpstatus_scope_name(raw.enums.scope.AS_200), 'as_200'),
  httpstatus_check_count: () => {
    assert.ok(raw.httpstatus_check_count(405, 'GET', 3, 11, 'Content-Type', 12, 1) >= 1);
    assert.equal(raw.httpstatus_check_count(405, 'GET', 3, 12, 'Allow', 5, 1), -1);
    assert.equal(raw.httpstatus_check_count(299, 'GET', 3, 11, 'Allow', 5, 1), -1);
  },
  httpstatus_check_at: () => {
    const n = raw.httpstatus_check_count(405, 'GET', 3, 11, 'Content-Type', 12, 1);
    const broken = [...Array(n).keys()].map((i) => raw.httpstatus_check_at(405, 'GET', 3, 11, 'Content-Type', 12, 1, i));
    assert.ok(broken.includes(allowRule()));
    assert.equal(raw.httpstatus_check_at(405, 'GET', 3, 11, 'Content-Type', 12, 1, n), null);
    assert.equal(raw.httpstatus_check_at(405, 'GET', 3, 12, 'Content-Type', 12, 1, 0), null, 'bad input');
  },
  httpstatus_method_count: () => assert.equal(raw.httpstatus_method_count(), pkg.methods.length),
  httpstatus_method_at: () => assert.equal(raw.httpstatus_method_name(raw.httpstatus_method_at(0)), pkg.methods[0].name),
  httpstatus_method_from_name: () => {
    assert.equal(raw.httpstatus_method_name(raw.httpstatus_method_from_name('GET', 3)), 'GET');
    assert.equal(raw.httpstatus_method_from_name('get', 3), null);
  },
};
// The handle of the 405's rule about Allow, or null.
function allowRule() {
  const h = raw.httpstatus_status_from_code(405);
  for (let i = 0; i < raw.httpstatus_status_rule_count(h); i++) {
    const r = raw.httpstatus_status_rule_at(h, i);
    if (raw.httpstatus_rule_field(r) === 'Allow') return r;
  }
  return null;
}
for (const f of ffi.statusFields) {
  calls[f.symbol] = () => {
    const h = raw.httpstatus_status_from_code(404);
    const v = raw[f.symbol](h);
    const expected = Status.NOT_FOUND[f.property];
    assert.deepEqual(f.flag ? v !== 0 : f.via ? raw[f.via](v) : v, expected);
    assert.equal(raw[f.symbol](null), f.kind === 'string' ? '' : 0, 'a NULL handle gives the neutral value');
  };
}
for (const f of ffi.methodFields) {
  calls[f.symbol] = () => {
    const h = raw.httpstatus_method_from_name('PUT', 3);
    const v = raw[f.symbol](h);
    assert.deepEqual(f.flag ? v !== 0 : f.via ? raw[f.via](v) : v, Method.PUT[f.property]);
    assert.equal(raw[f.symbol](null), f.kind === 'string' ? '' : 0, 'a NULL handle gives the neutral value');
  };
}

for (const f of ffi.ruleFields) {
  calls[f.symbol] = () => {
    const i = pkg.rules.findIndex((r) => r.field === 'Allow' && r.locator === 'RFC 9110, Section 15.5.6');
    const v = raw[f.symbol](raw.httpstatus_rule_at(i));
    const record = pkg.rules[i][f.property];
    if (f.property === 'versions') assert.deepEqual(record, ['1.0', '1.1', '2', '3'].filter((_n, bit) => (v & (1 << bit)) !== 0));
    else assert.equal(f.via ? raw[f.via](v) : v, record);
    assert.equal(raw[f.symbol](null), f.kind === 'string' ? '' : 0, 'a NULL handle gives the neutral value');
  };
}

for (const name of Object.keys(ffi.functions)) {
  test(`raw.${name} is reachable and answers like the library`, () => {
    assert.ok(calls[name], `a test call for ${name}`);
    calls[name]();
  });
}

test('raw: wrong types and arities are TypeErrors', () => {
  const h = raw.httpstatus_status_from_code(404);
  assert.throws(() => raw.httpstatus_status_code(404), TypeError, 'a number is no handle');
  assert.throws(() => raw.httpstatus_status_code(12345n), TypeError, 'an address the library did not give');
  assert.throws(() => raw.httpstatus_status_code(h + 8n), TypeError);
  assert.throws(() => raw.httpstatus_method_name(h), TypeError, 'a status handle is no method handle');
  assert.throws(() => raw.httpstatus_status_code(raw.httpstatus_method_at(0)), TypeError);
  assert.throws(() => raw.httpstatus_status_code(), TypeError);
  assert.throws(() => raw.httpstatus_status_code(h, h), TypeError);
  assert.throws(() => raw.httpstatus_status_code(undefined), TypeError);
  assert.throws(() => raw.httpstatus_status_from_code('404'), TypeError);
  assert.throws(() => raw.httpstatus_status_from_name(404, 3), TypeError);
  assert.throws(() => raw.httpstatus_status_from_name(Buffer.from('OK'), 2), TypeError);
  assert.throws(() => raw.httpstatus_format_status_line(404, 'buffer', 6), TypeError);
  assert.throws(() => raw.httpstatus_format_status_line(404, [0, 0, 0], 3), TypeError);
  assert.throws(() => raw.httpstatus_status_at({ valueOf: () => 0 }), TypeError);
  assert.equal(raw.httpstatus_status_code(h), 404);
});

test('raw: a rule handle is a kind of its own, checked as strictly as a status handle', () => {
  const r = raw.httpstatus_rule_at(0);
  const s = raw.httpstatus_status_from_code(405);
  assert.equal(typeof r, 'bigint');
  assert.equal(raw.httpstatus_rule_at(0), r, 'the same handle each time');
  for (const bad of [0, 1, 405, 2 ** 32, 0.5, '0', true, {}, [], () => 0, 8n, r + 8n, r - 1n, r + 1n, s, raw.httpstatus_method_at(0), undefined]) {
    assert.throws(() => raw.httpstatus_rule_level(bad), TypeError, `rule_level(${typeof bad} ${String(bad)})`);
  }
  assert.throws(() => raw.httpstatus_status_code(r), TypeError, 'a rule is no status');
  assert.throws(() => raw.httpstatus_method_name(r), TypeError, 'a rule is no method');
  assert.throws(() => raw.httpstatus_status_rule_count(r), TypeError);
  assert.equal(raw.httpstatus_rule_level(null), raw.enums.level.NONE);
  // every handle C gives (through a status or a check) is one of those rule_at listed
  const listed = new Set(Array.from({ length: raw.httpstatus_rule_count() }, (_x, i) => raw.httpstatus_rule_at(i)));
  for (const h of cStatuses()) {
    for (let i = 0; i < raw.httpstatus_status_rule_count(h); i++) assert.ok(listed.has(raw.httpstatus_status_rule_at(h, i)));
  }
});

test('raw: values a C parameter cannot hold are RangeErrors, never truncated', () => {
  assert.throws(() => raw.httpstatus_status_from_code(2 ** 32 + 404), RangeError);
  assert.throws(() => raw.httpstatus_status_from_code(2 ** 31), RangeError);
  assert.throws(() => raw.httpstatus_status_from_code(-(2 ** 31) - 1), RangeError);
  assert.throws(() => raw.httpstatus_status_from_code(404.5), RangeError);
  assert.throws(() => raw.httpstatus_status_from_code(NaN), RangeError);
  assert.throws(() => raw.httpstatus_status_from_code(Infinity), RangeError);
  assert.throws(() => raw.httpstatus_class_of(2n ** 32n + 404n), RangeError);
  assert.throws(() => raw.httpstatus_status_at(-1), RangeError);
  assert.throws(() => raw.httpstatus_status_at(2n ** 64n), RangeError);
  assert.equal(raw.httpstatus_status_at(2n ** 64n - 1n), null);
  assert.equal(raw.httpstatus_status_from_code(-0), null);
  assert.equal(raw.httpstatus_class_of(404n), raw.enums.class.CLIENT_ERROR);
});

test('raw: a length beyond the text or the buffer is a RangeError', () => {
  assert.throws(() => raw.httpstatus_status_from_name('OK', 3), RangeError);
  assert.throws(() => raw.httpstatus_status_from_name('OK', 2 ** 40), RangeError);
  assert.equal(raw.httpstatus_status_code(raw.httpstatus_status_from_name('OK', 2)), 200);
  assert.equal(raw.httpstatus_status_from_name('é', 2), null, 'a length counts UTF-8 bytes');
  assert.throws(() => raw.httpstatus_status_from_name('é', 3), RangeError);
  assert.throws(() => raw.httpstatus_format_status_line(404, Buffer.alloc(4), 5), RangeError);
  assert.throws(() => raw.httpstatus_format_status_line(404, null, 1), RangeError);
  assert.throws(() => raw.httpstatus_status_from_name('OK\0junk', raw.NUL_TERMINATED), RangeError,
    'a NUL inside a text passed as NUL-terminated would find the prefix');
  assert.equal(raw.httpstatus_status_from_name('OK\0junk', 7), null, 'with its length, C finds nothing');
});

test('raw handles are the records the objects were built from', () => {
  const hs = cStatuses();
  assert.equal(new Set(hs).size, hs.length);
  assert.ok(hs.every((h) => typeof h === 'bigint'));
  assert.equal(raw.httpstatus_status_from_code(404), raw.httpstatus_status_from_code(404), 'handles compare equal');
  assert.equal(new Set(cMethods()).size, pkg.methods.length);
  assert.ok(Object.isFrozen(raw));
});
