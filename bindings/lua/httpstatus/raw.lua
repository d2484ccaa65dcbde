-- httpstatus.raw: the low-level LuaJIT FFI layer of the Lua binding.
--
-- It declares every exported function to the FFI from the generated table httpstatus.api (written by
-- gen/emit_lua.py from the header and the version script), loads the library, and makes one checked
-- wrapper per function, raw.<name without httpstatus_>.  Every wrapper checks its arguments in Lua
-- before it calls C, so no integer is silently truncated by the FFI:
--   integer arguments  a Lua number or integer cdata that the C type cannot hold exactly
--                      (fraction, NaN, +-inf, out of range, nil) -> no call, the wrapper returns nil;
--   text arguments     a Lua string, passed with its length (a NUL byte inside stays inside);
--                      nil passes NULL, which C answers with "not found";
--   handle arguments   a handle of exactly that type, or nil for NULL;
--   any other type     error().
-- A function with an output buffer (format_status_line) returns a Lua string, or nil.
-- Returned strings are copied into Lua strings; NULL handles come back as nil.
-- The unchecked C functions are in raw.C (an ffi.load namespace).
local ffi = require("ffi")
local api = require("httpstatus.api")

local type, error, tonumber, tostring, select = type, error, tonumber, tostring, select

local M = {}

M.SONAME = api.soname
M.VERSION = api.version

ffi.cdef(api.cdef)

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
local INTEGER_CTYPES = {}
for _, t in ipairs({ "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t" }) do
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
	bad_type(fname, n, "an integer", v, 6)
end

-- Each argument kind: a function (value, wrapper name, position) -> the C argument(s), or nil, false
-- when the value makes no call (an integer the C type cannot hold).
local ARG = {}

function ARG.int(v, fname, n)
	v = number_arg(v, fname, n)
	if v == nil or v ~= v or v % 1 ~= 0 or v < INT_MIN or v > INT_MAX then return nil, false end
	return v
end

function ARG.size(v, fname, n)
	v = number_arg(v, fname, n)
	if v == nil or v ~= v or v % 1 ~= 0 or v < 0 or v >= SIZE_LIMIT then return nil, false end
	return v
end

-- A text is two C arguments: the pointer and the length.
function ARG.text(v, fname, n)
	if type(v) == "string" then return v, #v end
	if v == nil then return nil, 0 end
	bad_type(fname, n, "a string", v, 5)
end

local function handle_arg(ctype)
	return function(v, fname, n)
		if v == nil or ffi.istype(ctype, v) then return v end
		bad_type(fname, n, tostring(ctype), v, 5)
	end
end
ARG.status, ARG.method = handle_arg(STATUS_T), handle_arg(METHOD_T)

-- ffi.string(NULL) crashes LuaJIT: a NULL string (which the library never returns) reads as "".
local function cstring(p)
	if p == nil then return "" end
	return ffi.string(p)
end
M.cstring = cstring

-- Each result kind: the C value -> the Lua value.
local RESULT = {
	void = function() end,
	int = function(v) return v end,
	size = tonumber,
	ulong = tonumber,
	string = cstring,
	status = function(p) if p == nil then return nil end return p end,
	method = function(p) if p == nil then return nil end return p end,
}

-- The C arguments of one call, made from the Lua arguments; nil when an integer cannot be passed.
local function c_args(fn, fname, ...)
	local out, k = {}, 0
	for n = 1, #fn.args do
		local kind = fn.args[n].kind
		local a, b = ARG[kind](select(n, ...), fname, n)
		if b == false then return nil end
		k = k + 1
		out[k] = a
		if kind == "text" then
			k = k + 1
			out[k] = b
		end
	end
	return out, k
end

local unpack = unpack or table.unpack

-- The checked wrapper of FN.  With an output buffer, C is asked for the length first, then called
-- again with a buffer of that size, and the wrapper returns the string it wrote.
local function wrapper(fn)
	local cfunc, convert, fname = C[fn.symbol], RESULT[fn.ret], fn.name
	if fn.output then
		return function(...)
			local args, k = c_args(fn, fname, ...)
			if args == nil then return nil end
			args[k + 1], args[k + 2] = nil, 0
			local need = cfunc(unpack(args, 1, k + 2))
			if need < 0 then return nil end
			local buf = ffi.new("char[?]", need + 1)
			args[k + 1], args[k + 2] = buf, need + 1
			local got = cfunc(unpack(args, 1, k + 2))
			if got < 0 then return nil end
			return ffi.string(buf, math.min(got, need))
		end
	end
	if #fn.args == 0 then
		return function() return convert(cfunc()) end
	end
	return function(...)
		local args, k = c_args(fn, fname, ...)
		if args == nil then return nil end
		return convert(cfunc(unpack(args, 1, k)))
	end
end

-- The lists the idiomatic layer maps generically.
--   status_fields, method_fields: { field, func, ret, flag } for each accessor of one handle (ret is
--     the kind of value returned; flag marks an is_*/may_* int read as a boolean);
--   functions: the names of the module-level functions (neither status nor method accessors);
--   signatures: by wrapper name, what it takes and returns in Lua terms (a text is one "string");
--   symbols: every export with its version node;
--   enums: the header's enums, by short name: { MEMBER = value }.
M.status_fields, M.method_fields, M.functions, M.signatures, M.symbols = {}, {}, {}, {}, {}
M.enums = api.enums
local FIELD_LISTS = { status_field = M.status_fields, method_field = M.method_fields }
for _, fn in ipairs(api.functions) do
	M[fn.name] = wrapper(fn)
	local list = FIELD_LISTS[fn.role]
	if list then
		list[#list + 1] = { field = fn.field, func = fn.name, ret = fn.ret, flag = fn.flag }
	else
		M.functions[#M.functions + 1] = fn.field
	end
	local params = {}
	for n, a in ipairs(fn.args) do params[n] = a.kind == "text" and "string" or a.kind end
	M.signatures[fn.name] = { ret = fn.output and "string" or fn.ret, params = params }
	M.symbols[#M.symbols + 1] = { name = fn.symbol, node = fn.node }
end

return M
