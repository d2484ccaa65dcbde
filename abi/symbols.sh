#!/bin/sh
# SPDX-License-Identifier: MIT
# symbols.sh NM LIBRARY: the dynamic symbols LIBRARY defines, one "name@@NODE" per line, sorted
# (the format of abi/symbols.txt).
set -eu
$1 -D --defined-only "$2" | awk '{ print $NF }' | LC_ALL=C sort
