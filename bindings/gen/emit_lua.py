"""The LuaJIT FFI layer of the Lua binding: bindings/lua/httpstatus/raw.lua.

From the model (see ffimodel.py) it writes one Lua module, `httpstatus.raw`, holding
  - the ffi.cdef of the two opaque handle types and of every exported function;
  - the loading code: ffi.load of the SONAME, or of the full path in LIBHTTPSTATUS_PATH;
  - one checked wrapper per function (raw.<name without httpstatus_>), which range-checks every
    argument in Lua before the call, because the FFI would silently truncate it (65940 passed as an
    int16 arrives as 404);
  - the lists the idiomatic layer maps generically: status_fields, method_fields (with their flag
    markers), functions, and symbols (every export with its version node).

Parameter shapes it knows (anything else stops generation with a message naming the function):
  int / size_t                     a Lua integer, range-checked against the C type
  const char *, size_t len         one Lua string (passed with its length, embedded NULs included)
  int, char *buf, size_t size      snprintf-style output: the wrapper returns a Lua string or nil
  const httpstatus_status|method * a handle (cdata of exactly that type) or nil for NULL
"""
import sys

import ffimodel

OUTPUT = "bindings/lua/httpstatus/raw.lua"

# How each kind of C value is declared to LuaJIT and turned into a Lua value when returned.
CDECL = {
    "void": "void",
    "int": "int",
    "size": "size_t",
    "ulong": "unsigned long",
    "string": "const char *",
    "buffer": "char *",
    "status": "const httpstatus_status *",
    "method": "const httpstatus_method *",
}
RETURN = {
    "void": "{call}",
    "int": "return {call}",
    "size": "return tonumber({call})",
    "ulong": "return tonumber({call})",
    "string": "return cstring({call})",
    "status": "return handle({call})",
    "method": "return handle({call})",
}
SCALAR_ARG = {"int": "int_arg", "size": "size_arg"}


def refuse(message):
    raise SystemExit(f"gen-bindings (lua): {message}")


def kind_of(ctype, where):
    kind = ffimodel.TYPES.get(ctype)
    if kind not in CDECL:
        refuse(f"{where}: no LuaJIT mapping for the C type {ctype!r} (kind {kind!r})")
    return kind


def cdecl(fn):
    ret = CDECL[kind_of(fn["ret"], fn["name"])]
    params = ", ".join(join_decl(CDECL[kind_of(p["ctype"], fn["name"])], p["name"]) for p in fn["params"])
    return join_decl(ret, f"{fn['name']}({params or 'void'});")


def join_decl(ctype, name):
    """`int code`, but `const char *name`."""
    return f"{ctype}{'' if ctype.endswith('*') else ' '}{name}"


def plan(fn):
    """The Lua arguments of fn's wrapper and how each C argument is made from them."""
    name, params = fn["name"], fn["params"]
    kinds = [kind_of(p["ctype"], name) for p in params]
    lua_args, steps, c_args, output = [], [], [], None
    i = 0
    while i < len(params):
        p, kind = params[i], kinds[i]
        n = len(lua_args) + 1
        nxt = kinds[i + 1] if i + 1 < len(kinds) else None
        if kind == "string":
            if nxt != "size":
                refuse(f"{name}: text parameter {p['name']!r} is not followed by a size_t length "
                       "(a NUL-terminated string would cut Lua strings at their first NUL byte)")
            lua_args.append((p["name"], "string"))
            steps.append(f"local p{n}, n{n} = text_arg({p['name']}, NAME, {n})")
            c_args += [f"p{n}", f"n{n}"]
            i += 2
        elif kind == "buffer":
            if nxt != "size" or output is not None or kinds_ret(fn) != "int":
                refuse(f"{name}: output buffer {p['name']!r} must be one (char *, size_t) pair in a "
                       "function returning int (snprintf-style)")
            output = len(c_args)
            c_args += ["BUF", "SIZE"]
            i += 2
        elif kind in SCALAR_ARG:
            lua_args.append((p["name"], kind))
            steps.append(f"local a{n} = {SCALAR_ARG[kind]}({p['name']}, NAME, {n})")
            steps.append(f"if a{n} == nil then return nil end")
            c_args.append(f"a{n}")
            i += 1
        elif kind in ("status", "method"):
            lua_args.append((p["name"], kind))
            steps.append(f"local a{n} = handle_arg({p['name']}, {kind.upper()}_T, NAME, {n})")
            c_args.append(f"a{n}")
            i += 1
        else:
            refuse(f"{name}: cannot pass a parameter of kind {kind!r}")
    return lua_args, steps, c_args, output


def kinds_ret(fn):
    return kind_of(fn["ret"], fn["name"])


def wrapper(fn):
    short = fn["name"][len("httpstatus_"):]
    lua_args, steps, c_args, output = plan(fn)
    ret = kinds_ret(fn)
    lines = [f"-- {cdecl(fn)}", f"function M.{short}({', '.join(a for a, _ in lua_args)})"]
    body = [s.replace("NAME", f'"{short}"') for s in steps]
    if output is None:
        call = f"C.{fn['name']}({', '.join(c_args)})"
        body.append(RETURN[ret].format(call=call))
    else:
        probe = ", ".join("nil" if a == "BUF" else "0" if a == "SIZE" else a for a in c_args)
        fill = ", ".join("buf" if a == "BUF" else "need + 1" if a == "SIZE" else a for a in c_args)
        body += [f"local need = C.{fn['name']}({probe})",
                 "if need < 0 then return nil end",
                 'local buf = ffi.new("char[?]", need + 1)',
                 f"local got = C.{fn['name']}({fill})",
                 "if got < 0 then return nil end",
                 "return ffi.string(buf, math.min(got, need))"]
    lines += ["\t" + b for b in body] + ["end"]
    return "\n".join(lines)


def lua_field(fn):
    return (f'\t{{ field = "{fn["field"]}", func = "{fn["name"][len("httpstatus_"):]}", '
            f'ret = "{kinds_ret(fn)}", flag = {"true" if fn["flag"] else "false"} }},')


def signature(fn):
    lua_args, _, _, output = plan(fn)
    ret = "string" if output is not None else kinds_ret(fn)
    quoted = "".join(f' "{k}",' for _, k in lua_args)[:-1]
    return f'\t{fn["name"][len("httpstatus_"):]} = {{ ret = "{ret}", params = {{{quoted} }} }},'


PRELUDE = '''\
-- GENERATED by bindings/gen/emit_lua.py from the symbols libhttpstatus exports and the prototypes
-- in include/httpstatus.h.  Do not edit: run `make regen-bindings` (make check fails when stale).
--
-- httpstatus.raw: the low-level LuaJIT FFI layer.  Every wrapper checks its arguments in Lua before
-- it calls C, so no integer is silently truncated by the FFI:
--   integer arguments  a Lua number or integer cdata that the C type cannot hold exactly
--                      (fraction, NaN, +-inf, out of range, nil) -> no call, the wrapper returns nil;
--   text arguments     a Lua string, passed with its length (a NUL byte inside stays inside);
--                      nil passes NULL, which C answers with "not found";
--   handle arguments   a handle of exactly that type, or nil for NULL;
--   any other type     error().
-- Returned strings are copied into Lua strings; NULL handles come back as nil.
-- The unchecked C functions are in raw.C (an ffi.load namespace).
local ffi = require("ffi")

local M = {}

M.SONAME = "{soname}"

ffi.cdef[[
typedef struct httpstatus_status httpstatus_status;
typedef struct httpstatus_method httpstatus_method;
{cdefs}
]]

-- Load the library by its SONAME, or from the full path in LIBHTTPSTATUS_PATH (for tests).
local function load_library()
	local override = os.getenv("LIBHTTPSTATUS_PATH")
	local target = (override ~= nil and override ~= "") and override or M.SONAME
	local ok, lib = pcall(ffi.load, target)
	if not ok then
		error(("httpstatus: cannot load %s: %s (install libhttpstatus, or set LIBHTTPSTATUS_PATH "
			.. "to the full path of %s)"):format(target, tostring(lib), M.SONAME), 0)
	end
	return lib, target
end

local C
C, M.loaded_from = load_library()
M.C = C

local STATUS_T = ffi.typeof("const httpstatus_status *")
local METHOD_T = ffi.typeof("const httpstatus_method *")
M.STATUS_T, M.METHOD_T = STATUS_T, METHOD_T

local INT_MIN, INT_MAX = -2 ^ (8 * ffi.sizeof("int") - 1), 2 ^ (8 * ffi.sizeof("int") - 1) - 1
local SIZE_LIMIT = 2 ^ (8 * ffi.sizeof("size_t"))  -- first value a size_t cannot hold
local INTEGER_CTYPES = {{}}
for _, t in ipairs({{ "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t" }}) do
	INTEGER_CTYPES[#INTEGER_CTYPES + 1] = ffi.typeof(t)
end

-- Raised for a value of the wrong type; LEVEL makes the message point at the wrapper's caller.
local function bad_type(fname, n, what, value, level)
	error(("httpstatus.raw.%s: argument %d must be %s, got %s"):format(fname, n, what, type(value)), level)
end

-- A cdata integer (int8_t..uint64_t, boxed 64-bit values such as 404LL) as a Lua number; nil for any
-- other cdata.  Precision lost by the conversion only ever concerns magnitudes far beyond any range.
function M.cdata_integer(v)
	for i = 1, #INTEGER_CTYPES do
		if ffi.istype(INTEGER_CTYPES[i], v) then return tonumber(v) end
	end
	return nil
end

local function number_arg(v, fname, n)
	local t = type(v)
	if t == "number" then return v end
	if t == "nil" then return nil end
	if t == "cdata" then
		local x = M.cdata_integer(v)
		if x ~= nil then return x end
	end
	bad_type(fname, n, "an integer", v, 5)
end

local function int_arg(v, fname, n)
	v = number_arg(v, fname, n)
	if v == nil or v ~= v or v % 1 ~= 0 or v < INT_MIN or v > INT_MAX then return nil end
	return v
end

local function size_arg(v, fname, n)
	v = number_arg(v, fname, n)
	if v == nil or v ~= v or v % 1 ~= 0 or v < 0 or v >= SIZE_LIMIT then return nil end
	return v
end

local function text_arg(v, fname, n)
	if type(v) == "string" then return v, #v end
	if v == nil then return nil, 0 end
	bad_type(fname, n, "a string", v, 4)
end

local function handle_arg(v, ctype, fname, n)
	if v == nil or ffi.istype(ctype, v) then return v end
	bad_type(fname, n, tostring(ctype), v, 4)
end

-- ffi.string(NULL) crashes LuaJIT: a NULL string (which the library never returns) reads as "".
local function cstring(p)
	if p == nil then return "" end
	return ffi.string(p)
end
M.cstring = cstring

local function handle(p)
	if p == nil then return nil end
	return p
end
'''


def emit(model):
    for fn in model:
        if not fn["name"].startswith("httpstatus_"):
            refuse(f"{fn['name']}: an export without the httpstatus_ prefix")
    cdefs = "\n".join(cdecl(fn) for fn in model)
    out = [PRELUDE.replace("{soname}", ffimodel.soname()).replace("{cdefs}", cdefs).replace("{{", "{").replace("}}", "}")]
    out.append("-- ---- Checked wrappers, one per exported function ----\n")
    out += [wrapper(fn) + "\n" for fn in model]
    out.append("-- Status and method accessors: the idiomatic layer maps each onto a field of its objects.")
    out.append("-- ret is the kind of value returned; flag marks an is_*/may_* int read as a boolean.")
    for role, var in (("status_field", "status_fields"), ("method_field", "method_fields")):
        out.append(f"M.{var} = {{")
        out += [lua_field(fn) for fn in model if fn["role"] == role]
        out.append("}")
    out.append("-- The module-level functions (neither status nor method accessors), by wrapper name.")
    out.append("M.functions = {")
    out += [f'\t"{fn["field"]}",' for fn in model if fn["role"] == "function"]
    out.append("}")
    out.append("-- What each wrapper takes and returns, in Lua terms (a text parameter is one string).")
    out.append("M.signatures = {")
    out += [signature(fn) for fn in model]
    out.append("}")
    out.append("-- Every exported symbol with its version node.")
    out.append("M.symbols = {")
    out += [f'\t{{ name = "{fn["name"]}", node = "{fn["node"]}" }},' for fn in model]
    out.append("}")
    out.append("\nreturn M\n")
    return {OUTPUT: "\n".join(out)}


if __name__ == "__main__":
    sys.exit("emit_lua: run bindings/gen/gen-bindings.py instead")
