-- LuaRocks package of the Lua binding.  It is pure Lua: the C library libhttpstatus (libhttpstatus.so.0)
-- must be installed on the system; the module loads it at run time through LuaJIT's ffi.
-- `make pack-bindings` builds the rock from a copy of this folder with a doc/ folder holding the
-- README and the project's LICENSE and NEWS, which LuaRocks installs as the rock's documentation.
rockspec_format = "3.0"
package = "httpstatus"
version = "1.2.0-1"
source = {
   url = "file://.",
   dir = ".",
}
description = {
   summary = "The IANA HTTP status code and method registries for LuaJIT, over libhttpstatus",
   detailed = [[
Lookups of HTTP statuses by code, name (old names too) and reason phrase, HTTP methods by name,
class of any integer and status-line formatting.  Every record is read from the C library once and
kept in immutable Lua tables, so lookups never cross the FFI.  Requires LuaJIT (ffi) and the shared
library libhttpstatus.so.0.
]],
   license = "MIT",
   labels = { "http", "luajit", "ffi", "openresty" },
}
dependencies = {
   "lua == 5.1",
}
build = {
   type = "builtin",
   modules = {
      ["httpstatus"] = "httpstatus.lua",
      ["httpstatus.api"] = "httpstatus/api.lua",
      ["httpstatus.diagnose"] = "httpstatus/diagnose.lua",
      ["httpstatus.functions"] = "httpstatus/functions.lua",
      ["httpstatus.library"] = "httpstatus/library.lua",
      ["httpstatus.more"] = "httpstatus/more.lua",
      ["httpstatus.names"] = "httpstatus/names.lua",
      ["httpstatus.nearest"] = "httpstatus/nearest.lua",
      ["httpstatus.raw"] = "httpstatus/raw.lua",
      ["httpstatus.rules"] = "httpstatus/rules.lua",
   },
}
test_dependencies = {
   "busted",
}
test = {
   type = "busted",
}
