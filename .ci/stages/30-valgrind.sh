# make valgrind in the main build: the C test programs under memcheck (--error-exitcode, leaks of
# kind definite/indirect are errors, CK_FORK=no).  Costs about 30 s.
record "make valgrind" sh -c 'make -C "$1" valgrind >"$1/valgrind.out" 2>&1; rc=$?; grep -E "^# (TOTAL|PASS|FAIL|ERROR)" "$1/valgrind.out"; [ $rc -eq 0 ] || tail -n 80 "$1/valgrind-suite.log"; exit $rc' _ "$build"
