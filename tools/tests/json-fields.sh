#!/bin/sh
# The CLI's JSON follows the model: tools/json.c writes every accessor of a status and a method record
# (gen/model.py), or says in a comment why it does not.  An accessor of a node not yet released
# (newer than the header's version, or of a version whose NEWS section is still "(unreleased)") that
# json.c misses is named as a TODO; once released, as a failure (make release-check runs this too).
. "$top_srcdir/tests/tap.sh"
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

"$PYTHON3" -B "$top_srcdir/gen/model.py" "$top_srcdir" --json >"$tmp/model.json" || { echo "Bail out! gen/model.py failed"; exit 1; }
"$PYTHON3" -c 'import json, sys
for fn in json.load(open(sys.argv[1]))["functions"]:
    if fn["role"] in ("status_field", "method_field"):
        print(fn["name"], fn["node"])' "$tmp/model.json" >"$tmp/accessors"
version=$("$PYTHON3" -B "$top_srcdir/gen/model.py" "$top_srcdir" --version)

# released NODE: the header's version ships NODE, and its NEWS section is finished.
released() {
	xy=${1#HTTPSTATUS_}
	[ "$(printf '%s\n%s\n' "$xy" "${version%.*}" | sort -V | tail -n 1)" = "${version%.*}" ] || return 1
	[ "$xy" != "${version%.*}" ] || ! grep -qx "Version $version (unreleased)" "$top_srcdir/NEWS"
}

while read -r name node; do
	tap_n=$((tap_n + 1))
	if grep -q "\\b$name\\b" "$top_srcdir/tools/json.c"; then
		echo "ok $tap_n - tools/json.c writes $name (or says why not)"
	elif released "$node"; then
		echo "not ok $tap_n - tools/json.c writes $name (or says why not)"
		tap_failed=$((tap_failed + 1))
	else
		echo "not ok $tap_n - tools/json.c writes $name (or says why not) # TODO before the release of $node"
	fi
done <"$tmp/accessors"
tap_done
