-- The tamper matrix's child (tamper_spec.lua runs it in a fresh LuaJIT for each case):
--     luajit tamper.lua ENTRY MODE
-- loads the binding, replaces the intrinsic ENTRY (a global, "string.format", "ffi.cast": an entry
-- of support/liars.lua) with a liar, then prints every answer the binding gives: the first uses of
-- its parts, every row of tests/hostile/inputs.tsv, the conformance of every lookup of every record,
-- the response rules (every rule, each status's, heads checked) and the raw layer's refusals.  MODE is how the liar lies: forged (it hands back the forged value of
-- liars.lua), throw (it raises an error), other (it calls the real one and hands back another
-- answer: a number plus one, a string with an "x" more, the other boolean, a new table); none
-- replaces nothing (the answers every case must give).  Everything this file calls is read into
-- locals before the liar is put in place, and no string is asked for a method.
local type, tostring, pcall, error, select, unpack, next, setmetatable, getmetatable, newproxy, ipairs, rawget =
	type, tostring, pcall, error, select, unpack, next, setmetatable, getmetatable, newproxy, ipairs, rawget
local format, match, lower, upper, concat, sort, write = string.format, string.match, string.lower, string.upper,
	table.concat, table.sort, io.write
local getenv, G = os.getenv, _G
local ffi = require("ffi")
local cast, new, istype, fstring, typeof = ffi.cast, ffi.new, ffi.istype, ffi.string, ffi.typeof

local top = getenv("top_srcdir")
local hostile = dofile(top .. "/bindings/lua/spec/support/hostile.lua")
local LIARS = dofile(top .. "/bindings/lua/spec/support/liars.lua")
local rows = hostile.rows(top)
local entry, mode = arg[1], arg[2]
local INTEGER_T = typeof("uint64_t")
local ADDRESS_8 = cast("char *", 8)

local function pack(...) return { n = select("#", ...), ... } end

local hs = require("httpstatus")
local STATUS_T, METHOD_T = typeof("const httpstatus_status *"), typeof("const httpstatus_method *")
local RULE_T = typeof("const httpstatus_rule *")

-- ---- The liar -------------------------------------------------------------------------------------

local function other(v)
	local t = type(v)
	if t == "number" then return v + 1 end
	if t == "string" then return v .. "x" end
	if t == "boolean" then return not v end
	if t == "nil" then return 0 end
	if t == "table" then return {} end
	if t == "function" then return function() end end
	if t == "cdata" then return istype(INTEGER_T, v) and v + 1 or ADDRESS_8 end
	return newproxy()
end

if mode ~= "none" then
	local lib, key = match(entry, "^([%w_]+)%.([%w_]+)$")
	local container = G
	if lib == "ffi" then container = ffi elseif lib ~= nil then container = G[lib] else key = entry end
	local original, forged = container[key], LIARS[entry]
	if forged == false then forged = nil end
	local liar
	if type(original) == "function" then
		if mode == "forged" then
			liar = function() return forged end
		elseif mode == "throw" then
			liar = function() error("a liar threw", 0) end
		else
			liar = function(...)
				local r = pack(original(...))
				r[1] = other(r[1])
				return unpack(r, 1, r.n)
			end
		end
	elseif mode == "forged" then
		liar = forged
	elseif mode == "throw" then
		liar = setmetatable({}, { __index = function() error("a liar threw", 0) end,
			__call = function() error("a liar threw", 0) end })
	else
		liar = other(original)
	end
	container[key] = liar
end

-- ---- What the binding answers ---------------------------------------------------------------------

local out = {}
local function say(...) out[#out + 1] = concat({ ... }, " ") end

local describe
-- A plain table (what totable gives): its keys in order, each with its value described.
local function describe_table(v)
	local keys, words = {}, {}
	for k in next, v do keys[#keys + 1] = k end
	sort(keys, function(a, b)
		if type(a) == type(b) then return a < b end
		return type(a) < type(b)
	end)
	for _, k in ipairs(keys) do words[#words + 1] = describe(k) .. "=" .. describe(v[k]) end
	return "{" .. concat(words, ", ") .. "}"
end

describe = function(v)
	local t = type(v)
	if t == "nil" or t == "boolean" then return tostring(v) end
	if t == "number" then return format("%.17g", v) end
	if t == "string" then return format("%q", v) end
	if t == "table" then return describe_table(v) end
	if t == "userdata" then
		if hs.is_status(v) then return "Status " .. tostring(v) end
		if hs.is_method(v) then return "Method " .. tostring(v) end
		local kind = getmetatable(v)
		if kind == "httpstatus.Rule" then return "Rule " .. tostring(v) end
		if kind == "httpstatus.list" then return "list " .. describe_table(hs.totable(v)) end
		return "userdata " .. tostring(v)
	end
	if t == "cdata" then
		if istype(STATUS_T, v) then return "status handle " .. hs.raw.httpstatus_status_code(v) end
		if istype(METHOD_T, v) then return "method handle " .. hs.raw.httpstatus_method_name(v) end
		if istype(RULE_T, v) then return "rule handle " .. hs.raw.httpstatus_rule_locator(v) end
	end
	return t
end

-- F(...): its answers, or the error it raised.
local function try(label, f, ...)
	local r = pack(pcall(f, ...))
	if not r[1] then return say(label, "error", tostring(r[2])) end
	local words = {}
	for i = 2, r.n do words[#words + 1] = describe(r[i]) end
	say(label, concat(words, ", "))
end

local function fields(label, r)
	local t, keys = hs.totable(r), {}
	for k in next, t do keys[#keys + 1] = k end
	sort(keys)
	for _, k in ipairs(keys) do say(label, k, describe(t[k])) end
end

local function same(label, a, b) say(label, a == b and "same" or "different") end

-- The first use of each part, under the liar.
try("Method.GET", function() return hs.Method.GET end)
try("Status.OK", function() return hs.Status.OK end)
try("NOT_FOUND", function() return hs.NOT_FOUND end)
try("from_name", hs.from_name, "NOT_FOUND")
try("raw", function() return hs.raw.SONAME end)

for _, row in ipairs(rows) do
	local f = hostile.operation(hs, row.op)
	try(row.line, f, (hostile.VALUE[row.kind](row.value, hs)))
end

for _, s in ipairs(hs.status_list()) do
	local code, name, phrase = s.code, s.name, s.phrase
	fields(name, s)
	same(name .. " from_code", hs.from_code(code), s)
	try(name .. " class_of", hs.class_of, code)
	try(name .. " format_status_line", hs.format_status_line, code)
	same(name .. " from_name", hs.from_name(name), s)
	same(name .. " from_name_ci", hs.from_name_ci(lower(name)), s)
	same(name .. " from_phrase", hs.from_phrase(upper(phrase)), s)
	same(name .. " lookup", hs.lookup(code), hs.lookup(name))
	same(name .. " lookup phrase", hs.lookup(phrase), s)
	same(name .. " lookup record", hs.lookup(s), s)
	same(name .. " Status", hs.Status[name], s)
	same(name .. " constant", hs[name], code)
	same(name .. " HTTPStatus", hs.HTTPStatus[name], code)
end
for _, m in ipairs(hs.method_list()) do
	fields(m.name, m)
	same(m.name .. " method_from_name", hs.method_from_name(m.name), m)
	same(m.name .. " Method", hs.Method[m.name], m)
	same(m.name .. " HTTPMethod", hs.HTTPMethod[m.name], m.name)
	same(m.name .. " lookup", hs.lookup(m), m)
end
for i, a in ipairs(hs.alias_list()) do
	fields("alias " .. i, a)
	try("alias lookup " .. i, hs.lookup, a.text)
end
for _, u in hs.unofficial_statuses() do
	fields("unofficial " .. u.code, u)
	same(u.code .. " unofficial", hs.unofficial(u.code), u)
end
for _, code in ipairs({ -1, 0, 99, 100, 199, 200, 299, 300, 399, 400, 404, 418, 499, 500, 599, 600, 1000 }) do
	try("class_of " .. code, hs.class_of, code)
	try("format_status_line " .. code, hs.format_status_line, code)
end
-- The response rules (1.2): every rule's fields, a status's rules, and heads checked.
for i, r in hs.rules() do
	fields("rule " .. i, r)
	try("rule " .. i .. " versions", function() return #r.versions, r.versions[1], r.versions[#r.versions] end)
end
for _, s in ipairs(hs.status_list()) do
	try(s.name .. " rules", function() return s.rules end)
end
local HEADS = {
	{}, { method = "HEAD", content = true }, { method = "CONNECT", version = "2", fields = { "Connection" } },
	{ version = "1.0", fields = { "Transfer-Encoding", "Date" }, content = false },
	{ version = "3", fields = { date = "x", allow = "GET" } }, { method = "GE T" }, { version = "1.2" },
	{ fields = { "Allow", 1 } }, { content = "yes" },
}
for _, code in ipairs({ 100, 101, 200, 204, 206, 301, 304, 401, 405, 416, 499, 503, 599 }) do
	for i, head in ipairs(HEADS) do try("check " .. code .. " head " .. i, hs.check, code, head) end
end
try("check record", hs.check, hs.unofficial(499))
try("check string", hs.check, "405")

try("version", hs.version)
try("registry_date", hs.registry_date)
try("tostring", tostring, hs)

-- The raw layer: the library's own handles answer; anything else is refused, never dereferenced.
local raw = hs.raw
for i = 0, raw.httpstatus_status_count() - 1 do
	local h = raw.httpstatus_status_at(i)
	try("raw " .. i, function() return raw.httpstatus_status_code(h), raw.httpstatus_status_phrase(h) end)
end
local buf = new("char[64]")
try("raw line", function() return raw.httpstatus_format_status_line(404, buf, 64), fstring(buf) end)
try("raw char * 8", raw.httpstatus_format_status_line, 404, ADDRESS_8, 64)
try("raw char (&)[64] at 8", raw.httpstatus_format_status_line, 404, cast("char (&)[64]", ADDRESS_8), 64)
try("raw small buffer", raw.httpstatus_format_status_line, 404, new("char[1]"), 64)
try("raw handle 8", raw.httpstatus_status_code, cast("const httpstatus_status *", 8))
try("raw method handle 8", raw.httpstatus_method_name, cast("const httpstatus_method *", 8))
try("raw shifted", raw.httpstatus_status_code, cast("const httpstatus_status *",
	cast("const char *", raw.httpstatus_status_at(0)) + 8))
for i = 0, raw.httpstatus_rule_count() - 1 do
	local h = raw.httpstatus_rule_at(i)
	try("raw rule " .. i, function() return raw.httpstatus_rule_field(h), raw.httpstatus_rule_versions(h) end)
end
try("raw rule handle 8", raw.httpstatus_rule_quote, cast("const httpstatus_rule *", 8))
try("raw rule shifted", raw.httpstatus_rule_quote, cast("const httpstatus_rule *",
	cast("const char *", raw.httpstatus_rule_at(0)) + 8))
try("raw status as rule", raw.httpstatus_rule_quote, raw.httpstatus_status_at(0))
try("raw rule as status", raw.httpstatus_status_code, raw.httpstatus_rule_at(0))
try("raw check", raw.httpstatus_check_at, 405, "GET", 3, 11, "Date", 4, 1, 0)

say("done")
write(concat(out, "\n"), "\n")
