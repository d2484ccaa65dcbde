#!/bin/sh
# tools/update-registry.py on copies of data/: the exports the data was built from change nothing;
# the fixtures (a changed phrase, a new code, a removed temporary registration) and edits of each
# other kind are applied, reported, and leave data that tools/check-data.py accepts (or names what a
# person must fill in); a file that is no IANA export is refused with exit status 2 and nothing written.
. "$top_srcdir/tests/tap.sh"
# These tools are Python over data/ and never load the library: the sanitizer stage's preloaded ASan
# runtime has nothing to check here, and in grep and python3 it reports overflows that are not there.
unset LD_PRELOAD

py=${PYTHON3:-$(command -v python3)}
[ -n "$py" ] || tap_skip_all "no python3"
tool="$top_srcdir/tools/update-registry.py"
fixtures="$top_srcdir/tools/tests/registry"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# up ARGS...: a fresh copy of data/ in $tmp/d, the tool run on it; stdout in $tmp/out, status in $rc.
up() {
	rm -rf "$tmp/d" && cp -R "$top_srcdir/data" "$tmp/d" && chmod -R u+w "$tmp/d" || return 1
	"$py" "$tool" --data "$tmp/d" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# reports TEXT: a line of the output starts with TEXT.
reports() {
	awk -v t="$1" 'index($0, t) == 1 { found = 1 } END { exit !found }' "$tmp/out" ||
		{ echo "# not reported: $1"; sed 's/^/#   /' "$tmp/out" "$tmp/err"; return 1; }
}
# row FILE LINE: data file FILE of the copy has exactly LINE.
row() { grep -qxF -- "$2" "$tmp/d/$1" || { echo "# no line '$2' in $1"; return 1; }; }
no_row() { ! grep -q -- "$2" "$tmp/d/$1" || { echo "# '$2' still in $1"; return 1; }; }
# unchanged FILE...: those files of the copy are byte for byte those of data/.
unchanged() { for f in "$@"; do cmp -s "$top_srcdir/data/$f" "$tmp/d/$f" || { echo "# $f changed"; return 1; }; done; }
# checks_clean: tools/check-data.py accepts the copy.
checks_clean() {
	"$py" "$top_srcdir/tools/check-data.py" --data "$tmp/d" --header "$top_srcdir/include/httpstatus.h" >"$tmp/check" ||
		{ sed 's/^/#   /' "$tmp/check"; return 1; }
}
all_files="statuses.csv methods.csv aliases.csv unofficial.csv semantics.csv registry.csv"

up "$fixtures/iana-status-codes.csv" "$fixtures/iana-methods.csv"
tap_check "the exports data/ was built from: no changes, exit 0" sh -c '[ "$1" -eq 0 ] && grep -q "^no changes: " "$2"' _ "$rc" "$tmp/out"
tap_check "  and every file is left byte for byte" unchanged $all_files
up --check "$fixtures/iana-status-codes.csv" "$fixtures/iana-methods.csv"
tap_check "--check on them: exit 0" sh -c '[ "$1" -eq 0 ]' _ "$rc"

# A changed phrase: 413 back to RFC 7231's "Payload Too Large".
up --snapshot 2027-02-01 "$fixtures/changed-phrase.csv"
tap_check "changed phrase: exit 0" sh -c '[ "$1" -eq 0 ]' _ "$rc"
tap_check "  reported" reports "phrase: 413: 'Content Too Large' -> 'Payload Too Large'"
tap_check "  the name follows the phrase" reports "name: 413: CONTENT_TOO_LARGE -> PAYLOAD_TOO_LARGE"
tap_check "  the row keeps the project's columns" row statuses.csv \
	'413,PAYLOAD_TOO_LARGE,Payload Too Large,registered,,yes,no,"RFC 9110, Section 15.1","RFC 9110, Section 15.5.14",HTTP Semantics,The request content is bigger than the server will take.,,'
tap_check "  the old phrase becomes an alias" row aliases.csv 'phrase,Content Too Large,413,IANA registry phrase as of 2026-07-01,https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv (read 2026-07-01),"413,Content Too Large"'
tap_check "  the old name becomes an alias" row aliases.csv 'name,CONTENT_TOO_LARGE,413,IANA registry name as of 2026-07-01,https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv (read 2026-07-01),"413,Content Too Large"'
tap_check "  the alias that is now the phrase is gone" no_row aliases.csv '^phrase,Payload Too Large,'
tap_check "  the snapshot is set" row registry.csv 'snapshot,2027-02-01'
tap_check "  methods, unofficial codes and semantics untouched" unchanged methods.csv unofficial.csv semantics.csv
tap_check "  the result passes tools/check-data.py" checks_clean
up --check "$fixtures/changed-phrase.csv"
tap_check "--check on it: exit 1, nothing written" sh -c '[ "$1" -eq 1 ] && ! grep -q "^wrote " "$2"' _ "$rc" "$tmp/out"
tap_check "  every file left as it was" unchanged $all_files

# A phrase that changes only in case: lookups ignore case, so no alias is added.
sed 's/^421,Misdirected Request,/421,Misdirected request,/' "$fixtures/iana-status-codes.csv" >"$tmp/statuses.csv"
up "$tmp/statuses.csv"
tap_check "a phrase changed only in case: reported" reports "phrase: 421: 'Misdirected Request' -> 'Misdirected request'"
tap_check "  no alias for the old spelling" unchanged aliases.csv
tap_check "  the result passes tools/check-data.py" checks_clean

# A new 3xx code may carry Retry-After (RFC 9110, Section 10.2.3): its semantics row quotes that section
# as the other 3xx rows do.
sed 's/^309-399,Unassigned,/309,Example Redirect,[RFC9999]\n310-399,Unassigned,/' "$fixtures/iana-status-codes.csv" >"$tmp/statuses.csv"
up "$tmp/statuses.csv"
tap_check "a new 3xx code: its semantics row quotes Section 10.2.3 like 300's" sh -c '
	evidence=$(sed -n "s/^300,.*,\(\"RFC 9110, Section 10.2.3\",\"When sent with any 3xx\)/\1/p" "$1/semantics.csv")
	[ -n "$evidence" ] && grep -qxF -- "309,no,no,,no,yes,\"RFC 9999; RFC 9110, Section 10.2.3\",$evidence" "$1/semantics.csv"' _ "$tmp/d"

# A new code: 499 registered for a while, which takes it out of the unofficial set.
up "$fixtures/new-code.csv"
tap_check "new code: exit 0" sh -c '[ "$1" -eq 0 ]' _ "$rc"
tap_check "  reported, with what a person must add" reports "added: 499 Client Closed Request [temporary, expires 2028-01-01] draft-example-closed-03 (fill in title and description"
tap_check "  a row in statuses.csv" row statuses.csv \
	'499,CLIENT_CLOSED_REQUEST,Client Closed Request,temporary,2028-01-01,yes,no,"RFC 9110, Section 15.1",draft-example-closed-03,,,,'
tap_check "  a row in semantics.csv that assumes nothing" row semantics.csv '499,no,no,,no,no,draft-example-closed-03,,'
tap_check "  it leaves unofficial.csv" reports "  unofficial: 499 is registered now and leaves unofficial.csv"
tap_check "  and is gone from there" no_row unofficial.csv '^499,'
tap_check "  tools/check-data.py names the title and description to fill in" sh -c '
	"$1" "$2/tools/check-data.py" --data "$3" --header "$2/include/httpstatus.h" >"$4"
	[ $? -eq 1 ] && [ "$(cat "$4")" = "statuses.csv 499: title to fill in
statuses.csv 499: description to fill in" ]' _ "$py" "$top_srcdir" "$tmp/d" "$tmp/check"

# A removed temporary registration: 104's ran out.
up "$fixtures/removed-temporary.csv"
tap_check "removed temporary registration: exit 0" sh -c '[ "$1" -eq 0 ]' _ "$rc"
tap_check "  reported as ended" reports "removed: 104 Upload Resumption Supported (its temporary registration ended; expired 2026-11-13)"
tap_check "  gone from statuses.csv and semantics.csv" sh -c '! grep -q "^104," "$1/statuses.csv" "$1/semantics.csv"' _ "$tmp/d"
tap_check "  the result passes tools/check-data.py" checks_clean

# Other kinds of change, made with sed on the exports.
sed -e '/^226,/d' -e 's/^227-299,/226-299,/' \
	-e 's/^510,Not Extended (OBSOLETED),/510,Not Extended,/' \
	-e 's/^421,Misdirected Request,"\[RFC9110, Section 15.5.20\]"/421,Misdirected Request,"[RFC9110, Section 15.5.99]"/' \
	-e 's/^425,Too Early,\[RFC8470\]/425,Too Early,[RFC9999]/' \
	-e '/^418,/d' -e 's/^419-420,/418-420,/' \
	"$fixtures/iana-status-codes.csv" >"$tmp/statuses.csv"
sed -e 's/^PATCH,no,no,/PATCH,yes,no,/' -e '/^UNLINK,/d' \
	-e 's/^QUERY,.*$/QUERY,yes,yes,"[RFC10008, Section 2]"\r\nFROB,no,yes,[RFC9998]\r/' \
	"$fixtures/iana-methods.csv" >"$tmp/methods.csv"
up "$tmp/statuses.csv" "$tmp/methods.csv"
tap_check "other changes: exit 0" sh -c '[ "$1" -eq 0 ]' _ "$rc"
tap_check "  a registered code gone is an API change" reports "removed: 226 IM Used (no longer in the registry; API change: HTTPSTATUS_IM_USED leaves the header)"
tap_check "  418 gone too" reports "removed: 418 I'm a Teapot"
tap_check "  and its aliases with it" sh -c '! grep -q ",418," "$1/aliases.csv"' _ "$tmp/d"
tap_check "  a state" reports "state: 510: obsoleted -> registered"
tap_check "  a section" reports "reference: 421: 'RFC 9110, Section 15.5.20' -> 'RFC 9110, Section 15.5.99' (check the section)"
tap_check "  a document, whose title is emptied" reports "reference: 425: 'RFC 8470, Section 5.2' -> 'RFC 9999' (fill in the title)"
tap_check "  a new method" reports "added: method FROB (safe no, idempotent yes) RFC 9998"
tap_check "  a method gone" reports "removed: method UNLINK"
tap_check "  a safe flag" reports "safe: method PATCH: no -> yes"
tap_check "  the new method's row" row methods.csv 'FROB,no,yes,no,"RFC 9110, Section 9.2.3",RFC 9998,,,,'
tap_check "  QUERY keeps its cacheable answer" row methods.csv \
	'QUERY,yes,yes,yes,"RFC 10008, Section 2.7","RFC 10008, Section 2",The HTTP QUERY Method,Asks the target to answer a query carried in the request content without changing anything.,httpwg/http-extensions@b1b1c72fd2ec81cead3349cd11f5c953efa940b1:archive/draft-ietf-httpbis-safe-method-w-body.xml:422,The response to a QUERY method is cacheable'

# Files it refuses: nothing is written.
refused() {
	[ "$rc" -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "$1" "$tmp/err" && [ ! -s "$tmp/out" ] &&
		unchanged $all_files || { echo "# exit $rc"; sed 's/^/#   /' "$tmp/err" "$tmp/out"; return 1; }
}
up "$fixtures/malformed.csv" "$fixtures/iana-methods.csv"
tap_check "the malformed fixture (a code 4O4): exit 2, nothing written" refused "line 34: '4O4' is not a status code"
printf 'Code,Name\n404,Not Found\n' >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a file with another header" refused "not an IANA status code or method registry export"
: >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "an empty file" refused "empty file"
sed '/^300,/,$d' "$fixtures/iana-status-codes.csv" >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a status export cut short" refused "the export ends at 299"
sed '/^201,/d' "$fixtures/iana-status-codes.csv" >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a status export with a hole" refused "does not follow 200"
sed 's/^209-225,Unassigned,/209-225,Something,/' "$fixtures/iana-status-codes.csv" >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a range that is not Unassigned" refused "the range 209-225 is not Unassigned"
sed 's/^404,Not Found,.*$/404,Not Found,RFC 9110/' "$fixtures/iana-status-codes.csv" >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a reference not in IANA's form" refused "not in IANA's \[...\] form"
sed 's/^GET,yes,yes,/GET,maybe,yes,/' "$fixtures/iana-methods.csv" >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a safe flag that is not yes or no" refused "expected yes or no, got 'maybe'"
sed 's/^GET,yes,yes,/GE T,yes,yes,/' "$fixtures/iana-methods.csv" >"$tmp/bad.csv"
up "$tmp/bad.csv"
tap_check "a method name that is no token" refused "'GE T' is not a method name"
up "$fixtures/iana-methods.csv" "$fixtures/iana-methods.csv"
tap_check "two method exports" refused "a second methods export"
up "$tmp/does-not-exist.csv"
tap_check "a missing file" refused "does-not-exist.csv"
up --snapshot yesterday "$fixtures/iana-methods.csv"
tap_check "a snapshot that is no date: usage, exit 2" sh -c '[ "$1" -eq 2 ] && grep -q "^usage:" "$2"' _ "$rc" "$tmp/err"
up
tap_check "no file: usage, exit 2" sh -c '[ "$1" -eq 2 ] && grep -q "^usage:" "$2"' _ "$rc" "$tmp/err"
tap_done
