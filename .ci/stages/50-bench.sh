# Every benchmark once, in its short mode (a few seconds each), so none of them rots.  Each passes
# when it ran to its end and printed its table; the figures themselves are never judged here
# (doc/performance.md records full runs).  BENCH_STRICT: a binding benchmark that cannot run here
# (no runtime, no npm dependencies) fails instead of being skipped.
if [ -f "$top/bench/node/package-lock.json" ]; then
	record "npm ci in bench/node" npm ci --prefix "$top/bench/node" --no-audit --no-fund
fi
for bench_name in c size load lua ruby node; do
	record "bench: $bench_name (short mode)" \
		make -C "$build" bench BENCH_SHORT=1 BENCH_STRICT=1 BENCH_ONLY="$bench_name"
done
