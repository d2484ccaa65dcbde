"""The Lua binding's generated table: bindings/lua/httpstatus/api.lua.

It returns one Lua table: the version, the SONAME, the ffi.cdef text of every exported function,
each function's arguments and result in binding terms (see model.binding_args), its role and node,
and the header's enums.  A function is one positional row, its columns named once by `columns`
(then each argument's name and kind): LuaJIT parses it at every start of a program that loads the
binding, and positional rows parse in half the time of keyed ones.  httpstatus/library.lua names
the columns; httpstatus/raw.lua and httpstatus.lua map the functions.
"""
import emitlib

OUTPUT = "bindings/lua/httpstatus/api.lua"
NAME = "emit_lua"
KINDS = {"void", "int", "size", "ulong", "string", "status", "method", "text"}


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cdecl(fn):
    params = ", ".join(p["ctype"] + ("" if p["ctype"].endswith("*") else " ") + p["name"] for p in fn["params"])
    ret = fn["ret"] + ("" if fn["ret"].endswith("*") else " ")
    return f"{ret}{fn['name']}({params or 'void'});"


COLUMNS = ("name", "symbol", "node", "role", "field", "ret", "flag", "output")


def function_row(fn):
    values = [lua_string(fn["name"][len("httpstatus_"):]), lua_string(fn["name"]), lua_string(fn["node"]),
              lua_string(fn["role"]), lua_string(fn["field"]), lua_string(fn["kind"]),
              str(fn["flag"]).lower(), str(fn["output"]).lower()]
    for a in fn["args"]:
        values += [lua_string(a["name"]), lua_string(a["kind"])]
    return "\t{ " + ", ".join(values) + " },"


def emit(model):
    for fn in model["functions"]:
        emitlib.require_kinds(NAME, fn, KINDS)
    out = [emitlib.banner("--", NAME), "return {", f"\tversion = {lua_string(model['version'])},",
           f"\tsoname = {lua_string(model['soname'])},", "\tcdef = [[",
           "typedef struct httpstatus_status httpstatus_status;",
           "typedef struct httpstatus_method httpstatus_method;"]
    out += [cdecl(fn) for fn in model["functions"]]
    out += ["]],", "\t-- each function's columns, then its arguments' name and kind",
            "\tcolumns = { " + ", ".join(lua_string(c) for c in COLUMNS) + " },", "\tfunctions = {"]
    out += ["\t" + function_row(fn) for fn in model["functions"]]
    out += ["\t},", "\tenums = {"]
    for name, enum in model["enums"].items():
        members = ", ".join(f"{m['name']} = {m['value']}" for m in enum["members"])
        out.append(f"\t\t{name} = {{ {members} }},")
    out += ["\t},", "}", ""]
    return {OUTPUT: "\n".join(out)}
