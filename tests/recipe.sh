#!/bin/sh
# The recipe for adding a function (HACKING.md) has four hand edits: the declaration with its comment
# in include/httpstatus.h, the definition in lib/, the line in lib/libhttpstatus.sym and the man page.
# On a copy of the sources this test adds a made-up accessor with all four, then with each one left
# out, and checks that the tree's own checks pass in the first case and, in each other, fail with a
# message naming exactly what is missing.  (Everything else derives from those four: make regen.)
. "$top_srcdir/tests/tap.sh"

[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
command -v "${CC%% *}" >/dev/null 2>&1 || tap_skip_all "no C compiler"
command -v "${NM%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fn=httpstatus_status_is_example

# tree DIR WITHOUT: a copy of the sources the checks read, with the four edits but WITHOUT one.
tree() {
	dir=$1
	mkdir -p "$dir/doc"
	cp -R "$top_srcdir/include" "$top_srcdir/lib" "$top_srcdir/gen" "$dir/" &&
		cp -R "$top_srcdir/doc/man3" "$top_srcdir/doc/tests" "$dir/doc/" &&
		cp -R "$top_srcdir/tests" "$dir/" && chmod -R u+w "$dir" || return 1
	if [ "$2" != declaration ]; then
		awk -v fn="$fn" '/^#ifdef __cplusplus$/ && ++seen == 2 {
			print "/* 1 if the status is an example, else 0.  Since HTTPSTATUS_9.9. */"
			print "HTTPSTATUS_API int " fn "(const httpstatus_status *status);\n" }
			{ print }' "$top_srcdir/include/httpstatus.h" >"$dir/include/httpstatus.h"
	fi
	if [ "$2" != definition ]; then
		printf '\nHTTPSTATUS_API int %s(const httpstatus_status *status)\n{\n\treturn status != NULL;\n}\n' "$fn" >>"$dir/lib/status.c"
	fi
	if [ "$2" != version-script ]; then
		newest=$(sed -n 's/^\(HTTPSTATUS_[0-9.]*\) {$/\1/p' "$top_srcdir/lib/libhttpstatus.sym" | tail -n 1)
		printf '\nHTTPSTATUS_9.9 {\nglobal:\n\t%s;\n} %s;\n' "$fn" "$newest" >>"$dir/lib/libhttpstatus.sym"
	fi
	if [ "$2" != man-page ]; then
		cat >"$dir/doc/man3/$fn.3" <<PAGE
.Dd November 30, 2026
.Dt ${fn} 3
.Os
.Sh NAME
.Nm $fn
.Nd whether a status is an example
.Sh SYNOPSIS
.In httpstatus.h
.Ft int
.Fn $fn "const httpstatus_status *status"
.Sh DESCRIPTION
Made up by the recipe test.
.Sh RETURN VALUES
1 or 0.
.Sh EXAMPLES
None.
.Sh ERRORS
None.
.Sh HISTORY
Added in libhttpstatus 9.9, symbol version HTTPSTATUS_9.9.
PAGE
	fi
}

# checks DIR: the model, a library built from DIR compared with the model, the man pages; all output
# in DIR/out.  Fails when any of them fails.
checks() {
	dir=$1
	rc=0
	"$PYTHON3" -B "$dir/gen/model.py" "$dir" --symbols >/dev/null 2>"$dir/out" || rc=1
	# shellcheck disable=SC2086
	${CC:-cc} -shared -fPIC -fvisibility=hidden -DHTTPSTATUS_BUILDING -I"$dir/include" -I"$dir/lib" \
		"$dir"/lib/*.c -Wl,--version-script="$dir/lib/libhttpstatus.sym" -o "$dir/lib.so" >>"$dir/out" 2>&1 || rc=1
	LIBHTTPSTATUS_PATH=$dir/lib.so top_srcdir=$dir sh "$dir/tests/exports.sh" >>"$dir/out" 2>&1 || rc=1
	HS_MAN_PAGES_ONLY=1 top_srcdir=$dir sh "$dir/doc/tests/man-coverage.sh" >>"$dir/out" 2>&1 || rc=1
	return $rc
}

# names DIR TEXT: the failure said TEXT.
names() {
	grep -qF "$2" "$1/out" || { echo "# expected: $2"; sed 's/^/#   /' "$1/out" | grep -v '^#   ok ' | head -n 20; return 1; }
}

# passes DIR: every check passes on DIR.
passes() {
	checks "$1" || { sed 's/^/#   /' "$1/out" | grep -v '^#   ok ' | head -n 20; return 1; }
}
# fails_naming DIR TEXT: some check fails on DIR, and the failure names TEXT.
fails_naming() {
	if checks "$1"; then
		echo "# every check passed"
		return 1
	fi
	names "$1" "$2"
}

tree "$tmp/all" none
tap_check "all four edits: the model, the exports and the manual agree" passes "$tmp/all"
tree "$tmp/declaration" declaration
tap_check "no declaration: named" fails_naming "$tmp/declaration" \
	"$fn is exported by lib/libhttpstatus.sym (HTTPSTATUS_9.9) but include/httpstatus.h does not declare it"
tree "$tmp/definition" definition
tap_check "no definition: named" fails_naming "$tmp/definition" \
	"not exported (no definition, or hidden): $fn@@HTTPSTATUS_9.9"
tree "$tmp/version-script" version-script
tap_check "no line in the version script: named" fails_naming "$tmp/version-script" \
	"$fn is declared in include/httpstatus.h (Since HTTPSTATUS_9.9) but lib/libhttpstatus.sym does not export it"
tree "$tmp/man-page" man-page
tap_check "no man page: named" fails_naming "$tmp/man-page" "no doc/man3/$fn.3"
tap_done
