#!/bin/sh
# Every fenced code block of README.md, doc/*.md and bindings/*/README.md runs, against the library
# as `make install DESTDIR=` stages it: doc/tests/examples.py says how each language runs, how a page
# marks a block as not run or run elsewhere, and what else of the pages it checks.
. "$top_srcdir/tests/tap.sh"
tap_need_library
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
"${MAKE:-make}" -C "$top_builddir" install DESTDIR="$dir/root" >"$dir/install.log" 2>&1 ||
	{ sed 's/^/# /' "$dir/install.log"; echo "Bail out! make install DESTDIR=$dir/root failed"; exit 1; }
prefix=$(sed -n 's/^prefix=//p' "$top_builddir/httpstatus.pc")
TMPDIR=$dir ${PYTHON3:-python3} "$top_srcdir/doc/tests/examples.py" "$dir/root" "$prefix" "$top_srcdir" \
	"$top_srcdir/README.md" "$top_srcdir"/doc/*.md "$top_srcdir"/bindings/*/README.md
