#!/usr/bin/env bash
# release/release-check.sh SRCDIR BUILDDIR: everything a release needs, in one run (`make
# release-check`; doc/release.md).  BUILDDIR is a configured build directory; VERSION is the version
# configure read from include/httpstatus.h and MAKE the make to use (both set by the make target).
# Prints one TAP line per check and, at the end, the tarballs with their SHA-256 (also written to
# BUILDDIR/release-VERSION/SHA256SUMS).  Exits 0 only when every check passed.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: VERSION=X.Y.Z $0 SRCDIR BUILDDIR" >&2; exit 2; }
src=$(cd "$1" && pwd) || exit 2
build=$(cd "$2" && pwd) || exit 2
: "${VERSION:?VERSION must be set (make release-check sets it)}"
make=${MAKE:-make}
out=$build/release-$VERSION

. "$(dirname "$0")/tap.sh"
HS_TAP_TAIL=60
# same WHAT VALUE: VALUE is the configured version.
same() {
	if [ "$2" = "$VERSION" ]; then ok "$1 says $VERSION"; else not_ok "$1 says '$2', configure says $VERSION"; fi
}

echo "# libhttpstatus $VERSION: $src, built in $build"

# ---- one version everywhere, agreeing with the version script's newest node (tests/versions.sh,
# which make check runs too); then what make check allows unfinished ----
header=$(sed -n 's/^#define HTTPSTATUS_VERSION_\(MAJOR\|MINOR\|MICRO\) \([0-9]*\)$/\2/p' "$src/include/httpstatus.h" | paste -sd.)
same "include/httpstatus.h" "$header"
check "the version agrees with the newest node everywhere (tests/versions.sh)" \
	env top_srcdir="$src" top_builddir="$build" PYTHON3="${PYTHON3:-python3}" sh "$src/tests/versions.sh"
check "the CLI's JSON has a field for every record accessor (tools/tests/json-fields.sh)" \
	env top_srcdir="$src" PYTHON3="${PYTHON3:-python3}" sh "$src/tools/tests/json-fields.sh"
same "bindings/ruby/libhttpstatus.gemspec" "$(cd "$src/bindings/ruby" && ruby -e 'print Gem::Specification.load("libhttpstatus.gemspec").version')"
distribution=$(cd "$src" && dpkg-parsechangelog -S Distribution)
if [ "$distribution" = UNRELEASED ]; then
	not_ok "debian/changelog's entry for $VERSION is finished (it is still UNRELEASED: fill it in and name the distribution)"
else
	ok "debian/changelog's entry for $VERSION is finished ($distribution)"
fi

# ---- NEWS: a finished section for this version ----
if grep -qx "Version $VERSION" "$src/NEWS"; then
	ok "NEWS has a section \"Version $VERSION\""
elif grep -q "^Version $VERSION " "$src/NEWS"; then
	not_ok "NEWS has a section \"Version $VERSION\" ($(grep "^Version $VERSION " "$src/NEWS"): finish it first)"
else
	not_ok "NEWS has a section \"Version $VERSION\""
fi

# ---- the source tree is what will be tagged ----
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
	check "the working tree has no uncommitted change" sh -c '! git -C "$1" status --porcelain --untracked-files=no | grep .' _ "$src"
	check "no tag v$VERSION exists yet" sh -c '! git -C "$1" rev-parse -q --verify "refs/tags/v$2"' _ "$src" "$VERSION"
fi

# ---- the long checks ----
# deb-check first: it makes a tarball of its own, and the tarballs published are distcheck's.
echo "# make deb-check"
check "make deb-check" "$make" -C "$build" deb-check
echo "# make distcheck"
check "make distcheck" "$make" -C "$build" distcheck
echo "# make check-abi"
check "make check-abi" "$make" -C "$build" check-abi
echo "# the npm package, the gem and the rock"
rm -rf "$out"
check "make pack-bindings" "$make" -C "$build" pack-bindings

# ---- the tarballs and their SHA-256 ----
mkdir -p "$out"
tarballs=("$build"/libhttpstatus-"$VERSION".tar.*)
if [ -f "${tarballs[0]}" ]; then
	cp "${tarballs[@]}" "$out/"
	(cd "$out" && sha256sum -- * | grep -v ' SHA256SUMS$' >SHA256SUMS)
	ok "the release files and their SHA-256 are in $out"
	sed 's/^/# /' "$out/SHA256SUMS"
else
	not_ok "make distcheck left libhttpstatus-$VERSION.tar.* in $build"
fi

echo "1..$n"
echo "# $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
