-- The Lua binding's side of make fuzz-bindings: reads the queries of fuzz/bindings/fuzz.py on
-- standard input, one a line, and prints each answer in the line format of fuzz/bindings/README.md,
-- calling the binding as its users do (require "httpstatus"; the library is LIBHTTPSTATUS_PATH).
-- A line "." is answered with "." and flushes.
local ffi = require("ffi")
local hs = require("httpstatus")
local raw = hs.raw

local function unhex(h)
	return (h:gsub("..", function(x) return string.char(tonumber(x, 16)) end))
end

local FLOATS = { nan = 0 / 0, inf = math.huge, ["-inf"] = -math.huge }
local OTHER = { ["nil"] = { nil }, ["true"] = { true }, ["false"] = { false }, list = { {} },
	map = { { key = "value" } }, fn = { function() return 404 end } }

-- Every rule record, and the index of each (1.2).
local rules, rule_index = {}, {}
for _, r in hs.rules() do
	rules[#rules + 1] = r
	rule_index[r] = #rules - 1
end
local RULE_T = ffi.typeof("const httpstatus_rule *")

-- A record or a handle named "s:404" (registered), "u:499" (unofficial), "m:3" (method index) or
-- "x:7" (rule index).
local function record(spec, as_handle)
	local of, n = spec:match("^(%a):(%d+)$")
	n = tonumber(n)
	if as_handle then
		if of == "s" then return raw.httpstatus_status_from_code(n) end
		if of == "u" then return raw.httpstatus_unofficial_from_code(n) end
		if of == "x" then return raw.httpstatus_rule_at(n) end
		return raw.httpstatus_method_at(n)
	end
	if of == "s" then return hs.from_code(n) end
	if of == "u" then return hs.unofficial(n) end
	if of == "x" then return rules[n + 1] end
	return hs.method_from_name(raw.httpstatus_method_name(raw.httpstatus_method_at(n)))
end

local function value(field)
	local tag, rest = field:match("^(%a):(.*)$")
	if tag == "i" then return tonumber(rest) end
	if tag == "f" then return FLOATS[rest] or tonumber(rest) end
	if tag == "s" then return unhex(rest) end
	if tag == "h" then return record(rest, true) end
	if tag == "r" then return record(rest, false) end
	if tag == "b" then return ffi.new("char[?]", tonumber(rest)), tonumber(rest) end
	if field == "nt" then return 0xffffffffffffffffULL end -- HTTPSTATUS_NUL_TERMINATED, (size_t)-1
	return assert(OTHER[field], field)[1]
end

local function status_line(code, name, state, phrase)
	return ("status:%d:%s:%s:%s"):format(code, name, state, phrase)
end

-- The canonical line of what a call returned.
local function show(got, room)
	if got == nil then return "nil" end
	if hs.is_status(got) then return status_line(got.code, got.name, got.state, got.phrase) end
	if hs.is_method(got) then return "method:" .. got.name end
	if type(got) == "cdata" and ffi.istype(RULE_T, got) then
		for i = 0, raw.httpstatus_rule_count() - 1 do
			if raw.httpstatus_rule_at(i) == got then return "rule:" .. i end
		end
		return "error:a rule handle the library does not have"
	end
	if type(got) == "cdata" then
		local ok, code = pcall(raw.httpstatus_status_code, got)
		if not ok then return "method:" .. raw.httpstatus_method_name(got) end
		return status_line(code, raw.httpstatus_status_name(got),
			raw.httpstatus_state_name(raw.httpstatus_status_state(got)), raw.httpstatus_status_phrase(got))
	end
	return "value:" .. tostring(got)
end

local function failure(message)
	message = tostring(message)
	if message:find("out of range", 1, true) then return "range_error" end
	if message:find("^bad argument #%d+ to '[%w_]+' %(.+ expected, got .+%)$") then return "type_error" end
	return "error:" .. message:gsub("[\r\n]", " ")
end

local function answer(line)
	local fields = {}
	for f in line:gmatch("[^\t]+") do fields[#fields + 1] = f end
	local op = fields[1]
	if op == "cli" or op == "cli_method" then return "skip" end
	local args, n, buffer, room = {}, #fields - 1, nil, 0
	for i = 2, #fields do
		local v, size = value(fields[i])
		args[i - 1] = v
		if size then buffer, room = v, size end
	end
	local fn = op:match("^raw%.") and raw[op:sub(5)] or hs[op]
	local ok, got = pcall(fn, unpack(args, 1, n))
	if not ok then return failure(got) end
	if op == "check" and got ~= nil then
		local at = {}
		for i = 1, #got do at[i] = rule_index[got[i]] end
		return "rules:" .. table.concat(at, ",")
	end
	if op == "raw.httpstatus_format_status_line" then
		local k = 0
		while buffer ~= nil and k < room and buffer[k] ~= 0 do k = k + 1 end
		return ("value:%d:%s"):format(got, buffer ~= nil and ffi.string(buffer, k) or "")
	end
	return show(got)
end

local out = {}
for line in io.lines() do
	if line == "." then
		out[#out + 1] = "."
		io.write(table.concat(out, "\n"), "\n")
		io.flush()
		out = {}
	else
		out[#out + 1] = answer(line)
	end
end
if #out > 0 then io.write(table.concat(out, "\n"), "\n") end
