#!/bin/sh
# The exported symbols (nm -D), the version script and the header's declarations must name the same
# functions, and every export must carry the version node.
. "$top_srcdir/tests/tap.sh"

so=$LIBHTTPSTATUS_PATH
[ -f "$so" ] || tap_skip_all "no shared library at $so"
command -v "${NM%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

${NM:-nm} -D --defined-only "$so" | awk '$2 == "T" { print $3 }' | sort > "$tmp/nm-versioned"
sed 's/@.*//' "$tmp/nm-versioned" | sort -u > "$tmp/nm"
sed -n 's/^[[:space:]]*\(httpstatus_[a-z0-9_]*\);$/\1/p' "$top_srcdir/lib/libhttpstatus.sym" | sort > "$tmp/sym"
sed -n 's/^HTTPSTATUS_API [^(]*[ *]\(httpstatus_[a-z0-9_]*\)(.*);$/\1/p' "$top_srcdir/include/httpstatus.h" | sort > "$tmp/header"

tap_check "the library exports functions" test -s "$tmp/nm"
tap_check "nm -D and the version script agree" diff -u "$tmp/sym" "$tmp/nm"
tap_check "the header and the version script agree" diff -u "$tmp/sym" "$tmp/header"
# Only httpstatus_ functions are exported, each under a HTTPSTATUS_ node.
others=$(${NM:-nm} -D --defined-only "$so" | awk '$2 != "A" { print $3 }' | grep -v '^httpstatus_' || true)
tap_check "nothing but httpstatus_ functions is exported" test -z "$others"
unversioned=$(grep -v '@@HTTPSTATUS_[0-9.]*$' "$tmp/nm-versioned" || true)
tap_check "every export carries a HTTPSTATUS_ version node" test -z "$unversioned"
tap_check "every declaration in the header is documented" sh -c '
	awk "/^HTTPSTATUS_API/ { if (prev !~ /\\*\\/\$/ ) bad++ } { prev = \$0 } END { exit bad > 0 }" "$1"' _ "$top_srcdir/include/httpstatus.h"
tap_done
