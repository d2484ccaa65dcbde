#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Five surfaces that must agree: the C library, the httpstatus command and the three bindings.

Usage: fuzz.py run SECONDS [SEED] [FOUND_FILE]   random queries for SECONDS; one TAP line per surface
       fuzz.py replay CORPUS                     every query of CORPUS; one TAP line per query and surface

The queries and the answers are lines in the format of fuzz/bindings/README.md.  C's answer is the
one each surface must give: fuzz/bindings/driver (the C library, under the rules of doc/bindings.md),
the httpstatus command (--json), and the drivers driver.lua, driver.rb and driver.cjs, which call their
binding as its users do.  A disagreement is shrunk to a smallest query that still shows it and written
to FOUND_FILE, to be kept in fuzz/bindings/corpus.tsv.

The environment is make check's: top_srcdir, top_builddir, LIBHTTPSTATUS_PATH, LUAJIT, RUBY, NODE.
"""
import csv
import json
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter

TOP = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("top_builddir", ".")
HERE = os.path.join(TOP, "fuzz", "bindings")
BATCH = 200        # queries per batch to a long-lived process
FRESH_SHARE = 0.03  # the share of batches also answered by fresh processes (and threads)
CLI_BATCH = 2000    # queries per run of the httpstatus command
SHRINK_MAX = 30     # disagreements shrunk per surface and run, one of each kind
CORPUS = os.path.join(HERE, "corpus.tsv")
THREADS = 4
TIMEOUT = 60        # seconds a fresh process may take


# ---- The surfaces ------------------------------------------------------------------------------

class Driver:
    """One surface behind a driver program: a long-lived process fed batches ending in a "." line,
    and, on demand, fresh processes that answer one batch (with --threads N where the language has
    cheap threads)."""

    def __init__(self, name, argv, env=None, threads=False):
        self.name, self.argv, self.threads = name, argv, threads
        self.env = dict(os.environ, **(env or {}))
        self.proc = None
        self.fresh_runs = self.thread_runs = 0

    def start(self):
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=self.env)

    def probe(self):
        """None when the driver answers, else why not (one line)."""
        try:
            out = subprocess.run(self.argv, input=b"raw.httpstatus_version\n", capture_output=True,
                                 env=self.env, timeout=TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as e:
            return str(e)
        if out.stdout.startswith(b"value:"):
            return None
        return (out.stderr.decode(errors="replace").strip().splitlines() or ["no answer"])[-1][:200]

    def send(self, queries):
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        try:
            self.proc.stdin.write(b"".join(q + b"\n" for q in queries) + b".\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass

    def receive(self, n):
        answers = []
        while True:
            line = self.proc.stdout.readline()
            if line in (b".\n", b""):
                break
            answers.append(line.rstrip(b"\n"))
        if line == b"" or len(answers) != n:  # it died: each query again, alone, finds which
            self.proc.kill()
            self.proc.wait()
            self.proc = None
            return None
        return answers

    def ask(self, queries):
        self.send(queries)
        return self.receive(len(queries))

    def fresh(self, queries, threads=False):
        argv = self.argv + (["--threads", str(THREADS)] if threads else [])
        if threads:
            self.thread_runs += 1
        else:
            self.fresh_runs += 1
        return subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=self.env), queries

    @staticmethod
    def collect(started):
        proc, queries = started
        try:
            out, _ = proc.communicate(b"".join(q + b"\n" for q in queries), timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        answers = out.splitlines()
        if proc.returncode != 0 or len(answers) != len(queries):
            return [b"crash:%d" % proc.returncode] * len(queries)
        return answers

    def alone(self, query):
        """The answer of QUERY asked of a fresh process of its own (a crash is an answer too)."""
        return self.collect(self.fresh([query]))[0]

    def stop(self):
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait()


class Cli:
    """The httpstatus command: per batch, one run of `httpstatus --json -` for the status queries
    and one of `httpstatus --json -m -` for the method queries; JSON answers made canonical."""

    def __init__(self, path):
        self.name, self.path = "cli", path
        self.fresh_runs = self.thread_runs = 0

    def probe(self):
        return None if os.access(self.path, os.X_OK) else "no %s" % self.path

    @staticmethod
    def canonical(result):
        if result["kind"] == "class":
            return b"class:" + result["class"].encode()
        record = result.get("status") or result.get("unofficial")
        if result["kind"] == "status" and record:
            return ("status:%d:%s:%s:%s" % (record["code"], record["name"], record["state"],
                                            record["phrase"])).encode()
        if result["kind"] == "method" and result["method"]:
            return b"method:" + result["method"]["name"].encode()
        return b"nil"

    def run(self, args, texts):
        if not texts:
            return []
        out = subprocess.run([self.path, "--json"] + args, input=b"".join(t + b"\n" for t in texts),
                             capture_output=True)
        try:
            results = json.loads(out.stdout)["results"]
        except ValueError:
            results = []
        if out.returncode > 1 or len(results) != len(texts):
            return [b"crash:%d" % out.returncode] * len(texts)
        return [self.canonical(r) for r in results]

    def ask(self, queries):
        kinds = [q.split(b"\t")[0] for q in queries]
        texts = [bytes.fromhex(q.split(b"\t")[1][2:].decode()) for q in queries]
        status = iter(self.run(["-"], [t for k, t in zip(kinds, texts) if k == b"cli"]))
        method = iter(self.run(["-m", "-"], [t for k, t in zip(kinds, texts) if k == b"cli_method"]))
        return [next(status) if k == b"cli" else next(method) for k in kinds]

    def alone(self, query):
        return self.ask([query])[0]

    def stop(self):
        pass


def runs(argv):
    try:
        return subprocess.run(argv, capture_output=True).returncode == 0
    except OSError:
        return False


def surfaces():
    """The C driver first (the reference), then every other surface, and two lists of (name, why):
    the surfaces this machine lacks (no interpreter, or not what its binding needs: Ruby's ffi gem,
    Node's koffi; their own suites skip then too), and those present whose driver does not answer."""
    lua, ruby, node = (os.environ.get(v, "") for v in ("LUAJIT", "RUBY", "NODE"))
    wanted = [
        ("c", [os.path.join(BUILD, "fuzz", "bindings", "driver")], None, False, None, ""),
        ("lua", [lua, os.path.join(HERE, "driver.lua")],
         {"LUA_PATH": os.path.join(TOP, "bindings", "lua", "?.lua") + ";;"}, False, [lua, "-e", "require('ffi')"], "luajit"),
        ("ruby", [ruby, "-I", os.path.join(TOP, "bindings", "ruby", "lib"), os.path.join(HERE, "driver.rb")], None,
         True, [ruby, "-e", "require 'ffi'"], "ruby with the ffi gem"),
        ("node", [node, os.path.join(HERE, "driver.cjs")], None, True,
         [node, "-e", "require.resolve(%r)" % os.path.join(TOP, "bindings", "node", "node_modules", "koffi")],
         "node with koffi (npm ci in bindings/node)"),
    ]
    found, absent, broken = [], [], []
    for name, argv, env, threads, needs, what in wanted:
        if needs and not runs(needs):
            absent.append((name, "no " + what))
            continue
        d = Driver(name, argv, env, threads)
        why = d.probe()
        (broken.append((name, why)) if why else found.append(d))
    cli = Cli(os.path.join(BUILD, "tools", "httpstatus"))
    (broken.append(("cli", cli.probe())) if cli.probe() else found.append(cli))
    if not found or found[0].name != "c":
        sys.exit("Bail out! the C driver does not answer: %s" % dict(broken).get("c"))
    return found, absent, broken


def audience(surface, query):
    """Whether SURFACE answers QUERY: the command answers its own queries, the bindings the rest."""
    cli_query = query.startswith(b"cli")
    return surface.name == "c" or (surface.name == "cli") == cli_query


# ---- The queries -------------------------------------------------------------------------------

def rows(name):
    with open(os.path.join(TOP, "data", name), newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def raw_functions():
    """name -> shape, for every exported function (tests/api-functions.h, generated from the model)."""
    with open(os.path.join(TOP, "tests", "api-functions.h")) as f:
        return dict(re.findall(r"HS_FN\((\w+), \w+, HS_SHAPE_(\w+)\)", f.read()))


class Generator:
    NUMERIC = ["from_code", "unofficial", "class_of", "format_status_line"]
    TEXTUAL = ["from_name", "from_name_ci", "from_phrase", "method_from_name"]
    OTHER = ["nil", "true", "false", "list", "map", "fn"]
    # Non-ASCII that case-insensitive code in some language folds to ASCII (Kelvin sign, dotted I,
    # long s), and other bytes past ASCII, whole or cut.
    HIGH = ["\u212a", "\u0130", "\u0131", "\u017f", "\u00d3", "\u00ff", "\U0001f600", "\ufeff"]

    def __init__(self, seed):
        self.r = random.Random(seed)
        statuses, aliases, unofficial = rows("statuses.csv"), rows("aliases.csv"), rows("unofficial.csv")
        self.codes = [int(s["code"]) for s in statuses]
        self.unofficial = [int(u["code"]) for u in unofficial]
        self.methods = [m["name"] for m in rows("methods.csv")]
        self.rules = len(rows("rules.csv"))
        self.texts = ([s["name"] for s in statuses] + [s["phrase"] for s in statuses] +
                      [a["text"] for a in aliases] + [u["name"] for u in unofficial] +
                      [u["phrase"] for u in unofficial] + self.methods)
        self.raw = raw_functions()

    # numbers
    def integer(self, size=False):
        r, code = self.r, self.r.choice(self.codes + self.unofficial)
        edges = [0, 1, -1, 99, 100, 599, 600, code, -code, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
                 2**32 + code, -2**32 + code, 2**64 + code, -2**64 - code, 10**30]
        edges += [2**53 - 1, -(2**53 - 1)] if size else [2**53, 2**63, 2**64 - 1]
        n = r.choice([code, code, r.randint(-1000, 1100), r.choice(edges)])
        if size:
            n = r.choice([n, r.randint(-3, 80), r.randint(0, 8)])
        return "i:%d" % n

    def number(self, size=False):
        r = self.r
        if r.random() < 0.75:
            return self.integer(size)
        n = int(self.integer(size)[2:])
        x = r.choice([n + 0.5, float(n), n - 1e-9, r.uniform(-1000, 1000), 1e300, -0.0,
                      float("nan"), float("inf"), float("-inf")])
        return "f:" + repr(x)

    # texts
    def mutate(self, b):
        r = self.r
        i = r.randint(0, len(b))
        m = r.randrange(11)
        if m == 0:
            return b.upper()
        if m == 1:
            return b.lower()
        if m == 2:
            return bytes(c ^ 0x20 if chr(c).isalpha() and r.random() < 0.3 else c for c in b)
        if m == 3:
            return b[:i] + b"\0" + b[i:]
        if m == 4:
            return b[:i] + self.r.choice(self.HIGH).encode()[: r.choice([1, 2, 4])] + b[i:]
        if m == 5:
            return b[:i] + bytes([r.randint(0x80, 0xff)]) + b[i:]
        if m == 6:
            return b[:i]
        if m == 7:
            return r.choice([b" ", b"\t", b"_", b"  "]) + b if r.random() < 0.5 else b + r.choice([b" ", b"\t", b"\0"])
        if m == 8:
            return b.replace(b"_", b" ") if b"_" in b else b.replace(b" ", b"_")
        if m == 9:
            return (b or b"A") * r.randint(2, max(2, 4097 // max(1, len(b))))
        return b[:i] + bytes([r.randint(0, 255)]) + b[i + 1:]

    def text_bytes(self):
        r = self.r
        base = r.choice([r.choice(self.texts), r.choice(self.texts), str(r.choice(self.codes)),
                         "%dxx" % r.randint(0, 6), "", "".join(chr(r.randint(32, 126)) for _ in range(r.randint(1, 12)))])
        b = base.encode()
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            b = self.mutate(b)
        return b[:8000]

    def text(self):
        return "s:" + self.text_bytes().hex()

    # the other argument shapes
    def record(self, tag):
        r = self.r
        return tag + r.choice(["s:%d" % r.choice(self.codes), "u:%d" % r.choice(self.unofficial),
                               "m:%d" % r.randrange(len(self.methods)), "x:%d" % r.randrange(self.rules)])

    def wrong(self):
        r = self.r
        # (numbers a double holds exactly, so that Lua and Node get the same number as C)
        return r.choice([r.choice(self.OTHER), self.record("r:"), self.text(), self.number(size=True),
                         "b:%d" % r.randint(0, 8)])

    def maybe(self, right):
        return right if self.r.random() < 0.85 else self.wrong()

    def length(self, room):
        r = self.r
        return self.maybe(r.choice(["i:%d" % room, "i:%d" % room, "i:%d" % r.randint(0, room),
                                    "i:%d" % (room + r.randint(1, 3)), self.number(size=True), "nt"]))

    def raw_args(self, shape):
        r = self.r
        if shape == "VOID":
            return []
        if shape == "INT":
            return [self.maybe(self.number())]
        if shape == "SIZE":
            return [self.maybe(r.choice([self.number(size=True)] * 9 + ["nt"]))]
        if shape == "TEXT":
            b = self.text_bytes()
            return [self.maybe("s:" + b.hex()), self.length(len(b))]
        if shape in ("STATUS", "METHOD", "RULE"):
            return [self.maybe(r.choice([self.record("h:"), "nil"]))]
        if shape == "STATUS_SIZE":
            return self.raw_args("STATUS") + self.raw_args("SIZE")
        if shape == "HEAD":  # code, method, version, field names, has_content
            method = r.choice([r.choice(self.methods), "HEAD", "CONNECT", ""]).encode()
            fields = r.choice([b"Allow", b"Content-Length, Connection", b"", self.text_bytes()])
            return [self.maybe(self.number()), self.maybe("s:" + method.hex()), self.length(len(method)),
                    self.maybe(r.choice(["i:10", "i:11", "i:20", "i:30", self.number()])),
                    self.maybe("s:" + fields.hex()), self.length(len(fields)),
                    self.maybe(r.choice(["i:0", "i:1", self.number()]))]
        if shape == "HEAD_SIZE":
            return self.raw_args("HEAD") + self.raw_args("SIZE")
        room = r.randint(0, 64)
        return [self.maybe(self.number()), self.maybe(r.choice(["b:%d" % room] * 4 + ["nil"])), self.length(room)]

    def query(self):
        r = self.r
        k = r.random()
        if k < 0.1:
            b = self.text_bytes().replace(b"\n", b" ").replace(b"\r", b" ") or b"x"
            if r.random() < 0.3:
                b = r.choice(self.methods).encode() if r.random() < 0.5 else b
                return b"cli_method\ts:" + b.hex().encode()
            return b"cli\ts:" + b.hex().encode()
        if k < 0.55:
            name = r.choice(sorted(self.raw))
            fields = ["raw." + name] + self.raw_args(self.raw[name])
        else:
            op = r.choice(self.NUMERIC + self.TEXTUAL + ["lookup", "lookup", "check"])
            right = self.number() if op in self.NUMERIC else self.text()
            if op == "lookup":
                right = r.choice([self.number(), self.text(), self.text(), self.record("r:")])
            elif op == "check":
                right = r.choice([self.number(), self.record("r:"), self.record("r:")])
            fields = [op, self.maybe(right)]
        return "\t".join(fields).encode()


# ---- Comparing, shrinking --------------------------------------------------------------------

def simpler(field):
    """Simpler versions of one field of a query, the smallest first."""
    tag, _, rest = field.partition(b":")
    if tag == b"s":
        data = bytes.fromhex(rest.decode())
        n = len(data)
        chunk = max(n // 2, 1) if n else 0
        while chunk >= 1:
            for start in range(0, n, chunk):
                yield b"s:" + (data[:start] + data[start + chunk:]).hex().encode()
            chunk //= 2
        for i, c in enumerate(data):
            if c not in b"A_ ":
                yield b"s:" + (data[:i] + b"A" + data[i + 1:]).hex().encode()
    elif tag in (b"h", b"r"):
        first = {b"s": b"s:100", b"u": b"u:499", b"m": b"m:0", b"x": b"x:0"}[rest[:1]]
        if rest != first:
            yield tag + b":" + first
    elif tag in (b"i", b"f", b"b"):
        for n in (b"0", b"1", b"404", rest[:-1] or b"0"):
            if n != rest:
                yield tag + b":" + n


def shrink(query, differs, budget=400):
    """Delta debugging: QUERY made smaller, field by field, while differs(query) still holds (at
    most BUDGET tries)."""
    fields = query.split(b"\t")
    progress = True
    while progress and budget > 0:
        progress = False
        for i in range(1, len(fields)):
            for candidate in simpler(fields[i]):
                trial = b"\t".join(fields[:i] + [candidate] + fields[i + 1:])
                budget -= 1
                if budget < 0:
                    break
                if differs(trial):
                    fields[i], progress = candidate, True
                    break
    return b"\t".join(fields)


def disagreement(reference, surface, query, alone):
    """The answers of C and of SURFACE to QUERY if they differ, else None; ALONE asks a fresh process
    of the surface, else its long-lived one."""
    want = reference.ask([query])[0]
    got = surface.alone(query) if alone else (surface.ask([query]) or [b"crash"])[0]
    return None if got in (want, b"skip") else (want, got)


class Tap:
    def __init__(self):
        self.n = self.failed = 0

    def line(self, ok, text, directive=""):
        self.n += 1
        self.failed += 0 if ok or directive.startswith("TODO") else 1
        print("%s %d - %s%s" % ("ok" if ok else "not ok", self.n, text, " # " + directive if directive else ""))

    def done(self):
        print("1..%d" % self.n)
        return 1 if self.failed else 0


def show(query):
    return query.decode(errors="replace").replace("\t", " ")


def run(seconds, seed, found_file, known):
    (ref, *others), absent, broken = surfaces()
    for name, why in absent:
        print("# %s: skipped (%s)" % (name, why))
    drivers = [s for s in others if isinstance(s, Driver)]
    gen = Generator(seed)
    asked, skips = Counter(), Counter()
    found, want, cli_queue = {}, {}, []

    def compare(s, queries, answers):
        for q, a in zip(queries, answers):
            asked[s.name] += 1
            if a == b"skip":
                skips[s.name] += 1
            elif a != want[q]:
                found.setdefault((s.name, q), (want[q], a))

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch = [gen.query() for _ in range(BATCH)]
        for s in [ref] + drivers:
            s.send([q for q in batch if audience(s, q)])
        started = []
        if gen.r.random() < FRESH_SHARE:
            small = batch[: gen.r.randint(1, 30)]
            for s in drivers:
                mine = [q for q in small if audience(s, q)]
                started += [(s, mine, s.fresh(mine))] + ([(s, mine, s.fresh(mine, True))] if s.threads else [])
        want.update(zip(batch, ref.receive(len(batch)) or [b"crash"] * len(batch)))
        asked["c"] += len(batch)
        for s in drivers:
            mine = [q for q in batch if audience(s, q)]
            compare(s, mine, s.receive(len(mine)) or [s.alone(q) for q in mine])
        for s, mine, proc in started:
            compare(s, mine, Driver.collect(proc))
        cli_queue += [q for q in batch if q.startswith(b"cli")]
        if len(cli_queue) >= CLI_BATCH or time.monotonic() >= deadline:
            for s in others:
                if isinstance(s, Cli):
                    compare(s, cli_queue, s.ask(cli_queue))
            want = {}
            cli_queue = []
    for s in [ref] + others:
        s.stop()
    new = keep(ref, {s.name: s for s in others}, found, known, seed, found_file)
    tap = Tap()
    for name, why in broken:
        tap.line(False, "%s: its driver answers (%s)" % (name, why))
    for s in [ref] + others:
        extra = "" if s is ref else ", %d fresh processes, %d with threads, %d not representable" % (
            s.fresh_runs, s.thread_runs, skips[s.name])
        bad = len([k for k in new if k[0] == s.name])
        tap.line(bad == 0, "%s: %d queries, %d new disagreements with C%s" % (s.name, asked[s.name], bad, extra))
    if new and found_file:
        print("# shrunk disagreements written to %s; keep them in fuzz/bindings/corpus.tsv" % found_file)
    return tap.done()


def signature(query):
    """The operation and the kinds of the arguments of QUERY (a handle's or record's kind too)."""
    op, *fields = query.split(b"\t")
    return (op,) + tuple(f[:3] if f[:2] in (b"h:", b"r:") else f.split(b":")[0] for f in fields)


def keep(ref, by_name, found, known, seed, found_file):
    """Shrinks the disagreements (at most SHRINK_MAX a surface) and writes each distinct smallest
    query that the corpus does not already hold to FOUND_FILE; returns those."""
    kept, tried, kinds = {}, Counter(), set()
    for (name, query), (want, got) in sorted(found.items()):
        s = by_name[name]
        kind = (name, signature(query), want.split(b":")[0], got.split(b":")[0])
        if kind in kinds or tried[name] >= SHRINK_MAX:
            continue
        kinds.add(kind)
        tried[name] += 1
        for alone in (False, True):
            if disagreement(ref, s, query, alone):
                query = shrink(query, lambda q: disagreement(ref, s, q, alone) is not None)
                want, got = disagreement(ref, s, query, alone) or (want, got)
                break
        kept.setdefault((name, query), (want, got))
    for name in sorted(tried):
        print("# %s: %d disagreements, %d of them (one of each kind) shrunk" % (
            name, len([k for k in found if k[0] == name]), tried[name]))
    for (name, query), (want, got) in kept.items():
        print("# %s %s: %s answers %s, C answers %s" % ("known (corpus todo)" if (name, query) in known else "NEW", show(query),
                                                        name, got.decode(errors="replace"), want.decode(errors="replace")))
    new = {k: v for k, v in kept.items() if k not in known}
    if new and found_file:
        with open(found_file, "ab") as f:
            for (name, query), (want, got) in new.items():
                f.write(b"# found with seed %d: %s answers %s, C answers %s\n%s\n" % (
                    seed, name.encode(), got, want, query))
    return new


def corpus(path):
    """(query, {surface: why}) for every query of the corpus file: a line "# todo SURFACE,...: WHY"
    marks the queries after it, up to the next blank or comment line, as known disagreements of
    those surfaces."""
    todo = {}
    with open(path, "rb") as f:
        for line in f.read().splitlines():
            m = re.match(rb"# todo ([\w,]+): (.*)", line)
            if m:
                todo = dict.fromkeys(m.group(1).decode().split(","), m.group(2).decode())
            elif not line or line.startswith(b"#"):
                todo = {}
            else:
                yield line, todo


def replay(path):
    (ref, *others), absent, broken = surfaces()
    tap = Tap()
    for name, why in absent:
        tap.line(True, name, "SKIP " + why)
    for name, why in broken:
        tap.line(False, "%s: its driver answers (%s)" % (name, why))
    items = list(corpus(path))
    queries = [q for q, _ in items]
    want = ref.ask(queries)
    tap.line(want is not None and b"bad_query" not in want, "c: answers every query of %s" % os.path.basename(path))
    for s in others:
        mine = [(q, t, w) for (q, t), w in zip(items, want or []) if audience(s, q)]
        qs = [q for q, _, _ in mine]
        modes = [("", s.ask(qs) or [s.alone(q) for q in qs])]
        if isinstance(s, Driver) and s.threads:
            modes.append((" (threads)", Driver.collect(s.fresh(qs, threads=True))))
        for mode, answers in modes:
            for (q, todo, w), a in zip(mine, answers):
                ok = a in (w, b"skip")
                why = todo.get(s.name)
                tap.line(ok, "%s%s: %s is %s" % (s.name, mode, show(q)[:80], w.decode(errors="replace")),
                         ("TODO " + why) if why else "")
                if not ok:
                    print("# %s answered %s" % (s.name, a.decode(errors="replace")))
        s.stop()
    ref.stop()
    return tap.done()


def main(argv):
    if len(argv) >= 2 and argv[0] == "run":
        known = {(name, q) for q, todo in corpus(CORPUS) for name in todo}
        return run(float(argv[1]), int(argv[2]) if len(argv) > 2 else int(time.time()),
                   argv[3] if len(argv) > 3 else None, known)
    if len(argv) == 2 and argv[0] == "replay":
        return replay(argv[1])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
