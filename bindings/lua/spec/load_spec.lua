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

-- require "httpstatus" with LIBHTTPSTATUS_PATH=PATH, in a new LuaJIT (with the environment
-- variables ENV, "NAME=value ...", too); a load that blocks is killed after 30 s.
local TIMEOUT = run("command -v timeout") ~= "" and "timeout 30 " or ""
local function load_with(path, interpreter, env)
	return run(("%sLIBHTTPSTATUS_PATH=%s LUA_PATH=%s %s %s%s -e %s"):format(env and "env " or "", sh_quote(path),
		sh_quote(LPATH), env or "", TIMEOUT, interpreter or LUAJIT,
		sh_quote('local hs = require("httpstatus"); print("loaded " .. hs.version() .. " from " .. hs.loaded_from)')))
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

	it("refuses a linker script, even where the library it names is installed", function()
		-- LD_LIBRARY_PATH finds the SONAME as an installed copy would be found: ffi.load alone would
		-- follow INPUT(...) to it
		local installed = "LD_LIBRARY_PATH=" .. sh_quote(support.library:match("^(.*)/[^/]+$"))
		local script = write("libhttpstatus.so", "/* GNU ld script */\nINPUT(" .. api.soname .. ")\n")
		local out, ok = load_with(script, nil, installed)
		refused(out, ok, { script, "it is a linker script, not a shared library" })
		script = write("group.so", "GROUP ( " .. api.soname .. " )\n")
		out, ok = load_with(script, nil, installed)
		refused(out, ok, { "it is a linker script" })
		out, ok = load_with(write("input.so", "INPUT(" .. support.library .. ")\n"))
		refused(out, ok, { "it is a linker script" })
	end)

	it("refuses a FIFO without waiting for a writer, a device and a socket; follows a symlink to a file", function()
		local fifo = path("fifo.so.0")
		assert.is_true(select(2, run("mkfifo " .. sh_quote(fifo))))
		local out, ok = load_with(fifo)
		refused(out, ok, { fifo, "it is a FIFO, not a regular file" })
		out, ok = load_with("/dev/null")
		refused(out, ok, { "/dev/null", "it is a character device, not a regular file" })
		assert.is_true(select(2, run(("ln -s %s %s && ln -s %s %s"):format(sh_quote(support.library),
			sh_quote(path("link.so.0")), sh_quote(fifo), sh_quote(path("fifo-link.so.0"))))))
		out, ok = load_with(path("link.so.0"))
		assert.is_true(ok, out)
		out, ok = load_with(path("fifo-link.so.0"))
		refused(out, ok, { "it is a FIFO" })
		local socket = path("socket.so.0")
		local _, made = run(("python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' %s")
			:format(sh_quote(socket)))
		if not made then return pending("no python3 to make a Unix socket") end
		out, ok = load_with(socket)
		refused(out, ok, { socket, "it is a socket, not a regular file" })
	end)

	it("refuses an ELF file of another class, machine or type, read from its header", function()
		local f = assert(io.open(support.library, "rb"))
		local image = f:read("*a")
		f:close()
		local function patched(name, at, byte)
			return write(name, image:sub(1, at) .. string.char(byte) .. image:sub(at + 2))
		end
		local other_class = require("ffi").abi("64bit") and 1 or 2
		local out, ok = load_with(patched("class.so.0", 4, other_class))
		refused(out, ok, { "-bit ELF file; this process is" })
		out, ok = load_with(patched("machine.so.0", require("ffi").abi("le") and 18 or 19, 0x7f))
		refused(out, ok, { "it is an ELF file for another machine" })
		out, ok = load_with(patched("exec.so.0", require("ffi").abi("le") and 16 or 17, 2))
		refused(out, ok, { "it is an ELF file but not a shared object" })
		out, ok = load_with(write("short.so.0", "\127ELF"))
		refused(out, ok, { "its header is cut short" })
	end)

	it("looks at the SONAME found in LD_LIBRARY_PATH before loading it, and loads that file", function()
		local dir = path("ldpath")
		assert.is_true(select(2, run(("mkdir -p %s && ln -s %s %s"):format(sh_quote(dir), sh_quote(support.library),
			sh_quote(dir .. "/" .. api.soname)))))
		local out, ok = load_with("", nil, "LD_LIBRARY_PATH=" .. sh_quote("/nonexistent::" .. dir))
		assert.is_true(ok, out)
		assert.matches("from " .. dir .. "/" .. api.soname, out, 1, true)
		local fifo_dir = path("ldfifo")
		assert.is_true(select(2, run(("mkdir -p %s && mkfifo %s"):format(sh_quote(fifo_dir),
			sh_quote(fifo_dir .. "/" .. api.soname)))))
		out, ok = load_with("", nil, "LD_LIBRARY_PATH=" .. sh_quote(fifo_dir .. ":" .. dir))
		refused(out, ok, { fifo_dir .. "/" .. api.soname, "it is a FIFO" })
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
