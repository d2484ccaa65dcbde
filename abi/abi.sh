#!/bin/sh
# SPDX-License-Identifier: MIT
# The ABI guard (TAP): the exported symbols and their version nodes match the golden list
# abi/symbols.txt, and abidiff finds no change against the committed baseline abi/libhttpstatus.abi.
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

[ -f "$lib" ] || tap_skip_all "no built library at $lib"

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

golden_symbols() {
	sh "$abi/symbols.sh" "$nm" "$lib" >"$work/symbols.txt" &&
		diff -u "$abi/symbols.txt" "$work/symbols.txt"
}
tap_check "exported symbols and nodes equal abi/symbols.txt" golden_symbols

# Every entry is name@@NODE or a NODE itself (nm lists the node's own symbol), and every node is one
# of the version script's.
nodes_known() {
	for node in $(sed 's/.*@@//' "$abi/symbols.txt" | sort -u); do
		grep -q "^$node {" "$top_srcdir/lib/libhttpstatus.sym" || { echo "# not a node of the version script: $node"; return 1; }
	done
}
tap_check "every exported symbol carries a node of lib/libhttpstatus.sym" nodes_known

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
	[ $rc -eq 0 ] || echo "# abidiff exit status $rc; if the change is deliberate, run make update-abi (doc/hardening.md)"
	return $rc
}
if [ -z "$abidw" ] || [ -z "$abidiff" ]; then
	tap_skip_or_fail "abidiff against abi/libhttpstatus.abi" "abidw/abidiff not installed (abigail-tools)"
elif ! sh "$abi/abi-dump.sh" "$abidw" "$top_srcdir" "$lib" >"$work/current.abi" 2>"$work/dump.err"; then
	sed 's/^/# /' "$work/dump.err"
	tap_skip_or_fail "abidiff against abi/libhttpstatus.abi" "library built without debug information"
else
	tap_check "abidiff finds no ABI change against abi/libhttpstatus.abi" compare
fi
tap_done
