LUAJIT='/usr/bin/luajit'
BUSTED='/usr/bin/busted'
LUA_INSTALL='yes'
LUADIR='/usr/local/share/lua/5.1'
