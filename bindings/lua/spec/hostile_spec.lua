-- Hostile input.  First every row of tests/hostile/inputs.tsv, the file all three bindings' suites
-- read (doc/bindings.md gives the answer classes); then the attacks only Lua allows: forged and
-- shifted cdata handles, a handle of the wrong kind, rawset on records and on the module, tables
-- and userdata that pretend to be numbers, integer cdata, huge numbers.  None may give a wrong
-- record, none may crash the process.
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local ffi = require("ffi")
local hs = require("httpstatus")
local raw = hs.raw

local TYPE_ERROR = "bad argument #%d+ to '[%w_]+' %(.+ expected, got .+%)$"

-- ---- The shared file --------------------------------------------------------------------------

local hostile = dofile(support.top_srcdir .. "/bindings/lua/spec/support/hostile.lua")
local VALUE = hostile.VALUE
local function operation(name) return hostile.operation(hs, name) end

-- The code of a status answer (a record, or a raw handle), the name of a method answer.
local function code_of(got, is_raw)
	if is_raw then return raw.httpstatus_status_code(got) end
	assert.is_true(hs.is_status(got), "not a Status record: " .. tostring(got))
	return got.code
end

local function name_of(got, is_raw)
	if is_raw then return raw.httpstatus_method_name(got) end
	assert.is_true(hs.is_method(got), "not a Method record: " .. tostring(got))
	return got.name
end

local rows = hostile.rows(support.top_srcdir)

describe("tests/hostile/inputs.tsv", function()
	it("has at least 60 rows, each with an operation this binding has and a known type", function()
		assert.is_true(#rows >= 60, #rows .. " rows")
		for _, row in ipairs(rows) do
			assert.are.equal("function", type(operation(row.op)), row.line)
			assert.is_not_nil(VALUE[row.kind], row.line)
		end
	end)

	for _, row in ipairs(rows) do
		it("answers " .. row.line:gsub("\t", " | ") .. " as the contract says", function()
			local f, is_raw = operation(row.op)
			local input = VALUE[row.kind](row.value, hs)
			local ok, got = pcall(f, input)
			local what, arg = row.answer:match("^([%w_]+):?(.*)$")
			if what == "type_error" then
				assert.is_false(ok, "no error; gave " .. tostring(got))
				assert.matches(TYPE_ERROR, got)
			elseif what == "range_error" then
				assert.is_false(ok, "no error; gave " .. tostring(got))
				assert.matches("^bad argument #%d+ to '[%w_]+' %(.*out of range.*%)$", got)
			else
				assert(ok, got)
				if what == "not_found" then
					assert.is_nil(got)
				elseif what == "found" then
					assert.are.equal(tonumber(arg), code_of(got, is_raw))
				elseif what == "unofficial" then
					assert.are.equal(tonumber(arg), code_of(got, is_raw))
					assert.are.equal(got, is_raw and raw.httpstatus_unofficial_from_code(tonumber(arg))
						or hs.unofficial(tonumber(arg)))
				elseif what == "method" then
					assert.are.equal(arg, name_of(got, is_raw))
				elseif what == "value" then
					assert.are.equal(arg, tostring(got))
				elseif what == "rule" then
					local h = raw.httpstatus_rule_at(tonumber(arg))
					assert.is_not_nil(h)
					if is_raw then
						assert.is_true(ffi.istype("const httpstatus_rule *", got))
						assert.are.equal(h, got)
					else
						assert.are.equal(hostile.rule_record(hs, h), got)
					end
				elseif what == "list" then
					-- a read-only sequence of the rule records C's check gives, in its order
					local want = hostile.check_list(hs, input)
					assert.are.equal("httpstatus.list", getmetatable(got))
					assert.are.equal(#want, #got)
					for i = 1, #want do assert.is_true(rawequal(want[i], got[i]), "rule " .. i) end
					assert.is_nil(got[#want + 1])
				else
					error("unknown answer " .. row.answer)
				end
			end
		end)
	end
end)

-- ---- What only Lua allows -------------------------------------------------------------------------

local LOOKUPS = { "from_code", "from_name", "from_name_ci", "from_phrase", "method_from_name", "lookup",
	"class_of", "format_status_line" }
local CODE_LOOKUPS = { from_code = true, class_of = true, format_status_line = true, lookup = true }

describe("Lua-only attacks on the lookups", function()
	local pretenders = {
		{ "a table with __tostring -> 404", setmetatable({}, { __tostring = function() return "404" end }) },
		{ "a table with __index -> 404", setmetatable({}, { __index = function() return 404 end }) },
		{ "a table with code = 404 and __eq", setmetatable({ code = 404 }, { __eq = function() return true end }) },
		{ "a table with __len -> 404", setmetatable({}, { __len = function() return 404 end }) },
		{ "a userdata with __tostring", (function()
			local u = newproxy(true)
			getmetatable(u).__tostring = function() return "NOT_FOUND" end
			return u
		end)() },
		{ "a coroutine", coroutine.create(print) },
		{ "a double cdata 404", ffi.new("double", 404) },
		{ "a bool cdata", ffi.new("bool", true) },
		{ "a void * 404", ffi.cast("void *", 404) },
		{ 'a const char * "NOT_FOUND"', ffi.cast("const char *", "NOT_FOUND") },
		{ "a status handle", raw.httpstatus_status_at(0) },
		{ "an alias record", hs.alias_list()[1] },
	}
	for _, p in ipairs(pretenders) do
		it("refuses " .. p[1] .. " with a type error in every lookup", function()
			for _, name in ipairs(LOOKUPS) do
				local ok, err = pcall(hs[name], p[2])
				assert.is_false(ok, name)
				assert.matches(TYPE_ERROR, err)
			end
		end)
	end

	it("points each error at the caller's line, as Lua's own functions do", function()
		for _, name in ipairs(LOOKUPS) do
			local ok, err = pcall(function()
				local r = hs[name](true)
				return r
			end)
			assert.is_false(ok)
			assert.matches("hostile_spec%.lua:%d+: bad argument #1 to '" .. name .. "'", err)
		end
		local ok, err = pcall(function()
			local r = raw.httpstatus_status_code(404)
			return r
		end)
		assert.is_false(ok)
		assert.matches("hostile_spec%.lua:%d+: bad argument #1 to 'httpstatus_status_code'", err)
	end)

	it("takes integer cdata as the integer, range-checked (404LL, 404ULL, int16_t)", function()
		for _, v in ipairs({ 404LL, 404ULL, ffi.new("int16_t", 404), ffi.new("uint32_t", 404) }) do
			assert.are.equal(hs.Status.NOT_FOUND, hs.from_code(v))
			assert.are.equal(hs.Status.NOT_FOUND, hs.lookup(v))
			assert.are.equal("client_error", hs.class_of(v))
			assert.are.equal("HTTP/1.1 404 Not Found", hs.format_status_line(v))
		end
		for _, v in ipairs({ -404LL, 65940ULL, 4294967700LL, 18446744073709551615ULL, -9223372036854775807LL - 1 }) do
			for name in pairs(CODE_LOOKUPS) do assert.is_nil(hs[name](v), name .. " " .. tostring(v)) end
		end
	end)

	it("never answers a huge or truncated number with a record", function()
		for _, v in ipairs({ 2 ^ 31 + 404, 2 ^ 32 + 404, -2 ^ 32 + 404, 2 ^ 53 + 404, 2 ^ 64 + 404, 1e308,
			404 + 2 ^ -40, -0.0, 2 ^ 1023 * 1.5 }) do
			for name in pairs(CODE_LOOKUPS) do assert.is_nil(hs[name](v), name .. " " .. tostring(v)) end
		end
		assert.are.equal(hs.Status.NOT_FOUND, hs.from_code(404.0))
	end)

	it("keeps no answer for a miss (a million unregistered codes cost no memory)", function()
		collectgarbage()
		local before = collectgarbage("count")
		for i = 1000, 1001000 do assert.is_nil(hs.class_of(i)) end
		collectgarbage()
		assert.is_true(collectgarbage("count") - before < 64)
	end)
end)

describe("Lua-only attacks on the raw layer", function()
	local h404 = raw.httpstatus_status_from_code(404)
	local get = raw.httpstatus_method_from_name("GET", 3)
	local bytes = ffi.cast("const char *", h404)

	local function refused(fname, ...)
		local ok, err = pcall(raw[fname], ...)
		assert.is_false(ok, fname .. " accepted it")
		assert.matches(TYPE_ERROR, err)
		return err
	end

	it("accepts only the handles the library handed out", function()
		assert.are.equal(404, raw.httpstatus_status_code(h404))
		assert.are.equal("GET", raw.httpstatus_method_name(get))
		for i = 0, raw.httpstatus_status_count() - 1 do
			assert.is_string(raw.httpstatus_status_name(raw.httpstatus_status_at(i)))
		end
		-- the same address, non-const: still the library's record
		assert.are.equal(404, raw.httpstatus_status_code(ffi.cast("httpstatus_status *", h404)))
	end)

	it("refuses ffi.cast of any address, never crashing", function()
		for _, addr in ipairs({ 0x1, 0x1000, 0xdeadbeef, 0x7fffffffffffLL }) do
			assert.matches("did not hand out", refused("httpstatus_status_code",
				ffi.cast("const httpstatus_status *", addr)))
			assert.matches("did not hand out", refused("httpstatus_method_name",
				ffi.cast("const httpstatus_method *", addr)))
		end
	end)

	it("refuses a handle shifted inside the array, instead of reading a wrong record", function()
		for _, shift in ipairs({ 1, 2, 4, 8, -2 }) do
			refused("httpstatus_status_code", ffi.cast("const httpstatus_status *", bytes + shift))
			refused("httpstatus_status_phrase", ffi.cast("const httpstatus_status *", bytes + shift))
		end
		local first = ffi.cast("const char *", raw.httpstatus_status_at(0))
		-- the unofficial statuses (1.1) follow the registered ones: the last record handed out is theirs
		local last = ffi.cast("const char *", raw.httpstatus_unofficial_at(raw.httpstatus_unofficial_count() - 1))
		-- one record before the first and one after the last: outside the array
		local stride = ffi.cast("const char *", raw.httpstatus_status_at(1)) - first
		refused("httpstatus_status_code", ffi.cast("const httpstatus_status *", first - stride))
		refused("httpstatus_status_code", ffi.cast("const httpstatus_status *", last + stride))
	end)

	it("refuses a handle of the wrong kind, cast or not", function()
		assert.matches("got httpstatus_status handle", refused("httpstatus_method_name", h404))
		assert.matches("got httpstatus_method handle", refused("httpstatus_status_code", get))
		assert.matches("did not hand out", refused("httpstatus_method_name", ffi.cast("const httpstatus_method *", h404)))
		assert.matches("did not hand out", refused("httpstatus_status_code", ffi.cast("const httpstatus_status *", get)))
		refused("httpstatus_status_code", ffi.cast("void *", h404))
		refused("httpstatus_status_code", ffi.cast("uintptr_t", h404))
		refused("httpstatus_status_code", hs.Status.NOT_FOUND)
		refused("httpstatus_status_code", setmetatable({}, { __index = function() return h404 end }))
	end)

	it("answers NULL (nil) where C takes a handle with C's neutral answer", function()
		assert.are.equal(0, raw.httpstatus_status_code(nil))
		assert.are.equal("", raw.httpstatus_status_name(nil))
		assert.are.equal("", raw.httpstatus_method_name(nil))
	end)

	it("checks a text's length against the string and a buffer's size against the buffer", function()
		assert.are.equal(h404, raw.httpstatus_status_from_name("NOT_FOUNDxyz", 9))
		assert.is_nil(raw.httpstatus_status_from_name("NOT_FOUND\0", 10))
		assert.is_nil(raw.httpstatus_status_from_name("", 0))
		local function out_of_range(...)
			local ok, err = pcall(...)
			assert.is_false(ok)
			assert.matches("out of range", err)
		end
		out_of_range(raw.httpstatus_status_from_name, "NOT_FOUND", 10)
		out_of_range(raw.httpstatus_status_from_name, "NOT_FOUND", -1)
		out_of_range(raw.httpstatus_status_from_name, "NOT_FOUND", 2 ^ 64 - 1)
		out_of_range(raw.httpstatus_status_from_name, "NOT_FOUND", 18446744073709551614ULL)
		-- HTTPSTATUS_NUL_TERMINATED, (size_t)-1: C measures the text; one holding a NUL byte is refused
		assert.are.equal(h404, raw.httpstatus_status_from_name("NOT_FOUND", 18446744073709551615ULL))
		assert.are.equal(h404, raw.httpstatus_status_from_name_ci("not_found", ffi.cast("size_t", ffi.cast("int64_t", -1))))
		assert.is_nil(raw.httpstatus_status_from_phrase("", 18446744073709551615ULL))
		assert.are.equal("GET", raw.httpstatus_method_name(raw.httpstatus_method_from_name("GET", 18446744073709551615ULL)))
		out_of_range(raw.httpstatus_status_from_name, "NOT_FOUND\0", 18446744073709551615ULL)
		out_of_range(raw.httpstatus_method_from_name, "\0", 18446744073709551615ULL)
		out_of_range(raw.httpstatus_status_from_phrase, "", 1)
		refused("httpstatus_status_from_name", "NOT_FOUND")
		refused("httpstatus_status_from_name", "NOT_FOUND", "9")
		refused("httpstatus_status_from_name", ffi.cast("const char *", "NOT_FOUND"), 9)
		refused("httpstatus_status_from_name", nil, 0)

		local buf = ffi.new("char[?]", 8)
		assert.are.equal(22, raw.httpstatus_format_status_line(404, buf, 8))
		assert.are.equal("HTTP/1.", ffi.string(buf))
		assert.are.equal(22, raw.httpstatus_format_status_line(404, nil, 0))
		local fixed = ffi.new("char[64]")
		assert.are.equal(22, raw.httpstatus_format_status_line(404, fixed, 64))
		assert.are.equal("HTTP/1.1 404 Not Found", ffi.string(fixed))
		assert.are.equal(-1, raw.httpstatus_format_status_line(600, fixed, 64))
		out_of_range(raw.httpstatus_format_status_line, 404, buf, 9)
		out_of_range(raw.httpstatus_format_status_line, 404, nil, 1)
		out_of_range(raw.httpstatus_format_status_line, 404, buf, -1)
		refused("httpstatus_format_status_line", 404, ffi.new("const char[64]"), 64)
		refused("httpstatus_format_status_line", 404, ffi.new("uint8_t[64]"), 64)
		refused("httpstatus_format_status_line", 404, ffi.cast("char *", fixed), 64)
		refused("httpstatus_format_status_line", 404, "a Lua string", 4)
		refused("httpstatus_format_status_line", 404, {}, 0)
	end)

	it("checks the arity: a missing argument or one too many is a type error", function()
		refused("httpstatus_status_from_code")
		refused("httpstatus_status_from_code", 404, 1)
		refused("httpstatus_status_count", 1)
		refused("httpstatus_format_status_line", 404, nil)
	end)
end)

describe("records and the module nobody can change", function()
	local s, m = hs.Status.NOT_FOUND, hs.Method.GET

	it("refuses rawset on a record, a namespace and the module, and nothing changes", function()
		for _, target in ipairs({ s, m, hs.alias_list()[1], hs, hs.Status, hs.Method, hs.HTTPStatus, hs.HTTPMethod, raw }) do
			assert.has_error(function() rawset(target, "phrase", "OK") end)
			assert.has_error(function() rawset(target, "from_code", print) end)
			assert.has_error(function() rawget(target, "phrase") end)
			assert.are.equal("userdata", type(target))
		end
		assert.are.equal("Not Found", s.phrase)
		assert.are.equal("Not Found", hs.from_code(404).phrase)
		assert.are.equal("function", type(hs.from_code))
		assert.are.equal(404, hs.NOT_FOUND)
	end)

	it("refuses assignment of any field, with an error that says so", function()
		local attempts = {
			function() s.phrase = "OK" end, function() s.phrase = nil end, function() s.code = 200 end,
			function() s.new_field = 1 end, function() m.name = "POST" end,
			function() s[1] = 1 end, function() m.is_safe = false end, function() hs.NOT_FOUND = 200 end,
			function() hs.from_code = print end, function() hs.raw = {} end, function() hs.Status.NOT_FOUND = hs.Status.OK end,
			function() hs.HTTPStatus.NOT_FOUND = 200 end, function() hs.HTTPMethod.GET = "POST" end,
			function() hs.Method.GET = nil end, function() raw.httpstatus_status_code = print end,
			function() hs.alias_list()[1].text = "x" end,
		}
		for i, f in ipairs(attempts) do
			local ok, err = pcall(f)
			assert.is_false(ok, "attempt " .. i)
			assert.matches("read%-only", err)
		end
		assert.are.equal("Not Found", s.phrase)
		assert.are.equal(404, hs.HTTPStatus.NOT_FOUND)
		assert.are.equal("GET", hs.HTTPMethod.GET)
	end)

	it("protects every metatable: getmetatable gives a name, setmetatable fails", function()
		for target, name in pairs({ [s] = "httpstatus.Status", [m] = "httpstatus.Method", [hs] = "httpstatus",
			[hs.Status] = "httpstatus.Status", [hs.HTTPStatus] = "httpstatus.HTTPStatus", [raw] = "httpstatus.raw" }) do
			assert.are.equal(name, getmetatable(target))
			assert.has_error(function() setmetatable(target, {}) end)
		end
		-- changing the string metatable after loading changes no answer
		local string_mt = getmetatable("")
		local saved = string_mt.__index
		string_mt.__index = function() return function() return "not_found" end end
		local ok, got = pcall(hs.from_name_ci, "NoT_FoUnD")
		string_mt.__index = saved
		assert(ok, got)
		assert.are.equal(s, got)
	end)

	it("hands out copies of lists and fields, never its own tables", function()
		local t = hs.totable(s)
		t.phrase = "OK"
		assert.are.equal("Not Found", s.phrase)
		local list = hs.status_list()
		list[1] = "changed"
		assert.are.equal(hs.Status.CONTINUE, hs.status_list()[1])
		local step, state = hs.statuses()
		assert.is_nil(state)
		assert.are.equal(hs.Status.CONTINUE, select(2, step(state, 0)))
	end)

	it("refuses its private parts required on their own", function()
		for _, part in ipairs({ "httpstatus.functions", "httpstatus.names", "httpstatus.more", "httpstatus.nearest",
			"httpstatus.diagnose", "httpstatus.rules" }) do
			local ok, err = pcall(require, part)
			assert.is_false(ok)
			assert.matches(part .. " is a part of httpstatus", err, 1, true)
		end
	end)

	it("loads hs.raw and its other parts from their files, so modules planted in package.loaded are never used", function()
		local planted = { "httpstatus.raw", "httpstatus.library", "httpstatus.functions", "httpstatus.names",
			"httpstatus.more", "httpstatus.api", "ffi" }
		local saved = { httpstatus = package.loaded.httpstatus }
		for _, name in ipairs(planted) do saved[name] = package.loaded[name] end
		package.loaded.httpstatus = nil
		local fresh = require("httpstatus")
		local fake_ffi = setmetatable({ istype = function() return true end }, { __index = ffi })
		package.loaded["httpstatus.raw"] = { httpstatus_status_code = function() return 200 end }
		package.loaded["httpstatus.library"] = { C = {}, status_first = 0, status_stride = 1, status_last = 2 ^ 52 }
		package.loaded["httpstatus.names"] = function() error("planted") end
		package.loaded["httpstatus.more"] = function() error("planted") end
		package.loaded["httpstatus.functions"] = function() error("planted") end
		package.loaded["httpstatus.api"] = { functions = {}, columns = {}, cdef = "", enums = {} }
		package.loaded.ffi = fake_ffi
		local ok, fresh_raw = pcall(function() return fresh.raw end)
		local ok_names, name_code = pcall(function() return fresh.REQUEST_ENTITY_TOO_LARGE end)
		for _, name in ipairs(planted) do package.loaded[name] = saved[name] end
		package.loaded.httpstatus = saved.httpstatus
		assert(ok, fresh_raw)
		assert(ok_names, name_code)
		assert.are.equal(413, name_code)
		assert.are.equal("httpstatus.raw", getmetatable(fresh_raw))
		assert.are.equal(404, fresh_raw.httpstatus_status_code(fresh_raw.httpstatus_status_from_code(404)))
		local refused, err = pcall(fresh_raw.httpstatus_status_code, ffi.cast("const httpstatus_status *", 0x1000))
		assert.is_false(refused)
		assert.matches("did not hand out", err)
		assert.has_error(function() fresh_raw.httpstatus_status_code(ffi.cast("void *", 0x1000)) end)
	end)

	it("leaves the module as it was for the next require", function()
		assert.are.equal(hs, require("httpstatus"))
		assert.are.equal(404, require("httpstatus").NOT_FOUND)
		assert.are.equal("httpstatus.raw", getmetatable(require("httpstatus.raw")))
	end)
end)

-- ---- The process around the binding (each case in a fresh LuaJIT) --------------------------------

-- Runs SCRIPT in a new LuaJIT with the binding on its path; its output and whether it exited 0.
local function fresh(script)
	local lpath = support.top_srcdir .. "/bindings/lua/?.lua;;"
	local pipe = assert(io.popen(("LUA_PATH='%s' %s -e '%s' 2>&1; echo \"exit=$?\""):format(lpath,
		os.getenv("LUAJIT") or "luajit", script)))
	local out = pipe:read("*a")
	pipe:close()
	return out:gsub("exit=%d+%s*$", ""), out:match("exit=(%d+)%s*$") == "0"
end

describe("a caller who changes the language's functions after require", function()
	it("cannot make the raw layer take a pointer cast from a number as a buffer (once a SIGSEGV)", function()
		for _, lie in ipairs({ [[tostring = function() return "ctype<char [64]>" end]],
			[[ffi.typeof = function() return ffi.typeof("char[64]") end]],
			[[string.match = function() return "char" end]], [[ffi.sizeof = function() return 64 end]],
			[[ffi.istype = function() return true end]], [[type = function() return "cdata" end]] }) do
			local out, ok = fresh([[
				local ffi = require("ffi")
				local hs = require("httpstatus")
				local show, write, at_8, handle_8 = tostring, io.write, ffi.cast("char *", 8),
					ffi.cast("const httpstatus_status *", 8)
				local size = ffi.sizeof("char *") -- what ffi.sizeof says of the pointer itself
				]] .. lie .. [[

				local refused, err = pcall(hs.raw.httpstatus_format_status_line, 404, at_8, size)
				write(show(refused), "\t", err, "\n")
				refused, err = pcall(hs.raw.httpstatus_status_code, handle_8)
				write(show(refused), "\t", err, "\n")]])
			assert.is_true(ok, lie .. ": " .. out)
			assert.matches("^false\tbad argument #2 to 'httpstatus_format_status_line' %(char%[%] buffer or nil "
				.. "expected, got cdata%)\nfalse\tbad argument #1 to 'httpstatus_status_code' %(httpstatus_status "
				.. "handle expected, got a pointer the library did not hand out%)\n$", out)
		end
	end)

	it("hands a wrapped loadfile nothing of the binding's, and no answer changes", function()
		local out, ok = fresh([[
			local hs = require("httpstatus")
			local real, seen, planted = loadfile, 0, nil
			loadfile = function(...)
				local chunk = real(...)
				return chunk and function(state, ...)
					if type(state) == "table" and state.by_code then planted = state end
					seen = seen + 1
					return chunk(state, ...)
				end
			end
			local first = hs.from_name("NOT_FOUND")
			if planted then planted.by_code[404] = hs.from_code(200) end
			print(first, hs.from_code(404), hs.raw.httpstatus_status_code(hs.raw.httpstatus_status_from_code(404)), seen)]])
		assert.is_true(ok, out)
		assert.are.equal("404 Not Found\t404 Not Found\t404\t0\n", out)
	end)

	it("leaves nothing nil for good when tonumber or ffi.cast lied during a first use", function()
		for _, lie in ipairs({ "tonumber = function() return 0 end", "tonumber = function() error(\"no\") end",
			"ffi.cast = function() return 0 end", "string.lower = function() return \"\" end" }) do
			local out, ok = fresh([[
				local ffi = require("ffi")
				local real_tonumber, real_cast, real_lower = tonumber, ffi.cast, string.lower
				local hs = require("httpstatus")
				]] .. lie .. [[

				local during = { pcall(function() return hs.Method.GET, hs.Status.OK, hs.from_name_ci("ok") end) }
				tonumber, ffi.cast, string.lower = real_tonumber, real_cast, real_lower
				print(during[1], during[2], during[3], during[4])
				print(hs.Method.GET, hs.Status.OK, hs.from_name("NOT_FOUND"), #hs.method_list() > 30)]])
			assert.is_true(ok, lie .. ": " .. out)
			assert.are.equal("true\tGET\t200 OK\t200 OK\nGET\t200 OK\t404 Not Found\ttrue\n", out, lie)
		end
	end)
end)

describe("lookup", function()
	it("gives any record of the module itself: a status, a method, an unofficial status", function()
		for _, r in ipairs({ hs.Status.NOT_FOUND, hs.Method.GET, hs.unofficial(499), hs.from_code(100) }) do
			assert.is_true(rawequal(r, hs.lookup(r)), tostring(r))
		end
	end)
end)
