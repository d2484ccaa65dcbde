-- The tamper matrix: nothing a caller does to the language's own functions after require changes an
-- answer, a check or a record (doc/bindings.md, "LuaJIT and the process around it", says what is
-- out of reach).  The list of intrinsics (support/liars.lua) is checked against what the binding's
-- files read: every global (the bytecode's GGET), every field of a library table read from it
-- (GGET string, then TGETS format) and every ffi.NAME in the source.  Then, for each intrinsic and
-- each way of lying (a forged value, a throw, another answer), support/tamper.lua runs in a fresh
-- LuaJIT (interpreted, which keeps the matrix to seconds): it loads the binding, puts the liar in
-- place, and prints every answer of the shared hostile file, every lookup of every record and the
-- raw layer's refusals; each must equal the answers of a run without a liar, and no case may crash.
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local jutil, vmdef = require("jit.util"), require("jit.vmdef")
local bit = require("bit")

local LUAJIT = os.getenv("LUAJIT") ~= "" and os.getenv("LUAJIT") or "luajit"
local DIR = support.top_srcdir .. "/bindings/lua/"
-- The binding's files: httpstatus.lua and every file of httpstatus/.
local FILES = { "httpstatus.lua" }
do
	local pipe = assert(io.popen("cd '" .. DIR .. "httpstatus' && ls *.lua"))
	for name in pipe:lines() do FILES[#FILES + 1] = "httpstatus/" .. name end
	pipe:close()
end
local LIBRARIES = { string = true, table = true, math = true, os = true, io = true, package = true, jit = true,
	debug = true, coroutine = true, bit = true }
local LIARS = dofile(DIR .. "spec/support/liars.lua")

local function read(file)
	local f = assert(io.open(file, "rb"))
	local text = f:read("*a")
	f:close()
	return text
end

-- The source without its comments (none of the binding's strings holds "--").
local function code_of(file)
	return (read(file):gsub("%-%-%[(=*)%[.-%]%1%]", ""):gsub("%-%-[^\n]*", ""))
end

local function opname(ins)
	local op = bit.band(ins, 0xff)
	return (vmdef.bcnames:sub(op * 6 + 1, op * 6 + 6):gsub(" ", ""))
end

-- Every global PROTO (and the functions inside it) reads, and every field of a library table it
-- reads straight from the global, into OUT.
local function globals_of(proto, out)
	local library_in = {} -- register -> the library table a GGET just put there
	for pc = 0, math.huge do
		local ins = jutil.funcbc(proto, pc)
		if ins == nil then break end
		local op, a = opname(ins), bit.band(bit.rshift(ins, 8), 0xff)
		local seen = {}
		if op == "GGET" then
			local name = jutil.funck(proto, -bit.rshift(ins, 16) - 1)
			out[name] = true
			if LIBRARIES[name] then seen[a] = name end
		elseif op == "TGETS" then
			local b, c = bit.band(bit.rshift(ins, 24), 0xff), bit.band(bit.rshift(ins, 16), 0xff)
			if library_in[b] then out[library_in[b] .. "." .. jutil.funck(proto, -c - 1)] = true end
		end
		library_in = seen
	end
	for k = -1, -math.huge, -1 do
		local const = jutil.funck(proto, k)
		if const == nil then break end
		if type(const) == "proto" then globals_of(const, out) end
	end
	return out
end

local function sorted(set)
	local list = {}
	for k in pairs(set) do list[#list + 1] = k end
	table.sort(list)
	return list
end

describe("the tamper matrix's list of intrinsics", function()
	it("is every global, library field and ffi function the binding's files read", function()
		local used = {}
		for _, file in ipairs(FILES) do
			globals_of(assert(loadfile(DIR .. file)), used)
			for field in code_of(DIR .. file):gmatch("%f[%w_]ffi%.([%a_][%w_]*)") do used["ffi." .. field] = true end
		end
		assert.is_true(#FILES >= 9 and #sorted(used) >= 40)
		assert.are.same(sorted(used), sorted(LIARS))
	end)

	it("is all there is: the binding asks no string for a method (which the string metatable answers)", function()
		for _, file in ipairs(FILES) do
			local method = code_of(DIR .. file):match("[%w_%)%]\"']:[%a_][%w_]*%s*[%(\"'{]")
			assert.is_nil(method, file .. " calls a method: " .. tostring(method))
		end
	end)
end)

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- The child's output for ENTRY and MODE, and whether it exited 0.
local function child(entry, mode)
	local pipe = assert(io.popen(("LUA_PATH=%s %s -joff %s %s %s 2>&1; echo \"exit=$?\""):format(
		sh_quote(DIR .. "?.lua;;"), LUAJIT, sh_quote(DIR .. "spec/support/tamper.lua"), sh_quote(entry), mode)))
	local out = pipe:read("*a")
	pipe:close()
	local code = out:match("exit=(%d+)%s*$")
	return out:gsub("exit=%d+%s*$", ""), code == "0"
end

local function lines(text)
	local list = {}
	for line in text:gmatch("[^\n]*") do list[#list + 1] = line end
	return list
end

describe("a liar put in place of an intrinsic after require", function()
	local baseline, ok = child("none", "none")
	it("changes nothing when there is none (the answers every case must give)", function()
		assert.is_true(ok, baseline)
		assert.matches("\ndone\n$", baseline)
		assert.matches("\nraw char %* 8 error bad argument #2 to 'httpstatus_format_status_line' %(char%[%] buffer",
			baseline)
	end)

	for _, entry in ipairs(sorted(LIARS)) do
		for _, mode in ipairs({ "forged", "throw", "other" }) do
			it(("%s (%s) changes no answer and crashes nothing"):format(entry, mode), function()
				local out, exited = child(entry, mode)
				assert.is_true(exited, out:sub(-2000))
				if out ~= baseline then
					local want, got = lines(baseline), lines(out)
					for i = 1, math.max(#want, #got) do
						if want[i] ~= got[i] then
							error(("line %d: expected %s, got %s"):format(i, tostring(want[i]), tostring(got[i])))
						end
					end
				end
			end)
		end
	end
end)
