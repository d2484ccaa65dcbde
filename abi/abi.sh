#!/bin/sh
# SPDX-License-Identifier: MIT
# The ABI guard (TAP): abidiff finds no change against the committed baseline abi/libhttpstatus.abi.
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
