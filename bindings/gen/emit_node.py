"""The Node (koffi) binding's generated layer, written from the model of ffimodel.py.

emit(model) returns three files of bindings/node:
  lib/ffi.cjs   loads the library (SONAME, or the full path in LIBHTTPSTATUS_PATH), declares every
                exported function to koffi with the kinds of its parameters and result, lists the
                Status and Method fields (with their flag markers) for the idiomatic layer, and carries
                the header's enums;
  index.d.ts    the TypeScript declarations of the package (CommonJS view);
  index.d.mts   the same declarations for `import` (ES modules).
Besides ffimodel.py's checks it stops with a message when a kind has no mapping here, when a kind
appears where it cannot be carried (a returned caller buffer, a length with nothing to measure), or
when the header or lib/Makemodule.am does not say what it needs.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.normpath(os.path.join(HERE, "..", ".."))

# kind (ffimodel.TYPES values) -> (koffi type, TypeScript parameter type, TypeScript result type).
# None: the kind cannot be carried in that position.
KINDS = {
    "void": (None, None, "void"),
    "int": ("int", "number", "number"),
    "size": ("size_t", "number | bigint", "number"),
    "ulong": ("unsigned long", "number | bigint", "number"),
    "string": ("const char *", "string", "string"),
    "buffer": ("char *", "Uint8Array | null", None),
    "status": ("StatusHandle", "StatusHandle | null", "StatusHandle | null"),
    "method": ("MethodHandle", "MethodHandle | null", "MethodHandle | null"),
}
# The kind a property has in the idiomatic layer, for a field of this C kind.
FIELD_KINDS = {"int": "number", "size": "number", "ulong": "number", "string": "string"}

JS_RESERVED = set("""break case catch class const continue debugger default delete do else enum export extends
false finally for function if import in instanceof new null return super switch this throw true try typeof
var void while with yield let static implements interface package private protected public await""".split())


def fail(message):
    sys.exit(f"emit_node: {message}")


def kind_of(ctype):
    # Imported lazily so that this module also loads outside gen-bindings.py.
    import ffimodel
    kind = ffimodel.TYPES.get(ctype)
    if kind not in KINDS:
        fail(f"no Node mapping for the C type {ctype!r} (kind {kind!r}); teach bindings/gen/emit_node.py")
    return kind


def camel(field):
    head, *rest = field.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def js_string(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def read_text(rel):
    path = os.path.join(SRCDIR, rel)
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as e:
        fail(f"cannot read {rel}: {e}")


def header_enums(header):
    """{short enum name: [(SHORT_MEMBER, value, comment)]} for every enum but the status codes."""
    enums = {}
    for name, body in re.findall(r"enum httpstatus_(\w+) \{(.*?)\};", header, re.S):
        if name == "code":
            continue
        found = re.findall(r"HTTPSTATUS_(\w+)\s*=\s*(\d+),?\s*(?:/\*\s*(.*?)\s*\*/)?", body)
        if not found:
            fail(f"enum httpstatus_{name} has no members I can read")
        # The members share a prefix (CLASS_, STATE_, ALIAS_): the part up to the first underscore.
        prefix = found[0][0].split("_")[0] + "_"
        members = []
        for member, value, comment in found:
            if not member.startswith(prefix) or len(member) == len(prefix):
                fail(f"enum httpstatus_{name}: member HTTPSTATUS_{member} lacks the prefix {prefix}")
            members.append((member[len(prefix):], int(value), comment))
        enums[name] = members
    if not enums:
        fail("include/httpstatus.h declares no enums")
    return enums


def header_status_names(header):
    m = re.search(r"enum httpstatus_code \{(.*?)\};", header, re.S)
    if not m:
        fail("include/httpstatus.h has no enum httpstatus_code")
    return re.findall(r"HTTPSTATUS_(\w+)\s*=", m.group(1))


def header_docs(header):
    """{function name: the comment right above its prototype, as one line}."""
    docs = {}
    lines = header.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^HTTPSTATUS_API .*\b(httpstatus_\w+)\(", line)
        if not m:
            continue
        j, block = i - 1, []
        if j >= 0 and lines[j].rstrip().endswith("*/"):
            while j >= 0:
                block.insert(0, lines[j])
                if lines[j].lstrip().startswith("/*"):
                    break
                j -= 1
        text = " ".join(re.sub(r"^\s*(/\*+|\*+/?)\s?", "", ln).replace("*/", "").strip() for ln in block)
        docs[m.group(1)] = re.sub(r"\s+", " ", text).strip()
    return docs


def check_positions(fn, kinds):
    ret, params = kinds
    if KINDS[ret][2] is None:
        fail(f"{fn['name']}: a {ret!r} result has no Node mapping")
    for i, (p, k) in enumerate(zip(fn["params"], params)):
        if k == "void" or KINDS[k][1] is None:
            fail(f"{fn['name']}: a {k!r} parameter ({p['name']}) has no Node mapping")
        if k == "buffer" and (i + 1 >= len(params) or params[i + 1] != "size"):
            fail(f"{fn['name']}: the buffer {p['name']} is not followed by its size")


def param_name(p):
    return p["name"] + "_" if p["name"] in JS_RESERVED else p["name"]


def fields_of(model, role, by_name):
    out = []
    for fn in model:
        if fn["role"] != role:
            continue
        kind = kind_of(fn["ret"])
        if fn["flag"]:
            prop_kind, via = "boolean", None
        else:
            if kind not in FIELD_KINDS:
                fail(f"{fn['name']}: a field of kind {kind!r} cannot become a property")
            prop_kind, via = FIELD_KINDS[kind], None
            namer = by_name.get(f"httpstatus_{fn['field']}_name")
            if kind == "int" and namer and [kind_of(p["ctype"]) for p in namer["params"]] == ["int"] \
                    and kind_of(namer["ret"]) == "string":
                prop_kind, via = "string", namer["name"]
        out.append({"field": fn["field"], "property": camel(fn["field"]), "symbol": fn["name"],
                    "kind": kind, "flag": fn["flag"], "via": via, "type": prop_kind})
    props = [f["property"] for f in out]
    for p in props:
        if props.count(p) > 1:
            fail(f"two {role}s map onto the property {p!r}")
    return out


def emit_ffi(model, fields, enums, so):
    out = []
    w = out.append
    w("// Generated by bindings/gen/emit_node.py from what libhttpstatus exports; do not edit.")
    w("// `make regen-bindings` rewrites it; `make check` fails when it differs from what the library exports.")
    w("'use strict';")
    w("")
    w("const path = require('node:path');")
    w("const koffi = require('koffi');")
    w("")
    w("/** The library is loaded by its SONAME, never by the bare .so name. */")
    w(f"const SONAME = {js_string(so)};")
    w("/** When set, this variable holds the full path of the library to load instead (tests use it). */")
    w("const PATH_VARIABLE = 'LIBHTTPSTATUS_PATH';")
    w("")
    w("function load() {")
    w("  const override = process.env[PATH_VARIABLE];")
    w("  let target = SONAME;")
    w("  if (override !== undefined && override !== '') {")
    w("    if (!path.isAbsolute(override)) {")
    w("      throw new Error(`libhttpstatus: ${PATH_VARIABLE} must be a full path, not ${JSON.stringify(override)}`);")
    w("    }")
    w("    target = override;")
    w("  }")
    w("  try {")
    w("    return { library: koffi.load(target), libraryPath: target };")
    w("  } catch (cause) {")
    w("    const where = target === SONAME ? `${SONAME} (install libhttpstatus, or set ${PATH_VARIABLE})` : target;")
    w("    throw new Error(`libhttpstatus: cannot load ${where}: ${cause.message}`, { cause });")
    w("  }")
    w("}")
    w("")
    w("const { library, libraryPath } = load();")
    w("")
    w("// The opaque handles; koffi gives a pointer as a BigInt address, or null for NULL.")
    w("const types = {")
    for kind in KINDS:
        k = KINDS[kind][0]
        if k is None:
            continue
        if kind in ("status", "method"):
            w(f"  {kind}: koffi.pointer(koffi.opaque()),")
        else:
            w(f"  {kind}: {js_string(k)},")
    w("  void: 'void',")
    w("};")
    w("")
    w("/** HTTPSTATUS_NUL_TERMINATED: (size_t)-1, a length meaning \"measure the NUL-terminated text\". */")
    w("const NUL_TERMINATED = (1n << BigInt(8 * koffi.sizeof('size_t'))) - 1n;")
    w("/** The range of a C int, for range checks before any call. */")
    w("const INT_MAX = 2 ** (8 * koffi.sizeof('int') - 1) - 1;")
    w("const INT_MIN = -INT_MAX - 1;")
    w("")
    w("function declare(name, result, params) {")
    w("  return library.func(name, types[result], params.map((p) => types[p.kind]));")
    w("}")
    w("")
    w("/**")
    w(" * Every exported function, by symbol: the version node, the role ffimodel.py gave it, the kinds of")
    w(" * its result and parameters, and `call`, the bare koffi function.  A bare call checks nothing:")
    w(" * a number where a pointer goes crashes the process and integers are truncated, so reach these")
    w(" * through the checked `raw` functions of the package instead.")
    w(" */")
    w("const functions = {")
    for fn in model:
        ret = kind_of(fn["ret"])
        params = [kind_of(p["ctype"]) for p in fn["params"]]
        check_positions(fn, (ret, params))
        plist = ", ".join(f"{{ name: {js_string(param_name(p))}, kind: {js_string(k)} }}"
                          for p, k in zip(fn["params"], params))
        w(f"  {fn['name']}: {{")
        w(f"    node: {js_string(fn['node'])}, role: {js_string(fn['role'])}, result: {js_string(ret)},")
        w(f"    params: [{plist}],")
        w(f"    call: declare({js_string(fn['name'])}, {js_string(ret)}, [{plist}]),")
        w("  },")
    w("};")
    w("")
    for role, var in (("status_field", "statusFields"), ("method_field", "methodFields")):
        noun = role.split("_")[0]
        w(f"/**")
        w(f" * The accessors of a {noun} handle, one property each: `property` is the JavaScript name,")
        w(" * `type` what the property holds (a flag is a boolean; an int field with an httpstatus_<field>_name")
        w(" * function, `via`, is that name as a string).")
        w(" */")
        w(f"const {var} = [")
        for f in fields[role]:
            via = js_string(f["via"]) if f["via"] else "null"
            w(f"  {{ field: {js_string(f['field'])}, property: {js_string(f['property'])}, "
              f"symbol: {js_string(f['symbol'])}, kind: {js_string(f['kind'])}, "
              f"flag: {'true' if f['flag'] else 'false'}, via: {via}, type: {js_string(f['type'])} }},")
        w("];")
        w("")
    w("/** The header's enums, by short name: { MEMBER: value }. */")
    w("const enums = {")
    for name, members in enums.items():
        w(f"  {name}: {{ " + ", ".join(f"{m}: {v}" for m, v, _ in members) + " },")
    w("};")
    w("")
    w("for (const table of [functions, statusFields, methodFields, enums]) {")
    w("  for (const entry of Object.values(table)) {")
    w("    if (entry.params) Object.freeze(entry.params);")
    w("    Object.freeze(entry);")
    w("  }")
    w("  Object.freeze(table);")
    w("}")
    w("")
    w("module.exports = {")
    w("  SONAME, PATH_VARIABLE, libraryPath, NUL_TERMINATED, INT_MIN, INT_MAX,")
    w("  functions, statusFields, methodFields, enums,")
    w("};")
    return "\n".join(out) + "\n"


DTS_HEAD = """\
// Generated by bindings/gen/emit_node.py from what libhttpstatus exports; do not edit.
/**
 * libhttpstatus: the IANA HTTP status code and method registries, through the C library.
 *
 * Bad input, everywhere in this module:
 *  - "not found" is always `undefined`: an integer that is no registered code, a number that is not an
 *    integer (fractions, NaN, +-Infinity), an integer beyond any C int (65940 and 2**32+404 are not
 *    404), an unknown name or phrase, a string holding a NUL byte, a lone surrogate, non-ASCII letters
 *    or more characters than the longest key.  -0 is the integer 0 (not a status; no class).
 *  - A BigInt is an integer like any other: 404n finds NOT_FOUND; a BigInt beyond a C int finds nothing.
 *  - A Status of this module stands for its code wherever a code is expected.
 *  - Every other type is a TypeError: null, undefined, booleans, symbols, functions, arrays, plain
 *    objects, Number/String wrapper objects and objects with valueOf or Symbol.toPrimitive (they are
 *    never called); a string where a code is expected ("404") and a number where text is expected too.
 *    `status(value)` takes a code or a text.
 * Lookups answer from tables filled once from the C library when the module loads; only classOf() and
 * formatStatusLine() call C, the first time each code in 100..599 is asked for.
 */

/** One entry of the HTTP status code registry.  Frozen; one object per code; compares with `==` to its code. */
export declare class Status {
  private constructor();
"""


def dts_doc(text, indent="  "):
    text = text.replace("*/", "* /")
    return f"{indent}/** {text} */" if text else None


def emit_dts(model, fields, enums, status_names, docs):
    out = [DTS_HEAD.split("/** One entry of the HTTP status code registry.")[0].rstrip("\n"), ""]
    w = out.append

    # A field read through httpstatus_<field>_name() holds the lower-cased name of a member of the
    # header's enum httpstatus_<field> (NONE excepted): a union of string literals, e.g. StatusClass.
    unions = {}
    for role, noun in (("status_field", "Status"), ("method_field", "Method")):
        for f in fields[role]:
            if f["via"] and f["field"] in enums:
                name = noun + camel(f["field"])[:1].upper() + camel(f["field"])[1:]
                values = [m.lower() for m, _, _ in enums[f["field"]] if m != "NONE"]
                unions[f["symbol"]] = name
                w(f"/** What {f['via']}() names: the members of enum httpstatus_{f['field']}, lower-cased. */")
                w(f"export type {name} = " + " | ".join(js_string(v) for v in values) + ";")
    if "StatusClass" not in unions.values():
        w("export type StatusClass = string;")
    w("")
    w("/** One entry of the HTTP status code registry." + DTS_HEAD.split("/** One entry of the HTTP status code registry.")[1].rstrip("\n"))

    def props(role):
        for f in fields[role]:
            doc = docs.get(f["symbol"], "")
            if f["via"]:
                doc = (doc + f" Here the string {f['via']}() gives for it.").strip()
            elif f["flag"]:
                doc = (doc + " Here true or false.").strip()
            d = dts_doc(doc)
            if d:
                w(d)
            w(f"  readonly {f['property']}: {unions.get(f['symbol'], f['type'])};")

    props("status_field")
    w("  /** The code, so that `status == 404` and `status < 500` hold (TypeScript wants `+status < 500`). */")
    w("  valueOf(): number;")
    w("  /** \"404 Not Found\". */")
    w("  toString(): string;")
    w("  /** The code: JSON.stringify({ status }) gives {\"status\":404}. */")
    w("  toJSON(): number;")
    w("}")
    w("")
    w("/** One entry of the HTTP method registry.  Frozen; one object per method; compares with `==` to its name. */")
    w("export declare class Method {")
    w("  private constructor();")
    props("method_field")
    w("  /** The method token, so that `method == 'GET'` holds. */")
    w("  valueOf(): string;")
    w("  /** The method token, \"GET\". */")
    w("  toString(): string;")
    w("  /** The method token. */")
    w("  toJSON(): string;")
    w("}")
    w("")
    w("/** What a code may be given as: an integer Number, a BigInt, or a Status. */")
    w("export type CodeLike = number | bigint | Status;")
    w("")
    w("/** Every status by name, current names and older ones alike (an older name gives the same object). */")
    w("export declare const HTTPStatus: {")
    for n in status_names:
        w(f"  readonly {n}: Status;")
    w("  readonly [name: string]: Status | undefined;")
    w("};")
    w("/** Every method by its token: HTTPMethod.GET. */")
    w("export declare const HTTPMethod: { readonly [name: string]: Method | undefined };")
    w("/** Every status in the C library's order (ascending code). */")
    w("export declare const statuses: readonly Status[];")
    w("/** Every method in the C library's order (alphabetical). */")
    w("export declare const methods: readonly Method[];")
    w("/** The older names and reason phrases, in the C library's order. */")
    w("export declare const aliases: readonly { readonly text: string; readonly kind: 'name' | 'phrase'; "
      "readonly status: Status }[];")
    w("")
    w("/** The status of a code (CodeLike), or of a name or reason phrase (any case; older ones too); else undefined. */")
    w("export declare function status(value: CodeLike | string): Status | undefined;")
    w("/** The status with this code, or undefined. */")
    w("export declare function statusFromCode(code: CodeLike): Status | undefined;")
    w("/** The status named exactly so (\"NOT_FOUND\"; older names too), or undefined. */")
    w("export declare function statusFromName(name: string): Status | undefined;")
    w("/** Like statusFromName(), ignoring ASCII case (\"not_found\"). */")
    w("export declare function statusFromNameIgnoreCase(name: string): Status | undefined;")
    w("/** The status with this reason phrase, ignoring ASCII case (\"not found\"; older phrases too), or undefined. */")
    w("export declare function statusFromPhrase(phrase: string): Status | undefined;")
    w("/** The method with this token, case-sensitively (\"get\" is not GET), or undefined. */")
    w("export declare function methodFromName(name: string): Method | undefined;")
    w("/** The class of any integer in 100..599, registered or not (299 is \"success\"); undefined otherwise. */")
    w("export declare function classOf(code: CodeLike): StatusClass | undefined;")
    w("/** \"HTTP/1.1 404 Not Found\" for a code in 100..599 (\"HTTP/1.1 299 \" when unregistered); undefined otherwise. */")
    w("export declare function formatStatusLine(code: CodeLike): string | undefined;")
    w("/** The C library's version, \"MAJOR.MINOR.MICRO\". */")
    w("export declare const version: string;")
    w("/** The C library's version as 0xMMmmuu. */")
    w("export declare const versionNumber: number;")
    w("/** The date of the registry snapshot, \"YYYY-MM-DD\". */")
    w("export declare const registryDate: string;")
    w("/** The SONAME the library is loaded by. */")
    w("export declare const SONAME: string;")
    w("/** The library that was loaded: the SONAME, or the full path given in LIBHTTPSTATUS_PATH. */")
    w("export declare const libraryPath: string;")
    w("")
    w("/** A httpstatus_status handle as koffi gives it: an address. */")
    w("export type StatusHandle = bigint & { readonly __handle: 'httpstatus_status' };")
    w("/** A httpstatus_method handle as koffi gives it: an address. */")
    w("export type MethodHandle = bigint & { readonly __handle: 'httpstatus_method' };")
    w("")
    w("/**")
    w(" * Every exported C function under its symbol name, checked before the call: a wrong type or")
    w(" * arity is a TypeError, an integer the C parameter cannot hold or a length beyond the text or")
    w(" * buffer is a RangeError, a handle must be null or one the library gave.  Each call crosses the FFI.")
    w(" */")
    w("export declare const raw: {")
    for fn in model:
        ret = kind_of(fn["ret"])
        ps = ", ".join(f"{param_name(p)}: {KINDS[kind_of(p['ctype'])][1]}" for p in fn["params"])
        d = dts_doc(docs.get(fn["name"], ""))
        if d:
            w(d)
        w(f"  readonly {fn['name']}: ({ps}) => {KINDS[ret][2]};")
    w("  /** HTTPSTATUS_NUL_TERMINATED, the length meaning \"measure the text\". */")
    w("  readonly NUL_TERMINATED: bigint;")
    w("  /** The header's enums. */")
    w("  readonly enums: {")
    for name, members in enums.items():
        w(f"    readonly {name}: {{ " + " ".join(f"readonly {m}: {v};" for m, v, _ in members) + " };")
    w("  };")
    w("};")
    return "\n".join(out) + "\n"


DMTS = """\
// Generated by bindings/gen/emit_node.py; do not edit.  The ES module view of index.d.ts.
export * from './index.js';
import * as httpstatus from './index.js';
export default httpstatus;
"""


def emit(model):
    import ffimodel  # lazily, as in kind_of()

    header = read_text("include/httpstatus.h")
    by_name = {fn["name"]: fn for fn in model}
    docs = header_docs(header)
    order = {name: i for i, name in enumerate(docs)}  # the header's order: code, name, phrase, ...
    fields = {role: sorted(fields_of(model, role, by_name), key=lambda f: order.get(f["symbol"], len(order)))
              for role in ("status_field", "method_field")}
    enums = header_enums(header)
    return {
        "bindings/node/lib/ffi.cjs": emit_ffi(model, fields, enums, ffimodel.soname()),
        "bindings/node/index.d.ts": emit_dts(model, fields, enums, header_status_names(header), docs),
        "bindings/node/index.d.mts": DMTS,
    }
