-- httpstatus, the idiomatic layer: the same records as the C library, as immutable Lua objects
-- built once and looked up without crossing the FFI.
local support = dofile(os.getenv("top_srcdir") .. "/bindings/lua/spec/support/data.lua")
local hs = require("httpstatus")
local raw = require("httpstatus.raw")

-- The Lua object for a raw handle, found through the C library only (by its code).
local function object_of(h)
	if h == nil then return nil end
	return hs.from_code(raw.status_code(h))
end

-- A field as the idiomatic layer must present it, computed from the raw layer.
local function expected_field(f, h)
	local v = raw[f.func](h)
	if f.flag then return v ~= 0 end
	if f.field == "class" then return raw.class_name(v) end
	if f.field == "state" then return raw.state_name(v) end
	return v
end

describe("httpstatus iteration", function()
	it("gives exactly the C library's statuses, in its order, with every generated field", function()
		local n = 0
		for i, s in hs.statuses() do
			n = n + 1
			assert.are.equal(n, i)
			local h = raw.status_at(i - 1)
			for _, f in ipairs(raw.status_fields) do
				assert.are.equal(expected_field(f, h), s[f.field], s.name .. "." .. f.field)
			end
		end
		assert.are.equal(raw.status_count(), n)
		assert.are.equal(n, hs.status_count())
	end)

	it("gives exactly the C library's methods, in its order, with every generated field", function()
		local n = 0
		for i, m in hs.methods() do
			n = n + 1
			assert.are.equal(n, i)
			local h = raw.method_at(i - 1)
			for _, f in ipairs(raw.method_fields) do
				assert.are.equal(expected_field(f, h), m[f.field], m.name .. "." .. f.field)
			end
		end
		assert.are.equal(raw.method_count(), n)
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
		assert.are.equal(hs.CONTINUE, hs.status_list()[1])
		assert.are.equal(raw.status_count(), #hs.status_list())
		local step, state, start = hs.statuses()
		assert.is_nil(state)
		assert.are.equal(0, start)
		assert.are.equal(hs.CONTINUE, select(2, step(state, start)))
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
				assert.are.equal(s, hs[row.text])
				assert.are.equal(s, hs.from_name(row.text))
				assert.are.equal(s, hs.from_name_ci(row.text:lower()))
				assert.is_nil(hs.from_phrase(row.text))
			else
				assert.are.equal(s, hs.from_phrase(row.text))
				assert.are.equal(s, hs.from_phrase(row.text:upper()))
				assert.is_nil(hs.from_name(row.text))
			end
		end
		assert.are.equal(hs.CONTENT_TOO_LARGE, hs.REQUEST_ENTITY_TOO_LARGE)
		assert.are.equal(hs.UNPROCESSABLE_CONTENT, hs.from_phrase("unprocessable entity"))
	end)

	it("has a constant for every status name, the status itself", function()
		for _, s in hs.statuses() do
			assert.is_true(rawequal(s, hs[s.name]), s.name)
		end
		assert.are.equal(404, hs.NOT_FOUND.code)
		assert.is_nil(hs.NO_SUCH_STATUS)
	end)
end)

describe("httpstatus lookups", function()
	it("find each status by code, numeric string, name (any case) and phrase (any case)", function()
		for _, s in hs.statuses() do
			assert.are.equal(s, hs.from_code(s.code))
			assert.are.equal(s, hs(s.code))
			assert.are.equal(s, hs.from_code(tostring(s.code)))
			assert.are.equal(s, hs.from_code(s))
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
			assert.are.equal(object_of(raw.status_from_name(t)), hs.from_name(t), ("%q"):format(t))
			assert.are.equal(object_of(raw.status_from_name_ci(t)), hs.from_name_ci(t), ("%q"):format(t))
			assert.are.equal(object_of(raw.status_from_phrase(t)), hs.from_phrase(t), ("%q"):format(t))
			local m = raw.method_from_name(t)
			assert.are.equal(m and hs.method_from_name(raw.method_name(m)), hs.method_from_name(t), ("%q"):format(t))
		end
	end)

	it("classifies and formats any integer as the C library does", function()
		for n = -1000, 1100 do
			local class = raw.class_name(raw.class_of(n))
			assert.are.equal(class ~= "" and class or nil, hs.class_of(n), n)
			assert.are.equal(raw.format_status_line(n), hs.format_status_line(n), n)
			assert.are.equal(object_of(raw.status_from_code(n)), hs.from_code(n), n)
		end
		assert.are.equal("success", hs.class_of(299))
		assert.are.equal("HTTP/1.1 299 ", hs.format_status_line(299))
		assert.are.equal("HTTP/1.1 418 I'm a Teapot", hs.format_status_line(hs.IM_A_TEAPOT))
		assert.are.equal("client_error", hs.class_of("404"))
	end)

	it("answers every lookup from Lua tables, without one call into the library", function()
		local real = package.loaded["httpstatus.raw"]
		local calls = 0
		local counting = setmetatable({}, { __index = function(_, k)
			local v = real[k]
			if type(v) ~= "function" then return v end
			return function(...) calls = calls + 1; return v(...) end
		end })
		package.loaded["httpstatus.raw"], package.loaded.httpstatus = counting, nil
		local fresh = require("httpstatus")
		package.loaded["httpstatus.raw"], package.loaded.httpstatus = real, hs
		assert.is_true(calls > 0)
		calls = 0
		for n = 0, 700 do fresh.from_code(n); fresh.class_of(n); fresh.format_status_line(n) end
		for _, name in ipairs({ "NOT_FOUND", "not_found", "Not_Found", "not found", "GET", "x" }) do
			fresh.from_name(name); fresh.from_name_ci(name); fresh.from_phrase(name); fresh.method_from_name(name)
		end
		for _, s in fresh.statuses() do
			for _, f in ipairs(real.status_fields) do local _ = s[f.field] end
			tostring(s)
		end
		fresh.version(); fresh.version_number(); fresh.registry_date()
		assert.are.equal(0, calls)
	end)
end)

describe("httpstatus generic mapping", function()
	-- Loads the module over a raw layer that has two accessors more than the library: they must
	-- appear as fields with no change to httpstatus.lua.
	it("turns every listed accessor into a field, a flag into a boolean", function()
		local real = package.loaded["httpstatus.raw"]
		local extra = {
			status_shout = function(h) return real.status_name(h):lower() end,
			status_is_teapot = function(h) return real.status_code(h) == 418 and 1 or 0 end,
			method_token_length = function(h) return #real.method_name(h) end,
			status_fields = {}, method_fields = {},
		}
		for _, f in ipairs(real.status_fields) do extra.status_fields[#extra.status_fields + 1] = f end
		for _, f in ipairs(real.method_fields) do extra.method_fields[#extra.method_fields + 1] = f end
		table.insert(extra.status_fields, { field = "shout", func = "status_shout", ret = "string", flag = false })
		table.insert(extra.status_fields, { field = "is_teapot", func = "status_is_teapot", ret = "int", flag = true })
		table.insert(extra.method_fields, { field = "token_length", func = "method_token_length", ret = "int", flag = false })
		package.loaded["httpstatus.raw"] = setmetatable({}, { __index = function(_, k)
			if extra[k] ~= nil then return extra[k] end
			return real[k]
		end })
		package.loaded.httpstatus = nil
		local ok, grown = pcall(require, "httpstatus")
		package.loaded["httpstatus.raw"], package.loaded.httpstatus = real, hs
		assert(ok, grown)
		assert.are.equal("not_found", grown.NOT_FOUND.shout)
		assert.is_true(grown.IM_A_TEAPOT.is_teapot)
		assert.is_false(grown.NOT_FOUND.is_teapot)
		assert.are.equal(3, grown.method_from_name("GET").token_length)
		assert.is_nil(hs.NOT_FOUND.shout)
	end)
end)

describe("httpstatus objects", function()
	it("are the same table for the same code, however they are found", function()
		local s = hs.from_code(404)
		assert.is_true(rawequal(s, hs.NOT_FOUND))
		assert.is_true(rawequal(s, hs.from_name("NOT_FOUND")))
		assert.is_true(rawequal(s, hs.from_name_ci("not_found")))
		assert.is_true(rawequal(s, hs.from_phrase("not found")))
		assert.is_true(rawequal(s, hs.from_code("404")))
		assert.is_true(rawequal(s, hs.from_code(404LL)))
		for _, m in hs.methods() do assert.is_true(rawequal(m, hs.method_from_name(m.name))) end
		assert.are_not.equal(hs.NOT_FOUND, hs.OK)
	end)

	it("are read-only: no field can be set, added or removed, and the metatable is protected", function()
		local s, m = hs.NOT_FOUND, hs.method_from_name("GET")
		local attempts = {
			function() s.code = 200 end, function() s.phrase = nil end, function() s.new_field = 1 end,
			function() s[1] = 1 end, function() m.is_safe = false end, function() m.name = "POST" end,
			function() hs.NOT_FOUND = hs.OK end, function() hs.from_code = print end,
			function() hs.alias_list()[1].text = "x" end,
		}
		for i, f in ipairs(attempts) do
			local ok, err = pcall(f)
			assert.is_false(ok, "attempt " .. i)
			assert.matches("read%-only", err)
		end
		assert.has_error(function() setmetatable(s, nil) end)
		assert.has_error(function() setmetatable(hs, nil) end)
		assert.are.equal("httpstatus.Status", getmetatable(s))
		assert.are.equal("httpstatus.Method", getmetatable(m))
		assert.are.equal(404, s.code)
		assert.are.equal("NOT_FOUND", s.name)
		assert.are.equal("GET", m.name)
		assert.are.equal(hs.NOT_FOUND, hs.from_code(404))
	end)

	it("turn into readable strings", function()
		assert.are.equal("404 Not Found", tostring(hs.NOT_FOUND))
		assert.are.equal("GET", tostring(hs.method_from_name("GET")))
		assert.are.equal("status: 404 Not Found", "status: " .. hs.NOT_FOUND)
		assert.are.equal("200 OK!", hs.OK .. "!")
		assert.are.equal("GET /", hs.method_from_name("GET") .. " /")
		assert.are.equal("404 Not Found / 200 OK", hs.NOT_FOUND .. " / " .. hs.OK)
		assert.has_error(function() return hs.OK .. {} end)
		assert.matches("^httpstatus %d+%.%d+%.%d+$", tostring(hs))
	end)

	it("order by code among themselves, and expose .code for comparing with numbers", function()
		assert.is_true(hs.OK < hs.NOT_FOUND)
		assert.is_true(hs.NOT_FOUND <= hs.NOT_FOUND)
		assert.is_false(hs.NOT_FOUND < hs.NOT_FOUND)
		assert.is_true(hs.INTERNAL_SERVER_ERROR > hs.NOT_FOUND)
		local list = hs.status_list()
		table.sort(list, function(a, b) return a > b end)
		assert.are.equal(hs.NETWORK_AUTHENTICATION_REQUIRED, list[1])
		table.sort(list)
		assert.are.same(hs.status_list(), list)
		assert.has_error(function() return hs.OK < 500 end)
		assert.has_error(function() return hs.OK < hs.method_from_name("GET") end)
		assert.is_false(hs.NOT_FOUND == 404)
		assert.is_true(hs.NOT_FOUND.code == 404)
	end)

	it("carry a field for every generated accessor, flags as booleans", function()
		for _, s in hs.statuses() do
			for _, f in ipairs(raw.status_fields) do
				local want = f.flag and "boolean" or (f.field == "class" or f.field == "state") and "string"
					or f.ret == "int" and "number" or "string"
				assert.are.equal(want, type(s[f.field]), f.field)
			end
		end
		assert.are.equal("temporary", hs.UPLOAD_RESUMPTION_SUPPORTED.state)
		assert.matches("^%d%d%d%d%-%d%d%-%d%d$", hs.UPLOAD_RESUMPTION_SUPPORTED.expires)
		assert.are.equal("", hs.NOT_FOUND.expires)
		assert.is_nil(hs.NOT_FOUND.no_such_field)
	end)

	it("copy into plain tables, and are told apart from other values", function()
		local t = hs.totable(hs.NOT_FOUND)
		assert.are.equal(404, t.code)
		assert.are.equal("Not Found", t.phrase)
		t.code = 1
		assert.are.equal(404, hs.NOT_FOUND.code)
		assert.are.equal(#raw.method_fields, (function() local n = 0
			for _ in pairs(hs.totable(hs.method_from_name("GET"))) do n = n + 1 end return n end)())
		assert.has_error(function() hs.totable({}) end)
		assert.is_true(hs.is_status(hs.OK))
		assert.is_false(hs.is_status(200))
		assert.is_false(hs.is_status(hs.method_from_name("GET")))
		assert.is_true(hs.is_method(hs.method_from_name("GET")))
		assert.is_false(hs.is_method({ name = "GET" }))
	end)

	it("report the library and registry versions", function()
		assert.are.equal(raw.version(), hs.version())
		assert.are.equal(raw.version_number(), hs.version_number())
		assert.are.equal(raw.registry_date(), hs.registry_date())
		assert.are.equal(raw.C, hs.C)
		assert.are.equal(raw, hs.raw)
	end)
end)
