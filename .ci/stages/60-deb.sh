# make deb-check: the Debian packages, built from the release tarball, pass lintian and blhc, install
# into a fresh minimal Debian 12 (a debootstrap root cached in /var/cache/libhttpstatus, made once a
# week: minutes), work there, and purge without a trace.  One step; its TAP lines are in the log.
record "make deb-check" sh -c 'make -C "$1" deb-check >"$1/deb-check.out" 2>&1; rc=$?; grep -E "^(not ok|Bail out|# [0-9]+ passed)" "$1/deb-check.out"; [ $rc -eq 0 ] || tail -n 40 "$1/deb-check.out"; exit $rc' _ "$build"
