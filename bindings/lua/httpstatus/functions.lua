-- httpstatus.functions: reads the functions of the generated table httpstatus.api (gen/emit_lua.py),
-- one a line, into tables named by its columns.  Part of httpstatus.library, which runs this file
-- with httpstatus.api on first need (never through package.loaded); required on its own it refuses.
local api, I = ...
if I == nil or api == nil or I.type(api.functions) ~= "string" or I.type(api.columns) ~= "table" then
	error("httpstatus.functions is a part of httpstatus, not a module of its own", 2)
end
local gmatch = I.gmatch
local columns, lines = api.columns, api.functions
local width = #columns
local WORD = { ["true"] = true, ["false"] = false } -- the booleans; every other word is a string

-- The functions: { name, symbol, node, role, field, ret, flag, output, args = { { name, kind },
-- ... } }, a new list at each call.
return function()
	local list = {}
	for line in gmatch(lines, "[^\n]+") do
		local row, fn, args = {}, {}, {}
		for word in gmatch(line, "%S+") do
			local value = WORD[word]
			if value == nil then value = word end
			row[#row + 1] = value
		end
		for c = 1, width do fn[columns[c]] = row[c] end
		for a = width + 1, #row, 2 do args[#args + 1] = { name = row[a], kind = row[a + 1] } end
		fn.args, list[#list + 1] = args, fn
	end
	return list
end
