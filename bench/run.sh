#!/bin/sh
# Runs every benchmark once and prints its figures; `make bench` calls it with the build's paths.
# BENCH_SHORT=1: the quick mode (a few seconds each), for CI.  Exits non-zero only when a benchmark
# could not run or print its table, never because a figure is slow.
: "${top_srcdir:?}" "${top_builddir:?}" "${LIBHTTPSTATUS_PATH:?}"
export LIBHTTPSTATUS_PATH BENCH_SHORT
bench=$top_builddir/bench
status=0
only=${BENCH_ONLY:-c size load lua ruby node}
short=
case ${BENCH_SHORT:-} in '' | 0) ;; *) short=1 ;; esac

section() {
	echo
	echo "== $1"
}
wants() {
	case " $only " in *" $1 "*) return 0 ;; esac
	return 1
}
failed() {
	echo "bench: $1 FAILED" >&2
	status=1
}

echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
	"$(${CC:-cc} --version 2>/dev/null | head -n 1), $(date -u +%Y-%m-%d)"

if wants c; then
	section "C: every lookup against its baseline"
	"$bench/bench-c" || failed "the C benchmark"
fi
if wants size; then
	section "library size"
	sh "$top_srcdir/bench/size.sh" || failed "the size report"
fi
if wants load; then
	section "load and first lookup"
	LD_LIBRARY_PATH="$(dirname "$LIBHTTPSTATUS_PATH"):$bench/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
		"$bench/loadtime" "$(basename "$LIBHTTPSTATUS_PATH")" libhstrivial.so ${short:+31} ||
		failed "the load-time benchmark"
fi
exit $status
