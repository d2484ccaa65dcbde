#!/bin/sh
# doc/guide-c.md: every complete C program in the guide (a ```c block with a main function) compiles
# warning-free against the built library, and prints exactly the ```text block that follows it.
. "$top_srcdir/tests/tap.sh"

guide="$top_srcdir/doc/guide-c.md"
lib=$LIBHTTPSTATUS_PATH
[ -f "$lib" ] || { echo "Bail out! $lib is not built"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Splits the guide into $tmp/N.c (programs) and $tmp/N.out (the text block after each).
awk -v dir="$tmp" '
	/^```c$/ { n++; file = dir "/" n ".c"; printf "" > file; inside = 1; next }
	/^```text$/ && n > 0 && !(n in out) { out[n] = 1; file = dir "/" n ".out"; printf "" > file; inside = 1; next }
	/^```/ { if (inside) close(file); inside = 0; next }
	inside { print > file }
' "$guide"

count=0
for src in "$tmp"/*.c; do
	[ -f "$src" ] || continue
	grep -q '^int main' "$src" || continue
	n=$(basename "$src" .c)
	count=$((count + 1))
	tap_check "program $n compiles with -std=c99 -Wall -Wextra -Werror" sh -c \
		'${CC:-cc} -std=c99 -Wall -Wextra -Werror -I"$top_srcdir/include" -o "$1.bin" "$1" "$2" 2>"$1.err" ||
		{ sed "s/^/# /" "$1.err"; exit 1; }' _ "$src" "$lib"
	tap_check "program $n prints the output the guide shows" sh -c \
		'[ -f "$3" ] || { echo "# no text block after the program"; exit 1; }
		LD_LIBRARY_PATH=$(dirname "$2") "$1.bin" >"$1.got" && diff "$3" "$1.got" >"$1.diff" ||
		{ sed "s/^/# /" "$1.diff"; exit 1; }' _ "$src" "$lib" "$tmp/$n.out"
done
tap_check "the guide has complete programs ($count)" test "$count" -ge 5
tap_done
