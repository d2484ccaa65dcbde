#!/bin/sh
# The Lua binding's busted specs, run by LuaJIT against the build tree's library; one TAP line each.
. "$top_srcdir/tests/tap.sh"

env_file="$top_builddir/bindings/lua/lua-env.sh"
[ -f "$env_file" ] && . "$env_file"
[ -n "$LUAJIT" ] && [ -x "$LUAJIT" ] || tap_skip_all "no luajit"
[ -n "$BUSTED" ] && [ -f "$BUSTED" ] || tap_skip_all "no busted"
tap_need_library
export LUAJIT

# busted reads no config from the (possibly read-only) source tree and writes nothing: it runs in
# the build tree, finds the module in the source tree first, and prints TAP on stdout.
cd "$top_builddir" || exit 1
exec "$LUAJIT" "$BUSTED" --output=TAP --lpath="$top_srcdir/bindings/lua/?.lua" \
	--pattern=_spec "$top_srcdir/bindings/lua/spec"
