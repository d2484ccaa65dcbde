#!/bin/sh
# SPDX-License-Identifier: MIT
# run-fuzzers.sh SECONDS CORPUS_DIR WORK_DIR PROGRAM...: fuzz each libFuzzer PROGRAM for SECONDS,
# starting from CORPUS_DIR/<target> (read only; new inputs go to WORK_DIR/<target>.corpus), and
# print TAP, one line per target with the executions it ran.  Exits non-zero when any target
# reports a finding (a crash, a sanitizer report, a broken invariant, a timeout or running out of
# memory); the end of its log follows its line as TAP comments.
set -u
seconds=$1 corpus=$2 work=$3
shift 3
status=0
n=0
mkdir -p "$work"
echo "1..$#"
for prog in "$@"; do
	n=$((n + 1))
	target=$(basename "$prog" | sed 's/^fuzz-//; s/-/_/g')
	out=$work/$target.corpus
	log=$work/$target.log
	mkdir -p "$out"
	"$prog" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$work/$target-" "$out" "$corpus/$target" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	if [ $rc -ne 0 ]; then
		echo "not ok $n - $target: exit $rc after ${runs:-?} executions; see $log"
		tail -n 40 "$log" | sed 's/^/# /'
		status=1
	else
		echo "ok $n - $target: ${runs:-?} executions in ${seconds} s, no finding"
	fi
done
exit $status
