# Every libFuzzer target for a bounded time (HS_FUZZ_SECONDS, default 20 s each, 6 targets: about
# 2.5 min with the build), starting from the committed corpus; any finding fails the target.
hs_fuzz=$top/_ci/fuzz
mkdir -p "$hs_fuzz"
record "fuzz: configure --enable-fuzzing (clang)" sh -c 'cd "$1" && "$2/configure" CC=clang CXX=clang++ --enable-fuzzing >configure.out 2>&1 || { tail -n 30 configure.out; exit 1; }' _ "$hs_fuzz" "$top"
record "fuzz: build the targets" sh -c 'make -C "$1" >"$1/make.out" 2>&1 || { tail -n 40 "$1/make.out"; exit 1; }' _ "$hs_fuzz"
for hs_target in status-name status-name-ci status-phrase method-name integers status-line; do
	record "fuzz: $hs_target for ${HS_FUZZ_SECONDS:-20} s, no finding" sh "$top/fuzz/run-fuzzers.sh" \
		"${HS_FUZZ_SECONDS:-20}" "$top/fuzz/corpus" "$hs_fuzz/fuzz-runs" "$hs_fuzz/fuzz/fuzz-$hs_target"
done
