-- httpstatus.more: the part of httpstatus that only a program using more than from_code needs: the
-- lookups by name, phrase, method and value, class_of and format_status_line, iteration, the
-- unofficial statuses, totable, version and the other functions without arguments, the namespaces,
-- hs.raw, and the entries to the response rules (1.2: hs.rules, hs.check; httpstatus/rules.lua).
-- Private to httpstatus, which runs this file with its private state (never through
-- package.loaded) on the first read of a key its module table lacks; this file puts its functions
-- there and returns what answers such a read.  Required on its own it refuses.
local S, I = ...
if I == nil or S == nil or S.status_record == nil then
	error("httpstatus.more is a part of httpstatus, not a module of its own", 2)
end
local C, library, M = S.C, S.library, S.M
local record, frozen, kind_of, data_of, pending, code_of = S.record, S.frozen, S.kind_of, S.data_of,
	S.pending, S.code_of
local statuses, methods, aliases, longest = S.statuses, S.methods, S.aliases, S.longest
local by_code, by_name, by_name_ci, by_phrase, by_phrase_ci, by_method = S.by_code, S.by_name, S.by_name_ci,
	S.by_phrase, S.by_phrase_ci, S.by_method
local Status, Method, code_of_name, method_names = S.Status, S.Method, S.code_of_name, S.method_names
local status_of_code = S.status_of_code
local names_part, rules_part, run_part, INT_MIN, INT_MAX = S.names_part, S.rules_part, S.run_part, S.INT_MIN,
	S.INT_MAX
local type, next, rawget, setmetatable, ipairs, tonumber, error = I.type, I.next, I.rawget, I.setmetatable,
	I.ipairs, I.tonumber, I.error
local istype, typeof, new, fstring, format, lower, loaded, tostring = I.istype, I.typeof, I.new, I.fstring,
	I.format, I.lower, I.loaded, I.tostring

-- ---- Bad arguments ------------------------------------------------------------------------------

local INTEGER_CTYPES -- int8_t .. uint64_t, made on the first cdata argument

-- An integer cdata (404LL, ffi.new("int16_t", 404)) as a Lua number; nil for any other value.
local function cdata_integer(x)
	if INTEGER_CTYPES == nil then
		local list = {}
		for _, bits in ipairs({ 8, 16, 32, 64 }) do
			list[#list + 1], list[#list + 2] = typeof("int" .. bits .. "_t"), typeof("uint" .. bits .. "_t")
		end
		INTEGER_CTYPES = list
	end
	for i = 1, #INTEGER_CTYPES do
		if istype(INTEGER_CTYPES[i], x) then return tonumber(x) end
	end
	return nil
end

local function bad_argument(fname, what, x, level)
	error(format("bad argument #1 to '%s' (%s expected, got %s)", fname, what, type(x)), level or 3)
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


-- Every function without arguments (version, registry_date, the counts): its value, read now.
for _, fn in ipairs(library.functions()) do
	local ret = fn.ret
	if fn.role == "function" and #fn.args == 0 and ret ~= "status" and ret ~= "method" and ret ~= "rule" then
		local v = C[fn.symbol]()
		if ret == "string" then v = fstring(v) else v = tonumber(v) end
		M[fn.field] = function() return v end
	end
end

-- ---- Reading the names, aliases and methods, on first need (httpstatus/names.lua) ---------------

-- Reading from the library runs with the JIT off (httpstatus.library).
local loading = library.interpreted

local have_statuses, have_aliases, have_methods = false, false, false
local function need_statuses()
	if not have_statuses then
		loading(names_part("statuses"))
		have_statuses = true
	end
end
local function need_aliases()
	if not have_aliases then
		need_statuses()
		loading(names_part("aliases"))
		have_aliases = true
	end
end
local function need_methods()
	if not have_methods then
		loading(names_part("methods"))
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

M.Status = frozen(filled_by(Status, need_aliases), "httpstatus.Status", "httpstatus.Status")
M.HTTPStatus = frozen(filled_by(code_of_name, need_aliases), "httpstatus.HTTPStatus", "httpstatus.HTTPStatus")
M.Method = frozen(filled_by(Method, need_methods), "httpstatus.Method", "httpstatus.Method")
M.HTTPMethod = frozen(filled_by(method_names, need_methods), "httpstatus.HTTPMethod", "httpstatus.HTTPMethod")

local function text_miss(x, fname)
	if type(x) ~= "string" then bad_argument(fname, "string", x, 3) end
	return nil
end

-- ---- Lookups: one table read on the hot path ----------------------------------------------------

local class_of_code = {} -- code -> class name, asked of C on first use
local line_of_code = {}  -- code -> status line, the same

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
	local buf = new("char[?]", need + 1)
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

-- A plain, new table of a record's fields (for a JSON encoder, say), or of a list's items: a list
-- or a rule record in it is a plain table too (a status's rules, a rule's versions); the status of
-- an alias stays the record.
local function plain(r)
	if pending[r] ~= nil then pending[r]() end
	if kind_of[r] == "Status" then local _ = r.rules end -- read on first need
	local copy = {}
	for k, v in next, data_of[r] do
		local kind = kind_of[v]
		if kind == "List" or kind == "Rule" then v = plain(v) end
		copy[k] = v
	end
	return copy
end

function M.totable(r)
	if data_of[r] == nil then bad_argument("totable", "Status, Method, alias or rule record, or list", r) end
	return plain(r)
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

-- ---- Response rules (1.2): httpstatus/rules.lua, run on first need ------------------------------

-- Every rule, in C's order.
local all_rules = {}
local function need_rules()
	if all_rules[1] == nil then
		local fill = rules_part("all")
		loading(function() fill(all_rules) end)
	end
end
M.rules = iterator(all_rules, need_rules)

-- The rules the response head HEAD of STATUS breaks (errors name the caller's line: level 3).
local check
function M.check(status, head)
	check = check or rules_part("check")
	local broken = check(status, head)
	return broken
end

-- ---- What M lacks ---------------------------------------------------------------------------------

-- hs.raw, the checked C functions, is loaded on first use: most programs never need it.  Its file,
-- beside this one, is run with this module's library, never taken from package.loaded, which any
-- code could have changed in between.  A constant of an older name is there once the aliases are
-- read.
local function missing(key)
	if key == "raw" then
		local raw = run_part("raw", library)
		M.raw = raw
		if loaded["httpstatus.raw"] == nil then loaded["httpstatus.raw"] = raw end
		return raw
	end
	local v = rawget(M, key)
	if v ~= nil then return v end
	need_aliases()
	v = rawget(M, key)
	if v ~= nil then return v end
	if type(key) ~= "string" then error(format("httpstatus has no field [%s]", tostring(key)), 2) end
	local near = run_part("nearest", { key = key, M = M })
	error(format("httpstatus has no field '%s'%s", key, near and format("; did you mean %s?", near) or ""), 2)
end

return { missing = missing, as_code = as_code, cdata_integer = cdata_integer }
