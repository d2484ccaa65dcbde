#!/bin/sh
# The httpstatus tool reading queries from standard input (- as a query, or no query with standard
# input not a terminal), in constant memory, and combined short options (-jl, -jmGET, -jm GET).
. "$top_srcdir/tests/tap.sh"

hs="$top_builddir/tools/httpstatus"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
py=${PYTHON3:-python3}

[ -x "$hs" ] || { echo "Bail out! $hs is not built"; exit 1; }

# feed INPUT ARGS...: runs the tool with INPUT (backslash escapes as printf %b reads them) on standard input; stdout in $tmp/out,
# stderr in $tmp/err, the exit status in $rc.
feed() {
	input=$1
	shift
	printf '%b' "$input" | "$hs" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# heads: the first line of every answer (a code and phrase, or a method name), joined by "/".
heads() { grep -E '^([0-9]{3} |[A-Z-]+$)' "$tmp/out" | tr '\n' /; }
# is RC HEADS: exit status RC, and the answers' first lines are HEADS.
is() {
	[ "$rc" -eq "$1" ] || { echo "# exit $rc, wanted $1"; sed 's/^/#   /' "$tmp/err"; return 1; }
	[ "$(heads)" = "$2" ] || { echo "# answered: $(heads)"; return 1; }
}
errors() { [ "$(wc -l <"$tmp/err")" -eq "$1" ]; }
# json EXPR: standard output is one JSON document whose results R satisfy the Python expression.
json() {
	"$py" -c 'import json, sys; r = json.load(sys.stdin)["results"]; sys.exit(0 if eval(sys.argv[1]) else 1)' \
		"$1" <"$tmp/out" || { echo "# false: $1"; head -c 300 "$tmp/out" | sed 's/^/#   /'; return 1; }
}

# ---- - as a query
feed '404\nNOT_FOUND\n' -
tap_check "- answers every line of standard input, exit 0" is 0 "404 Not Found/404 Not Found/"
feed '404\n' 200 - 500
tap_check "- among other queries keeps its place in the order" is 0 "200 OK/404 Not Found/500 Internal Server Error/"
feed '404\nxyz\n200\n' -
tap_check "a line not found: exit 1, the other lines still answered" is 1 "404 Not Found/200 OK/"
tap_check "  one error line, for it" sh -c '[ "$(cat "$1")" = "httpstatus: xyz: no such status code, name or reason phrase" ]' _ "$tmp/err"
feed '404\r\n\n\r\n  \n200' -
tap_check "CRLF ends a line, empty lines are skipped, the last line needs no newline" is 1 "404 Not Found/200 OK/"
tap_check "  a line of spaces is a query (not found)" errors 1
feed '-1\n--list\n-m GET\n' -j -
tap_check "a line is a status query even when it starts with -" json '[(x["kind"], x["query"], x["code"]) for x in r] == [("status", "-1", -1), ("status", "--list", None), ("status", "-m GET", None)]'
feed '' -
tap_check "- with standard input empty: nothing to answer, exit 0" sh -c '[ "$1" -eq 0 ] && [ ! -s "$2" ] && [ ! -s "$3" ]' _ "$rc" "$tmp/out" "$tmp/err"
feed '' -j -
tap_check "  with --json: a document with no results" json 'r == []'
feed '404\n' - -
tap_check "- twice: the second finds the input used up" is 0 "404 Not Found/"
feed '404\n' -- -
tap_check "-- -: still standard input" is 0 "404 Not Found/"

# ---- methods from standard input
feed 'GET\nget\nFROB\n' -m -
tap_check "-m - reads method names, one per line" is 1 "GET/"
tap_check "  with the usual suggestion for get" grep -q "get: no such method (method names are case-sensitive: did you mean GET?)" "$tmp/err"
tap_check "  and one error line each" errors 2
feed 'PATCH\n' --method=-
tap_check "--method=- too" is 0 "PATCH/"

# ---- no query, standard input not a terminal
feed '404\n'
tap_check "no query and a pipe: its lines are the queries" is 0 "404 Not Found/"
feed '404\n5xx\n' --json
tap_check "--json and a pipe: one document, a result per line" json '[x["kind"] for x in r] == ["status", "class"] and r[0]["code"] == 404'
feed ''
tap_check "no query and an empty pipe: usage error (exit 2), nothing on stdout" sh -c '[ "$1" -eq 2 ] && [ ! -s "$2" ] &&
	[ "$(cat "$3")" = "httpstatus: nothing to look up (try '"'"'httpstatus --help'"'"')" ]' _ "$rc" "$tmp/out" "$tmp/err"
feed '\n\r\n\n' --json
tap_check "  empty lines only count as empty: exit 2, no JSON" sh -c '[ "$1" -eq 2 ] && [ ! -s "$2" ]' _ "$rc" "$tmp/out"
feed 'xyz\n' --version
tap_check "--version with a pipe does not read it" sh -c '[ "$1" -eq 0 ] && grep -q "^registry snapshot" "$2"' _ "$rc" "$tmp/out"
if command -v script >/dev/null 2>&1; then
	# script(1) gives the tool a terminal as standard input: it must not wait for a line.
	script -qec "'$hs'" /dev/null </dev/null >"$tmp/tty" 2>&1
	rc=$?
	tap_check "no query at a terminal: usage error (exit 2), nothing read" sh -c '[ "$1" -eq 2 ] && grep -q "nothing to look up" "$2"' _ "$rc" "$tmp/tty"
else
	tap_skip "no query at a terminal" "script(1) (util-linux) is not installed"
fi

# ---- lines that cannot be queries
feed 'a\000b\n200\n' -j -
tap_check "a NUL byte in a line: exit 1, that line not found" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  the next line is still answered" json '[x["found"] for x in r] == [False, True] and r[0]["code"] is None'
tap_check "  one error line saying why" sh -c '[ "$(wc -l <"$1")" -eq 1 ] && grep -q "^httpstatus: a: a line of standard input holds a NUL byte$" "$1"' _ "$tmp/err"
long=$(head -c 5000 /dev/zero | tr '\0' 0)
feed "${long}404\n200\n" -j -
tap_check "a line over 4096 bytes (5000 zeros, then 404) is refused, not cut" json '[x["found"] for x in r] == [False, True] and r[0]["code"] is None'
tap_check "  one short error line" sh -c '[ "$(wc -l <"$1")" -eq 1 ] && [ "$(wc -c <"$1")" -lt 200 ] && grep -q "line too long" "$1"' _ "$tmp/err"
feed "$(head -c 4094 /dev/zero | tr '\0' 0)404\n" -
tap_check "a line of 4097 bytes is refused" sh -c '[ "$1" -eq 1 ] && grep -q "line too long" "$2"' _ "$rc" "$tmp/err"
feed "$(head -c 4093 /dev/zero | tr '\0' 0)404\n" -
tap_check "a line of 4096 bytes is read (0...0404 is 404)" is 0 "404 Not Found/"
"$hs" - </ >/dev/null 2>"$tmp/err"
rc=$?
tap_check "standard input that cannot be read (a directory): exit 2, one error line" sh -c '[ "$1" -eq 2 ] &&
	[ "$(cat "$2")" = "httpstatus: cannot read standard input" ]' _ "$rc" "$tmp/err"

# ---- a million lines in constant memory
if [ -x /usr/bin/time ]; then
	# maxrss LINES: the peak resident set, in KiB, of answering LINES lines (found and not found).
	maxrss() {
		yes "$(printf '404\nNOT_FOUND\nxyz\nGET')" | head -n "$1" |
			/usr/bin/time -o "$tmp/rss" -f %M "$hs" >"$tmp/count" 2>/dev/null
		tail -n 1 "$tmp/rss"
	}
	small=$(maxrss 1000)
	big=$(maxrss 1000000)
	tap_check "a million lines take no more memory than a thousand ($big KiB, $small KiB)" \
		sh -c '[ "$2" -gt 0 ] && [ "$1" -le $(($2 + 512)) ]' _ "$big" "$small"
	found=$(yes "$(printf '404\nxyz')" | head -n 1000000 | "$hs" 2>/dev/null | grep -c '^404 Not Found$')
	tap_check "  and every line is answered ($found of 500000)" test "$found" -eq 500000
else
	tap_skip "a million lines in constant memory" "/usr/bin/time (Debian's time) is not installed"
fi

# ---- combined short options
# same "ARGS" "ARGS": both argument lists (split at spaces) give the same output and exit status.
same() {
	# shellcheck disable=SC2086
	"$hs" $1 >"$tmp/a" 2>&1
	a=$?
	# shellcheck disable=SC2086
	"$hs" $2 >"$tmp/b" 2>&1
	[ $? -eq "$a" ] && cmp -s "$tmp/a" "$tmp/b" && [ -s "$tmp/a" ]
}
tap_check "-jl is -j -l" same "-jl" "-j -l"
tap_check "-lM is -l -M" same "-lM" "-l -M"
tap_check "-jmGET is --json --method GET" same "-jmGET" "--json --method GET"
tap_check "-jm GET is --json --method GET" same "-jm GET" "--json --method GET"
tap_check "-mGET is -m GET" same "-mGET" "-m GET"
tap_check "-jlmPATCH is -j -l -m PATCH" same "-jlmPATCH" "-j -l -m PATCH"
tap_check "-jV is --json --version" same "-jV" "--json --version"
tap_check "-Vh is --help" same "-Vh" "--help"
tap_check "404 -jl keeps the order" same "404 -jl" "--json 404 --list"
tap_check "-jm get: exit 1 like --json --method get" same "-jm get" "--json --method get"
usage() {
	"$hs" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
	[ $? -eq 2 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qF -- "$msg" "$tmp/err" ||
		{ sed 's/^/#   /' "$tmp/err"; return 1; }
}
msg="-jx: unknown option -x"; tap_check "-jx: the unknown letter is named, exit 2" usage -jx 404
msg="-jm: needs a method name"; tap_check "-jm at the end needs a method name" usage -jm
msg="-j1: unknown option -1"; tap_check "-j1: unknown option" usage -j1
msg="--jl: unknown option"; tap_check "--jl is not a cluster" usage --jl
tap_done
