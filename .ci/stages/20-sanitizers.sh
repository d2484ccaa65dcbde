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
# The stage runs in a subshell of its own (.ci/run), so the preload ends with it.
hs_asan=$top/_ci/asan
# Ruby runs here too, with use_sigaltstack=0: the interpreter installs a signal stack of its own on
# its threads, and ASan, which would otherwise unmap the signal stack it finds when a thread ends,
# aborts on Ruby's ("failed to deallocate ... unable to unmap", a CHECK in libasan) (doc/hardening.md).
configure_in "sanitizers: configure --enable-sanitizers (gcc)" "$hs_asan" CC=gcc CXX=g++ --enable-sanitizers
record "sanitizers: make" logged "$hs_asan/make.out" make -C "$hs_asan"
hs_c_tests="fuzz/replay tests/threads tests/header-pedantic tests/header-cxx tests/test-libhttpstatus"
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	record "sanitizers: C tests with ASan, UBSan and LSan (leak detection on)" \
	logged "$hs_asan/c-tests.out" make -C "$hs_asan" check TESTS="$hs_c_tests"
export LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:use_sigaltstack=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
check_in "sanitizers: make check, bindings included (ASan+UBSan preloaded)" "$hs_asan"
