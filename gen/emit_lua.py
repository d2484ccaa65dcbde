"""The Lua binding's generated table: bindings/lua/httpstatus/api.lua.

It returns one Lua table: the version, the SONAME, the ffi.cdef text of every exported function,
their symbols, each function's arguments and result in binding terms (see model.binding_args), its
role and node, and the header's enums.  A function is one line of the long string `functions`: its
values separated by spaces (true and false are the booleans), its columns named once by `columns`,
then each argument's name and kind.  LuaJIT parses this file at every start of a program that loads
the binding, and one string parses in a third of the time of the same rows as tables; the binding
reads the lines only on first need (httpstatus/library.lua names the columns and reads them;
httpstatus/raw.lua, httpstatus/names.lua and httpstatus/more.lua map the functions).  Loading
checks the library against `symbols` alone.
"""
import re
import textwrap

import emitlib

OUTPUT = "bindings/lua/httpstatus/api.lua"
NAME = "emit_lua"
KINDS = {"void", "int", "size", "ulong", "string", "status", "method", "rule", "text"}


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cdecl(fn):
    params = ", ".join(p["ctype"] + ("" if p["ctype"].endswith("*") else " ") + p["name"] for p in fn["params"])
    ret = fn["ret"] + ("" if fn["ret"].endswith("*") else " ")
    return f"{ret}{fn['name']}({params or 'void'});"


COLUMNS = ("name", "symbol", "node", "role", "field", "ret", "flag", "output")


def function_row(fn):
    values = [fn["name"][len("httpstatus_"):], fn["name"], fn["node"], fn["role"], fn["field"], fn["kind"],
              str(fn["flag"]).lower(), str(fn["output"]).lower()]
    for a in fn["args"]:
        values += [a["name"], a["kind"]]
    for v in values:
        if not re.fullmatch(r"[A-Za-z0-9_.]+", v):
            emitlib.refuse(NAME, f"{fn['name']}: {v!r} cannot be a word of a row of functions")
    return " ".join(values)


def emit(model):
    for fn in model["functions"]:
        emitlib.require_kinds(NAME, fn, KINDS)
    out = [emitlib.banner("--", NAME), "return {", f"\tversion = {lua_string(model['version'])},",
           f"\tsoname = {lua_string(model['soname'])},",
           "\t-- why a library without one of the functions below is refused",
           f"\trefused = {lua_string(emitlib.refused(model))},", "\tcdef = [[",
           "typedef struct httpstatus_status httpstatus_status;",
           "typedef struct httpstatus_method httpstatus_method;",
           "typedef struct httpstatus_rule httpstatus_rule;"]
    out += [cdecl(fn) for fn in model["functions"]]
    out += ["]],", "\t-- every function's symbol: loading checks that the library has each",
            "\tsymbols = {"]
    out += textwrap.wrap(", ".join(lua_string(fn["name"]) for fn in model["functions"]) + ",", 110,
                         initial_indent="\t\t", subsequent_indent="\t\t", break_long_words=False,
                         break_on_hyphens=False)
    out += ["\t},",
            "\t-- one function a line: its columns, then its arguments' name and kind",
            "\tcolumns = { " + ", ".join(lua_string(c) for c in COLUMNS) + " },", "\tfunctions = [["]
    out += [function_row(fn) for fn in model["functions"]]
    out += ["]],", "\tenums = {"]
    for name, enum in model["enums"].items():
        members = ", ".join(f"{m['name']} = {m['value']}" for m in enum["members"])
        out.append(f"\t\t{name} = {{ {members} }},")
    out += ["\t},", "}", ""]
    return {OUTPUT: "\n".join(out)}
