#!/usr/bin/env python3
"""Refresh libhttpstatus's data from IANA's registry exports, and print what changed.

Usage: update-registry.py [--data DIR] [--check] [--snapshot YYYY-MM-DD] EXPORT.csv [EXPORT.csv]

Each EXPORT is a CSV file as IANA publishes it; its kind is recognised from the header row:
  http-status-codes-1.csv   Value,Description,Reference
  methods.csv               Method Name,Safe,Idempotent,Reference
Columns after these are ignored.  DIR is the data directory (default: ../data next to this script).

What IANA publishes replaces what the data says: which codes and methods exist, reason phrases,
states and expiry dates (folded into IANA's Description), safe and idempotent, and the documents
cited.  Everything else is the project's own and is kept: names, descriptions, titles, content and
caching columns, aliases, the unofficial codes and the semantics.  Where a change needs a person
(a new code's title and description, a reference to a new document), the line printed says so and
the field is left empty, so that tools/check-data.py fails until it is filled in.  In detail:
  - a phrase IANA renames becomes the new phrase and, in enum style, the new name; the old phrase
    and name become aliases (and an alias equal to the new spelling is dropped);
  - a new code gets a row in statuses.csv and semantics.csv (nothing in its definition is assumed:
    not a redirect, not transient, not heuristically cacheable) and leaves unofficial.csv if it was
    there; a new method is not cacheable until a person says otherwise;
  - a code or method IANA no longer lists leaves every file, aliases included; a code that was not
    a temporary registration is announced as an API change (its constant leaves the header);
  - 418 stays "I'm a Teapot" while IANA lists it "(Unused)", as the data deliberately does;
  - a reference is kept when IANA cites the same documents (and no other section); otherwise IANA's
    is taken, in the data's form ("[RFC3253, Section 4.4, Section 9.4]" becomes "RFC 3253, Section
    4.4; RFC 3253, Section 9.4"), and a new document empties the title.

A file that does not look like an IANA export is refused before anything is written: an unknown
header, a value that is no code or range, codes out of order or not covering 100..599, a range that
is not Unassigned, an empty phrase, a reference not in IANA's [..] form, a method name that is no
token, a safe or idempotent flag other than yes or no, a method listed twice.

Prints one line per change.  --check writes nothing and exits 1 when there are changes (0 when
there are none); otherwise the changed files are rewritten and the exit status is 0.  --snapshot
sets the date in registry.csv.  Exit status 2: an export refused, a data file unreadable, bad usage.
"""
import csv
import io
import os
import re
import sys

STATUS_HEADER = ["Value", "Description", "Reference"]
METHOD_HEADER = ["Method Name", "Safe", "Idempotent", "Reference"]
VALUE = re.compile(r"^([1-5][0-9][0-9])(?:-([1-5][0-9][0-9]))?$")
IANA_REFERENCE = re.compile(r"^(\[[^\[\]]+\])+$")
# Where the status export is published (doc/data.md), the evidence of an alias a refresh keeps.
STATUS_EXPORT = "https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv"
# The section whose sentence lets every 3xx carry Retry-After (data/semantics.csv quotes it).
RETRY_AFTER_3XX = "RFC 9110, Section 10.2.3"
TEMPORARY = re.compile(r"^(.*?)\s*\(TEMPORARY\b[^()]*?expires (\d{4}-\d{2}-\d{2})\)$")
TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
PHRASE = re.compile(r"^[\x20-\x7e]+$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RFC = re.compile(r"^RFC ?(\d+)$")


class ExportError(Exception):
    pass


# ---- reading IANA's exports

def read_export(path):
    """(kind, rows) of an export; kind is "statuses" or "methods"."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows:
        raise ExportError("empty file")
    header = [x.strip() for x in rows[0]]
    if header[:3] == STATUS_HEADER:
        return "statuses", parse_statuses(rows)
    if header[:4] == METHOD_HEADER:
        return "methods", parse_methods(rows)
    raise ExportError("not an IANA status code or method registry export (header %r)" % ",".join(rows[0]))


def data_rows(rows):
    """(line number, stripped cells) of every non-blank row after the header."""
    for n, row in enumerate(rows[1:], 2):
        cells = [x.strip() for x in row]
        if any(cells):
            yield n, cells


def parse_description(text):
    """(phrase or None, state, expires) from IANA's Description, which folds the state into it."""
    if text == "(Unused)":
        return None, "unused", ""
    m = TEMPORARY.match(text)
    if m:
        return m.group(1), "temporary", m.group(2)
    if text.endswith("(OBSOLETED)"):
        return text[: -len("(OBSOLETED)")].strip(), "obsoleted", ""
    return text, "registered", ""


def parse_statuses(rows):
    """{code: (phrase or None, state, expires, reference)}; every line of 100..599 accounted for."""
    out, expect = {}, 100
    for n, cells in data_rows(rows):
        if len(cells) < 3:
            raise ExportError("line %d: expected Value,Description,Reference" % n)
        value, description, reference = cells[:3]
        m = VALUE.match(value)
        if not m:
            raise ExportError("line %d: %r is not a status code or a range of them" % (n, value))
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        if low != expect or high < low:
            raise ExportError("line %d: %s does not follow %d (an export lists 100..599 in order)" %
                              (n, value, expect - 1))
        expect = high + 1
        if description == "Unassigned":
            continue
        if high != low:
            raise ExportError("line %d: the range %s is not Unassigned" % (n, value))
        if not description or not PHRASE.match(description):
            raise ExportError("line %d: %r is not a description" % (n, description))
        if not IANA_REFERENCE.match(reference):
            raise ExportError("line %d: reference %r is not in IANA's [...] form" % (n, reference))
        phrase, state, expires = parse_description(description)
        if phrase == "":
            raise ExportError("line %d: %r has no phrase" % (n, description))
        out[low] = (phrase, state, expires, reference)
    if expect != 600:
        raise ExportError("the export ends at %d; IANA's covers 100..599" % (expect - 1))
    return out


def parse_methods(rows):
    """{name: (safe, idempotent, reference)}; IANA's reserved "*" (RFC 9110, Section 18.2) is no method."""
    out = {}
    for n, cells in data_rows(rows):
        if len(cells) < 4:
            raise ExportError("line %d: expected Method Name,Safe,Idempotent,Reference" % n)
        name, safe, idempotent, reference = cells[:4]
        if name == "*":
            continue
        if not TOKEN.match(name):
            raise ExportError("line %d: %r is not a method name" % (n, name))
        if name in out:
            raise ExportError("line %d: %s is listed twice" % (n, name))
        for value in (safe, idempotent):
            if value not in ("yes", "no"):
                raise ExportError("line %d: expected yes or no, got %r" % (n, value))
        if not IANA_REFERENCE.match(reference):
            raise ExportError("line %d: reference %r is not in IANA's [...] form" % (n, reference))
        out[name] = (safe, idempotent, reference)
    if not out:
        raise ExportError("no methods")
    return out


# ---- references

def document(part):
    """The document a part of a reference names: "RFC 9110, Section 15.5.5" -> "RFC 9110"."""
    doc = part.split(",")[0].strip()
    m = RFC.match(doc)
    return "RFC %s" % m.group(1) if m else doc


def data_reference(iana):
    """IANA's "[RFC3253, Section 4.4, Section 9.4][RFC8144]" in the data's form:
    "RFC 3253, Section 4.4; RFC 3253, Section 9.4; RFC 8144"."""
    parts = []
    for group in re.findall(r"\[([^\]]*)\]", iana):
        items = [x.strip() for x in group.split(",") if x.strip()]
        doc = document(items[0])
        parts += ["%s, %s" % (doc, s) for s in items[1:]] or [doc]
    return "; ".join(parts)


def merge_reference(ours, iana):
    """(reference to keep, whether the documents changed): ours when it cites the same documents and
    every section IANA names; else IANA's, in the data's form."""
    theirs = data_reference(iana)
    our_parts = [p.strip() for p in ours.split(";") if p.strip()]
    their_parts = theirs.split("; ")
    same_docs = {document(p) for p in our_parts} == {document(p) for p in their_parts}
    sections_kept = all(p in our_parts for p in their_parts if "," in p)
    if same_docs and sections_kept:
        return ours, False
    return theirs, not same_docs


# ---- the data files

class Table:
    """A data file: its leading comment lines, its columns and its rows (dicts), written back as read."""

    def __init__(self, path):
        self.path = path
        with open(path, newline="", encoding="utf-8") as f:
            lines = f.readlines()
        self.comments = [line for line in lines if line.startswith("#")]
        body = [line for line in lines if not line.startswith("#")]
        self.columns = next(csv.reader(body[:1]), [])
        self.rows = list(csv.DictReader(body))
        self.original = self.text()

    def text(self):
        out = io.StringIO()
        w = csv.DictWriter(out, fieldnames=self.columns, lineterminator="\n")
        w.writeheader()
        w.writerows(self.rows)
        return "".join(self.comments) + out.getvalue()

    def changed(self):
        return self.text() != self.original

    def write(self):
        with open(self.path, "w", encoding="utf-8", newline="") as f:
            f.write(self.text())

    def new_row(self, **values):
        return {c: values.get(c, "") for c in self.columns}


def enum_name(phrase):
    """A phrase in enum style, as the data names statuses: "I'm a Teapot" -> "IM_A_TEAPOT"."""
    return re.sub(r"[^A-Z0-9]+", "_", phrase.replace("'", "").upper()).strip("_")


def state_text(state, expires):
    return "%s, expires %s" % (state, expires) if expires else state


class Update:
    def __init__(self, data_dir):
        self.dir = data_dir
        self.tables = {name: Table(os.path.join(data_dir, name + ".csv"))
                       for name in ("statuses", "methods", "aliases", "unofficial", "semantics", "registry")}
        self.lines = []
        snapshot = [r["value"] for r in self.tables["registry"].rows if r["key"] == "snapshot"]
        self.snapshot = snapshot[0] if snapshot else "the last refresh"

    def say(self, line):
        self.lines.append(line)

    # -- aliases

    def add_alias(self, kind, text, code, current, phrase):
        """TEXT leads to CODE as an alias, unless lookups (which ignore ASCII case) already find it:
        as CURRENT, the status's new spelling, or as another alias.  PHRASE is the registry's old
        phrase, whose row in the export read at the last snapshot is the alias's evidence."""
        aliases = self.tables["aliases"]
        folded = text.lower()
        if folded == current.lower() or any(a["kind"] == kind and a["text"].lower() == folded
                                            for a in aliases.rows):
            return
        source = "IANA registry %s as of %s" % (kind, self.snapshot)
        aliases.rows.append(aliases.new_row(kind=kind, text=text, code=str(code), source=source,
                                            locator="%s (read %s)" % (STATUS_EXPORT, self.snapshot),
                                            quote="%d,%s" % (code, phrase)))
        self.say("  alias: %s %r keeps leading to %d" % (kind, text, code))

    def drop_aliases(self, keep):
        aliases = self.tables["aliases"]
        gone = [a for a in aliases.rows if not keep(a)]
        aliases.rows = [a for a in aliases.rows if keep(a)]
        for a in gone:
            self.say("  alias: %s %r (%s) leaves aliases.csv" % (a["kind"], a["text"], a["code"]))

    # -- statuses

    def statuses(self, export):
        table = self.tables["statuses"]
        data = {int(r["code"]): r for r in table.rows}
        rows = []
        for code in sorted(set(data) | set(export)):
            if code not in export:
                self.remove_status(data[code])
            elif code not in data:
                rows.append(self.add_status(code, *export[code]))
            else:
                rows.append(self.update_status(data[code], *export[code]))
        table.rows = rows
        self.sync_semantics()

    def add_status(self, code, phrase, state, expires, reference):
        phrase = phrase or "Unused"
        self.say("added: %d %s [%s] %s (fill in title and description; check may_have_content, cacheable "
                 "and semantics.csv)" % (code, phrase, state_text(state, expires), data_reference(reference)))
        unofficial = self.tables["unofficial"]
        if any(int(u["code"]) == code for u in unofficial.rows):
            unofficial.rows = [u for u in unofficial.rows if int(u["code"]) != code]
            self.say("  unofficial: %d is registered now and leaves unofficial.csv" % code)
        no_content = code < 200 or code in (204, 304)  # RFC 9110, Section 6.4.1
        return self.tables["statuses"].new_row(
            code=str(code), name=enum_name(phrase), phrase=phrase, state=state, expires=expires,
            may_have_content="no" if no_content else "yes", cacheable="no",
            cacheable_basis="RFC 9110, Section 15.1", reference=data_reference(reference))

    def remove_status(self, row):
        code = int(row["code"])
        if row["state"] == "temporary":
            self.say("removed: %d %s (its temporary registration ended; expired %s)" %
                     (code, row["phrase"], row["expires"]))
        else:
            self.say("removed: %d %s (no longer in the registry; API change: HTTPSTATUS_%s leaves the header)" %
                     (code, row["phrase"], row["name"]))
        self.drop_aliases(lambda a: int(a["code"]) != code)

    def update_status(self, row, phrase, state, expires, reference):
        code = int(row["code"])
        if phrase is None and row["state"] == "unused":
            phrase = row["phrase"]  # 418 keeps the phrase software knows; 306's is "Unused" already
        if phrase is not None and phrase != row["phrase"]:
            old_phrase, old_name = row["phrase"], row["name"]
            self.say("phrase: %d: %r -> %r" % (code, old_phrase, phrase))
            row["phrase"], row["name"] = phrase, enum_name(phrase)
            self.drop_aliases(lambda a: int(a["code"]) != code or
                              a["text"].lower() not in (phrase.lower(), row["name"].lower()))
            self.add_alias("phrase", old_phrase, code, phrase, old_phrase)
            if row["name"] != old_name:
                self.say("name: %d: %s -> %s" % (code, old_name, row["name"]))
                self.add_alias("name", old_name, code, row["name"], old_phrase)
        if (state, expires) != (row["state"], row["expires"]):
            self.say("state: %d: %s -> %s" % (code, state_text(row["state"], row["expires"]),
                                               state_text(state, expires)))
            row["state"], row["expires"] = state, expires
        merged, new_document = merge_reference(row["reference"], reference)
        if merged != row["reference"]:
            self.say("reference: %d: %r -> %r (%s)" % (code, row["reference"], merged,
                                                        "fill in the title" if new_document else "check the section"))
            row["reference"] = merged
            row["locator"] = row["quote"] = ""  # they quoted the old reference: tools/check-data.py asks again
            if new_document:
                row["title"] = ""
        return row

    def sync_semantics(self):
        """semantics.csv keeps one row per status, in the same order; a new code gets one that assumes
        nothing beyond its class (a 3xx may carry Retry-After: RFC 9110, Section 10.2.3)."""
        semantics = self.tables["semantics"]
        have = {r["code"]: r for r in semantics.rows}
        # Section 10.2.3's sentence, as the 3xx rows already quote it.
        retry_after = next(((loc, quote) for r in semantics.rows
                            for loc, quote in zip(r["locator"].split(" | "), r["quote"].split(" | "))
                            if loc == RETRY_AFTER_3XX), (RETRY_AFTER_3XX, ""))
        rows = []
        for s in self.tables["statuses"].rows:
            row = have.get(s["code"])
            if row is None:
                redirection = s["code"].startswith("3")
                basis = s["reference"] + ("; " + RETRY_AFTER_3XX if redirection else "")
                evidence = retry_after if redirection else ("", "")
                row = semantics.new_row(code=s["code"], redirect="no", permanent="no", transient="no",
                                        retry_after="yes" if redirection else "no", basis=basis,
                                        locator=evidence[0], quote=evidence[1])
            rows.append(row)
        semantics.rows = rows

    # -- methods

    def methods(self, export):
        table = self.tables["methods"]
        data = {r["name"]: r for r in table.rows}
        rows = []
        for name in sorted(set(data) | set(export)):
            if name not in export:
                self.say("removed: method %s (no longer in the registry; API change)" % name)
                continue
            safe, idempotent, reference = export[name]
            if name not in data:
                self.say("added: method %s (safe %s, idempotent %s) %s (fill in title and description; "
                         "check cacheable)" % (name, safe, idempotent, data_reference(reference)))
                rows.append(table.new_row(name=name, safe=safe, idempotent=idempotent, cacheable="no",
                                          cacheable_basis="RFC 9110, Section 9.2.3",
                                          reference=data_reference(reference)))
                continue
            row = data[name]
            for column, value in (("safe", safe), ("idempotent", idempotent)):
                if row[column] != value:
                    self.say("%s: method %s: %s -> %s" % (column, name, row[column], value))
                    row[column] = value
            merged, new_document = merge_reference(row["reference"], reference)
            if merged != row["reference"]:
                self.say("reference: method %s: %r -> %r (%s)" % (
                    name, row["reference"], merged, "fill in the title" if new_document else "check the section"))
                row["reference"] = merged
                if new_document:
                    row["title"] = ""
            rows.append(row)
        table.rows = rows

    def set_snapshot(self, date):
        for r in self.tables["registry"].rows:
            if r["key"] == "snapshot" and r["value"] != date:
                self.say("snapshot: %s -> %s" % (r["value"], date))
                r["value"] = date

    def changed_tables(self):
        return [t for t in self.tables.values() if t.changed()]


def main(argv):
    data_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    check, snapshot, files = False, None, []
    args = argv[1:]
    while args:
        arg = args.pop(0)
        if arg == "--check":
            check = True
        elif arg in ("--data", "--snapshot") and args:
            value = args.pop(0)
            if arg == "--data":
                data_dir = value
            else:
                snapshot = value
        elif arg.startswith("-"):
            files = []
            break
        else:
            files.append(arg)
    if not files or len(files) > 2 or (snapshot is not None and not DATE.match(snapshot)):
        sys.stderr.write("usage: update-registry.py [--data DIR] [--check] [--snapshot YYYY-MM-DD] "
                         "EXPORT.csv [EXPORT.csv]\n")
        return 2

    exports = {}
    for path in files:
        try:
            kind, parsed = read_export(path)
        except (OSError, UnicodeDecodeError, csv.Error, ExportError) as e:
            sys.stderr.write("update-registry: %s: %s\n" % (path, e))
            return 2
        if kind in exports:
            sys.stderr.write("update-registry: %s: a second %s export\n" % (path, kind))
            return 2
        exports[kind] = parsed
    try:
        update = Update(data_dir)
    except (OSError, UnicodeDecodeError, csv.Error, KeyError) as e:
        sys.stderr.write("update-registry: cannot read the data in %s: %s\n" % (data_dir, e))
        return 2

    if "statuses" in exports:
        update.statuses(exports["statuses"])
    if "methods" in exports:
        update.methods(exports["methods"])
    if snapshot is not None:
        update.set_snapshot(snapshot)

    for line in update.lines:
        print(line)
    changed = update.changed_tables()
    if not changed:
        print("no changes: %s agrees with %s" % (data_dir, ", ".join(files)))
        return 0
    if check:
        return 1
    for table in changed:
        table.write()
        print("wrote %s" % table.path)
    if snapshot is None:
        print("next: set the export's date with --snapshot (or in registry.csv)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
