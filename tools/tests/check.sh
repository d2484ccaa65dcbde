#!/bin/sh
# httpstatus --check: response heads fed to the command on standard input and in a file.  The rules
# each head must be said to break are read from data/rules.csv; the limits from tools/head.h.  Exit
# statuses: 0 nothing failing, 1 a MUST, MUST NOT, SHOULD, SHOULD NOT or cannot rule broken, 2 an
# input that is not a response head (one line on stderr naming the line, nothing on stdout).
. "$top_srcdir/tests/tap.sh"

hs="$top_builddir/tools/httpstatus"
py=${PYTHON3:-$(command -v python3)}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
[ -x "$hs" ] || { echo "Bail out! $hs is not built"; exit 1; }
[ -n "$py" ] || tap_skip_all "no python3 to read data/rules.csv"

line_max=$(sed -n 's/^#define HEAD_LINE_MAX \([0-9]*\)$/\1/p' "$top_srcdir/tools/head.h")
input_max=$(sed -n 's/^#define HEAD_INPUT_MAX (\([0-9]*\) \* \([0-9]*\))$/\1 \2/p' "$top_srcdir/tools/head.h")
input_max=$((${input_max% *} * ${input_max#* }))
[ -n "$line_max" ] && [ "$input_max" -gt 0 ] || { echo "Bail out! no limits in tools/head.h"; exit 1; }

# check TEXT ARGS...: printf's TEXT (escapes such as \r\n) on standard input of httpstatus --check
# ARGS...; stdout in $tmp/out, stderr in $tmp/err, the exit status in $rc.
check() {
	text=$1
	shift
	printf "$text" >"$tmp/in"
	"$hs" --check "$@" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
status_is() { [ "$rc" -eq "$1" ] || { echo "# exit $rc, wanted $1"; sed 's/^/# err: /' "$tmp/err"; return 1; }; }
# refused LINE-PATTERN: exit 2, nothing on stdout, exactly one line on stderr matching the pattern.
refused() {
	status_is 2 || return 1
	[ ! -s "$tmp/out" ] || { echo "# stdout:"; sed 's/^/#   /' "$tmp/out"; return 1; }
	[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^httpstatus: $1" "$tmp/err" ||
		{ echo "# stderr:"; sed 's/^/#   /' "$tmp/err"; return 1; }
}
has_line() { grep -qxF -- "$1" "$tmp/out" || { echo "# no line '$1' in:"; sed 's/^/#   /' "$tmp/out"; return 1; }; }
lacks() { ! grep -qF -- "$1" "$tmp/out" || { echo "# '$1' in:"; sed 's/^/#   /' "$tmp/out"; return 1; }; }
. "$top_srcdir/tools/tests/rules.sh"

# ---- heads that break nothing that fails
check 'HTTP/1.1 200 OK\r\nDate: x\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\n'
tap_check "a plain 200: exit 0" status_is 0
tap_check "  one line saying so, nothing on stderr" sh -c '[ "$(cat "$1")" = "line 1: HTTP/1.1 200 OK: no rule broken" ] &&
	[ ! -s "$2" ]' _ "$tmp/out" "$tmp/err"
check 'HTTP/1.1 405 Method Not Allowed\r\nDate: x\r\nAllow: GET,\r\n HEAD\r\n\r\n'
tap_check "405 with a folded Allow field: exit 0" status_is 0
want=$(rule_line fail 405 field Allow "no Allow field") || want=missing
check 'HTTP/1.1 405 Method Not Allowed\r\nDate: x\r\nContent-Length: 0\r\n\r\n'
tap_check "405 without Allow: exit 1 (a MUST rule)" status_is 1
tap_check "  the rule's level, what is wrong, its locator and quote from data/rules.csv" has_line "$want"
tap_check "  the head's line says one rule is broken and fails" has_line \
	"line 1: HTTP/1.1 405 Method Not Allowed: 1 rule broken, 1 failing"
check 'HTTP/1.1 405 Method Not Allowed\nDate: x\nContent-Length: 0\n\n'
tap_check "bare LF line ends: the same answer" has_line "$want"
check 'HTTP/1.1 405 Method Not Allowed\r\ndate: x\r\nallow: GET\r\n\r\n'
tap_check "field names are compared in any case: allow is Allow" sh -c '[ "$1" -eq 0 ]' _ "$rc"
want=$(rule_line note 503 field Retry-After "no Retry-After field") || want=missing
check 'HTTP/1.1 503 Service Unavailable\r\n\r\n'
tap_check "503 without Retry-After: exit 0 (a MAY rule never fails)" status_is 0
tap_check "  but it is shown as a note, with its source" has_line "$want"
check 'HTTP/1.1 499 Client Closed Request\r\n\r\n'
tap_check "499, an unofficial code, is checked (nginx's phrase)" sh -c '[ "$1" -ne 2 ] &&
	grep -q "^line 1: HTTP/1.1 499 Client Closed Request: " "$2"' _ "$rc" "$tmp/out"

# ---- the method, the version and content
want=$(rule_line fail '*' content '' "content in a response to HEAD") || want=missing
check 'HTTP/1.1 200 OK\r\nDate: x\r\nContent-Length: 5\r\n\r\nhello' --method HEAD
tap_check "--method HEAD, content after the head: exit 1" status_is 1
tap_check "  content in a response to HEAD, with its source" has_line "$want"
check 'HTTP/1.1 200 OK\r\nDate: x\r\nContent-Length: 5\r\n\r\nhello'
tap_check "the same head without --method (the method not known): exit 0" status_is 0
want=$(rule_line fail 4xx content '' "no content") || want=missing
check 'HTTP/1.1 404 Not Found\r\nDate: x\r\n\r\n' --method GET
tap_check "a 404 for GET with nothing after its head: exit 1" status_is 1
tap_check "  no content, with its source" has_line "$want"
check 'HTTP/1.1 404 Not Found\r\nDate: x\r\n\r\n'
tap_check "the same head without --method, as curl -sI prints it: content not known, exit 0" status_is 0
check 'HTTP/1.1 404 Not Found\r\nDate: x\r\n\r\n' --method HEAD
tap_check "the same head for HEAD: no rule asks an answer to HEAD for content, exit 0" status_is 0
check 'HTTP/1.1 200 OK\r\nDate: x\r\nContent-Length: 5\r\n\r\n' -m HEAD
tap_check "curl -sI's head for HEAD, no content: exit 0" status_is 0
want=$(rule_line fail '*' field Connection "a Connection field" 2) || want=missing
check 'HTTP/2 200 \r\nconnection: keep-alive\r\n\r\n'
tap_check "HTTP/2 with a Connection field: exit 1" status_is 1
tap_check "  the HTTP/2 rule, with its source" has_line "$want"
check 'HTTP/1.1 200 OK\r\nDate: x\r\nConnection: keep-alive\r\n\r\n'
tap_check "HTTP/1.1 with a Connection field: exit 0" status_is 0
check 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n'
tap_check "204 with Content-Length: exit 1" status_is 1
tap_check "  a Content-Length field" has_line "$(rule_line fail 204 field Content-Length "a Content-Length field")"

# ---- several heads: each checked, the worst exit status
check 'HTTP/1.1 301 Moved Permanently\r\nLocation: /b\r\n\r\nHTTP/1.1 405 Method Not Allowed\r\n\r\n'
tap_check "curl -sIL: a redirect, then a 405 without Allow: exit 1" status_is 1
tap_check "  both heads answered, each naming its line" sh -c '[ "$(grep -c "^line [14]: " "$1")" -eq 2 ]' _ "$tmp/out"
check 'HTTP/1.1 503 Service Unavailable\r\n\r\nHTTP/1.1 200 OK\r\nDate: x\r\n\r\n'
tap_check "a note, then a head that passes: exit 0" status_is 0
check 'HTTP/1.1 103 Early Hints\r\nLink: </s>\r\n\r\nHTTP/2 200 \r\ndate: x\r\n\r\n'
tap_check "an interim 103, then the final head: both checked" sh -c '[ "$1" -eq 0 ] &&
	[ "$(grep -c "^line [14]: " "$2")" -eq 2 ]' _ "$rc" "$tmp/out"

# ---- a file
printf 'HTTP/1.1 405 Method Not Allowed\r\n\r\n' >"$tmp/head 405.txt"
"$hs" --check "$tmp/head 405.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
tap_check "--check FILE: the same answer as on standard input" sh -c '[ "$1" -eq 1 ] && grep -q "^  fail MUST: no Allow field" "$2"' \
	_ "$rc" "$tmp/out"
"$hs" --check - <"$tmp/head 405.txt" >"$tmp/out" 2>"$tmp/err"
tap_check "--check - reads standard input" grep -q "^  fail MUST: no Allow field" "$tmp/out"

# ---- malformed input: exit 2, one line naming the line, nothing on stdout
check ''
tap_check "an empty input" refused "standard input, line 1: the input is empty"
check 'GET / HTTP/1.1\r\nHost: a\r\n\r\n'
tap_check "a request line" refused "standard input, line 1: not a status line"
check 'HTTP/1.1 2000 OK\r\n\r\n'
tap_check "a four-digit code" refused "standard input, line 1: the status line has no three-digit status code"
check 'HTTP/1.2 200 OK\r\n\r\n'
tap_check "HTTP/1.2" refused "standard input, line 1: not a status line of HTTP/1.0, HTTP/1.1, HTTP/2 or HTTP/3"
check 'HTTP/1.1 299 Odd\r\n\r\n'
tap_check "a code neither registered nor unofficial (299)" refused \
	"standard input, line 1: status code 299 is neither registered nor a known unofficial one"
check 'HTTP/1.1 200 OK\r\nServer nginx\r\n\r\n'
tap_check "a field line without a colon" refused "standard input, line 2: a field line without a colon"
check 'HTTP/1.1 200 OK\r\nX(Y): 1\r\n\r\n'
tap_check "a field name with a byte that is not a token character" refused \
	"standard input, line 2: the field name holds a byte that is not a token character: '('"
check 'HTTP/1.1 200 OK\r\nServer : x\r\n\r\n'
tap_check "white space before the colon" refused "standard input, line 2: whitespace between the field name and the colon"
check 'HTTP/1.1 200 OK\r\n folded\r\n\r\n'
tap_check "a continuation line with no field before it" refused "standard input, line 2: a line that starts with whitespace"
check 'HTTP/1.1 200 OK\r\nA: x\0y\r\n\r\n'
tap_check "a NUL byte" refused "standard input, line 2: the line holds a NUL byte"
{ printf 'HTTP/1.1 200 OK\r\nX: '; head -c $((line_max - 2)) /dev/zero | tr '\0' v; printf '\r\n\r\n'; } >"$tmp/long"
"$hs" --check "$tmp/long" >"$tmp/out" 2>"$tmp/err"
rc=$?
tap_check "a line of $((line_max + 1)) bytes" refused ".*/long, line 2: the line is longer than $line_max bytes"
{ printf 'HTTP/1.1 200 OK\r\nX: '; head -c $((line_max - 3)) /dev/zero | tr '\0' v; printf '\r\n\r\n'; } >"$tmp/long"
"$hs" --check "$tmp/long" >"$tmp/out" 2>"$tmp/err"
tap_check "a line of $line_max bytes is read" grep -q "^line 1: " "$tmp/out"
{ printf 'HTTP/1.1 200 OK\r\nDate: x\r\n\r\n'; head -c $((input_max - 28)) /dev/zero; } >"$tmp/big"
"$hs" --check "$tmp/big" >"$tmp/out" 2>"$tmp/err"
rc=$?
tap_check "an input of $input_max bytes (content of NUL bytes) is read" status_is 0
printf x >>"$tmp/big"
"$hs" --check <"$tmp/big" >"$tmp/out" 2>"$tmp/err"
rc=$?
tap_check "one byte more is refused" refused "standard input: more than $input_max bytes"
check 'HTTP/1.1 301 Moved\r\nLocation: /\r\n\r\nHTTP/1.1 200 OK\r\nBad line\r\n\r\n'
tap_check "a bad second head: its line named, and nothing written for the first" refused "standard input, line 5: "
check 'HTTP/1.1 200 OK\r\nBad line\r\n\r\n' --json
tap_check "--json: a malformed head writes no JSON" refused "standard input, line 2: "
"$hs" --check "$tmp/nonexistent" >"$tmp/out" 2>"$tmp/err" </dev/null
rc=$?
tap_check "a file that does not exist" refused ".*nonexistent: cannot open: "

# ---- usage errors
check 'HTTP/1.1 200 OK\r\n\r\n' --list
tap_check "--check --list" refused "--list: does not go with --check"
check 'HTTP/1.1 200 OK\r\n\r\n' "$tmp/head 405.txt" "$tmp/head 405.txt"
tap_check "two files" refused ".*: --check reads one file"
check 'HTTP/1.1 200 OK\r\n\r\n' -m GET -m HEAD
tap_check "two methods" refused "HEAD: --check takes one --method"
check 'HTTP/1.1 200 OK\r\n\r\n' -m head
tap_check "an unregistered method, with the registered spelling suggested" refused \
	"head: no such method (method names are case-sensitive: did you mean HEAD?)"
check 'HTTP/1.1 200 OK\r\n\r\n' -m -
tap_check "-m - (methods from standard input)" refused "-: --check takes one method name"
check 'HTTP/1.1 200 OK\r\nDate: x\r\n\r\n' -jc
tap_check "-jc: a cluster holding c checks, in JSON" sh -c '[ "$1" -eq 0 ] && grep -q "\"kind\":\"head\"" "$2"' _ "$rc" "$tmp/out"

# ---- JSON
# jcheck DESCRIPTION EXIT HEAD EXPRESSION ARGS...: --check --json on HEAD exits EXIT with one document
# whose results (r) are heads with every documented key, for which the Python expression holds; rules(...)
# gives the rows of data/rules.csv.
cat >"$tmp/check.py" <<'PY'
import csv, json, sys
HEAD = {"query", "kind", "found", "line", "version", "code", "status", "method", "fields", "content",
        "passed", "broken"}
RULE = {"subject", "field", "level", "failing", "scope", "versions", "locator", "quote"}
def rules(status, subject, field=""):
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(l for l in f if not l.startswith("#"))
                if r["status"] == status and r["subject"] == subject and r["field"] == field]
d = json.load(sys.stdin)
r = d["results"]
for x in r:
    assert set(x) == HEAD and x["kind"] == "head" and x["found"] is True, sorted(x)
    for b in x["broken"]:
        assert set(b) == RULE, sorted(b)
        assert b["failing"] == (b["level"] in ("MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "cannot")), b
    assert x["passed"] == (not any(b["failing"] for b in x["broken"]))
if not eval(sys.argv[1]):
    print("# false: " + sys.argv[1])
    print("# " + json.dumps(r)[:2000])
    sys.exit(1)
PY
jcheck() {
	desc=$1 want=$2 head=$3 expr=$4
	shift 4
	check "$head" --json "$@"
	tap_check "$desc" sh -c '[ "$1" -eq "$2" ] || { echo "# exit $1"; exit 1; }
		"$3" "$4" "$5" "$6" <"$7"' _ "$rc" "$want" "$py" "$tmp/check.py" "$expr" "$top_srcdir/data/rules.csv" "$tmp/out"
}
jcheck "--json 405 without Allow: the rule as data/rules.csv has it" 1 'HTTP/1.1 405 Method Not Allowed\r\nDate: x\r\n\r\n' \
	'len(r) == 1 and r[0]["query"] == "-" and r[0]["line"] == 1 and r[0]["version"] == "HTTP/1.1" and r[0]["code"] == 405 and r[0]["status"]["name"] == "METHOD_NOT_ALLOWED" and r[0]["method"] is None and r[0]["fields"] == ["Date"] and r[0]["content"] is None and not r[0]["passed"] and [(b["subject"], b["field"], b["level"], b["locator"], b["quote"]) for b in r[0]["broken"]] == [("field", "Allow", x["level"], x["locator"], x["quote"]) for x in rules("405", "field", "Allow")]'
jcheck "--json 503: a MAY rule broken, not failing, the head passes" 0 'HTTP/1.1 503 Service Unavailable\r\n\r\n' \
	'r[0]["passed"] and any(b["field"] == "Retry-After" and not b["failing"] and b["level"] == "MAY" for b in r[0]["broken"])'
jcheck "--json: several heads, one result each, in order; the method and content as given" 1 \
	'HTTP/2 301 \r\nlocation: /\r\ndate: x\r\n\r\nHTTP/1.1 200 OK\r\nDate: x\r\nContent-Length: 2\r\n\r\nhi' \
	'[(x["line"], x["version"], x["code"], x["content"], x["method"]) for x in r] == [(1, "HTTP/2", 301, False, "HEAD"), (5, "HTTP/1.1", 200, True, "HEAD")] and not r[1]["passed"] and r[0]["passed"] and r[1]["broken"][0]["scope"] == "head"' \
	--method HEAD
jcheck "--json: a field rule of HTTP/2 names its versions" 1 'HTTP/2 200 \r\nConnection: close\r\n\r\n' \
	'[b["versions"] for b in r[0]["broken"] if b["field"] == "Connection"] == [["2"]] and r[0]["fields"] == ["Connection"]'

# ---- the manual
man_limits() {
	grep -q "a line of more than $line_max bytes" "$top_srcdir/doc/man1/httpstatus.1" &&
		grep -q "an input of more than $input_max bytes" "$top_srcdir/doc/man1/httpstatus.1"
}
tap_check "httpstatus(1) gives the limits of tools/head.h" man_limits
man_example() {
	awk '/^\$ printf .* \| httpstatus --check$/ { print; on = 1; next } on && /^\.Ed/ { exit } on { print }' \
		"$top_srcdir/doc/man1/httpstatus.1" | sed 's/\\e/\\/g' >"$tmp/man"
	cmd=$(sed -n '1s/^\$ //p' "$tmp/man" | sed 's/httpstatus --check$/"$hs" --check/')
	[ -n "$cmd" ] || { echo "# no --check example in httpstatus(1)"; return 1; }
	sed 1d "$tmp/man" >"$tmp/man.out"
	eval "$cmd" >"$tmp/real.out"
	diff "$tmp/man.out" "$tmp/real.out" | sed 's/^/# /'
	cmp -s "$tmp/man.out" "$tmp/real.out"
}
tap_check "httpstatus(1) shows what its --check example prints" man_example
tap_done
