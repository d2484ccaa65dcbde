#!/usr/bin/env python3
"""doc/tests/examples.py ROOT PREFIX SRCDIR PAGE...: runs every fenced code block of the pages against
the library `make install DESTDIR=ROOT` staged under ROOT/PREFIX, by its language, and prints TAP.

What a block is, and what is checked of it:
- ```c with a main function: compiled with -std=c99 -Wall -Wextra -Werror and pkg-config, then run;
- ```sh: run by sh -e;
- ```lua: run by luajit, or, when it uses ngx, as the content_by_lua_file of a real nginx with its
  Lua module on 127.0.0.1 (asked with POST, then stopped), skipped in one line when nginx or the
  module is absent; the response must not be a 5xx and the error log must hold no error;
- ```ruby: run by ruby; ```js: run by node.
A Lua, Ruby or JavaScript block is skipped in one line when luajit, ruby with ffi or node with koffi
is absent.
Every block of a page runs in one scratch directory of its own, in order.  Output is compared where
the page shows it: a ```text (or bare ```) block right after the block is all it prints; in Lua a
`--> TEXT` comment is one line it prints (blanks collapsed); in Ruby `EXPR # => TEXT` and in
JavaScript `EXPR; // TEXT` say that the value's inspect form starts TEXT (followed by its end, a
blank or punctuation), and `console.log(...); // TEXT` that the line it prints does.

A comment on the line before the block says what else it is:
  <!-- example: not run: REASON -->        not run, for the reason given
  <!-- example: run elsewhere: PATH ... --> run by another test or stage; PATH must exist
  <!-- example: file NAME -->                written to NAME in the page's directory (and run
                                             when it is a C program), for the blocks after it
A block of another language (ts, cmake, text not after a block) must carry one of the first two.
Besides, the brace list of bindings/lua/README.md (`httpstatus/{api,...}.lua`) names exactly the files
make install puts in httpstatus/.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

FENCE = re.compile(r'^(\s*)```(\S*)\s*$')
MARKER = re.compile(r'^\s*<!--\s*example:\s*(.*?)\s*-->\s*$')
TIMEOUT = 60

count = 0
failed = 0


def tap(ok, title, diag='', skip=None):
    global count, failed
    count += 1
    if not ok:
        failed += 1
    if skip and skip.startswith('integration:') and os.environ.get('HS_REQUIRE_INTEGRATION') == '1':
        ok, diag, skip = False, skip, None  # what CI installs must run there (tests/tap.sh's rule)
        failed += 1
    line = f"{'ok' if ok else 'not ok'} {count} - {title}"
    if skip:
        line += f' # SKIP {skip}'
    print(line)
    for d in ('' if ok else diag).rstrip('\n').splitlines()[-30:]:
        print(f'# {d}')
    sys.stdout.flush()


def blocks(path):
    """The fenced blocks of a page: (line, language, text, marker, follows), where follows is the
    previous block when only blank lines stand between the two."""
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    i = 0
    last_end = None
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, lang = len(m.group(1)), m.group(2)
        start = i
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        mk = MARKER.match(lines[j]) if j >= 0 else None
        body = []
        i += 1
        while i < len(lines) and not FENCE.match(lines[i]):
            body.append(lines[i][indent:] if lines[i][:indent].strip() == '' else lines[i])
            i += 1
        follows = out[-1] if out and last_end is not None and j == last_end else None
        out.append({'line': start + 1, 'lang': lang, 'text': '\n'.join(body) + '\n',
                    'marker': mk.group(1) if mk else None, 'follows': follows})
        last_end = i
        i += 1
    return out


def run(cmd, cwd, env, stdin=None):
    try:
        r = subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return 124, '', f'timed out after {TIMEOUT} s'
    return r.returncode, r.stdout, r.stderr


def squash(s):
    return ' '.join(s.split())


def starts(shown, got):
    """The page's TEXT starts with what was got, followed by its end, a blank or punctuation."""
    return shown.startswith(got) and (len(shown) == len(got) or shown[len(got)] in ' \t,;:).')


def lua_expected(text):
    return [squash(m.group(1)) for m in re.finditer(r'-->(.*)$', text, re.M)]


# Ruby and JavaScript blocks report the value of each line whose comment shows one on stderr, as
# "\x01LINE\tINSPECTED"; compare_values judges them against the page.
def ruby_program(text):
    out, shown = ['def __example_value(line, value) = $stderr.puts("\\x01#{line}\\t#{value.inspect}")'], {}
    for n, line in enumerate(text.split('\n'), 1):
        m = re.match(r'^(\s*)(\S.*?)\s+# => (.*)$', line)
        if m:
            shown[n] = m.group(3).strip()
            line = f'{m.group(1)}__example_value({n}, ({m.group(2)}))'
        out.append(line)
    return '\n'.join(out) + '\n', shown


def js_program(text):
    out, shown = ["const __inspect = require('node:util').inspect, __format = require('node:util').format;",
                  "const __value = (line, got) => process.stderr.write(`\\x01${line}\\t${got}\\n`);"], {}
    for n, line in enumerate(text.split('\n'), 1):
        m = re.match(r'^(\s*)(\S.*?);\s*// (.*)$', line)
        if m and m.group(2).startswith('console.log('):
            shown[n] = m.group(3).strip()
            args = m.group(2)[len('console.log('):-1]
            line = f'{m.group(1)}console.log({args}); __value({n}, __format({args}));'
        elif m and not re.match(r'(const|let|var|import|export|return|if|for|while|await)\b', m.group(2)):
            shown[n] = m.group(3).strip()
            line = f'{m.group(1)}__value({n}, __inspect({m.group(2)}));'
        out.append(line)
    return '\n'.join(out) + '\n', shown


def compare_values(shown, err):
    """What is wrong with the reported values: a line whose shown TEXT does not start with its value
    (followed by its end, a blank or punctuation), or a line that reported nothing."""
    got = dict(line[1:].split('\t', 1) for line in err.splitlines() if line.startswith('\x01') and '\t' in line)
    wrong = []
    for n, text in shown.items():
        value = got.get(str(n))
        if value is None:
            wrong.append(f'line {n}: never evaluated; the page shows {text}')
        elif not starts(text, value):
            wrong.append(f'line {n}: the value is {value}; the page shows {text}')
    return '\n'.join(wrong)


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


# The command that adds the integration packages, as tests/tap.sh words it (Makefile.am passes it).
INSTALL = os.environ.get('HS_INTEGRATION_INSTALL') or '.ci/packages-integration'


def nginx_paths():
    nginx = shutil.which('nginx') or ('/usr/sbin/nginx' if os.access('/usr/sbin/nginx', os.X_OK) else None)
    if not nginx:
        return None, 'integration: nginx is not installed; ' + INSTALL + ' adds it'
    v = subprocess.run([nginx, '-V'], capture_output=True, text=True).stderr
    m = re.search(r'--modules-path=(\S+)', v)
    modules = m.group(1) if m else '/usr/lib/nginx/modules'
    if not os.path.isfile(os.path.join(modules, 'ngx_http_lua_module.so')):
        return None, 'integration: nginx has no Lua module (libnginx-mod-http-lua); ' + INSTALL + ' adds it'
    return (nginx, modules), None


def run_nginx(text, work, env, luadir):
    """The block as the content handler of a real nginx; returns (status, body, error log)."""
    found, why = nginx_paths()
    if not found:
        return None, why
    nginx, modules = found
    d = tempfile.mkdtemp(dir=work, prefix='nginx-')
    os.makedirs(os.path.join(d, 'logs'))
    with open(os.path.join(d, 'handler.lua'), 'w') as f:
        f.write(text)
    resty = ''.join(f'{p}/?.lua;' for p in ('/usr/share/lua/5.1', '/usr/local/share/lua/5.1')
                    if os.path.isfile(f'{p}/resty/core.lua'))
    ndk = os.path.join(modules, 'ndk_http_module.so')
    port = free_port()
    conf = f'''{f"load_module {ndk};" if os.path.isfile(ndk) else ""}
load_module {modules}/ngx_http_lua_module.so;
daemon off;
master_process off;
pid {d}/logs/nginx.pid;
error_log {d}/logs/error.log notice;
env LIBHTTPSTATUS_PATH;
events {{ worker_connections 16; }}
http {{
	access_log off;
	client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; fastcgi_temp_path {d}/fastcgi;
	uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;
	lua_package_path "{luadir}/?.lua;{resty};";
	server {{
		listen 127.0.0.1:{port};
		location / {{ content_by_lua_file {d}/handler.lua; }}
	}}
}}
'''
    with open(os.path.join(d, 'nginx.conf'), 'w') as f:
        f.write(conf)
    proc = subprocess.Popen([nginx, '-p', d, '-c', f'{d}/nginx.conf', '-e', f'{d}/logs/error.log'],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    status, body = None, ''
    try:
        for _ in range(100):
            try:
                req = urllib.request.Request(f'http://127.0.0.1:{port}/', data=b'x', method='POST')
                with urllib.request.urlopen(req, timeout=5) as r:
                    status, body = r.status, r.read().decode()
                break
            except urllib.error.HTTPError as e:
                status, body = e.code, e.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    log = open(os.path.join(d, 'logs', 'error.log')).read() if os.path.exists(os.path.join(d, 'logs', 'error.log')) else ''
    return (status, body, log), None


NEEDS = {
    'lua': (['LUAJIT', 'luajit', '-e', ''], 'no luajit'),
    'ruby': (['RUBY', 'ruby', '-e', 'require "ffi"'], 'no ruby with ffi (Debian: ruby, ruby-ffi)'),
    'js': (['NODE', 'node', '-e', 'require.resolve("koffi")'], 'no node with koffi (npm ci in bindings/node)'),
}
missing = {}


def lacks(lang, env):
    """Why a block of this language cannot run here, or None."""
    if lang not in NEEDS:
        return None
    if lang not in missing:
        (var, default, *args), why = NEEDS[lang]
        try:
            ok = subprocess.run([env.get(var) or default, *args], env=env, capture_output=True, timeout=TIMEOUT).returncode == 0
        except OSError:
            ok = False
        missing[lang] = None if ok else why
    return missing[lang]


def check_block(page, b, work, env, paths):
    where = f"{os.path.relpath(page, paths['srcdir'])}:{b['line']}"
    lang, text, marker = b['lang'], b['text'], b['marker']
    if marker and marker.startswith('not run:'):
        reason = marker[len('not run:'):].strip()
        tap(bool(reason), f'{where} ({lang or "text"}) is not run: {reason}', 'no reason given')
        return
    if marker and marker.startswith('run elsewhere:'):
        rest = marker[len('run elsewhere:'):].strip()
        target = rest.split()[0].rstrip(',;:') if rest else ''
        ok = bool(target) and os.path.exists(os.path.join(paths['srcdir'], target))
        tap(ok, f'{where} ({lang}) is run by {target}', f'{target!r} is no file of the source tree')
        return
    name = None
    if marker and marker.startswith('file '):
        name = marker[len('file '):].strip()
        with open(os.path.join(work, name), 'w') as f:
            f.write(text)
        if lang != 'c':
            tap(True, f'{where} ({lang}) is written to {name}')
            return
    if lang in ('text', '') and b['follows'] is not None:
        return  # the output of the block before, checked with it
    nxt = paths['next']
    expected = nxt['text'] if nxt and nxt['lang'] in ('text', '') and nxt['follows'] is b and not nxt['marker'] else None

    why = lacks(lang, env)
    if why:
        tap(True, f'{where} ({lang}) runs', skip=why)
        return
    what = ''
    if lang == 'c':
        if not re.search(r'^int main', text, re.M):
            tap(False, f'{where} (c) is a fragment', 'a C fragment needs a marker saying why it is not run')
            return
        src = os.path.join(work, name or f'block{b["line"]}.c')
        if not name:
            with open(src, 'w') as f:
                f.write(text)
        exe = src[:-2] + '.bin'
        rc, out, err = run(['sh', '-c', '${CC:-cc} -std=c99 -Wall -Wextra -Werror "$1" -o "$2" $(pkg-config --cflags --libs httpstatus)',
                            '_', src, exe], work, env)
        if rc:
            tap(False, f'{where} (c) compiles with -std=c99 -Wall -Wextra -Werror', err)
            return
        rc, out, err = run([exe], work, env)
    elif lang == 'sh':
        rc, out, err = run(['sh', '-e', '-c', text], work, env)
    elif lang == 'lua' and re.search(r'\bngx\.', text):
        res, why = run_nginx(text, work, env, paths['luadir'])
        if res is None:
            tap(True, f'{where} (lua, OpenResty) in nginx', skip=why)
            return
        status, body, log = res
        errors = [line for line in log.splitlines() if re.search(r'\[(error|crit|alert|emerg)\]', line)]
        want = lua_expected(text)
        got = [squash(line) for line in body.splitlines()]
        ok = status is not None and status < 500 and not errors and (not want or got == want)
        tap(ok, f'{where} (lua, OpenResty) answers in nginx{" what the page shows" if want else ""}',
            f'status {status}\nbody: {body}\nshown: {want}\n' + '\n'.join(errors))
        return
    elif lang == 'lua':
        rc, out, err = run([env.get('LUAJIT') or 'luajit', '-'], work, env, stdin=text)
        want = lua_expected(text)
        if want and rc == 0 and [squash(x) for x in out.splitlines()] != want:
            rc, err = 1, f'printed:\n{out}shown:\n' + '\n'.join(want)
    elif lang in ('ruby', 'js'):
        program, shown = (ruby_program if lang == 'ruby' else js_program)(text)
        src = os.path.join(work, f'block{b["line"]}.{"rb" if lang == "ruby" else "cjs"}')
        with open(src, 'w') as f:
            f.write(program)
        rc, out, err = run([env.get('RUBY') or 'ruby', src] if lang == 'ruby' else [env.get('NODE') or 'node', src], work, env)
        what = f' with the {len(shown)} values its comments show' if shown else ''
        wrong = compare_values(shown, err) if rc == 0 else ''
        if wrong:
            rc, err = 1, wrong
    else:
        tap(False, f'{where} ({lang or "text"}) has no way to run',
            'mark it <!-- example: not run: REASON --> or <!-- example: run elsewhere: PATH -->')
        return
    if rc == 0 and expected is not None and out != expected:
        rc, err = 1, f'printed:\n{out}the page shows:\n{expected}'
    tap(rc == 0, f'{where} ({lang}) runs{what}{" and prints what the page shows" if expected is not None else ""}',
        f'exit {rc}\n{out}{err}' if rc else '')


def main():
    root, prefix, srcdir, pages = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    staged = root + prefix

    def one(pattern):
        for dirpath, _, files in os.walk(staged):
            for f in files:
                if re.fullmatch(pattern, os.path.relpath(os.path.join(dirpath, f), staged)):
                    return os.path.join(dirpath, f)
        return None

    pc, lib = one(r'lib\S*/pkgconfig/httpstatus\.pc'), one(r'lib\S*/libhttpstatus\.so\.0')
    lua, rb = one(r'share/lua/5\.1/httpstatus\.lua'), one(r'\S+/httpstatus\.rb')
    if not pc or not lib:
        print(f'Bail out! no library and httpstatus.pc under {staged}')
        return 1
    work = tempfile.mkdtemp(prefix='examples-', dir=os.environ.get('TMPDIR'))
    try:
        nodedir = os.path.join(work, 'node_path')
        os.makedirs(nodedir)
        os.symlink(os.path.join(srcdir, 'bindings', 'node'), os.path.join(nodedir, 'libhttpstatus'))
        env = dict(os.environ)
        env.update({
            'PATH': f"{staged}/bin:{env.get('PATH', '/usr/bin:/bin')}",
            'PKG_CONFIG_PATH': os.path.dirname(pc), 'PKG_CONFIG_SYSROOT_DIR': root,
            'LD_RUN_PATH': os.path.dirname(lib),   # programs cc links find the staged library
            'LIBHTTPSTATUS_PATH': lib,
            'LUA_PATH': f'{os.path.dirname(lua)}/?.lua;;' if lua else ';;',
            'RUBYLIB': os.path.dirname(rb) if rb else '',
            'NODE_PATH': f"{nodedir}:{os.path.join(srcdir, 'bindings', 'node', 'node_modules')}",
        })
        env.pop('LD_LIBRARY_PATH', None)
        paths = {'srcdir': srcdir, 'luadir': os.path.dirname(lua) if lua else ''}
        # bindings/lua/README.md names the files of httpstatus/ as a brace list: those make install installs.
        lua_readme = os.path.join(srcdir, 'bindings', 'lua', 'README.md')
        if lua and os.path.exists(lua_readme):
            m = re.search(r'`httpstatus/\{([a-z,]+)\}\.lua`', open(lua_readme).read())
            installed = sorted(f[:-4] for f in os.listdir(os.path.join(os.path.dirname(lua), 'httpstatus')))
            tap(bool(m) and m.group(1).split(',') == installed,
                f'bindings/lua/README.md lists the {len(installed)} files make install puts in httpstatus/',
                f"listed: {m and m.group(1)}\ninstalled: {','.join(installed)}")
        for page in pages:
            pdir = os.path.join(work, re.sub(r'\W', '_', os.path.relpath(page, srcdir)))
            os.makedirs(pdir)
            bs = blocks(page)
            for k, b in enumerate(bs):
                paths['next'] = bs[k + 1] if k + 1 < len(bs) else None
                check_block(page, b, pdir, env, paths)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f'1..{count}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
