#!/usr/bin/env python3
"""Compare an IANA registry export with libhttpstatus's data files and print what changed.

Usage: registry-diff.py [--data DIR] EXPORT.csv [EXPORT.csv]

Each EXPORT is a CSV file as IANA publishes it:
  https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv
      Value,Description,Reference
  https://www.iana.org/assignments/http-methods/methods.csv
      Method Name,Safe,Idempotent,Reference
The kind is recognised from the header row.  DIR is the data directory (default: ../data next to this
script).  Extra columns in an export are ignored.

Prints one line per difference and exits 0 when the data agrees with the export, 1 when it does not,
2 when an export cannot be read.  What is compared (doc/data.md explains why):
  statuses: which codes exist; the reason phrase; the state (registered, temporary with its expiry,
            obsoleted, unused); the documents of the reference (and the section, when IANA gives one).
  methods:  which methods exist; safe; idempotent; the documents of the reference.
Facts IANA does not carry (names, descriptions, content and caching semantics, titles, aliases) are
not compared.  418 is the one deliberate difference: IANA reserves it as "(Unused)"; the data keeps
it as "I'm a Teapot" in state unused, so only its state is compared.
"""
import csv
import os
import re
import sys

DOC = re.compile(r"\b(RFC) ?(\d+)|\b(draft-[A-Za-z0-9-]*[A-Za-z0-9])")
SECTION = re.compile(r"^\s*(RFC) ?(\d+), Section ([0-9.]+)\s*$")
TEMPORARY = re.compile(r"^(.*?)\s*\(TEMPORARY\b.*?expires (\d{4}-\d{2}-\d{2})\)\s*$")


class ExportError(Exception):
    pass


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def read_data(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def documents(reference):
    """The set of documents a reference cites: {"RFC 9110", "draft-ietf-httpbis-resumable-upload-05"}."""
    found = set()
    for m in DOC.finditer(reference):
        found.add("RFC %s" % m.group(2) if m.group(1) else m.group(3))
    return found


def iana_reference(text):
    """IANA writes "[RFC9110, Section 15.5.5]" or "[RFC2518]" or "[RFC2774][other]"."""
    parts = re.findall(r"\[([^\]]*)\]", text) or [text]
    first = parts[0]
    m = SECTION.match(first)
    section = "RFC %s, Section %s" % (m.group(2), m.group(3)) if m else None
    return documents(" ".join(parts)), section


def parse_status_description(text):
    """(phrase or None, state, expires) from IANA's Description column."""
    text = text.strip()
    if text == "(Unused)":
        return None, "unused", ""
    m = TEMPORARY.match(text)
    if m:
        return m.group(1), "temporary", m.group(2)
    if text.endswith("(OBSOLETED)"):
        return text[: -len("(OBSOLETED)")].strip(), "obsoleted", ""
    return text, "registered", ""


def state_text(state, expires):
    return "%s (expires %s)" % (state, expires) if expires else state


def diff_statuses(rows, data_dir):
    data = {int(r["code"]): r for r in read_data(os.path.join(data_dir, "statuses.csv"))}
    export = {}
    for n, row in enumerate(rows[1:], 2):
        if len(row) < 3 or not row[0].strip():
            raise ExportError("line %d: expected Value,Description,Reference" % n)
        value, description, reference = (x.strip() for x in row[:3])
        if description == "Unassigned" or "-" in value:
            continue
        if not value.isdigit() or not 100 <= int(value) <= 599:
            raise ExportError("line %d: %r is not a status code" % (n, value))
        export[int(value)] = (description, reference)

    out = []
    for code in sorted(set(export) - set(data)):
        phrase, state, expires = parse_status_description(export[code][0])
        out.append("added: %d %s [%s] %s" % (code, phrase or "", state_text(state, expires), export[code][1]))
    for code in sorted(set(data) - set(export)):
        out.append("removed: %d %s (no longer in the registry)" % (code, data[code]["phrase"]))
    for code in sorted(set(data) & set(export)):
        ours = data[code]
        phrase, state, expires = parse_status_description(export[code][0])
        if phrase is not None and phrase != ours["phrase"]:
            out.append("phrase: %d: data %r, IANA %r" % (code, ours["phrase"], phrase))
        if (state, expires) != (ours["state"], ours["expires"]):
            out.append("state: %d: data %s, IANA %s" % (code, state_text(ours["state"], ours["expires"]),
                                                       state_text(state, expires)))
        docs, section = iana_reference(export[code][1])
        if docs and docs != documents(ours["reference"]):
            out.append("reference: %d: data %r, IANA %r" % (code, ours["reference"], export[code][1]))
        elif section is not None and section != ours["reference"]:
            out.append("reference: %d: data %r, IANA %r" % (code, ours["reference"], section))
    return out


def diff_methods(rows, data_dir):
    data = {r["name"]: r for r in read_data(os.path.join(data_dir, "methods.csv"))}
    export = {}
    for n, row in enumerate(rows[1:], 2):
        if len(row) < 4 or not row[0].strip():
            raise ExportError("line %d: expected Method Name,Safe,Idempotent,Reference" % n)
        name, safe, idempotent, reference = (x.strip() for x in row[:4])
        if name == "*":
            continue  # reserved (RFC 9110, Section 18.2), not a method
        for value in (safe, idempotent):
            if value not in ("yes", "no"):
                raise ExportError("line %d: expected yes or no, got %r" % (n, value))
        export[name] = (safe, idempotent, reference)

    out = []
    for name in sorted(set(export) - set(data)):
        safe, idempotent, reference = export[name]
        out.append("added: method %s (safe %s, idempotent %s) %s" % (name, safe, idempotent, reference))
    for name in sorted(set(data) - set(export)):
        out.append("removed: method %s (no longer in the registry)" % name)
    for name in sorted(set(data) & set(export)):
        ours, (safe, idempotent, reference) = data[name], export[name]
        if safe != ours["safe"]:
            out.append("safe: method %s: data %s, IANA %s" % (name, ours["safe"], safe))
        if idempotent != ours["idempotent"]:
            out.append("idempotent: method %s: data %s, IANA %s" % (name, ours["idempotent"], idempotent))
        docs, _ = iana_reference(reference)
        if docs and docs != documents(ours["reference"]):
            out.append("reference: method %s: data %r, IANA %r" % (name, ours["reference"], reference))
    return out


def diff_file(path, data_dir):
    rows = read_rows(path)
    if not rows:
        raise ExportError("empty file")
    header = [x.strip() for x in rows[0]]
    if header[:3] == ["Value", "Description", "Reference"]:
        return "statuses", diff_statuses(rows, data_dir)
    if header[:4] == ["Method Name", "Safe", "Idempotent", "Reference"]:
        return "methods", diff_methods(rows, data_dir)
    raise ExportError("not an IANA status code or method registry export (header %r)" % ",".join(header))


def main(argv):
    data_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    args = argv[1:]
    if len(args) >= 2 and args[0] == "--data":
        data_dir, args = args[1], args[2:]
    if not args or any(a.startswith("-") for a in args):
        sys.stderr.write("usage: registry-diff.py [--data DIR] EXPORT.csv [EXPORT.csv]\n")
        return 2
    changed = False
    for path in args:
        try:
            kind, lines = diff_file(path, data_dir)
        except (OSError, UnicodeDecodeError, csv.Error, ExportError) as e:
            sys.stderr.write("registry-diff: %s: %s\n" % (path, e))
            return 2
        for line in lines:
            print(line)
        if not lines:
            print("%s: no differences from %s" % (path, os.path.join(data_dir, kind + ".csv")))
        changed = changed or bool(lines)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
