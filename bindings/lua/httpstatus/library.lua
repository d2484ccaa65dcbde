-- httpstatus.library: loads libhttpstatus for the Lua binding and refuses a wrong one.  Private to
-- the binding (httpstatus and httpstatus.raw require it); what it returns is read-only.
--
-- It declares every function of the generated table httpstatus.api (gen/emit_lua.py) to the FFI,
-- loads LIBHTTPSTATUS_PATH (which must be an absolute path), else the SONAME's first file in
-- LD_LIBRARY_PATH, else the SONAME through the dynamic loader, and checks, in this order: the file
-- is a regular file holding a shared object of this process, looked at without blocking before the
-- FFI sees it (else it says what the file is: missing, a FIFO, a device, a directory, a static
-- archive, a linker script, not ELF, another class or machine); it loads; it has
-- httpstatus_version_number with the binding's major version; it defines every function of
-- httpstatus.api (the first one missing is named).  Any failure is one error() from require, a
-- string starting "httpstatus: ", naming what was found and what was expected.  It then finds the
-- library's status, method and (1.2) rule record arrays (first address, stride, last address),
-- against which httpstatus.raw checks every handle.
local ok_ffi, ffi = pcall(require, "ffi")
if not ok_ffi or type(ffi) ~= "table" or type(ffi.load) ~= "function" then
	error("httpstatus: this module needs LuaJIT's ffi (LuaJIT 2.1 or OpenResty), which " .. _VERSION
		.. " does not have", 0)
end
local api = require("httpstatus.api")

-- The language's own functions the binding relies on, read once, now: every check, lookup and part
-- read on first use calls these copies, never a global, so no caller who replaces a global, a
-- field of string, table, math or ffi, or the string metatable after this line changes an answer.
-- Each file of the binding takes them from intrinsics() below; the parts run later get them from
-- their loader.
local INTRINSICS = {
	type = type, error = error, tostring = tostring, tonumber = tonumber, next = next, pairs = pairs,
	ipairs = ipairs, select = select, pcall = pcall, setmetatable = setmetatable, getmetatable = getmetatable,
	rawget = rawget, newproxy = newproxy, unpack = unpack, loadfile = loadfile, setfenv = setfenv,
	getenv = os.getenv, floor = math.floor, loaded = package.loaded,
	byte = string.byte, find = string.find, format = string.format, gmatch = string.gmatch, gsub = string.gsub,
	lower = string.lower, match = string.match, sub = string.sub, concat = table.concat,
	jit_status = jit and jit.status, jit_on = jit and jit.on, jit_off = jit and jit.off,
	abi = ffi.abi, arch = ffi.arch, cast = ffi.cast, cdef = ffi.cdef, errno = ffi.errno, istype = ffi.istype,
	load = ffi.load, new = ffi.new, sizeof = ffi.sizeof, fstring = ffi.string, typeof = ffi.typeof, libc = ffi.C,
}
local I = INTRINSICS
local type, error, tostring, tonumber, pcall, next = I.type, I.error, I.tostring, I.tonumber, I.pcall, I.next
local format, match, sub, cast, fstring = I.format, I.match, I.sub, I.cast, I.fstring

-- A new table of the intrinsics, for a file of the binding (the caller's copy changes no other).
local function intrinsics()
	local copy = {}
	for k, v in next, INTRINSICS do copy[k] = v end
	return copy
end

-- The declarations the file check below needs, under names of their own (__asm__ gives the C
-- symbol), so that no caller's cdef of open() or read() collides with them.
local CDEF = api.cdef .. [[
struct httpstatus_lua_statx { uint32_t mask, blksize; uint64_t attributes; uint32_t nlink, uid, gid;
	uint16_t mode; uint8_t rest[226]; };
int httpstatus_lua_statx(int dirfd, const char *path, int flags, unsigned int mask,
	struct httpstatus_lua_statx *buf) __asm__("statx");
int httpstatus_lua_open(const char *path, int flags, ...) __asm__("open");
long httpstatus_lua_read(int fd, void *buf, size_t count) __asm__("read");
int httpstatus_lua_close(int fd) __asm__("close");
]]

-- Declared once per Lua state: a second load (package.loaded cleared) must not redeclare.  The
-- registry remembers it (asking ffi.typeof would raise an error on every first load, and the first
-- error of a process costs a start-up the unwinder's set-up); without the debug library, ffi.typeof.
local registry = debug and debug.getregistry and debug.getregistry()
if type(registry) == "table" then
	if registry["httpstatus.cdef"] ~= CDEF then
		I.cdef(CDEF)
		registry["httpstatus.cdef"] = CDEF
	end
elseif not pcall(I.typeof, "struct httpstatus_lua_statx") then
	I.cdef(CDEF)
end

local MAJOR = tonumber(match(api.version, "^(%d+)%."))

-- The folder of this file, where the parts are: found now (the debug library tells which file
-- this is; without it, package.path as it is now), never when a part is first needed.
local SOURCE = debug and debug.getinfo and debug.getinfo(1, "S").source
local PART_DIR = type(SOURCE) == "string" and match(SOURCE, "^@(.-)library%.lua$")
if not PART_DIR and package.searchpath then
	local file = package.searchpath("httpstatus.library", package.path)
	PART_DIR = file and match(file, "^(.-)library%.lua$")
end

-- Runs the part PART of the binding (functions, names, more, raw, diagnose) with ARG and the
-- intrinsics: its file beside this one, in the same installation, read with the loadfile captured
-- above and run with an empty environment (a part reads no global: everything it uses comes from
-- its arguments), never taken from package.loaded, so no code can stand in for it or see ARG.
local loadfile, setfenv = I.loadfile, I.setfenv
local function run_part(part, arg)
	local file = PART_DIR and PART_DIR .. part .. ".lua"
	local chunk, err = file and loadfile(file)
	if not chunk then
		error(format("httpstatus: cannot load httpstatus/%s.lua: %s", part, tostring(err or "not found")), 0)
	end
	setfenv(chunk, {})
	return chunk(arg, intrinsics())
end

local function fail(fmt, ...)
	error("httpstatus: " .. format(fmt, ...), 0)
end

-- ---- The file, looked at before the dynamic loader sees it ----------------------------------------

-- open(2) flags: read-only, never blocking (a FIFO would wait for a writer), never a controlling
-- terminal, closed on exec; MIPS numbers two of them its own way.
local MIPS = match(I.arch, "^mips") ~= nil
local O_FLAGS = MIPS and 0x80 + 0x800 + 0x80000 or 0x800 + 0x100 + 0x80000
local AT_FDCWD, AT_EMPTY_PATH, STATX_TYPE = -100, 0x1000, 1
-- The ELF header this process loads: its class (32 or 64 bits), byte order and machine (e_machine;
-- an architecture not listed here is left to the dynamic loader).
local ELF_CLASS = I.abi("64bit") and 2 or 1
local ELF_DATA = I.abi("le") and 1 or 2
local ELF_MACHINE = ({ x86 = 3, x64 = 62, arm = 40, arm64 = 183, arm64be = 183, mips = 8, mipsel = 8,
	mips64 = 8, mips64el = 8, ppc = ELF_CLASS == 2 and 21 or 20 })[I.arch]
local libc, statx_buf = I.libc, nil
local has_statx = pcall(function() return libc.httpstatus_lua_statx end)

-- The file type bits of st_mode (S_IFMT) of PATH, following symlinks, or of the open file FD; nil
-- when the C library has no statx, and false, errno when it fails.
local function file_type(fd, path)
	if not has_statx then return nil end
	statx_buf = statx_buf or I.new("struct httpstatus_lua_statx")
	local flags = fd == AT_FDCWD and 0 or AT_EMPTY_PATH
	if libc.httpstatus_lua_statx(fd, path, flags, STATX_TYPE, statx_buf) ~= 0 then return false, I.errno() end
	return I.floor(statx_buf.mode / 4096) % 16
end

local S_IFREG = 8
local function u16(head, at)
	local a, b = I.byte(head, at + 1, at + 2)
	if ELF_DATA == 1 then return a + 256 * b end
	return 256 * a + b
end

-- Nil when PATH is a regular file (after symlinks) whose header is that of a shared object this
-- process can load; else what it is, in words (httpstatus/diagnose.lua).  Nothing here blocks.
local function inspect(path)
	local kind, err = file_type(AT_FDCWD, path)
	local head = ""
	if kind == S_IFREG or kind == nil then
		local fd = libc.httpstatus_lua_open(path, O_FLAGS)
		if fd < 0 then
			kind, err = false, I.errno()
		else
			kind, err = file_type(fd, "")
			if kind == S_IFREG or kind == nil then
				local buf = I.new("uint8_t[64]")
				local n = tonumber(libc.httpstatus_lua_read(fd, buf, 64))
				if n < 0 then kind, err = false, I.errno() else head = fstring(buf, n) end
			end
			libc.httpstatus_lua_close(fd)
		end
	end
	if (kind == S_IFREG or kind == nil) and #head >= 20 and sub(head, 1, 4) == "\127ELF"
		and I.byte(head, 5) == ELF_CLASS and I.byte(head, 6) == ELF_DATA and u16(head, 16) == 3
		and (ELF_MACHINE == nil or u16(head, 18) == ELF_MACHINE) then
		return nil
	end
	return run_part("diagnose", { kind = kind, errno = err, head = head, class = ELF_CLASS,
		machine = ELF_MACHINE, data = ELF_DATA, u16 = u16 }).what
end

-- What the dynamic loader would find first for the SONAME in LD_LIBRARY_PATH (the directories a
-- caller chooses), to be looked at first and then loaded by that path; else the SONAME itself, for
-- the loader's cache and the system's directories, which ldconfig fills with shared objects only.
local function soname_target()
	local dirs = I.getenv("LD_LIBRARY_PATH")
	if dirs == nil then return api.soname end
	for dir in I.gmatch(dirs .. ":", "([^:;]*)[:;]") do
		local file = (dir == "" and "." or dir) .. "/" .. api.soname
		local kind, err = file_type(AT_FDCWD, file)
		if kind ~= false or err ~= 2 then -- ENOENT: not in this directory
			if kind == nil then
				local fd = libc.httpstatus_lua_open(file, O_FLAGS)
				if fd >= 0 then libc.httpstatus_lua_close(fd) return file end
			else
				return file
			end
		end
	end
	return api.soname
end

-- Loads the library (LIBHTTPSTATUS_PATH, an absolute path, or the SONAME through the dynamic loader)
-- and checks, in this order: the file is a shared object of this process; it loads; it has
-- httpstatus_version_number and the binding's major version; it defines every function of
-- httpstatus.api (the first one missing is named).
local function load_library()
	local path = I.getenv("LIBHTTPSTATUS_PATH")
	if path ~= nil and path ~= "" and sub(path, 1, 1) ~= "/" then
		fail("LIBHTTPSTATUS_PATH must be an absolute path, got %q", path)
	end
	local target = (path ~= nil and path ~= "") and path or soname_target()
	local expected = format("libhttpstatus %d.x (%s)", MAJOR, api.soname)
	local function refuse(what)
		fail("cannot load %s: %s; expected %s (install libhttpstatus, or set LIBHTTPSTATUS_PATH to the "
			.. "absolute path of %s)", target, what, expected, api.soname)
	end
	if target ~= api.soname then
		local what = inspect(target)
		if what ~= nil then refuse(what) end
	end
	local ok, lib = pcall(I.load, target)
	if not ok then refuse(tostring(lib)) end
	local function resolve(symbol)
		local found, f = pcall(function() return lib[symbol] end)
		return found and f or nil
	end
	local version_number = resolve("httpstatus_version_number")
	if version_number == nil then
		fail("%s is not libhttpstatus: it has no httpstatus_version_number; expected %s", target, expected)
	end
	local number = tonumber(version_number())
	if I.floor(number / 65536) ~= MAJOR then
		fail("%s is libhttpstatus %s, another major version; expected %s", target,
			format("%d.%d.%d", I.floor(number / 65536), I.floor(number / 256) % 256, number % 256), expected)
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
	-- The response rules (1.2), a kind of handle of their own.
	local r_first, r_stride, r_last = record_array("rule", C.httpstatus_rule_at, C.httpstatus_rule_count(),
		loaded_from)
	-- No record of one kind may lie in the array of another: a handle's kind is where it points.
	local arrays = { { "status", s_first, s_last + s_stride - 1 }, { "status", u_first, u_last + u_stride - 1 },
		{ "method", m_first, m_last + m_stride - 1 }, { "rule", r_first, r_last + r_stride - 1 } }
	for i = 1, #arrays do
		for j = i + 1, #arrays do
			local a, b = arrays[i], arrays[j]
			if a[1] ~= b[1] and a[2] <= b[3] and b[2] <= a[3] then
				fail("%s: the %s and %s records overlap; expected %s", loaded_from, a[1], b[1], api.soname)
			end
		end
	end
	return {
		-- functions: the functions of httpstatus.api, named (a new list at each call)
		-- interpreted: runs a function once with the JIT off
		-- run_part: runs a part of the binding from its file beside this one
		-- intrinsics: a new table of the language's functions as they were when this file loaded
		C = C,                     -- the library's functions, unchecked
		ffi = ffi,                 -- LuaJIT's ffi, as this file found it
		soname = api.soname,       -- the SONAME the binding was generated for
		version = api.version,     -- the C API version it was generated from
		loaded_from = loaded_from, -- LIBHTTPSTATUS_PATH or the SONAME
		status_first = s_first, status_stride = s_stride, status_last = s_last,
		method_first = m_first, method_stride = m_stride, method_last = m_last,
		unofficial_first = u_first, unofficial_stride = u_stride, unofficial_last = u_last,
		rule_first = r_first, rule_stride = r_stride, rule_last = r_last,
	}
end

-- F(), interpreted: what runs once costs less so than compiled.  The JIT's state is restored.
local jit_status, jit_on, jit_off = I.jit_status, I.jit_on, I.jit_off
local function interpreted(f)
	local was_on = jit_status and jit_status()
	if was_on then jit_off() end
	local ok, result = pcall(f)
	if was_on then jit_on() end
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
opened.intrinsics = intrinsics

local proxy = I.newproxy(true)
local mt = I.getmetatable(proxy)
mt.__index = opened
mt.__newindex = function() error("httpstatus.library is read-only", 2) end
mt.__metatable = "httpstatus.library"
return proxy
