#!/bin/sh
# SPDX-License-Identifier: MIT
# update.sh ABIDW TOP_SRCDIR LIBRARY: rewrites the committed ABI baseline (abi/libhttpstatus.abi) from
# LIBRARY.  Run it through `make update-abi`, only when the ABI is meant to change; see
# doc/hardening.md.  (abi/symbols.txt, the golden list of exports, is written by `make regen`.)
set -eu
abidw=$1 top=$2 lib=$3
sh "$(dirname "$0")/abi-dump.sh" "$abidw" "$top" "$lib" >"$top/abi/libhttpstatus.abi.tmp"
mv "$top/abi/libhttpstatus.abi.tmp" "$top/abi/libhttpstatus.abi"
echo "updated $top/abi/libhttpstatus.abi from $lib"
