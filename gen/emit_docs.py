"""The guides' table of record properties: doc/properties.md.

Every accessor of a status, a method or a rule record (a function of role status_field, method_field
or rule_field in the model) is a property in each binding, named by that binding's rule; this table lists each one in C,
Lua, Ruby and Node with its type and the header's one-line comment, so that the guides
(doc/guide-{c,lua,ruby,node}.md link to it) follow the model with no edit.  The Node names are
gen/emit_node.py's own (lib/api.json); the Ruby names follow httpstatus/record.rb's rule, which the
Ruby suite checks against the records themselves (test_properties_doc.rb).
"""
import emitlib
import emit_node

NAME = "emit_docs"
OUTPUT = "doc/properties.md"
# Names every Ruby object already answers to, among those a field could take: the record gets the
# property under its prefix instead (class -> status_class), as httpstatus/record.rb does.
RUBY_TAKEN = {"class", "hash", "method", "methods", "display", "freeze", "clone", "dup", "send", "format",
              "inspect", "then", "tap", "test", "select", "open", "print", "system", "trap", "warn"}


def ruby_name(fn, prefix):
    name = fn["field"]
    if fn["flag"]:
        name = name[len("is_"):] + "?" if name.startswith("is_") else name + "?"
    return f"{prefix}_{name}" if name in RUBY_TAKEN else name


# The one property that is not its accessor's value: a rule's versions, a set of bits in C, is a list
# of the names the command's JSON gives in every binding (doc/bindings.md, "Response rules").
LISTS = {"httpstatus_rule_versions": 'an int of bits in C; in the bindings a list of `"1.0"`, `"1.1"`, `"2"`, `"3"`'}


def value_type(f):
    """What a property holds, from gen/emit_node.py's reading of the accessor."""
    if f["symbol"] in LISTS:
        return LISTS[f["symbol"]]
    if f["flag"]:
        return "a flag: 0 or 1 in C, a boolean in the bindings"
    if f["via"]:
        return f"an int in C; in the bindings its name, `{f['via']}()`"
    return "a number" if f["type"] == "number" else "a text"


def emit(model):
    out = ["<!-- " + emitlib.banner("", NAME).strip() + " -->", "",
           "# Every property of a record, in each language", "",
           "Each accessor of a status, a method or (1.2) a rule record in `include/httpstatus.h` is a property of the record in",
           "every binding, by the binding's rule: Lua keeps the C field's name, Ruby makes a flag a predicate",
           "(`is_x` is `x?`), Node writes it in camelCase (`lib/api.json`). The guides describe how each",
           "binding's records behave; this table, written by `make regen`, lists every property.", ""]
    for role, noun, prefix in (("status_field", "A status", "status"), ("method_field", "A method", "method"),
                               ("rule_field", "A rule", "rule")):
        by_name = {fn["name"]: fn for fn in model["functions"]}
        props = emit_node.fields(model, role, prefix.capitalize())
        out += [f"## {noun}", "", "| C | Lua | Ruby | Node | value | since | what |", "|---|---|---|---|---|---|---|"]
        for f in props:
            fn = by_name[f["symbol"]]
            what = fn["doc"].replace("|", "\\|")
            out.append(f"| `{fn['name']}()` | `{fn['field']}` | `{ruby_name(fn, prefix)}` | `{f['property']}` | "
                       f"{value_type(f)} | {fn['node'][len('HTTPSTATUS_'):]} | {what} |")
        out.append("")
    return {OUTPUT: "\n".join(out)}
