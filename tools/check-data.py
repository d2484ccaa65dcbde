#!/usr/bin/env python3
"""Check the hand-kept data files that the generator does not judge, and print every problem.

Usage: check-data.py [--data DIR] [--header FILE]

DIR is the data directory (default: ../data next to this script); FILE is the public header whose
own constants the status names must not repeat (default: ../include/httpstatus.h).  Exits 0 when
every check passes, 1 when some fail (one line each on standard output), 2 on a file it cannot read.

evidence       aliases.csv, unofficial.csv, semantics.csv and rules.csv give a locator and a verbatim quote
               for what they say that is not IANA's: "RFC N, Section X", "owner/repo@ref:path[:line]",
               "https://... (read YYYY-MM-DD)", or "judgement: WHY" (quoting nothing); several are
               " | "-separated, in step.
aliases.csv    kind is name or phrase, the code is in statuses.csv, a source is given, a quote holds the
               spelling (a name with its letters and digits only) unless a judgement keeps it; a name is
               enum-style and neither spells one of the header's other constants nor is the stem of
               one (VERSION, of HTTPSTATUS_VERSION_MAJOR); a phrase is
               printable ASCII with single spaces.  Lookups ignore ASCII case, so after folding it:
               no spelling may mean two codes (among names, among phrases, or a name against a
               phrase), none may repeat a current name or phrase or another alias, and no two keys
               of one lookup table may look the same to the generated hash (same length, same first
               and last eight bytes once folded).
unofficial.csv one row per code, ascending; no code IANA registers (none in statuses.csv); the name
               is the phrase in enum style; names and phrases are new to the whole data set; a quote holds
               the code, and one holds the name (letters and digits) unless a judgement says whose words it is.
semantics.csv  the codes of statuses.csv in the same order; yes/no columns; a redirect says whether it
               is permanent and what becomes of the method, anything else leaves that empty; a basis; a
               locator and quote for a row that says yes to anything.
statuses.csv   a row that says more than IANA (a section of a document other than RFC 9110; 418's phrase)
               gives its locator and a quote holding the code; a cacheable_basis other than RFC 9110 is
               one of its locators, with a quote that names the code and caching.
methods.csv    every row says where its cacheable answer comes from; one beyond RFC 9110 gives a locator
               and a quote that names the method and caching.
rules.csv      status is a code of statuses.csv or unofficial.csv, a class 1xx..5xx or *; rows are
               ordered by status (* first, each class before its codes), subject, field; subject is
               field, content or status, and field is a field name exactly when subject is field; level,
               scope and versions take their listed values (versions * or some of 1.0 1.1 2 3 in that
               order, all four written *); as-200 is for fields; no two rows share status, subject,
               field, scope and versions; every rule has its evidence from a source, and a quote from it
               holds the level word as the RFCs write it (MUST in capitals, "ought to" and "cannot" in
               small letters) unless a judgement says why the source has no such word.
both           every row has a reference, a title and a description (a refresh leaves the ones it
               cannot know empty for a person to fill in).
"""
import csv
import os
import re
import sys

NAME = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
PHRASE = re.compile(r"^[\x21-\x7e]+( [\x21-\x7e]+)*$")
HEADER_NAME = re.compile(r"\bHTTPSTATUS_([A-Z0-9_]+)\b")
# gen/gen-tables.py rejects names with these prefixes: they belong to the header's other constants.
RESERVED_PREFIXES = ("CLASS_", "STATE_", "VERSION_", "ALIAS_", "NUL_", "API")
BEGIN = "/* BEGIN GENERATED STATUS CONSTANTS"
END = "/* END GENERATED STATUS CONSTANTS */"
METHOD_ON_REDIRECT = ("keep", "get", "post_to_get")
# data/rules.csv: its values, and how each level is found in a quote (MUST is not the MUST of "MUST NOT").
RULE_SUBJECTS = ("field", "content", "status")
RULE_SCOPES = ("any", "HEAD", "CONNECT", "range", "conditional", "as-200")
RULE_VERSIONS = ("1.0", "1.1", "2", "3")
RULE_LEVELS = {level: re.compile(pattern) for level, pattern in (
    ("MUST", r"\bMUST\b(?! NOT\b)"), ("MUST NOT", r"\bMUST NOT\b"),
    ("SHOULD", r"\bSHOULD\b(?! NOT\b)"), ("SHOULD NOT", r"\bSHOULD NOT\b"), ("MAY", r"\bMAY\b"),
    ("ought to", r"\bought to\b"), ("ought not to", r"\bought not to\b"), ("cannot", r"\bcannot\b"))}
RULE_CLASS = re.compile(r"^[1-5]xx$")
# A field name is a token (RFC 9110, Section 5.1).
FIELD_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# Where a fact was read: an RFC section, a file of a repository at a ref (and line), a page with the date it
# was read, or the project's own judgement with its reason.  Several are separated by EVIDENCE_SEP.
LOCATOR = re.compile(r"^(RFC [0-9]+, Section [0-9]+(\.[0-9]+)*"
                     r"|[A-Za-z0-9][\w.-]*/[\w.-]+@[\w.-]+:[^\s:]+(:[0-9]+)?"
                     r"|https://\S+ \(read [0-9]{4}-[0-9]{2}-[0-9]{2}\)"
                     r"|judgement: \S.*)$")
EVIDENCE_SEP = " | "
OTHER_SECTION = re.compile(r"RFC (?!9110,)[0-9]+, Section")


class DataError(Exception):
    pass


def read_csv(path, columns):
    with open(path, newline="", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    header = next(csv.reader(lines[:1]), [])
    rows = list(csv.DictReader(lines))
    if header[:len(columns)] != columns:
        raise DataError("%s: header %r, expected %r first" % (path, ",".join(header), ",".join(columns)))
    for n, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            raise DataError("%s: data row %d has %s columns than the header" %
                            (path, n - 1, "more" if None in row else "fewer"))
    return rows


def fold(text):
    """What the library's case-insensitive lookups compare: ASCII letters folded, nothing else."""
    return text.encode("utf-8").lower()


def hash_view(text):
    """What the generated hash reads of a key: its length and its first and last eight bytes, each
    byte ORed with 0x20 (lib/lookup.h); two keys alike here can share no perfect hash."""
    b = text.encode("utf-8")
    k = min(len(b), 8)
    return len(b), bytes(x | 0x20 for x in b[:k]), bytes(x | 0x20 for x in b[len(b) - k:])


def enum_name(phrase):
    """A phrase in enum style: apostrophes dropped, every other run of non-alphanumerics one '_'."""
    return re.sub(r"[^A-Z0-9]+", "_", phrase.replace("'", "").upper()).strip("_")


def squash(text):
    """Letters and digits only, upper-cased: how a name is found in a quote (HTTP_RESET holds RESET)."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def evidence(where, row, problems):
    """The (locator, quote) pairs of ROW, or [] after saying what is wrong with them."""
    locators, quotes = row["locator"].split(EVIDENCE_SEP), row["quote"].split(EVIDENCE_SEP)
    if not row["locator"].strip():
        return []
    if len(locators) != len(quotes):
        problems.append("%s: %d locators but %d quotes" % (where, len(locators), len(quotes)))
        return []
    pairs = []
    for locator, quote in zip(locators, quotes):
        if not LOCATOR.match(locator) or "\n" in locator + quote:
            problems.append("%s: locator %r is none of 'RFC N, Section X', 'owner/repo@ref:path[:line]', "
                            "'https://... (read YYYY-MM-DD)', 'judgement: WHY'" % (where, locator))
        elif locator.startswith("judgement: ") and quote:
            problems.append("%s: a judgement quotes nothing" % where)
        elif not locator.startswith("judgement: ") and not quote.strip():
            problems.append("%s: no quote from %s" % (where, locator))
        else:
            pairs.append((locator, quote))
    return pairs


def judged(pairs):
    return any(locator.startswith("judgement: ") for locator, _ in pairs)


def header_names(path):
    """The HTTPSTATUS_* constants of the header outside the generated status block, prefix removed."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return set(HEADER_NAME.findall(head + tail))


def check_aliases(statuses, aliases, reserved, problems):
    codes = {s["code"] for s in statuses}
    # Every key of the two lookup tables: (folded text) -> [(code, what)], and the hash view.
    tables = {"name": {}, "phrase": {}}
    for s in statuses:
        tables["name"].setdefault(fold(s["name"]), []).append((s["code"], "the name of %s" % s["code"]))
        tables["phrase"].setdefault(fold(s["phrase"]), []).append((s["code"], "the phrase of %s" % s["code"]))
    for n, a in enumerate(aliases, 1):
        where = "aliases.csv row %d (%r)" % (n, a["text"])
        kind, text, code = a["kind"], a["text"], a["code"]
        if kind not in tables:
            problems.append("%s: kind %r is not name or phrase" % (where, kind))
            continue
        if code not in codes:
            problems.append("%s: code %s is not in statuses.csv" % (where, code))
        if not a["source"].strip():
            problems.append("%s: no source" % where)
        pairs = evidence(where, a, problems)
        if not pairs:
            problems.append("%s: no locator and quote" % where)
        elif not judged(pairs):
            held = squash if kind == "name" else (lambda t: t.lower())
            if not any(held(text) in held(quote) for _, quote in pairs):
                problems.append("%s: no quote holds %r" % (where, text))
        if kind == "name":
            if not NAME.match(text):
                problems.append("%s: a name is upper-case words joined by '_'" % where)
            elif text.startswith(RESERVED_PREFIXES) or any(h == text or h.startswith(text + "_")
                                                           for h in reserved):
                problems.append("%s: HTTPSTATUS_%s would read as one of the header's other constants" %
                                (where, text))
        elif not PHRASE.match(text):
            problems.append("%s: a phrase is printable ASCII words with single spaces" % where)
        if len(text.encode("utf-8")) > 255:
            problems.append("%s: longer than 255 bytes" % where)
        tables[kind].setdefault(fold(text), []).append((code, "alias row %d" % n))
    if len(aliases) > 255:
        problems.append("aliases.csv: %d rows; the library's alias index holds 255" % len(aliases))

    for kind, table in tables.items():
        for key, uses in sorted(table.items()):
            if len({c for c, _ in uses}) > 1:
                problems.append("%s %r could mean %s" % (kind, key.decode(), " or ".join(
                    "%s (%s)" % (c, what) for c, what in uses)))
            elif len(uses) > 1:
                problems.append("%s %r is listed twice for %s: %s" % (kind, key.decode(), uses[0][0],
                                                                     ", ".join(w for _, w in uses)))
        views = {}
        for key in table:
            views.setdefault(hash_view(key.decode()), []).append(key.decode())
        for same in views.values():
            if len(same) > 1:
                problems.append("%ss %s look the same to the generated hash" %
                                (kind, " and ".join(repr(s) for s in same)))
    # A query may be a name or a phrase: across the two tables a spelling must not change its code.
    for key in sorted(set(tables["name"]) & set(tables["phrase"])):
        both = {c for c, _ in tables["name"][key] + tables["phrase"][key]}
        if len(both) > 1:
            problems.append("%r is a name of %s and a phrase of %s" % (
                key.decode(), "/".join(sorted({c for c, _ in tables["name"][key]})),
                "/".join(sorted({c for c, _ in tables["phrase"][key]}))))
    return tables


def check_unofficial(statuses, unofficial, tables, problems):
    registered = {s["code"] for s in statuses}
    seen_names, seen_phrases, last = {}, {}, 0
    for n, u in enumerate(unofficial, 1):
        where = "unofficial.csv row %d (%s)" % (n, u["code"])
        code = u["code"]
        if not (code.isdigit() and len(code) == 3 and 100 <= int(code) <= 599):
            problems.append("%s: not a status code 100..599" % where)
            continue
        if int(code) <= last:
            problems.append("%s: codes must be distinct and ascending" % where)
        last = int(code)
        if code in registered:
            problems.append("%s: IANA registers %s; it belongs in statuses.csv only" % (where, code))
        for column in ("name", "phrase", "user", "meaning", "source"):
            if not u[column].strip() or "\n" in u[column]:
                problems.append("%s: %s must be one non-empty line" % (where, column))
        if not PHRASE.match(u["phrase"]):
            problems.append("%s: a phrase is printable ASCII words with single spaces" % where)
        pairs = evidence(where, u, problems)
        if not any(re.search(r"(?<![0-9])%s(?![0-9])" % code, quote) for _, quote in pairs):
            problems.append("%s: no quote holds the code %s" % (where, code))
        if pairs and not judged(pairs) and not any(squash(u["name"]) in squash(q) for _, q in pairs):
            problems.append("%s: no quote holds the phrase %r, and no judgement says whose words it is" %
                            (where, u["phrase"]))
        if u["name"] != enum_name(u["phrase"]):
            problems.append("%s: name %s is not the phrase in enum style (%s)" %
                            (where, u["name"], enum_name(u["phrase"])))
        for label, value, seen, table in (("name", u["name"], seen_names, tables["name"]),
                                          ("phrase", u["phrase"], seen_phrases, tables["phrase"])):
            key = fold(value)
            if key in table:
                problems.append("%s: %s %r is already a registered %s of %s" %
                                (where, label, value, label, table[key][0][0]))
            if key in seen:
                problems.append("%s: %s %r is also that of %s" % (where, label, value, seen[key]))
            seen[key] = code


def check_semantics(statuses, semantics, problems):
    if [s["code"] for s in semantics] != [s["code"] for s in statuses]:
        problems.append("semantics.csv: its codes are not those of statuses.csv in the same order")
    for s in semantics:
        where = "semantics.csv %s" % s["code"]
        for column in ("redirect", "permanent", "transient", "retry_after"):
            if s[column] not in ("yes", "no"):
                problems.append("%s: %s is %r, not yes or no" % (where, column, s[column]))
        if s["redirect"] == "yes" and s["method_on_redirect"] not in METHOD_ON_REDIRECT:
            problems.append("%s: a redirect says what becomes of the method (%s)" %
                            (where, " | ".join(METHOD_ON_REDIRECT)))
        if s["redirect"] != "yes" and (s["method_on_redirect"] or s["permanent"] == "yes"):
            problems.append("%s: permanent and method_on_redirect are for redirects only" % where)
        if not s["basis"].strip():
            problems.append("%s: no basis" % where)
        pairs = evidence(where, s, problems)
        says = [c for c in ("redirect", "permanent", "transient", "retry_after") if s[c] == "yes"]
        if says and not pairs:
            problems.append("%s: %s without a locator and quote" % (where, ", ".join(says)))


def check_statuses(statuses, problems):
    """What the data says beyond IANA's row: a section of a document other than RFC 9110 (IANA cites most
    documents whole), or 418's phrase (IANA lists the code as Unused).  Each needs its evidence."""
    for s in statuses:
        where = "statuses.csv %s" % s["code"]
        pairs = evidence(where, s, problems)
        beyond = OTHER_SECTION.search(s["reference"]) or (s["state"] == "unused" and s["phrase"] != "Unused")
        if beyond and not pairs:
            problems.append("%s: a locator and quote to fill in (the data says more than IANA)" % where)
        elif pairs and not judged(pairs) and not any(
                re.search(r"(?<![0-9])%s(?![0-9])" % s["code"], quote) for _, quote in pairs):
            problems.append("%s: no quote holds the code %s" % (where, s["code"]))
        check_cacheable_basis(where, s["code"], s["cacheable_basis"], pairs, problems)


def check_cacheable_basis(where, subject, basis, pairs, problems):
    """A cacheable_basis beyond RFC 9110's own text is quoted: a quote that names SUBJECT (a status code or
    a method) and says what a cache may do, read from that section (or from a file of its source)."""
    if not OTHER_SECTION.search(basis):
        return
    named = re.compile(r"(?<![0-9A-Za-z-])%s(?![0-9A-Za-z-])" % re.escape(subject))
    if not any((locator == basis or not locator.startswith(("RFC ", "judgement: "))) and
               named.search(quote) and re.search(r"cach", quote, re.I) for locator, quote in pairs):
        problems.append("%s: cacheable_basis %r without a quote from it that names %s and caching" %
                        (where, basis, subject))


def check_methods(methods, problems):
    for m in methods:
        where = "methods.csv %s" % m["name"]
        if not m["cacheable_basis"].strip():
            problems.append("%s: no cacheable_basis" % where)
        pairs = evidence(where, m, problems)
        check_cacheable_basis(where, m["name"], m["cacheable_basis"], pairs, problems)


def rule_order(status):
    """Where a rule's status sorts: * first, then each class before its codes, the codes ascending."""
    if status == "*":
        return (0, 0)
    return (int(status[0]), -1) if RULE_CLASS.match(status) else (int(status[0]), int(status))


def check_rules(statuses, unofficial, rules, problems):
    codes = {s["code"] for s in statuses} | {u["code"] for u in unofficial}
    seen, last = {}, None
    for n, r in enumerate(rules, 1):
        status, subject, field = r["status"], r["subject"], r["field"]
        where = "rules.csv row %d (%s %s%s)" % (n, status, subject, " " + field if field else "")
        if status != "*" and not RULE_CLASS.match(status) and status not in codes:
            problems.append("%s: status %r is no code of statuses.csv or unofficial.csv, no class 1xx..5xx "
                            "and not *" % (where, status))
            continue
        if subject not in RULE_SUBJECTS:
            problems.append("%s: subject %r is not %s" % (where, subject, ", ".join(RULE_SUBJECTS)))
        elif subject == "field" and not FIELD_NAME.match(field):
            problems.append("%s: a field rule names its field (a token), not %r" % (where, field))
        elif subject != "field" and field:
            problems.append("%s: field is for subject field only" % where)
        if r["level"] not in RULE_LEVELS:
            problems.append("%s: level %r is not one of %s" % (where, r["level"], ", ".join(RULE_LEVELS)))
        if r["scope"] not in RULE_SCOPES:
            problems.append("%s: scope %r is not one of %s" % (where, r["scope"], ", ".join(RULE_SCOPES)))
        elif r["scope"] == "as-200" and subject != "field":
            problems.append("%s: scope as-200 is for fields" % where)
        versions = r["versions"].split(" ")
        if r["versions"] != "*" and (not all(v in RULE_VERSIONS for v in versions) or
                                     versions != sorted(set(versions), key=RULE_VERSIONS.index)):
            problems.append("%s: versions %r is neither * nor some of %s, in that order" %
                            (where, r["versions"], " ".join(RULE_VERSIONS)))
        elif versions == list(RULE_VERSIONS):
            problems.append("%s: all four versions are written *" % where)
        key = (status, subject, field.lower(), r["scope"], r["versions"])
        if key in seen:
            problems.append("%s: the same status, subject, field, scope and versions as row %d" %
                            (where, seen[key]))
        seen.setdefault(key, n)
        order = (rule_order(status), subject, field.lower())
        if last is not None and order < last:
            problems.append("%s: out of order (status, then subject, then field)" % where)
        last = order
        pairs = evidence(where, r, problems)
        sources = [(locator, quote) for locator, quote in pairs if not locator.startswith("judgement: ")]
        if not sources:
            problems.append("%s: no source and quote for the rule" % where)
        elif r["level"] in RULE_LEVELS and not judged(pairs) and not any(
                RULE_LEVELS[r["level"]].search(quote) for _, quote in sources):
            problems.append("%s: no quote holds the level %r, and no judgement says why" % (where, r["level"]))


def check_filled(label, rows, key, problems):
    """The columns only a person can write (tools/update-registry.py leaves them empty)."""
    for r in rows:
        for column in ("reference", "title", "description"):
            if not (r.get(column) or "").strip():
                problems.append("%s %s: %s to fill in" % (label, r[key], column))


def check(data_dir, header):
    statuses = read_csv(os.path.join(data_dir, "statuses.csv"), ["code", "name", "phrase", "state"])
    aliases = read_csv(os.path.join(data_dir, "aliases.csv"), ["kind", "text", "code", "source", "locator", "quote"])
    unofficial = read_csv(os.path.join(data_dir, "unofficial.csv"),
                          ["code", "name", "phrase", "user", "meaning", "source", "locator", "quote"])
    semantics = read_csv(os.path.join(data_dir, "semantics.csv"),
                         ["code", "redirect", "permanent", "method_on_redirect", "transient", "retry_after",
                          "basis", "locator", "quote"])
    methods = read_csv(os.path.join(data_dir, "methods.csv"), ["name", "safe", "idempotent", "cacheable",
                                                                "cacheable_basis", "reference", "title",
                                                                "description", "locator", "quote"])
    rules = read_csv(os.path.join(data_dir, "rules.csv"),
                     ["status", "subject", "field", "level", "scope", "versions", "locator", "quote"])
    problems = []
    tables = check_aliases(statuses, aliases, header_names(header), problems)
    check_unofficial(statuses, unofficial, tables, problems)
    check_semantics(statuses, semantics, problems)
    check_statuses(statuses, problems)
    check_methods(methods, problems)
    check_rules(statuses, unofficial, rules, problems)
    check_filled("statuses.csv", statuses, "code", problems)
    check_filled("methods.csv", methods, "name", problems)
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = os.path.join(here, "..", "data")
    header = os.path.join(here, "..", "include", "httpstatus.h")
    args = argv[1:]
    while len(args) >= 2 and args[0] in ("--data", "--header"):
        if args[0] == "--data":
            data_dir = args[1]
        else:
            header = args[1]
        args = args[2:]
    if args:
        sys.stderr.write("usage: check-data.py [--data DIR] [--header FILE]\n")
        return 2
    try:
        problems = check(data_dir, header)
    except (OSError, UnicodeDecodeError, csv.Error, DataError) as e:
        sys.stderr.write("check-data: %s\n" % e)
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
