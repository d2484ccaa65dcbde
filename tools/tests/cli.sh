#!/bin/sh
# The httpstatus tool as a person uses it: every query form, the human answers checked against
# data/, the exit statuses (0 found, 1 not found, 2 usage error) and bad arguments.
. "$top_srcdir/tests/tap.sh"

hs="$top_builddir/tools/httpstatus"
data="$top_srcdir/data"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# run ARGS...: runs the tool, standard input empty; stdout in $tmp/out, stderr in $tmp/err, the exit
# status in $rc.  (tools/tests/input.sh tests the reading of queries from standard input.)
run() {
	"$hs" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# expect RC LINE-OF-STDOUT ARGS...: exit status RC and LINE (a fixed string) somewhere in stdout.
expect() {
	want=$1 line=$2
	shift 2
	run "$@"
	[ "$rc" -eq "$want" ] || { echo "# exit $rc, wanted $want for: $*"; return 1; }
	grep -qF -- "$line" "$tmp/out" || { echo "# no line '$line' in:"; sed 's/^/#   /' "$tmp/out"; return 1; }
}
# first_line TEXT: the answer's first line is TEXT.
first_line() { [ "$(sed -n 1p "$tmp/out")" = "$1" ]; }
no_stderr() { [ ! -s "$tmp/err" ]; }
no_stdout() { [ ! -s "$tmp/out" ]; }
# one_error PATTERN: stderr is exactly one line, starting "httpstatus: " and matching PATTERN.
one_error() {
	[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^httpstatus: .*$1" "$tmp/err" ||
		{ echo "# stderr:"; sed 's/^/#   /' "$tmp/err"; return 1; }
}
# csv_rows FILE: the number of data rows (no comments, no header).
csv_rows() { grep -v '^#' "$1" | sed 1d | wc -l; }
# csv_codes_in_class DIGIT: how many codes of data/statuses.csv start with DIGIT.
csv_codes_in_class() { grep -v '^#' "$data/statuses.csv" | sed 1d | grep -c "^$1[0-9][0-9],"; }

[ -x "$hs" ] || { echo "Bail out! $hs is not built"; exit 1; }

# ---- statuses by code, name, phrase, old name, old phrase
expect 0 "404 Not Found" 404
tap_check "404: code and phrase first" first_line "404 Not Found"
tap_check "404: name, description, class" sh -c 'grep -q "name: *NOT_FOUND$" "$1" &&
	grep -q "description: *The server has nothing at this URI" "$1" && grep -q "class: *4xx, client error$" "$1"' _ "$tmp/out"
tap_check "404: state, reference and its title" sh -c 'grep -q "state: *registered$" "$1" &&
	grep -q "reference: *RFC 9110, Section 15.5.5 (HTTP Semantics)$" "$1"' _ "$tmp/out"
tap_check "404: may carry content, cacheable by default" sh -c 'grep -q "may have content: *yes$" "$1" &&
	grep -q "cacheable: *yes, heuristically cacheable by default$" "$1"' _ "$tmp/out"
tap_check "404: status line, nothing on stderr" sh -c 'grep -q "status line: *HTTP/1.1 404 Not Found$" "$1" && [ ! -s "$2" ]' _ "$tmp/out" "$tmp/err"
tap_check "NOT_FOUND finds 404" expect 0 "404 Not Found" NOT_FOUND
tap_check "not_found (any case) finds 404" expect 0 "404 Not Found" not_found
tap_check "Not_Found finds 404" expect 0 "404 Not Found" Not_Found
tap_check "\"not found\" (a phrase) finds 404" expect 0 "404 Not Found" "not found"
tap_check "\"payload too large\" finds 413" expect 0 "413 Content Too Large" "payload too large"
tap_check "  and says it is an older phrase, naming the current one" \
	grep -qF 'note: "Payload Too Large" is an older reason phrase of 413; the current phrase is "Content Too Large"' "$tmp/out"
tap_check "REQUEST_ENTITY_TOO_LARGE finds 413" expect 0 "413 Content Too Large" REQUEST_ENTITY_TOO_LARGE
tap_check "  and names the current name" grep -qF "older name of 413; the current name is CONTENT_TOO_LARGE" "$tmp/out"
# aliases_of KIND CODE: the texts of data/aliases.csv's rows of KIND for CODE, in order, ", "-joined.
aliases_of() { grep -v '^#' "$data/aliases.csv" | sed 1d | grep "^$1,[^,]*,$2," | cut -d, -f2 | paste -sd, - | sed 's/,/, /g'; }
tap_check "  and lists every older spelling of 413" sh -c 'grep -qxF "  older names:      $2" "$1" &&
	grep -qxF "  older phrases:    $3" "$1"' _ "$tmp/out" "$(aliases_of name 413)" "$(aliases_of phrase 413)"
tap_check "request_uri_too_long finds 414" expect 0 "414 URI Too Long" request_uri_too_long
tap_check "\"Requested Range Not Satisfiable\" finds 416" expect 0 "416 Range Not Satisfiable" "Requested Range Not Satisfiable"
tap_check "UNPROCESSABLE_ENTITY finds 422" expect 0 "422 Unprocessable Content" UNPROCESSABLE_ENTITY
tap_check "a current name gets no note" sh -c '"$1" CONTENT_TOO_LARGE | grep -q "^note:" && exit 1; exit 0' _ "$hs"
tap_check "0404 is 404" expect 0 "404 Not Found" 0404

# ---- states, content and caching from data/
tap_check "104 is temporary with its expiry" expect 0 "temporary (expires 2026-11-13" 104
tap_check "418 is reserved as unused" expect 0 "state:            unused" 418
tap_check "510 is obsoleted" expect 0 "state:            obsoleted" 510
tap_check "204 may not carry content" expect 0 "may have content: no" 204
tap_check "451 is cacheable by default (RFC 7725)" expect 0 "cacheable:        yes" 451
tap_check "429 is not cacheable by default (RFC 6585)" expect 0 "cacheable:        no" 429
# Every status: the tool answers its code with the phrase data/statuses.csv gives.
every_code() {
	grep -v '^#' "$data/statuses.csv" | sed 1d | cut -d, -f1,3 | while IFS=, read -r code phrase; do
		"$hs" "$code" | sed -n 1p | grep -qxF "$code $phrase" || { echo "# $code: not '$phrase'"; return 1; }
	done
}
tap_check "every code in data/statuses.csv answers with its phrase" every_code

# ---- classes and unregistered codes
for c in 1 2 3 4 5; do
	run "${c}xx"
	n=$(csv_codes_in_class "$c")
	tap_check "${c}xx lists its $n registered statuses" sh -c '[ "$1" -eq 0 ] &&
		grep -q "^$2xx: .*, $3 registered statuses$" "$4" && [ "$(grep -c "^$2[0-9][0-9]  " "$4")" -eq "$3" ]' \
		_ "$rc" "$c" "$n" "$tmp/out"
done
tap_check "4XX (capital X) is the class too" expect 0 "4xx: client error (400 to 499)" 4XX
tap_check "299: exit 1" expect 1 "299 (not registered)" 299
tap_check "299: says it is valid and gives its class" sh -c 'grep -q "class: *2xx, success$" "$1"' _ "$tmp/out"
tap_check "299: one line on stderr" one_error "299: no status is registered with this code (a valid 2xx code: success)"
tap_check "299: no unofficial entry" sh -c '! grep -q "unofficial:" "$1"' _ "$tmp/out"
tap_check "499: exit 1, not registered" expect 1 "499 (not registered)" 499
tap_check "499: gives the unofficial entry, who sends it and its source" sh -c '
	grep -q "unofficial: *CLIENT_CLOSED_REQUEST, \"Client Closed Request\", sent by nginx$" "$1" &&
	grep -q "source: *nginx " "$1"' _ "$tmp/out"
tap_check "499: the same one line on stderr" one_error "499: no status is registered with this code (a valid 4xx code: client_error)"
tap_check "an older name says where it is used" expect 0 "used by: Go net/http StatusRequestEntityTooLarge" REQUEST_ENTITY_TOO_LARGE
tap_check "an older phrase names the section it was read in, with the quotation" expect 0 \
	'      evidence: RFC 2068, Section 10.3.3: "10.3.3 302 Moved Temporarily"' "Moved Temporarily"
tap_check "a name kept on the project's judgement says so, and why" expect 0 \
	"      evidence: judgement: no implementation's own source" REQUEST_RANGE_NOT_SATISFIABLE
run 499
tap_check "499: the sender's source, where it was read and what it says" grep -qxF \
	'  evidence:         nginx/nginx@release-1.22.1:src/http/ngx_http_request.h:134: "#define NGX_HTTP_CLIENT_CLOSED_REQUEST     499"' "$tmp/out"
run 444
tap_check "444: each piece of evidence on its line, the judgement on the phrase too" sh -c '
	[ "$(grep -c "^  evidence: " "$1")" -eq 2 ] && grep -q "^  evidence: *judgement: nginx gives 444 no phrase" "$1"' _ "$tmp/out"
run 423
tap_check "423: the section IANA does not give, with its quotation" grep -qxF \
	'  evidence:         RFC 4918, Section 11.3: "11.3.  423 Locked"' "$tmp/out"
run 404
tap_check "404: nothing beyond IANA and RFC 9110, no evidence line" sh -c '! grep -q "evidence:" "$1"' _ "$tmp/out"
for q in 600 99 0 6xx 99999999999999999999; do
	run "$q"
	tap_check "$q: not found (exit 1), nothing on stdout, one error line" sh -c '[ "$1" -eq 1 ]' _ "$rc"
	tap_check "$q: the error says why" one_error "$q: "
done

# ---- methods
tap_check "--method PATCH" expect 0 "PATCH" --method PATCH
tap_check "  PATCH is neither safe, idempotent nor cacheable" sh -c 'grep -q "safe: *no$" "$1" &&
	grep -q "idempotent: *no$" "$1" && grep -q "cacheable: *no$" "$1"' _ "$tmp/out"
tap_check "  with its reference" grep -q "reference: *RFC 5789, Section 2 (PATCH Method for HTTP)$" "$tmp/out"
tap_check "-m GET is safe, idempotent and cacheable" sh -c '"$1" -m GET | grep -c ": *yes$" | grep -qx 3' _ "$hs"
tap_check "--method=QUERY (RFC 10008)" expect 0 "reference:        RFC 10008, Section 2" --method=QUERY
tap_check "--method patch: not found (names are case-sensitive)" sh -c '"$1" --method patch >/dev/null 2>&1; [ $? -eq 1 ]' _ "$hs"
run -m patch
tap_check "  and the error suggests PATCH" one_error "patch: no such method (method names are case-sensitive: did you mean PATCH?)"
run -m FROB
tap_check "an unknown method: exit 1, one error line" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  no such method" one_error "FROB: no such method$"
run GET
tap_check "GET as a status query points at --method" one_error "GET: no such status (it is a method: try --method GET)"
run -m '*'
tap_check "the reserved * is not a method" sh -c '[ "$1" -eq 1 ]' _ "$rc"

# ---- --list, --methods, --version, --help
run --list
tap_check "--list: one line per status, plus a header" sh -c '[ "$1" -eq 0 ] && [ "$(wc -l <"$2")" -eq $(($3 + 1)) ]' \
	_ "$rc" "$tmp/out" "$(csv_rows "$data/statuses.csv")"
tap_check "--list shows states other than registered" grep -qF "104  UPLOAD_RESUMPTION_SUPPORTED      Upload Resumption Supported [temporary, expires 2026-11-13]" "$tmp/out"
run --methods
tap_check "--methods: one line per method, plus a header" sh -c '[ "$1" -eq 0 ] && [ "$(wc -l <"$2")" -eq $(($3 + 1)) ]' \
	_ "$rc" "$tmp/out" "$(csv_rows "$data/methods.csv")"
tap_check "--methods is in alphabetical order" sh -c 'sed 1d "$1" | cut -d" " -f1 | LC_ALL=C sort -c' _ "$tmp/out"
version=$(sed -n 's/^#define HTTPSTATUS_VERSION_\(MAJOR\|MINOR\|MICRO\) \([0-9]*\)$/\2/p' "$top_srcdir/include/httpstatus.h" | paste -sd.)
snapshot=$(sed -n 's/^snapshot,//p' "$data/registry.csv")
tap_check "--version shows the version $version" expect 0 "httpstatus $version (libhttpstatus $version)" --version
tap_check "--version shows the registry snapshot $snapshot" grep -qx "registry snapshot $snapshot" "$tmp/out"
tap_check "-V is --version" expect 0 "registry snapshot $snapshot" -V
tap_check "--help: usage, exit 0" expect 0 "Usage: httpstatus [--json] QUERY..." --help
tap_check "-h is --help" expect 0 "--method NAME" -h

# ---- several queries
run 404 xyz 200
tap_check "several queries: exit 1 when one is not found" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  the others are still answered, in order" sh -c '[ "$(grep -E "^[0-9]{3} " "$1" | tr "\n" /)" = "404 Not Found/200 OK/" ]' _ "$tmp/out"
tap_check "  one error line for the one not found" one_error "xyz: no such status code, name or reason phrase$"
tap_check "404 --list -m GET mixes query kinds" expect 0 "GET" 404 --list -m GET

# ---- usage errors: exit 2, one line on stderr, nothing looked up
usage() {
	run "$@"
	[ "$rc" -eq 2 ] || { echo "# exit $rc"; return 1; }
	[ ! -s "$tmp/out" ] || { echo "# stdout not empty"; return 1; }
	one_error "try 'httpstatus --help'"
}
tap_check "no argument, standard input empty" usage
tap_check "an empty argument" usage ""
tap_check "an empty argument among good ones" usage 404 ""
tap_check "an unknown option" usage --frobnicate
tap_check "an unknown option after a good query" usage 404 -x
tap_check "-m without a name" usage -m
tap_check "-m with an empty name" usage -m ""
tap_check "--method= with an empty name" usage --method=
tap_check "-1 without -- (looks like an option)" usage -1
run -1
tap_check "  and the error says to put -- first" one_error "put -- before a query"
tap_check "--json alone has nothing to look up" usage --json

# ---- -- and odd bytes
run -- -1
tap_check "-- -1: a query, not a status code (exit 1)" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  says so in one line" one_error "-1: not a status code"
run -- --list
tap_check "-- --list: --list is a query after --, found nothing" sh -c '[ "$1" -eq 1 ] && [ ! -s "$2" ]' _ "$rc" "$tmp/out"
tap_check "-- -- 404: the second -- is a query too" sh -c '"$1" -- -- 404 >/dev/null 2>&1; [ $? -eq 1 ]' _ "$hs"
tap_check "404 -- 500: both answered" sh -c '[ "$("$1" 404 -- 500 | grep -c "^[0-9][0-9][0-9] ")" -eq 2 ]' _ "$hs"
run "$(printf 'Not\377\376Found')"
tap_check "non-UTF-8 bytes: not found (exit 1)" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  escaped in the one error line" one_error 'Not\\xff\\xfeFound: no such'
run "$(printf 'Not\nFound')"
tap_check "a newline in the query: the error stays on one line" one_error 'Not\\x0aFound: no such'
run -m "$(printf 'G\033[2JET')"
tap_check "terminal escapes in a method name are not passed through" one_error 'G\\x1b\[2JET: no such method'
big=$(head -c 131000 /dev/zero | tr '\0' 'A')
run "$big"
tap_check "a 131000-byte query (the most one argument can be): exit 1" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  one short error line" sh -c '[ "$(wc -c <"$1")" -lt 200 ]' _ "$tmp/err"
run -m "$big"
tap_check "a 131000-byte method: exit 1" sh -c '[ "$1" -eq 1 ]' _ "$rc"
run "$big" "$big" "$big" "$big" "$big" "$big" "$big" "$big"
tap_check "1 MB of queries in 8 arguments: exit 1, 8 error lines" sh -c '[ "$1" -eq 1 ] && [ "$(wc -l <"$2")" -eq 8 ]' _ "$rc" "$tmp/err"
digits=$(head -c 131000 /dev/zero | tr '\0' '4')
run "$digits"
tap_check "131000 digits: not a status code" one_error "not a status code"
# ---- the manual's example is the real output
man_example() {
	awk '/^\$ httpstatus 404$/ { on = 1; next } on && /^\.Ed/ { exit } on { print }' \
		"$top_srcdir/doc/man1/httpstatus.1" >"$tmp/man404"
	"$hs" 404 >"$tmp/out404" && [ -s "$tmp/man404" ] && diff "$tmp/man404" "$tmp/out404" >"$tmp/mandiff" ||
		{ sed 's/^/# /' "$tmp/mandiff"; return 1; }
}
tap_check "httpstatus(1) shows what 'httpstatus 404' prints" man_example

# ---- only the public API
# No source of the tool includes a header of lib/, by a quoted path or an angled one.
tool_headers() {
	for f in "$top_srcdir"/tools/*.c "$top_srcdir"/tools/*.h; do
		sed -n 's/^#include [<"]\(.*\)[>"].*/\1/p' "$f" | while read -r h; do
			[ ! -e "$top_srcdir/lib/$(basename "$h")" ] || echo "# $f: includes $h, a header of lib/"
		done
	done >"$tmp/headers"
	[ ! -s "$tmp/headers" ] || { cat "$tmp/headers"; return 1; }
}
tap_check "no source of the tool includes a private header" tool_headers
real="$top_builddir/tools/.libs/httpstatus"
[ -f "$real" ] || real=$hs
api_only() {
	${NM:-nm} -D --undefined-only "$real" | awk '/ httpstatus_/ { print $2 }' >"$tmp/used"
	[ -s "$tmp/used" ] || { echo "# the tool uses no libhttpstatus symbol?"; return 1; }
	! grep -v '@HTTPSTATUS_[0-9.]*$' "$tmp/used" | sed 's/^/# not a versioned export: /' | grep .
}
tap_check "the tool links only versioned exports of libhttpstatus.so" api_only
if [ -w /dev/full ]; then
	tap_check "a write error: exit 2 with one error line" sh -c '"$1" --list >/dev/full 2>"$2"; [ $? -eq 2 ] &&
		[ "$(wc -l <"$2")" -eq 1 ] && grep -q "cannot write" "$2"' _ "$hs" "$tmp/err"
fi
tap_done
