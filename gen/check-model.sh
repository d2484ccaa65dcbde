#!/bin/sh
# SPDX-License-Identifier: MIT
# gen/check-model.sh SRCDIR BUILDDIR sources|exports: the gate of the recipe (HACKING.md), run by
# make before anything else (gen/Makemodule.am), so that a left-out edit is the first failure and
# names itself.
#   sources: the model reads the header and the version script, and they agree (a declaration and
#            its version-script line: each names the other when missing); every function has a man
#            page (doc/tests/man-coverage.sh checks what the pages say); every file made from the
#            model is up to date (make regen).
#   exports: the built library (LIBHTTPSTATUS_PATH) exports exactly the model (a definition).
# A failure is written to BUILDDIR/check-model.failed too: the tests it would break then say
# "see make check-model" (tests/tap.sh) instead of failing on their own account.
src=$1 build=$2 what=$3
python=${PYTHON3:-python3}
failed=$build/check-model.failed
out=$build/check-model.out
rm -f "$failed"

if ! command -v "$python" >/dev/null 2>&1; then
	echo "check-model: no python3; the model of the API is not checked"
	exit 0
fi

# fail WHAT: the check WHAT failed; its messages (in $out) name what to edit.
fail() {
	{
		echo "check-model: $1 (HACKING.md, \"The recipe: adding a function\"):"
		grep -v '^ok \|^1\.\.\|^not ok ' "$out" | sed -e 's/^# //' -e 's/^generate: //' -e 's/^model: //' -e 's/^/  /'
	} >"$failed"
	cat "$failed" >&2
	exit 1
}

case $what in
sources)
	"$python" -B "$src/gen/model.py" "$src" --symbols >/dev/null 2>"$out" ||
		fail "include/httpstatus.h and lib/libhttpstatus.sym disagree"
	# Each page only exists here; doc/tests/man-coverage.sh checks what it says.
	"$python" -B "$src/gen/model.py" "$src" --functions 2>/dev/null | while read -r name; do
		[ -f "$src/doc/man3/$name.3" ] ||
			echo "no doc/man3/$name.3: write its page, or a one-line .so link to its group's page that documents it"
	done >"$out"
	[ -s "$out" ] && fail "a function has no man page"
	"$python" -B "$src/gen/generate.py" "$src" --check 2>&1 | grep -v '^[-+@ ]' >"$out" && [ -s "$out" ] &&
		fail "files made from the model are out of date: run make regen"
	;;
exports)
	top_srcdir=$src LIBHTTPSTATUS_PATH=$LIBHTTPSTATUS_PATH PYTHON3=$python NM=${NM:-nm} \
		sh "$src/tests/exports.sh" >"$out" 2>&1 ||
		fail "the library does not export what include/httpstatus.h and lib/libhttpstatus.sym declare: a definition in lib/ is missing"
	;;
*)
	echo "usage: $0 SRCDIR BUILDDIR sources|exports" >&2
	exit 2
	;;
esac
rm -f "$out"
exit 0
