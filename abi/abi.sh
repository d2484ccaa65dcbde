#!/bin/sh
# SPDX-License-Identifier: MIT
# The ABI guard (TAP): abidiff finds no change against the committed baseline abi/libhttpstatus.abi
# (this release), and only additions against each earlier release's (abi/libhttpstatus-X.Y.abi).
# (The exported symbols and their nodes are compared with the model of the API by tests/exports.sh;
# abi/symbols.txt is the model's list, written by gen/emit_abi.py.)
# Under `make check` a missing abidiff or a library built without -g skips the abidiff check;
# `make check-abi` sets HS_ABI_STRICT=1 and then fails instead.
. "$top_srcdir/tests/tap.sh"
lib=$LIBHTTPSTATUS_PATH
abi=$top_srcdir/abi
nm=${NM:-nm}
abidw=${ABIDW:-$(command -v abidw || true)}
abidiff=${ABIDIFF:-$(command -v abidiff || true)}
strict=${HS_ABI_STRICT:-0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tap_need_library

# tap_skip_or_fail DESCRIPTION REASON: skips the check, or fails it under HS_ABI_STRICT=1.
tap_skip_or_fail() {
	tap_n=$((tap_n + 1))
	if [ "$strict" = 1 ]; then
		echo "not ok $tap_n - $1: $2"
		tap_failed=$((tap_failed + 1))
	else
		echo "ok $tap_n - $1 # SKIP $2"
	fi
}

# The baseline itself must carry types, or abidiff could not see a changed parameter.
baseline_typed() {
	functions=$(grep -c "<elf-symbol name=.* type='func-type'" "$abi/libhttpstatus.abi")
	typed=$(grep -c "<function-decl .*elf-symbol-id=" "$abi/libhttpstatus.abi")
	echo "# baseline: $typed typed declarations for $functions exported functions"
	[ "$functions" -gt 0 ] && [ "$typed" -eq "$functions" ] && grep -q "<parameter type-id=" "$abi/libhttpstatus.abi"
}
tap_check "the baseline has typed declarations of every exported function" baseline_typed

compare() {
	"$abidiff" "$abi/libhttpstatus.abi" "$work/current.abi" >"$work/abidiff.out" 2>&1
	rc=$?
	sed 's/^/# /' "$work/abidiff.out"
	[ $rc -eq 0 ] && return 0
	newest=$(sed -n 's/^\(HTTPSTATUS_[0-9.]*\) {$/\1/p' "$top_srcdir/lib/libhttpstatus.sym" | tail -n 1)
	if ! grep -q " version='$newest'" "$abi/libhttpstatus.abi"; then
		echo "# the baseline has no symbol at the newest node, $newest: see tests/versions.sh (make release)"
	else
		echo "# abidiff exit status $rc; if the change is deliberate, run make update-abi (doc/hardening.md)"
	fi
	return $rc
}
# exported_symbols FILE: the exported functions and variables an abidw dump holds, NAME@VERSION a line.
exported_symbols() {
	sed -n "s/^ *<elf-symbol name='\([^']*\)' version='\([^']*\)'.* type='\(func\|object\)-type'.*/\1@\2/p" "$1" | sort -u
}
# The earlier releases' baselines (abi/libhttpstatus-X.Y.abi): against each, the library only adds.
# What counts as added is read from the baseline itself: every symbol this build exports that the
# baseline does not hold.  abidiff must find exactly those added, nothing removed, nothing changed.
only_additions() {
	base=$1
	"$abidiff" "$base" "$work/current.abi" >"$work/abidiff.out" 2>&1
	rc=$?
	sed 's/^/# /' "$work/abidiff.out"
	exported_symbols "$base" >"$work/base.symbols"
	exported_symbols "$work/current.abi" >"$work/current.symbols"
	[ -s "$work/base.symbols" ] || { echo "# $base lists no exported symbol"; return 1; }
	gone=$(comm -23 "$work/base.symbols" "$work/current.symbols")
	[ -z "$gone" ] || { echo "# no longer exported:" $gone; return 1; }
	added=$(comm -13 "$work/base.symbols" "$work/current.symbols" | wc -l)
	# abidiff's status: 4 means "ABI changed", 8 "changed incompatibly"; only 0 or 4 can be additions.
	[ $rc -eq 0 ] || [ $rc -eq 4 ] || { echo "# abidiff exit status $rc"; return 1; }
	[ $rc -eq 0 ] && [ "$added" -eq 0 ] && return 0
	grep -q "Functions changes summary: 0 Removed, 0 Changed.*, [0-9]* Added functions\{0,1\}" "$work/abidiff.out" ||
		{ echo "# expected 0 removed and 0 changed functions"; return 1; }
	found=$(sed -n 's/.*summary: .*, \([0-9]*\) Added \(function\|variable\).*/\1/p' "$work/abidiff.out" |
		awk '{ n += $1 } END { print n + 0 }')
	[ "$found" -eq "$added" ] ||
		{ echo "# abidiff finds $found added; the baseline lacks $added of this build's exports"; return 1; }
	! grep -q "Variables changes summary: [1-9]\|, [1-9][0-9]* Changed" "$work/abidiff.out"
}

if [ -z "$abidw" ] || [ -z "$abidiff" ]; then
	tap_skip_or_fail "abidiff against abi/libhttpstatus.abi" "abidw/abidiff not installed (abigail-tools)"
elif ! sh "$abi/abi-dump.sh" "$abidw" "$top_srcdir" "$lib" >"$work/current.abi" 2>"$work/dump.err"; then
	sed 's/^/# /' "$work/dump.err"
	tap_skip_or_fail "abidiff against abi/libhttpstatus.abi" "library built without debug information"
else
	tap_check "abidiff finds no ABI change against abi/libhttpstatus.abi" compare
	for old in "$abi"/libhttpstatus-*.abi; do
		[ -f "$old" ] || continue
		tap_check "against $(basename "$old"), only additions" only_additions "$old"
	done
fi
tap_done
