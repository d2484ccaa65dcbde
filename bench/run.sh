#!/bin/sh
# Runs every benchmark once and prints its figures; `make bench` calls it with the build's paths.
#   BENCH_SHORT=1          the quick mode (a few seconds each), for CI
#   BENCH_ONLY="c lua"     only these of: c size load lua ruby node
#   BENCH_STRICT=1         a benchmark that cannot run here fails instead of being skipped (CI)
# Exits non-zero only when a benchmark that can run here did not run to its end and print its table,
# never because a figure is slow: these are figures, not tests.  A binding whose runtime (or, for
# Node, whose npm dependencies) is missing is reported as skipped.
: "${top_srcdir:?}" "${top_builddir:?}" "${LIBHTTPSTATUS_PATH:?}"
export LIBHTTPSTATUS_PATH BENCH_SHORT
bench=$top_builddir/bench
status=0
only=${BENCH_ONLY:-c size load lua ruby node}
short=
case ${BENCH_SHORT:-} in '' | 0) ;; *) short=1 ;; esac
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT

wants() {
	case " $only " in *" $1 "*) return 0 ;; esac
	return 1
}

# run TITLE MUST_PRINT COMMAND...: runs one benchmark, passing its output through; it counts as run
# when it exits 0 and its output has the line MUST_PRINT (the header of its table).
run() {
	title=$1 must=$2
	shift 2
	echo
	echo "== $title"
	"$@" > "$out" 2>&1
	rc=$?
	cat "$out"
	if [ "$rc" -ne 0 ] || ! grep -q "$must" "$out"; then
		echo "bench: $title did not run to its end (exit $rc)" >&2
		status=1
	fi
}

skip() {
	echo
	echo "== $1"
	echo "skipped: $2"
	case ${BENCH_STRICT:-} in '' | 0) ;; *) status=1 ;; esac
}

echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
	"$(${CC:-cc} --version 2>/dev/null | head -n 1), $(date -u '+%Y-%m-%d %H:%M UTC')"

if wants c; then
	run "C: every lookup against its baseline" "against the baseline" "$bench/bench-c"
fi
if wants size; then
	run "library size" "registry tables" sh "$top_srcdir/bench/size.sh"
fi
if wants load; then
	run "load and first lookup" "ratio of the totals" env \
		LD_LIBRARY_PATH="$(dirname "$LIBHTTPSTATUS_PATH"):$bench/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
		"$bench/loadtime" "$(basename "$LIBHTTPSTATUS_PATH")" libhstrivial.so ${short:+31}
	if [ -z "${PYTHON3:-}" ]; then
		skip "each binding's start-up" "no python3"
	else
		run "each binding's start-up" "start-up: done" env LUAJIT="${LUAJIT:-}" RUBY="${RUBY:-}" NODE="${NODE:-}" \
			"$PYTHON3" "$top_srcdir/bench/startup.py" "$top_srcdir" ${short:+5}
	fi
fi
if wants lua; then
	if [ -z "${LUAJIT:-}" ]; then
		skip "LuaJIT binding" "no luajit"
	else
		run "LuaJIT binding against a Lua table" "against the baseline" \
			"$LUAJIT" "$top_srcdir/bench/lua/bench.lua" "$top_srcdir"
	fi
fi
if wants ruby; then
	if [ -z "${RUBY:-}" ] || ! "$RUBY" -e 'require "ffi"' 2>/dev/null; then
		skip "Ruby binding" "no ruby or no ffi gem (ruby-ffi)"
	else
		run "Ruby binding against a Hash" "against the baseline" \
			"$RUBY" "$top_srcdir/bench/ruby/bench.rb" "$top_srcdir"
	fi
fi
if wants node; then
	if [ -z "${NODE:-}" ]; then
		skip "Node binding" "no node"
	elif [ ! -d "$top_srcdir/bench/node/node_modules/statuses" ] ||
		[ ! -d "$top_srcdir/bindings/node/node_modules/koffi" ]; then
		skip "Node binding" "run npm ci in bench/node and bindings/node first"
	else
		run "Node binding against http.STATUS_CODES and statuses" "against the baseline" \
			"$NODE" "$top_srcdir/bench/node/bench.cjs" "$top_srcdir"
		run "Node binding: start-up to the first answer" "libhttpstatus adds" \
			"$NODE" "$top_srcdir/bench/node/startup.cjs" "$top_srcdir"
	fi
fi
exit $status
