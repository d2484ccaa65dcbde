#!/bin/sh
# The registry tables hold offsets, not pointers: loading the library relocates nothing in them.
. "$top_srcdir/tests/tap.sh"

so=$LIBHTTPSTATUS_PATH
[ -f "$so" ] || tap_skip_all "no shared library at $so"
command -v "${READELF:-readelf}" >/dev/null 2>&1 || tap_skip_all "no readelf"

relative=$("${READELF:-readelf}" -rW "$so" | grep -c 'R_[A-Z0-9_]*_RELATIVE' || true)
# The toolchain adds four relative relocations of its own (init and fini arrays, __dso_handle, one GOT
# slot); the tables add none (with pointers, 64 statuses and 40 methods would add hundreds).
tap_check "at most 4 relative relocations (found $relative)" test "$relative" -le 4
tables=$("${READELF:-readelf}" -rW "$so" | grep -c 'hs_' || true)
tap_check "no relocation names a table symbol" test "$tables" -eq 0
textrel=$("${READELF:-readelf}" -dW "$so" | grep -c TEXTREL || true)
tap_check "no text relocations" test "$textrel" -eq 0
tap_done
