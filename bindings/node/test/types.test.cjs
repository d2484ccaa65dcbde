'use strict';
// The TypeScript declarations under tsc --strict of TypeScript 5 and 7: test/types/api.ts (positive
// cases and @ts-expect-error negatives) and every ```ts example of README.md and doc/guide-node.md,
// under module commonjs, node16 and nodenext (as CommonJS and as ES modules) and esnext with
// moduleResolution bundler, each with and without esModuleInterop (TypeScript 7: with only).  The
// examples compiled for commonjs and for node16 (both module formats) are also run.  The package is
// reached by its name, through a node_modules link, as a user's project reaches it.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { topSrcdir } = require('./helper.cjs');

const pkgDir = path.resolve(__dirname, '..');
// The compilers of the devDependencies: the locked TypeScript 5 and TypeScript 7 (under the alias
// typescript7).  TypeScript 7's package exports no bin/tsc, so each is found by its package.json.
function compiler(pkg) {
  try {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`, { paths: [pkgDir] }));
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return { pkg, tsc: path.join(dir, 'bin', 'tsc'), major: Number(version.split('.')[0]), version };
  } catch {
    return { pkg, tsc: null };
  }
}
const COMPILERS = [compiler('typescript'), compiler('typescript7')];
const skipOf = (c) => !c.tsc && `${c.pkg} is not installed (npm ci in bindings/node installs the devDependencies)`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'libhttpstatus-node-types-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// The ```ts blocks of the docs, each a module of its own.
function examples() {
  const out = [];
  for (const doc of [path.join(pkgDir, 'README.md'), path.join(topSrcdir, 'doc', 'guide-node.md')]) {
    if (!fs.existsSync(doc)) continue;
    const text = fs.readFileSync(doc, 'utf8');
    let n = 0;
    for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
      out.push({ name: `${path.basename(doc, '.md').replace(/\W/g, '_')}_${++n}`, source: `${m[1]}export {};\n` });
    }
  }
  return out;
}

// A project: node_modules/libhttpstatus -> this package; @types -> this package's; the sources.
function project(name, files, compilerOptions, type) {
  const dir = path.join(work, name);
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.symlinkSync(pkgDir, path.join(dir, 'node_modules', 'libhttpstatus'));
  const types = path.join(pkgDir, 'node_modules', '@types');
  if (fs.existsSync(types)) fs.symlinkSync(types, path.join(dir, 'node_modules', '@types'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, ...(type ? { type } : {}) }));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', outDir: 'out', skipLibCheck: false, ...compilerOptions },
    files: Object.keys(files),
  }, null, 2));
  return dir;
}

function compile(c, dir) {
  const r = spawnSync(process.execPath, [c.tsc, '-p', dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${c.pkg} ${c.version} tsc in ${dir}:\n${r.stdout}${r.stderr}`);
}

const SETTINGS = [
  // [label, compilerOptions, source extensions, run the compiled examples]
  ['module commonjs', { module: 'commonjs' }, ['.ts'], true],
  ['module node16', { module: 'node16' }, ['.cts', '.mts'], true],
  ['module nodenext', { module: 'nodenext' }, ['.cts', '.mts'], false],
  ['module esnext, moduleResolution bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['.ts'], false],
];

const api = fs.readFileSync(path.join(__dirname, 'types', 'api.ts'), 'utf8');
const docs = examples();

test('the docs have TypeScript examples to check', { skip: COMPILERS.every((c) => !c.tsc) && skipOf(COMPILERS[0]) }, () => {
  assert.ok(docs.length >= 2, `${docs.length} examples`);
});

const OUT = { '.ts': '.js', '.cts': '.cjs', '.mts': '.mjs' };

for (const c of COMPILERS) {
  // TypeScript 7 has no esModuleInterop false (error TS5108): only TypeScript 5 is tried without it.
  const interops = c.major >= 7 ? [true] : [false, true];
  for (const [label, options, exts, run] of SETTINGS) {
    for (const interop of interops) {
      const title = `${c.pkg} ${c.version || ''}: tsc --strict, ${label}, esModuleInterop ${interop}: the types test and the doc examples${run ? ', which then run' : ''}`;
      test(title, { skip: skipOf(c), timeout: 120000 }, () => {
        const files = {};
        for (const ext of exts) {
          files[`api${ext}`] = api;
          for (const ex of docs) files[`${ex.name}${ext}`] = ex.source;
        }
        const dir = project(`${c.pkg}-${label.replace(/\W+/g, '-')}-${interop}`, files,
          { ...options, esModuleInterop: interop, allowSyntheticDefaultImports: interop, types: [], noEmit: !run });
        compile(c, dir);
        if (!run) return;
        // The default import must work at run time too, esModuleInterop or not, as CommonJS and as ESM.
        for (const ext of exts) {
          for (const ex of docs) {
            const js = path.join(dir, 'out', `${ex.name}${OUT[ext]}`);
            const r = spawnSync(process.execPath, [js], { encoding: 'utf8', cwd: dir });
            assert.equal(r.status, 0, `${path.basename(js)}: ${r.stderr}`);
            assert.notEqual(r.stdout, '', `${path.basename(js)} printed its answers`);
          }
        }
      });
    }
  }
}

// What the docs tell a TypeScript 7 user: esModuleInterop false is refused (TS5108), and with no
// module setting the output is ES modules, which a CommonJS package ("type": "commonjs") cannot run;
// the same source compiled with module nodenext runs there.
const ts7 = COMPILERS.find((c) => c.major >= 7) || COMPILERS[1];
test(`${ts7.pkg} ${ts7.version || ''}: esModuleInterop false is an error; without module the output is ESM, with nodenext it runs in a CommonJS package`,
  { skip: skipOf(ts7), timeout: 120000 }, () => {
    const source = "import httpstatus, { HTTPStatus } from 'libhttpstatus';\nconsole.log(HTTPStatus.NOT_FOUND, httpstatus.version());\n";
    const refused = project('ts7-no-interop', { 'a.ts': source }, { esModuleInterop: false, types: [] });
    const r = spawnSync(process.execPath, [ts7.tsc, '-p', refused], { encoding: 'utf8' });
    assert.notEqual(r.status, 0, 'tsc accepted esModuleInterop false');
    assert.match(r.stdout, /TS5108/);

    const plain = project('ts7-default-module', { 'a.ts': source }, { types: [] }, 'commonjs');
    compile(ts7, plain);
    assert.match(fs.readFileSync(path.join(plain, 'out', 'a.js'), 'utf8'), /^import /m, 'the default output is ESM');
    assert.notEqual(spawnSync(process.execPath, [path.join(plain, 'out', 'a.js')], { cwd: plain }).status, 0,
      'ESM output ran in a CommonJS package');

    const fixed = project('ts7-nodenext', { 'a.ts': source }, { module: 'nodenext', types: [] }, 'commonjs');
    compile(ts7, fixed);
    const ok = spawnSync(process.execPath, [path.join(fixed, 'out', 'a.js')], { encoding: 'utf8', cwd: fixed });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^404 \d+\.\d+\.\d+$/m);
  });
