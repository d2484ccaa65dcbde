#!/bin/sh
# One version: the header's HTTPSTATUS_VERSION_* (read by configure and by gen/model.py) is the
# version of every package.  The gemspec reads the generated api.rb; the files that cannot derive it
# (package.json, package-lock.json, the rockspec and its file name) are checked here.
. "$top_srcdir/tests/tap.sh"
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
version=$("$PYTHON3" -B "$top_srcdir/gen/model.py" "$top_srcdir" --version) || { echo "Bail out! gen/model.py failed"; exit 1; }

# json_version FILE: the top-level "version" of an npm JSON file.
json_version() {
	"$PYTHON3" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["version"], d.get("packages", {}).get("", {}).get("version", d["version"]))' "$1"
}
is() {
	[ "$1" = "$2" ] || { echo "# found '$1', the header says '$2'"; return 1; }
}
tap_check "bindings/node/package.json is version $version" is "$(json_version "$top_srcdir/bindings/node/package.json" | cut -d' ' -f1)" "$version"
tap_check "bindings/node/package-lock.json is version $version" is "$(json_version "$top_srcdir/bindings/node/package-lock.json")" "$version $version"
rocks=$(cd "$top_srcdir/bindings/lua" && ls httpstatus-*.rockspec)
tap_check "one rockspec, named for version $version" is "$rocks" "httpstatus-$version-1.rockspec"
tap_check "the rockspec says version $version-1" is "$(sed -n 's/^version = "\(.*\)"$/\1/p' "$top_srcdir/bindings/lua/$rocks")" "$version-1"
# The version script's newest node is what the version, the libtool numbers, NEWS, debian/changelog
# and the ABI baselines must agree with; `make release VERSION=X.Y.Z` (release/bump.sh) moves them
# all at once.
newest=$(sed -n 's/^\(HTTPSTATUS_[0-9.]*\) {$/\1/p' "$top_srcdir/lib/libhttpstatus.sym" | tail -n 1)
nodes=$(grep -c '^HTTPSTATUS_[0-9.]* {$' "$top_srcdir/lib/libhttpstatus.sym")
release_hint="run make release VERSION=${newest#HTTPSTATUS_}.0 (doc/release.md)"
not_older() {
	[ "$(printf '%s\n%s\n' "${newest#HTTPSTATUS_}" "$version" | sort -V | tail -n 1)" = "$version" ] ||
		{ echo "# the version script's newest node is $newest, the header says $version: $release_hint"; return 1; }
}
tap_check "version $version ships the newest node, $newest" not_older
lt() { sed -n "s/^HS_LT_$1 = \([0-9]*\)$/\1/p" "$top_srcdir/lib/Makemodule.am"; }
age_is_nodes() {
	[ "$(lt AGE)" = $((nodes - 1)) ] ||
		{ echo "# HS_LT_AGE is $(lt AGE); $nodes nodes, each one added interfaces: $release_hint"; return 1; }
}
tap_check "the libtool age counts the nodes after the first ($((nodes - 1)))" age_is_nodes
records_newest() {
	grep -q " version='$newest'" "$top_srcdir/abi/libhttpstatus.abi" ||
		{ echo "# abi/libhttpstatus.abi has no symbol at $newest: $release_hint"; return 1; }
}
tap_check "abi/libhttpstatus.abi records $newest" records_newest
kept() {
	for node in $(sed -n 's/^\(HTTPSTATUS_[0-9.]*\) {$/\1/p' "$top_srcdir/lib/libhttpstatus.sym"); do
		[ "$node" = "$newest" ] || [ -f "$top_srcdir/abi/libhttpstatus-${node#HTTPSTATUS_}.abi" ] ||
			{ echo "# no abi/libhttpstatus-${node#HTTPSTATUS_}.abi, the baseline of the release of $node"; return 1; }
	done
}
tap_check "each earlier node's release has its baseline kept" kept
tap_check "NEWS has a section for $version" grep -q "^Version $version\( (unreleased)\)\{0,1\}$" "$top_srcdir/NEWS"
tap_check "debian/changelog's newest entry is $version" is \
	"$(sed -n '1s/^libhttpstatus (\([^)]*\)) .*/\1/p' "$top_srcdir/debian/changelog")" "$version"
tap_check "configure's version is $version" is "$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' "$top_builddir/config.h")" "$version"
tap_done
