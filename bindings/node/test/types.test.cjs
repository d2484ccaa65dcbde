'use strict';
// The TypeScript declarations under tsc --strict: test/types/api.ts (positive cases and
// @ts-expect-error negatives) and every ```ts example of README.md and doc/guide-node.md, under module
// commonjs, node16 and nodenext (as CommonJS and as ES modules) and esnext with moduleResolution
// bundler, each with and without esModuleInterop.  The examples compiled for commonjs and for node16
// (both module formats) are also run.  The package is reached by its name, through a node_modules
// link, as a user's project reaches it.
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

function compile(dir) {
  const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc in ${dir}:\n${r.stdout}${r.stderr}`);
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

test('the docs have TypeScript examples to check', { skip }, () => {
  assert.ok(docs.length >= 2, `${docs.length} examples`);
});

const OUT = { '.ts': '.js', '.cts': '.cjs', '.mts': '.mjs' };

for (const [label, options, exts, run] of SETTINGS) {
  for (const interop of [false, true]) {
    const title = `tsc --strict, ${label}, esModuleInterop ${interop}: the types test and the doc examples${run ? ', which then run' : ''}`;
    test(title, { skip, timeout: 120000 }, () => {
      const files = {};
      for (const ext of exts) {
        files[`api${ext}`] = api;
        for (const ex of docs) files[`${ex.name}${ext}`] = ex.source;
      }
      const dir = project(`${label.replace(/\W+/g, '-')}-${interop}`, files,
        { ...options, esModuleInterop: interop, allowSyntheticDefaultImports: interop, types: [], noEmit: !run });
      compile(dir);
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
