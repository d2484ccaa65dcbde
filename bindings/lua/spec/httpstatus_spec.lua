-- httpstatus, the idiomatic layer: the same records as the C library, as immutable Lua objects
-- built once and looked up without crossing the FFI.
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local hs = require("httpstatus")
local raw = hs.raw
local ffi = require("ffi")
local api = require("httpstatus.api")

-- The accessors of each kind, from the generated table: { field, symbol, flag, ret }.
local fields = { status = {}, method = {}, rule = {} }
local namers = {}
for _, fn in ipairs(require("httpstatus.library").functions()) do
	local kind = fn.role:match("^(%a+)_field$")
	if kind then table.insert(fields[kind], { field = fn.field, func = fn.symbol, flag = fn.flag, ret = fn.ret }) end
	namers[fn.name] = fn
end

-- The Lua record for a raw handle, found through the C library only (by its code).
local function object_of(h)
	if h == nil then return nil end
	return hs.from_code(raw.httpstatus_status_code(h))
end

-- A field as the idiomatic layer must present it, computed from the raw layer: a flag as a boolean,
-- an int field F with a namer F_name(int) as that name.
local function expected_field(f, h)
	local v = raw[f.func](h)
	if f.flag then return v ~= 0 end
	local namer = namers[f.field .. "_name"]
	if f.ret == "int" and namer and namer.ret == "string" then return raw[namer.symbol](v) end
	return v
end

describe("httpstatus iteration", function()
	it("gives exactly the C library's statuses, in its order, with every generated field", function()
		local n = 0
		for i, s in hs.statuses() do
			n = n + 1
			assert.are.equal(n, i)
			local h = raw.httpstatus_status_at(i - 1)
			for _, f in ipairs(fields.status) do
				assert.are.equal(expected_field(f, h), s[f.field], s.name .. "." .. f.field)
			end
		end
		assert.are.equal(raw.httpstatus_status_count(), n)
		assert.are.equal(n, hs.status_count())
	end)

	it("gives exactly the C library's methods, in its order, with every generated field", function()
		local n = 0
		for i, m in hs.methods() do
			n = n + 1
			assert.are.equal(n, i)
			local h = raw.httpstatus_method_at(i - 1)
			for _, f in ipairs(fields.method) do
				assert.are.equal(expected_field(f, h), m[f.field], m.name .. "." .. f.field)
			end
		end
		assert.are.equal(raw.httpstatus_method_count(), n)
		assert.are.equal(n, hs.method_count())
	end)

	it("agrees with data/statuses.csv on every row", function()
		local rows = support.csv("statuses.csv")
		local list = hs.status_list()
		assert.are.equal(#rows, #list)
		local classes = { "informational", "success", "redirection", "client_error", "server_error" }
		for i, row in ipairs(rows) do
			local s = list[i]
			local class = math.floor(tonumber(row.code) / 100)
			assert.are.equal(tonumber(row.code), s.code)
			assert.are.equal(row.name, s.name)
			assert.are.equal(row.phrase, s.phrase)
			assert.are.equal(row.state, s.state)
			assert.are.equal(row.expires, s.expires)
			assert.are.equal(row.reference, s.reference)
			assert.are.equal(row.title, s.reference_title)
			assert.are.equal(row.description, s.description)
			assert.are.equal(row.may_have_content == "yes", s.may_have_content)
			assert.are.equal(row.cacheable == "yes", s.is_cacheable)
			assert.are.equal(classes[class], s.class)
			assert.are.equal(class == 1, s.is_informational)
			assert.are.equal(class == 2, s.is_success)
			assert.are.equal(class == 3, s.is_redirection)
			assert.are.equal(class == 4, s.is_client_error)
			assert.are.equal(class == 5, s.is_server_error)
		end
	end)

	it("agrees with data/methods.csv on every row", function()
		local rows = support.csv("methods.csv")
		local list = hs.method_list()
		assert.are.equal(#rows, #list)
		for i, row in ipairs(rows) do
			local m = list[i]
			assert.are.equal(row.name, m.name)
			assert.are.equal(row.description, m.description)
			assert.are.equal(row.reference, m.reference)
			assert.are.equal(row.title, m.reference_title)
			assert.are.equal(row.safe == "yes", m.is_safe)
			assert.are.equal(row.idempotent == "yes", m.is_idempotent)
			assert.are.equal(row.cacheable == "yes", m.is_cacheable)
		end
	end)

	it("hands out copies of its lists, never the lists themselves", function()
		local list = hs.status_list()
		list[1] = "changed"
		table.remove(list)
		assert.are.equal(hs.Status.CONTINUE, hs.status_list()[1])
		assert.are.equal(raw.httpstatus_status_count(), #hs.status_list())
		local step, state, start = hs.statuses()
		assert.is_nil(state)
		assert.are.equal(0, start)
		assert.are.equal(hs.Status.CONTINUE, select(2, step(state, start)))
	end)
end)

describe("httpstatus aliases and constants", function()
	local rows = support.csv("aliases.csv")

	it("lists the aliases of data/aliases.csv in order", function()
		local n = 0
		for i, a in hs.aliases() do
			n = n + 1
			local row = rows[i]
			assert.are.equal(row.text, a.text)
			assert.are.equal(row.kind, a.kind)
			assert.are.equal(hs.from_code(tonumber(row.code)), a.status)
			assert.are.equal(row.text, tostring(a))
		end
		assert.are.equal(#rows, n)
		assert.are.equal(#rows, #hs.alias_list())
	end)

	it("resolves every old name and old phrase to the same object as the current one", function()
		for _, row in ipairs(rows) do
			local s = hs.from_code(tonumber(row.code))
			if row.kind == "name" then
				assert.are.equal(s, hs.Status[row.text])
				assert.are.equal(s, hs.from_name(row.text))
				assert.are.equal(s, hs.from_name_ci(row.text:lower()))
				assert.is_nil(hs.from_phrase(row.text))
			else
				assert.are.equal(s, hs.from_phrase(row.text))
				assert.are.equal(s, hs.from_phrase(row.text:upper()))
				assert.is_nil(hs.from_name(row.text))
			end
		end
		assert.are.equal(hs.Status.CONTENT_TOO_LARGE, hs.Status.REQUEST_ENTITY_TOO_LARGE)
		assert.are.equal(hs.Status.UNPROCESSABLE_CONTENT, hs.from_phrase("unprocessable entity"))
	end)

	it("has a number constant for every status name, old names too, and the record one call away", function()
		for _, s in hs.statuses() do
			assert.are.equal(s.code, hs[s.name], s.name)
			assert.are.equal("number", type(hs[s.name]))
			assert.are.equal(s.code, hs.HTTPStatus[s.name], s.name)
			assert.is_true(rawequal(s, hs.Status[s.name]), s.name)
		end
		for _, a in hs.aliases() do
			if a.kind == "name" then
				assert.are.equal(a.status.code, hs[a.text])
				assert.are.equal(a.status.code, hs.HTTPStatus[a.text])
				assert.are.equal(a.status, hs.Status[a.text])
			else
				assert.is_nil(hs.Status[a.text])
			end
		end
		assert.are.equal(404, hs.NOT_FOUND)
		assert.are.equal(413, hs.REQUEST_ENTITY_TOO_LARGE)
		assert.are.equal(404, hs.Status.NOT_FOUND.code)
		-- a field the module lacks is an error (a misspelt constant is not silently nil); the
		-- namespaces and the lookups by text answer nil
		assert.has_error(function() return hs.NO_SUCH_STATUS end, "httpstatus has no field 'NO_SUCH_STATUS'")
		assert.is_nil(hs.HTTPStatus.NO_SUCH_STATUS)
		assert.is_nil(hs.Status.GET)
	end)

	it("has a string constant and a record for every method", function()
		local n = 0
		for _, m in hs.methods() do
			n = n + 1
			assert.are.equal(m.name, hs.HTTPMethod[m.name])
			assert.are.equal("string", type(hs.HTTPMethod[m.name]))
			assert.is_true(rawequal(m, hs.Method[m.name]))
		end
		assert.are.equal(hs.method_count(), n)
		assert.are.equal("GET", hs.HTTPMethod.GET)
		assert.are.equal("BASELINE-CONTROL", hs.HTTPMethod["BASELINE-CONTROL"])
		assert.is_nil(hs.HTTPMethod.get)
		assert.is_nil(hs.HTTPMethod.NOT_FOUND)
	end)
end)

describe("httpstatus lookups", function()
	it("find each status by code, name (any case) and phrase (any case)", function()
		for _, s in hs.statuses() do
			assert.are.equal(s, hs.from_code(s.code))
			assert.are.equal(s, hs(s.code))
			assert.are.equal(s, hs.lookup(s.code))
			assert.are.equal(s, hs.lookup(s))
			assert.are.equal(s, hs.from_name(s.name))
			assert.is_nil(hs.from_name(s.name:lower()))
			assert.are.equal(s, hs.from_name_ci(s.name:lower()))
			assert.are.equal(s, hs.from_name_ci(s.name))
			assert.are.equal(s, hs.from_phrase(s.phrase))
			assert.are.equal(s, hs.from_phrase(s.phrase:lower()))
			assert.are.equal(s, hs.from_phrase(s.phrase:upper()))
		end
	end)

	it("finds methods case-sensitively", function()
		for _, m in hs.methods() do
			assert.are.equal(m, hs.method_from_name(m.name))
			assert.is_nil(hs.method_from_name(m.name:lower()))
		end
		assert.is_true(hs.method_from_name("GET").is_safe)
		assert.is_nil(hs.method_from_name("get"))
	end)

	it("agrees with the C library's lookups on many spellings", function()
		local function swapcase(t)
			return (t:gsub("%a", function(c) return c:lower() == c and c:upper() or c:lower() end))
		end
		local spellings = { "", " ", "_", "not found", "NOT FOUND", "Not_Found", "I'm a teapot", "im_a_teapot",
			"\xC4", "OK\xC0", "Continue\0", "\0" }
		local function add(t)
			for _, v in ipairs({ t, t:lower(), t:upper(), swapcase(t), t .. " ", " " .. t, t .. "\0", t:sub(2),
				t:sub(1, -2), t .. t }) do
				spellings[#spellings + 1] = v
			end
		end
		for _, s in hs.statuses() do add(s.name); add(s.phrase) end
		for _, a in hs.aliases() do add(a.text) end
		for _, m in hs.methods() do add(m.name) end
		for _, t in ipairs(spellings) do
			assert.are.equal(object_of(raw.httpstatus_status_from_name(t, #t)), hs.from_name(t), ("%q"):format(t))
			assert.are.equal(object_of(raw.httpstatus_status_from_name_ci(t, #t)), hs.from_name_ci(t), ("%q"):format(t))
			assert.are.equal(object_of(raw.httpstatus_status_from_phrase(t, #t)), hs.from_phrase(t), ("%q"):format(t))
			local m = raw.httpstatus_method_from_name(t, #t)
			assert.are.equal(m and hs.method_from_name(raw.httpstatus_method_name(m)), hs.method_from_name(t),
				("%q"):format(t))
		end
	end)

	it("classifies and formats any integer as the C library does", function()
		for n = -1000, 1100 do
			local class = raw.httpstatus_class_name(raw.httpstatus_class_of(n))
			assert.are.equal(class ~= "" and class or nil, hs.class_of(n), n)
			local buf = ffi.new("char[64]")
			local len = raw.httpstatus_format_status_line(n, buf, 64)
			assert.are.equal(len >= 0 and ffi.string(buf, len) or nil, hs.format_status_line(n), n)
			assert.are.equal(object_of(raw.httpstatus_status_from_code(n)), hs.from_code(n), n)
			assert.are.equal(hs.from_code(n), hs.lookup(n), n)
		end
		assert.are.equal("success", hs.class_of(299))
		assert.are.equal("HTTP/1.1 299 ", hs.format_status_line(299))
		assert.are.equal("HTTP/1.1 418 I'm a Teapot", hs.format_status_line(hs.IM_A_TEAPOT))
	end)

	it("finds by lookup(): an integer by code, a string by name, any case, or phrase, a record as itself", function()
		local s = hs.Status.NOT_FOUND
		for _, x in ipairs({ 404, 404.0, "NOT_FOUND", "not_found", "Not Found", "NOT FOUND", s }) do
			assert.are.equal(s, hs.lookup(x), tostring(x))
		end
		assert.are.equal(hs.Status.CONTENT_TOO_LARGE, hs.lookup("REQUEST_ENTITY_TOO_LARGE"))
		assert.are.equal(hs.Status.CONTENT_TOO_LARGE, hs.lookup("payload too large"))
		assert.are.equal(hs.Method.GET, hs.lookup(hs.Method.GET))
		assert.is_nil(hs.lookup("404"))
		assert.is_nil(hs.lookup("GET"))
		assert.is_nil(hs.lookup(299))
	end)
end)

describe("httpstatus objects", function()
	it("are the same table for the same code, however they are found", function()
		local s = hs.from_code(404)
		assert.is_true(rawequal(s, hs.Status.NOT_FOUND))
		assert.is_true(rawequal(s, hs.from_name("NOT_FOUND")))
		assert.is_true(rawequal(s, hs.from_name_ci("not_found")))
		assert.is_true(rawequal(s, hs.from_phrase("not found")))
		assert.is_true(rawequal(s, hs.lookup("not found")))
		assert.is_true(rawequal(s, hs.from_code(404LL)))
		for _, m in hs.methods() do assert.is_true(rawequal(m, hs.method_from_name(m.name))) end
		assert.are_not.equal(hs.Status.NOT_FOUND, hs.Status.OK)
	end)

	-- Every assignment is refused with a "read-only" error: hostile_spec.lua tries each kind.
	it("keep their metatables and their values", function()
		local s, m = hs.Status.NOT_FOUND, hs.method_from_name("GET")
		assert.has_error(function() setmetatable(s, nil) end)
		assert.has_error(function() setmetatable(hs, nil) end)
		assert.are.equal("httpstatus.Status", getmetatable(s))
		assert.are.equal("httpstatus.Method", getmetatable(m))
		assert.are.equal(404, s.code)
		assert.are.equal("NOT_FOUND", s.name)
		assert.are.equal("GET", m.name)
		assert.are.equal(hs.Status.NOT_FOUND, hs.from_code(404))
	end)

	it("turn into readable strings", function()
		assert.are.equal("404 Not Found", tostring(hs.Status.NOT_FOUND))
		assert.are.equal("GET", tostring(hs.method_from_name("GET")))
		assert.are.equal("status: 404 Not Found", "status: " .. hs.Status.NOT_FOUND)
		assert.are.equal("200 OK!", hs.Status.OK .. "!")
		assert.are.equal("GET /", hs.method_from_name("GET") .. " /")
		assert.are.equal("404 Not Found / 200 OK", hs.Status.NOT_FOUND .. " / " .. hs.Status.OK)
		assert.has_error(function() return hs.Status.OK .. {} end)
		assert.matches("^httpstatus %d+%.%d+%.%d+$", tostring(hs))
	end)

	it("order by code among themselves, and expose .code for comparing with numbers", function()
		assert.is_true(hs.Status.OK < hs.Status.NOT_FOUND)
		assert.is_true(hs.Status.NOT_FOUND <= hs.Status.NOT_FOUND)
		assert.is_false(hs.Status.NOT_FOUND < hs.Status.NOT_FOUND)
		assert.is_true(hs.Status.INTERNAL_SERVER_ERROR > hs.Status.NOT_FOUND)
		local list = hs.status_list()
		table.sort(list, function(a, b) return a > b end)
		assert.are.equal(hs.Status.NETWORK_AUTHENTICATION_REQUIRED, list[1])
		table.sort(list)
		assert.are.same(hs.status_list(), list)
		assert.has_error(function() return hs.Status.OK < 500 end)
		assert.has_error(function() return hs.Status.OK < hs.method_from_name("GET") end)
		assert.is_false(hs.Status.NOT_FOUND == 404)
		assert.is_true(hs.Status.NOT_FOUND.code == 404)
		assert.is_true(hs.NOT_FOUND == 404)
	end)

	it("carry a field for every generated accessor, flags as booleans", function()
		for _, s in hs.statuses() do
			for _, f in ipairs(fields.status) do
				local want = f.flag and "boolean" or (f.ret == "int" and namers[f.field .. "_name"]) and "string"
					or (f.ret == "int" or f.ret == "size") and "number" or "string"
				assert.are.equal(want, type(s[f.field]), f.field)
			end
		end
		assert.are.equal("temporary", hs.Status.UPLOAD_RESUMPTION_SUPPORTED.state)
		assert.matches("^%d%d%d%d%-%d%d%-%d%d$", hs.Status.UPLOAD_RESUMPTION_SUPPORTED.expires)
		assert.are.equal("", hs.Status.NOT_FOUND.expires)
		assert.is_nil(hs.Status.NOT_FOUND.no_such_field)
	end)

	it("copy into plain tables, and are told apart from other values", function()
		local t = hs.totable(hs.Status.NOT_FOUND)
		assert.are.equal(404, t.code)
		assert.are.equal("Not Found", t.phrase)
		t.code = 1
		assert.are.equal(404, hs.Status.NOT_FOUND.code)
		assert.are.equal(#fields.method, (function() local n = 0
			for _ in pairs(hs.totable(hs.method_from_name("GET"))) do n = n + 1 end return n end)())
		assert.has_error(function() hs.totable({}) end)
		assert.is_true(hs.is_status(hs.Status.OK))
		assert.is_false(hs.is_status(200))
		assert.is_false(hs.is_status(hs.method_from_name("GET")))
		assert.is_true(hs.is_method(hs.method_from_name("GET")))
		assert.is_false(hs.is_method({ name = "GET" }))
	end)

	it("name the nearest field when a field the module lacks is read, as Ruby and TypeScript do", function()
		local ok, err = pcall(function() return hs.NOT_FOUDN end)
		assert.is_false(ok)
		assert.matches("httpstatus_spec%.lua:%d+: httpstatus has no field 'NOT_FOUDN'; did you mean NOT_FOUND%?$", err)
		for typo, meant in pairs({ not_found = "NOT_FOUND", from_Code = "from_code", INTERNAL_SERVER_EROR =
			"INTERNAL_SERVER_ERROR", Stauts = "Status", raww = "raw", REQUEST_ENTITY_TOO_LARG = "REQUEST_ENTITY_TOO_LARGE" }) do
			assert.has_error(function() return hs[typo] end,
				("httpstatus has no field '%s'; did you mean %s?"):format(typo, meant))
		end
		assert.has_error(function() return hs.zzzzzzzzzzzz end, "httpstatus has no field 'zzzzzzzzzzzz'")
		assert.has_error(function() return hs[404] end, "httpstatus has no field [404]")
		-- lookups by text answer nil, and so do the namespaces
		assert.is_nil(hs.from_name("NOT_FOUDN"))
		assert.is_nil(hs.lookup("NOT_FOUDN"))
		assert.is_nil(hs.Status.NOT_FOUDN)
		assert.is_nil(hs.HTTPMethod.GTE)
	end)

	it("report the library and registry versions", function()
		assert.are.equal(raw.httpstatus_version(), hs.version())
		assert.are.equal(raw.httpstatus_version_number(), hs.version_number())
		assert.are.equal(raw.httpstatus_registry_date(), hs.registry_date())
		assert.are.equal(raw.httpstatus_status_count(), hs.status_count())
		assert.are.equal(raw.httpstatus_alias_count(), hs.alias_count())
		-- the unchecked functions are not part of the module
		assert.has_error(function() return hs.C end, "httpstatus has no field 'C'")
		assert.are.equal(raw, hs.raw)
	end)
end)

describe("httpstatus 1.1", function()
	it("keeps the unofficial statuses apart, as records of their own", function()
		local rows = support.csv("unofficial.csv")
		local n = 0
		for i, u in hs.unofficial_statuses() do
			n = i
			local row = rows[i]
			assert.are.equal(tonumber(row.code), u.code)
			assert.are.equal(u, hs.unofficial(u.code))
			assert.are.same({ row.name, row.phrase, row.user, row.meaning, row.source, "unofficial" },
				{ u.name, u.phrase, u.user, u.description, u.reference, u.state })
			assert.is_nil(hs.from_code(u.code))
			assert.is_nil(hs.lookup(u.code))
			assert.is_nil(hs.from_name(u.name))
			assert.has_error(function() rawset(u, "name", "x") end)
		end
		assert.are.equal(#rows, n)
		assert.is_nil(hs.unofficial(404))
		assert.is_nil(hs.unofficial(499 + 2 ^ 32))
		assert.has_error(function() hs.unofficial("499") end)
		assert.are.equal("", hs.Status.NOT_FOUND.user)
		assert.are.equal("nginx", raw.httpstatus_status_user(raw.httpstatus_unofficial_from_code(499)))
	end)

	it("says where each alias is used", function()
		local rows = support.csv("aliases.csv")
		for i, a in hs.aliases() do assert.are.equal(rows[i].source, a.source) end
	end)

	it("answers what a client does next", function()
		assert.is_true(hs.Status.SEE_OTHER.is_location_redirect)
		assert.are.equal("get", hs.Status.SEE_OTHER.follow_method)
		assert.are.equal("keep", hs.Status.PERMANENT_REDIRECT.follow_method)
		assert.is_true(hs.Status.PERMANENT_REDIRECT.is_permanent_redirect)
		assert.is_false(hs.Status.MULTIPLE_CHOICES.is_location_redirect)
		assert.are.equal("", hs.Status.OK.follow_method)
		assert.is_true(hs.Status.SERVICE_UNAVAILABLE.is_transient)
		assert.is_true(hs.Status.SERVICE_UNAVAILABLE.may_have_retry_after)
	end)
end)

describe("httpstatus response rules (1.2)", function()
	local rows = support.csv("rules.csv")
	local ALL_VERSIONS = { "1.0", "1.1", "2", "3" }
	local NUMBER = { ["1.0"] = 10, ["1.1"] = 11, ["2"] = 20, ["3"] = 30 } -- the version C's check takes

	-- The versions column of data/rules.csv ("*" or names) as the list of names a rule record gives.
	local function versions_of(column)
		if column == "*" then return ALL_VERSIONS end
		local list = {}
		for name in column:gmatch("%S+") do list[#list + 1] = name end
		return list
	end

	-- A read-only sequence's items, as a plain table.
	local function items(list)
		local copy = {}
		for i = 1, #list do copy[i] = list[i] end
		assert.is_nil(list[#list + 1])
		return copy
	end

	-- The record of a raw rule handle: the one hs.rules() gives at its index.
	local by_handle = {}
	local function record_of(h)
		if next(by_handle) == nil then
			for i, r in hs.rules() do by_handle[tostring(raw.httpstatus_rule_at(i - 1))] = r end
		end
		return assert(by_handle[tostring(h)])
	end

	-- Every status record, registered and unofficial, with its raw handle.
	local function every_status()
		local list = {}
		for i, s in hs.statuses() do list[#list + 1] = { s, raw.httpstatus_status_at(i - 1) } end
		for i, u in hs.unofficial_statuses() do list[#list + 1] = { u, raw.httpstatus_unofficial_at(i - 1) } end
		return list
	end

	it("gives every rule, in C's order, as a record with a field per C accessor, equal to C's", function()
		local n = 0
		for i, r in hs.rules() do
			n = n + 1
			assert.are.equal(n, i)
			assert.are.equal("httpstatus.Rule", getmetatable(r))
			local h = raw.httpstatus_rule_at(i - 1)
			for _, f in ipairs(fields.rule) do
				if f.field ~= "versions" then
					assert.are.equal(expected_field(f, h), r[f.field], i .. "." .. f.field)
				end
			end
			-- versions: the list of names (raw_spec.lua checks them against C's bits)
			assert.are.equal("httpstatus.list", getmetatable(r.versions))
			assert.are.same(versions_of(rows[i].versions), items(r.versions))
			assert.are.equal(rows[i].subject, r.subject)
			assert.are.equal(rows[i].field, r.field)
			assert.are.equal(rows[i].level, r.level_text)
			assert.are.equal(rows[i].locator, r.locator)
			assert.are.equal(rows[i].quote, r.quote)
		end
		assert.are.equal(raw.httpstatus_rule_count(), n)
		assert.are.equal(n, hs.rule_count())
		assert.are.equal(#rows, n)
		assert.are.equal("must_not", hs.check(405, { method = "HEAD", content = true })[1].level)
	end)

	it("gives each status, unofficial ones too, its rules as C does, in C's order", function()
		for _, pair in ipairs(every_status()) do
			local s, h = pair[1], pair[2]
			local list = s.rules
			assert.are.equal("httpstatus.list", getmetatable(list))
			assert.are.equal(raw.httpstatus_status_rule_count(h), #list, tostring(s))
			assert.are.equal(#list, s.rule_count)
			for i = 1, #list do
				assert.is_true(rawequal(record_of(raw.httpstatus_status_rule_at(h, i - 1)), list[i]), tostring(s) .. " #" .. i)
			end
			assert.is_true(rawequal(list, s.rules))
		end
		assert.is_true(#hs.unofficial(499).rules > 0)
	end)

	it("holds 405's Allow MUST as data/rules.csv writes it", function()
		local row
		for _, r in ipairs(rows) do
			if r.status == "405" and r.field == "Allow" then row = r end
		end
		assert.is_not_nil(row)
		assert.are.equal("RFC 9110, Section 15.5.6", row.locator)
		local found
		for _, r in hs.Status.METHOD_NOT_ALLOWED.rules() do
			if r.field == "Allow" then found = r end
		end
		assert.is_not_nil(found)
		assert.are.same({ "field", "Allow", "must", row.level, "any", row.locator, row.quote },
			{ found.subject, found.field, found.level, found.level_text, found.scope, found.locator, found.quote })
		assert.are.same(versions_of(row.versions), items(found.versions))
		assert.are.equal("MUST Allow (RFC 9110, Section 15.5.6)", tostring(found))
		assert.are.equal("rule: MUST Allow (RFC 9110, Section 15.5.6)", "rule: " .. found)
	end)

	it("shares one record per rule, however it is reached", function()
		local s = hs.Status.METHOD_NOT_ALLOWED
		local all = {}
		for _, r in hs.rules() do all[r] = true end
		for _, pair in ipairs(every_status()) do
			for _, r in pair[1].rules() do assert.is_true(all[r]) end
		end
		local broken = hs.check(405)
		assert.is_true(#broken > 0)
		for i = 1, #broken do assert.is_true(all[broken[i]]) end
		assert.is_true(rawequal(hs.check(405)[1], broken[1]))
		-- a rule written for every status is the same record in every status's list
		assert.is_true(rawequal(s.rules[1], hs.Status.OK.rules[1]))
		assert.are.equal(hs.Status.OK.rules[1].versions, hs.Status.OK.rules[1].versions)
	end)

	it("cannot be changed: records, their versions, a status's rules, check's answer", function()
		local s = hs.Status.METHOD_NOT_ALLOWED
		local r, versions, list, broken = s.rules[1], s.rules[1].versions, s.rules, hs.check(405)
		local before = { r.field, r.level, r.locator, versions[1], #versions, #list, list[1], #broken }
		for _, target in ipairs({ r, versions, list, broken, hs.check(200, { fields = { "Date" } }) }) do
			assert.are.equal("userdata", type(target))
			assert.has_error(function() rawset(target, 1, "x") end)
			assert.has_error(function() rawget(target, 1) end)
			assert.has_error(function() setmetatable(target, {}) end)
			for _, key in ipairs({ 1, 2, "field", "level", "n", "versions" }) do
				local ok, err = pcall(function() target[key] = "x" end)
				assert.is_false(ok)
				assert.matches("read%-only", err)
			end
			assert.has_error(function() table.insert(target, "x") end)
		end
		assert.are.equal("httpstatus.Rule", getmetatable(r))
		assert.are.same(before, { r.field, r.level, r.locator, versions[1], #versions, #list, list[1], #broken })
		-- hs.totable gives plain copies, the caller's to change
		local t = hs.totable(r)
		assert.are.same(items(versions), t.versions)
		t.versions[1], t.field = "9", "x"
		local st = hs.totable(s)
		assert.are.equal(#list, #st.rules)
		assert.are.equal(r.locator, st.rules[1].locator)
		assert.are.same(items(r.versions), st.rules[1].versions)
		local bt = hs.totable(broken)
		assert.are.equal(#broken, #bt)
		assert.are.equal(broken[1].quote, bt[1].quote)
		assert.are.same(before, { r.field, r.level, r.locator, versions[1], #versions, #list, list[1], #broken })
	end)

	it("walks a list by # and [i], by calling it, and by ipairs where the build honours __ipairs", function()
		local list = hs.Status.METHOD_NOT_ALLOWED.rules
		local walked = {}
		for i, r in list() do walked[i] = r end
		assert.are.same(items(list), walked)
		local ok, it = pcall(function()
			local seen = {}
			for i, r in ipairs(list) do seen[i] = r end
			return seen
		end)
		if ok then assert.are.same(items(list), it) else assert.matches("table expected, got userdata", it) end
		assert.is_nil(list.field)
		assert.is_nil(list[0])
	end)

	-- The broken rules C's check gives, as records.
	local function c_check(code, method, version, fields, content)
		local list = {}
		local n = raw.httpstatus_check_count(code, method or "", #(method or ""), version, fields, #fields, content)
		for i = 0, n - 1 do
			list[#list + 1] = record_of(raw.httpstatus_check_at(code, method or "", #(method or ""), version, fields, #fields, content, i))
		end
		return n, list
	end

	it("checks a head as the C check does, over codes, methods, versions, fields and content", function()
		local codes = {}
		for _, pair in ipairs(every_status()) do codes[#codes + 1] = pair[1].code end
		local methods = { false, "GET", "HEAD", "CONNECT", "POST", "OPTIONS" }
		local field_sets = { {}, { "Allow" }, { "Date", "Allow" }, { "date", "allow", "content-type" },
			{ "Content-Length" }, { "Transfer-Encoding", "Connection", "Upgrade" }, { "Location", "Date" },
			{ "WWW-Authenticate", "Proxy-Authenticate", "Retry-After", "Content-Range", "Date" } }
		local contents = { { nil, -1 }, { true, 1 }, { false, 0 } }
		local checked, broken_somewhere = 0, 0
		for _, code in ipairs(codes) do
			for _, method in ipairs(methods) do
				for _, version in ipairs(ALL_VERSIONS) do
					for _, fields in ipairs(field_sets) do
						for _, content in ipairs(contents) do
							local n, want = c_check(code, method or nil, NUMBER[version], table.concat(fields, ","), content[2])
							assert.is_true(n >= 0)
							local got = hs.check(code, { method = method or nil, version = version, fields = fields,
								content = content[1] })
							assert.are.equal("httpstatus.list", getmetatable(got))
							assert.are.equal(#want, #got)
							for i = 1, #want do assert.is_true(rawequal(want[i], got[i])) end
							checked, broken_somewhere = checked + 1, broken_somewhere + (n > 0 and 1 or 0)
						end
					end
				end
			end
		end
		assert.is_true(checked > 10000 and broken_somewhere > 0 and broken_somewhere < checked)
	end)

	it("takes a code, an integral float, an integer cdata or a status record, and defaults the head", function()
		local _, want = c_check(405, nil, 11, "", -1)
		assert.is_true(#want > 0)
		for _, status in ipairs({ 405, 405.0, 405LL, 405ULL, ffi.new("int16_t", 405), hs.Status.METHOD_NOT_ALLOWED }) do
			for _, head in ipairs({ {}, { version = "1.1" }, { fields = {} }, { method = nil, content = nil } }) do
				assert.are.same(want, items(hs.check(status, head)))
			end
			assert.are.same(want, items(hs.check(status)))
		end
		local _, unofficial = c_check(499, nil, 11, "", -1)
		assert.are.same(unofficial, items(hs.check(hs.unofficial(499))))
		assert.are.same(unofficial, items(hs.check(499)))
	end)

	it("reads fields as a list of names, a table keyed by name (ngx.resp.get_headers()) or both", function()
		local _, want = c_check(405, "GET", 11, "Date,allow", 1)
		local headers = setmetatable({ date = "Mon, 07 Dec 2026 22:00:00 GMT", ["allow"] = { "GET", "HEAD" } },
			{ __index = function(t, k) return rawget(t, k:lower():gsub("_", "-")) end })
		for _, fields in ipairs({ { "Date", "allow" }, { "allow", "Date", "Date" }, { Date = "x", allow = "GET" },
			headers, { "Date", allow = true } }) do
			assert.are.same(want, items(hs.check(405, { method = "GET", fields = fields, content = true })))
		end
		local _, none = c_check(405, "GET", 11, "", 1)
		assert.is_true(#none > #want)
		assert.are.same(none, items(hs.check(405, { method = "GET", fields = {}, content = true })))
	end)

	it("reads head and fields through next and rawget only: no metamethod of theirs runs", function()
		local function trap() error("a metamethod ran") end
		local sly = { __index = trap, __newindex = trap, __pairs = trap, __ipairs = trap, __len = trap, __call = trap,
			__tostring = trap, __eq = trap, __concat = trap }
		local _, want = c_check(405, nil, 11, "Allow", -1)
		local head = setmetatable({ fields = setmetatable({ "Allow" }, sly) }, sly)
		assert.are.same(want, items(hs.check(405, head)))
		-- what only __index would give is not seen
		local _, plain = c_check(405, nil, 11, "", -1)
		assert.are.same(plain, items(hs.check(405, setmetatable({}, { __index = { method = "HEAD", version = "2" } }))))
	end)

	it("answers not found for a code that is no status, whatever its size", function()
		for _, code in ipairs({ 599, 70000, 405.5, 0, -405, 0 / 0, math.huge, -math.huge, 2 ^ 32 + 405, 2 ^ 53 + 405,
			-405LL, 4294967701LL, 18446744073709551615ULL }) do
			assert.is_nil(hs.check(code), tostring(code))
			assert.is_nil(hs.check(code, { method = "GET", fields = { "Allow" }, content = false }), tostring(code))
		end
	end)

	it("refuses each bad input with a type or range error naming the caller's line", function()
		local TYPE = "^[^\n]*httpstatus_spec%.lua:%d+: bad argument #%d to 'check' %(.+ expected, got .+%)$"
		local RANGE = "^[^\n]*httpstatus_spec%.lua:%d+: bad argument #2 to 'check' %(.*out of range.*%)$"
		local function refused(pattern, ...)
			local args = { n = select("#", ...), ... }
			local ok, err = pcall(function()
				local r = hs.check(unpack(args, 1, args.n))
				return r
			end)
			assert.is_false(ok, "accepted")
			assert.matches(pattern, err)
		end
		refused(TYPE)
		refused(TYPE, nil, {})
		for _, status in ipairs({ "405", true, false, {}, { 405 }, { code = 405 }, print, hs.Method.GET,
			hs.alias_list()[1], hs.rules, hs.Status.OK.rules, hs.Status.OK.rules[1], ffi.new("double", 405),
			ffi.cast("void *", 405), raw.httpstatus_status_from_code(405), coroutine.create(print),
			setmetatable({}, { __index = function() return 405 end }) }) do
			refused(TYPE, status)
		end
		for _, head in ipairs({ "GET", 405, true, false, print, hs.Status.OK, ffi.new("int", 1),
			{ methd = "GET" }, { [1] = "GET" }, { [true] = 1 },
			{ method = 1 }, { method = true }, { method = {} }, { method = hs.Method.GET },
			{ version = 1.1 }, { version = 11 }, { version = true }, { version = {} },
			{ fields = "Allow" }, { fields = true }, { fields = 1 }, { fields = hs.Status.OK.rules },
			{ fields = { 1 } }, { fields = { "Allow", {} } }, { fields = { [true] = "x" } }, { fields = { [{}] = 1 } },
			{ content = 1 }, { content = "yes" }, { content = {} } }) do
			refused(TYPE, 405, head)
		end
		for _, head in ipairs({ { method = "" }, { method = "GE T" }, { method = "GET\0" }, { method = "G\195\137T" },
			{ method = "GET," }, { version = "1.2" }, { version = "HTTP/1.1" }, { version = "" }, { version = "2.0" },
			{ fields = { "" } }, { fields = { "Allow Date" } }, { fields = { "Allow,Date" } }, { fields = { ["Allow:"] = 1 } },
			{ fields = { "Al\0low" } }, { fields = { "Date", "X\r\nSet-Cookie" } } }) do
			refused(RANGE, 405, head)
		end
		-- a bad head is refused whether or not the code is a status
		refused(RANGE, 599, { version = "9" })
		refused(TYPE, 599, "GET")
	end)
end)
