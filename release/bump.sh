#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# release/bump.sh SRCDIR BUILDDIR VERSION: moves the tree to VERSION in one step (`make release
# VERSION=X.Y.Z`; doc/release.md).  BUILDDIR is a configured build directory of SRCDIR.
#
# It writes every file that carries the version and cannot derive it: the header's
# HTTPSTATUS_VERSION_* (configure, the model and the gemspec read it), bindings/node/package.json and
# its lock, the rockspec (renamed), the documentation's examples that show the version, a NEWS
# section and a debian/changelog entry to fill in, and the libtool numbers by the rules in
# lib/Makemodule.am.  When the version script has a node that the
# last release's ABI baseline lacks (interfaces were added), that baseline is kept as
# abi/libhttpstatus-X.Y.abi (X.Y the last release) and the grown ABI is recorded (make update-abi).
# Then it regenerates (autoreconf, make regen) and builds.  tests/versions.sh, in make check, checks
# that all of this agrees with the version script's newest node; make release-check checks it again
# with NEWS and debian/changelog filled in.
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: $0 SRCDIR BUILDDIR X.Y.Z" >&2; exit 2; }
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
version=$3
make=${MAKE:-make}
python=${PYTHON3:-python3}
die() { echo "release: $*" >&2; exit 1; }

[[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || die "'$version' is not X.Y.Z"
major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]} micro=${BASH_REMATCH[3]}
header=$src/include/httpstatus.h
old=$(sed -n 's/^#define HTTPSTATUS_VERSION_\(MAJOR\|MINOR\|MICRO\) \([0-9]*\)$/\2/p' "$header" | paste -sd.)
[[ $old =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "$header: no HTTPSTATUS_VERSION_MAJOR, _MINOR and _MICRO"
newer=$(printf '%s\n%s\n' "$old" "$version" | sort -V | tail -n 1)
[ "$version" != "$old" ] && [ "$newer" = "$version" ] || die "$version is not newer than the header's $old"
old_xy=${old%.*}

# ---- interfaces added: the version script's newest node is not in the last release's baseline ----
node=$(sed -n 's/^\(HTTPSTATUS_[0-9.]*\) {$/\1/p' "$src/lib/libhttpstatus.sym" | tail -n 1)
baseline=$src/abi/libhttpstatus.abi
added=no
grep -q " version='$node'" "$baseline" || added=yes
if [ $added = yes ]; then
	[ "$node" = "HTTPSTATUS_$major.$minor" ] ||
		die "the version script's newest node is $node, which $version cannot ship (its node would be HTTPSTATUS_$major.$minor)"
	kept=$src/abi/libhttpstatus-$old_xy.abi
	[ ! -e "$kept" ] || die "$kept exists already: $old_xy's baseline was kept before"
fi

# ---- the version ----
sed -i -e "s/^#define HTTPSTATUS_VERSION_MAJOR [0-9]*$/#define HTTPSTATUS_VERSION_MAJOR $major/" \
	-e "s/^#define HTTPSTATUS_VERSION_MINOR [0-9]*$/#define HTTPSTATUS_VERSION_MINOR $minor/" \
	-e "s/^#define HTTPSTATUS_VERSION_MICRO [0-9]*$/#define HTTPSTATUS_VERSION_MICRO $micro/" "$header"
echo "include/httpstatus.h: $old -> $version"

# The npm files: only the package's own "version" (and the lock's entry for the package itself).
"$python" - "$src/bindings/node" "$old" "$version" <<'PY'
import json, re, sys
folder, old, new = sys.argv[1:]
for name, count in (("package.json", 1), ("package-lock.json", 2)):
    path = f"{folder}/{name}"
    text = open(path, encoding="utf-8").read()
    before = json.loads(text)
    text = re.sub(rf'^(  |      )"version": "{re.escape(old)}",$', rf'\1"version": "{new}",', text, count=count, flags=re.M)
    after = json.loads(text)
    if after["version"] != new or (name == "package-lock.json" and after["packages"][""]["version"] != new):
        sys.exit(f"release: {path}: cannot find its version {old}")
    after["version"] = before["version"]
    if name == "package-lock.json":
        after["packages"][""]["version"] = before["packages"][""]["version"]
    if after != before:
        sys.exit(f"release: {path}: more than its version would change")
    open(path, "w", encoding="utf-8").write(text)
    print(f"bindings/node/{name}: {old} -> {new}")
PY

# The rockspec: its name and its version line.
rockspec=$src/bindings/lua/httpstatus-$old-1.rockspec
[ -f "$rockspec" ] || die "no $rockspec"
sed "s/^version = \"$old-1\"$/version = \"$version-1\"/" "$rockspec" >"$src/bindings/lua/httpstatus-$version-1.rockspec"
rm "$rockspec"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
	git -C "$src" add "bindings/lua/httpstatus-$version-1.rockspec" && git -C "$src" rm -q --cached "bindings/lua/httpstatus-$old-1.rockspec"
fi
echo "bindings/lua/httpstatus-$old-1.rockspec -> httpstatus-$version-1.rockspec"

# ---- the examples in the documentation that show this version (doc/tests/guide-c.sh runs one) ----
hex() { IFS=. read -r a b c <<<"$1"; printf '0x%02x%02x%02x' "$a" "$b" "$c"; }
old_re=$(printf '%s' "$old" | sed 's/\./\\./g')
for f in $(grep -rlE --include='*.md' --include='*.[13]' -e "(^|[^0-9.])$old_re([^0-9]|$)|$(hex "$old")" \
	"$src/README.md" "$src/bindings"/*/README.md "$src/doc" || true); do
	sed -i -E -e "s/(^|[^0-9.])$old_re([^0-9]|\$)/\1$version\2/g" -e "s/$(hex "$old")/$(hex "$version")/g" "$f"
	echo "${f#"$src"/}: the examples show $version"
done

# ---- the libtool numbers, by the rules in lib/Makemodule.am ----
am=$src/lib/Makemodule.am
current=$(sed -n 's/^HS_LT_CURRENT = \([0-9]*\)$/\1/p' "$am")
revision=$(sed -n 's/^HS_LT_REVISION = \([0-9]*\)$/\1/p' "$am")
age=$(sed -n 's/^HS_LT_AGE = \([0-9]*\)$/\1/p' "$am")
[ -n "$current" ] && [ -n "$revision" ] && [ -n "$age" ] || die "$am: no HS_LT_CURRENT, _REVISION and _AGE lines"
if [ $added = yes ]; then
	lt="$((current + 1)):0:$((age + 1))"
else
	lt="$current:$((revision + 1)):$age"
fi
IFS=: read -r current revision age <<<"$lt"
sed -i -e "s/^HS_LT_CURRENT = [0-9]*$/HS_LT_CURRENT = $current/" -e "s/^HS_LT_REVISION = [0-9]*$/HS_LT_REVISION = $revision/" \
	-e "s/^HS_LT_AGE = [0-9]*$/HS_LT_AGE = $age/" "$am"
echo "lib/Makemodule.am: libtool $lt ($([ $added = yes ] && echo "interfaces added at $node" || echo "no interface added"))"

# ---- NEWS and debian/changelog: a section and an entry to fill in ----
"$python" - "$src/NEWS" "$version" "$node" "$added" "$lt" <<'PY'
import sys
path, version, node, added, lt = sys.argv[1:]
text = open(path, encoding="utf-8").read()
at = text.index("\nVersion ") + 1
heading = f"Version {version} (unreleased)"
what = (f"New functions in the symbol node {node} (libtool {lt}): name each one." if added == "yes"
        else f"No new function (libtool {lt}): what changed.")
open(path, "w", encoding="utf-8").write(text[:at] + f"{heading}\n{'=' * len(heading)}\n\n- {what}\n\n" + text[at:])
print(f"NEWS: a section \"{heading}\" to fill in")
PY
changelog=$src/debian/changelog
maintainer=$(sed -n 's/^ -- \(.*>\)  .*$/\1/p' "$changelog" | head -n 1)
{
	printf 'libhttpstatus (%s) UNRELEASED; urgency=medium\n\n' "$version"
	printf '  * %s (see NEWS).\n\n' "$([ $added = yes ] && echo "New functions in node $node" || echo "What changed")"
	printf ' -- %s  %s\n\n' "$maintainer" "$(LC_ALL=C date -u -R)"
	cat "$changelog"
} >"$changelog.tmp"
mv "$changelog.tmp" "$changelog"
echo "debian/changelog: an UNRELEASED entry for $version to fill in"

# ---- regenerate, rebuild, and record the grown ABI ----
if [ $added = yes ]; then
	cp "$baseline" "$kept"
	echo "abi/libhttpstatus.abi -> abi/libhttpstatus-$old_xy.abi (the $old_xy baseline, kept)"
fi
(cd "$src" && autoreconf -fi) >"$build/release-autoreconf.log" 2>&1 ||
	{ tail -n 20 "$build/release-autoreconf.log"; die "autoreconf failed"; }
"$make" -C "$build" regen
"$make" -C "$build"
[ $added = no ] || "$make" -C "$build" update-abi
echo "release: $version; fill in NEWS and debian/changelog (set its distribution), then commit and run make release-check"
