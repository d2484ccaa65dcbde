# The thread test under ThreadSanitizer (clang): the library and tests/threads built with
# -fsanitize=thread; any race report fails it (TSan exits 66).  Costs about 30 s.
hs_tsan=$top/_ci/tsan
configure_in "tsan: configure (clang -fsanitize=thread)" "$hs_tsan" CC=clang CXX=clang++ \
	CFLAGS="-g -O1 -fsanitize=thread" LDFLAGS="-fsanitize=thread"
record "tsan: build the library and tests/threads" logged "$hs_tsan/make.out" make -C "$hs_tsan" lib/libhttpstatus.la tests/threads
record "tsan: tests/threads, 8 threads, no race reported" sh -c 'TSAN_OPTIONS=halt_on_error=1 make -C "$1" check TESTS=tests/threads >"$1/check.out" 2>&1; rc=$?; cat "$1/tests/threads.log"; exit $rc' _ "$hs_tsan"
