#!/bin/sh
# The model and every emitter, on a made-up source tree (gen/test_generators.py).
. "$top_srcdir/tests/tap.sh"
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
exec "$PYTHON3" -B "$top_srcdir/gen/test_generators.py" "$top_srcdir"
