#!/bin/sh
# httpstatus --json: every query form parsed by a real JSON parser (python3's json module), the schema
# documented in httpstatus(1) checked field by field, and the answers compared with data/.
. "$top_srcdir/tests/tap.sh"

py=${PYTHON3:-$(command -v python3)}
[ -n "$py" ] || tap_skip_all "no python3"
hs="$top_builddir/tools/httpstatus"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The checker: reads one --json document on stdin, asserts the documented schema for every result,
# then evaluates the Python expression in argv[1] with d (the document) and r (its results).
cat >"$tmp/check.py" <<'PY'
import csv, json, sys

STATUS_KEYS = {"code", "name", "phrase", "description", "class", "state", "expires", "reference",
               "reference_title", "may_have_content", "cacheable", "status_line", "older_names",
               "older_phrases", "location_redirect", "permanent_redirect", "follow_method", "transient",
               "retry_after", "user", "locator", "quote", "rules"}
RULE_KEYS = {"subject", "field", "level", "scope", "versions", "locator", "quote"}
METHOD_KEYS = {"name", "description", "safe", "idempotent", "cacheable", "reference", "reference_title"}
RESULT_KEYS = {
    "status": {"query", "kind", "found", "match", "match_source", "match_locator", "match_quote", "code", "class",
               "status", "unofficial"},
    "class": {"query", "kind", "found", "class", "first", "last", "statuses"},
    "list": {"query", "kind", "found", "statuses"},
    "method": {"query", "kind", "found", "suggestion", "method"},
    "methods": {"query", "kind", "found", "methods"},
}

def fail(msg):
    print("# " + msg)
    sys.exit(1)

def check_status(s):
    if set(s) != STATUS_KEYS:
        fail("status keys %s" % sorted(set(s) ^ STATUS_KEYS))
    for k in ("may_have_content", "cacheable", "location_redirect", "permanent_redirect", "transient",
              "retry_after"):
        if not isinstance(s[k], bool):
            fail(k + " is not a boolean")
    if not isinstance(s["code"], int) or not 100 <= s["code"] <= 599:
        fail("bad code")
    if (s["expires"] is None) != (s["state"] != "temporary"):
        fail("expires is set exactly for temporary statuses")
    for r in s["rules"]:
        if set(r) != RULE_KEYS:
            fail("rule keys %s" % sorted(set(r) ^ RULE_KEYS))
        if (r["field"] is None) != (r["subject"] != "field") or not r["versions"] or not r["quote"]:
            fail("a rule names its field exactly when it is about one, its versions and its quote")

def check_method(m):
    if set(m) != METHOD_KEYS:
        fail("method keys %s" % sorted(set(m) ^ METHOD_KEYS))

def rows(name):
    with open(sys.argv[2] + "/data/" + name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))

raw = sys.stdin.buffer.read()
try:
    d = json.loads(raw.decode("utf-8"))
except (UnicodeDecodeError, ValueError) as e:
    fail("not JSON: %s" % e)
if set(d) != {"schema", "version", "registry_date", "results"} or d["schema"] != 1:
    fail("bad envelope %r" % sorted(d))
for res in d["results"]:
    if set(res) != RESULT_KEYS.get(res.get("kind"), set()):
        fail("result keys for kind %r: %s" % (res.get("kind"), sorted(res)))
    if res.get("status"):
        check_status(res["status"])
    if res.get("unofficial"):
        check_status(res["unofficial"])
        if res["unofficial"]["state"] != "unofficial" or res.get("status") or res["found"]:
            fail("an unofficial status stands beside a registered one, or counts as found")
    for s in res.get("statuses", []):
        check_status(s)
    if res.get("method"):
        check_method(res["method"])
    for m in res.get("methods", []):
        check_method(m)
r = d["results"]
if not eval(sys.argv[1]):
    fail("false: " + sys.argv[1])
PY

# jcheck DESCRIPTION EXIT PYTHON-EXPRESSION ARGS...: httpstatus --json ARGS... exits EXIT and its
# output is valid JSON of the documented schema for which the expression holds.
jcheck() {
	desc=$1 want=$2 expr=$3
	shift 3
	tap_check "$desc" sh -c 'hs=$1 want=$2 expr=$3 tmp=$4 py=$5
		shift 5
		"$hs" --json "$@" >"$tmp/out" 2>"$tmp/err"
		rc=$?
		[ $rc -eq "$want" ] || { echo "# exit $rc, wanted $want"; exit 1; }
		"$py" "$tmp/check.py" "$expr" "$top_srcdir" <"$tmp/out"' _ "$hs" "$want" "$expr" "$tmp" "$py" "$@"
}

jcheck "404" 0 'r[0]["found"] and r[0]["match"] == "code" and r[0]["status"]["name"] == "NOT_FOUND" and r[0]["status"]["cacheable"] is True and r[0]["status"]["status_line"] == "HTTP/1.1 404 Not Found"' 404
jcheck "NOT_FOUND" 0 'r[0]["match"] == "name" and r[0]["code"] == 404 and r[0]["class"] == "client_error"' NOT_FOUND
jcheck "not_found" 0 'r[0]["match"] == "name" and r[0]["code"] == 404' not_found
jcheck "\"not found\"" 0 'r[0]["match"] == "phrase" and r[0]["code"] == 404' "not found"
jcheck "\"payload too large\": an older phrase, with the current one" 0 \
	'r[0]["match"] == "old_phrase" and r[0]["status"]["phrase"] == "Content Too Large" and "Payload Too Large" in r[0]["status"]["older_phrases"]' \
	"payload too large"
jcheck "REQUESTED_RANGE_NOT_SATISFIABLE: an older name, with the current one" 0 'r[0]["match"] == "old_name" and r[0]["status"]["name"] == "RANGE_NOT_SATISFIABLE" and set(r[0]["status"]["older_names"]) == {a["text"] for a in rows("aliases.csv") if a["kind"] == "name" and a["code"] == "416"} >= {"REQUESTED_RANGE_NOT_SATISFIABLE", "REQUEST_RANGE_NOT_SATISFIABLE"}' REQUESTED_RANGE_NOT_SATISFIABLE
jcheck "104: temporary, expires" 0 'r[0]["status"]["state"] == "temporary" and r[0]["status"]["expires"] == "2026-11-13"' 104
jcheck "4xx: exactly the 4xx rows of data/statuses.csv" 0 'r[0]["kind"] == "class" and r[0]["class"] == "client_error" and (r[0]["first"], r[0]["last"]) == (400, 499) and [s["code"] for s in r[0]["statuses"]] == [int(x["code"]) for x in rows("statuses.csv") if x["code"][0] == "4"]' 4xx
jcheck "299: not found, with its class" 1 'not r[0]["found"] and r[0]["code"] == 299 and r[0]["class"] == "success" and r[0]["status"] is None and r[0]["match"] is None' 299
jcheck "600: no class" 1 'r[0]["code"] == 600 and r[0]["class"] is None' 600
jcheck "499: not registered, the unofficial entry beside it" 1 'not r[0]["found"] and r[0]["status"] is None and r[0]["unofficial"]["name"] == "CLIENT_CLOSED_REQUEST" and r[0]["unofficial"]["user"] == "nginx" and r[0]["unofficial"]["reference"] == [u["source"] for u in rows("unofficial.csv") if u["code"] == "499"][0]' 499
jcheck "405: its rules are those of data/rules.csv for 405, 4xx and every status, in order" 0 '[(x["subject"], x["field"] or "", x["level"], x["locator"], x["quote"]) for x in r[0]["status"]["rules"]] == [(x["subject"], x["field"], x["level"], x["locator"], x["quote"]) for x in rows("rules.csv") if x["status"] in ("405", "4xx", "*")]' 405
jcheck "404: no unofficial entry, no user" 0 'r[0]["unofficial"] is None and r[0]["status"]["user"] is None' 404
jcheck "303: a redirect to Location, followed with GET; 503: transient, with Retry-After" 0 'r[0]["status"]["location_redirect"] and not r[0]["status"]["permanent_redirect"] and r[0]["status"]["follow_method"] == "get" and r[1]["status"]["transient"] and r[1]["status"]["retry_after"] and r[1]["status"]["follow_method"] is None' 303 503
jcheck "an older spelling names where it is used" 0 'r[0]["match"] == "old_name" and r[0]["match_source"] == [a["source"] for a in rows("aliases.csv") if a["text"] == "REQUEST_ENTITY_TOO_LARGE"][0] and r[1]["match_source"] is None' REQUEST_ENTITY_TOO_LARGE CONTENT_TOO_LARGE
jcheck "an older spelling gives where it was read and the quotation, as data/aliases.csv has them" 0 '[(r[0]["match_locator"], r[0]["match_quote"])] == [(a["locator"], a["quote"]) for a in rows("aliases.csv") if a["text"] == "Moved Temporarily"] and r[0]["match_locator"] == "RFC 2068, Section 10.3.3" and r[1]["match_locator"] is None and r[1]["match_quote"] is None' "Moved Temporarily" Found
jcheck "499's unofficial entry and 423 give their evidence; 404 none" 1 'r[0]["unofficial"]["locator"] == [u["locator"] for u in rows("unofficial.csv") if u["code"] == "499"][0] and "499" in r[0]["unofficial"]["quote"] and r[1]["status"]["locator"] == "RFC 4918, Section 11.3" and r[2]["status"]["locator"] is None and r[2]["status"]["quote"] is None' 499 423 404
jcheck "a number too big for an int: code null" 1 'r[0]["code"] is None and r[0]["class"] is None' 99999999999999999999
jcheck "xyz: not found" 1 'r[0]["code"] is None and r[0]["query"] == "xyz"' xyz
jcheck "--method PATCH" 0 'r[0]["kind"] == "method" and r[0]["method"]["name"] == "PATCH" and not r[0]["method"]["safe"] and not r[0]["method"]["idempotent"] and r[0]["suggestion"] is None' --method PATCH
jcheck "-m GET" 0 'r[0]["method"]["safe"] and r[0]["method"]["idempotent"] and r[0]["method"]["cacheable"]' -m GET
jcheck "-m patch suggests PATCH" 1 'not r[0]["found"] and r[0]["method"] is None and r[0]["suggestion"] == "PATCH"' -m patch
jcheck "--version: the envelope, no results" 0 'r == []' --version
jcheck "the registry date is data/registry.csv's snapshot" 0 'd["registry_date"] == rows("registry.csv")[0]["value"]' 200

# --list and --methods against data/, field by field.
jcheck "--list equals data/statuses.csv" 0 '[(str(s["code"]), s["name"], s["phrase"], s["state"], s["expires"] or "", "yes" if s["may_have_content"] else "no", "yes" if s["cacheable"] else "no", s["reference"], s["reference_title"], s["description"]) for s in r[0]["statuses"]] == [(x["code"], x["name"], x["phrase"], x["state"], x["expires"], x["may_have_content"], x["cacheable"], x["reference"], x["title"], x["description"]) for x in rows("statuses.csv")]' --list
jcheck "--methods equals data/methods.csv" 0 '[(m["name"], m["safe"], m["idempotent"], m["cacheable"], m["reference"], m["reference_title"], m["description"]) for m in r[0]["methods"]] == [(x["name"], x["safe"] == "yes", x["idempotent"] == "yes", x["cacheable"] == "yes", x["reference"], x["title"], x["description"]) for x in rows("methods.csv")]' --methods
jcheck "older names and phrases equal data/aliases.csv" 0 'all(set(s["older_names"]) == {a["text"] for a in rows("aliases.csv") if a["kind"] == "name" and int(a["code"]) == s["code"]} and set(s["older_phrases"]) == {a["text"] for a in rows("aliases.csv") if a["kind"] == "phrase" and int(a["code"]) == s["code"]} for s in r[0]["statuses"])' --list

# Every alias of data/aliases.csv resolves, upper- and lower-case.
aliases() {
	grep -v '^#' "$top_srcdir/data/aliases.csv" | sed 1d | "$py" -c '
import csv, sys
for row in csv.reader(sys.stdin):
    print(row[0] + "\t" + row[1] + "\t" + row[2])'
}
ok_aliases() {
	aliases | while IFS="	" read -r kind text code; do
		for q in "$text" "$(echo "$text" | tr A-Z a-z)"; do
			"$hs" --json -- "$q" | "$py" "$tmp/check.py" "r[0]['code'] == $code and r[0]['match'] == 'old_$kind'" "$top_srcdir" ||
				{ echo "# alias $q"; return 1; }
		done
	done
}
tap_check "every alias in data/aliases.csv resolves to its code as an older name or phrase" ok_aliases

# Several queries: one document, results in order.
jcheck "several queries: one document, one result each, in order" 1 '[x["kind"] for x in r] == ["status", "status", "class", "method", "list", "methods"] and [x["found"] for x in r] == [True, False, True, True, True, True]' 404 xyz 5xx -m GET --list --methods

# Bytes that JSON cannot hold as they are.
jcheck "non-UTF-8 bytes become U+FFFD" 1 'r[0]["query"] == "Not\ufffd\ufffdFound"' "$(printf 'Not\377\376Found')"
jcheck "quotes, backslashes and control characters are escaped" 1 'r[0]["query"] == "a\"b\\c\x01\x1f\x7f\n\t."' "$(printf 'a"b\\c\001\037\177\n\t.')"
jcheck "valid UTF-8 passes through" 1 'r[0]["query"] == "caf\u00e9 \u20ac \U0001f600"' "$(printf 'caf\303\251 \342\202\254 \360\237\230\200')"
jcheck "overlong and surrogate encodings are not valid UTF-8" 1 'r[0]["query"] == "\ufffd" * 5' "$(printf '\300\257\355\240\200')"
jcheck "a truncated sequence: each stray byte is one U+FFFD" 1 'r[0]["query"] == "\ufffd\ufffd"' "$(printf '\342\202')"
big=$(head -c 131000 /dev/zero | tr '\0' 'A')
jcheck "1 MB of queries: valid JSON, each echoed whole" 1 'len(r) == 8 and all(len(x["query"]) == 131000 for x in r)' \
	"$big" "$big" "$big" "$big" "$big" "$big" "$big" "$big"
# Every number that fits in an int is reported as a code, negative ones included; only a number
# past the int range, or a query that is not a number, has a null code.
jcheck "-- -1: code -1, no class" 1 'r[0]["query"] == "-1" and r[0]["code"] == -1 and r[0]["class"] is None and r[0]["match"] is None' -- -1
jcheck "the ends of the int range are codes" 1 '[x["code"] for x in r] == [2147483647, -2147483648, 1000000000, 999999999, 0, 0, -404] and not any(x["found"] for x in r)' \
	-- 2147483647 -2147483648 1000000000 999999999 0 -0 -404
jcheck "one past either end of the int range: code null" 1 '[x["code"] for x in r] == [None, None, None, None] and [x["class"] for x in r] == [None] * 4' \
	-- 2147483648 -2147483649 99999999999999999999 -99999999999999999999
jcheck "leading zeros do not push a code out of range" 1 'r[0]["code"] == 2147483647 and r[1]["code"] == 404 and r[1]["found"]' -- 0002147483647 0404
jcheck "+1, 1e3, 4-04 and a second -- are not numbers" 1 'all(x["code"] is None for x in r)' -- +1 1e3 4-04 --

# A usage error prints no JSON at all.
tap_check "a usage error: exit 2 and nothing on stdout" sh -c '"$1" --json --bogus >"$2" 2>/dev/null; [ $? -eq 2 ] && [ ! -s "$2" ]' _ "$hs" "$tmp/out"
tap_done
