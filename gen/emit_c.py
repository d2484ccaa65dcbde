"""The C test programs' list of functions: tests/api-functions.h, an X-macro with every export, its
result kind and its shape (the arguments a caller passes), for tests/noalloc.c to call each one.
"""
import emitlib

NAME = "emit_c"
RESULTS = {"int", "size", "ulong", "string", "status", "method"}
# (argument kinds, has an output buffer) -> shape.
SHAPES = {
    ((), False): "HS_SHAPE_VOID",
    (("int",), False): "HS_SHAPE_INT",
    (("size",), False): "HS_SHAPE_SIZE",
    (("text",), False): "HS_SHAPE_TEXT",
    (("status",), False): "HS_SHAPE_STATUS",
    (("method",), False): "HS_SHAPE_METHOD",
    (("int",), True): "HS_SHAPE_INT_OUTPUT",
}


def row(fn):
    shape = SHAPES.get((tuple(a["kind"] for a in fn["args"]), fn["output"]))
    if shape is None or fn["kind"] not in RESULTS:
        emitlib.refuse(NAME, f"{fn['name']}: no shape for ({', '.join(a['kind'] for a in fn['args'])}) -> "
                             f"{fn['kind']}; teach gen/{NAME}.py and tests/noalloc.c")
    return f"\tHS_FN({fn['name']}, {fn['kind']}, {shape})"


def emit(model):
    rows = [row(fn) for fn in model["functions"]]
    text = [emitlib.banner("/*", NAME) + " */", "",
            "/* HS_FN(name, result kind, shape) for every exported function. */",
            "#define HS_EACH_FUNCTION(HS_FN) \\"]
    text += [r + " \\" for r in rows[:-1]] + [rows[-1], ""]
    return {"tests/api-functions.h": "\n".join(text)}
