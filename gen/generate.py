#!/usr/bin/env python3
"""Write every file that derives from the model of the API (gen/model.py), or check them.

Usage: generate.py SRCDIR [--check] [EMITTER ...]

Each gen/emit_<name>.py has emit(model) -> {path relative to SRCDIR: text}.  Without --check the
files are written; with --check nothing is written and the exit status is 1 when any committed file
differs from what would be written (tests/generated.sh runs this, so they never drift).
"""
import difflib
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import emitlib  # noqa: E402
import model as api  # noqa: E402


def emitters(only):
    names = sorted(f[len("emit_"):-3] for f in os.listdir(HERE) if f.startswith("emit_") and f.endswith(".py"))
    for name in only:
        if name not in names:
            sys.exit(f"generate: no emitter {name!r} (have: {', '.join(names)})")
    return [(n, importlib.import_module("emit_" + n)) for n in names if not only or n in only]


def main(argv):
    args = [a for a in argv if a != "--check"]
    check = len(args) != len(argv)
    if not args:
        sys.exit(__doc__)
    srcdir, only = args[0], args[1:]
    try:
        model = api.load(srcdir)
        outputs = [(name, rel, text) for name, module in emitters(only)
                   for rel, text in sorted(module.emit(model).items())]
    except (api.GenerationError, emitlib.EmitError) as e:
        sys.exit(f"generate: {e}")
    stale = 0
    for name, rel, text in outputs:
        path = os.path.join(srcdir, rel)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        if check:
            stale += 1
            print(f"{rel} is out of date (emit_{name}); run `make regen`")
            sys.stdout.writelines(difflib.unified_diff((old or "").splitlines(True), text.splitlines(True),
                                                       rel, rel + " (generated)"))
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {rel}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
