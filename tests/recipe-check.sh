#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/recipe-check.sh SRCDIR WORKDIR: HACKING.md's recipe, followed literally on a copy of SRCDIR's
# committed files in WORKDIR (`make recipe-check`; CI runs it).  It adds httpstatus_status_is_final()
# at the next node with the four hand edits and nothing else, runs the documented commands (make
# regen, make release VERSION=X.Y.0), and then make distcheck, whose make check must pass.
# Then it checks that `make release-check` refuses each file the release command wrote when it is
# put back.  One TAP line per step; the logs stay in WORKDIR.
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SRCDIR WORKDIR" >&2; exit 2; }
src=$(cd "$1" && pwd) || exit 2
work=$2
make=${MAKE:-make}
. "$src/release/tap.sh"
HS_TAP_TAIL=40
. "$src/tests/recipe-edits.sh"

git -C "$src" rev-parse --git-dir >/dev/null 2>&1 || { echo "1..0 # SKIP $src is not a git checkout"; exit 0; }
rm -rf "$work"
mkdir -p "$work/src" "$work/build"
work=$(cd "$work" && pwd)
tree=$work/src build=$work/build

# The committed files (as they are in the working tree), and the npm packages npm ci installed.
copy() {
	git -C "$src" ls-files -z | (cd "$src" && tar --null -T - -cf -) | tar -xf - -C "$tree" || return 1
	[ ! -d "$src/bindings/node/node_modules" ] || ln -s "$src/bindings/node/node_modules" "$tree/bindings/node/node_modules"
	git -C "$tree" init -q && echo /bindings/node/node_modules >>"$tree/.git/info/exclude" && git -C "$tree" add -A && git -C "$tree" -c user.name=recipe -c user.email=recipe@localhost commit -qm copy
}
check "a copy of the committed tree" copy
check "autoreconf -fi" sh -c 'cd "$1" && autoreconf -fi' _ "$tree"
check "configure" sh -c 'cd "$1" && "$2/configure"' _ "$build" "$tree"
check "make" "$make" -C "$build"

old=$(cd "$tree" && "${PYTHON3:-python3}" -B gen/model.py . --version)
node=$(recipe_node "$tree")
recipe_pick "$tree"
fn=$recipe_fn
next=${node#HTTPSTATUS_}

# ---- the four hand edits (HACKING.md, "The recipe"; tests/recipe-edits.sh) ----
check "1. the declaration in include/httpstatus.h" recipe_declaration "$tree" "$node"
check "2. the definition in lib/status.c" recipe_definition "$tree"
check "3. node $node in lib/libhttpstatus.sym" recipe_version_script "$tree" "$node"
check "4. doc/man3/$fn.3" recipe_man_page "$tree" "$node"

# ---- the documented commands ----
check "make regen" "$make" -C "$build" regen
check "make release VERSION=$next.0" "$make" -C "$build" release VERSION="$next.0"
check "nothing but the four edits, what make regen wrote and what make release wrote changed" \
	sh -c 'cd "$1" && git status --porcelain | grep -v "^ M \(include/httpstatus.h\|lib/status.c\|lib/libhttpstatus.sym\|lib/Makemodule.am\|NEWS\|debian/changelog\|bindings/node/package.json\|bindings/node/package-lock.json\|abi/libhttpstatus.abi\|abi/symbols.txt\|doc/man3.am\|doc/properties.md\|doc/[a-z-]*\.md\|doc/man1/httpstatus.1\|README.md\|bindings/ruby/README.md\|tests/api-functions.h\|bindings/.*/api\.[a-z.]*\)$" |
		grep -v "^?? \(doc/man3/$2.3\|abi/libhttpstatus-[0-9.]*.abi\)$" | grep -v "^\(R \|A \|D \| D\).*rockspec" | { ! grep .; }' _ "$tree" "$fn"

# ---- the proof ----
# make distcheck builds the tarball of the tree that followed the recipe and runs its make check (every
# test, bindings included); a second make check in the tree itself would only repeat it, at CI's cost.
check "make distcheck, its make check included" env NODE_PATH="$src/bindings/node/node_modules" "$make" -C "$build" distcheck
check "the tarball ships the kept baseline abi/libhttpstatus-${old%.*}.abi and the new rockspec" sh -c \
	'tar -tzf "$1"/libhttpstatus-"$2".tar.gz | grep -q "/abi/libhttpstatus-$3.abi$" &&
	 tar -tzf "$1"/libhttpstatus-"$2".tar.gz | grep -q "/bindings/lua/httpstatus-$2-1.rockspec$"' _ "$build" "$next.0" "${old%.*}"

# ---- make release-check refuses each file the release command wrote, put back ----
refuses() {
	file=$1
	cp -R "$tree" "$work/refuse" && (cd "$work/refuse" && git show "HEAD:$file" >"$file") &&
		! env top_srcdir="$work/refuse" top_builddir="$build" PYTHON3="${PYTHON3:-python3}" sh "$work/refuse/tests/versions.sh" >"$work/refuse.out" 2>&1
	rc=$?
	grep '^not ok\|^#' "$work/refuse.out"
	rm -rf "$work/refuse"
	return $rc
}
for file in include/httpstatus.h bindings/node/package.json bindings/node/package-lock.json lib/Makemodule.am NEWS \
	debian/changelog abi/libhttpstatus.abi; do
	check "without the release's $file, tests/versions.sh (make check, make release-check) fails" refuses "$file"
done

echo "1..$n"
[ "$failed" -eq 0 ]
