"""The C files made from the model of the API:
  tests/api-functions.h  an X-macro with every export, its result kind and its shape (the arguments a
                         caller passes), for tests/noalloc.c to call each one;
  lib/enum-names.h       for each enum E with a namer httpstatus_E_name(int), the name of every
                         value: its member's C name without the prefix, in lower case ("" for NONE
                         and for a value no member has), so that
                         the names the library returns are the header's, written once.
"""
import emitlib

NAME = "emit_c"
RESULTS = {"int", "size", "ulong", "string", "status", "method", "rule"}
# (argument kinds, has an output buffer) -> shape.
SHAPES = {
    ((), False): "HS_SHAPE_VOID",
    (("int",), False): "HS_SHAPE_INT",
    (("size",), False): "HS_SHAPE_SIZE",
    (("text",), False): "HS_SHAPE_TEXT",
    (("status",), False): "HS_SHAPE_STATUS",
    (("method",), False): "HS_SHAPE_METHOD",
    (("rule",), False): "HS_SHAPE_RULE",
    (("int",), True): "HS_SHAPE_INT_OUTPUT",
    (("status", "size"), False): "HS_SHAPE_STATUS_SIZE",
    # a response head: code, method, version, fields, has_content (httpstatus_check_count), and an index
    (("int", "text", "int", "text", "int"), False): "HS_SHAPE_HEAD",
    (("int", "text", "int", "text", "int", "size"), False): "HS_SHAPE_HEAD_SIZE",
}


def row(fn):
    shape = SHAPES.get((tuple(a["kind"] for a in fn["args"]), fn["output"]))
    if shape is None or fn["kind"] not in RESULTS:
        emitlib.refuse(NAME, f"{fn['name']}: no shape for ({', '.join(a['kind'] for a in fn['args'])}) -> "
                             f"{fn['kind']}; teach gen/{NAME}.py and tests/noalloc.c")
    return f"\tHS_FN({fn['name']}, {fn['kind']}, {shape})"


def enum_names(model):
    """lib/enum-names.h: hs_E_names[value] for every enum E that has a namer."""
    namers = {fn["name"] for fn in model["functions"]}
    out = [emitlib.banner("/*", NAME) + " */", "",
           "/* What httpstatus_<enum>_name() returns for each value of enum httpstatus_<enum>. */"]
    for name, enum in model["enums"].items():
        if f"httpstatus_{name}_name" not in namers:
            continue
        by_value = {m["value"]: ("" if m["name"] == "NONE" else m["name"].lower()) for m in enum["members"]}
        if min(by_value) < 0 or max(by_value) > 255:
            emitlib.refuse(NAME, f"enum httpstatus_{name}: a namer needs values in 0..255")
        names = [by_value.get(v, "") for v in range(max(by_value) + 1)]  # a value no member has: ""
        width = max(len(n) for n in names) + 1
        out.append(f"static const char hs_{name}_names[][{width}] = {{")
        out.append("\t" + ", ".join(f'"{n}"' for n in names) + ",")
        out.append("};")
    return "\n".join(out) + "\n"


def emit(model):
    rows = [row(fn) for fn in model["functions"]]
    text = [emitlib.banner("/*", NAME) + " */", "",
            "/* HS_FN(name, result kind, shape) for every exported function. */",
            "#define HS_EACH_FUNCTION(HS_FN) \\"]
    text += [r + " \\" for r in rows[:-1]] + [rows[-1], ""]
    return {"tests/api-functions.h": "\n".join(text), "lib/enum-names.h": enum_names(model)}
