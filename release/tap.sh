# SPDX-License-Identifier: MIT
# Sourced by the release scripts: TAP lines with the command's output as diagnostics on a failure.
# check DESCRIPTION COMMAND... runs COMMAND; ok/not_ok print one line; bail stops the whole run.
# HS_TAP_TAIL (default: all) limits the diagnostics to the last N lines of the output.
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check() {
	local desc=$1 log
	shift
	log=$("$@" 2>&1)
	if [ $? -eq 0 ]; then
		ok "$desc"
	else
		not_ok "$desc"
		printf '%s\n' "$log" | tail -n "${HS_TAP_TAIL:-+1}" | sed 's/^/# /'
	fi
}
bail() { echo "Bail out! $1"; exit 1; }
