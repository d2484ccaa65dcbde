'use strict';
// The process around the binding changes after it has loaded: every built-in it relies on is replaced
// by a liar (one that throws; one whose every call gives another forged answer: true, 64, 0n, another
// record...), each time in a binding loaded afresh, and the whole of tests/hostile/inputs.tsv and the
// conformance of every lookup and raw function must answer as before, without a crash
// (test/tamper-child.cjs).
//
// The list of built-ins is derived from the binding's source: lib/primordials.cjs's table, the koffi
// functions lib/ffi.cjs calls, and the protocols JavaScript itself would use (iteration, Map and Set
// methods, Function.prototype.call).  The source scan below fails when a file of the binding uses a
// global or a prototype method that is not taken from lib/primordials.cjs, so a new use without an
// entry (hence without its tamper) fails here.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const pkgDir = path.resolve(__dirname, '..');
const primordials = require('../lib/primordials.cjs');
const pkgJson = require('../package.json');

// ---- The source scan ------------------------------------------------------------------------------

// The code of a file with every comment and the text of every string and template blanked out (the
// expressions inside ${} are kept: they are code).
function codeOf(text) {
  let out = '';
  const braces = []; // for each template open: the brace depth its ${ started at
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && next === '*' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('*/', i + 2);
      out += text.slice(i, end + 2).replace(/[^\n]/g, ' ');
      i = end + 1;
    } else if (c === '\'' || c === '"') {
      let j = i + 1;
      while (text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += `${c}${' '.repeat(j - i - 1)}${c}`;
      i = j;
    } else if (c === '`' || (c === '}' && braces.length && braces[braces.length - 1] === depth)) {
      if (c === '}') braces.pop();
      let j = i + 1;
      while (text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) j += text[j] === '\\' ? 2 : 1;
      out += `${c}${text.slice(i + 1, j).replace(/[^\n]/g, ' ')}`;
      if (text[j] === '`') {
        out += '`';
        i = j;
      } else {
        out += '${';
        braces.push(depth);
        i = j + 1;
      }
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      out += c;
    }
  }
  return out;
}

// The binding's files: the package's .cjs files but the primordials themselves.
const FILES = pkgJson.files.filter((f) => f.endsWith('.cjs') && f !== 'lib/primordials.cjs');
const texts = Object.fromEntries(FILES.map((f) => [f, fs.readFileSync(path.join(pkgDir, f), 'utf8')]));
const sources = Object.fromEntries(FILES.map((f) => [f, codeOf(texts[f])]));

// The names a file takes from lib/primordials.cjs.
function takenNames(file) {
  const m = /const \{([^}]*)\} = require\('\.\/(?:lib\/)?primordials\.cjs'\)/.exec(texts[file]);
  return m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
}

// Method calls the binding may make that no caller can replace, each with its reason.
const OWN_METHODS = {
  native: 'a koffi function of the binding, an own property of a frozen entry of lib/ffi.cjs',
  stylize: 'util.inspect\'s own options, in the records\' inspect method',
  load: 'koffi, at load', pointer: 'koffi, at load', opaque: 'koffi, at load', sizeof: 'koffi, at load',
  func: 'koffi\'s library object, at load', unload: 'koffi\'s library object, at load',
};
// Free names that are no built-in.
const NOT_BUILT_IN = new Set(['undefined', 'NaN', 'Infinity', 'require', 'module', 'exports', '__dirname']);
const GLOBALS = Object.getOwnPropertyNames(globalThis).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !NOT_BUILT_IN.has(n));

test('the scan sees through comments and strings, and finds globals and methods in code', () => {
  const code = codeOf('// Map.get(x)\nconst a = `Number ${Map.size(b)} BigInt` + \'Set.has(1)\'; /* x.y() */ a.toLowerCase();');
  assert.doesNotMatch(code, /Number|BigInt|Set|\.get|\.y/);
  assert.match(code, /Map\.size\(b\)/);
  assert.match(code, /a\.toLowerCase\(\)/);
});

for (const file of FILES) {
  test(`${file} uses no global but what lib/primordials.cjs took`, () => {
    const code = sources[file];
    const taken = new Set(takenNames(file));
    const used = GLOBALS.filter((g) => new RegExp(`(?<![.\\w$])${g.replace(/\$/g, '\\$')}(?![\\w$]|\\s*:)`).test(code));
    assert.deepEqual(used.filter((g) => !taken.has(g)), [], `${file}: globals used directly`);
  });

  test(`${file} calls no method of a built-in (no prototype method looked up at call time)`, () => {
    const calls = [...sources[file].matchAll(/(?:\.|\?\.)\s*([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]);
    assert.deepEqual(calls.filter((m) => !Object.hasOwn(OWN_METHODS, m)), [], `${file}: method calls`);
  });

  test(`${file} neither spreads nor iterates (for-of, array destructuring)`, () => {
    const code = sources[file];
    assert.doesNotMatch(code, /\bfor\s*\((?:const|let|var)[^;)]*\bof\b/, 'for-of');
    assert.doesNotMatch(code, /\b(?:const|let|var)\s*\[/, 'array destructuring (it iterates)');
    const spreads = [...code.matchAll(/\.\.\.\s*[\w$]+/g)].map((m) => m[0]);
    // A rest parameter (its array is made without iteration) and an object spread of load time.
    assert.deepEqual(spreads.filter((s) => !['...args', '...fn'].includes(s)), [], 'spreads');
  });
}

test('every name taken from lib/primordials.cjs is in its table, and every entry is used', () => {
  // An entry with `via` is given by that function of lib/primordials.cjs (fetchHeaders), not by name.
  const names = new Set(primordials.sources.filter((s) => !s.via).map((s) => s.name));
  const vias = new Set(primordials.sources.filter((s) => s.via).map((s) => s.via));
  const used = new Set();
  for (const file of FILES) {
    for (const n of takenNames(file)) {
      assert.ok(names.has(n) || vias.has(n) || n === 'uncurryThis', `${file} takes ${n}, which lib/primordials.cjs does not have`);
      used.add(n);
    }
  }
  assert.deepEqual([...names, ...vias].filter((n) => !used.has(n)), [], 'entries no file uses');
  for (const via of vias) assert.equal(typeof primordials[via], 'function', via);
  assert.ok(Object.isFrozen(primordials) && Object.isFrozen(primordials.sources));
});

// ---- The matrix -------------------------------------------------------------------------------------

// The koffi functions lib/ffi.cjs calls.
const KOFFI = [...new Set([...sources['lib/ffi.cjs'].matchAll(/\bkoffi\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]))];
// What JavaScript itself would call if the binding spread, iterated or used a collection.
const PROTOCOLS = [
  ['Array.prototype', '@@iterator'], ['%ArrayIteratorPrototype%', 'next'], ['Set.prototype', 'has'],
  ['Set.prototype', 'add'], ['Map.prototype', 'get'], ['Map.prototype', 'set'], ['Map.prototype', 'has'],
  ['WeakSet.prototype', 'has'], ['WeakMap.prototype', 'get'], ['Function.prototype', 'call'],
  ['Function.prototype', 'apply'], ['Function.prototype', 'bind'], ['Object.prototype', 'toString'],
  ['BigInt.prototype', 'toString'], ['String.prototype', 'toString'], ['Array.prototype', 'map'],
  ['Array.prototype', 'push'], ['RegExp.prototype', 'test'],
].map(([holder, key]) => ({ name: `${holder}[${key}]`, holder, key, how: 'method' }));

// A liar that throws, and one whose every call gives another forged answer (true, 64, 0n, undefined,
// another record, false, 0, 8n, '', 2**20); a value is replaced by undefined and by a forged object.
const FUNCTION_LIARS = ['throw', 'cycle'];
const VALUE_LIARS = ['value:undefined', 'value:object'];

const entries = [
  ...primordials.sources.map((s) => ({ ...s })),
  ...KOFFI.map((key) => ({ name: `koffi.${key}`, holder: 'koffi', key, how: 'value' })),
  ...PROTOCOLS,
];
const specs = [];
for (const e of entries) {
  const isFunction = e.how !== 'value' || typeof primordials[e.name] === 'function' || e.holder === 'koffi';
  for (const liar of isFunction ? FUNCTION_LIARS : VALUE_LIARS) {
    specs.push({ id: `${e.name}/${liar}`, entry: e.name, holder: e.holder, key: e.key, how: e.how, liar });
  }
}

// Runs the specs in a few child processes, at most as many at once as there are CPUs (2 here).
function runChild(batch) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'tamper-child.cjs'), JSON.stringify(batch)],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 240000);
    child.on('close', (status, signal) => { clearTimeout(timer); resolve({ out, err, status, signal }); });
  });
}

async function runAll() {
  const BATCHES = 6;
  const batches = Array.from({ length: BATCHES }, (_, i) => specs.filter((_s, j) => j % BATCHES === i));
  const results = {};
  const parallel = Math.max(1, Math.min(2, os.cpus().length));
  let next = 0;
  async function worker() {
    while (next < batches.length) {
      const batch = batches[next++];
      const r = await runChild(batch);
      let current;
      for (const line of r.out.split('\n')) {
        const [word, id, ...rest] = line.split(' ');
        if (word === 'start') current = id;
        else if (word === 'same' || word === 'immutable') results[id] = { ok: true, word };
        else if (word === 'differs') results[id] = { ok: false, why: rest.join(' ') };
      }
      if (r.status !== 0) {
        const why = `the child ended with ${r.signal || `status ${r.status}`} during ${current}: ${r.err.slice(-2000)}`;
        for (const s of batch) if (!results[s.id]) results[s.id] = { ok: false, why };
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
const matrix = runAll();

test('the matrix covers every built-in lib/primordials.cjs keeps and the koffi functions of lib/ffi.cjs', () => {
  assert.ok(primordials.sources.length >= 40, `${primordials.sources.length} entries`);
  assert.deepEqual(KOFFI.sort(), ['load', 'opaque', 'pointer', 'sizeof']);
  for (const name of ['BigInt', 'BufferByteLength', 'TypedArrayPrototypeGetByteLength', 'ArrayBufferIsView', 'ReflectApply', 'ObjectFreeze',
    'MapPrototypeForEach', 'HeadersPrototypeKeys', 'HeadersIteratorPrototypeNext']) {
    assert.ok(specs.some((s) => s.entry === name), name);
  }
});

for (const e of entries) {
  const mine = specs.filter((s) => s.entry === e.name);
  test(`${e.holder}[${e.key}] replaced after loading (${mine.map((s) => s.liar).join(', ')}): the same answers, no crash`, async () => {
    const results = await matrix;
    for (const s of mine) {
      assert.ok(results[s.id], `${s.id} was run`);
      assert.ok(results[s.id].ok, `${s.id}: ${results[s.id].why}`);
    }
  });
}

// ---- Before the binding loads ------------------------------------------------------------------------

// Code run before the binding loads is out of its reach (doc/bindings.md), but the collection methods a
// caller hooks then must hand it nothing: the binding's tables are objects without prototype, its
// records are branded by a private field, so no hooked Map.prototype.set, Set.prototype.add,
// WeakSet.prototype.add, WeakMap.prototype.set or Array.prototype.push sees a record or a table.
test('hooks put on Map, Set, WeakSet, WeakMap and Array.prototype.push before require see nothing of the binding', () => {
  const script = `
    const seen = [];
    const hooks = [[Map.prototype, 'set'], [Set.prototype, 'add'], [WeakSet.prototype, 'add'], [WeakMap.prototype, 'set'],
      [Array.prototype, 'push'], [Map.prototype, 'get'], [Set.prototype, 'has'], [WeakSet.prototype, 'has']];
    for (const [proto, key] of hooks) {
      const original = proto[key];
      proto[key] = function (...args) { seen[seen.length] = [this, args]; return Reflect.apply(original, this, args); };
    }
    const h = require(${JSON.stringify(pkgDir)});
    const isRecord = (v) => v !== null && typeof v === 'object' && (Object.getPrototypeOf(v) === h.Status.prototype || Object.getPrototypeOf(v) === h.Method.prototype);
    let handed = 0;
    for (const [self, args] of seen) {
      if (isRecord(self) || args.some(isRecord)) handed++;
      if (self instanceof Map) for (const v of Map.prototype.values.call(self)) if (isRecord(v)) handed++;
      // Spoil whatever was seen, as a hook would.
      if (self instanceof Map) for (const k of [...Map.prototype.keys.call(self)]) Map.prototype.set.call(self, k, h.Status.OK);
    }
    const answers = [h.statusFromName('NOT_FOUND'), h.lookup('not found'), h.methodFromName('GET'), h.lookup(404)].map(String);
    console.log(JSON.stringify({ handed, answers }));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const { handed, answers } = JSON.parse(r.stdout);
  assert.equal(handed, 0, 'no record or table handed to a hook');
  assert.deepEqual(answers, ['404 Not Found', '404 Not Found', 'GET', '404 Not Found']);
});

// ---- The attacks that crashed or lied before the built-ins were taken at load -----------------------

const ATTACKS = [
  ['Set.prototype.has says true, then a forged handle 8n', 'Set.prototype.has = () => true;',
    'try { h.raw.httpstatus_status_code(8n); out = "answered"; } catch (e) { out = e.name; }', 'TypeError'],
  ['Array.prototype[Symbol.iterator] replaced, then a checked call', 'Array.prototype[Symbol.iterator] = function* () { yield 8n; yield 8n; yield 8n; };',
    'out = h.raw.httpstatus_status_phrase(h.raw.httpstatus_status_from_code(404));', 'Not Found'],
  ['BigInt() gives 0n, then a 1-byte view of 64 bytes with the size 64', 'globalThis.BigInt = () => 0n;',
    'const v = new Uint8Array(new ArrayBuffer(64), 0, 1); try { h.raw.httpstatus_format_status_line(404, v, 64); out = "wrote"; } catch (e) { out = e.name + new Uint8Array(v.buffer).slice(1).every((b) => b === 0); }',
    'RangeErrortrue'],
  ['Buffer.byteLength lies, then a length past the text', 'Buffer.byteLength = () => 1 << 20;',
    'try { h.raw.httpstatus_status_from_name("OK", 4096); out = "read"; } catch (e) { out = e.name; }', 'RangeError'],
  ['WeakSet.prototype.has says true, then a plain object', 'WeakSet.prototype.has = () => true;',
    'try { out = String(h.lookup({ code: 404 })); } catch (e) { out = e.name; }', 'TypeError'],
  ['Map.prototype.get gives Status.OK', 'Map.prototype.get = () => h.Status.OK;',
    'out = String(h.statusFromName("NOT_FOUND"));', '404 Not Found'],
];
for (const [label, tamper, ask, want] of ATTACKS) {
  test(`after loading, ${label}: ${want}`, () => {
    // The answer is written by an fs.writeSync taken before the tamper (Node's own streams may iterate).
    const script = `const h = require(${JSON.stringify(pkgDir)}); const w = require('node:fs').writeSync; let out; ${tamper} ${ask} w(1, out);`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.signal, null, 'no crash');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, want);
  });
}
