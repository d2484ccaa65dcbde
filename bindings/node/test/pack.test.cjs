'use strict';
// The package as a user gets it: `npm pack` makes the tarball, `npm install` puts it in an empty
// project (koffi from the registry, or from npm's cache), and the project uses it by require and by
// import, against the library LIBHTTPSTATUS_PATH names.  The tarball holds what package.json's
// "files" lists, and nothing of the tests.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const pkgDir = path.resolve(__dirname, '..');
const { topSrcdir } = require('./helper.cjs');
const manifest = require('../package.json');
const npm = process.env.NPM || 'npm';
const haveNpm = spawnSync(npm, ['--version'], { encoding: 'utf8' }).status === 0;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'libhttpstatus-node-pack-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

function run(cmd, args, cwd, extra = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180000, ...extra });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('package.json: files, license, repository, homepage, engines, exports with types', () => {
  assert.equal(manifest.license, 'MIT');
  assert.ok(manifest.repository && manifest.repository.url, 'repository');
  assert.ok(manifest.homepage, 'homepage');
  assert.equal(manifest.engines.node, '>=18');
  for (const [condition, types, main] of [['require', './index.d.ts', './index.cjs'], ['import', './index.d.mts', './index.mjs']]) {
    assert.deepEqual(manifest.exports['.'][condition], { types, default: main });
    assert.ok(manifest.files.includes(types.slice(2)) && manifest.files.includes(main.slice(2)), `${condition} files are packed`);
  }
  assert.deepEqual(Object.keys(manifest.dependencies), ['koffi']);
  for (const dev of ['express', 'fastify', 'typescript', 'typescript7']) assert.ok(manifest.devDependencies[dev], dev);
  assert.match(manifest.devDependencies.typescript7, /^npm:typescript@\^7/, 'TypeScript 7 under its alias');
});

test('npm pack, npm install of the tarball into an empty project, require and import there',
  { skip: !haveNpm && `no npm (${npm})`, timeout: 300000 }, () => {
    // The package as release/pack-bindings.sh stages it: this folder, with the project's LICENSE and
    // NEWS beside it (the folder in the repository keeps no copies).
    const staged = path.join(work, 'package');
    fs.cpSync(pkgDir, staged, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
    for (const f of ['LICENSE', 'NEWS']) fs.copyFileSync(path.join(topSrcdir, f), path.join(staged, f));
    const out = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], staged));
    const tarball = path.join(work, out[0].filename);
    const packed = out[0].files.map((f) => f.path).sort();
    assert.deepEqual(packed, [...manifest.files, 'package.json'].sort(), 'exactly the listed files');

    const project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
    run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    assert.ok(fs.existsSync(path.join(project, 'node_modules', 'koffi')), 'koffi came with it');

    const env = { ...process.env, NODE_PATH: '' };
    assert.equal(run(process.execPath, ['-e', `
      const hs = require('libhttpstatus');
      console.log(hs.HTTPStatus.NOT_FOUND, hs.lookup(404).phrase, hs.Method.GET.isSafe, require.resolve('libhttpstatus'));`],
    project, { env }).trim(), `404 Not Found true ${path.join(fs.realpathSync(project), 'node_modules', 'libhttpstatus', 'index.cjs')}`);
    assert.equal(run(process.execPath, ['--input-type=module', '-e', `
      import hs, { HTTPStatus, lookup } from 'libhttpstatus';
      console.log(HTTPStatus.CREATED, lookup('not found').code, hs.version() === hs.raw.httpstatus_version());`],
    project, { env }).trim(), '201 404 true');
  });

// The route of README.md and of this package's README, as they write it: their npm lines (the
// block marked as run here), run in a new project against a copy of the checkout.  The install
// lasts: package.json and package-lock.json name nothing outside the project, and after the copy
// is deleted and node_modules removed, `npm ci` installs it again from the tarball in the project.
function readmeRoutes() {
  const routes = [];
  for (const doc of [path.join(topSrcdir, 'README.md'), path.join(pkgDir, 'README.md')]) {
    const text = fs.readFileSync(doc, 'utf8');
    const m = /<!-- example: run elsewhere: bindings\/node\/test\/pack\.test\.cjs[^>]*-->\n```sh\n([\s\S]*?)^```$/m.exec(text);
    assert.ok(m, `${doc} has the install block this test runs`);
    routes.push({ doc: path.relative(topSrcdir, doc), lines: m[1].split('\n').filter((l) => /^npm /.test(l)) });
  }
  return routes;
}

for (const route of haveNpm ? readmeRoutes() : [{ doc: 'the READMEs', lines: [] }]) {
  test(`${route.doc}: the npm install route leaves no path outside the project, and npm ci repeats it`,
    { skip: !haveNpm && `no npm (${npm})`, timeout: 300000 }, () => {
      assert.ok(route.lines.length >= 2, `npm lines: ${route.lines}`);
      const base = fs.mkdtempSync(path.join(work, 'route-'));
      const checkout = path.join(base, 'libhttpstatus');
      fs.cpSync(pkgDir, path.join(checkout, 'bindings', 'node'),
        { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
      const project = path.join(base, 'project');
      fs.mkdirSync(project);
      fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
      const script = route.lines.join('\n').replaceAll('/path/to/libhttpstatus', checkout);
      run('sh', ['-e', '-c', script], project, { env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true' } });
      fs.rmSync(checkout, { recursive: true });

      const tarball = `libhttpstatus-${manifest.version}.tgz`;
      const pj = fs.readFileSync(path.join(project, 'package.json'), 'utf8');
      const lock = fs.readFileSync(path.join(project, 'package-lock.json'), 'utf8');
      assert.equal(JSON.parse(pj).dependencies.libhttpstatus, `file:${tarball}`);
      for (const [name, text] of [['package.json', pj], ['package-lock.json', lock]]) {
        for (const outside of [base, os.tmpdir(), fs.realpathSync(os.tmpdir()), '..']) {
          assert.ok(!text.includes(outside), `${name} names ${outside}:\n${text}`);
        }
      }
      fs.rmSync(path.join(project, 'node_modules'), { recursive: true });
      run(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], project);
      const env = { ...process.env, NODE_PATH: '' };
      assert.equal(run(process.execPath, ['-e', "console.log(require('libhttpstatus').lookup(404).phrase)"], project, { env }).trim(),
        'Not Found');
    });
}
