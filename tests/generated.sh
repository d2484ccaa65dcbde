#!/bin/sh
# The committed generated files are what the generators make now: gen/gen-tables.py from data/, and
# gen/generate.py from the model of the API (the bindings' tables, abi/symbols.txt, tests/api-functions.h).
. "$top_srcdir/tests/tap.sh"

[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

tap_check "the table generator runs" "$PYTHON3" -B "$top_srcdir/gen/gen-tables.py" "$top_srcdir" "$tmp"
for f in lib/tables.h lib/tables.c include/httpstatus.h; do
	tap_check "$f is up to date (run make regen)" diff -u "$top_srcdir/$f" "$tmp/$f"
done
tap_check "every file made from the model is up to date (run make regen)" \
	"$PYTHON3" -B "$top_srcdir/gen/generate.py" "$top_srcdir" --check
tap_done
