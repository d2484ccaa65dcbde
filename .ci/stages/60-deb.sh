# make deb-check: the Debian packages, built from the release tarball, pass lintian and blhc, install
# into a fresh minimal Debian 12 and then 13 (a debootstrap root per release cached in
# /var/cache/libhttpstatus, made once a week: minutes), work there, and purge without a trace.  Each
# of its TAP lines counts.
tap_target "make deb-check (bookworm)" "$build" deb-check
HS_DEB_SUITE=trixie tap_target "make deb-check (trixie)" "$build" deb-check
