-- httpstatus.library: loads libhttpstatus for the Lua binding and refuses a wrong one.  Private to
-- the binding (httpstatus and httpstatus.raw require it); what it returns is read-only.
--
-- It declares every function of the generated table httpstatus.api (gen/emit_lua.py) to the FFI,
-- loads LIBHTTPSTATUS_PATH (which must be an absolute path) or else the SONAME through the dynamic
-- loader, and checks, in this order: the file loads as a shared library (else it says what the
-- file is: missing, a directory, a static archive, a linker script, not ELF); it has
-- httpstatus_version_number with the binding's major version; it defines every function of
-- httpstatus.api (the first one missing is named).  Any failure is one error() from require, a
-- string starting "httpstatus: ", naming what was found and what was expected.  It then finds the
-- library's status and method record arrays (first address, stride, last address), against which
-- httpstatus.raw checks every handle.
local ok_ffi, ffi = pcall(require, "ffi")
if not ok_ffi or type(ffi) ~= "table" or type(ffi.load) ~= "function" then
	error("httpstatus: this module needs LuaJIT's ffi (LuaJIT 2.1 or OpenResty), which " .. _VERSION
		.. " does not have", 0)
end
local api = require("httpstatus.api")
local type, error, tonumber, pcall, cast = type, error, tonumber, pcall, ffi.cast

-- Declared once per Lua state: a second load (package.loaded cleared) must not redeclare.  The
-- registry remembers it (asking ffi.typeof would raise an error on every first load, and the first
-- error of a process costs a start-up the unwinder's set-up); without the debug library, ffi.typeof.
local registry = debug and debug.getregistry and debug.getregistry()
if type(registry) == "table" then
	if registry["httpstatus.cdef"] ~= api.cdef then
		ffi.cdef(api.cdef)
		registry["httpstatus.cdef"] = api.cdef
	end
elseif not pcall(ffi.typeof, "httpstatus_status") then
	ffi.cdef(api.cdef)
end

local MAJOR = tonumber(api.version:match("^(%d+)%."))

-- Runs the part PART of the binding (functions, names, more, raw) with ARG: its file beside this
-- one, in the same installation, never taken from package.loaded, so no code can stand in for it.
local SOURCE = debug and debug.getinfo and debug.getinfo(1, "S").source
local function run_part(part, arg)
	local dir = type(SOURCE) == "string" and SOURCE:match("^@(.-)library%.lua$")
	local file = dir and dir .. part .. ".lua"
		or package.searchpath and package.searchpath("httpstatus." .. part, package.path)
	local chunk, err = file and loadfile(file)
	if not chunk then
		error(("httpstatus: cannot load httpstatus/%s.lua: %s"):format(part, tostring(err or "not found")), 0)
	end
	return chunk(arg)
end

local function fail(fmt, ...)
	error("httpstatus: " .. fmt:format(...), 0)
end

-- Loads the library (LIBHTTPSTATUS_PATH, an absolute path, or the SONAME through the dynamic loader)
-- and checks, in this order: it loads; it has httpstatus_version_number and the binding's major
-- version; it defines every function of httpstatus.api (the first one missing is named).
local function load_library()
	local path = os.getenv("LIBHTTPSTATUS_PATH")
	if path ~= nil and path ~= "" and path:sub(1, 1) ~= "/" then
		fail("LIBHTTPSTATUS_PATH must be an absolute path, got %q", path)
	end
	local target = (path ~= nil and path ~= "") and path or api.soname
	local expected = ("libhttpstatus %d.x (%s)"):format(MAJOR, api.soname)
	local ok, lib = pcall(ffi.load, target)
	if not ok then
		local what = target:find("/", 1, true) and run_part("diagnose").unloadable(target)
		fail("cannot load %s: %s; expected %s (install libhttpstatus, or set LIBHTTPSTATUS_PATH to the "
			.. "absolute path of %s)", target, what or tostring(lib), expected, api.soname)
	end
	local function resolve(symbol)
		local found, f = pcall(function() return lib[symbol] end)
		return found and f or nil
	end
	local version_number = resolve("httpstatus_version_number")
	if version_number == nil then
		fail("%s is not libhttpstatus: it has no httpstatus_version_number; expected %s", target, expected)
	end
	local number = tonumber(version_number())
	if math.floor(number / 65536) ~= MAJOR then
		fail("%s is libhttpstatus %s, another major version; expected %s", target,
			run_part("diagnose").version_text(number), expected)
	end
	local symbols = api.symbols
	for i = 1, #symbols do
		local name = symbols[i]
		if resolve(name) == nil then
			fail("%s: it has no %s (%s); expected %s", target, name, api.refused, expected)
		end
	end
	return lib, target
end

-- ---- The library's own record arrays: the only handles accepted ---------------------------------

local function address(p)
	return tonumber(cast("uintptr_t", p))
end

-- The array of COUNT records that AT(i) hands out: first address, stride and last address, from
-- at(0), at(1) and at(count - 1); every record in between is checked to lie on that grid.
local function record_array(kind, at, count, loaded_from)
	count = tonumber(count)
	if count < 2 then fail("%s holds %d %s records; expected at least 2", loaded_from, count, kind) end
	local first = address(at(0))
	local stride = address(at(1)) - first
	local last = address(at(count - 1))
	if stride <= 0 or last ~= first + (count - 1) * stride then
		fail("%s: the %s records are not one array; expected %s", loaded_from, kind, api.soname)
	end
	for i = 2, count - 2 do
		if address(at(i)) ~= first + i * stride then
			fail("%s: the %s records are not one array; expected %s", loaded_from, kind, api.soname)
		end
	end
	return first, stride, last
end

local function open()
	local C, loaded_from = load_library()
	local s_first, s_stride, s_last = record_array("status", C.httpstatus_status_at, C.httpstatus_status_count(),
		loaded_from)
	local m_first, m_stride, m_last = record_array("method", C.httpstatus_method_at, C.httpstatus_method_count(),
		loaded_from)
	-- The unofficial statuses (1.1) are status records of a second array.
	local u_first, u_stride, u_last = record_array("unofficial status", C.httpstatus_unofficial_at,
		C.httpstatus_unofficial_count(), loaded_from)
	if s_first <= m_last + m_stride - 1 and m_first <= s_last + s_stride - 1
		or u_first <= m_last + m_stride - 1 and m_first <= u_last + u_stride - 1 then
		fail("%s: the status and method records overlap; expected %s", loaded_from, api.soname)
	end
	return {
		-- functions: the functions of httpstatus.api, named (a new list at each call)
		-- interpreted: runs a function once with the JIT off
		-- run_part: runs a part of the binding from its file beside this one
		C = C,                     -- the library's functions, unchecked
		ffi = ffi,                 -- LuaJIT's ffi, as this file found it
		soname = api.soname,       -- the SONAME the binding was generated for
		version = api.version,     -- the C API version it was generated from
		loaded_from = loaded_from, -- LIBHTTPSTATUS_PATH or the SONAME
		status_first = s_first, status_stride = s_stride, status_last = s_last,
		method_first = m_first, method_stride = m_stride, method_last = m_last,
		unofficial_first = u_first, unofficial_stride = u_stride, unofficial_last = u_last,
	}
end

-- F(), interpreted: what runs once costs less so than compiled.  The JIT's state is restored.
local function interpreted(f)
	local was_on = jit and jit.status and jit.status()
	if was_on then jit.off() end
	local ok, result = pcall(f)
	if was_on then jit.on() end
	if not ok then error(result, 0) end
	return result
end

local opened = interpreted(open)
-- The functions of httpstatus.api as new tables named by its columns (httpstatus/functions.lua),
-- read from its lines on first need: a new list at each call, so no caller can change another's.
local functions
opened.functions = function()
	if functions == nil then functions = run_part("functions", api) end
	return interpreted(functions)
end
opened.interpreted = interpreted
opened.run_part = run_part

local proxy = newproxy(true)
local mt = getmetatable(proxy)
mt.__index = opened
mt.__newindex = function() error("httpstatus.library is read-only", 2) end
mt.__metatable = "httpstatus.library"
return proxy
