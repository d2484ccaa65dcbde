# make deb-check: the Debian packages, built from the release tarball, pass lintian and blhc, install
# into a fresh minimal Debian 12 and then 13 (a debootstrap root per release cached in
# /var/cache/libhttpstatus, made once a week: minutes), work there, and purge without a trace.  Each
# of its TAP lines counts.
tap_target "make deb-check (bookworm)" "$build" deb-check
# The packages are built on this machine both times: the second build's tests would only repeat the
# first's, and the suite runs on Debian 13 itself in 70-quickstart.sh, so the second build skips them.
HS_DEB_SUITE=trixie DEB_BUILD_OPTIONS=nocheck tap_target "make deb-check (trixie)" "$build" deb-check
