#!/bin/sh
# The Lua emitter maps new accessors by itself and refuses loudly what it cannot map.
. "$top_srcdir/tests/tap.sh"
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
exec "$PYTHON3" -B "$top_srcdir/bindings/lua/test_emit_lua.py" "$top_srcdir"
