# The whole test suite against an ASan+UBSan build (gcc, --enable-sanitizers), bindings included.
# Costs about 1 min on 2 cores (build 10 s, C tests 10 s, make check 40 s).
#
# The Lua, Ruby and Node suites load the instrumented library into an interpreter that was not
# built with ASan, so the ASan runtime must be the first library of the process: LD_PRELOAD it
# (with the UBSan runtime) for the test run.  gcc links executables against the same shared
# runtimes, so the preload agrees with the instrumented C tests too; clang would link a static
# runtime into them, which is why this stage uses gcc.  Leak detection is off for the preloaded
# run: every process of the run (sh, make, the interpreters) gets LSan, and the interpreters keep
# memory alive until exit by design (LuaJIT's and V8's heaps, Ruby's GC), which LSan reports as
# leaks.  The library's own leaks are still checked: the C tests first run without the preload and
# with LSan on, and `make valgrind` (30-valgrind.sh) checks them with memcheck.
hs_asan=$top/_ci/asan
mkdir -p "$hs_asan"
record "sanitizers: configure --enable-sanitizers (gcc)" sh -c 'cd "$1" && "$2/configure" CC=gcc CXX=g++ --enable-sanitizers >configure.out 2>&1 || { tail -n 30 configure.out; exit 1; }' _ "$hs_asan" "$top"
record "sanitizers: make" sh -c 'make -C "$1" >"$1/make.out" 2>&1 || { tail -n 40 "$1/make.out"; exit 1; }' _ "$hs_asan"
hs_c_tests="fuzz/replay tests/threads tests/header-pedantic tests/header-cxx tests/test-libhttpstatus"
record "sanitizers: C tests with ASan, UBSan and LSan (leak detection on)" sh -c '
	ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		make -C "$1" check TESTS="$2" >"$1/c-tests.out" 2>&1 || { tail -n 60 "$1/c-tests.out"; exit 1; }' _ "$hs_asan" "$hs_c_tests"
export LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
check_in "sanitizers: make check, bindings included (ASan+UBSan preloaded)" "$hs_asan"
unset LD_PRELOAD ASAN_OPTIONS UBSAN_OPTIONS
