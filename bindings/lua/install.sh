#!/bin/sh
# The two ways to install the Lua module, and the rule that keeps them apart (bindings/lua/README.md):
# `make install` puts it in $(luadir) = $(datadir)/lua/5.1, which is also LuaRocks' tree for the
# same prefix; whoever installs it with LuaRocks configures with --disable-lua-install, so that
# make install leaves those files to LuaRocks (which would otherwise move make install's copies
# aside, as *~ files).  Checked here:
#   - make install (into a DESTDIR) installs the module's files, and they load;
#   - `luarocks make` of the rockspec installs the same files into a tree, and they load;
#   - what the fight looks like: luarocks moves make install's files aside;
#   - a build configured with --disable-lua-install installs no Lua file, and luarocks then
#     installs into the same tree with nothing moved aside.
# The luarocks checks are one integration skip (tests/tap.sh) when luarocks is absent.
. "$top_srcdir/tests/tap.sh"
tap_need_library
. "$top_builddir/bindings/lua/lua-env.sh"
[ -n "$LUAJIT" ] && [ -x "$LUAJIT" ] || tap_skip_all "no luajit"

dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
trap 'exit 1' HUP INT PIPE TERM
files="httpstatus.lua httpstatus/api.lua httpstatus/diagnose.lua httpstatus/functions.lua httpstatus/library.lua"
files="$files httpstatus/more.lua httpstatus/names.lua httpstatus/nearest.lua httpstatus/raw.lua"
files="$files httpstatus/rules.lua" # sorted, as find | sort lists them
rockspec=$(cd "$top_srcdir/bindings/lua" && ls httpstatus-*.rockspec)
# make, luarocks and configure are tools, not what is tested: they run without the sanitizer
# runtime .ci/run's sanitizer stage preloads (LuaJIT loading the module keeps it).
tool() {
	env -u LD_PRELOAD "$@"
}

# same_files DIR: DIR holds exactly the module's files, each the same as in the source tree.
same_files() {
	for f in $files; do cmp -s "$top_srcdir/bindings/lua/$f" "$1/$f" || return 1; done
	[ "$(cd "$1" && find httpstatus.lua httpstatus -type f | sort | tr '\n' ' ')" = "$files " ]
}
# loads DIR: LuaJIT finds the module in DIR only and answers a lookup.
loads() {
	[ "$(LUA_PATH="$1/?.lua" "$LUAJIT" -e 'local hs = require("httpstatus")
		io.write(hs.from_code(404).phrase, " ", hs.NOT_FOUND)' 2>&1)" = "Not Found 404" ]
}
# moved_aside DIR: the *~ files luarocks leaves when it finds files it does not own.
moved_aside() {
	find "$1" -name '*~' | wc -l | tr -d ' '
}

# 1. make install, as configured.
tool ${MAKE:-make} -s -C "$top_builddir" install-dist_luaDATA install-dist_luahttpstatusDATA DESTDIR="$dir/dest" \
	> "$dir/make.log" 2>&1 || { sed 's/^/# /' "$dir/make.log"; echo "Bail out! make install of the Lua module failed"; exit 1; }
if [ "$LUA_INSTALL" = yes ]; then
	tap_check "make install puts the module's files in \$(luadir) ($LUADIR)" same_files "$dir/dest$LUADIR"
	tap_check "and LuaJIT loads them from there" loads "$dir/dest$LUADIR"
else
	tap_check "configured --disable-lua-install: make install installs no Lua file" \
		test ! -e "$dir/dest$LUADIR"
fi

# 2. luarocks, from a copy of bindings/lua (luarocks make works in the rockspec's directory).
if ! command -v luarocks > /dev/null 2>&1; then
	tap_integration "luarocks installs the rockspec" "luarocks"
	tap_done
	exit
fi
mkdir -p "$dir/src"
cp -R "$top_srcdir/bindings/lua/httpstatus.lua" "$top_srcdir/bindings/lua/httpstatus" \
	"$top_srcdir/bindings/lua/$rockspec" "$dir/src/"
chmod -R u+w "$dir/src"
rock() {
	tree=$1
	shift
	(cd "$dir/src" && tool luarocks --tree "$tree" "$@" > "$dir/rock.log" 2>&1) ||
		{ sed 's/^/# /' "$dir/rock.log"; return 1; }
}
tap_check "luarocks make $rockspec installs into a tree" rock "$dir/tree" make --deps-mode=none "$rockspec"
tap_check "the rock holds the module's files, the same as make install's" same_files "$dir/tree/share/lua/5.1"
tap_check "and LuaJIT loads them from the tree" loads "$dir/tree/share/lua/5.1"
tap_check "luarocks remove takes them all away" rock "$dir/tree" remove httpstatus
tap_check "nothing of the module is left" test ! -e "$dir/tree/share/lua/5.1/httpstatus.lua"

# 3. The fight: make install's files in LuaRocks' tree are moved aside by luarocks make.
tool ${MAKE:-make} -s -C "$top_builddir" install-dist_luaDATA install-dist_luahttpstatusDATA \
	luadir="$dir/fight/share/lua/5.1" > "$dir/make.log" 2>&1
if [ "$LUA_INSTALL" = yes ]; then
	rock "$dir/fight" make --deps-mode=none "$rockspec"
	count=$(echo $files | wc -w | tr -d ' ')
	tap_check "without the rule, luarocks moves make install's $count files aside (*~)" \
		test "$(moved_aside "$dir/fight")" = "$count"
fi

# 4. The rule: a build configured with --disable-lua-install leaves the tree to luarocks.  A source
# tree configured in place (as Debian's build does) cannot be configured again elsewhere: then a
# copy of it, cleaned, is.
src=$top_srcdir
if [ -f "$top_srcdir/config.status" ]; then
	mkdir -p "$dir/srccopy"
	tar -C "$top_srcdir" --exclude=node_modules --exclude=.git -cf - . | tar -xf - -C "$dir/srccopy"
	tool ${MAKE:-make} -s -C "$dir/srccopy" distclean > "$dir/distclean.log" 2>&1
	src=$dir/srccopy
fi
mkdir -p "$dir/build"
if (cd "$dir/build" && tool "$src/configure" -q --disable-lua-install --prefix="$dir/rule" \
	CC="${CC:-cc}" > "$dir/configure.log" 2>&1); then
	tool ${MAKE:-make} -s -C "$dir/build" install-dist_luaDATA install-dist_luahttpstatusDATA > "$dir/make.log" 2>&1
	tap_check "configured --disable-lua-install, make install installs no Lua file" \
		test ! -e "$dir/rule/share/lua/5.1/httpstatus.lua"
	rock "$dir/rule" make --deps-mode=none "$rockspec"
	tap_check "and luarocks installs into the same prefix with nothing moved aside" \
		test "$(moved_aside "$dir/rule")" = 0 -a -f "$dir/rule/share/lua/5.1/httpstatus/library.lua"
else
	sed 's/^/# /' "$dir/configure.log" | tail -n 20
	tap_check "configure --disable-lua-install runs" false
fi
tap_done
