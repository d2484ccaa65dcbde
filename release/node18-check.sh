#!/usr/bin/env bash
# release/node18-check.sh SRCDIR LIBRARY: the Node package on Debian's own Node (18 in Debian 12),
# in a fresh minimal Debian (release/minroot.sh), beside this machine's Node:
#   - the npm tarball, installed into an empty project (by this machine's npm: Debian's nodejs
#     package has none), works there by require and by import under Debian's node;
#   - the binding's whole node --test suite passes under Debian's node (the npm pack test skips, as
#     it needs npm).
# LIBRARY is the built libhttpstatus.so.N, copied into the root.  Prints TAP; needs root, npm and the
# npm ci of bindings/node (koffi, the frameworks, TypeScript) on this machine.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 SRCDIR LIBRARY" >&2; exit 2; }
src=$(cd "$1" && pwd) || exit 2
lib=$2
. "$(dirname "$0")/tap.sh"
HS_TAP_TAIL=40
finish() { echo "1..$n"; [ "$failed" -eq 0 ]; }

[ "$(id -u)" = 0 ] || bail "needs root (debootstrap, chroot and mount)"
command -v npm >/dev/null 2>&1 || bail "npm is missing (.ci/packages)"
[ -f "$lib" ] || bail "no built library at $lib"
[ -d "$src/bindings/node/node_modules/koffi" ] || bail "no koffi in $src/bindings/node (npm ci --prefix bindings/node)"

. "$(dirname "$0")/minroot.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/libhttpstatus-node18.XXXXXX") || bail "mktemp failed"
root=$work/root
trap 'minroot_umount "$root"; rm -rf --one-file-system "$work"' EXIT

minroot_copy "$root" "$work/debootstrap.log"
check "a minimal $suite root is ready ($cache/$key)" test -x "$root/usr/bin/apt-get"
[ -d "$root" ] || { finish; exit 1; }
minroot_mount "$root"
check "apt-get update in the fresh root" in_root apt-get update -q
check "apt installs Debian's nodejs" in_root apt-get install -y -q --no-install-recommends nodejs
version=$(in_root node --version 2>/dev/null)
check "Debian's node is another major version than this machine's ($version here, $(node --version) there)" \
	test -n "$version" -a "${version%%.*}" != "$(node --version | cut -d. -f1)"

# The library, and the package as release/pack-bindings.sh stages it (LICENSE and NEWS beside it).
mkdir -p "$root/opt/lib" "$work/package"
cp "$lib" "$root/opt/lib/"
export LIBHTTPSTATUS_PATH=/opt/lib/$(basename "$lib")
tar -C "$src/bindings/node" --exclude=node_modules -cf - . | tar -xf - -C "$work/package"
cp "$src/LICENSE" "$src/NEWS" "$work/package/"
check "npm pack" sh -c 'cd "$1" && npm pack --pack-destination "$1" >/dev/null' _ "$work/package"
mkdir -p "$root/opt/project"
echo '{ "name": "user-project", "private": true }' >"$root/opt/project/package.json"
check "npm installs the tarball into an empty project" sh -c \
	'cd "$1" && npm install --no-audit --no-fund --prefer-offline "$2"/libhttpstatus-*.tgz' _ "$root/opt/project" "$work/package"
# in_project SCRIPT: SCRIPT (sh) in the project, with the library named.
in_project() { in_root env LIBHTTPSTATUS_PATH="$LIBHTTPSTATUS_PATH" sh -c "cd /opt/project && $1"; }
# expect TEXT COMMAND...: the command prints exactly TEXT.
expect() {
	local want=$1 got
	shift
	got=$("$@" 2>&1)
	[ "$got" = "$want" ] || { echo "got: $got"; return 1; }
}
check "require works there under Debian's node" expect "404 Not Found GET" in_project \
	'node -e "const hs = require(\"libhttpstatus\"); console.log(hs.HTTPStatus.NOT_FOUND, hs.lookup(404).phrase, hs.HTTPMethod.GET)"'
check "import works there under Debian's node" expect "201 true" in_project \
	'node --input-type=module -e "import hs, { HTTPStatus } from \"libhttpstatus\"; console.log(HTTPStatus.CREATED, hs.version() === hs.raw.httpstatus_version())"'

# The whole suite, from a copy of the source tree (the data, the shared test tables of tests/, the
# package with this machine's node_modules: koffi's binaries are Node-API, the same for every Node).
mkdir -p "$root/opt/src/bindings" "$root/opt/src/doc"
cp -a "$src/data" "$src/include" "$src/tests" "$src/LICENSE" "$src/NEWS" "$src/README.md" "$root/opt/src/"
cp -a "$src/doc/guide-node.md" "$root/opt/src/doc/"
cp -a "$src/bindings/node" "$root/opt/src/bindings/"
in_root env top_srcdir=/opt/src LIBHTTPSTATUS_PATH="$LIBHTTPSTATUS_PATH" sh -c 'cd /opt/src/bindings/node &&
	node --test --test-reporter=tap test/*.test.cjs test/*.test.mjs' >"$work/suite.tap" 2>&1
suite_ok=$(grep -c '^ok ' "$work/suite.tap")
suite_failed=$(grep -c '^not ok ' "$work/suite.tap")
grep -B2 -A20 '^not ok ' "$work/suite.tap" | sed 's/^/# /' | head -n 80
check "the binding's suite under Debian's node: $suite_ok passed, $suite_failed failed" \
	test "$suite_ok" -gt 100 -a "$suite_failed" -eq 0
finish
