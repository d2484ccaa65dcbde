-- Test support: every intrinsic the binding uses (a global, a field of a library table, a function
-- of ffi), each with the forged value a liar hands back in its place: what a function returns, or
-- what a table or a string is replaced by.  tamper_spec.lua checks this list against the names the
-- binding's source reads, so a new use without an entry here fails; support/tamper.lua puts each
-- liar in place in a fresh LuaJIT.  FALSE stands for an answer of nil.
local ffi = require("ffi")

local ADDRESS_8 = ffi.cast("char *", 8)
-- A part that, loaded in place of the binding's own file, would change its private tables.
local function planted_part(S)
	if type(S) == "table" and type(S.by_code) == "table" then S.by_code[404] = S.by_code[200] end
	return { missing = function() return 200 end, as_code = function() return 200 end, what = "fine",
		statuses = function() end, aliases = function() end, methods = function() end,
		readers = function() return {} end }
end

return {
	["_VERSION"] = "Lua 9.9",
	["error"] = "not thrown",
	["getmetatable"] = {},
	["ipairs"] = function() end,
	["loadfile"] = planted_part,
	["newproxy"] = {},
	["next"] = false,
	["pairs"] = function() end,
	["pcall"] = true,
	["rawget"] = 404,
	["require"] = { C = {}, status_first = 0, status_stride = 1, status_last = 2 ^ 52 },
	["select"] = 0,
	["setfenv"] = false,
	["setmetatable"] = {},
	["tonumber"] = 0,
	["tostring"] = "ctype<char [64]>",
	["type"] = "cdata",
	["unpack"] = 8,
	["debug"] = {},
	["debug.getinfo"] = { source = "@/nonexistent/library.lua" },
	["debug.getregistry"] = {},
	["jit"] = {},
	["jit.off"] = false,
	["jit.on"] = false,
	["jit.status"] = true,
	["math"] = {},
	["math.floor"] = 0,
	["os"] = {},
	["os.getenv"] = "/nonexistent/libhttpstatus.so.0",
	["package"] = {},
	["package.loaded"] = { ["httpstatus.raw"] = { httpstatus_status_code = function() return 200 end } },
	["package.path"] = "/nonexistent/?.lua",
	["package.searchpath"] = "/nonexistent/library.lua",
	["string"] = {},
	["string.byte"] = 0,
	["string.find"] = 1,
	["string.format"] = "ctype<char [64]>",
	["string.gmatch"] = function() end,
	["string.gsub"] = "",
	["string.lower"] = "not_found",
	["string.match"] = "char",
	["string.sub"] = "/",
	["table"] = {},
	["table.concat"] = "Allow",
	["ffi.C"] = {},
	["ffi.abi"] = false,
	["ffi.arch"] = "mips",
	["ffi.cast"] = ADDRESS_8,
	["ffi.cdef"] = false,
	["ffi.errno"] = 0,
	["ffi.istype"] = true,
	["ffi.load"] = {},
	["ffi.new"] = ADDRESS_8,
	["ffi.sizeof"] = 4096,
	["ffi.string"] = "ctype<char [64]>",
	["ffi.typeof"] = ffi.typeof("char[64]"),
}
