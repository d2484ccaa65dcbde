-- httpstatus.raw: the C functions of libhttpstatus for LuaJIT, each under its C name with C's
-- parameters, every argument checked before the call.
--
-- It wraps every function of the generated table httpstatus.api (gen/emit_lua.py) in the library
-- that httpstatus.library loaded and checked.  The module is a userdata proxy: nothing, rawset
-- included, can change what another caller of it sees.  httpstatus loads it on first use of hs.raw.
--
-- The checks read every argument through the language's own intrinsics (type(), ffi.istype,
-- ffi.sizeof, an address cast to uintptr_t); none asks the argument about itself:
--   int, size_t   a Lua number or an integer cdata (int8_t..uint64_t, 404LL); a value the C type
--                 cannot hold exactly (a fraction, NaN, +-inf, out of range) is a range error;
--   text, length  a Lua string and an integer 0..#text (a NUL byte inside stays inside), or
--                 HTTPSTATUS_NUL_TERMINATED ((size_t)-1, 0xffffffffffffffffULL): the length C's
--                 strlen gives, which is #text; a text with a NUL byte then is a range error;
--   buffer, size  a cdata char[N] (ffi.new("char[?]", n)) and an integer 0..N; nil with size 0;
--   handle        nil (NULL), or a handle the library handed out: the address must lie inside the
--                 library's own status (or method, or rule) record array, on a record boundary;
--   anything else (nil where a value goes, a string where a number goes, a table, a forged or
--                 shifted pointer, a handle of another kind: a method or rule handle where a status
--                 handle goes) is a type error.
-- A type error reads "bad argument #N to 'NAME' (WHAT expected, got TYPE)"; a range error "bad
-- argument #N to 'NAME' (value out of range for TYPE)".  Strings come back as Lua strings, handles
-- as cdata (nil for NULL), integers as numbers.
-- The checked library: from httpstatus (hs.raw), which passes the one it loaded, so that nothing put
-- in package.loaded meanwhile can stand in for it; from require, httpstatus.library.  (First: it
-- says so when there is no ffi.)
local library, I = ...
if I == nil then library = require("httpstatus.library") end
-- The language's functions as they were when httpstatus.library loaded (never a global read later).
I = library.intrinsics()
local C, loaded_from = library.C, library.loaded_from
local FUNCTIONS = library.functions()
local S_FIRST, S_STRIDE, S_LAST = library.status_first, library.status_stride, library.status_last
local M_FIRST, M_STRIDE, M_LAST = library.method_first, library.method_stride, library.method_last
local U_FIRST, U_STRIDE, U_LAST = library.unofficial_first, library.unofficial_stride, library.unofficial_last
local R_FIRST, R_STRIDE, R_LAST = library.rule_first, library.rule_stride, library.rule_last

local type, error, tonumber, tostring, select, ipairs = I.type, I.error, I.tonumber, I.tostring, I.select, I.ipairs
local istype, cast, sizeof, fstring, typeof, unpack = I.istype, I.cast, I.sizeof, I.fstring, I.typeof, I.unpack
local format, match, find = I.format, I.match, I.find
local STATUS_T = typeof("const httpstatus_status *")
local METHOD_T = typeof("const httpstatus_method *")
local RULE_T = typeof("const httpstatus_rule *")

local function address(p)
	return tonumber(cast("uintptr_t", p))
end

-- ---- Argument checks ------------------------------------------------------------------------------

local INT_MIN, INT_MAX = -2 ^ (8 * sizeof("int") - 1), 2 ^ (8 * sizeof("int") - 1) - 1
local SIZE_LIMIT = 2 ^ (8 * sizeof("size_t")) -- the first value a size_t cannot hold
local SIGNED_CDATA = { typeof("int8_t"), typeof("int16_t"), typeof("int32_t"), typeof("int64_t") }
local UNSIGNED_CDATA = { typeof("uint8_t"), typeof("uint16_t"), typeof("uint32_t"), typeof("uint64_t") }
local CHAR_ARRAY = "^ctype<char %[[%d?]+%]>$" -- char[N] and char[?], not const
local NUL_TERMINATED = cast("size_t", cast("int64_t", -1)) -- HTTPSTATUS_NUL_TERMINATED: C measures the text

-- Each check returns the C value, or nil and the error message.
local function type_error(fname, n, what, v, given)
	local got = type(v)
	if v == nil and n > given then got = "no value" end
	if got == "cdata" then
		if istype(STATUS_T, v) then got = "httpstatus_status handle"
		elseif istype(METHOD_T, v) then got = "httpstatus_method handle"
		elseif istype(RULE_T, v) then got = "httpstatus_rule handle"
		end
	end
	return nil, format("bad argument #%d to '%s' (%s expected, got %s)", n, fname, what, got)
end

local function range_error(fname, n, what)
	return nil, format("bad argument #%d to '%s' (%s out of range%s)", n, fname, what[1], what[2])
end
local FOR_INT, FOR_SIZE = { "value", " for int" }, { "value", " for size_t" }
local PAST_TEXT, PAST_BUFFER = { "length", ": past the end of the string" }, { "size", ": larger than the buffer" }
local NUL_INSIDE = { "length", ": HTTPSTATUS_NUL_TERMINATED for a string holding a NUL byte" }

-- An integer cdata as itself, and whether its type is signed; nil for any other value.
local function cdata_integer(v)
	for i = 1, 4 do
		if istype(SIGNED_CDATA[i], v) then return v, true end
		if istype(UNSIGNED_CDATA[i], v) then return v, false end
	end
	return nil
end

local CHECK = {}

function CHECK.int(a, n, fname, given)
	local v = a[n]
	local t = type(v)
	if t == "cdata" then
		local x = cdata_integer(v)
		if x == nil then return type_error(fname, n, "integer", v, given) end
		x = tonumber(x)
		if x < INT_MIN or x > INT_MAX then return range_error(fname, n, FOR_INT) end
		return x
	end
	if t ~= "number" then return type_error(fname, n, "integer", v, given) end
	if v ~= v or v % 1 ~= 0 or v < INT_MIN or v > INT_MAX then return range_error(fname, n, FOR_INT) end
	return v
end

function CHECK.size(a, n, fname, given)
	local v = a[n]
	local t = type(v)
	if t == "cdata" then
		local x, signed = cdata_integer(v)
		if x == nil then return type_error(fname, n, "integer", v, given) end
		if signed and x < 0 then return range_error(fname, n, FOR_SIZE) end
		return x
	end
	if t ~= "number" then return type_error(fname, n, "integer", v, given) end
	if v ~= v or v % 1 ~= 0 or v < 0 or v >= SIZE_LIMIT then return range_error(fname, n, FOR_SIZE) end
	return v
end

function CHECK.text(a, n, fname, given)
	local v = a[n]
	if type(v) ~= "string" then return type_error(fname, n, "string", v, given) end
	return v
end

-- The length of the text just before it: an integer from 0 to the string's own length, or
-- HTTPSTATUS_NUL_TERMINATED, which C would measure with strlen: the string's own length when it
-- holds no NUL byte; one that does is refused, as C and the other bindings refuse it.
function CHECK.length(a, n, fname, given)
	local len, err = CHECK.size(a, n, fname, given)
	if len == nil then return nil, err end
	local text = a[n - 1]
	if len == NUL_TERMINATED then
		if find(text, "\0", 1, true) ~= nil then return range_error(fname, n, NUL_INSIDE) end
		return #text
	end
	if len > #text then return range_error(fname, n, PAST_TEXT) end
	return len
end

-- A buffer C writes to: a cdata char[N], whose size ffi.sizeof gives, or nil (NULL).  An array is
-- memory the FFI allocated (ffi.new); a pointer (ffi.cast("char *", 8)) or a reference to an array
-- at a cast address is not one, whatever it claims.
function CHECK.buffer(a, n, fname, given)
	local v = a[n]
	if v == nil then return nil end
	if type(v) ~= "cdata" or not match(tostring(typeof(v)), CHAR_ARRAY) then
		return type_error(fname, n, "char[] buffer or nil", v, given)
	end
	return v
end

function CHECK.buffer_size(a, n, fname, given)
	local size, err = CHECK.size(a, n, fname, given)
	if size == nil then return nil, err end
	local buf = a[n - 1]
	if size > (buf == nil and 0 or sizeof(buf)) then return range_error(fname, n, PAST_BUFFER) end
	return size
end

-- A handle of CTYPE must point at a record of the array FIRST, STRIDE, LAST, or of the second array
-- FIRST2, STRIDE2, LAST2 when there is one (the unofficial statuses).
local function handle_check(ctype, what, first, stride, last, first2, stride2, last2)
	local function on_grid(at, f, s, l) return f ~= nil and at >= f and at <= l and (at - f) % s == 0 end
	return function(a, n, fname, given)
		local v = a[n]
		if v == nil then return nil end
		if type(v) ~= "cdata" or not istype(ctype, v) then return type_error(fname, n, what, v, given) end
		local at = address(v)
		if not on_grid(at, first, stride, last) and not on_grid(at, first2, stride2, last2) then
			return nil, format("bad argument #%d to '%s' (%s expected, got a pointer the library did not hand out)",
				n, fname, what)
		end
		return v
	end
end
CHECK.status = handle_check(STATUS_T, "httpstatus_status handle", S_FIRST, S_STRIDE, S_LAST, U_FIRST, U_STRIDE, U_LAST)
CHECK.method = handle_check(METHOD_T, "httpstatus_method handle", M_FIRST, M_STRIDE, M_LAST)
CHECK.rule = handle_check(RULE_T, "httpstatus_rule handle", R_FIRST, R_STRIDE, R_LAST)

-- ---- Results --------------------------------------------------------------------------------------

local RESULT = {
	void = function() end,
	int = function(v) return v end,
	size = tonumber,
	ulong = tonumber,
	string = function(p) if p == nil then return nil end return fstring(p) end,
	status = function(p) if p == nil then return nil end return p end,
	method = function(p) if p == nil then return nil end return p end,
	rule = function(p) if p == nil then return nil end return p end,
}

-- ---- The wrappers ---------------------------------------------------------------------------------

-- The C parameters of FN, one check each: a text is (text, length), an output is (buffer, size).
local function parameters(fn)
	local list = {}
	for _, arg in ipairs(fn.args) do
		if arg.kind == "text" then
			list[#list + 1], list[#list + 2] = "text", "length"
		else
			list[#list + 1] = arg.kind
		end
	end
	if fn.output then list[#list + 1], list[#list + 2] = "buffer", "buffer_size" end
	return list
end

local function wrapper(fn)
	local cfunc, convert, fname, params = C[fn.symbol], RESULT[fn.ret], fn.symbol, parameters(fn)
	local count = #params
	local checks = {}
	for i = 1, count do checks[i] = CHECK[params[i]] end
	return function(...)
		local given = select("#", ...)
		local a = { ... }
		if given > count then
			error(format("bad argument #%d to '%s' (no value expected, got %s)", count + 1, fname,
				type(a[count + 1])), 2)
		end
		for i = 1, count do
			local v, err = checks[i](a, i, fname, given)
			if err ~= nil then error(err, 2) end
			a[i] = v
		end
		return convert(cfunc(unpack(a, 1, count)))
	end
end

local M = {
	SONAME = library.soname,   -- the library the binding was generated for
	VERSION = library.version, -- the C API version it was generated from
	loaded_from = loaded_from, -- what was loaded: LIBHTTPSTATUS_PATH or the SONAME
}
for _, fn in ipairs(FUNCTIONS) do M[fn.symbol] = wrapper(fn) end

local proxy = I.newproxy(true)
local mt = I.getmetatable(proxy)
mt.__index = M
mt.__newindex = function(_, key)
	error(format("httpstatus.raw is read-only (cannot set %s)", tostring(key)), 2)
end
mt.__metatable = "httpstatus.raw"
mt.__tostring = function() return "httpstatus.raw (" .. loaded_from .. ")" end
return proxy
