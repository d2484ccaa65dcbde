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
# An alias that could mean two codes stops the generator, naming both meanings.
ambiguous() {
	mkdir -p "$tmp/amb/include" "$tmp/amb/out" && cp -R "$top_srcdir/data" "$tmp/amb/" &&
		cp "$top_srcdir/include/httpstatus.h" "$tmp/amb/include/" && chmod -R u+w "$tmp/amb" &&
		echo 'phrase,not found,410,made up' >>"$tmp/amb/data/aliases.csv" || return 1
	if "$PYTHON3" -B "$top_srcdir/gen/gen-tables.py" "$tmp/amb" "$tmp/amb/out" 2>"$tmp/amb/err"; then
		echo "# the generator accepted it"
		return 1
	fi
	sed 's/^/# /' "$tmp/amb/err"
	grep -q "'not found' could mean two codes: an older phrase of 410, the phrase of 404" "$tmp/amb/err"
}
tap_check "the table generator refuses an alias that could mean two codes" ambiguous
tap_check "every file made from the model is up to date (run make regen)" \
	"$PYTHON3" -B "$top_srcdir/gen/generate.py" "$top_srcdir" --check
tap_done
