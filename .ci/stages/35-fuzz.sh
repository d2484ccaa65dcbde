# make fuzz: every libFuzzer target on the list in fuzz/Makemodule.am for make fuzz's default time
# (FUZZ_SECONDS there; HS_FUZZ_SECONDS overrides it), starting from the committed corpus; any
# finding fails the target.  One result per target, read from make fuzz's TAP.  About 2.5 min with
# the build.
hs_fuzz=$top/_ci/fuzz
configure_in "fuzz: configure --enable-fuzzing (clang)" "$hs_fuzz" CC=clang CXX=clang++ --enable-fuzzing
record "fuzz: build the targets" logged "$hs_fuzz/make.out" make -C "$hs_fuzz"
make -C "$hs_fuzz" -s fuzz ${HS_FUZZ_SECONDS:+FUZZ_SECONDS="$HS_FUZZ_SECONDS"} >"$hs_fuzz/fuzz.out" 2>&1
hs_rc=$?
grep -v '^# ' "$hs_fuzz/fuzz.out"
if grep -q '^ok \|^not ok ' "$hs_fuzz/fuzz.out"; then
	count_tap "fuzz: make fuzz, every target without a finding" "$hs_fuzz/fuzz.out"
	[ "$hs_rc" -eq 0 ] || grep '^# ' "$hs_fuzz/fuzz.out"
else
	cat "$hs_fuzz/fuzz.out"
	record "fuzz: make fuzz (ran no target, exit $hs_rc)" false
fi
