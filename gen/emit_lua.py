"""The Lua binding's generated table: bindings/lua/httpstatus/api.lua.

It returns one Lua table: the version, the SONAME, the ffi.cdef text of every exported function,
each function's arguments and result in binding terms (see model.binding_args), its role and node,
and the header's enums.  bindings/lua/httpstatus/raw.lua turns it into checked wrappers.
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


def function_row(fn):
    args = ", ".join(f"{{ name = {lua_string(a['name'])}, kind = {lua_string(a['kind'])} }}" for a in fn["args"])
    return (f"\t{{ name = {lua_string(fn['name'][len('httpstatus_'):])}, symbol = {lua_string(fn['name'])}, "
            f"node = {lua_string(fn['node'])}, role = {lua_string(fn['role'])}, field = {lua_string(fn['field'])}, "
            f"ret = {lua_string(fn['kind'])}, flag = {str(fn['flag']).lower()}, output = {str(fn['output']).lower()}, "
            f"args = {{ {args} }} }},")


def emit(model):
    for fn in model["functions"]:
        emitlib.require_kinds(NAME, fn, KINDS)
    out = [emitlib.banner("--", NAME), "return {", f"\tversion = {lua_string(model['version'])},",
           f"\tsoname = {lua_string(model['soname'])},", "\tcdef = [[",
           "typedef struct httpstatus_status httpstatus_status;",
           "typedef struct httpstatus_method httpstatus_method;"]
    out += [cdecl(fn) for fn in model["functions"]]
    out += ["]],", "\tfunctions = {"]
    out += ["\t" + function_row(fn) for fn in model["functions"]]
    out += ["\t},", "\tenums = {"]
    for name, enum in model["enums"].items():
        members = ", ".join(f"{m['name']} = {m['value']}" for m in enum["members"])
        out.append(f"\t\t{name} = {{ {members} }},")
    out += ["\t},", "}", ""]
    return {OUTPUT: "\n".join(out)}
