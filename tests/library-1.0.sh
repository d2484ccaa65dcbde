#!/bin/sh
# tests/library-1.0.sh SRCDIR SONAME DIR: builds into DIR the library as 1.0 exported it, from the
# sources in SRCDIR: every lib/*.c, with only the HTTPSTATUS_1.0 node of lib/libhttpstatus.sym exported
# (what a 1.0 build exported, abi/libhttpstatus-1.0.abi), under SONAME, with the development link
# DIR/libhttpstatus.so beside it.  tests/compat.sh links a 1.0 program against it; CI names it in
# LD_LIBRARY_PATH as another copy of the library, which no test may load in place of the one it tests
# (.ci/stages/10-distcheck.sh).  CC is the compiler (cc by default).
[ $# -eq 3 ] || { echo "usage: $0 SRCDIR SONAME DIR" >&2; exit 2; }
src=$1 soname=$2 dir=$3
mkdir -p "$dir" || exit 1
awk '/^HTTPSTATUS_1\.0 \{/ { on = 1 } on { print } on && /^\};/ { exit }' "$src/lib/libhttpstatus.sym" >"$dir/v1.0.sym" &&
	test -s "$dir/v1.0.sym" || { echo "$0: no HTTPSTATUS_1.0 node in $src/lib/libhttpstatus.sym" >&2; exit 1; }
# shellcheck disable=SC2086
${CC:-cc} -shared -fPIC -fvisibility=hidden -DHTTPSTATUS_BUILDING -I"$src/include" -I"$src/lib" "$src"/lib/*.c \
	-Wl,--version-script="$dir/v1.0.sym" -Wl,-soname,"$soname" -o "$dir/$soname" &&
	ln -sf "$soname" "$dir/libhttpstatus.so"
