#!/bin/sh
# tools/registry-diff.py: the IANA exports the data was built from show no differences, and each
# kind of registry change (a code added or removed, a phrase, state, expiry or reference changed, a
# method added, removed or re-flagged) is reported, with exit status 1; a bad file gives 2.
. "$top_srcdir/tests/tap.sh"

py=${PYTHON3:-$(command -v python3)}
[ -n "$py" ] || tap_skip_all "no python3"
diff_py="$top_srcdir/tools/registry-diff.py"
fixtures="$top_srcdir/tools/tests/registry"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# rd FILE...: runs the script against data/; output in $tmp/out, exit status in $rc.
rd() {
	"$py" "$diff_py" --data "$top_srcdir/data" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# reports LINE: the output has exactly LINE.
reports() { grep -qxF -- "$1" "$tmp/out" || { echo "# not reported: $1"; sed 's/^/#   /' "$tmp/out"; return 1; }; }

rd "$fixtures/iana-status-codes.csv" "$fixtures/iana-methods.csv"
tap_check "the exports data/ was built from: no differences, exit 0" sh -c '[ "$1" -eq 0 ]' _ "$rc"
tap_check "  says so for both files" sh -c '[ "$(grep -c ": no differences from " "$1")" -eq 2 ]' _ "$tmp/out"

# A changed status export: one edit of each kind.
sed -e '/^226,/d' \
	-e 's/^413,Content Too Large,/413,Payload Too Large,/' \
	-e 's/^104,.*$/104,Upload Resumption Supported,[draft-ietf-httpbis-resumable-upload-05]/' \
	-e 's/^510,Not Extended (OBSOLETED),/510,Not Extended,/' \
	-e 's/^421,Misdirected Request,"\[RFC9110, Section 15.5.20\]"/421,Misdirected Request,"[RFC9110, Section 15.5.99]"/' \
	-e 's/^425,Too Early,\[RFC8470\]/425,Too Early,[RFC9999]/' \
	-e 's/^452-499,Unassigned,.*$/452-498,Unassigned,\r\n499,"Client Closed Request (TEMPORARY - registered 2027-01-01, expires 2028-01-01)",[draft-example-closed-03]\r/' \
	"$fixtures/iana-status-codes.csv" >"$tmp/statuses.csv"
rd "$tmp/statuses.csv"
tap_check "a changed status export: exit 1" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  a new code" reports "added: 499 Client Closed Request [temporary (expires 2028-01-01)] [draft-example-closed-03]"
tap_check "  a code gone" reports "removed: 226 IM Used (no longer in the registry)"
tap_check "  a phrase changed" reports "phrase: 413: data 'Content Too Large', IANA 'Payload Too Large'"
tap_check "  a temporary registration made permanent" reports "state: 104: data temporary (expires 2026-11-13), IANA registered"
tap_check "  an obsoleted code registered again" reports "state: 510: data obsoleted, IANA registered"
tap_check "  a section moved" reports "reference: 421: data 'RFC 9110, Section 15.5.20', IANA 'RFC 9110, Section 15.5.99'"
tap_check "  a different document" reports "reference: 425: data 'RFC 8470, Section 5.2', IANA '[RFC9999]'"
tap_check "  and nothing else" sh -c '[ "$(wc -l <"$1")" -eq 7 ]' _ "$tmp/out"
sed 's/^418,(Unused),/418,Unassigned,/' "$fixtures/iana-status-codes.csv" >"$tmp/statuses.csv"
rd "$tmp/statuses.csv"
tap_check "418 dropped from the registry is reported" reports "removed: 418 I'm a Teapot (no longer in the registry)"

# A changed method export.
sed -e 's/^PATCH,no,no,/PATCH,yes,no,/' -e 's/^LOCK,no,no,/LOCK,no,yes,/' -e '/^UNLINK,/d' \
	-e 's/^QUERY,.*$/QUERY,yes,yes,"[RFC10008, Section 2]"\r\nFROB,no,yes,[RFC9998]/' \
	"$fixtures/iana-methods.csv" >"$tmp/methods.csv"
rd "$tmp/methods.csv"
tap_check "a changed method export: exit 1" sh -c '[ "$1" -eq 1 ]' _ "$rc"
tap_check "  a new method" reports "added: method FROB (safe no, idempotent yes) [RFC9998]"
tap_check "  a method gone" reports "removed: method UNLINK (no longer in the registry)"
tap_check "  safe changed" reports "safe: method PATCH: data no, IANA yes"
tap_check "  idempotent changed" reports "idempotent: method LOCK: data no, IANA yes"
tap_check "  and nothing else" sh -c '[ "$(wc -l <"$1")" -eq 4 ]' _ "$tmp/out"

# Files it cannot use.
printf 'Code,Name\n404,Not Found\n' >"$tmp/bad.csv"
rd "$tmp/bad.csv"
tap_check "a file that is no IANA export: exit 2, one error line" sh -c '[ "$1" -eq 2 ] && [ "$(wc -l <"$2")" -eq 1 ]' _ "$rc" "$tmp/err"
printf 'Value,Description,Reference\nabc,Foo,[RFC1]\n' >"$tmp/bad.csv"
rd "$tmp/bad.csv"
tap_check "a row that is no status code: exit 2" sh -c '[ "$1" -eq 2 ] && grep -q "line 2" "$2"' _ "$rc" "$tmp/err"
printf 'Method Name,Safe,Idempotent,Reference\nGET,maybe,yes,[RFC9110]\n' >"$tmp/bad.csv"
rd "$tmp/bad.csv"
tap_check "a safe flag that is not yes or no: exit 2" sh -c '[ "$1" -eq 2 ]' _ "$rc"
rd "$tmp/does-not-exist.csv"
tap_check "a missing file: exit 2" sh -c '[ "$1" -eq 2 ]' _ "$rc"
rd
tap_check "no file: usage, exit 2" sh -c '[ "$1" -eq 2 ] && grep -q "^usage:" "$2"' _ "$rc" "$tmp/err"
tap_done
