'use strict';
// The child process of test/tamper.test.cjs.  argv[2] is a JSON list of tampers, each
// { id, holder, key, how, liar }.  For each: load the binding afresh (its modules out of require's
// cache, every built-in as Node made it), replace one built-in with a liar, replay every row of
// tests/hostile/inputs.tsv and the conformance of every lookup and raw function, put the built-in
// back, and compare the transcript with the one a clean load gave.  Prints one line per tamper:
// "start ID", then "same ID" or "differs ID <first difference>".
//
// Everything this file itself relies on while a liar is in place was taken before any tamper.
const fs = require('node:fs');
const path = require('node:path');
const koffi = require('koffi');

const pkgDir = path.resolve(__dirname, '..');
const topSrcdir = process.env.top_srcdir || path.resolve(pkgDir, '..', '..');

const { writeSync } = fs;
const { getOwnPropertyDescriptor, defineProperty, getPrototypeOf, keys } = Object;
const { apply } = Reflect;
const TypeErrorPrototype = TypeError.prototype;
const RangeErrorPrototype = RangeError.prototype;
const U8 = Uint8Array;
const AB = ArrayBuffer;
const { isArray } = Array;
const { fromCharCode } = String;
const toText = String;
const stringify = JSON.stringify;
const { alloc } = require('node:buffer').Buffer;
const say = (line) => writeSync(1, `${line}\n`);

// ---- The holders a tamper names (the names lib/primordials.cjs uses, and a few more) ------------
const HOLDERS = {
  __proto__: null,
  globalThis,
  Object,
  'Object.prototype': Object.prototype,
  Array,
  'Array.prototype': Array.prototype,
  '%ArrayIteratorPrototype%': getPrototypeOf([][Symbol.iterator]()),
  Number,
  'Number.prototype': Number.prototype,
  String,
  'String.prototype': String.prototype,
  Symbol,
  JSON,
  Reflect,
  'RegExp.prototype': RegExp.prototype,
  ArrayBuffer,
  Buffer: require('node:buffer').Buffer,
  '%TypedArray%.prototype': getPrototypeOf(Uint8Array.prototype),
  'Function.prototype': Function.prototype,
  'Map.prototype': Map.prototype,
  'Set.prototype': Set.prototype,
  'WeakSet.prototype': WeakSet.prototype,
  'WeakMap.prototype': WeakMap.prototype,
  'BigInt.prototype': BigInt.prototype,
  'node:fs': fs,
  'node:path': path,
  'node:util.types': require('node:util').types,
  process,
  koffi,
  // Node's fetch Headers, loaded here before any binding is: each binding takes its built-ins at load.
  Headers,
  'Headers.prototype': Headers.prototype,
  '%HeadersIteratorPrototype%': getPrototypeOf(new Headers().keys()),
};
const keyOf = (key) => (key[0] === '@' ? Symbol[key.slice(2)] : key);

// ---- A fresh binding ------------------------------------------------------------------------------
function fresh() {
  const mine = [path.join(pkgDir, 'index.cjs'), path.join(pkgDir, 'lib') + path.sep];
  for (const file of keys(require.cache)) {
    if (file === mine[0] || file.startsWith(mine[1])) delete require.cache[file];
  }
  return require(pkgDir);
}

// ---- The questions --------------------------------------------------------------------------------
function unescape(text) {
  return text.replace(/\\(0|t|\\|u\{([0-9A-Fa-f]+)\})/g, (_, e, hex) =>
    (hex ? String.fromCodePoint(parseInt(hex, 16)) : { 0: '\0', t: '\t', '\\': '\\' }[e]));
}
function build(type, value) {
  switch (type) {
    case 'int': return Number(value);
    case 'float': return { nan: NaN, inf: Infinity, '-inf': -Infinity }[value] ?? Number(value);
    case 'string': return unescape(value);
    case 'long': return 'A'.repeat(Number(value));
    case 'nil': return null;
    case 'true': return true;
    case 'false': return false;
    case 'list': return [];
    case 'map': return {};
    case 'function': return () => 404;
    // The binding's own record (status:CODE, unofficial:CODE, method:NAME): taken from the binding
    // the question is asked of, since each load has records of its own.
    case 'record': return { __proto__: null, record: value };
    default: throw new Error(`unknown type ${type}`);
  }
}
const OPERATIONS = {
  from_code: 'statusFromCode', from_name: 'statusFromName', from_name_ci: 'statusFromNameIgnoreCase',
  from_phrase: 'statusFromPhrase', method_from_name: 'methodFromName', lookup: 'lookup', class_of: 'classOf',
  format_status_line: 'formatStatusLine', unofficial: 'unofficialFromCode', check: 'check',
};
const rows = fs.readFileSync(path.join(topSrcdir, 'tests', 'hostile', 'inputs.tsv'), 'utf8').split('\n')
  .filter((line) => line !== '' && !line.startsWith('#')).map((line) => {
    const [op, type, value] = line.split('\t');
    const fn = op.startsWith('raw.') ? op.slice(4) : OPERATIONS[op];
    return { label: `${op}(${type} ${value.slice(0, 20)})`, raw: op.startsWith('raw.'), fn, arg: build(type, value) };
  });

// Questions are [label, (h) => answer]; built before any tamper, from a clean binding.
function questions(h) {
  const list = [];
  const q = (label, ask) => { list[list.length] = [label, ask]; };
  // A record is found now, as an index into the binding's own arrays, which a question reads then.
  const recordOf = (value) => {
    const [kind, key] = value.split(/:(.*)/s);
    const table = { status: 'statuses', unofficial: 'unofficialStatuses', method: 'methods' }[kind];
    const i = h[table].findIndex((r) => (kind === 'method' ? r.name === key : r.code === Number(key)));
    if (i < 0) throw new Error(`no record ${value}`);
    return (b) => b[table][i];
  };
  for (const row of rows) {
    const { fn, arg } = row;
    const argOf = arg !== null && typeof arg === 'object' && 'record' in arg ? recordOf(arg.record) : () => arg;
    if (row.raw) q(row.label, (b) => b.raw[fn](argOf(b)));
    else q(row.label, (b) => b[fn](argOf(b)));
  }
  const api = JSON.parse(fs.readFileSync(path.join(pkgDir, 'lib', 'api.json'), 'utf8'));
  const statusProps = api.statusFields.map((f) => f.property);
  const methodProps = api.methodFields.map((f) => f.property);
  // Every argument is made now: while a liar is in place, a question does nothing but ask.
  const fields = (record, props) => {
    let out = '';
    for (let j = 0; j < props.length; j++) out += `${record[props[j]]}|`;
    return out;
  };
  h.statuses.forEach((s, i) => {
    const { code, name, phrase } = s;
    const big = BigInt(code);
    const lower = name.toLowerCase();
    const upper = phrase.toUpperCase();
    const nameBytes = Buffer.byteLength(name);
    const phraseBytes = Buffer.byteLength(phrase) + 1;
    q(`statuses[${i}]`, (b) => fields(b.statuses[i], statusProps));
    q(`statuses[${i}].rules`, (b) => b.statuses[i].rules);
    q(`statusFromCode(${code})`, (b) => b.statusFromCode(code));
    q(`statusFromCode(${code}n)`, (b) => b.statusFromCode(big));
    q(`lookup(${code})`, (b) => b.lookup(code));
    q(`lookup(${name})`, (b) => b.lookup(name));
    q(`lookup(lower ${name})`, (b) => b.lookup(lower));
    q(`lookup(${phrase})`, (b) => b.lookup(phrase));
    q(`lookup(record ${code})`, (b) => b.lookup(b.statuses[i]) === b.statuses[i]);
    q(`statusFromName(${name})`, (b) => b.statusFromName(name));
    q(`statusFromNameIgnoreCase(${name})`, (b) => b.statusFromNameIgnoreCase(lower));
    q(`statusFromPhrase(${phrase})`, (b) => b.statusFromPhrase(upper));
    q(`classOf(record ${code})`, (b) => b.classOf(b.statuses[i]));
    q(`HTTPStatus.${name}`, (b) => b.HTTPStatus[name]);
    q(`Status.${name}`, (b) => b.Status[name]);
    q(`raw from_code(${code})`, (b) => b.raw.httpstatus_status_phrase(b.raw.httpstatus_status_from_code(code)));
    q(`raw from_name(${name})`, (b) => b.raw.httpstatus_status_code(b.raw.httpstatus_status_from_name(name, nameBytes)));
    q(`raw from_name(${name}, NUL_TERMINATED)`, (b) => b.raw.httpstatus_status_code(b.raw.httpstatus_status_from_name(name, b.raw.NUL_TERMINATED)));
    q(`raw from_phrase(${phrase}, too long)`, (b) => b.raw.httpstatus_status_from_phrase(phrase, phraseBytes));
  });
  h.methods.forEach((m, i) => {
    const bytes = Buffer.byteLength(m.name);
    q(`methods[${i}]`, (b) => fields(b.methods[i], methodProps));
    q(`methodFromName(${m.name})`, (b) => b.methodFromName(m.name));
    q(`lookup(method ${m.name})`, (b) => b.lookup(b.methods[i]) === b.methods[i]);
    q(`Method.${m.name}`, (b) => b.Method[m.name]);
    q(`raw method(${m.name})`, (b) => b.raw.httpstatus_method_name(b.raw.httpstatus_method_from_name(m.name, bytes)));
  });
  h.unofficialStatuses.forEach((u, i) => {
    q(`unofficialStatuses[${i}].rules`, (b) => b.unofficialStatuses[i].rules);
    q(`unofficialFromCode(${u.code})`, (b) => b.unofficialFromCode(u.code));
    q(`lookup(unofficial ${u.code})`, (b) => b.lookup(b.unofficialStatuses[i]) === b.unofficialStatuses[i]);
  });
  h.aliases.forEach((a, i) => {
    q(`lookup(alias ${a.text})`, (b) => b.lookup(a.text));
    q(`aliases[${i}]`, (b) => `${b.aliases[i].text}|${b.aliases[i].kind}|${b.aliases[i].status.code}|${b.aliases[i].source}`);
  });
  for (let c = -1; c <= 700; c++) {
    q(`code ${c}`, (b) => [b.statusFromCode(c), b.classOf(c), b.formatStatusLine(c), b.unofficialFromCode(c)]);
  }
  // The raw layer's buffers and handles (the attacks of the issue that named these built-ins).
  // A view of `length` bytes at `offset` into 64 zero bytes; what C wrote into the 64, as text.
  const written = { backing: undefined };
  const view = (offset, length) => {
    written.backing = new U8(new AB(64));
    return new U8(written.backing.buffer, offset, length);
  };
  const latin1 = (bytes) => {
    let out = '';
    for (let j = 0; j < bytes.length; j++) out += fromCharCode(bytes[j]);
    return out;
  };
  q('raw format_status_line(404, 1-byte view of 64 bytes, 64)', (b) => {
    const v = view(0, 1);
    try { return b.raw.httpstatus_format_status_line(404, v, 64); } finally { written.after = latin1(written.backing); }
  });
  q('raw: what was written into those 64 bytes', () => written.after);
  q('raw format_status_line(404, 1-byte view at 63, 1)', (b) => [b.raw.httpstatus_format_status_line(404, view(63, 1), 1), latin1(written.backing)]);
  q('raw format_status_line(404, 64-byte view, 64)', (b) => [b.raw.httpstatus_format_status_line(404, view(0, 64), 64), latin1(written.backing)]);
  q('raw format_status_line(404, Buffer(32), 32)', (b) => {
    const v = alloc(32);
    return [b.raw.httpstatus_format_status_line(404, v, 32), latin1(v)];
  });
  q('raw format_status_line(404, null, 0)', (b) => b.raw.httpstatus_format_status_line(404, null, 0));
  q('raw format_status_line(404, Uint16Array(32), 64)', (b) => b.raw.httpstatus_format_status_line(404, new Uint16Array(32), 64));
  q('raw status_code(8n)', (b) => b.raw.httpstatus_status_code(8n));
  q('raw status_phrase(8n)', (b) => b.raw.httpstatus_status_phrase(8n));
  q('raw method_name(a status handle)', (b) => b.raw.httpstatus_method_name(b.raw.httpstatus_status_at(0)));
  q('raw status_code(handle + 8n)', (b) => b.raw.httpstatus_status_code(b.raw.httpstatus_status_at(0) + 8n));
  q('raw status_from_code(2n ** 32n + 404n)', (b) => b.raw.httpstatus_status_from_code(2n ** 32n + 404n));
  q('raw status_from_name("OK", 3)', (b) => b.raw.httpstatus_status_from_name('OK', 3));
  q('raw status_from_name("\\u00e9", 2)', (b) => b.raw.httpstatus_status_from_name('\u00e9', 2));
  q('raw status_from_name("OK\\0x", NUL_TERMINATED)', (b) => b.raw.httpstatus_status_from_name('OK\0x', b.raw.NUL_TERMINATED));
  q('raw status_from_code() (arity)', (b) => b.raw.httpstatus_status_from_code());
  q('statusFromName({ toString })', (b) => b.statusFromName({ toString: () => 'NOT_FOUND' }));
  q('lookup({ code: 404 })', (b) => b.lookup({ code: 404 }));
  q('version', (b) => `${b.version()}|${b.versionNumber()}|${b.registryDate()}|${b.SONAME}`);
  rulesQuestions(h, q, fields);
  return list;
}

// The response rules (1.2): the records, the raw rule handles, and check() over heads of every form,
// every argument made now.
function rulesQuestions(h, q, fields) {
  const api = JSON.parse(fs.readFileSync(path.join(pkgDir, 'lib', 'api.json'), 'utf8'));
  const ruleProps = api.ruleFields.map((f) => f.property);
  h.rules.forEach((_r, i) => {
    q(`rules[${i}]`, (b) => fields(b.rules[i], ruleProps));
    q(`raw rule_at(${i})`, (b) => b.raw.httpstatus_rule_at(i));
    q(`raw rule_field(rule_at(${i}))`, (b) => b.raw.httpstatus_rule_field(b.raw.httpstatus_rule_at(i)));
  });
  q('raw rule_level(8n)', (b) => b.raw.httpstatus_rule_level(8n));
  q('raw rule_level(a status handle)', (b) => b.raw.httpstatus_rule_level(b.raw.httpstatus_status_at(0)));
  q('raw status_code(a rule handle)', (b) => b.raw.httpstatus_status_code(b.raw.httpstatus_rule_at(0)));
  q('raw rule_quote(rule handle + 8n)', (b) => b.raw.httpstatus_rule_quote(b.raw.httpstatus_rule_at(0) + 8n));
  q('raw rule_subject(0)', (b) => b.raw.httpstatus_rule_subject(0));
  const names = ['Allow', 'Date', 'Content-Type', 'Location', 'Retry-After', 'WWW-Authenticate', 'Content-Range', 'Vary'];
  const object = {};
  const map = new Map();
  for (const n of names) { object[n.toLowerCase()] = 'x'; map.set(n, 'x'); }
  const headers = new Headers(object);
  const heads = [
    undefined, {}, { method: 'HEAD' }, { method: 'CONNECT', version: '2', content: true },
    { fields: names, content: true }, { fields: names.slice(0, 3), version: '1.0', content: false },
    { fields: object }, { fields: map, method: 'GET' }, { fields: headers, version: '3' },
    { fields: [] }, { fields: ['Connection', 'Keep-Alive'], version: '2' },
  ];
  const badHeads = [
    null, [], { version: '1.2' }, { version: 11 }, { method: 'G T' }, { method: 1 }, { fields: 'Allow' },
    { fields: ['Allow, Date'] }, { fields: [1] }, { fields: new Proxy([], {}) }, { content: 1 }, { other: 1 },
    { fields: new Set(['Allow']) }, { get method() { return 'GET'; } },
  ];
  const codes = [...h.statuses.map((st) => st.code), ...h.unofficialStatuses.map((u) => u.code), 599, 70000];
  for (const code of codes) {
    heads.forEach((head, j) => q(`check(${code}, head ${j})`, (b) => b.check(code, head)));
  }
  badHeads.forEach((head, j) => q(`check(405, bad head ${j})`, (b) => b.check(405, head)));
  q('check(record 405, head 4)', (b) => b.check(b.Status.METHOD_NOT_ALLOWED, heads[4]));
  q('check(method GET)', (b) => b.check(b.Method.GET));
}

// ---- Answers as text, by means taken before any tamper ---------------------------------------------
function describer(b) {
  const known = new Map();
  b.statuses.forEach((s, i) => known.set(s, `S${i}`));
  b.methods.forEach((m, i) => known.set(m, `M${i}`));
  b.unofficialStatuses.forEach((u, i) => known.set(u, `U${i}`));
  b.rules.forEach((r, i) => known.set(r, `R${i}`));
  const get = Map.prototype.get;
  const describe = (v) => {
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number') return `${v}`;
    if (typeof v === 'string') return stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (apply(isArray, undefined, [v])) {
      let out = '[';
      for (let i = 0; i < v.length; i++) out += `${describe(v[i])},`;
      return `${out}]`;
    }
    const name = apply(get, known, [v]);
    return name === undefined ? `a foreign ${typeof v}` : name;
  };
  return describe;
}

function transcript(b, list, describe) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    let answer;
    try {
      answer = describe(list[i][1](b));
    } catch (error) {
      const proto = error !== null && typeof error === 'object' ? getPrototypeOf(error) : undefined;
      answer = proto === TypeErrorPrototype ? 'TypeError' : proto === RangeErrorPrototype ? 'RangeError' : `thrown ${toText(error && error.message)}`;
    }
    out[i] = answer;
  }
  return out;
}

// ---- Tampering ----------------------------------------------------------------------------------------
function liarFor(kind, b) {
  switch (kind) {
    case 'throw': return function liar() { throw new Error('a liar'); };
    case 'true': return () => true;
    case '64': return () => 64;
    case '0n': return () => 0n;
    case 'undefined': return () => undefined;
    case 'record': return () => b.Status.OK; // the other answer
    case 'cycle': { // each call another forged answer: true, 64, 0n, undefined, another record, ...
      const answers = [true, 64, 0n, undefined, b.Status.OK, false, 0, 8n, '', 1 << 20];
      let n = 0;
      return function liar() { return answers[n++ % answers.length]; };
    }
    case 'value:undefined': return undefined;
    case 'value:64': return 64;
    case 'value:object': return { LIBHTTPSTATUS_PATH: '/nonexistent', LD_LIBRARY_PATH: '/nonexistent' };
    default: throw new Error(`no liar ${kind}`);
  }
}

// Replaces holder[key] (or its getter); returns how to put it back, or undefined when it cannot be
// replaced (then no caller can replace it either).
function tamper(spec, liar) {
  const holder = HOLDERS[spec.holder];
  const key = keyOf(spec.key);
  const old = getOwnPropertyDescriptor(holder, key);
  if (!old) throw new Error(`${spec.holder} has no ${spec.key}`);
  const desc = spec.how === 'getter' ? { get: liar, configurable: true } : { value: liar, writable: true, configurable: true };
  try {
    defineProperty(holder, key, desc);
  } catch {
    try { holder[key] = liar; } catch { /* read-only */ }
  }
  const now = getOwnPropertyDescriptor(holder, key);
  const changed = spec.how === 'getter' ? now.get === liar : now.value === liar;
  return changed ? () => defineProperty(holder, key, old) : undefined;
}

const specs = JSON.parse(process.argv[2]);
const clean = fresh();
const list = questions(clean);
const expected = transcript(clean, list, describer(clean));
say(`questions ${list.length}`);
for (const spec of specs) {
  say(`start ${spec.id}`);
  const b = fresh();
  const describe = describer(b);
  const restore = tamper(spec, liarFor(spec.liar, b));
  if (restore === undefined) {
    say(`immutable ${spec.id}`);
    continue;
  }
  let got;
  try {
    got = transcript(b, list, describe);
  } finally {
    restore();
  }
  let diff = '';
  for (let i = 0; i < list.length && diff === ''; i++) {
    if (got[i] !== expected[i]) diff = `${list[i][0]}: ${got[i]} instead of ${expected[i]}`;
  }
  say(diff === '' ? `same ${spec.id}` : `differs ${spec.id} ${diff}`);
}
say('done');
