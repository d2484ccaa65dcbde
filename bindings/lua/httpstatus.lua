-- httpstatus: the IANA HTTP status code and method registries for LuaJIT, over libhttpstatus.
--
-- At load time every record is read from the C library once (through the checked layer
-- httpstatus.raw) into immutable Lua tables; every lookup afterwards is a Lua table read and never
-- crosses the FFI.  The fields of Status and Method objects come from the accessor lists of
-- httpstatus.raw, made from the generated table httpstatus.api, so an accessor added to the C library
-- appears here with no edit.  See README.md and doc/guide-lua.md for the whole API and the answer to
-- every kind of bad input.
local ffi = require("ffi")
local raw = require("httpstatus.raw")

local type, error, tostring, setmetatable = type, error, tostring, setmetatable
local cdata_integer = raw.cdata_integer

local M = {}

-- ---- Immutable objects ------------------------------------------------------------------------

local display = {}   -- object -> its text for tostring and ..
local kind_of = {}   -- object -> "Status" | "Method" | "Alias"
local code_of = {}   -- Status -> code, for < and <=
local data_of = {}   -- object -> its fields

local function refuse_write(obj, key)
	error(("httpstatus: %s objects are read-only (cannot set field %s)")
		:format(kind_of[obj] or "httpstatus", type(key) == "string" and key or "<" .. type(key) .. ">"), 2)
end

local function show(obj)
	return display[obj]
end

local function concat(a, b)
	local function text(v)
		local t = type(v)
		if t == "string" or t == "number" then return v end
		if display[v] ~= nil then return display[v] end
		error("httpstatus: attempt to concatenate a " .. t .. " value", 3)
	end
	return text(a) .. text(b)
end

-- Lua calls these only when both operands are Status objects (a number and a table never compare).
local function less(a, b) return code_of[a] < code_of[b] end
local function less_equal(a, b) return code_of[a] <= code_of[b] end

-- A read-only view of DATA: an empty table whose fields are read through __index and whose every
-- assignment raises an error; its own metatable, protected, with EXTRA metamethods.
local function freeze(kind, data, text, extra)
	local obj = {}
	local mt = { __index = data, __newindex = refuse_write, __tostring = show, __concat = concat,
		__metatable = "httpstatus." .. kind }
	for k, v in pairs(extra or {}) do mt[k] = v end
	kind_of[obj], display[obj], data_of[obj] = kind, text, data
	return setmetatable(obj, mt), data
end

-- How to read each generated accessor as a Lua value, decided once per field.  Generic rules:
--   a flag (is_*/may_*) reads as a boolean;
--   an int field F for which the library has a function F_name(int) -> string reads as that
--   string (class -> class_name: "client_error", state -> state_name: "registered");
--   anything else as the wrapper returns it (number or string).
local function readers(fields)
	local list = {}
	for _, field in ipairs(fields) do
		local get, namer = raw[field.func], raw.signatures[field.field .. "_name"]
		local read = get
		if field.flag then
			read = function(h) return get(h) ~= 0 end
		elseif field.ret == "int" and namer and namer.ret == "string" and #namer.params == 1
			and namer.params[1] == "int" then
			local name_of = raw[field.field .. "_name"]
			read = function(h) return name_of(get(h)) end
		end
		list[#list + 1] = { field.field, read }
	end
	return list
end

local function record(list, h)
	local data = {}
	for i = 1, #list do data[list[i][1]] = list[i][2](h) end
	return data
end

-- ---- Reading the registry from the library (once) -------------------------------------------

local statuses, methods, aliases = {}, {}, {}
local by_code = {}         -- 404, "404" and the Status itself -> Status
local by_name = {}         -- exact names, old names included -> Status
local by_name_ci = {}      -- lower-case names -> Status
local by_phrase = {}       -- exact phrases, old ones included -> Status
local by_phrase_ci = {}    -- lower-case phrases -> Status
local by_method = {}       -- method token -> Method
local class_by_int = {}    -- 100..599, "100".."599" and every Status -> class name
local line_by_int = {}     -- 100..599, "100".."599" and every Status -> "HTTP/1.1 404 Not Found"
local longest_name, longest_phrase = 0, 0
local status_of_handle = {}  -- handle address -> Status

local function address(h)
	return tonumber(ffi.cast("uintptr_t", h))
end

local function index_name(s, name)
	by_name[name], by_name_ci[name:lower()] = s, s
	if #name > longest_name then longest_name = #name end
end

local function index_phrase(s, phrase)
	by_phrase[phrase], by_phrase_ci[phrase:lower()] = s, s
	if #phrase > longest_phrase then longest_phrase = #phrase end
end

local status_readers, method_readers = readers(raw.status_fields), readers(raw.method_fields)
for i = 0, raw.status_count() - 1 do
	local h = raw.status_at(i)
	local data = record(status_readers, h)
	local s = freeze("Status", data, data.code .. " " .. data.phrase, { __lt = less, __le = less_equal })
	statuses[#statuses + 1] = s
	status_of_handle[address(h)] = s
	code_of[s] = data.code
	by_code[data.code], by_code[tostring(data.code)], by_code[s] = s, s, s
	index_name(s, data.name)
	index_phrase(s, data.phrase)
	M[data.name] = s
end

local ALIAS_KINDS = {}  -- enum httpstatus_alias_kind: value -> "name" | "phrase"
for member, value in pairs(raw.enums.alias_kind) do
	if value ~= 0 then ALIAS_KINDS[value] = member:lower() end
end
for i = 0, raw.alias_count() - 1 do
	local text, kind = raw.alias_text(i), ALIAS_KINDS[raw.alias_kind(i)]
	local s = status_of_handle[address(raw.alias_status(i))]
	if kind == nil or s == nil then
		error(("httpstatus: alias %d (%q) has an unknown kind or status"):format(i, text))
	end
	if kind == "name" then
		index_name(s, text)
		M[text] = s
	else
		index_phrase(s, text)
	end
	aliases[#aliases + 1] = freeze("Alias", { text = text, kind = kind, status = s }, text)
end

for i = 0, raw.method_count() - 1 do
	local data = record(method_readers, raw.method_at(i))
	local m = freeze("Method", data, data.name)
	methods[#methods + 1] = m
	by_method[data.name] = m
end

local class_names = {}  -- enum httpstatus_class -> name, read once per class
for code = 100, 599 do
	local c = raw.class_of(code)
	if class_names[c] == nil then
		local name = raw.class_name(c)
		class_names[c] = name ~= "" and name or false
	end
	local class, line, text = class_names[c] or nil, raw.format_status_line(code), tostring(code)
	class_by_int[code], class_by_int[text] = class, class
	line_by_int[code], line_by_int[text] = line, line
end
for _, s in ipairs(statuses) do
	class_by_int[s], line_by_int[s] = class_by_int[s.code], line_by_int[s.code]
end

-- ---- Lookups: one table read on the hot path ----------------------------------------------------

-- Called when a code-keyed table has no entry for X: nil for anything that is simply not found,
-- a second look for an integer cdata, error() for a value of the wrong type.
local function code_miss(tbl, x, fname)
	local t = type(x)
	if t == "number" or t == "string" or t == "nil" then return nil end
	if t == "cdata" then
		local n = cdata_integer(x)
		if n ~= nil then return tbl[n] end
	end
	error(("httpstatus.%s: expected an integer code, a numeric string, a Status or nil, got %s")
		:format(fname, t), 3)
end

local function text_miss(x, fname)
	if type(x) == "string" or x == nil then return nil end
	error(("httpstatus.%s: expected a string or nil, got %s"):format(fname, type(x)), 3)
end

function M.from_code(x)
	local s = by_code[x]
	if s ~= nil then return s end
	return code_miss(by_code, x, "from_code")
end

function M.class_of(x)
	local c = class_by_int[x]
	if c ~= nil then return c end
	return code_miss(class_by_int, x, "class_of")
end

function M.format_status_line(x)
	local line = line_by_int[x]
	if line ~= nil then return line end
	return code_miss(line_by_int, x, "format_status_line")
end

function M.from_name(x)
	local s = by_name[x]
	if s ~= nil then return s end
	return text_miss(x, "from_name")
end

-- string.lower in LuaJIT 2.1 folds ASCII only, like the C library, whatever the C locale.
function M.from_name_ci(x)
	local s = by_name_ci[x] or by_name[x]
	if s ~= nil then return s end
	if type(x) == "string" and #x <= longest_name then return by_name_ci[x:lower()] end
	return text_miss(x, "from_name_ci")
end

function M.from_phrase(x)
	local s = by_phrase[x] or by_phrase_ci[x]
	if s ~= nil then return s end
	if type(x) == "string" and #x <= longest_phrase then return by_phrase_ci[x:lower()] end
	return text_miss(x, "from_phrase")
end

function M.method_from_name(x)
	local m = by_method[x]
	if m ~= nil then return m end
	return text_miss(x, "method_from_name")
end

function M.is_status(x) return kind_of[x] == "Status" end
function M.is_method(x) return kind_of[x] == "Method" end

-- A plain, mutable copy of an object's fields (for JSON encoders, printing, ...).
function M.totable(obj)
	if kind_of[obj] == nil then
		error("httpstatus.totable: expected a Status, Method or alias object, got " .. type(obj), 2)
	end
	local copy = {}
	for k, v in pairs(data_of[obj]) do copy[k] = v end
	return copy
end

-- ---- Iteration, in the C library's order --------------------------------------------------------

local function iterator(list)
	local function step(_, i)
		i = i + 1
		local v = list[i]
		if v ~= nil then return i, v end
	end
	return function() return step, nil, 0 end
end

local function copier(list)
	return function()
		local copy = {}
		for i = 1, #list do copy[i] = list[i] end
		return copy
	end
end

M.statuses, M.status_list = iterator(statuses), copier(statuses)
M.methods, M.method_list = iterator(methods), copier(methods)
M.aliases, M.alias_list = iterator(aliases), copier(aliases)

-- ---- Every other function of the library without arguments, as a cached value -------------------
-- (version, version_number, registry_date, status_count, ...: a new one appears by itself.)
for _, name in ipairs(raw.functions) do
	local sig = raw.signatures[name]
	if M[name] == nil and #sig.params == 0 and sig.ret ~= "status" and sig.ret ~= "method" then
		local value = raw[name]()
		M[name] = function() return value end
	end
end

M.raw = raw
M.C = raw.C

-- ---- The module itself is read-only too ----------------------------------------------------------

return setmetatable({}, {
	__index = M,
	__newindex = function(_, key)
		error(("httpstatus: the module is read-only (cannot set %s)")
			:format(type(key) == "string" and key or "<" .. type(key) .. ">"), 2)
	end,
	__call = function(_, x)
		local s = by_code[x]
		if s ~= nil then return s end
		return code_miss(by_code, x, "from_code")
	end,
	__tostring = function() return "httpstatus " .. M.version() end,
	__metatable = "httpstatus",
})
