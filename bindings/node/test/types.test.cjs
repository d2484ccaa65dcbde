'use strict';
// The TypeScript declarations under tsc --strict: test/types/api.ts (positive cases and
// @ts-expect-error negatives) and every ```ts example of README.md and doc/guide-node.md, under module
// commonjs, node16 and nodenext (as CommonJS and as ES modules), preserve and esnext with
// moduleResolution bundler, each with and without esModuleInterop.  The examples compiled for
// CommonJS without esModuleInterop, and for node16 as ES modules, are also run.  The package is
// reached by its name, through a node_modules link, as a user's project reaches it.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { topSrcdir } = require('./helper.cjs');

const pkgDir = path.resolve(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [pkgDir] });
} catch {
  tsc = null;
}
const skip = !tsc && 'typescript is not installed (npm ci in bindings/node installs the devDependencies)';

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

function compile(dir, emit) {
  const r = spawnSync(process.execPath, [tsc, '-p', dir, ...(emit ? [] : ['--noEmit'])], { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc in ${dir}:\n${r.stdout}${r.stderr}`);
}

const SETTINGS = [
  // [label, compilerOptions, source extension(s)]
  ['module commonjs', { module: 'commonjs' }, ['.ts']],
  ['module node16', { module: 'node16' }, ['.cts', '.mts']],
  ['module nodenext', { module: 'nodenext' }, ['.cts', '.mts']],
  ['module preserve, moduleResolution bundler', { module: 'preserve', moduleResolution: 'bundler' }, ['.ts']],
  ['module esnext, moduleResolution bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['.ts']],
];

const api = fs.readFileSync(path.join(__dirname, 'types', 'api.ts'), 'utf8');
const docs = examples();

test('the docs have TypeScript examples to check', { skip }, () => {
  assert.ok(docs.length >= 2, `${docs.length} examples`);
});

for (const [label, options, exts] of SETTINGS) {
  for (const interop of [false, true]) {
    test(`tsc --strict, ${label}, esModuleInterop ${interop}: types test and doc examples`, { skip, timeout: 120000 }, () => {
      const files = {};
      for (const ext of exts) {
        files[`api${ext}`] = api;
        for (const ex of docs) files[`${ex.name}${ext}`] = ex.source;
      }
      const name = `${label.replace(/\W+/g, '-')}-${interop}`;
      compile(project(name, files, { ...options, esModuleInterop: interop, allowSyntheticDefaultImports: interop }));
    });
  }
}

// The examples, compiled and run: the default import must work without esModuleInterop too.
for (const [label, options, ext, type] of [
  ['commonjs without esModuleInterop', { module: 'commonjs', esModuleInterop: false }, '.ts', undefined],
  ['commonjs with esModuleInterop', { module: 'commonjs', esModuleInterop: true }, '.ts', undefined],
  ['node16 as ES modules', { module: 'node16' }, '.mts', 'module'],
]) {
  test(`the doc examples compiled for ${label} run`, { skip, timeout: 120000 }, () => {
    const files = Object.fromEntries(docs.map((ex) => [`${ex.name}${ext}`, ex.source]));
    const dir = project(`run-${label.replace(/\W+/g, '-')}`, files, options, type);
    compile(dir, true);
    for (const ex of docs) {
      const js = path.join(dir, 'out', `${ex.name}${ext === '.mts' ? '.mjs' : '.js'}`);
      const r = spawnSync(process.execPath, [js], { encoding: 'utf8', cwd: dir });
      assert.equal(r.status, 0, `${ex.name}: ${r.stderr}`);
    }
  });
}
