#!/bin/sh
# The EXAMPLES of every manual page in doc/man3 compile warning-free against the built library
# (a fragment is wrapped in a main function with <stdio.h>, <stdlib.h> and <string.h> included) and
# run to a successful exit.
. "$top_srcdir/tests/tap.sh"

lib=$LIBHTTPSTATUS_PATH
[ -f "$lib" ] || { echo "Bail out! $lib is not built"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

for page in "$top_srcdir"/doc/man3/*.3; do
	grep -q '^\.Sh EXAMPLES' "$page" || continue
	name=$(basename "$page" .3)
	# The literal displays of EXAMPLES, with the roff escapes \e (backslash) and \& (nothing) undone.
	awk '/^\.Sh EXAMPLES/ { e = 1; next } /^\.Sh / { e = 0 }
	     e && /^\.Bd -literal/ { b = 1; next } e && /^\.Ed/ { b = 0; next } e && b { print }' "$page" |
		sed 's/\\e/\\/g; s/\\&//g' >"$tmp/body"
	{
		printf '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <httpstatus.h>\n'
		if grep -q '^main(\|^int main(' "$tmp/body"; then
			cat "$tmp/body"
		else
			printf 'int main(void)\n{\n'
			cat "$tmp/body"
			printf 'return 0;\n}\n'
		fi
	} >"$tmp/$name.c"
	tap_check "$name(3): the example compiles with -std=c99 -Wall -Wextra -Werror" sh -c \
		'${CC:-cc} -std=c99 -Wall -Wextra -Werror -I"$top_srcdir/include" -o "$1.bin" "$1" "$2" 2>"$1.err" ||
		{ sed "s/^/# /" "$1.err"; exit 1; }' _ "$tmp/$name.c" "$lib"
	tap_check "$name(3): the example runs" sh -c 'LD_LIBRARY_PATH=$(dirname "$2") "$1.bin" >/dev/null' _ "$tmp/$name.c" "$lib"
done
tap_done
