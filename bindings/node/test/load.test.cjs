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
  // Bounded: a load that blocks (on a FIFO, say) is a failure, not a hung suite.
  return spawnSync(process.execPath, ['-e', script], { env: e, encoding: 'utf8', timeout: 30000 });
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
  assert.match(r.stderr, /code: 'ERR_LIBHTTPSTATUS_LOAD'/);
});

test('without LIBHTTPSTATUS_PATH the SONAME is loaded (or named in the error)', () => {
  const r = loadWith({ LIBHTTPSTATUS_PATH: undefined, LD_LIBRARY_PATH: undefined });
  // Loaded, absent, or an installed copy of another minor version refused by name: which of them
  // depends on what this machine has installed, not on the tree under test.
  if (r.status === 0) assert.match(r.stdout, /^libhttpstatus\.so\.\d+ 200$/m);
  else assert.match(r.stderr, /cannot load libhttpstatus\.so\.\d+ \(install libhttpstatus, or set LIBHTTPSTATUS_PATH\)|libhttpstatus\.so\.\d+ is not libhttpstatus \d+\.x as this package needs: it lacks httpstatus_\w+/);
});

// ---- The wrong library is refused at load, with one error naming what was found and expected ----

const fs = require('node:fs');
const os = require('node:os');
const api = require('../lib/api.json');

const CC = (process.env.CC || 'cc').split(' ')[0];
const haveCc = spawnSync(CC, ['--version'], { encoding: 'utf8' }).status === 0;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'libhttpstatus-node-load-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// A shared library with the package's symbols (all but `omit`), under the SONAME and version node
// given, whose httpstatus_version_number() says `number`.  The other functions are never called.
function fakeLibrary(name, { soname, node, number, omit }) {
  const text = `${number >> 16}.${(number >> 8) & 255}.${number & 255}`;
  const body = Object.keys(api.functions).filter((f) => f !== omit).map((f) => {
    if (f === 'httpstatus_version_number') return `unsigned long ${f}(void) { return 0x${number.toString(16)}; }`;
    if (f === 'httpstatus_version') return `const char *${f}(void) { return "${text}"; }`;
    return `long ${f}(void) { return 0; }`;
  });
  const src = path.join(work, `${name}.c`);
  const map = path.join(work, `${name}.map`);
  const out = path.join(work, name);
  fs.writeFileSync(src, `${body.join('\n')}\n`);
  fs.writeFileSync(map, `${node} { global: httpstatus_*; local: *; };\n`);
  const r = spawnSync(CC, ['-shared', '-fPIC', '-o', out, src, `-Wl,-soname,${soname}`, `-Wl,--version-script,${map}`],
    { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

function refused(file, pattern) {
  const r = loadWith({ LIBHTTPSTATUS_PATH: file });
  assert.equal(r.signal, null, 'no crash');
  assert.equal(r.status, 1, `refused: ${r.stdout}`);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('Error: libhttpstatus:'));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], pattern);
  assert.match(r.stderr, /code: 'ERR_LIBHTTPSTATUS_LOAD'/);
  return lines[0];
}

const major = Number(api.version.split('.')[0]);

test('another major version (SONAME .so.1, symbols @@HTTPSTATUS_2.0, version 2.0.0) is refused, naming both versions',
  { skip: !haveCc && `no C compiler (${CC})` }, () => {
    const file = fakeLibrary('libhttpstatus.so.1', { soname: 'libhttpstatus.so.1', node: 'HTTPSTATUS_2.0', number: 0x020000 });
    const nm = spawnSync((process.env.NM || 'nm').split(' ')[0], ['-D', '--defined-only', file], { encoding: 'utf8' });
    if (nm.status === 0) assert.match(nm.stdout, /httpstatus_version_number@@HTTPSTATUS_2\.0/);
    refused(file, new RegExp(`is libhttpstatus 2\\.0\\.0 \\(0x020000\\); this package needs major version ${major} \\(${api.soname.replace(/\./g, '\\.')}\\)`));
  });

test('a library lacking one of the symbols is refused, naming the symbol', { skip: !haveCc && `no C compiler (${CC})` }, () => {
  const file = fakeLibrary('libpartial.so.0', {
    soname: api.soname, node: 'HTTPSTATUS_1.0', number: major << 16, omit: 'httpstatus_status_is_cacheable',
  });
  refused(file, /is not libhttpstatus \d+\.x as this package needs: it lacks httpstatus_status_is_cacheable \(HTTPSTATUS_1\.0\)/);
});

const libDir = process.env.LIBHTTPSTATUS_PATH ? path.dirname(process.env.LIBHTTPSTATUS_PATH) : null;
const archive = libDir && path.join(libDir, 'libhttpstatus.a');
test('the static archive is refused as one', { skip: !(archive && fs.existsSync(archive)) && 'no lib/.libs/libhttpstatus.a beside the library' }, () => {
  refused(archive, /it is a static archive \(\.a\), not the shared library; expected libhttpstatus\.so\.\d+/);
});

test('a linker script is refused as one', () => {
  const file = path.join(work, 'libhttpstatus.so');
  fs.writeFileSync(file, '/* GNU ld script */\nINPUT(libhttpstatus.so.0)\n');
  refused(file, /it is a linker script, not the shared library it names/);
});

test('a directory is refused as one', () => {
  refused(work, /it is a directory, not a shared library/);
});

test('an empty file and a missing file are refused, named', () => {
  const empty = path.join(work, 'empty.so');
  fs.writeFileSync(empty, '');
  refused(empty, /cannot load .*empty\.so: it is not a shared library/);
  refused(path.join(work, 'missing.so.0'), /cannot load .*missing\.so\.0: it is missing/);
});

test('the load error is an Error with code ERR_LIBHTTPSTATUS_LOAD, for require and for import', () => {
  const script = `
    try { require(${JSON.stringify(pkgDir)}); } catch (e) { console.log(e instanceof Error, e.code, /^libhttpstatus: /.test(e.message)); }
    import(${JSON.stringify(path.join(pkgDir, 'index.mjs'))}).catch((e) => console.log(e instanceof Error, e.code));`;
  const r = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, LIBHTTPSTATUS_PATH: work }, encoding: 'utf8' });
  assert.equal(r.stdout, 'true ERR_LIBHTTPSTATUS_LOAD true\ntrue ERR_LIBHTTPSTATUS_LOAD\n', r.stderr);
});

// ---- The file is looked at before the loader sees it, without blocking --------------------------

const haveMkfifo = spawnSync('mkfifo', ['--version'], { encoding: 'utf8' }).status === 0;

test('a FIFO named by LIBHTTPSTATUS_PATH is refused at once, not waited on', { skip: !haveMkfifo && 'no mkfifo' }, () => {
  const fifo = path.join(work, 'fifo.so.0');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  refused(fifo, /cannot load .*fifo\.so\.0: it is a FIFO \(named pipe\), not a shared library; expected libhttpstatus\.so\.\d+$/);
  const link = path.join(work, 'link-to-fifo.so.0');
  fs.symlinkSync(fifo, link);
  refused(link, /it is a FIFO \(named pipe\), not a shared library/);
});

test('a FIFO the dynamic loader would find for the SONAME in LD_LIBRARY_PATH is refused', { skip: !haveMkfifo && 'no mkfifo' }, () => {
  const dir = fs.mkdtempSync(path.join(work, 'ldpath-'));
  assert.equal(spawnSync('mkfifo', [path.join(dir, api.soname)]).status, 0);
  const r = loadWith({ LIBHTTPSTATUS_PATH: undefined, LD_LIBRARY_PATH: `/nonexistent:${dir}` });
  assert.equal(r.signal, null, 'no crash, no timeout');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Error: libhttpstatus: cannot load libhttpstatus\.so\.\d+ \(LD_LIBRARY_PATH finds .*ldpath-.*\): it is a FIFO/);
  assert.match(r.stderr, /code: 'ERR_LIBHTTPSTATUS_LOAD'/);
});

test('a device is refused', { skip: !fs.existsSync('/dev/null') && 'no /dev/null' }, () => {
  refused('/dev/null', /cannot load \/dev\/null: it is a device, not a shared library/);
});

test('a socket is refused', async () => {
  const net = require('node:net');
  const sock = path.join(work, 'socket.so.0');
  const server = net.createServer().listen(sock);
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    refused(sock, /cannot load .*socket\.so\.0: it is a socket, not a shared library/);
  } finally {
    server.close();
  }
});

// The build tree's library with bytes of its ELF header changed: the loader never sees these.
function patched(name, changes) {
  const bytes = fs.readFileSync(process.env.LIBHTTPSTATUS_PATH);
  for (const [offset, value] of changes) bytes[offset] = value;
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  return file;
}
const ownElf = fs.readFileSync('/proc/self/exe').subarray(0, 20);
const haveLibrary = process.env.LIBHTTPSTATUS_PATH && fs.existsSync(process.env.LIBHTTPSTATUS_PATH);

test('an ELF shared library of the other class or for another machine is refused, named', { skip: !haveLibrary && 'LIBHTTPSTATUS_PATH is not set' }, () => {
  const otherClass = ownElf[4] === 2 ? 1 : 2;
  refused(patched('class.so.0', [[4, otherClass]]),
    new RegExp(`it is a ${otherClass === 1 ? 32 : 64}-bit ELF shared library, and this process \\(${process.arch}\\) is ${otherClass === 1 ? 64 : 32}-bit`));
  const machine = ownElf[18] === 183 ? 62 : 183; // aarch64, or x86-64 on aarch64 (little-endian both)
  refused(patched('machine.so.0', [[18, machine], [19, 0]]), new RegExp(`it is an ELF shared library for another machine \\(e_machine ${machine}; `));
  refused(patched('exec.so.0', [[16, 2], [17, 0]]), /it is an ELF file that is no shared library/);
});

test('a relocatable object (.o) is refused as no shared library', { skip: !haveLibrary && 'LIBHTTPSTATUS_PATH is not set' }, () => {
  const objects = fs.readdirSync(libDir).filter((f) => f.endsWith('.o'));
  if (objects.length === 0) return;
  refused(path.join(libDir, objects[0]), /it is an ELF file that is no shared library/);
});

test('a symlink to the library loads the library', { skip: !haveLibrary && 'LIBHTTPSTATUS_PATH is not set' }, () => {
  const link = path.join(work, 'link.so.0');
  fs.symlinkSync(process.env.LIBHTTPSTATUS_PATH, link);
  const r = loadWith({ LIBHTTPSTATUS_PATH: link });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), `${link} 200`);
});

test('the checked file is loaded and no descriptor stays open, by LIBHTTPSTATUS_PATH and by LD_LIBRARY_PATH',
  { skip: !haveLibrary && 'LIBHTTPSTATUS_PATH is not set' }, () => {
    const script = `const fs = require('node:fs'); const fds = () => fs.readdirSync('/proc/self/fd').sort().join();
      require('koffi'); const before = fds(); const h = require(${JSON.stringify(pkgDir)});
      console.log(h.libraryPath, h.Status.OK.code, fds() === before);`;
    const env = { ...process.env };
    const run = (more) => spawnSync(process.execPath, ['-e', script], { env: { ...env, ...more }, encoding: 'utf8', timeout: 30000 });
    let r = run({});
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `${process.env.LIBHTTPSTATUS_PATH} 200 true`);
    delete env.LIBHTTPSTATUS_PATH;
    r = run({ LD_LIBRARY_PATH: `/nonexistent:${libDir}` });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `${api.soname} 200 true`);
  });
