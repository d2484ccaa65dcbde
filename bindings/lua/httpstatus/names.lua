-- httpstatus.names: the part of httpstatus that reads from the library only on first need: every
-- status's name and phrase, the aliases, the methods, and how each accessor reads as a Lua value.
-- Private to httpstatus, which runs this file with its private state (never through
-- package.loaded) and keeps what it returns; required on its own it refuses.
local S, I = ...
if I == nil or S == nil or S.status_record == nil then
	error("httpstatus.names is a part of httpstatus, not a module of its own", 2)
end
local C, api, library = S.C, S.api, S.library
local M, record, status_record, longest = S.M, S.record, S.status_record, S.longest
local lower, fstring, format, tonumber, ipairs, pairs, error = I.lower, I.fstring, I.format, I.tonumber, I.ipairs,
	I.pairs, I.error
local data_of, code_of = S.data_of, S.code_of
local by_name, by_name_ci, by_phrase, by_phrase_ci = S.by_name, S.by_name_ci, S.by_phrase, S.by_phrase_ci
local Status, code_of_name, aliases = S.Status, S.code_of_name, S.aliases
local methods, by_method, method_names, Method = S.methods, S.by_method, S.method_names, S.Method

-- TEXT of the status S, in the exact and the folded index of WHICH ("name" or "phrase").
local function index_text(s, text, exact, folded, which)
	exact[text], folded[lower(text)] = s, s
	if #text > longest[which] then longest[which] = #text end
end

-- Each accessor of the library, read as its Lua value: a flag (is_*/may_*) as a boolean; an int
-- field F for which the library has F_name(int) -> string as that name ("client_error"); a rule's
-- versions (1.2) as the list of their names (httpstatus/rules.lua); a text as a string, any other
-- number as a number.
local function readers(role)
	local by_name_fn, list, functions = {}, {}, library.functions()
	for _, fn in ipairs(functions) do by_name_fn[fn.name] = fn end
	for _, fn in ipairs(functions) do
		if fn.role == role then
			local field = fn.field
			local namer = by_name_fn[field .. "_name"]
			local kind = fn.flag and "flag" or fn.ret
			if kind == "int" and namer and namer.ret == "string" and #namer.args == 1
				and namer.args[1].kind == "int" then
				kind, namer = "named", C[namer.symbol]
			elseif role == "rule_field" and field == "versions" then
				kind, namer = "made", function(bits) return S.rules_part("version_list")(bits) end
			end
			list[#list + 1] = { field, C[fn.symbol], kind, namer }
		end
	end
	return list
end

-- On the first lookup by name or phrase (or of a constant, or hs.statuses()): every status, its
-- name and phrase indexed.
local function load_statuses()
	for i = 0, tonumber(C.httpstatus_status_count()) - 1 do
		local s = status_record(C.httpstatus_status_at(i))
		local data = data_of[s]
		local name, code = data.name, data.code
		index_text(s, name, by_name, by_name_ci, "name")
		index_text(s, data.phrase, by_phrase, by_phrase_ci, "phrase")
		Status[name], code_of_name[name], M[name] = s, code, code
	end
end

-- On the first lookup that needs them (an older name or phrase, a miss, hs.aliases()): the aliases.
local function load_aliases()
	local alias_kinds, list = {}, {}
	for member, value in pairs(api.enums.alias_kind) do alias_kinds[value] = lower(member) end
	for i = 0, tonumber(C.httpstatus_alias_count()) - 1 do
		local text, kind = fstring(C.httpstatus_alias_text(i)), alias_kinds[C.httpstatus_alias_kind(i)]
		local h = C.httpstatus_alias_status(i)
		local s = h ~= nil and status_record(h) or nil
		if s == nil or (kind ~= "name" and kind ~= "phrase") then
			error(format("httpstatus: %s: alias %q has an unknown kind or status", library.loaded_from, text), 0)
		end
		if kind == "name" then
			index_text(s, text, by_name, by_name_ci, "name")
			Status[text], code_of_name[text], M[text] = s, code_of[s], code_of[s]
		else
			index_text(s, text, by_phrase, by_phrase_ci, "phrase")
		end
		list[#list + 1] = record("Alias", { text = text, kind = kind, status = s,
			source = fstring(C.httpstatus_alias_source(i)), locator = fstring(C.httpstatus_alias_locator(i)),
			quote = fstring(C.httpstatus_alias_quote(i)) }, text)
	end
	for i = 1, #list do aliases[i] = list[i] end
end

-- On the first use of a method: the methods.
local function load_methods()
	for i = 0, tonumber(C.httpstatus_method_count()) - 1 do
		local h = C.httpstatus_method_at(i)
		local data = { name = fstring(C.httpstatus_method_name(h)) }
		local m = record("Method", data, data.name, h, "method_field")
		methods[#methods + 1], by_method[data.name], method_names[data.name], Method[data.name] = m, m, data.name, m
	end
end

return { readers = readers, statuses = load_statuses, aliases = load_aliases, methods = load_methods }
