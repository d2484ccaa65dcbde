-- httpstatus.rules: the part of httpstatus for the response rules (1.2): the rule records, a
-- status's rules, every rule, and hs.check, the rules a response head breaks.  Private to
-- httpstatus, which runs this file with its private state (never through package.loaded) on the
-- first need of a rule; required on its own it refuses.
--
-- A rule record is made once per rule, from its handle (its place in the library's rule array is
-- its place here), with one field per accessor httpstatus_rule_<field>: subject, level and scope by
-- their names, versions as a list of the version names ("1.0", "1.1", "2", "3").  A list (a
-- status's rules, a rule's versions, what check answers) is a read-only sequence: a userdata proxy
-- with # and [i], called as an iterator (for i, r in s.rules() do), and walked by ipairs and pairs
-- where the LuaJIT build honours __ipairs and __pairs.
local S, I = ...
if I == nil or S == nil or S.status_record == nil then
	error("httpstatus.rules is a part of httpstatus, not a module of its own", 2)
end
local C, api, library = S.C, S.api, S.library
local record, frozen, read_fields, kind_of, data_of, code_of = S.record, S.frozen, S.read_fields, S.kind_of,
	S.data_of, S.code_of
local INT_MIN, INT_MAX = S.INT_MIN, S.INT_MAX
local type, next, rawget, tonumber, error, format, find, match, floor, concat, cast, pairs = I.type, I.next,
	I.rawget, I.tonumber, I.error, I.format, I.find, I.match, I.floor, I.concat, I.cast, I.pairs

-- ---- Read-only sequences --------------------------------------------------------------------------

local function sequence(list)
	local p, mt = frozen(list, "httpstatus.list", "httpstatus.list")
	local n = #list
	local function step(_, i)
		i = i + 1
		local v = list[i]
		if v ~= nil then return i, v end
	end
	local function walk() return step, p, 0 end
	mt.__len, mt.__call, mt.__ipairs = function() return n end, walk, walk
	kind_of[p], data_of[p] = "List", list
	return p
end
local EMPTY = sequence({})

-- ---- The versions: the names of enum httpstatus_http_version ("HTTP1_1" is "1.1"), in bit order --

local VERSIONS = {}        -- { bit, name } in bit order
local VERSION_NUMBER = {}  -- name -> the number C's check takes (11 for "1.1")
for member, bit in pairs(api.enums.http_version) do
	local major, minor = match(member, "^HTTP(%d+)_?(%d*)$")
	if major ~= nil then
		local at = #VERSIONS + 1
		while at > 1 and VERSIONS[at - 1][1] > bit do
			VERSIONS[at] = VERSIONS[at - 1]
			at = at - 1
		end
		local name = minor ~= "" and major .. "." .. minor or major
		VERSIONS[at], VERSION_NUMBER[name] = { bit, name }, tonumber(major) * 10 + (tonumber(minor) or 0)
	end
end
local VERSION_WORDS = {}
for i = 1, #VERSIONS do VERSION_WORDS[i] = VERSIONS[i][2] end
VERSION_WORDS = concat(VERSION_WORDS, ", ")

-- The version names of the bit set BITS, one shared list per set.
local version_lists = {}
local function version_list(bits)
	local list = version_lists[bits]
	if list == nil then
		local names = {}
		for i = 1, #VERSIONS do
			if floor(bits / VERSIONS[i][1]) % 2 == 1 then names[#names + 1] = VERSIONS[i][2] end
		end
		list = sequence(names)
		version_lists[bits] = list
	end
	return list
end

-- ---- Rule records -----------------------------------------------------------------------------------

local R_FIRST, R_STRIDE = library.rule_first, library.rule_stride
local R_COUNT = (library.rule_last - R_FIRST) / R_STRIDE + 1
local by_index = {}

-- The record of the rule handle H, made on its first use, with every field.
local function rule_record(h)
	local i = (tonumber(cast("uintptr_t", h)) - R_FIRST) / R_STRIDE + 1
	local r = by_index[i]
	if r ~= nil then return r end
	if i % 1 ~= 0 or i < 1 or i > R_COUNT then
		error(format("httpstatus: %s handed out a rule outside its array", library.loaded_from), 0)
	end
	local data = {}
	read_fields(data, h, "rule_field")
	r = record("Rule", data, format("%s %s (%s)", data.level_text, data.field ~= "" and data.field or data.subject,
		data.locator))
	by_index[i] = r
	return r
end

-- The rules of the status handle H, in C's order.
local function status_rules(h)
	local n = tonumber(C.httpstatus_status_rule_count(h))
	if n == 0 then return EMPTY end
	local list = {}
	for i = 0, n - 1 do list[i + 1] = rule_record(C.httpstatus_status_rule_at(h, i)) end
	return sequence(list)
end

-- Every rule, in C's order, into LIST.
local function all(list)
	for i = 0, tonumber(C.httpstatus_rule_count()) - 1 do list[i + 1] = rule_record(C.httpstatus_rule_at(i)) end
end

-- ---- check(status, head) --------------------------------------------------------------------------

-- An RFC 9110 token (Section 5.6.2): one tchar or more.
local NOT_TCHAR = "[^0-9A-Za-z!#$%%&'*+%-.^_`|~]"
local function is_token(text)
	return text ~= "" and find(text, NOT_TCHAR) == nil
end

local function type_error(n, what, v)
	return format("bad argument #%d to 'check' (%s expected, got %s)", n, what, type(v))
end
local function range_error(what)
	return format("bad argument #2 to 'check' (%s out of range: %s)", what[1], what[2])
end
local NOT_TOKEN_METHOD = { "method", "not an RFC 9110 token" }
local NOT_TOKEN_FIELD = { "field name", "not an RFC 9110 token" }
local NO_VERSION = { "version", "not one of " .. VERSION_WORDS }

-- The field names of FIELDS (a list of names, or a table keyed by name, as ngx.resp.get_headers()
-- gives), read with next only, as one text C splits at commas; nil and the error otherwise.
local function field_text(fields)
	local names = {}
	for k, v in next, fields do
		local tk = type(k)
		if tk == "number" then
			if type(v) ~= "string" then return nil, type_error(2, "fields: names", v) end
			k = v
		elseif tk ~= "string" then
			return nil, type_error(2, "fields: names as keys", k)
		end
		if not is_token(k) then return nil, range_error(NOT_TOKEN_FIELD) end
		names[#names + 1] = k
	end
	return concat(names, ",")
end

local HEAD_KEYS = { method = true, version = true, fields = true, content = true }
local CONTENT = { [true] = 1, [false] = 0 }

-- The head HEAD (nil, or a table of method, version, fields, content) as C's arguments: true,
-- method, version, fields, has_content; false and the error otherwise.
local function read_head(head)
	if head == nil then return true, nil, VERSION_NUMBER["1.1"], "", -1 end
	if type(head) ~= "table" then return false, type_error(2, "table or nil", head) end
	for k in next, head do
		if HEAD_KEYS[k] == nil then
			return false, format("bad argument #2 to 'check' (method, version, fields or content expected, got %s)",
				type(k) == "string" and "'" .. k .. "'" or "a " .. type(k) .. " key")
		end
	end
	local method, version, fields, content = rawget(head, "method"), rawget(head, "version"), rawget(head, "fields"),
		rawget(head, "content")
	if method ~= nil then
		if type(method) ~= "string" then return false, type_error(2, "method: string or nil", method) end
		if not is_token(method) then return false, range_error(NOT_TOKEN_METHOD) end
	end
	if version == nil then
		version = VERSION_NUMBER["1.1"]
	elseif type(version) ~= "string" then
		return false, type_error(2, "version: string or nil", version)
	else
		version = VERSION_NUMBER[version]
		if version == nil then return false, range_error(NO_VERSION) end
	end
	local text, err = "", nil
	if fields ~= nil then
		if type(fields) ~= "table" then return false, type_error(2, "fields: table or nil", fields) end
		text, err = field_text(fields)
		if text == nil then return false, err end
	end
	local has_content = -1
	if content ~= nil then
		has_content = CONTENT[content]
		if has_content == nil then return false, type_error(2, "content: boolean or nil", content) end
	end
	return true, method, version, text, has_content
end

-- The code of STATUS (an integer, an integer cdata or a status record); nil and the error otherwise.
local function code_of_status(x)
	local t = type(x)
	if t == "number" then return x end
	if t == "userdata" and kind_of[x] == "Status" then return code_of[x] end
	if t == "cdata" then
		local n = S.more().cdata_integer(x)
		if n ~= nil then return n end
	end
	return nil, type_error(1, "integer or status record", x)
end

-- The rules the head of STATUS breaks, a read-only sequence in the status's rule order; nil when
-- no status has the code.  Errors name the caller of hs.check (level 3: this, hs.check, it).
local function check(status, head)
	local code, err = code_of_status(status)
	if code == nil then error(err, 3) end
	local ok, method, version, fields, has_content = read_head(head)
	if not ok then error(method, 3) end
	if code ~= code or code % 1 ~= 0 or code < INT_MIN or code > INT_MAX
		or C.httpstatus_status_from_code(code) == nil and C.httpstatus_unofficial_from_code(code) == nil then
		return nil
	end
	local mlen = method ~= nil and #method or 0
	local n = C.httpstatus_check_count(code, method, mlen, version, fields, #fields, has_content)
	if n == 0 then return EMPTY end
	if n < 0 then error("bad argument #2 to 'check' (head out of range)", 3) end
	local list = {}
	for i = 0, n - 1 do
		list[i + 1] = rule_record(C.httpstatus_check_at(code, method, mlen, version, fields, #fields, has_content, i))
	end
	return sequence(list)
end

return { version_list = version_list, status_rules = status_rules, all = all, check = check }
