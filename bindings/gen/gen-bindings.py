#!/usr/bin/env python3
"""Generate every binding's low-level FFI layer from what libhttpstatus exports.

Usage: gen-bindings.py SRCDIR LIBRARY.so [--check] [LANG ...]

Each bindings/gen/emit_<lang>.py has a function emit(model) returning {path relative to SRCDIR: text};
the model is bindings/gen/ffimodel.load().  Without --check the files are written; with --check nothing
is written and the exit status is 1 when any file differs from what would be generated (the test suite
uses this so that the committed files never drift from the library).
"""
import difflib
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ffimodel  # noqa: E402


def emitters(only):
    here = os.path.dirname(os.path.abspath(__file__))
    names = sorted(f[len("emit_"):-3] for f in os.listdir(here) if f.startswith("emit_") and f.endswith(".py"))
    for lang in only:
        if lang not in names:
            sys.exit(f"gen-bindings: no emitter for {lang!r} (have: {', '.join(names)})")
    return [(n, importlib.import_module("emit_" + n)) for n in names if not only or n in only]


def main(argv):
    args = [a for a in argv if a != "--check"]
    check = len(args) != len(argv)
    if len(args) < 2:
        sys.exit(__doc__)
    srcdir, so_path, only = args[0], args[1], args[2:]
    try:
        model = ffimodel.load(srcdir, so_path, os.environ.get("NM", "nm").split()[0])
    except ffimodel.GenerationError as e:
        sys.exit(f"gen-bindings: {e}")
    stale = 0
    for lang, module in emitters(only):
        for rel, text in sorted(module.emit(model).items()):
            path = os.path.join(srcdir, rel)
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if check:
                if old != text:
                    stale += 1
                    print(f"{rel} is out of date ({lang}); run `make regen-bindings`")
                    sys.stdout.writelines(difflib.unified_diff((old or "").splitlines(True), text.splitlines(True),
                                                               rel, rel + " (generated)"))
            elif old != text:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                print(f"wrote {rel}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
