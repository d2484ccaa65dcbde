-- httpstatus: the IANA HTTP status code and method registries for LuaJIT and OpenResty, over
-- libhttpstatus.  doc/bindings.md is the contract this module follows; doc/guide-lua.md shows it.
--
-- Loading checks the library (httpstatus.library) and defines from_code; every other function is
-- in httpstatus/more.lua, run on the first use of any (what LuaJIT parses at require is what the
-- first from_code needs).  Every record is read from the library once, on first need
-- (httpstatus/names.lua reads names, aliases and methods), into immutable records, and the class
-- and status line of a code are asked of C once and kept.  After that a lookup is one Lua
-- table read and never crosses the FFI.  Constants are plain values:
-- hs.NOT_FOUND and hs.HTTPStatus.NOT_FOUND are the number 404, hs.HTTPMethod.GET the string "GET";
-- the records are hs.Status.NOT_FOUND and hs.Method.GET.  Records, namespaces and the module are
-- userdata proxies, so no caller (rawset included) can change what another sees.
local ok_ffi, ffi = pcall(require, "ffi")
if not ok_ffi or type(ffi) ~= "table" or type(ffi.load) ~= "function" then
	error("httpstatus: this module needs LuaJIT's ffi (LuaJIT 2.1 or OpenResty), which " .. _VERSION
		.. " does not have", 0)
end
local library = require("httpstatus.library") -- loads and checks the library
local api = require("httpstatus.api")
local C = library.C

-- The language's functions as they were when httpstatus.library loaded (never a global read later).
local I = library.intrinsics()
local type, error, tonumber, next, format = I.type, I.error, I.tonumber, I.next, I.format
local fstring, cast, newproxy, getmetatable, setmetatable = I.fstring, I.cast, I.newproxy, I.getmetatable,
	I.setmetatable
local INT_MIN, INT_MAX = -2 ^ 31, 2 ^ 31 - 1

-- ---- Immutable proxies ----------------------------------------------------------------------------

local display = {} -- proxy -> its text for tostring and ..
local kind_of = {} -- record -> "Status" | "Method" | "Alias" | "Rule", a read-only sequence -> "List"
local code_of = {} -- Status -> code, for < and <=
local data_of = {} -- record -> its fields (never handed out)
local pending = {} -- record -> the function that reads its remaining fields, until it has run

local function refuse_write(obj, key)
	error(format("httpstatus: %s is read-only (cannot set %s)", display[obj] or "this object",
		type(key) == "string" and key or "<" .. type(key) .. ">"), 2)
end

local function show(obj) return display[obj] end

local function concat(a, b)
	local function text(v)
		local t = type(v)
		if t == "string" or t == "number" then return v end
		if kind_of[v] ~= nil then return display[v] end
		error("httpstatus: attempt to concatenate a " .. t .. " value", 3)
	end
	return text(a) .. text(b)
end

-- Lua calls these for two proxies with the same handler: two Status records.
local function less(a, b) return code_of[a] < code_of[b] end
local function less_equal(a, b) return code_of[a] <= code_of[b] end

-- pairs() over a proxy, where the LuaJIT build honours __pairs; the table itself is never handed out.
local function pairs_of(tbl)
	return function(self)
		if pending[self] ~= nil then pending[self]() end
		if kind_of[self] == "Status" then local _ = tbl.rules end -- read on first need
		local key
		return function()
			local value
			key, value = next(tbl, key)
			return key, value
		end, nil, nil
	end
end

-- A userdata proxy that reads TBL and changes nothing.
local function frozen(tbl, name, text, extra)
	local p = newproxy(true)
	local mt = getmetatable(p)
	mt.__index, mt.__newindex, mt.__metatable = tbl, refuse_write, name
	mt.__tostring, mt.__concat, mt.__pairs = show, concat, pairs_of(tbl)
	if extra then mt.__lt, mt.__le = less, less_equal end
	display[p] = text
	return p, mt
end

-- The fields of the handle H that ROLE's accessors read, put in DATA: a flag as a boolean, a named
-- int as its name, a text as a string, a value a part makes of it (a rule's versions) as that, any
-- other as a number.
local get_readers -- role -> how to read each accessor of that role (httpstatus/names.lua)
local function read_fields(data, h, role)
	local readers = get_readers(role)
	for i = 1, #readers do
		local f = readers[i]
		local v, how = f[2](h), f[3]
		if how == "flag" then v = v ~= 0
		elseif how == "named" then v = fstring(f[4](v))
		elseif how == "string" then v = fstring(v)
		elseif how == "made" then v = f[4](v)
		else v = tonumber(v) end
		data[f[1]] = v
	end
end

-- A status's rules (1.2), read on the first read of its field rules (httpstatus/rules.lua).
local rules_of -- the status handle -> its list of rules, below
local function rules_on_demand(h)
	return { __index = function(data, key)
		if key == "rules" then
			local list = rules_of(h)
			data.rules = list
			return list
		end
	end }
end

-- A record: a proxy of DATA (its eager fields).  With the handle H, the other fields (the accessors
-- of ROLE) are read from it all at once on the first read of any field; the proxy then reads DATA
-- directly (and a status's rules on their first read).
local function record(kind, data, text, h, role)
	local r, mt = frozen(data, "httpstatus." .. kind, text, kind == "Status")
	kind_of[r], data_of[r] = kind, data
	if h ~= nil then
		local function complete()
			read_fields(data, h, role)
			if kind == "Status" then setmetatable(data, rules_on_demand(h)) end
			mt.__index, pending[r] = data, nil
		end
		pending[r] = complete
		mt.__index = function(_, key)
			complete()
			return data[key]
		end
	end
	return r
end

-- ---- Reading the registry from the library, once ------------------------------------------------

local statuses, methods, aliases = {}, {}, {}
local by_code = {}     -- 404 -> Status
local by_name = {}     -- exact names, old names too -> Status
local by_name_ci = {}  -- lower-case names -> Status
local by_phrase = {}   -- exact phrases, old ones too -> Status
local by_phrase_ci = {} -- lower-case phrases -> Status
local by_method = {}   -- method token -> Method
local code_of_name = {}  -- name -> code (the HTTPStatus constants)
local method_names = {}  -- name -> name (the HTTPMethod constants)
local M = {}
local longest = { name = 0, phrase = 0 } -- the longest name and phrase, in bytes
local Status, Method = {}, {} -- the namespaces hs.Status and hs.Method: name -> record

-- The record of the status handle H, made on first use: its code, name and phrase now, the other
-- fields on the first read of any.  A handle's place in the library's array (httpstatus.library
-- found its first address and stride) is its place in STATUSES, so each has one record.
local STATUS_FIRST, STATUS_STRIDE = library.status_first, library.status_stride
local STATUS_COUNT = (library.status_last - STATUS_FIRST) / STATUS_STRIDE + 1
local function status_record(h)
	local i = (tonumber(cast("uintptr_t", h)) - STATUS_FIRST) / STATUS_STRIDE + 1
	local s = statuses[i]
	if s ~= nil then return s end
	if i % 1 ~= 0 or i < 1 or i > STATUS_COUNT then
		error(format("httpstatus: %s handed out a status outside its array", library.loaded_from), 0)
	end
	local code = C.httpstatus_status_code(h)
	local data = { code = code, name = fstring(C.httpstatus_status_name(h)),
		phrase = fstring(C.httpstatus_status_phrase(h)) }
	s = record("Status", data, code .. " " .. data.phrase, h, "status_field")
	statuses[i], by_code[code], code_of[s] = s, s, code
	return s
end

-- ---- The lookup by code: one table read on the hot path -----------------------------------------

local more -- httpstatus/more.lua's answers, below

-- A code no record has been made for yet is asked of C (once it is found, by_code has it).  Any
-- other argument is more.as_code's: an integer cdata is its number, anything else a type error.
local function status_of_code(x, fname)
	if type(x) ~= "number" then x = more().as_code(x, fname) end
	if x ~= x or x % 1 ~= 0 or x < INT_MIN or x > INT_MAX then return nil end
	local s = by_code[x]
	if s ~= nil then return s end
	local h = C.httpstatus_status_from_code(x)
	if h == nil then return nil end
	return status_record(h)
end

function M.from_code(x)
	local s = by_code[x]
	if s ~= nil then return s end
	return status_of_code(x, "from_code")
end

M.loaded_from = library.loaded_from

-- ---- The other parts, run on first need ---------------------------------------------------------

-- The parts run from their files beside httpstatus/library.lua, never from package.loaded, so no
-- code can stand in for them.
local run_part = library.run_part

-- This module's private state, for its parts: httpstatus/names.lua (every name and phrase, the
-- aliases, the methods, how each field reads), httpstatus/more.lua (every function but from_code)
-- and httpstatus/rules.lua (the response rules).
local S = {
	C = C, api = api, library = library, M = M, status_record = status_record, record = record, frozen = frozen,
	read_fields = read_fields,
	data_of = data_of, code_of = code_of, kind_of = kind_of, pending = pending, longest = longest,
	statuses = statuses, methods = methods, aliases = aliases, by_code = by_code, by_name = by_name,
	by_name_ci = by_name_ci, by_phrase = by_phrase, by_phrase_ci = by_phrase_ci, Status = Status,
	code_of_name = code_of_name, by_method = by_method, method_names = method_names, Method = Method,
	status_of_code = status_of_code, run_part = run_part, INT_MIN = INT_MIN, INT_MAX = INT_MAX,
}
local names
function S.names_part(part)
	if names == nil then names = run_part("names", S) end
	return names[part]
end
-- httpstatus/rules.lua: the response rules (1.2), their records and the check of a head.
local rules
function S.rules_part(part)
	if rules == nil then rules = run_part("rules", S) end
	return rules[part]
end
local interpreted = library.interpreted
rules_of = function(h)
	return interpreted(function() return S.rules_part("status_rules")(h) end)
end
local readers_of = {}
get_readers = function(role)
	local list = readers_of[role]
	if list == nil then
		list = S.names_part("readers")(role)
		readers_of[role] = list
	end
	return list
end

-- Every function but from_code, and the namespaces, are in httpstatus/more.lua, run on the first
-- read of a key M lacks (or on the first argument to from_code that is not a number); it puts them
-- in M, and its missing(key) answers for the key (hs.raw; a constant, once the names are read).
local answers
more = function()
	if answers == nil then answers = run_part("more", S) end
	return answers
end
S.more = more
setmetatable(M, { __index = function(_, key) return more().missing(key) end })

-- ---- The module: a proxy too ----------------------------------------------------------------------

local module, module_mt = frozen(M, "httpstatus", "httpstatus " .. fstring(C.httpstatus_version()))
module_mt.__call = function(_, x)
	local s = by_code[x]
	if s ~= nil then return s end
	return status_of_code(x, "httpstatus")
end
pending[module] = more -- pairs(hs) lists every function
return module
