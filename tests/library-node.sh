#!/bin/sh
# tests/library-node.sh SRCDIR SONAME DIR NODE: builds into DIR the library as release NODE (1.0, 1.1,
# ...) exported it, from the sources in SRCDIR: every lib/*.c, with only the nodes of
# lib/libhttpstatus.sym up to HTTPSTATUS_NODE exported (what that release exported,
# abi/libhttpstatus-NODE.abi), under SONAME, with the development link DIR/libhttpstatus.so beside it.
# tests/compat.sh links a program of each earlier release against it; CI names the 1.0 one in
# LD_LIBRARY_PATH as another copy of the library, which no test may load in place of the one it tests
# (.ci/stages/10-distcheck.sh).  CC is the compiler (cc by default).
[ $# -eq 4 ] || { echo "usage: $0 SRCDIR SONAME DIR NODE" >&2; exit 2; }
src=$1 soname=$2 dir=$3 node=$4
mkdir -p "$dir" || exit 1
# The version script up to the node's closing line, "} HTTPSTATUS_X;" or "};" for the first.
awk -v want="HTTPSTATUS_$node" '
	/^HTTPSTATUS_[0-9.]+ \{/ { on = 1; name = $1 }
	on { print }
	on && /^\}/ { on = 0; if (name == want) { found = 1; exit } }
	END { exit !found }' "$src/lib/libhttpstatus.sym" >"$dir/v$node.sym" ||
	{ echo "$0: no HTTPSTATUS_$node node in $src/lib/libhttpstatus.sym" >&2; exit 1; }
# shellcheck disable=SC2086
${CC:-cc} -shared -fPIC -fvisibility=hidden -DHTTPSTATUS_BUILDING -I"$src/include" -I"$src/lib" "$src"/lib/*.c \
	-Wl,--version-script="$dir/v$node.sym" -Wl,-soname,"$soname" -o "$dir/$soname" &&
	ln -sf "$soname" "$dir/libhttpstatus.so"
