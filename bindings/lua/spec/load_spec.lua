-- Loading: a wrong library is refused by require with one clear error naming what was found and
-- what was expected (doc/bindings.md, "Loading").  Each case runs `luajit -e 'require "httpstatus"'`
-- in a child process, with LIBHTTPSTATUS_PATH naming a file this spec made: a library of another
-- major version, one lacking a symbol, the static archive, a linker script, a directory.  Under PUC
-- Lua the module says, in one sentence, that it needs LuaJIT's ffi.
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local api = require("httpstatus.api")

local LUAJIT = os.getenv("LUAJIT") ~= "" and os.getenv("LUAJIT") or "luajit"
local CC = os.getenv("CC") ~= "" and os.getenv("CC") or "cc"
local NM = os.getenv("NM") ~= "" and os.getenv("NM") or "nm"
local LPATH = support.top_srcdir .. "/bindings/lua/?.lua;;"

local function sh_quote(s)
	return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- Runs COMMAND in sh; its output (stdout and stderr) and whether it exited 0.
local function run(command)
	local pipe = assert(io.popen(command .. " 2>&1; echo \"exit=$?\""))
	local out = pipe:read("*a")
	pipe:close()
	local code = tonumber(out:match("exit=(%d+)%s*$"))
	return out:gsub("exit=%d+%s*$", ""), code == 0
end

-- require "httpstatus" with LIBHTTPSTATUS_PATH=PATH, in a new LuaJIT.
local function load_with(path, interpreter)
	return run(("LIBHTTPSTATUS_PATH=%s LUA_PATH=%s %s -e %s"):format(sh_quote(path), sh_quote(LPATH),
		interpreter or LUAJIT, sh_quote('local hs = require("httpstatus"); print("loaded " .. hs.version())')))
end

-- One error, from require, starting "httpstatus:", with every one of WANTS in it.
local function refused(out, ok, wants)
	assert.is_false(ok, "loaded: " .. out)
	local first = out:match("^[^\n]*")
	assert.matches("^[%w_./-]*:? ?httpstatus: ", first)
	local _, count = out:gsub("%f[%w]httpstatus: ", "")
	assert.are.equal(1, count, out)
	for _, want in ipairs(wants) do assert.matches(want, first, 1, true) end
end

local tmp = os.tmpname()
os.remove(tmp)
assert(os.execute("mkdir -p " .. sh_quote(tmp)) == 0)
local function path(name) return tmp .. "/" .. name end
local function write(name, text)
	local f = assert(io.open(path(name), "wb"))
	f:write(text)
	f:close()
	return path(name)
end

-- A shared library SONAME exporting FUNCTIONS at version NODE, httpstatus_version_number returning
-- NUMBER; nil when there is no C compiler.
local function fake_library(name, soname, node, number, functions)
	local src = { "unsigned long httpstatus_version_number(void) { return " .. number .. "UL; }" }
	for _, f in ipairs(functions) do
		if f ~= "httpstatus_version_number" then src[#src + 1] = "int " .. f .. "(void) { return 0; }" end
	end
	write(name .. ".c", table.concat(src, "\n") .. "\n")
	write(name .. ".map", node .. " { global: httpstatus_*; local: *; };\n")
	local _, ok = run(("%s -shared -fPIC -o %s %s -Wl,-soname,%s -Wl,--version-script,%s"):format(CC,
		sh_quote(path(name)), sh_quote(path(name .. ".c")), soname, sh_quote(path(name .. ".map"))))
	return ok and path(name) or nil
end

local every = {}
for _, fn in ipairs(require("httpstatus.library").functions()) do every[#every + 1] = fn.symbol end
local MAJOR = tonumber(api.version:match("^(%d+)"))

describe("loading a wrong library", function()
	teardown(function() os.execute("rm -rf " .. sh_quote(tmp)) end)

	it("loads the right one (the build tree's library)", function()
		local out, ok = load_with(support.library)
		assert.is_true(ok, out)
		assert.matches("^loaded %d+%.%d+%.%d+", out)
	end)

	it("refuses a library of the next major version (the next SONAME, its @@HTTPSTATUS_N.0 symbols, N.0.0)", function()
		local next_major = MAJOR + 1
		local next_soname = "libhttpstatus.so." .. (tonumber(api.soname:match("%.so%.(%d+)$")) + 1)
		local lib = fake_library(next_soname, next_soname, ("HTTPSTATUS_%d.0"):format(next_major),
			("0x%02x0000"):format(next_major), every)
		if lib == nil then return pending("no C compiler (" .. CC .. ")") end
		local _, defined = run(("%s -D %s | grep -q ' T httpstatus_version_number@@HTTPSTATUS_%d.0$'"):format(
			NM, sh_quote(lib), next_major))
		assert.is_true(defined, "the fake library's symbols are not at HTTPSTATUS_" .. next_major .. ".0")
		local out, ok = load_with(lib)
		refused(out, ok, { lib, ("libhttpstatus %d.0.0, another major version"):format(next_major),
			("expected libhttpstatus %d.x (%s)"):format(MAJOR, api.soname) })
	end)

	it("refuses a library of the right version lacking a function, naming the first one missing", function()
		local some, missing = {}, every[1]
		for i = 2, #every do some[#some + 1] = every[i] end
		local lib = fake_library("lacking.so", api.soname, "HTTPSTATUS_1.0", ("0x%02x0000"):format(MAJOR), some)
		if lib == nil then return pending("no C compiler (" .. CC .. ")") end
		local out, ok = load_with(lib)
		refused(out, ok, { lib, "it has no " .. missing, "expected libhttpstatus" })
	end)

	it("refuses a shared library that is not libhttpstatus at all", function()
		local lib = fake_library("other.so", "libother.so.1", "OTHER_1.0", "0", {})
		if lib == nil then return pending("no C compiler (" .. CC .. ")") end
		-- (its one function is httpstatus_version_number; a library without it says so too)
		write("empty.c", "int other_function(void) { return 0; }\n")
		local _, built = run(("%s -shared -fPIC -o %s %s"):format(CC, sh_quote(path("empty.so")), sh_quote(path("empty.c"))))
		assert.is_true(built)
		local out, ok = load_with(path("empty.so"))
		refused(out, ok, { path("empty.so"), "is not libhttpstatus: it has no httpstatus_version_number" })
		out, ok = load_with(lib)
		refused(out, ok, { "libhttpstatus 0.0.0, another major version" })
	end)

	it("refuses the static archive", function()
		local archive = support.library:gsub("[^/]+$", "libhttpstatus.a")
		local f = io.open(archive, "rb")
		if f == nil then
			-- built with --disable-static: make an archive of the same kind
			write("member.c", "int httpstatus_version_number(void) { return 0; }\n")
			local _, ok = run(("%s -c -o %s %s && ar rc %s %s"):format(CC, sh_quote(path("member.o")),
				sh_quote(path("member.c")), sh_quote(path("libhttpstatus.a")), sh_quote(path("member.o"))))
			if not ok then return pending("no C compiler or ar") end
			archive = path("libhttpstatus.a")
		else
			f:close()
		end
		local out, ok = load_with(archive)
		refused(out, ok, { archive, "it is a static archive (.a), not a shared library", api.soname })
	end)

	it("refuses a linker script", function()
		local script = write("libhttpstatus.so", "/* GNU ld script */\nINPUT(" .. api.soname .. ")\n")
		local out, ok = load_with(script)
		refused(out, ok, { script, "it is a linker script, not a shared library" })
		script = write("group.so", "GROUP ( libhttpstatus.so.0 )\n")
		out, ok = load_with(script)
		refused(out, ok, { "it is a linker script" })
	end)

	it("refuses a directory, a missing file and a file that is not ELF", function()
		local out, ok = load_with(tmp)
		refused(out, ok, { tmp, "directory" })
		out, ok = load_with(path("no-such-file.so.0"))
		refused(out, ok, { "no such file" })
		out, ok = load_with(write("text.so.0", "just some text\n"))
		refused(out, ok, { "it is not an ELF shared library" })
	end)

	it("refuses a relative LIBHTTPSTATUS_PATH, and takes an empty one as unset", function()
		local out, ok = load_with("lib/.libs/" .. api.soname)
		refused(out, ok, { "LIBHTTPSTATUS_PATH must be an absolute path", '"lib/.libs/' .. api.soname .. '"' })
		out, ok = load_with("")
		-- unset: the SONAME through the dynamic loader, found or not, but never the relative path
		assert.is_nil(out:find("must be an absolute path", 1, true))
	end)
end)

describe("loading again", function()
	it("works in the same Lua state once package.loaded forgets the module, with or without the debug library", function()
		local script = [[
			local function forget()
				for name in pairs(package.loaded) do
					if name == "httpstatus" or name:match("^httpstatus%.") then package.loaded[name] = nil end
				end
			end
			local first = require("httpstatus")
			forget()
			local again = require("httpstatus")
			assert(again ~= first and again.from_code(404).phrase == "Not Found")
			assert(again.raw.httpstatus_status_code(again.raw.httpstatus_status_from_code(404)) == 404)
			print("loaded again " .. again.version())
		]]
		for _, prefix in ipairs({ "", "debug = nil " }) do
			local out, ok = run(("LIBHTTPSTATUS_PATH=%s LUA_PATH=%s %s -e %s"):format(sh_quote(support.library),
				sh_quote(LPATH), LUAJIT, sh_quote(prefix .. script)))
			assert.is_true(ok, prefix .. out)
			assert.matches("^loaded again %d+%.%d+%.%d+", out)
		end
	end)
end)

describe("loading under PUC Lua", function()
	it("fails with one sentence saying the module needs LuaJIT's ffi", function()
		local lua
		for _, name in ipairs({ "lua5.1", "lua5.4", "lua5.3", "lua5.2" }) do
			local out, found = run("command -v " .. name)
			if found then lua = out:match("^%S+") break end
		end
		if lua == nil then return pending("no PUC Lua interpreter (Debian's lua5.1 or lua5.4) installed") end
		local out, ok = load_with(support.library, lua)
		refused(out, ok, { "needs LuaJIT's ffi", "Lua 5." })
		out, ok = run(("LUA_PATH=%s %s -e %s"):format(sh_quote(LPATH), lua, sh_quote('require("httpstatus.raw")')))
		refused(out, ok, { "needs LuaJIT's ffi" })
	end)
end)
