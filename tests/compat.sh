#!/bin/sh
# A program built against libhttpstatus 1.0 runs unchanged on this release.  The 1.0 library is
# rebuilt from this tree by tests/library-1.0.sh; tests/compat-1.0.c is linked against it, so it
# records exactly what a 1.0 build records (DT_NEEDED on the SONAME, symbols @HTTPSTATUS_1.0), and is
# then run, unchanged, on the library of this build.
. "$top_srcdir/tests/tap.sh"

tap_need_library
command -v "${CC%% *}" >/dev/null 2>&1 || tap_skip_all "no C compiler"
command -v "${NM%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
soname=$(basename "$LIBHTTPSTATUS_PATH")

tap_check "the 1.0 library builds (SONAME $soname, node HTTPSTATUS_1.0 only)" \
	sh "$top_srcdir/tests/library-1.0.sh" "$top_srcdir" "$soname" "$tmp/v1.0"
tap_check "the program builds against 1.0" ${CC:-cc} -I"$top_srcdir/include" "$top_srcdir/tests/compat-1.0.c" \
	-L"$tmp/v1.0" -lhttpstatus -o "$tmp/program"
needs() {
	${NM:-nm} -D --undefined-only "$tmp/program" | awk '$NF ~ /^httpstatus_/ { print $NF }' >"$tmp/imports"
	sed 's/^/# /' "$tmp/imports"
	test -s "$tmp/imports" && ! grep -v '@HTTPSTATUS_1\.0$' "$tmp/imports"
}
tap_check "it binds every library function at node HTTPSTATUS_1.0" needs
tap_check "it runs on 1.0" sh -c 'LD_LIBRARY_PATH="$1/v1.0" "$1/program" >"$1/out-1.0"' _ "$tmp"
tap_check "it runs unchanged on this release ($(basename "$(readlink -f "$LIBHTTPSTATUS_PATH")"))" \
	sh -c 'LD_LIBRARY_PATH="$(dirname "$2")" "$1/program" >"$1/out-now"' _ "$tmp" "$LIBHTTPSTATUS_PATH"
tap_check "and answers as on 1.0" diff -u "$tmp/out-1.0" "$tmp/out-now"
tap_done
