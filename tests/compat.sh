#!/bin/sh
# A program built against an earlier release runs unchanged on this release, for each earlier
# release with a program here (tests/compat-X.Y.c, which calls the functions of the nodes up to
# HTTPSTATUS_X.Y only).  The library of release X.Y is rebuilt from this tree by tests/library-node.sh;
# the program is linked against it, so it records exactly what an X.Y build records (DT_NEEDED on the
# SONAME, symbols @HTTPSTATUS_X.Y and earlier), and is then run, unchanged, on the library of this
# build.
. "$top_srcdir/tests/tap.sh"

tap_need_library
command -v "${CC%% *}" >/dev/null 2>&1 || tap_skip_all "no C compiler"
command -v "${NM%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
soname=$(basename "$LIBHTTPSTATUS_PATH")

# needs PROGRAM NODES: PROGRAM imports library functions, each at one of NODES (a grep -E pattern).
needs() {
	${NM:-nm} -D --undefined-only "$1" | awk '$NF ~ /^httpstatus_/ { print $NF }' >"$1.imports"
	sed 's/^/# /' "$1.imports"
	test -s "$1.imports" && ! grep -Ev "@HTTPSTATUS_($2)\$" "$1.imports"
}

nodes=
for program in "$top_srcdir"/tests/compat-*.c; do
	release=$(basename "$program" .c)
	release=${release#compat-}
	nodes="$nodes${nodes:+|}$(echo "$release" | sed 's/\./\\./g')"
	dir=$tmp/v$release
	tap_check "the $release library builds (SONAME $soname, nodes up to HTTPSTATUS_$release)" \
		sh "$top_srcdir/tests/library-node.sh" "$top_srcdir" "$soname" "$dir" "$release"
	tap_check "the $release program builds against $release" ${CC:-cc} -I"$top_srcdir/include" "$program" \
		-L"$dir" -lhttpstatus -o "$dir/program"
	tap_check "it binds every library function at a node up to HTTPSTATUS_$release" needs "$dir/program" "$nodes"
	tap_check "it runs on $release" sh -c 'LD_LIBRARY_PATH="$1" "$1/program" >"$1/out-old"' _ "$dir"
	tap_check "it runs unchanged on this release ($(basename "$(readlink -f "$LIBHTTPSTATUS_PATH")"))" \
		sh -c 'LD_LIBRARY_PATH="$(dirname "$2")" "$1/program" >"$1/out-now"' _ "$dir" "$LIBHTTPSTATUS_PATH"
	tap_check "and answers as on $release" diff -u "$dir/out-old" "$dir/out-now"
done
tap_done
