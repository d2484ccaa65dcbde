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

	-- data/rules.csv's versions column ("*" or names) as C's bits (enum httpstatus_http_version).
	local VERSION_BIT = { ["1.0"] = 1, ["1.1"] = 2, ["2"] = 4, ["3"] = 8 }
	local function version_bits(column)
		if column == "*" then return 15 end
		local bits = 0
		for name in column:gmatch("%S+") do bits = bits + assert(VERSION_BIT[name], column) end
		return bits
	end

	it("walks every response rule in the order and with the fields of data/rules.csv (1.2)", function()
		local rows = support.csv("rules.csv")
		assert.are.equal(#rows, call("rule_count"))
		local seen = {}
		for i, row in ipairs(rows) do
			local r = call("rule_at", i - 1)
			assert.is_true(ffi.istype("const httpstatus_rule *", r))
			assert.is_nil(seen[tostring(r)])
			seen[tostring(r)] = true
			assert.are.equal(row.subject, call("subject_name", call("rule_subject", r)))
			assert.are.equal(row.field, call("rule_field", r))
			assert.are.equal(row.level, call("rule_level_text", r))
			assert.are.equal(row.level:lower():gsub(" ", "_"), call("level_name", call("rule_level", r)))
			assert.are.equal(row.scope:lower():gsub("-", "_"), call("scope_name", call("rule_scope", r)))
			assert.are.equal(version_bits(row.versions), call("rule_versions", r))
			assert.are.equal(row.locator, call("rule_locator", r))
			assert.are.equal(row.quote, call("rule_quote", r))
		end
		assert.is_nil(call("rule_at", #rows))
		assert.is_nil(call("rule_at", 18446744073709551615ULL))
		assert.are.equal("", call("subject_name", 0))
		assert.are.equal("", call("level_name", 99))
		assert.are.equal("", call("scope_name", -1))
	end)

	it("gives each status the rules data/rules.csv writes for it, its class or every status (1.2)", function()
		local rows = support.csv("rules.csv")
		local handles = {}
		for i = 0, call("status_count") - 1 do handles[#handles + 1] = call("status_at", i) end
		for i = 0, call("unofficial_count") - 1 do handles[#handles + 1] = call("unofficial_at", i) end
		for _, s in ipairs(handles) do
			local code = raw.httpstatus_status_code(s)
			local want = {}
			for i, row in ipairs(rows) do
				if row.status == "*" or row.status == tostring(code) or row.status == math.floor(code / 100) .. "xx" then
					want[#want + 1] = raw.httpstatus_rule_at(i - 1)
				end
			end
			assert.are.equal(#want, call("status_rule_count", s), code)
			for i, h in ipairs(want) do assert.are.equal(h, call("status_rule_at", s, i - 1), code .. " #" .. i) end
			assert.is_nil(call("status_rule_at", s, #want))
		end
		assert.is_nil(call("status_rule_at", nil, 0))
	end)

	it("checks a response head against a status's rules (1.2)", function()
		local s = raw.httpstatus_status_from_code(405)
		local allow
		for i = 0, raw.httpstatus_status_rule_count(s) - 1 do
			local r = raw.httpstatus_status_rule_at(s, i)
			if raw.httpstatus_rule_field(r) == "Allow" then allow = r end
		end
		assert.is_not_nil(allow)
		local broken = call("check_count", 405, "GET", 3, 11, "Content-Type", 12, 1)
		assert.is_true(broken >= 1)
		local found = false
		for i = 0, broken - 1 do found = found or call("check_at", 405, "GET", 3, 11, "Content-Type", 12, 1, i) == allow end
		assert.is_true(found)
		assert.is_nil(call("check_at", 405, "GET", 3, 11, "Content-Type", 12, 1, broken))
		assert.are.equal(broken - 1, call("check_count", 405, "GET", 3, 11, "Content-Type, allow", 19, 1))
		-- bad input: C's -1 and NULL
		assert.are.equal(-1, call("check_count", 405, "GET", 3, 12, "Allow", 5, 1))
		assert.are.equal(-1, call("check_count", 299, "GET", 3, 11, "Allow", 5, 1))
		assert.are.equal(-1, call("check_count", 405, "GET", 3, 11, "Allow:", 6, 1))
		assert.are.equal(-1, call("check_count", 405, "GE T", 4, 11, "Allow", 5, 1))
		assert.are.equal(-1, call("check_count", 405, "GET", 3, 11, "Allow", 5, 2))
		assert.is_nil(call("check_at", 405, "GET", 3, 12, "Allow", 5, 1, 0))
		-- each argument checked as its kind
		local function refused(pattern, ...)
			local ok, err = pcall(raw.httpstatus_check_count, ...)
			assert.is_false(ok)
			assert.matches(pattern, err)
		end
		refused("#1 .*out of range", 2 ^ 32 + 405, "GET", 3, 11, "", 0, 1)
		refused("#2 .*string expected", 405, nil, 0, 11, "", 0, 1)
		refused("#3 .*out of range", 405, "GET", 4, 11, "", 0, 1)
		refused("#5 .*string expected", 405, "GET", 3, 11, {}, 0, 1)
		refused("#6 .*out of range", 405, "GET", 3, 11, "Allow", 6, 1)
		refused("#7 .*out of range", 405, "GET", 3, 11, "", 0, 0.5)
		refused("#8 .*no value expected", 405, "GET", 3, 11, "", 0, 1, 0)
	end)

	it("refuses every handle of another kind where a rule handle goes, and a rule handle elsewhere (1.2)", function()
		local rule, status, method = raw.httpstatus_rule_at(0), raw.httpstatus_status_at(0), raw.httpstatus_method_at(0)
		local function refused(f, v, pattern)
			local ok, err = pcall(raw[f], v)
			assert.is_false(ok)
			assert.matches("^bad argument #1 to '" .. f .. "' %(.+ expected, got " .. pattern .. "%)$", err)
		end
		refused("httpstatus_rule_field", status, "httpstatus_status handle")
		refused("httpstatus_rule_field", method, "httpstatus_method handle")
		refused("httpstatus_status_code", rule, "httpstatus_rule handle")
		refused("httpstatus_method_name", rule, "httpstatus_rule handle")
		refused("httpstatus_status_rule_count", rule, "httpstatus_rule handle")
		refused("httpstatus_rule_field", ffi.cast("const httpstatus_rule *", status), "a pointer the library did not hand out")
		refused("httpstatus_rule_field", ffi.cast("const httpstatus_rule *", 0x1000), "a pointer the library did not hand out")
		local bytes = ffi.cast("const char *", rule)
		for _, shift in ipairs({ 1, 2, 4, 8, -1 }) do
			refused("httpstatus_rule_quote", ffi.cast("const httpstatus_rule *", bytes + shift),
				"a pointer the library did not hand out")
		end
		local stride = ffi.cast("const char *", raw.httpstatus_rule_at(1)) - bytes
		local last = ffi.cast("const char *", raw.httpstatus_rule_at(raw.httpstatus_rule_count() - 1))
		refused("httpstatus_rule_level", ffi.cast("const httpstatus_rule *", bytes - stride), "a pointer the library did not hand out")
		refused("httpstatus_rule_level", ffi.cast("const httpstatus_rule *", last + stride), "a pointer the library did not hand out")
		refused("httpstatus_rule_level", ffi.cast("void *", rule), "cdata")
		refused("httpstatus_rule_level", ffi.cast("uintptr_t", rule), "cdata")
		refused("httpstatus_rule_level", 0, "number")
		-- the same address, non-const: still the library's rule
		assert.are.equal(raw.httpstatus_rule_level(rule), raw.httpstatus_rule_level(ffi.cast("httpstatus_rule *", rule)))
	end)

	it("answers a NULL handle (nil) with C's neutral value", function()
		for _, fn in ipairs(require("httpstatus.library").functions()) do
			if fn.role == "status_field" or fn.role == "method_field" or fn.role == "rule_field" then
				assert.are.equal(fn.ret == "string" and "" or 0, raw[fn.symbol](nil), fn.symbol)
			end
		end
	end)

	-- Every accessor of a record, as the generated api table lists them (by its role): called on every
	-- record, it answers what the record's property says (a flag as 0 or 1, a named number by its name).
	it("answers every record accessor of httpstatus.api on every record as the record does", function()
		local records = { status_field = {}, method_field = {}, rule_field = {} }
		for i, r in hs.rules() do records.rule_field[i] = { call("rule_at", i - 1), r } end
		assert.are.equal(call("rule_count"), #records.rule_field)
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
				elseif fn.role == "rule_field" and fn.field == "versions" then
					-- the list of the version names of the bits, in bit order
					local bits, previous = 0, 0
					for i = 1, #property do
						local bit = VERSION_BIT[property[i]]
						assert.is_true(bit ~= nil and bit > previous, fn.symbol)
						bits, previous = bits + bit, bit
					end
					assert.are.equal(v, bits, fn.symbol)
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

