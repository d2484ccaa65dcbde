# make deb-check: the Debian packages, built from the release tarball, pass lintian and blhc, install
# into a fresh minimal Debian 12 (a debootstrap root cached in /var/cache/libhttpstatus, made once a
# week: minutes), work there, and purge without a trace.  Each of its TAP lines counts.
make -C "$build" deb-check >"$build/deb-check.tap" 2>&1
rc=$?
grep -E '^(not ok|Bail out)' "$build/deb-check.tap"
count_tap "make deb-check" "$build/deb-check.tap"
# A failure that no TAP line reports (make dist, a bail-out) still counts as one.
if [ "$rc" -ne 0 ] && ! grep -q '^not ok' "$build/deb-check.tap"; then
	tail -n 40 "$build/deb-check.tap"
	record "make deb-check (exit status $rc)" false
fi
