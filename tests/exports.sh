#!/bin/sh
# The one comparison of the model of the API (gen/model.py: the header and the version script) with
# what the built library really exports: `nm -D --defined-only`, name@@NODE and the nodes, must be
# exactly the model's list.  A missing library fails: it is what the suite is about.
. "$top_srcdir/tests/tap.sh"

so=$LIBHTTPSTATUS_PATH
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
command -v "${NM%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

tap_need_library
tap_check "the model reads the header and the version script" sh -c '"$1" "$2/gen/model.py" "$2" --symbols >"$3"' \
	_ "$PYTHON3" "$top_srcdir" "$tmp/model"
${NM:-nm} -D --defined-only "$so" 2>/dev/null | awk '{ print $NF }' | LC_ALL=C sort >"$tmp/nm"

# same: the two lists agree; otherwise each difference is named with what to do about it.
same() {
	LC_ALL=C comm -23 "$tmp/model" "$tmp/nm" | sed 's/^/# declared and in the version script, but not exported (no definition, or hidden): /'
	LC_ALL=C comm -13 "$tmp/model" "$tmp/nm" | sed 's/^/# exported, but not in the model (header and version script): /'
	cmp -s "$tmp/model" "$tmp/nm"
}
tap_check "nm -D equals the model, version nodes included ($(wc -l <"$tmp/model") symbols)" same
tap_done
