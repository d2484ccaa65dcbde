#!/bin/sh
# The registry tables hold offsets, not pointers: loading the library relocates nothing in them.
. "$top_srcdir/tests/tap.sh"

so=$LIBHTTPSTATUS_PATH
tap_need_library
command -v "${READELF:-readelf}" >/dev/null 2>&1 || tap_skip_all "no readelf"
command -v "${NM%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The tables: the library's own data symbols (httpstatus__*), as "start end type name" in decimal.
${NM:-nm} -S "$so" | while read -r addr size type name; do
	case "$name:$type" in
	httpstatus__*:[rRdDbB]) echo "$((0x$addr)) $((0x$addr + 0x$size)) $type $name" ;;
	esac
done > "$tmp/tables"
"${READELF:-readelf}" -rW "$so" | while read -r offset rest; do
	case "$offset" in
	*[!0-9a-f]* | "") ;;
	*) echo "$((0x$offset))" ;;
	esac
done > "$tmp/relocs"

want=$(grep -c '^extern const' "$top_srcdir/lib/tables.h")
tap_check "the library has the $want tables lib/tables.h declares (found $(wc -l < "$tmp/tables"))" \
	test "$(wc -l < "$tmp/tables")" -eq "$want"
# A table holding pointers would have to live in writable data (.data.rel.ro, nm type d) to be relocated.
tap_check "every table is in read-only data" sh -c '! awk "\$3 !~ /^[rR]\$/ { print; bad = 1 } END { exit !bad }" "$1"' _ "$tmp/tables"
tap_check "$(wc -l < "$tmp/relocs") relocations, none inside a table" awk '
	NR == FNR { start[NR] = $1 + 0; end[NR] = $2 + 0; name[NR] = $4; n = NR; next }
	{ for (i = 1; i <= n; i++) if ($1 + 0 >= start[i] && $1 + 0 < end[i]) { print "relocation at " $1 " in " name[i]; bad = 1 } }
	END { exit bad }' "$tmp/tables" "$tmp/relocs"
textrel=$("${READELF:-readelf}" -dW "$so" | grep -c TEXTREL || true)
tap_check "no text relocations" test "$textrel" -eq 0
tap_done
