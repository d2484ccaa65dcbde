# Sourced by the tests of httpstatus --check (tools/tests/check.sh, tools/tests/servers.sh): the line
# the command writes for a rule, read from data/rules.csv, so that no test writes a rule out again.
# Needs $py (python3) and $top_srcdir.

# rule STATUS SUBJECT FIELD [VERSIONS]: "LEVEL|LOCATOR|QUOTE" of that row of data/rules.csv.
rule() {
	"$py" - "$top_srcdir/data/rules.csv" "$@" <<'PY'
import csv, sys
path, status, subject, field = sys.argv[1:5]
versions = sys.argv[5] if len(sys.argv) > 5 else None
with open(path, newline="", encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(l for l in f if not l.startswith("#"))
            if r["status"] == status and r["subject"] == subject and r["field"] == field
            and versions in (None, r["versions"])]
if len(rows) != 1:
    sys.exit("# %d rows of data/rules.csv for %s %s %s" % (len(rows), status, subject, field))
print("%s|%s|%s" % (rows[0]["level"], rows[0]["locator"], rows[0]["quote"]))
PY
}
# rule_line MARK STATUS SUBJECT FIELD WHAT [VERSIONS]: the line the command writes for that rule.
rule_line() {
	r=$(rule "$2" "$3" "$4" ${6:+"$6"}) || { echo "$r"; return 1; }
	level=${r%%|*} rest=${r#*|}
	printf '  %s %s: %s: %s: "%s"\n' "$1" "$level" "$5" "${rest%%|*}" "${rest#*|}"
}
