#!/bin/sh
# Every public function has a manual page: for each function of the model of the API there is
# doc/man3/NAME.3 (the page itself or a .so link to the page of its group), that page names it, shows the same prototype as the header, has the sections
# the manual promises, says the version it was added in (the version of its symbol node), and
# `make install-man` installs it.  HS_MAN_PAGES_ONLY=1 checks the pages of the source tree alone
# (tests/recipe.sh does, on a copy of the tree that is never built).
. "$top_srcdir/tests/tap.sh"

man3="$top_srcdir/doc/man3"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The functions and their nodes come from the model of the API (gen/model.py); the prototypes, one
# line each as "TYPE NAME(ARGS)", from the header the model reads.
[ -n "$PYTHON3" ] && command -v "$PYTHON3" >/dev/null 2>&1 || tap_skip_all "no python3"
"$PYTHON3" -B "$top_srcdir/gen/model.py" "$top_srcdir" --nodes >"$tmp/sym" ||
	{ echo "Bail out! gen/model.py cannot read the API"; exit 1; }
sed -n 's/^HTTPSTATUS_API \(.*(.*)\);$/\1/p' "$top_srcdir/include/httpstatus.h" >"$tmp/protos"
cut -d' ' -f1 "$tmp/sym" >"$tmp/functions"

tap_check "the model has functions ($(wc -l <"$tmp/functions"))" test -s "$tmp/functions"

# The pages as `make install-man` installs them.
installing() { [ "${HS_MAN_PAGES_ONLY:-0}" != 1 ]; }
installing && tap_check "make install-man" sh -c '"${MAKE:-make}" -C "$1" install-man DESTDIR="$2/root" >"$2/install.log" 2>&1 ||
	{ sed "s/^/# /" "$2/install.log"; exit 1; }' _ "$top_builddir" "$tmp"

# page_of NAME: the file that documents NAME (following one .so link), or nothing.
page_of() {
	[ -f "$man3/$1.3" ] || return 0
	target=$(sed -n '1s|^\.so man3/\(.*\)$|\1|p' "$man3/$1.3")
	if [ -n "$target" ]; then
		[ "$(wc -l <"$man3/$1.3")" -eq 1 ] && [ -f "$man3/$target" ] && echo "$man3/$target"
	else
		echo "$man3/$1.3"
	fi
}

# synopsis PAGE: the prototypes the page's .Ft/.Fn lines spell, "TYPE NAME(ARGS)" one per line.
synopsis() {
	awk '/^\.Sh / { in_syn = ($2 == "SYNOPSIS") }
	     in_syn && /^\.Ft / { ft = substr($0, 5); gsub(/"/, "", ft) }
	     in_syn && /^\.Fn / {
		name = $2; args = $0; sub(/^\.Fn [^ ]+ */, "", args)
		gsub(/^"|"$/, "", args); gsub(/" "/, ", ", args)
		sep = (ft ~ /\*$/) ? "" : " "
		print ft sep name "(" args ")" }' "$1"
}

# documents NAME: NAME's page exists, names it, matches the header, and says since when.
documents() {
	name=$1
	page=$(page_of "$name")
	[ -n "$page" ] || { echo "# no doc/man3/$name.3 (or its .so target is missing)"; return 1; }
	grep -qx "\.Nm $name\( ,\)\{0,1\}" "$page" || { echo "# $page has no .Nm $name"; return 1; }
	want=$(grep "[ *]$name(" "$tmp/protos")
	synopsis "$page" | grep -qxF "$want" ||
		{ echo "# $page: SYNOPSIS does not show '$want'"; synopsis "$page" | grep "$name(" | sed 's/^/#   has /'; return 1; }
	for section in SYNOPSIS DESCRIPTION "RETURN VALUES" EXAMPLES ERRORS HISTORY; do
		grep -qx "\.Sh $section" "$page" || { echo "# $page: no $section section"; return 1; }
	done
	node=$(sed -n "s/^$name //p" "$tmp/sym")
	version=${node#HTTPSTATUS_}
	sed -n '/^\.Sh HISTORY/,/^\.Sh /p' "$page" | tr '\n' ' ' | grep -q "libhttpstatus $version, .*$node" ||
		{ echo "# $page: HISTORY does not say 'libhttpstatus $version' and '$node'"; return 1; }
	! installing || find "$tmp/root" -path "*/man3/$name.3" 2>/dev/null | grep -q . ||
		{ echo "# $name.3 is not installed"; return 1; }
}

while read -r name; do
	tap_check "$name has a page" documents "$name"
done <"$tmp/functions"

# No page documents a function that does not exist, and every page is installed.
stale() {
	for f in "$man3"/*.3; do
		base=$(basename "$f" .3)
		[ "$base" = libhttpstatus ] && continue
		grep -qx "$base" "$tmp/functions" || { echo "# doc/man3/$base.3: no such function"; return 1; }
		for nm in $(sed -n 's/^\.Nm \(httpstatus_[a-z0-9_]*\).*/\1/p' "$f"); do
			grep -qx "$nm" "$tmp/functions" || { echo "# $f: .Nm $nm is no function"; return 1; }
		done
	done
}
tap_check "every page in doc/man3 is for a public function" stale
installing || { tap_done; exit; }
tap_check "libhttpstatus(3) and httpstatus(1) are installed" sh -c 'find "$1" -path "*/man3/libhttpstatus.3" | grep -q . &&
	find "$1" -path "*/man1/httpstatus.1" | grep -q .' _ "$tmp/root"
installed=$(find "$tmp/root" -name '*.3' 2>/dev/null | wc -l)
tap_check "every file of doc/man3 is installed ($installed)" test "$installed" -eq "$(ls "$man3" | grep -c '\.3$')"
tap_done
