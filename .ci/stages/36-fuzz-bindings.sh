# make fuzz-bindings in the main build: random queries asked of the C library, the httpstatus command
# and the three bindings side by side for a fixed time (HS_FUZZ_BINDINGS_SECONDS, 60 s here); every
# answer must be C's.  One result per surface, read from its TAP; a new disagreement fails it and is
# shown shrunk, ready for fuzz/bindings/corpus.tsv.  About 70 s.
hs_out=$build/fuzz-bindings.out
make -C "$build" -s fuzz-bindings FUZZ_SECONDS="${HS_FUZZ_BINDINGS_SECONDS:-60}" >"$hs_out" 2>&1
hs_rc=$?
grep -v '^# known' "$hs_out"
if grep -q '^ok \|^not ok ' "$hs_out"; then
	count_tap "fuzz-bindings: five surfaces, every answer C's" "$hs_out"
	[ "$hs_rc" -eq 0 ] || grep -q '^not ok ' "$hs_out" || record "fuzz-bindings (exit $hs_rc)" false
else
	tail -n 30 "$hs_out"
	record "fuzz-bindings: make fuzz-bindings (ran no surface, exit $hs_rc)" false
fi
