#!/usr/bin/env python3
"""Each binding's start-up cost, in one run: the time a fresh interpreter takes to load the binding
and answer one lookup, against the bare interpreter, its FFI package alone and the language's own
table of statuses.

Usage: startup.py TOP_SRCDIR [RUNS]   (LIBHTTPSTATUS_PATH, LUAJIT, RUBY, NODE from the environment)

Every command of one language runs RUNS times, interleaved (A B C D A B C D ...), so that a drift of
the machine's speed touches them alike; each figure is the median of the CPU time (user + system)
the kernel accounts to the finished child, which a busy shared machine disturbs far less than the
wall clock.  "added" is a command's median minus the bare interpreter's.  The targets are printed
with each language; nothing here passes or fails on a figure.
"""
import os
import statistics
import subprocess
import sys

TOP = os.path.abspath(sys.argv[1])
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 41


def cpu_ms(argv, env):
    """One run's CPU time in ms, or None when the command failed."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        print(f"# {argv[0]} failed ({proc.returncode}): {err.strip()[:300]}")
        return None
    return (usage.ru_utime + usage.ru_stime) * 1000


def measure(rows, env):
    """{label: median ms} for rows [(label, argv)], run interleaved; rows that fail are left out."""
    times = {label: [] for label, _ in rows}
    alive = dict(rows)
    for _ in range(RUNS):
        for label, argv in list(alive.items()):
            t = cpu_ms(argv, env)
            if t is None:
                del alive[label]
            else:
                times[label].append(t)
    return {label: statistics.median(times[label]) for label in alive}


def report(language, rows, env, target):
    """TARGET: (the binding's row, the row it is compared with or None, factor, ms, the target in words):
    met when the binding adds at most factor x what the other row adds, plus ms."""
    print(f"\n{language}: CPU ms to exit, median of {RUNS} interleaved runs")
    found = measure(rows, env)
    bare = found.get("bare interpreter")
    print(f"  {'command':<46} {'median':>8} {'added':>8}")
    for label, _ in rows:
        if label not in found:
            print(f"  {label:<46} {'-':>8} {'-':>8}  (could not run here)")
            continue
        added = found[label] - bare if bare is not None else float("nan")
        print(f"  {label:<46} {found[label]:8.1f} {added:8.1f}")
    binding, other, factor, ms, words = target
    if bare is not None and binding in found and (other is None or other in found):
        limit = factor * (found[other] - bare if other else 0) + ms
        print(f"  target: {words}: {'met' if found[binding] - bare <= limit else 'MISSED'}")


def main():
    env = dict(os.environ)
    lib = env["LIBHTTPSTATUS_PATH"]
    print(f"library: {lib}")

    luajit = env.get("LUAJIT")
    if luajit:
        lpath = f"package.path = '{TOP}/bindings/lua/?.lua;' .. package.path "
        report("LuaJIT", [
            ("bare interpreter", [luajit, "-e", ""]),
            ("a Lua table of the codes", [luajit, "-e", "local t = { [200] = 'OK', [404] = 'Not Found' } assert(t[404])"]),
            ("the binding: require + from_code(404)",
             [luajit, "-e", lpath + "local hs = require('httpstatus') assert(hs.from_code(404))"]),
        ], env, ("the binding: require + from_code(404)", None, 0, 1.0, "the binding adds <= 1 ms"))

    ruby = env.get("RUBY")
    if ruby:
        rlib = f"{TOP}/bindings/ruby/lib"
        report("Ruby", [
            ("bare interpreter", [ruby, "-e", ""]),
            ("the ffi gem alone", [ruby, "-e", "require 'ffi'"]),
            ("Rack's table (Rack::Utils::HTTP_STATUS_CODES)", [ruby, "-e", "require 'rack/utils'; Rack::Utils::HTTP_STATUS_CODES[404]"]),
            ("the binding: require + HTTPStatus[404]", [ruby, "-I", rlib, "-e", "require 'httpstatus'; HTTPStatus[404]"]),
        ], env, ("the binding: require + HTTPStatus[404]", "the ffi gem alone", 1, 3.0,
                 "the binding adds <= the ffi gem + 3 ms"))

    node = env.get("NODE")
    if node:
        nenv = dict(env, NODE_PATH=os.pathsep.join([f"{TOP}/bindings/node/node_modules", f"{TOP}/bench/node/node_modules"]))
        report("Node", [
            ("bare interpreter", [node, "-e", ""]),
            ("koffi alone", [node, "-e", "require('koffi')"]),
            ("npm statuses: require + statuses(404)", [node, "-e", "require('statuses')(404)"]),
            ("the binding: require + lookup(404)", [node, "-e", f"require('{TOP}/bindings/node').lookup(404)"]),
        ], nenv, ("the binding: require + lookup(404)", "npm statuses: require + statuses(404)", 1.5, 0,
                  "the binding adds <= 1.5x what statuses adds"))
    print("\nstart-up: done")


if __name__ == "__main__":
    main()
