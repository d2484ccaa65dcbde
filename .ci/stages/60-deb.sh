# make deb-check: the Debian packages, built from the release tarball, pass lintian and blhc, install
# into a fresh minimal Debian 12 (a debootstrap root cached in /var/cache/libhttpstatus, made once a
# week: minutes), work there, and purge without a trace.  Each of its TAP lines counts.
tap_target "make deb-check" "$build" deb-check
