-- httpstatus.raw, the checked C functions: every exported symbol has its wrapper under its C name
-- and answers what data/*.csv says.  (The checks themselves: hostile_spec.lua; loading a wrong
-- library: load_spec.lua.)
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local ffi = require("ffi")
local hs = require("httpstatus")
local raw = hs.raw
local api = require("httpstatus.api")

-- Every wrapper a test calls goes through here, so the last test can tell that none was left out.
local called = {}
local function call(name, ...)
	called[name] = true
	return raw["httpstatus_" .. name](...)
end

-- A lookup by text, with the text's length.
local function text(name, t)
	return call(name, t, #t)
end

local function yesno(t)
	assert(t == "yes" or t == "no", "not yes/no: " .. tostring(t))
	return t == "yes" and 1 or 0
end

describe("httpstatus.raw", function()
	it("is also require('httpstatus.raw'), and names what it loaded", function()
		local required = require("httpstatus.raw")
		assert.are.equal("httpstatus.raw", getmetatable(required))
		assert.are.equal(raw.loaded_from, required.loaded_from)
		assert.are.equal(404, required.httpstatus_status_code(raw.httpstatus_status_from_code(404)))
		assert.are.equal(support.library, raw.loaded_from)
		assert.are.equal(support.library, hs.loaded_from)
		assert.are.equal(support.library:match("[^/]+$"), raw.SONAME)
		assert.matches("^libhttpstatus%.so%.%d+$", raw.SONAME)
		assert.are.equal(raw.httpstatus_version(), raw.VERSION)
	end)

	it("has one wrapper per function the library exports (nm -D), under its C name", function()
		local nm = os.getenv("NM")
		if nm == nil or nm == "" then nm = "nm" end
		local pipe = assert(io.popen(nm .. " -D --defined-only '" .. support.library .. "'"))
		local exported, n = {}, 0
		for line in pipe:lines() do
			local name, node = line:match(" T (httpstatus_[%w_]+)@@?([%w_.]+)$")
			if name then exported[name], n = node, n + 1 end
		end
		pipe:close()
		assert.is_true(n >= 43)
		local listed = {}
		for _, fn in ipairs(require("httpstatus.library").functions()) do
			listed[fn.symbol] = fn.node
			assert.are.equal("function", type(raw[fn.symbol]), fn.symbol)
		end
		assert.are.same(exported, listed)
		assert.is_nil(raw.status_code) -- no second, shortened name
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
			assert.are.equal(h, text("status_from_name", row.name))
			assert.are.equal(h, text("status_from_name_ci", row.name:lower()))
			assert.are.equal(h, text("status_from_phrase", row.phrase:upper()))
		end
		assert.is_nil(call("status_at", #statuses))
		assert.is_nil(call("status_at", 2 ^ 53))
		assert.is_nil(call("status_at", 18446744073709551615ULL))
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
			assert.are.equal(h, text("method_from_name", row.name))
		end
		assert.is_nil(call("method_at", #methods))
	end)

	it("lists every alias of data/aliases.csv, in order", function()
		assert.are.equal(#aliases, call("alias_count"))
		for i, row in ipairs(aliases) do
			assert.are.equal(row.text, call("alias_text", i - 1))
			assert.are.equal(row.kind == "name" and 1 or 2, call("alias_kind", i - 1))
			assert.are.equal(tonumber(row.code), raw.httpstatus_status_code(call("alias_status", i - 1)))
		end
		assert.are.equal("", call("alias_text", #aliases))
		assert.are.equal(0, call("alias_kind", #aliases))
		assert.is_nil(call("alias_status", #aliases))
	end)

	it("answers the 1.1 functions as data/*.csv says", function()
		local aliases = support.csv("aliases.csv")
		for i, row in ipairs(aliases) do assert.are.equal(row.source, call("alias_source", i - 1)) end
		assert.are.equal("", call("alias_source", #aliases))
		local rows = support.csv("unofficial.csv")
		assert.are.equal(#rows, call("unofficial_count"))
		for i, row in ipairs(rows) do
			local h = call("unofficial_at", i - 1)
			assert.are.equal(h, call("unofficial_from_code", tonumber(row.code)))
			assert.are.equal(row.user, call("status_user", h))
			assert.are.equal(0, call("status_is_location_redirect", h))
		end
		assert.is_nil(call("unofficial_at", #rows))
		assert.is_nil(call("unofficial_from_code", 404))
		for i, row in ipairs(support.csv("semantics.csv")) do
			local h = raw.httpstatus_status_at(i - 1)
			assert.are.equal(tonumber(row.code), raw.httpstatus_status_code(h))
			assert.are.equal(yesno(row.redirect), call("status_is_location_redirect", h))
			assert.are.equal(yesno(row.permanent), call("status_is_permanent_redirect", h))
			assert.are.equal(yesno(row.transient), call("status_is_transient", h))
			assert.are.equal(yesno(row.retry_after), call("status_may_have_retry_after", h))
			assert.are.equal(row.method_on_redirect, call("follow_method_name", call("status_follow_method", h)))
		end
	end)

	it("answers the 1.2 functions (the evidence) as data/*.csv says", function()
		local aliases = support.csv("aliases.csv")
		for i, row in ipairs(aliases) do
			assert.are.equal(row.locator, call("alias_locator", i - 1))
			assert.are.equal(row.quote, call("alias_quote", i - 1))
		end
		assert.are.equal("", call("alias_locator", #aliases))
		assert.are.equal("", call("alias_quote", #aliases))
		for i, row in ipairs(support.csv("unofficial.csv")) do
			local h = call("unofficial_at", i - 1)
			assert.are.equal(row.locator, call("status_locator", h))
			assert.are.equal(row.quote, call("status_quote", h))
		end
		for i, row in ipairs(support.csv("statuses.csv")) do
			local h = raw.httpstatus_status_at(i - 1)
			assert.are.equal(row.locator, call("status_locator", h))
			assert.are.equal(row.quote, call("status_quote", h))
		end
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

	it("formats status lines snprintf-style into the caller's char[] buffer", function()
		local buf = ffi.new("char[?]", 64)
		assert.are.equal(22, call("format_status_line", 404, buf, 64))
		assert.are.equal("HTTP/1.1 404 Not Found", ffi.string(buf))
		assert.are.equal(13, call("format_status_line", 299, buf, 64))
		assert.are.equal("HTTP/1.1 299 ", ffi.string(buf))
		assert.are.equal(-1, call("format_status_line", 600, buf, 64))
		local small = ffi.new("char[8]")
		assert.are.equal(22, call("format_status_line", 404, small, 8))
		assert.are.equal("HTTP/1.", ffi.string(small))
		assert.are.equal(22, call("format_status_line", 404, nil, 0))
	end)

	it("reads the response rules of a status and checks a response head against them (1.2)", function()
		local s = call("status_from_code", 405)
		local n = call("status_rule_count", s)
		assert.is_true(n > 0)
		local allow
		for i = 0, n - 1 do
			local r = call("status_rule_at", s, i)
			if call("rule_field", r) == "Allow" then allow = r end
		end
		assert.is_not_nil(allow)
		assert.are.equal(-1, call("status_rule_at", s, n))
		assert.is_true(call("rule_count") > allow)
		assert.are.equal(1, call("rule_subject", allow)) -- HTTPSTATUS_RULE_FIELD
		assert.are.equal(1, call("rule_level", allow)) -- HTTPSTATUS_LEVEL_MUST
		assert.are.equal("MUST", call("rule_level_text", allow))
		assert.are.equal(1, call("rule_scope", allow)) -- HTTPSTATUS_SCOPE_ANY
		assert.are.equal(15, call("rule_versions", allow))
		assert.are.equal("RFC 9110, Section 15.5.6", call("rule_locator", allow))
		assert.matches("MUST generate an Allow header field", call("rule_quote", allow))
		assert.are.equal("", call("rule_quote", call("rule_count")))
		local broken = call("check_count", 405, "GET", 3, 11, "Content-Type", 12, 1)
		assert.is_true(broken >= 1)
		local found = false
		for i = 0, broken - 1 do found = found or call("check_at", 405, "GET", 3, 11, "Content-Type", 12, 1, i) == allow end
		assert.is_true(found)
		assert.are.equal(-1, call("check_at", 405, "GET", 3, 11, "Content-Type", 12, 1, broken))
		assert.are.equal(-1, call("check_count", 405, "GET", 3, 12, "Allow", 5, 1))
		assert.are.equal(-1, call("check_count", 299, "GET", 3, 11, "Allow", 5, 1))
		assert.are.equal(-1, call("check_count", 405, "GET", 3, 11, "Allow:", 6, 1))
	end)

	it("answers a NULL handle (nil) with C's neutral value", function()
		for _, fn in ipairs(require("httpstatus.library").functions()) do
			if fn.role == "status_field" or fn.role == "method_field" then
				assert.are.equal(fn.ret == "string" and "" or 0, raw[fn.symbol](nil), fn.symbol)
			end
		end
	end)

	-- Every accessor of a record, as the generated api table lists them (by its role): called on every
	-- record, it answers what the record's property says (a flag as 0 or 1, a named number by its name).
	it("answers every record accessor of httpstatus.api on every record as the record does", function()
		local records = { status_field = {}, method_field = {} }
		for i = 0, call("status_count") - 1 do
			local h = call("status_at", i)
			records.status_field[#records.status_field + 1] = { h, hs.from_code(call("status_code", h)) }
		end
		for i = 0, call("unofficial_count") - 1 do
			local h = call("unofficial_at", i)
			records.status_field[#records.status_field + 1] = { h, hs.unofficial(call("status_code", h)) }
		end
		for i = 0, call("method_count") - 1 do
			local h = call("method_at", i)
			records.method_field[#records.method_field + 1] = { h, hs.method_from_name(call("method_name", h)) }
		end
		local namer = {}
		for _, fn in ipairs(require("httpstatus.library").functions()) do namer[fn.name] = fn end
		for _, fn in ipairs(require("httpstatus.library").functions()) do
			for _, pair in ipairs(records[fn.role] or {}) do
				local v, property = call(fn.name, pair[1]), pair[2][fn.field]
				if fn.flag then
					assert.is_true(v == 0 or v == 1, fn.symbol)
					assert.are.equal(v == 1, property, fn.symbol)
				elseif fn.ret == "string" then
					assert.are.equal(property, v, fn.symbol)
				elseif namer[fn.field .. "_name"] then
					assert.are.equal(property, call(fn.field .. "_name", v), fn.symbol)
				else
					assert.are.equal(property, v, fn.symbol)
				end
			end
		end
	end)

	it("exercised every exported function in the tests above", function()
		for _, fn in ipairs(require("httpstatus.library").functions()) do
			assert.is_true(called[fn.name] == true, fn.symbol .. " was not called")
		end
	end)
end)

