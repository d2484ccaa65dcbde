#!/bin/sh
# Installs into a scratch root, then builds and runs a program with
#   cc prog.c $(pkg-config --cflags --libs httpstatus)
# against the installed library only.
. "$top_srcdir/tests/tap.sh"

command -v pkg-config >/dev/null 2>&1 || tap_skip_all "no pkg-config"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

tap_check "make install into a scratch root" sh -c \
	'"${MAKE:-make}" -C "$1" install DESTDIR="$2" >"$3/install.log" 2>&1 || { cat "$3/install.log"; exit 1; }' \
	_ "$top_builddir" "$root" "$tmp"
libdir=$(sed -n 's/^libdir=//p' "$top_builddir/httpstatus.pc")
prefix=$(sed -n 's/^prefix=//p' "$top_builddir/httpstatus.pc")
libdir=$(echo "$libdir" | sed "s|\${exec_prefix}|$prefix|; s|\${prefix}|$prefix|")
pcdir=$(dirname "$(find "$root" -name httpstatus.pc | head -n 1)")
tap_check "httpstatus.pc is installed" test -f "$pcdir/httpstatus.pc"
tap_check "the header is installed" sh -c 'find "$1" -name httpstatus.h | grep -q .' _ "$root"
tap_check "the library is installed by its SONAME" sh -c 'find "$1" -name "libhttpstatus.so.*" | grep -q .' _ "$root"

cat > "$tmp/prog.c" <<'PROG'
#include <stdio.h>
#include <string.h>
#include <httpstatus.h>

int main(void)
{
	char line[64];
	const httpstatus_status *s = httpstatus_status_from_name("NOT_FOUND", HTTPSTATUS_NUL_TERMINATED);

	if (httpstatus_status_code(s) != HTTPSTATUS_NOT_FOUND)
		return 1;
	httpstatus_format_status_line(httpstatus_status_code(s), line, sizeof(line));
	puts(line);
	return strcmp(httpstatus_version(), HTTPSTATUS_VERSION_STRING_FOR_TEST) != 0;
}
PROG
version=$(sed -n 's/^Version: //p' "$pcdir/httpstatus.pc")
flags=$(PKG_CONFIG_PATH=$pcdir PKG_CONFIG_SYSROOT_DIR=$root pkg-config --cflags --libs httpstatus)
tap_check "pkg-config knows httpstatus $version" test -n "$flags"
tap_check "cc prog.c \$(pkg-config --cflags --libs httpstatus)" \
	${CC:-cc} -DHTTPSTATUS_VERSION_STRING_FOR_TEST="\"$version\"" "$tmp/prog.c" -o "$tmp/prog" $flags
out=$(LD_LIBRARY_PATH=$root$libdir "$tmp/prog")
tap_check "the program runs against the installed library" test "$out" = "HTTP/1.1 404 Not Found"
used=$(LD_LIBRARY_PATH=$root$libdir ldd "$tmp/prog" | grep libhttpstatus)
tap_check "and it is the installed library that it loads ($used)" sh -c 'echo "$1" | grep -q "$2"' _ "$used" "$root"
tap_done
