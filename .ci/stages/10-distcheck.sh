# make distcheck where users stand: on a machine where the library is already installed, and with
# LD_LIBRARY_PATH naming another copy of it.
#
# First the README's install: make install && ldconfig puts this build in /usr/local, as the Quick
# start leaves a user's machine, and every later stage runs there (the Debian package build of
# 60-deb.sh among them).  Then the tarball builds out of tree, passes its tests, installs and
# uninstalls cleanly, with LD_LIBRARY_PATH naming another copy of the library under the same SONAME:
# the 1.0 library (tests/library-node.sh), which the loader prefers to a program's run path.  Every
# test must load the library it tests by its own path; one that loaded the installed copy or this one
# would test the wrong library, and this one misses every function added since 1.0.
# The tarball carries no node_modules; NODE_PATH lends it the koffi that npm ci installed, so the Node
# suite runs there too.
hs_sudo=
[ "$(id -u)" = 0 ] || hs_sudo=sudo
record "make install && ldconfig (the library installed on this machine)" \
	sh -c '$2 make -C "$1" install >"$1/install.out" 2>&1 && $2 ldconfig || { tail -n 30 "$1/install.out"; exit 1; }' _ "$build" "$hs_sudo"
hs_other=$top/_ci/library-1.0
hs_soname=$(sed -n "s/^dlname='\(..*\)'$/\1/p" "$build/lib/libhttpstatus.la")
record "another copy of the library ($hs_soname, as 1.0 exported it)" sh tests/library-node.sh "$top" "$hs_soname" "$hs_other" 1.0
record "make distcheck (LD_LIBRARY_PATH names another copy of the library)" sh -c 'LD_LIBRARY_PATH="$3" NODE_PATH="$2/bindings/node/node_modules" make -C "$1" distcheck >"$1/distcheck.out" 2>&1 || { tail -n 80 "$1/distcheck.out"; exit 1; }' _ "$build" "$top" "$hs_other"
