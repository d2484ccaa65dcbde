#!/usr/bin/env python3
"""Generate libhttpstatus's registry tables from the data files.

Reads data/statuses.csv (with data/semantics.csv, one row per status), data/aliases.csv,
data/unofficial.csv, data/methods.csv, data/registry.csv and data/rules.csv and writes:
  lib/tables.h         private: record layouts' sizes, hash parameters, table declarations
  lib/tables.c         private: the string pool, the records and the hash tables
  include/httpstatus.h the region between the GENERATED markers (one constant per status name)

Every string lives in one pool and is addressed by a 16-bit offset, so the tables hold no pointers and
need no relocations when the library is loaded.  Each rule of data/rules.csv is one record; a status
reaches its rules (its own, its class's, every status's, in the file's order) through its slice of one
list of rule indexes.  Names, phrases and methods are found through perfect
hashes: the seed search below picks a multiplier for which no two keys share a slot.

Usage: gen-tables.py SRCDIR [OUTDIR]   (OUTDIR defaults to SRCDIR; tests regenerate into a scratch
directory and compare.)
"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402  (the header's enums, read as the model of the API reads them)

MASK64 = (1 << 64) - 1
FOLD = 0x2020202020202020
GOLDEN = 0x9E3779B97F4A7C15
# The header's enums that data/rules.csv's columns spell: subject, level, scope and versions.
RULE_ENUMS = ("subject", "level", "scope", "http_version")
# The characters of a token (RFC 9110, Section 5.6.2), which a field name is.
TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# The header's other constants, besides its enums' members: a status name must not start like them.
OTHER_PREFIXES = ("VERSION_", "NUL_", "API")


def spellings(src):
    """What data/ may say, from the header's enums: the states a registered status may be in (not NONE,
    which only a NULL handle has, nor UNOFFICIAL, which only data/unofficial.csv's records have), the
    redirect methods of data/semantics.csv ("" for NONE) and every prefix a status name must avoid."""
    with open(os.path.join(src, "include", "httpstatus.h"), encoding="utf-8") as f:
        problems = []
        enums, _ = model.read_enums(f.read(), problems)
    for name in ("state", "follow_method") + RULE_ENUMS:
        if name not in enums:
            problems.append(f"include/httpstatus.h: no enum httpstatus_{name}")
    if problems:
        sys.exit("gen-tables: " + "\n".join(problems))
    states = [m["name"].lower() for m in enums["state"]["members"] if m["name"] not in ("NONE", "UNOFFICIAL")]
    follow = {("" if m["name"] == "NONE" else m["name"].lower()): m["name"] for m in enums["follow_method"]["members"]}
    prefixes = tuple(e["prefix"] for e in enums.values()) + OTHER_PREFIXES
    rule_words = {name: {m["name"]: m["value"] for m in enums[name]["members"] if m["name"] != "NONE"}
                  for name in RULE_ENUMS if name in enums}
    return states, follow, prefixes, rule_words


def read_layouts(src):
    """The field names of each struct of lib/internal.h, in order: {struct name: [field, ...]}."""
    with open(os.path.join(src, "lib", "internal.h"), encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    return {name: re.findall(r"^\s*[\w ]+?\b(\w+);\s*$", body, re.M)
            for name, body in re.findall(r"^struct (\w+) \{(.*?)^\};", text, re.S | re.M)}


def initialiser(layouts, struct, values):
    """A designated initialiser of STRUCT (lib/internal.h) with VALUES {field: C text}, in the struct's
    order; stops when VALUES and the struct's fields differ."""
    fields = layouts.get(struct)
    if fields is None or set(fields) != set(values):
        sys.exit(f"gen-tables: struct {struct} in lib/internal.h has the fields {fields}; "
                 f"gen/gen-tables.py fills {sorted(values)}")
    return "\t{ " + ", ".join(f".{k} = {values[k]}" for k in fields) + " },"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


def yes(value, where):
    if value not in ("yes", "no"):
        sys.exit(f"gen-tables: {where}: expected yes or no, got {value!r}")
    return value == "yes"


def byte_len(text):
    """The length of TEXT in the pool, in bytes; every length field is 8 bits wide."""
    n = len(text.encode("utf-8"))
    if n > 255:
        sys.exit(f"gen-tables: {text[:40]!r}... is longer than the 255 bytes a length field holds")
    return n


def load_word(data):
    """The first len(data) <= 8 bytes as a little-endian integer (what lib/lookup.h computes)."""
    return int.from_bytes(data, "little")


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & MASK64


def key_hash(key, fold, mult, bits):
    n = len(key)
    k = min(n, 8)
    a = load_word(key[:k])
    b = load_word(key[n - k:])
    if fold:
        a |= FOLD
        b |= FOLD
    h = (a ^ rotl(b, 23) ^ ((n * GOLDEN) & MASK64)) & MASK64
    return ((h * mult) & MASK64) >> (64 - bits)


def find_perfect_hash(keys, fold, bits):
    """A deterministic search for an odd multiplier that spreads every key to its own slot; when
    the registry has grown too far for BITS, the table doubles (up to 12 bits) rather than fail."""
    for size in range(bits, 13):
        mult = search_multiplier(keys, fold, size)
        if mult is not None:
            return mult, size
    sys.exit(f"gen-tables: no perfect hash of up to 12 bits for {len(keys)} keys")


def search_multiplier(keys, fold, bits):
    state = 0x243F6A8885A308D3
    for _ in range(200000):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK64
        mult = state | 1
        seen = set()
        for key in keys:
            slot = key_hash(key, fold, mult, bits)
            if slot in seen:
                break
            seen.add(slot)
        else:
            return mult
    return None


class Pool:
    """One char array holding every string once, NUL-terminated, addressed by offset."""

    def __init__(self):
        self.data = bytearray()
        self.offsets = {}

    def add(self, text):
        if text not in self.offsets:
            self.offsets[text] = len(self.data)
            self.data += text.encode("utf-8") + b"\0"
        if len(self.data) > 0xFFFF:
            sys.exit("gen-tables: the string pool outgrew 16-bit offsets")
        return self.offsets[text]


def c_string_lines(data, width=96):
    out, line = [], ""
    for i, byte in enumerate(data):
        nxt = data[i + 1] if i + 1 < len(data) else 0
        nul = "\\000" if 0x30 <= nxt <= 0x37 else "\\0"
        piece = nul if byte == 0 else ('\\"' if byte == 0x22 else ("\\\\" if byte == 0x5C else chr(byte)))
        if byte >= 0x80 or (byte < 0x20 and byte != 0):
            piece = "\\%03o" % byte
        line += piece
        if byte == 0 and len(line) >= width:
            out.append('\t"' + line + '"')
            line = ""
    if line:
        out.append('\t"' + line + '"')
    return "\n".join(out)


def load(src, states, follow, prefixes, words):
    statuses = read_csv(os.path.join(src, "data", "statuses.csv"))
    aliases = read_csv(os.path.join(src, "data", "aliases.csv"))
    methods = read_csv(os.path.join(src, "data", "methods.csv"))
    registry = {row["key"]: row["value"] for row in read_csv(os.path.join(src, "data", "registry.csv"))}
    semantics = read_csv(os.path.join(src, "data", "semantics.csv"))
    unofficial = read_csv(os.path.join(src, "data", "unofficial.csv"))
    codes = [int(s["code"]) for s in statuses]
    if codes != sorted(set(codes)) or not all(100 <= c <= 599 for c in codes):
        sys.exit("gen-tables: statuses.csv must list distinct codes 100..599 in ascending order")
    names = [m["name"] for m in methods]
    if names != sorted(set(names)):
        sys.exit("gen-tables: methods.csv must list distinct methods in alphabetical order")
    for s in statuses:
        if s["state"] not in states:
            sys.exit(f"gen-tables: status {s['code']}: unknown state {s['state']!r}")
        if (s["state"] == "temporary") != bool(s["expires"]):
            sys.exit(f"gen-tables: status {s['code']}: expires is for temporary registrations only")
        if s["name"].startswith(prefixes):
            sys.exit(f"gen-tables: status name {s['name']} collides with the header's other constants")
    for a in aliases:
        if int(a["code"]) not in codes or a["kind"] not in ("name", "phrase"):
            sys.exit(f"gen-tables: alias {a['text']!r} is not of a known kind or code")
        if a["kind"] == "name" and a["text"].startswith(prefixes):
            sys.exit(f"gen-tables: alias name {a['text']} collides with the header's other constants")
    if [r["code"] for r in semantics] != [s["code"] for s in statuses]:
        sys.exit("gen-tables: semantics.csv must have one row per status of statuses.csv, in the same order")
    for s, r in zip(statuses, semantics):
        if r["method_on_redirect"] not in follow or (r["method_on_redirect"] != "") != yes(r["redirect"], s["code"]):
            sys.exit(f"gen-tables: semantics of {s['code']}: method_on_redirect is for redirects only, one of "
                     + ", ".join(m for m in follow if m))
        s.update({k: r[k] for k in ("redirect", "permanent", "method_on_redirect", "transient", "retry_after")})
    ucodes = [int(u["code"]) for u in unofficial]
    if ucodes != sorted(set(ucodes)) or not all(100 <= c <= 599 and c not in codes for c in ucodes):
        sys.exit("gen-tables: unofficial.csv must list distinct unregistered codes 100..599 in ascending order")
    check_unambiguous(statuses, aliases)
    if len(statuses) > 255 or len(methods) > 255 or len(aliases) > 255 or len(unofficial) > 255:
        sys.exit("gen-tables: a table outgrew the 8-bit record indexes of lib/internal.h")
    rules = load_rules(src, words, sorted(codes + ucodes))
    return statuses, aliases, methods, registry, unofficial, rules


def rule_word(words, enum, text, where):
    """The header's member of ENUM that a column of data/rules.csv spells as TEXT: "MUST NOT" is
    LEVEL_MUST_NOT, "as-200" SCOPE_AS_200, "1.1" VERSION_HTTP1_1."""
    name = re.sub(r"[ .-]", "_", text).upper()
    if enum == "http_version":
        name = "HTTP" + name
    if name not in words[enum]:
        sys.exit(f"gen-tables: {where}: {text!r} is not one of the header's enum httpstatus_{enum}")
    return name


def load_rules(src, words, codes):
    """data/rules.csv, each row checked, with the codes it covers ("codes") and the header's spelling
    of each column ("subject_c", "level_c", "scope_c", "versions_c")."""
    rules = read_csv(os.path.join(src, "data", "rules.csv"))
    if not rules:
        sys.exit("gen-tables: data/rules.csv has no rule")
    for n, r in enumerate(rules, start=1):
        where = f"data/rules.csv, rule {n} ({r['status']} {r['field'] or r['subject']})"
        st = r["status"]
        if st == "*":
            r["codes"] = list(codes)
        elif re.fullmatch(r"[1-5]xx", st):
            r["codes"] = [c for c in codes if c // 100 == int(st[0])]
        elif re.fullmatch(r"[1-5][0-9][0-9]", st) and int(st) in codes:
            r["codes"] = [int(st)]
        else:
            sys.exit(f"gen-tables: {where}: status is a known code, a class 1xx..5xx or *")
        r["subject_c"] = rule_word(words, "subject", r["subject"], where)
        if (r["subject"] == "field") != bool(r["field"]) or (r["field"] and not TOKEN.match(r["field"])):
            sys.exit(f"gen-tables: {where}: a field rule names its field (a token); no other rule does")
        r["level_c"] = rule_word(words, "level", r["level"], where)
        r["scope_c"] = rule_word(words, "scope", r["scope"], where)
        versions = r["versions"].split()
        if versions == ["*"]:
            r["versions_c"] = list(words["http_version"])
        else:
            r["versions_c"] = [rule_word(words, "http_version", v, where) for v in versions]
        if not versions or len(set(versions)) != len(versions):
            sys.exit(f"gen-tables: {where}: versions is * or distinct versions among 1.0 1.1 2 3")
        if not r["locator"] or not r["quote"]:
            sys.exit(f"gen-tables: {where}: a rule carries its locator and its quote")
    return rules


def check_unambiguous(statuses, aliases):
    """Stops when a text, ignoring ASCII case, would name two codes: among names, among phrases, or a
    name of one code that is a phrase of another (the bindings' generic lookup tries both)."""
    meaning = {}
    for s in statuses:
        for kind in ("name", "phrase"):
            meaning.setdefault(s[kind].lower(), set()).add((int(s["code"]), f"the {kind} of {s['code']}"))
    for a in aliases:
        meaning.setdefault(a["text"].lower(), set()).add((int(a["code"]), f"an older {a['kind']} of {a['code']}"))
    for text, uses in sorted(meaning.items()):
        if len({code for code, _ in uses}) > 1:
            sys.exit(f"gen-tables: {text!r} could mean two codes: " + ", ".join(sorted(w for _, w in uses)))


def status_record(layouts, follow, pool, s, rule_slice):
    """One struct httpstatus_status initialiser, for a registered or an unofficial status."""
    bits = [int(yes(s[k], s["code"])) for k in ("may_have_content", "cacheable", "redirect", "permanent",
                                                "transient", "retry_after")]
    values = {"code": s["code"], "state": "HTTPSTATUS_STATE_" + s["state"].upper(),
              "flags": f"HS_STATUS_FLAGS({', '.join(map(str, bits))})",
              "name_len": str(byte_len(s["name"])), "phrase_len": str(byte_len(s["phrase"])),
              "follow_method": "HTTPSTATUS_FOLLOW_" + follow[s["method_on_redirect"]],
              "rules": str(rule_slice[0]), "rule_count": str(rule_slice[1])}
    values.update({k: str(pool.add(s[k])) for k in ("name", "phrase", "description", "reference", "title",
                                                    "expires", "user", "locator", "quote")})
    return initialiser(layouts, "httpstatus_status", values)


def rule_slices(rules, order):
    """The list of rule indexes: for each code of ORDER (the status records' order) its rules, in the
    file's order.  Returns (list, {code: (first, count)})."""
    links, slices = [], {}
    for code in order:
        mine = [n for n, r in enumerate(rules) if code in r["codes"]]
        slices[code] = (len(links), len(mine))
        links += mine
    if len(links) > 0xFFFF or len(rules) > 0x7FFF:
        sys.exit("gen-tables: the rules outgrew the 16-bit indexes of lib/internal.h")
    return links, slices


def rule_fields(layouts, pool, rules):
    """The field names the rules are about, each once ignoring case, sorted by length: (initialiser
    lines, {lower-case name: index}, [first index of each length 0..max + 1])."""
    names = {}
    for r in rules:
        if r["field"]:
            names.setdefault(r["field"].lower(), r["field"])
    order = sorted(names, key=lambda k: (byte_len(k), k))
    if len(order) > 64:
        sys.exit("gen-tables: more than 64 field names in data/rules.csv: lib/rule.c marks them in 64 bits")
    maxlen = max(byte_len(k) for k in order)
    by_len = [sum(1 for k in order if byte_len(k) < n) for n in range(maxlen + 2)]
    lines = [initialiser(layouts, "hs_field", {"text": str(pool.add(names[k])), "len": str(byte_len(k))})
             for k in order]
    return lines, {k: i for i, k in enumerate(order)}, by_len


def rule_records(layouts, pool, rules, field_ids):
    """The rule records, each row of data/rules.csv once."""
    lines = []
    for r in rules:
        lines.append(initialiser(layouts, "httpstatus_rule", {
            "field_id": str(field_ids[r["field"].lower()]) if r["field"] else "HS_NO_FIELD",
            "field": str(pool.add(r["field"])), "level_text": str(pool.add(r["level"])),
            "locator": str(pool.add(r["locator"])), "quote": str(pool.add(r["quote"])),
            "field_len": str(byte_len(r["field"])), "subject": "HTTPSTATUS_RULE_" + r["subject_c"],
            "level": "HTTPSTATUS_LEVEL_" + r["level_c"], "scope": "HTTPSTATUS_SCOPE_" + r["scope_c"],
            "versions": "(" + " | ".join("HTTPSTATUS_VERSION_" + v for v in r["versions_c"]) + ")"}))
    return lines


def build(layouts, follow, statuses, aliases, methods, registry, unofficial, rules):
    pool = Pool()
    index_of = {int(s["code"]): i for i, s in enumerate(statuses)}
    rule_list, slices = rule_slices(rules, [int(s["code"]) for s in statuses] + [int(u["code"]) for u in unofficial])
    rec_lines = [status_record(layouts, follow, pool, dict(s, user=""), slices[int(s["code"])]) for s in statuses]
    # An unofficial status is a record like the others, with its meaning as the description and its
    # source as the reference; the registry's own columns do not apply to it.
    unofficial_lines = [status_record(layouts, follow, pool, dict(
        code=u["code"], name=u["name"], phrase=u["phrase"], state="unofficial", description=u["meaning"],
        reference=u["source"], title="", expires="", user=u["user"], locator=u["locator"], quote=u["quote"],
        may_have_content="yes", cacheable="no",
        redirect="no", permanent="no", method_on_redirect="", transient="no", retry_after="no"),
        slices[int(u["code"])])
        for u in unofficial]

    meth_lines = []
    for m in methods:
        flags = ", ".join(str(int(yes(m[col], m["name"]))) for col in ("safe", "idempotent", "cacheable"))
        values = {"name_len": str(byte_len(m["name"])), "flags": f"HS_METHOD_FLAGS({flags})"}
        values.update({k: str(pool.add(m[k])) for k in ("name", "description", "reference", "title")})
        meth_lines.append(initialiser(layouts, "httpstatus_method", values))

    alias_lines = []
    for a in aliases:
        kind = "HTTPSTATUS_ALIAS_" + a["kind"].upper()
        alias_lines.append(initialiser(layouts, "hs_alias", {
            "text": str(pool.add(a["text"])), "source": str(pool.add(a["source"])),
            "locator": str(pool.add(a["locator"])), "quote": str(pool.add(a["quote"])),
            "text_len": str(byte_len(a["text"])), "status": str(index_of[int(a["code"])]), "kind": kind}))
    snapshot_off = pool.add(registry["snapshot"])
    field_lines, field_ids, field_by_len = rule_fields(layouts, pool, rules)
    rule_lines = rule_records(layouts, pool, rules, field_ids)

    # Code index: code - 100 -> record index + 1 (0: not registered).
    code_index = [0] * 500
    for code, i in index_of.items():
        code_index[code - 100] = i + 1

    # Keys for the hashes: (bytes, record index, pool offset).
    name_keys = [(s["name"].encode(), i, pool.offsets[s["name"]]) for i, s in enumerate(statuses)]
    name_keys += [(a["text"].encode(), index_of[int(a["code"])], pool.offsets[a["text"]])
                  for a in aliases if a["kind"] == "name"]
    phrase_keys = [(s["phrase"].encode(), i, pool.offsets[s["phrase"]]) for i, s in enumerate(statuses)]
    phrase_keys += [(a["text"].encode(), index_of[int(a["code"])], pool.offsets[a["text"]])
                    for a in aliases if a["kind"] == "phrase"]
    method_keys = [(m["name"].encode(), i, pool.offsets[m["name"]]) for i, m in enumerate(methods)]

    for label, keys in (("name", name_keys), ("phrase", phrase_keys)):
        folded = {k.lower() for k, _, _ in keys}
        if len(folded) != len(keys):
            sys.exit(f"gen-tables: two status {label}s differ only in case")

    hashes = {}
    for label, keys, fold, bits in (("NAME", name_keys, True, 8), ("PHRASE", phrase_keys, True, 8),
                                     ("METHOD", method_keys, False, 7)):
        if len(keys) > 255:
            sys.exit(f"gen-tables: {len(keys)} {label.lower()} keys outgrow the 8-bit slots of the hash")
        mult, bits = find_perfect_hash([k for k, _, _ in keys], fold, bits)
        slots = [0] * (1 << bits)
        entries = []
        for n, (key, rec, off) in enumerate(keys):
            slots[key_hash(key, fold, mult, bits)] = n + 1
            entries.append(initialiser(layouts, "hs_key", {"text": str(off), "len": str(len(key)), "record": str(rec)}))
        hashes[label] = dict(mult=mult, bits=bits, slots=slots, entries=entries,
                             maxlen=max(len(k) for k, _, _ in keys))
    return dict(pool=pool, rec_lines=rec_lines, meth_lines=meth_lines, alias_lines=alias_lines,
                code_index=code_index, hashes=hashes, snapshot_off=snapshot_off,
                unofficial_lines=unofficial_lines, rule_lines=rule_lines, rule_list=rule_list,
                field_lines=field_lines,
                field_by_len=field_by_len)


def number_rows(values, per_line=20):
    rows = []
    for i in range(0, len(values), per_line):
        rows.append("\t" + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    return "\n".join(rows)


HEADER_NOTE = "/* Generated by gen/gen-tables.py from the data/ CSV files: do not edit, run `make regen`. */\n"


def write_tables_h(out, t, counts):
    lines = [HEADER_NOTE, "#ifndef HTTPSTATUS_TABLES_H", "#define HTTPSTATUS_TABLES_H", "",
             '#include "internal.h"', "",
             f"#define HS_STATUS_COUNT {counts[0]}u", f"#define HS_METHOD_COUNT {counts[1]}u",
             f"#define HS_ALIAS_COUNT {counts[2]}u", f"#define HS_UNOFFICIAL_COUNT {len(t['unofficial_lines'])}u",
             f"#define HS_SNAPSHOT_OFFSET {t['snapshot_off']}u",
             f"#define HS_RULE_COUNT {len(t['rule_lines'])}u", f"#define HS_RULE_LINK_COUNT {len(t['rule_list'])}u",
             f"#define HS_FIELD_COUNT {len(t['field_lines'])}u", f"#define HS_FIELD_MAXLEN {len(t['field_by_len']) - 2}u", ""]
    # The perfect hashes share one slot array and one key array; each table starts at its own offset.
    slot_base = key_base = 0
    for label, h in t["hashes"].items():
        lines += [f"#define HS_{label}_BITS {h['bits']}",
                  f"#define HS_{label}_MULT UINT64_C(0x{h['mult']:016x})",
                  f"#define HS_{label}_MAXLEN {h['maxlen']}u",
                  f"#define HS_{label}_SLOTS {slot_base}u",
                  f"#define HS_{label}_KEYS {key_base}u"]
        slot_base += len(h["slots"])
        key_base += len(h["entries"])
    lines += [f"#define HS_SLOT_COUNT {slot_base}u", f"#define HS_KEY_COUNT {key_base}u"]
    lines += ["",
              "/* Internal: declared hidden so the compiler addresses the tables directly, never via the GOT. */",
              "#if defined(__GNUC__)", "#pragma GCC visibility push(hidden)", "#endif",
              "extern const char httpstatus__pool[];",
              "extern const struct httpstatus_status httpstatus__statuses[HS_STATUS_COUNT + HS_UNOFFICIAL_COUNT];",
              "extern const struct httpstatus_method httpstatus__methods[HS_METHOD_COUNT];",
              "extern const struct hs_alias httpstatus__aliases[HS_ALIAS_COUNT];",
              "extern const uint8_t httpstatus__code_index[500];",
              "extern const struct httpstatus_rule httpstatus__rules[HS_RULE_COUNT];",
              "extern const uint16_t httpstatus__rule_list[HS_RULE_LINK_COUNT];",
              "extern const struct hs_field httpstatus__rule_fields[HS_FIELD_COUNT];",
              "extern const uint8_t httpstatus__rule_field_by_len[HS_FIELD_MAXLEN + 2];",
              ]
    lines += ["extern const uint8_t httpstatus__slots[HS_SLOT_COUNT];",
              "extern const struct hs_key httpstatus__keys[HS_KEY_COUNT];"]
    lines += ["#if defined(__GNUC__)", "#pragma GCC visibility pop", "#endif", "", "#endif", ""]
    with open(os.path.join(out, "lib", "tables.h"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def write_tables_c(out, t):
    parts = [HEADER_NOTE, '#include "tables.h"', "",
             "/* Every C compiler in use takes a string this long; ISO C only promises 4095 bytes. */",
             "#if defined(__GNUC__)", '#pragma GCC diagnostic ignored "-Woverlength-strings"', "#endif", "",
             "const char httpstatus__pool[] =", c_string_lines(t["pool"].data) + ";", "",
             "/*",
             " * The registered statuses come first, in code order; the unofficial ones follow them, in code order,",
             " * from index HS_STATUS_COUNT on (their description is the meaning, their reference the source).",
             " */",
             "const struct httpstatus_status httpstatus__statuses[HS_STATUS_COUNT + HS_UNOFFICIAL_COUNT] = {",
             *t["rec_lines"], *t["unofficial_lines"], "};", "",
             "const struct httpstatus_method httpstatus__methods[HS_METHOD_COUNT] = {", *t["meth_lines"], "};", "",
             "/* An alias's status is an index into httpstatus__statuses. */",
             "const struct hs_alias httpstatus__aliases[HS_ALIAS_COUNT] = {", *t["alias_lines"], "};", "",
             "/* code - 100 -> index into httpstatus__statuses + 1; 0 where no status is registered */",
             "const uint8_t httpstatus__code_index[500] = {", number_rows(t["code_index"]), "};", "",
             "/* The rules of data/rules.csv, in its order, each once. */",
             "const struct httpstatus_rule httpstatus__rules[HS_RULE_COUNT] = {", *t["rule_lines"], "};", "",
             "/* Indexes into httpstatus__rules: a status's rules are the rule_count from its rules on. */",
             "const uint16_t httpstatus__rule_list[HS_RULE_LINK_COUNT] = {", number_rows(t["rule_list"]), "};", "",
             "/* The field names of the rules, each once, by length; a rule's field_id is an index here. */",
             "const struct hs_field httpstatus__rule_fields[HS_FIELD_COUNT] = {", *t["field_lines"], "};", "",
             "/* The index of the first field name of each length, 0 to HS_FIELD_MAXLEN + 1. */",
             "const uint8_t httpstatus__rule_field_by_len[HS_FIELD_MAXLEN + 2] = {", number_rows(t["field_by_len"]), "};", ""]
    tables = ", ".join(t["hashes"])
    parts += [f"/* The slots of the perfect hashes, {tables} in turn (HS_<TABLE>_SLOTS in tables.h): 0 for an",
              " * empty slot, else 1 + the index of its key among the table's keys. */",
              "const uint8_t httpstatus__slots[HS_SLOT_COUNT] = {",
              number_rows([v for h in t["hashes"].values() for v in h["slots"]]), "};", "",
              f"/* Their keys, {tables} in turn (HS_<TABLE>_KEYS); a key's record is an index into its table. */",
              "const struct hs_key httpstatus__keys[HS_KEY_COUNT] = {",
              *[e for h in t["hashes"].values() for e in h["entries"]], "};", ""]
    with open(os.path.join(out, "lib", "tables.c"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


BEGIN = "/* BEGIN GENERATED STATUS CONSTANTS (gen/gen-tables.py from the data/ CSV files) */"
END = "/* END GENERATED STATUS CONSTANTS */"


def write_header(src, out, statuses, aliases):
    with open(os.path.join(src, "include", "httpstatus.h"), encoding="utf-8") as f:
        text = f.read()
    head, sep, rest = text.partition(BEGIN)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        sys.exit("gen-tables: include/httpstatus.h lacks the GENERATED markers")
    width = max(len(s["name"]) for s in statuses + [{"name": a["text"]} for a in aliases if a["kind"] == "name"])
    body = ["", "enum httpstatus_code {"]
    for s in statuses:
        body.append(f"\tHTTPSTATUS_{s['name']:<{width}} = {s['code']},")
    body.append("\t/* ALIASES (data/aliases.csv): older names and other implementations' names, each equal to the")
    body.append("\t   constant of its status's current name. */")
    for a in aliases:
        if a["kind"] == "name":
            body.append(f"\tHTTPSTATUS_{a['text']:<{width}} = {a['code']},")
    body += ["};", ""]
    os.makedirs(os.path.join(out, "include"), exist_ok=True)
    with open(os.path.join(out, "include", "httpstatus.h"), "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n".join(body) + END + tail)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) == 3 else src
    states, follow, prefixes, words = spellings(src)
    statuses, aliases, methods, registry, unofficial, rules = load(src, states, follow, prefixes, words)
    tables = build(read_layouts(src), follow, statuses, aliases, methods, registry, unofficial, rules)
    os.makedirs(os.path.join(out, "lib"), exist_ok=True)
    write_tables_h(out, tables, (len(statuses), len(methods), len(aliases)))
    write_tables_c(out, tables)
    write_header(src, out, statuses, aliases)


if __name__ == "__main__":
    main()
