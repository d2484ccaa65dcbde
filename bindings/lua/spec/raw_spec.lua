-- httpstatus.raw, the checked FFI layer: every exported symbol is declared, resolves and answers
-- what data/*.csv says; every argument is range-checked before it reaches C.
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local ffi = require("ffi")
local raw = require("httpstatus.raw")

-- Every wrapper a test calls goes through here, so the last test can tell that none was left out.
local called = {}
local function call(name, ...)
	called[name] = true
	return raw[name](...)
end

local function yesno(text)
	assert(text == "yes" or text == "no", "not yes/no: " .. tostring(text))
	return text == "yes" and 1 or 0
end

describe("httpstatus.raw loading", function()
	it("loads the library LIBHTTPSTATUS_PATH names", function()
		assert.are.equal(support.library, raw.loaded_from)
	end)

	it("knows the SONAME the build produced", function()
		assert.are.equal(support.library:match("[^/]+$"), raw.SONAME)
		assert.matches("^libhttpstatus%.so%.%d+$", raw.SONAME)
	end)

	it("declares and resolves every exported symbol, each with a checked wrapper", function()
		assert.is_true(#raw.symbols >= 43)
		for _, sym in ipairs(raw.symbols) do
			assert.are.equal("cdata", type(raw.C[sym.name]), sym.name)
			assert.are.equal("function", type(raw[sym.name:sub(#"httpstatus_" + 1)]), sym.name)
			assert.matches("^HTTPSTATUS_%d+%.%d+$", sym.node)
		end
	end)

	it("lists exactly the symbols the library exports (nm -D)", function()
		local nm = os.getenv("NM")
		if nm == nil or nm == "" then nm = "nm" end
		local pipe = assert(io.popen(nm .. " -D --defined-only '" .. support.library .. "'"))
		local exported = {}
		for line in pipe:lines() do
			local name, node = line:match(" T (httpstatus_[%w_]+)@@?([%w_.]+)$")
			if name then exported[name] = node end
		end
		pipe:close()
		local listed = {}
		for _, sym in ipairs(raw.symbols) do listed[sym.name] = sym.node end
		assert.are.same(exported, listed)
	end)

	it("sorts accessors into status and method fields, flags by their is_/may_ names", function()
		for kind, fields in pairs({ status = raw.status_fields, method = raw.method_fields }) do
			assert.is_true(#fields > 0)
			for _, f in ipairs(fields) do
				assert.are.equal(kind .. "_" .. f.field, f.func)
				assert.are.equal(f.field:match("^is_") ~= nil or f.field:match("^may_") ~= nil, f.flag)
				assert.are.same({ kind }, raw.signatures[f.func].params)
				assert.are.equal(f.ret, raw.signatures[f.func].ret)
			end
		end
		local accessors = #raw.status_fields + #raw.method_fields
		assert.are.equal(#raw.symbols, accessors + #raw.functions)
	end)

	it("can be loaded again (its ffi.cdef tolerates a second run)", function()
		package.loaded["httpstatus.raw"] = nil
		local again = require("httpstatus.raw")
		assert.are_not.equal(raw, again)
		assert.are.equal(raw.version(), again.version())
		package.loaded["httpstatus.raw"] = raw
	end)

	it("fails loudly, naming the path, when the library cannot be loaded", function()
		local luajit = os.getenv("LUAJIT") or "luajit"
		local cmd = ("LIBHTTPSTATUS_PATH=/nonexistent/libhttpstatus.so.0 LUA_PATH='%s/bindings/lua/?.lua;;' "
			.. "'%s' -e 'require(\"httpstatus\")' 2>&1; echo \"exit=$?\""):format(support.top_srcdir, luajit)
		local pipe = assert(io.popen(cmd))
		local out = pipe:read("*a")
		pipe:close()
		assert.matches("httpstatus: cannot load /nonexistent/libhttpstatus.so.0", out, 1, true)
		assert.matches("LIBHTTPSTATUS_PATH", out, 1, true)
		assert.matches("exit=[1-9]", out)
	end)
end)

describe("httpstatus.raw answers", function()
	local statuses = support.csv("statuses.csv")
	local methods = support.csv("methods.csv")
	local aliases = support.csv("aliases.csv")

	it("gives the library and registry versions", function()
		local v = call("version")
		local major, minor, micro = v:match("^(%d+)%.(%d+)%.(%d+)$")
		assert.is_not_nil(major)
		assert.are.equal(tonumber(major) * 65536 + tonumber(minor) * 256 + tonumber(micro), call("version_number"))
		local date
		for _, row in ipairs(support.csv("registry.csv")) do
			if row.key == "snapshot" then date = row.value end
		end
		assert.are.equal(date, call("registry_date"))
	end)

	it("walks every status in the order and with the fields of data/statuses.csv", function()
		assert.are.equal(#statuses, call("status_count"))
		for i, row in ipairs(statuses) do
			local h = call("status_at", i - 1)
			assert.are.equal(tonumber(row.code), call("status_code", h))
			assert.are.equal(row.name, call("status_name", h))
			assert.are.equal(row.phrase, call("status_phrase", h))
			assert.are.equal(row.description, call("status_description", h))
			assert.are.equal(row.reference, call("status_reference", h))
			assert.are.equal(row.title, call("status_reference_title", h))
			assert.are.equal(row.expires, call("status_expires", h))
			assert.are.equal(row.state, call("state_name", call("status_state", h)))
			local class = math.floor(tonumber(row.code) / 100)
			assert.are.equal(class, call("status_class", h))
			assert.are.equal(yesno(row.may_have_content), call("status_may_have_content", h))
			assert.are.equal(yesno(row.cacheable), call("status_is_cacheable", h))
			assert.are.equal(class == 1 and 1 or 0, call("status_is_informational", h))
			assert.are.equal(class == 2 and 1 or 0, call("status_is_success", h))
			assert.are.equal(class == 3 and 1 or 0, call("status_is_redirection", h))
			assert.are.equal(class == 4 and 1 or 0, call("status_is_client_error", h))
			assert.are.equal(class == 5 and 1 or 0, call("status_is_server_error", h))
			assert.are.equal(h, call("status_from_code", tonumber(row.code)))
			assert.are.equal(h, call("status_from_name", row.name))
			assert.are.equal(h, call("status_from_name_ci", row.name:lower()))
			assert.are.equal(h, call("status_from_phrase", row.phrase:upper()))
		end
		assert.is_nil(call("status_at", #statuses))
	end)

	it("walks every method in the order and with the fields of data/methods.csv", function()
		assert.are.equal(#methods, call("method_count"))
		for i, row in ipairs(methods) do
			local h = call("method_at", i - 1)
			assert.are.equal(row.name, call("method_name", h))
			assert.are.equal(row.description, call("method_description", h))
			assert.are.equal(row.reference, call("method_reference", h))
			assert.are.equal(row.title, call("method_reference_title", h))
			assert.are.equal(yesno(row.safe), call("method_is_safe", h))
			assert.are.equal(yesno(row.idempotent), call("method_is_idempotent", h))
			assert.are.equal(yesno(row.cacheable), call("method_is_cacheable", h))
			assert.are.equal(h, call("method_from_name", row.name))
		end
		assert.is_nil(call("method_at", #methods))
	end)

	it("lists every alias of data/aliases.csv, in order", function()
		assert.are.equal(#aliases, call("alias_count"))
		for i, row in ipairs(aliases) do
			assert.are.equal(row.text, call("alias_text", i - 1))
			assert.are.equal(row.kind == "name" and 1 or 2, call("alias_kind", i - 1))
			assert.are.equal(tonumber(row.code), raw.status_code(call("alias_status", i - 1)))
		end
		assert.are.equal("", call("alias_text", #aliases))
		assert.are.equal(0, call("alias_kind", #aliases))
		assert.is_nil(call("alias_status", #aliases))
	end)

	it("names classes and states, and classifies any int", function()
		local classes = { "informational", "success", "redirection", "client_error", "server_error" }
		for c, name in ipairs(classes) do assert.are.equal(name, call("class_name", c)) end
		assert.are.equal("", call("class_name", 0))
		assert.are.equal("", call("class_name", 6))
		local states = { "registered", "temporary", "obsoleted", "unused" }
		for s, name in ipairs(states) do assert.are.equal(name, call("state_name", s)) end
		assert.are.equal("", call("state_name", 0))
		assert.are.equal(2, call("class_of", 299))
		assert.are.equal(0, call("class_of", 600))
		assert.are.equal(0, call("class_of", -404))
	end)

	it("formats status lines, snprintf-style underneath", function()
		assert.are.equal("HTTP/1.1 404 Not Found", call("format_status_line", 404))
		assert.are.equal("HTTP/1.1 299 ", call("format_status_line", 299))
		assert.is_nil(call("format_status_line", 600))
		local buf = ffi.new("char[8]")
		assert.are.equal(22, raw.C.httpstatus_format_status_line(404, buf, 8))
		assert.are.equal("HTTP/1.", ffi.string(buf))
	end)

	it("answers a NULL handle with the neutral value, through the wrappers and through C", function()
		for _, f in ipairs(raw.status_fields) do
			assert.are.equal(f.ret == "string" and "" or 0, raw[f.func](nil), f.func)
		end
		for _, f in ipairs(raw.method_fields) do
			assert.are.equal(f.ret == "string" and "" or 0, raw[f.func](nil), f.func)
		end
		assert.are.equal(0, raw.C.httpstatus_status_code(nil))
		assert.are.equal("", ffi.string(raw.C.httpstatus_status_name(nil)))
	end)

	it("guards against ffi.string(NULL)", function()
		assert.are.equal("", raw.cstring(nil))
		assert.are.equal("", raw.cstring(ffi.cast("const char *", nil)))
		assert.are.equal("ab", raw.cstring(ffi.cast("const char *", "ab")))
	end)

	it("exercised every exported function in the tests above", function()
		for _, sym in ipairs(raw.symbols) do
			assert.is_true(called[sym.name:sub(#"httpstatus_" + 1)] == true, sym.name .. " was not called")
		end
	end)
end)

describe("httpstatus.raw argument checks", function()
	it("never lets the FFI truncate an integer", function()
		-- an int holds 65940 (no such code), but none of the others: those are never passed to C
		assert.is_nil(raw.status_from_code(65940))
		assert.are.equal(0, raw.class_of(65940))
		assert.is_nil(raw.format_status_line(65940))
		for _, v in ipairs({ 2 ^ 31 + 404, 2 ^ 32 + 404, -2 ^ 32 + 404, 2 ^ 53 + 404, 2 ^ 64 + 404,
			404.5, -0.5, 1 / 0, -1 / 0, 0 / 0, 4294967700LL, 18446744073709551615ULL }) do
			assert.is_nil(raw.status_from_code(v), tostring(v))
			assert.is_nil(raw.class_of(v), tostring(v))
			assert.is_nil(raw.format_status_line(v), tostring(v))
		end
		assert.is_nil(raw.status_from_code(nil))
		assert.are.equal(404, raw.status_code(raw.status_from_code(404LL)))
		assert.are.equal(404, raw.status_code(raw.status_from_code(ffi.new("uint16_t", 404))))
	end)

	it("range-checks size_t indexes", function()
		for _, v in ipairs({ -1, -0.5, 0.5, 2 ^ 64, 1 / 0, 0 / 0, -1LL }) do
			assert.is_nil(raw.status_at(v), tostring(v))
			assert.is_nil(raw.alias_text(v), tostring(v))
		end
		assert.is_nil(raw.status_at(2 ^ 63))
		assert.is_not_nil(raw.status_at(-0.0))
	end)

	it("passes text with its length, so a NUL byte stays inside it", function()
		assert.is_nil(raw.status_from_name("NOT_FOUND\0"))
		assert.is_nil(raw.status_from_name("NOT\0FOUND"))
		assert.is_nil(raw.method_from_name("GET\0"))
		assert.is_nil(raw.status_from_name(nil))
		assert.is_nil(raw.status_from_phrase(("x"):rep(1024 * 1024)))
	end)

	it("raises an error for an argument of the wrong type", function()
		local cases = {
			{ "status_from_code", "404" }, { "status_from_code", true }, { "status_from_code", {} },
			{ "status_from_code", ffi.new("double", 404) }, { "status_from_code", ffi.cast("void *", 404) },
			{ "status_at", "0" }, { "status_from_name", 404 }, { "status_from_name", {} },
			{ "method_from_name", ffi.cast("const char *", "GET") },
			{ "status_code", raw.method_at(0) }, { "method_name", raw.status_at(0) },
			{ "status_code", ffi.cast("void *", raw.status_at(0)) }, { "status_code", 404 },
		}
		for _, case in ipairs(cases) do
			local ok, err = pcall(raw[case[1]], case[2])
			assert.is_false(ok, case[1] .. "(" .. type(case[2]) .. ")")
			assert.matches("httpstatus%.raw%." .. case[1] .. ": argument 1 must be", err)
		end
	end)
end)
