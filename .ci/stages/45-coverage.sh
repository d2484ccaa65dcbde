# make coverage: a gcov build runs make check, then gcovr prints the line coverage of lib/ and
# fails below 95 %.  Costs about 30 s.  CFLAGS: -O0 so that the project's -O0 is not overridden by
# the default -O2, and atomic counters because tests/threads runs the library on 8 threads at once
# (plain counters race and gcov then reports negative branch counts, which gcovr rejects).
hs_cov=$top/_ci/coverage
mkdir -p "$hs_cov"
record "coverage: configure --enable-coverage" sh -c 'cd "$1" && "$2/configure" --enable-coverage CFLAGS="-g -O0 -fprofile-update=atomic" >configure.out 2>&1 || { tail -n 30 configure.out; exit 1; }' _ "$hs_cov" "$top"
record "coverage: make coverage (lib/ line coverage >= 95 %)" sh -c 'make -C "$1" coverage >"$1/coverage.out" 2>&1; rc=$?; grep -E "^(lines|functions|branches):|^TOTAL|^lib/" "$1/coverage.out"; [ $rc -eq 0 ] || tail -n 40 "$1/coverage.out"; exit $rc' _ "$hs_cov"
