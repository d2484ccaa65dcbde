# The thread test under ThreadSanitizer (clang): the library and tests/threads built with
# -fsanitize=thread; any race report fails it (TSan exits 66).  Costs about 30 s.
hs_tsan=$top/_ci/tsan
mkdir -p "$hs_tsan"
record "tsan: configure (clang -fsanitize=thread)" sh -c 'cd "$1" && "$2/configure" CC=clang CXX=clang++ CFLAGS="-g -O1 -fsanitize=thread" LDFLAGS="-fsanitize=thread" >configure.out 2>&1 || { tail -n 30 configure.out; exit 1; }' _ "$hs_tsan" "$top"
record "tsan: build the library and tests/threads" sh -c 'make -C "$1" lib/libhttpstatus.la tests/threads >"$1/make.out" 2>&1 || { tail -n 40 "$1/make.out"; exit 1; }' _ "$hs_tsan"
record "tsan: tests/threads, 8 threads, no race reported" sh -c 'TSAN_OPTIONS=halt_on_error=1 make -C "$1" check TESTS=tests/threads >"$1/check.out" 2>&1; rc=$?; cat "$1/tests/threads.log"; exit $rc' _ "$hs_tsan"
