#!/bin/sh
# The recipe for adding a function (HACKING.md) has four hand edits: the declaration with its comment
# in include/httpstatus.h, the definition in lib/, the line in lib/libhttpstatus.sym and the man page
# (tests/recipe-edits.sh makes them).  On a configured and built copy of the sources this test makes
# all four, then each time all but one, and runs the documented commands (make regen, make check):
# with all four the recipe's gate (gen/check-model.sh) passes; without one, the first failure is
# the gate's message naming exactly what is missing, and a test it would break says "see make
# check-model" instead of failing on its own account.  (make recipe-check follows the whole recipe
# through make check and make distcheck.)
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/recipe-edits.sh"

[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
[ -x "$top_srcdir/configure" ] || tap_skip_all "no configure in $top_srcdir"
command -v git >/dev/null 2>&1 || tap_skip_all "no git (the copy is reset between the cases)"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
src=$tmp/src build=$tmp/build
make=${MAKE:-make}
# The copy's make runs on its own, not as part of this make.
unset MAKEFLAGS MFLAGS MAKELEVEL

# A copy of the sources (as a tarball has them: no build, no node_modules), kept in git to be reset.
copy() {
	mkdir -p "$src" "$build" &&
		(cd "$top_srcdir" && tar --exclude=./.git --exclude=node_modules --exclude=autom4te.cache -cf - .) | tar -xf - -C "$src" &&
		chmod -R u+w "$src" &&
		# A source tree that was built in place: its copy must be unconfigured to be built elsewhere.
		{ [ ! -f "$src/config.status" ] || (cd "$src" && "$make" distclean >/dev/null 2>&1); } &&
		git -C "$src" init -q && git -C "$src" add -A &&
		git -C "$src" -c user.name=recipe -c user.email=recipe@localhost commit -qm copy &&
		(cd "$build" && "$src/configure" >configure.log 2>&1 && "$make" >make.log 2>&1) ||
		{ tail -n 20 "$build/configure.log" "$build/make.log" 2>/dev/null | sed 's/^/# /'; return 1; }
}
tap_check "a copy of the sources configures and builds" copy || { tap_done; exit 1; }
node=$(recipe_node "$src")
recipe_pick "$src"
fn=$recipe_fn

# recipe WITHOUT: resets the copy, makes the four edits but WITHOUT one, then make regen and make
# check (building everything, running no test), their output in $tmp/WITHOUT.out.
recipe() {
	git -C "$src" reset -q --hard && git -C "$src" clean -qfd || return 1
	[ "$1" = declaration ] || recipe_declaration "$src" "$node"
	[ "$1" = definition ] || recipe_definition "$src"
	[ "$1" = version-script ] || recipe_version_script "$src" "$node"
	[ "$1" = man-page ] || recipe_man_page "$src" "$node"
	"$make" -C "$build" regen >"$tmp/$1.out" 2>&1
	regen=$?
	"$make" -C "$build" check TESTS= >>"$tmp/$1.out" 2>&1 && [ $regen -eq 0 ]
}

# passes: with all four edits, make regen and the gate (make check-model) pass.
passes() {
	recipe none || { grep -v '^make' "$tmp/none.out" | tail -n 20 | sed 's/^/# /'; return 1; }
	"$make" -C "$build" check-model >"$tmp/gate.out" 2>&1 || { tail -n 20 "$tmp/gate.out" | sed 's/^/# /'; return 1; }
}

# first_failure_names WITHOUT TEXT: the recipe without one edit fails; the first failure in its
# output is the gate's (or make regen's, which reads the same model), and it says TEXT.
first_failure_names() {
	if recipe "$1"; then
		echo "# make regen and make check passed"
		return 1
	fi
	first=$(grep -n -m 1 'error\|Error\|FAIL\|not ok\|warning\|^check-model: \|^generate: ' "$tmp/$1.out" | cut -d: -f1)
	sed -n "${first:-1},\$p" "$tmp/$1.out" | head -n 12 | sed 's/^/# /'
	sed -n "${first:-1},\$p" "$tmp/$1.out" | head -n 1 | grep -q '^check-model: \|^generate: ' || return 1
	sed -n "${first:-1},\$p" "$tmp/$1.out" | head -n 6 | grep -qF "$2"
}

# says_see WITHOUT: after that failure, the tests that would fail for the same reason say so.
says_see() {
	for test in tests/exports.sh abi/abi.sh; do
		top_srcdir=$src top_builddir=$build LIBHTTPSTATUS_PATH=$build/lib/.libs/libhttpstatus.so \
			sh "$src/$test" >"$tmp/see.out" 2>&1 && { echo "# $test passed"; return 1; }
		grep -q '^Bail out! see make check-model: ' "$tmp/see.out" || { sed 's/^/# /' "$tmp/see.out" | head -n 5; return 1; }
	done
}

tap_check "all four edits: make regen and the gate pass" passes
tap_check "no declaration: the first failure names it" first_failure_names declaration \
	"$fn is exported by lib/libhttpstatus.sym ($node) but include/httpstatus.h does not declare it"
tap_check "no declaration: the tests it breaks say see make check-model" says_see declaration
tap_check "no definition: the first failure names it" first_failure_names definition \
	"not exported (no definition, or hidden): $fn@@$node"
tap_check "no definition: the tests it breaks say see make check-model" says_see definition
tap_check "no line in the version script: the first failure names it" first_failure_names version-script \
	"$fn is declared in include/httpstatus.h (Since $node) but lib/libhttpstatus.sym does not export it"
tap_check "no line in the version script: the tests it breaks say see make check-model" says_see version-script
tap_check "no man page: the first failure names it" first_failure_names man-page "no doc/man3/$fn.3"
tap_check "no man page: the tests it breaks say see make check-model" says_see man-page
tap_done
