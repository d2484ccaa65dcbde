#!/usr/bin/env python3
"""TAP test of bindings/gen/emit_lua.py on made-up models: it maps a new accessor with no edit and
refuses loudly whatever it cannot map.  Usage: test_emit_lua.py SRCDIR"""
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "bindings", "gen"))
import emit_lua  # noqa: E402
import ffimodel  # noqa: E402

results = []


def fn(name, ret, params=(), role="function", field=None, flag=False):
    return {"name": name, "ret": ret, "params": [{"name": n, "ctype": t} for n, t in params],
            "node": "HTTPSTATUS_1.0", "role": role, "field": field or name[len("httpstatus_"):], "flag": flag}


BASE = [
    fn("httpstatus_status_count", "size_t"),
    fn("httpstatus_status_from_name", "const httpstatus_status *", [("name", "const char *"), ("len", "size_t")]),
    fn("httpstatus_status_code", "int", [("status", "const httpstatus_status *")], "status_field", "code"),
]


def check(description, ok):
    results.append((description, bool(ok)))


def refused(model, *needles):
    try:
        emit_lua.emit(model)
    except SystemExit as e:
        message = str(e.code)
        return all(n in message for n in needles) and message.startswith("gen-bindings (lua):")
    return False


text = emit_lua.emit(BASE)[emit_lua.OUTPUT]
check("emits the cdef, a checked wrapper and the field list",
      "int httpstatus_status_code(const httpstatus_status *status);" in text
      and "function M.status_from_name(name)" in text and "text_arg(name" in text
      and '{ field = "code", func = "status_code", ret = "int", flag = false },' in text)

grown = BASE + [fn("httpstatus_status_is_teapot", "int", [("status", "const httpstatus_status *")],
                   "status_field", "is_teapot", True),
                fn("httpstatus_method_origin", "const char *", [("method", "const httpstatus_method *")],
                   "method_field", "origin")]
text = emit_lua.emit(grown)[emit_lua.OUTPUT]
check("a new status accessor becomes a flagged field with no edit",
      '{ field = "is_teapot", func = "status_is_teapot", ret = "int", flag = true },' in text
      and "int httpstatus_status_is_teapot(const httpstatus_status *status);" in text
      and "function M.status_is_teapot(status)" in text)
check("a new method accessor becomes a field with no edit",
      '{ field = "origin", func = "method_origin", ret = "string", flag = false },' in text)

ffimodel.TYPES["double"] = "double"  # a type the model might learn before the Lua emitter does
check("refuses a C type it has no mapping for, naming the function",
      refused(BASE + [fn("httpstatus_ratio", "double")], "httpstatus_ratio", "double"))
check("refuses a parameter type it has no mapping for",
      refused(BASE + [fn("httpstatus_scale", "int", [("x", "double")])], "httpstatus_scale"))
check("refuses a text parameter without a length after it",
      refused(BASE + [fn("httpstatus_find", "int", [("name", "const char *")])], "httpstatus_find", "size_t"))
check("refuses an output buffer that is not a (char *, size_t) pair",
      refused(BASE + [fn("httpstatus_fill", "int", [("buf", "char *"), ("code", "int")])], "httpstatus_fill"))
check("refuses an output buffer in a function not returning int",
      refused(BASE + [fn("httpstatus_fill", "size_t", [("buf", "char *"), ("size", "size_t")])], "httpstatus_fill"))
check("refuses an export without the httpstatus_ prefix",
      refused(BASE + [fn("other_symbol", "int")], "other_symbol"))

for n, (description, ok) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {n} - emit_lua {description}")
print(f"1..{len(results)}")
sys.exit(0 if all(ok for _, ok in results) else 1)
