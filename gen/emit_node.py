"""The Node (koffi) binding's generated files, both in bindings/node/lib:
  api.json   the version, the SONAME, every exported function (node, role, result and parameter
             kinds), the Status and Method properties (JavaScript name, type, the C accessor, the
             namer of an enum-valued field) and the header's enums, as frozen data;
  api.d.ts   the TypeScript declarations derived from the same model: the properties of Status and
             Method, the enum string unions, the status constant names, the method names (the first
             column of data/methods.csv, so that HTTPMethod.GET and Method.GET have literal keys) and
             the checked raw functions.
lib/ffi.cjs declares the functions to koffi from api.json; index.d.ts builds the package's types on
api.d.ts.  A kind without a Node mapping, or two accessors that map onto one property, stop generation.
"""
import csv
import json
import os

import emitlib

NAME = "emit_node"
# kind -> (TypeScript parameter type, TypeScript result type); None: cannot appear there.
KINDS = {
    "void": (None, "void"),
    "int": ("number", "number"),
    "size": ("number | bigint", "number"),
    "ulong": ("number | bigint", "number"),
    "string": ("string", "string"),
    "buffer": ("Uint8Array | null", None),
    "status": ("StatusHandle | null", "StatusHandle | null"),
    "method": ("MethodHandle | null", "MethodHandle | null"),
    "rule": ("RuleHandle | null", "RuleHandle | null"),
}
# The type a property has in the idiomatic layer, for a field of this kind.
FIELD_TYPES = {"int": "number", "size": "number", "ulong": "number", "string": "string"}
JS_RESERVED = set("""break case catch class const continue debugger default delete do else enum export extends
false finally for function if import in instanceof new null return super switch this throw true try typeof
var void while with yield let static implements interface package private protected public await""".split())


def camel(field):
    head, *rest = field.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def pascal(field):
    c = camel(field)
    return c[:1].upper() + c[1:]


def js(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def param_name(p):
    return p["name"] + "_" if p["name"] in JS_RESERVED else p["name"]


def method_names():
    """The method tokens, in the registry's (alphabetical) order, from data/methods.csv."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "methods.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    names = [row["name"] for row in rows]
    if not names or any(not n or "'" in n or "\\" in n for n in names):
        emitlib.refuse(NAME, f"{path}: no method names, or a name TypeScript cannot quote")
    return names


def check(fn):
    if fn["kind"] not in KINDS or KINDS[fn["kind"]][1] is None:
        emitlib.refuse(NAME, f"{fn['name']}: a {fn['kind']!r} result has no Node mapping")
    for p in fn["params"]:
        if p["kind"] not in KINDS or KINDS[p["kind"]][0] is None:
            emitlib.refuse(NAME, f"{fn['name']}: a {p['kind']!r} parameter ({p['name']}) has no Node mapping")


def fields(model, role, noun):
    """The properties of one record type, in the header's order."""
    by_name = {fn["name"]: fn for fn in model["functions"]}
    out = []
    for fn in sorted((f for f in model["functions"] if f["role"] == role), key=lambda f: f["order"]):
        via, union = None, None
        if fn["flag"]:
            ts = "boolean"
        elif fn["kind"] not in FIELD_TYPES:
            emitlib.refuse(NAME, f"{fn['name']}: a field of kind {fn['kind']!r} cannot become a property")
        else:
            ts = FIELD_TYPES[fn["kind"]]
            namer = by_name.get(f"httpstatus_{fn['field']}_name")
            if fn["kind"] == "int" and namer and [a["kind"] for a in namer["args"]] == ["int"] \
                    and namer["kind"] == "string":
                via, ts = namer["name"], "string"
                if fn["field"] in model["enums"]:
                    union = noun + pascal(fn["field"])
        out.append({"field": fn["field"], "property": camel(fn["field"]), "symbol": fn["name"],
                    "kind": fn["kind"], "flag": fn["flag"], "via": via, "type": ts,
                    "union": union, "doc": fn["doc"]})
    props = [f["property"] for f in out]
    for p in props:
        if props.count(p) > 1:
            emitlib.refuse(NAME, f"two {role}s map onto the property {p!r}")
    return out


def emit_api(model, props):
    """lib/api.json; its first key says what made it (JSON has no comments)."""
    data = {
        "version": model["version"],
        "soname": model["soname"],
        "refused": emitlib.refused(model),
        "functions": {fn["name"]: {"node": fn["node"], "role": fn["role"], "result": fn["kind"],
                                   "params": [{"name": param_name(p), "kind": p["kind"]} for p in fn["params"]]}
                      for fn in model["functions"]},
        "statusFields": [{k: f[k] for k in ("field", "property", "symbol", "kind", "flag", "via", "type")}
                         for f in props["status_field"]],
        "methodFields": [{k: f[k] for k in ("field", "property", "symbol", "kind", "flag", "via", "type")}
                         for f in props["method_field"]],
        "ruleFields": [{k: f[k] for k in ("field", "property", "symbol", "kind", "flag", "via", "type")}
                       for f in props["rule_field"]],
        "enums": {name: {m["name"]: m["value"] for m in enum["members"]} for name, enum in model["enums"].items()},
    }
    lines = ['{"generated": ' + json.dumps(emitlib.banner("", NAME).strip()) + ',']
    body = json.dumps(data, indent=2).split("\n")[1:]
    return "\n".join(lines + body) + "\n"


def doc(text, indent="  "):
    return [f"{indent}/** {text.replace('*/', '* /')} */"] if text else []


def emit_dts(model, props):
    w = [emitlib.banner("//", NAME), ""]
    for role in ("status_field", "method_field", "rule_field"):
        for f in props[role]:
            if f["union"]:
                # NONE names nothing (""); it is a record's value unless the header says it is "only for"
                # a NULL handle, an out-of-range argument and the like.
                values = [m["name"].lower() if m["name"] != "NONE" else ""
                          for m in model["enums"][f["field"]]["members"]
                          if m["name"] != "NONE" or not m["doc"].startswith("only for")]
                w.append(f"/** What {f['via']}() names: the members of enum httpstatus_{f['field']}, lower-cased "
                         "(NONE is \"\"). */")
                w.append(f"export type {f['union']} = " + " | ".join(js(v) for v in values) + ";")
    w.append("")
    for iface, role in (("StatusFields", "status_field"), ("MethodFields", "method_field"), ("RuleFields", "rule_field")):
        w.append(f"/** The properties read from the C accessors httpstatus_{role.split('_')[0]}_*(). */")
        w.append(f"export interface {iface} {{")
        for f in props[role]:
            extra = f" Here the string {f['via']}() gives for it." if f["via"] else " Here true or false." if f["flag"] else ""
            w += doc((f["doc"] + extra).strip())
            w.append(f"  readonly {f['property']}: {f['union'] or f['type']};")
        w += ["}", ""]
    w.append("/** Every status constant name, current and older. */")
    w.append("export type StatusName =")
    w += [f"  | {js(n)}" for n in model["status_names"]]
    w[-1] += ";"
    w += ["", "/** Every method token of the registry (data/methods.csv). */", "export type MethodName ="]
    w += [f"  | {js(n)}" for n in method_names()]
    w[-1] += ";"
    w += ["", "/** A httpstatus_status handle as koffi gives it: an address. */",
          "export type StatusHandle = bigint & { readonly __handle: 'httpstatus_status' };",
          "/** A httpstatus_method handle as koffi gives it: an address. */",
          "export type MethodHandle = bigint & { readonly __handle: 'httpstatus_method' };",
          "/** A httpstatus_rule handle as koffi gives it: an address. */",
          "export type RuleHandle = bigint & { readonly __handle: 'httpstatus_rule' };", "",
          "/** Every exported C function under its symbol name (see `raw` in index.d.ts). */",
          "export interface RawFunctions {"]
    for fn in model["functions"]:
        check(fn)
        ps = ", ".join(f"{param_name(p)}: {KINDS[p['kind']][0]}" for p in fn["params"])
        w += doc(fn["doc"])
        w.append(f"  readonly {fn['name']}: ({ps}) => {KINDS[fn['kind']][1]};")
    w += ["}", "", "/** The header's enums, by short name. */", "export interface Enums {"]
    for name, enum in model["enums"].items():
        w.append(f"  readonly {name}: {{ " + " ".join(f"readonly {m['name']}: {m['value']};" for m in enum["members"]) + " };")
    w += ["}", ""]
    return "\n".join(w)


def emit(model):
    for fn in model["functions"]:
        check(fn)
    props = {"status_field": fields(model, "status_field", "Status"),
             "method_field": fields(model, "method_field", "Method"),
             "rule_field": fields(model, "rule_field", "Rule")}
    return {"bindings/node/lib/api.json": emit_api(model, props),
            "bindings/node/lib/api.d.ts": emit_dts(model, props)}
