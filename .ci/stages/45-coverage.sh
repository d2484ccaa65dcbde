# make coverage: a gcov build runs make check, then gcovr prints the line coverage of lib/ and
# fails below 95 %.  Costs about 30 s.  --enable-coverage defaults CFLAGS to -g -O0 and updates the
# counters atomically (tests/threads runs the library on 8 threads at once).
hs_cov=$top/_ci/coverage
configure_in "coverage: configure --enable-coverage" "$hs_cov" --enable-coverage
record "coverage: make coverage (lib/ line coverage >= 95 %)" sh -c 'make -C "$1" coverage >"$1/coverage.out" 2>&1; rc=$?; grep -E "^(lines|functions|branches):|^TOTAL|^lib/" "$1/coverage.out"; [ $rc -eq 0 ] || tail -n 40 "$1/coverage.out"; exit $rc' _ "$hs_cov"
