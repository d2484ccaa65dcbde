-- Test support: the rows of tests/hostile/inputs.tsv and the Lua value of each row's input, for
-- hostile_spec.lua and for the tamper matrix's child (support/tamper.lua), which calls these after
-- it has replaced a global: so everything here is read into locals when this file loads, and no
-- string is asked for a method.
local char, floor, gsub, huge, match, rep, sub = string.char, math.floor, string.gsub, math.huge, string.match,
	string.rep, string.sub
local lines, tonumber, assert, error = io.lines, tonumber, assert, error

local hostile = {}

local function utf8(cp)
	if cp < 0x80 then return char(cp) end
	if cp < 0x800 then return char(0xC0 + floor(cp / 64), 0x80 + cp % 64) end
	if cp < 0x10000 then
		return char(0xE0 + floor(cp / 4096), 0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
	end
	return char(0xF0 + floor(cp / 262144), 0x80 + floor(cp / 4096) % 64, 0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
end

local function unescape(text)
	local out = gsub(text, "\\(u?)(%b{})", function(u, hex)
		assert(u == "u", "unknown escape in " .. text)
		return utf8(tonumber(sub(hex, 2, -2), 16))
	end)
	return (gsub(out, "\\(.)", { ["0"] = "\0", t = "\t", ["\\"] = "\\" }))
end


-- The Lua value of a row's type and value (a record is one of the module HS, the second argument).
hostile.VALUE = {
	int = function(v) return assert(tonumber(v), v) end,
	float = function(v)
		if v == "nan" then return 0 / 0 end
		if v == "inf" then return huge end
		if v == "-inf" then return -huge end
		return assert(tonumber(v), v)
	end,
	string = unescape,
	long = function(v) return rep("A", assert(tonumber(v))) end,
	["nil"] = function() return nil end,
	["true"] = function() return true end,
	["false"] = function() return false end,
	list = function() return {} end,
	map = function() return { key = "value" } end,
	["function"] = function() return function() return 404 end end,
	-- a record of the module HS: status:CODE, unofficial:CODE or method:NAME
	record = function(v, hs)
		local kind, key = match(v, "^(%a+):(.+)$")
		if kind == "status" then return assert(hs.from_code(tonumber(key)), v) end
		if kind == "unofficial" then return assert(hs.unofficial(tonumber(key)), v) end
		if kind == "method" then return assert(hs.method_from_name(key), v) end
		error("unknown record " .. v)
	end,
}

-- The rows of the file under TOP_SRCDIR: { op, kind, value, answer, line }.
function hostile.rows(top_srcdir)
	local rows = {}
	for line in lines(top_srcdir .. "/tests/hostile/inputs.tsv") do
		if line ~= "" and sub(line, 1, 1) ~= "#" then
			local op, kind, value, answer = match(line, "^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
			if op == nil then error("not four tab-separated fields: " .. line) end
			rows[#rows + 1] = { op = op, kind = kind, value = value, answer = answer, line = line }
		end
	end
	return rows
end

-- The rule record of the raw rule handle H: the record of hs.rules() at the handle's index.
function hostile.rule_record(hs, h)
	local raw = hs.raw
	for i, r in hs.rules() do
		if raw.httpstatus_rule_at(i - 1) == h then return r end
	end
	error("no rule record for the handle")
end

-- The answer `list` to check(X) (the input X of a row, a code or a status record): the rule records
-- of what C's check gives for that code with nothing else known of the head (no method, HTTP/1.1,
-- no fields, content not known), in C's order.
function hostile.check_list(hs, x)
	local raw, code = hs.raw, x
	if hs.is_status(x) then code = x.code end
	local list = {}
	for i = 0, raw.httpstatus_check_count(code, "", 0, 11, "", 0, -1) - 1 do
		list[#list + 1] = hostile.rule_record(hs, raw.httpstatus_check_at(code, "", 0, 11, "", 0, -1, i))
	end
	return list
end

-- The function a row's operation names: the contract's names, and raw.NAME for raw.NAME.
function hostile.operation(hs, name)
	local c_name = match(name, "^raw%.(.+)$")
	if c_name then return hs.raw[c_name], true end
	return hs[name], false
end

return hostile
