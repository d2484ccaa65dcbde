#!/bin/sh
# SPDX-License-Identifier: MIT
# update.sh ABIDW NM TOP_SRCDIR LIBRARY: rewrites the committed ABI baseline (abi/libhttpstatus.abi)
# and the golden list of exported symbols (abi/symbols.txt) from LIBRARY.  Run it through
# `make update-abi`, only when the ABI is meant to change; see doc/hardening.md.
set -eu
abidw=$1 nm=$2 top=$3 lib=$4
sh "$(dirname "$0")/abi-dump.sh" "$abidw" "$top" "$lib" >"$top/abi/libhttpstatus.abi.tmp"
mv "$top/abi/libhttpstatus.abi.tmp" "$top/abi/libhttpstatus.abi"
sh "$(dirname "$0")/symbols.sh" "$nm" "$lib" >"$top/abi/symbols.txt"
echo "updated $top/abi/libhttpstatus.abi and $top/abi/symbols.txt from $lib"
