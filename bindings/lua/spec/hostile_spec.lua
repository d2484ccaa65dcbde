-- Hostile input: every row is one value with the answer each lookup must give.  None may give a
-- wrong record, none may crash the process; a wrong type is an error() with a clear message.
local ffi = require("ffi")
local hs = require("httpstatus")
local raw = require("httpstatus.raw")

local ERR = setmetatable({}, { __tostring = function() return "error()" end })

local MB = ("N"):rep(1024 * 1024)
local tricky_tostring = setmetatable({}, { __tostring = function() return "404" end })
local tricky_index = setmetatable({}, { __index = function() return 404 end })
local tricky_eq = setmetatable({ code = 404 }, { __eq = function() return true end, __len = function() return 404 end })
local userdata = newproxy(true)
getmetatable(userdata).__tostring = function() return "404" end

local CLIENT, LINE404 = "client_error", "HTTP/1.1 404 Not Found"

-- code: what from_code (and httpstatus(x)) returns, as a code; class: class_of; line:
-- format_status_line; text: from_name, from_name_ci, from_phrase and method_from_name, either one
-- answer for all four or a table { name, name_ci, phrase, method } (a number is a status code, a
-- string a method name).
local rows = {
	{ "404", 404, code = 404, class = CLIENT, line = LINE404, text = ERR },
	{ "404.0 (the same number)", 404.0, code = 404, class = CLIENT, line = LINE404, text = ERR },
	{ "404.5", 404.5, code = nil, class = nil, line = nil, text = ERR },
	{ "404 + 2^-40", 404 + 2 ^ -40, code = nil, class = nil, line = nil, text = ERR },
	{ "-0", -0.0, code = nil, class = nil, line = nil, text = ERR },
	{ "0", 0, code = nil, class = nil, line = nil, text = ERR },
	{ "-404", -404, code = nil, class = nil, line = nil, text = ERR },
	{ "65940 (404 + 2^16)", 65940, code = nil, class = nil, line = nil, text = ERR },
	{ "2^31 + 404", 2 ^ 31 + 404, code = nil, class = nil, line = nil, text = ERR },
	{ "2^32 + 404", 2 ^ 32 + 404, code = nil, class = nil, line = nil, text = ERR },
	{ "-2^32 + 404", -2 ^ 32 + 404, code = nil, class = nil, line = nil, text = ERR },
	{ "2^53 + 404", 2 ^ 53 + 404, code = nil, class = nil, line = nil, text = ERR },
	{ "2^64 + 404", 2 ^ 64 + 404, code = nil, class = nil, line = nil, text = ERR },
	{ "1e308", 1e308, code = nil, class = nil, line = nil, text = ERR },
	{ "+inf", math.huge, code = nil, class = nil, line = nil, text = ERR },
	{ "-inf", -math.huge, code = nil, class = nil, line = nil, text = ERR },
	{ "NaN", 0 / 0, code = nil, class = nil, line = nil, text = ERR },
	{ "299 (unregistered, in range)", 299, code = nil, class = "success", line = "HTTP/1.1 299 ", text = ERR },
	{ "99", 99, code = nil, class = nil, line = nil, text = ERR },
	{ "600", 600, code = nil, class = nil, line = nil, text = ERR },
	{ '"404"', "404", code = 404, class = CLIENT, line = LINE404, text = nil },
	{ '"299"', "299", code = nil, class = "success", line = "HTTP/1.1 299 ", text = nil },
	{ '"404.0"', "404.0", code = nil, class = nil, line = nil, text = nil },
	{ '" 404"', " 404", code = nil, class = nil, line = nil, text = nil },
	{ '"404 "', "404 ", code = nil, class = nil, line = nil, text = nil },
	{ '"0404"', "0404", code = nil, class = nil, line = nil, text = nil },
	{ '"+404"', "+404", code = nil, class = nil, line = nil, text = nil },
	{ '"0x194"', "0x194", code = nil, class = nil, line = nil, text = nil },
	{ '"4.04e2"', "4.04e2", code = nil, class = nil, line = nil, text = nil },
	{ '"404\\0"', "404\0", code = nil, class = nil, line = nil, text = nil },
	{ '""', "", code = nil, class = nil, line = nil, text = nil },
	{ "a 1 MB string", MB, code = nil, class = nil, line = nil, text = nil },
	{ '"NOT_FOUND"', "NOT_FOUND", code = nil, class = nil, line = nil, text = { 404, 404, nil, nil } },
	{ '"not_found"', "not_found", code = nil, class = nil, line = nil, text = { nil, 404, nil, nil } },
	{ '"nOt_FoUnD"', "nOt_FoUnD", code = nil, class = nil, line = nil, text = { nil, 404, nil, nil } },
	{ '"not found"', "not found", code = nil, class = nil, line = nil, text = { nil, nil, 404, nil } },
	{ '"NOT_FOUND\\0"', "NOT_FOUND\0", code = nil, class = nil, line = nil, text = nil },
	{ '"NOT\\0FOUND"', "NOT\0FOUND", code = nil, class = nil, line = nil, text = nil },
	{ '"Not Found\\0garbage"', "Not Found\0garbage", code = nil, class = nil, line = nil, text = nil },
	{ '"NOT_FOUND" + 1 MB', "NOT_FOUND" .. MB, code = nil, class = nil, line = nil, text = nil },
	{ "invalid UTF-8 \\xff\\xfe", "\xff\xfe", code = nil, class = nil, line = nil, text = nil },
	{ "NOT_FOUND\\xC0 (overlong UTF-8 tail)", "NOT_FOUND\xC0", code = nil, class = nil, line = nil, text = nil },
	{ "Latin-1 \\xC4 (upper-case A-umlaut)", "\xC4", code = nil, class = nil, line = nil, text = nil },
	{ '"GET"', "GET", code = nil, class = nil, line = nil, text = { nil, nil, nil, "GET" } },
	{ '"get"', "get", code = nil, class = nil, line = nil, text = nil },
	{ '"GET "', "GET ", code = nil, class = nil, line = nil, text = nil },
	{ "nil", nil, code = nil, class = nil, line = nil, text = nil },
	{ "true", true, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "false", false, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "{}", {}, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "{ 404 }", { 404 }, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "table with __tostring -> 404", tricky_tostring, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "table with __index -> 404", tricky_index, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "table with code = 404 and __eq", tricky_eq, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "a function", print, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "a coroutine", coroutine.create(print), code = ERR, class = ERR, line = ERR, text = ERR },
	{ "userdata with __tostring", userdata, code = ERR, class = ERR, line = ERR, text = ERR },
	{ "404LL", 404LL, code = 404, class = CLIENT, line = LINE404, text = ERR },
	{ "404ULL", 404ULL, code = 404, class = CLIENT, line = LINE404, text = ERR },
	{ "int16_t 404", ffi.new("int16_t", 404), code = 404, class = CLIENT, line = LINE404, text = ERR },
	{ "-404LL", -404LL, code = nil, class = nil, line = nil, text = ERR },
	{ "65940ULL", 65940ULL, code = nil, class = nil, line = nil, text = ERR },
	{ "(2^32 + 404)LL", 4294967700LL, code = nil, class = nil, line = nil, text = ERR },
	{ "(2^64 - 1)ULL", 18446744073709551615ULL, code = nil, class = nil, line = nil, text = ERR },
	{ "-2^63 LL", -9223372036854775807LL - 1, code = nil, class = nil, line = nil, text = ERR },
	{ "double cdata 404", ffi.new("double", 404), code = ERR, class = ERR, line = ERR, text = ERR },
	{ "bool cdata", ffi.new("bool", true), code = ERR, class = ERR, line = ERR, text = ERR },
	{ "void * 404", ffi.cast("void *", 404), code = ERR, class = ERR, line = ERR, text = ERR },
	{ "const char * \"404\"", ffi.cast("const char *", "404"), code = ERR, class = ERR, line = ERR, text = ERR },
	{ "a status handle", raw.status_at(0), code = ERR, class = ERR, line = ERR, text = ERR },
	{ "the Status NOT_FOUND", hs.NOT_FOUND, code = 404, class = CLIENT, line = LINE404, text = ERR },
	{ "the Method GET", hs.method_from_name("GET"), code = ERR, class = ERR, line = ERR, text = ERR },
}

local TEXT = { "from_name", "from_name_ci", "from_phrase", "method_from_name" }

local function describe_value(v)
	if v == ERR then return "error()" end
	return tostring(v)
end

-- Checks one call against its expected answer; WANT_OF turns a number into the object it names.
local function check(fname, f, input, want, label)
	local ok, got = pcall(f, input)
	if want == ERR then
		assert(not ok, ("%s(%s) should raise an error, gave %s"):format(fname, label, tostring(got)))
		assert.matches("httpstatus%.[%w_]+: expected ", got)
		return
	end
	assert(ok, ("%s(%s) raised: %s"):format(fname, label, tostring(got)))
	if type(want) == "number" then want = hs.from_code(want) end
	if fname == "method_from_name" and type(want) == "string" then want = hs.method_from_name(want) end
	assert(rawequal(got, want), ("%s(%s) gave %s, expected %s"):format(fname, label, tostring(got), describe_value(want)))
end

describe("httpstatus with hostile input", function()
	it("has a table of at least 30 hostile inputs", function()
		assert.is_true(#rows >= 30)
	end)

	for _, row in ipairs(rows) do
		local label, input = row[1], row[2]
		it("answers " .. label .. " as documented", function()
			check("from_code", hs.from_code, input, row.code, label)
			check("httpstatus", hs, input, row.code, label)
			check("class_of", hs.class_of, input, row.class, label)
			check("format_status_line", hs.format_status_line, input, row.line, label)
			for i, fname in ipairs(TEXT) do
				local want = row.text
				if type(want) == "table" and want ~= ERR then want = want[i] end
				check(fname, hs[fname], input, want, label)
			end
			-- Text the C library sees as well: its answer and ours agree.
			if type(input) == "string" then
				local function same(h, obj) return (h == nil and obj == nil) or (obj ~= nil and h ~= nil) end
				assert.is_true(same(raw.status_from_name(input), hs.from_name(input)))
				assert.is_true(same(raw.status_from_name_ci(input), hs.from_name_ci(input)))
				assert.is_true(same(raw.status_from_phrase(input), hs.from_phrase(input)))
				assert.is_true(same(raw.method_from_name(input), hs.method_from_name(input)))
			end
		end)
	end

	it("errs with a message naming the function, the expectation and the type given", function()
		local ok, err = pcall(hs.from_code, true)
		assert.is_false(ok)
		assert.matches("httpstatus.from_code: expected an integer code, a numeric string, a Status or nil, got boolean",
			err, 1, true)
		ok, err = pcall(hs.from_name, 404)
		assert.is_false(ok)
		assert.matches("httpstatus.from_name: expected a string or nil, got number", err, 1, true)
	end)

	it("still works after all of that", function()
		assert.are.equal(404, hs.from_code(404).code)
		assert.are.equal("NOT_FOUND", hs.from_name_ci("not_found").name)
		assert.are.equal(raw.status_count(), hs.status_count())
	end)
end)
