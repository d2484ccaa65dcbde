#!/bin/sh
# SPDX-License-Identifier: MIT
# abi-dump.sh ABIDW TOP_SRCDIR LIBRARY: prints the ABI of LIBRARY as abidw XML, restricted to the
# types the public headers declare (the records behind the opaque handles are private), without
# source locations or build paths so that the baseline does not depend on where it was built.
# Fails when the library has no debug information: abidw then sees symbols but no types, and
# abidiff would miss every change of a parameter or return type.
set -eu
abidw=$1 top=$2 lib=$3
xml=$("$abidw" --no-corpus-path --no-show-locs --headers-dir "$top/include" --drop-private-types "$lib")
functions=$(printf '%s\n' "$xml" | grep -c "<elf-symbol name=.* type='func-type'" || true)
typed=$(printf '%s\n' "$xml" | grep -c "<function-decl .*elf-symbol-id=" || true)
if [ "$functions" -eq 0 ] || [ "$typed" -ne "$functions" ]; then
	echo "abi-dump.sh: $lib: $typed of $functions exported functions have typed declarations;" >&2
	echo "abi-dump.sh: build the library with debug information (CFLAGS with -g) first" >&2
	exit 1
fi
printf '%s\n' "$xml" | sed -e "s| comp-dir-path='[^']*'||" -e "s|path='[^']*/lib/|path='lib/|"
