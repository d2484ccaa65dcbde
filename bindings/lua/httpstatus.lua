-- httpstatus: the IANA HTTP status code and method registries for LuaJIT and OpenResty, over
-- libhttpstatus.  doc/bindings.md is the contract this module follows; doc/guide-lua.md shows it.
--
-- Loading checks the library (httpstatus.library); every record is then read from it once, on
-- first need (httpstatus/names.lua reads names, aliases and methods), into immutable records, and
-- the class and status line of a code are asked of C once and kept.  After that a lookup is one Lua
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
-- The generated rows of httpstatus.api, read by column name: row[COL.symbol]; a row's arguments
-- (name, kind pairs) follow its WIDTH columns.
local COL, WIDTH = {}, #api.columns
for i = 1, WIDTH do COL[api.columns[i]] = i end

local type, error, tostring, tonumber, next = type, error, tostring, tonumber, next
local lower, fstring, istype, newproxy, getmetatable = string.lower, ffi.string, ffi.istype, newproxy, getmetatable
local INT_MIN, INT_MAX = -2 ^ 31, 2 ^ 31 - 1

-- ---- Immutable proxies ----------------------------------------------------------------------------

local display = {} -- proxy -> its text for tostring and ..
local kind_of = {} -- record -> "Status" | "Method" | "Alias"
local code_of = {} -- Status -> code, for < and <=
local data_of = {} -- record -> its fields (never handed out)
local pending = {} -- record -> the function that reads its remaining fields, until it has run

local function refuse_write(obj, key)
	error(("httpstatus: %s is read-only (cannot set %s)")
		:format(display[obj] or "this object", type(key) == "string" and key or "<" .. type(key) .. ">"), 2)
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

-- A record: a proxy of DATA (its eager fields).  With the handle H, the other fields (the accessors
-- of ROLE) are read from it all at once on the first read of any field; the proxy then reads DATA
-- directly.
local get_readers -- role -> how to read each accessor of that role (httpstatus/names.lua)
local function record(kind, data, text, h, role)
	local r, mt = frozen(data, "httpstatus." .. kind, text, kind == "Status")
	kind_of[r], data_of[r] = kind, data
	if h ~= nil then
		local function complete()
			local readers = get_readers(role)
			for i = 1, #readers do
				local f = readers[i]
				local v, how = f[2](h), f[3]
				if how == "flag" then v = v ~= 0
				elseif how == "named" then v = fstring(f[4](v))
				elseif how == "string" then v = fstring(v)
				else v = tonumber(v) end
				data[f[1]] = v
			end
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
local class_of_code = {} -- code -> class name, asked of C on first use
local line_of_code = {}  -- code -> status line, the same
local code_of_name = {}  -- name -> code (the HTTPStatus constants)
local method_names = {}  -- name -> name (the HTTPMethod constants)
local M = {}
local longest = { name = 0, phrase = 0 }

local function index_text(s, text, exact, folded, which)
	exact[text], folded[lower(text)] = s, s
	if #text > longest[which] then longest[which] = #text end
end

-- Reading from the library runs with the JIT off (httpstatus.library).
local loading = library.interpreted

local Status, Method = {}, {} -- the namespaces hs.Status and hs.Method: name -> record

-- The record of the status handle H, made on first use: its code, name and phrase now, the other
-- fields on the first read of any.  A handle's place in the library's array (httpstatus.library
-- found its first address and stride) is its place in STATUSES, so each has one record.
local STATUS_FIRST, STATUS_STRIDE = library.status_first, library.status_stride
local STATUS_COUNT = (library.status_last - STATUS_FIRST) / STATUS_STRIDE + 1
local function status_record(h)
	local i = (tonumber(ffi.cast("uintptr_t", h)) - STATUS_FIRST) / STATUS_STRIDE + 1
	local s = statuses[i]
	if s ~= nil then return s end
	if i % 1 ~= 0 or i < 1 or i > STATUS_COUNT then
		error(("httpstatus: %s handed out a status outside its array"):format(library.loaded_from), 0)
	end
	local code = C.httpstatus_status_code(h)
	local data = { code = code, name = fstring(C.httpstatus_status_name(h)),
		phrase = fstring(C.httpstatus_status_phrase(h)) }
	s = record("Status", data, code .. " " .. data.phrase, h, "status_field")
	statuses[i], by_code[code], code_of[s] = s, s, code
	return s
end

-- The file of a part of this module (names, raw): beside this file, in the same installation.
local SOURCE = debug and debug.getinfo and debug.getinfo(1, "S").source
local function part_file(part)
	local dir = type(SOURCE) == "string" and SOURCE:match("^@(.-)httpstatus%.lua$")
	if dir then return dir .. "httpstatus/" .. part .. ".lua" end
	return package.searchpath and package.searchpath("httpstatus." .. part, package.path)
end
-- The rest of the reading (every name and phrase, the aliases, the methods, how each field reads)
-- is in httpstatus/names.lua, run on first need with this module's private state S: loaded from
-- beside this file, never through package.loaded, so no code can stand in for it.
local S = {
	C = C, api = api, COL = COL, WIDTH = WIDTH, library = library, lower = lower, fstring = fstring, M = M,
	status_record = status_record, record = record, index_text = index_text, data_of = data_of,
	code_of = code_of, by_name = by_name, by_name_ci = by_name_ci, by_phrase = by_phrase,
	by_phrase_ci = by_phrase_ci, Status = Status, code_of_name = code_of_name, aliases = aliases,
	methods = methods, by_method = by_method, method_names = method_names, Method = Method,
}
local names
local function names_part(part)
	if names == nil then
		local file = part_file("names")
		local chunk, err = file and loadfile(file)
		if not chunk then error("httpstatus: cannot load httpstatus/names.lua: " .. tostring(err or "not found"), 0) end
		names = chunk(S)
	end
	return names[part]
end
local function load_statuses() names_part("statuses")() end
local function load_aliases() names_part("aliases")() end
local function load_methods() names_part("methods")() end
local readers_of = {}
get_readers = function(role)
	local list = readers_of[role]
	if list == nil then
		list = names_part("readers")(role)
		readers_of[role] = list
	end
	return list
end

local have_statuses, have_aliases, have_methods = false, false, false
local function need_statuses()
	if not have_statuses then
		loading(load_statuses)
		have_statuses = true
	end
end
local function need_aliases()
	if not have_aliases then
		need_statuses()
		loading(load_aliases)
		have_aliases = true
	end
end
local function need_methods()
	if not have_methods then
		loading(load_methods)
		have_methods = true
	end
end

-- TBL, whose missing keys may be ones NEED has not read yet.
local function filled_by(tbl, need)
	return setmetatable(tbl, { __index = function(t, key)
		need()
		return rawget(t, key)
	end })
end

-- Every function without arguments (version, registry_date, the counts): its value, read now.
for _, fn in ipairs(api.functions) do
	local ret = fn[COL.ret]
	if fn[COL.role] == "function" and #fn == WIDTH and ret ~= "status" and ret ~= "method" then
		local v = C[fn[COL.symbol]]()
		if ret == "string" then v = fstring(v) else v = tonumber(v) end
		M[fn[COL.field]] = function() return v end
	end
end
M.Status = frozen(filled_by(Status, need_aliases), "httpstatus.Status", "httpstatus.Status")
M.HTTPStatus = frozen(filled_by(code_of_name, need_aliases), "httpstatus.HTTPStatus", "httpstatus.HTTPStatus")
M.Method = frozen(filled_by(Method, need_methods), "httpstatus.Method", "httpstatus.Method")
M.HTTPMethod = frozen(filled_by(method_names, need_methods), "httpstatus.HTTPMethod", "httpstatus.HTTPMethod")

-- ---- Bad arguments ------------------------------------------------------------------------------

local INTEGER_CTYPES -- int8_t .. uint64_t, made on the first cdata argument

-- An integer cdata (404LL, ffi.new("int16_t", 404)) as a Lua number; nil for any other value.
local function cdata_integer(x)
	if INTEGER_CTYPES == nil then
		local list = {}
		for _, bits in ipairs({ 8, 16, 32, 64 }) do
			list[#list + 1], list[#list + 2] = ffi.typeof("int" .. bits .. "_t"), ffi.typeof("uint" .. bits .. "_t")
		end
		INTEGER_CTYPES = list
	end
	for i = 1, #INTEGER_CTYPES do
		if istype(INTEGER_CTYPES[i], x) then return tonumber(x) end
	end
	return nil
end

local function bad_argument(fname, what, x, level)
	error(("bad argument #1 to '%s' (%s expected, got %s)"):format(fname, what, type(x)), level or 3)
end

-- X found nothing in a code-keyed table: a number is not found; an integer cdata is its number;
-- anything else is a type error.
local function as_code(x, fname)
	local t = type(x)
	if t == "number" then return x end
	if t == "cdata" then
		local n = cdata_integer(x)
		if n ~= nil then return n end
	end
	bad_argument(fname, "integer", x, 4)
end

local function text_miss(x, fname)
	if type(x) ~= "string" then bad_argument(fname, "string", x, 3) end
	return nil
end

-- ---- Lookups: one table read on the hot path ----------------------------------------------------

-- A code no record has been made for yet is asked of C (once it is found, by_code has it).
local function status_of_code(x, fname)
	x = as_code(x, fname)
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

-- The class or status line of an integer no record has: asked of C once, kept when C knows it
-- (only 100..599 are, so what is kept is bounded).
local function ask_c(cache, x, fname, ask)
	x = as_code(x, fname)
	if x ~= x or x % 1 ~= 0 or x < INT_MIN or x > INT_MAX then return nil end
	if cache[x] ~= nil then return cache[x] end
	local answer = ask(x)
	if answer ~= nil then cache[x] = answer end
	return answer
end

local function c_class(x)
	local name = fstring(C.httpstatus_class_name(C.httpstatus_class_of(x)))
	if name ~= "" then return name end
end

local function c_line(x)
	local need = C.httpstatus_format_status_line(x, nil, 0)
	if need < 0 then return nil end
	local buf = ffi.new("char[?]", need + 1)
	C.httpstatus_format_status_line(x, buf, need + 1)
	return fstring(buf, need)
end

function M.class_of(x)
	local c = class_of_code[x]
	if c ~= nil then return c end
	return ask_c(class_of_code, x, "class_of", c_class)
end

function M.format_status_line(x)
	local line = line_of_code[x]
	if line ~= nil then return line end
	return ask_c(line_of_code, x, "format_status_line", c_line)
end

function M.from_name(x)
	local s = by_name[x]
	if s ~= nil then return s end
	if not have_aliases then
		need_aliases()
		return M.from_name(x)
	end
	return text_miss(x, "from_name")
end

-- string.lower in LuaJIT folds ASCII only, like the C library, whatever the C locale.
function M.from_name_ci(x)
	local s = by_name[x] or by_name_ci[x]
	if s ~= nil then return s end
	if not have_aliases then
		need_aliases()
		return M.from_name_ci(x)
	end
	if type(x) == "string" then
		if #x <= longest.name then return by_name_ci[lower(x)] end
		return nil
	end
	bad_argument("from_name_ci", "string", x)
end

function M.from_phrase(x)
	local s = by_phrase[x] or by_phrase_ci[x]
	if s ~= nil then return s end
	if not have_aliases then
		need_aliases()
		return M.from_phrase(x)
	end
	if type(x) == "string" then
		if #x <= longest.phrase then return by_phrase_ci[lower(x)] end
		return nil
	end
	bad_argument("from_phrase", "string", x)
end

function M.method_from_name(x)
	local m = by_method[x]
	if m ~= nil then return m end
	if not have_methods then
		need_methods()
		return M.method_from_name(x)
	end
	return text_miss(x, "method_from_name")
end

-- An integer: by code; a string: the exact name, else the name ignoring case, else the phrase;
-- a Status or Method of this module: itself.
function M.lookup(x)
	local s = by_code[x] or by_name[x]
	if s ~= nil then return s end
	local t = type(x)
	if t == "string" then
		need_aliases()
		s = by_name[x]
		if s ~= nil then return s end
		if #x > longest.name and #x > longest.phrase then return nil end
		local folded = lower(x)
		return by_name_ci[folded] or by_phrase_ci[folded]
	end
	if t == "userdata" and (kind_of[x] == "Status" or kind_of[x] == "Method") then return x end
	if t == "number" or (t == "cdata" and cdata_integer(x) ~= nil) then return status_of_code(x, "lookup") end
	bad_argument("lookup", "integer, string or record", x)
end

function M.is_status(x) return kind_of[x] == "Status" end
function M.is_method(x) return kind_of[x] == "Method" end

-- A plain, new table of a record's fields (for a JSON encoder, say).
function M.totable(r)
	local data = data_of[r]
	if data == nil then bad_argument("totable", "Status, Method or alias record", r) end
	if pending[r] ~= nil then pending[r]() end
	local copy = {}
	for k, v in next, data do copy[k] = v end
	return copy
end

-- ---- Iteration, in the C library's order --------------------------------------------------------

-- Each reads LIST, once NEED (when given) has filled it.
local function iterator(list, need)
	local function step(_, i)
		i = i + 1
		local v = list[i]
		if v ~= nil then return i, v end
	end
	return function()
		if need then need() end
		return step, nil, 0
	end
end

local function copier(list, need)
	return function()
		if need then need() end
		local copy = {}
		for i = 1, #list do copy[i] = list[i] end
		return copy
	end
end

-- The unofficial statuses (1.1): records of their own, made on first use, which no lookup above
-- ever finds (hs.from_code(499) is nil).
local unofficial, unofficial_by_code = {}, nil
local function need_unofficial()
	if unofficial_by_code ~= nil then return end
	loading(function()
		local by = {}
		for i = 0, tonumber(C.httpstatus_unofficial_count()) - 1 do
			local h = C.httpstatus_unofficial_at(i)
			local code = C.httpstatus_status_code(h)
			local data = { code = code, name = fstring(C.httpstatus_status_name(h)),
				phrase = fstring(C.httpstatus_status_phrase(h)) }
			local u = record("Status", data, code .. " " .. data.phrase, h, "status_field")
			unofficial[i + 1], by[code], code_of[u] = u, u, code
		end
		unofficial_by_code = by
	end)
end

function M.unofficial(x)
	x = as_code(x, "unofficial")
	if x ~= x or x % 1 ~= 0 or x < INT_MIN or x > INT_MAX then return nil end
	need_unofficial()
	return unofficial_by_code[x]
end

M.statuses, M.status_list = iterator(statuses, need_statuses), copier(statuses, need_statuses)
M.unofficial_statuses = iterator(unofficial, need_unofficial)
M.methods, M.method_list = iterator(methods, need_methods), copier(methods, need_methods)
M.aliases, M.alias_list = iterator(aliases, need_aliases), copier(aliases, need_aliases)
M.loaded_from = library.loaded_from

-- hs.raw, the checked C functions, is loaded on first use: most programs never need it.  Its file,
-- beside this one, is run with this module's library, never taken from package.loaded, which any
-- code could have changed in between.  A constant of an older name is there once the aliases are
-- read.
setmetatable(M, { __index = function(_, key)
	if key == "raw" then
		local file = part_file("raw")
		local chunk, err = file and loadfile(file)
		if not chunk then error("httpstatus: cannot load httpstatus.raw: " .. tostring(err or "not found"), 2) end
		local raw = chunk(library)
		M.raw = raw
		if package.loaded["httpstatus.raw"] == nil then package.loaded["httpstatus.raw"] = raw end
		return raw
	end
	need_aliases()
	return rawget(M, key)
end })

-- ---- The module: a proxy too ----------------------------------------------------------------------

local module, module_mt = frozen(M, "httpstatus", "httpstatus " .. M.version())
module_mt.__call = function(_, x)
	local s = by_code[x]
	if s ~= nil then return s end
	return status_of_code(x, "httpstatus")
end
return module
