#!/bin/sh
# The committed FFI layers of the bindings are what the generator makes from the built library now.
. "$top_srcdir/tests/tap.sh"

[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
[ -f "$LIBHTTPSTATUS_PATH" ] || tap_skip_all "no shared library at $LIBHTTPSTATUS_PATH"
for lang in lua ruby node; do
	[ -f "$top_srcdir/bindings/gen/emit_$lang.py" ] || continue
	tap_check "the $lang FFI layer is up to date (make regen-bindings)" \
		"$PYTHON3" "$top_srcdir/bindings/gen/gen-bindings.py" "$top_srcdir" "$LIBHTTPSTATUS_PATH" --check "$lang"
done
tap_done
