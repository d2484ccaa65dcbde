#!/bin/sh
# make check: the Ruby binding's minitest suite, in TAP, against the build tree's library
# (LIBHTTPSTATUS_PATH).  Skips as a whole when Ruby, the ffi gem or minitest is missing.
ruby=${RUBY:-}
[ -n "$ruby" ] || ruby=$(command -v ruby 2>/dev/null)
if [ -z "$ruby" ] || ! "$ruby" -e 'exit 0' >/dev/null 2>&1; then
	echo "1..0 # SKIP no ruby"
	exit 0
fi
"$ruby" -e 'require "ffi"' >/dev/null 2>&1 || { echo "1..0 # SKIP no ffi gem (Debian: ruby-ffi)"; exit 0; }
"$ruby" -e 'require "minitest"' >/dev/null 2>&1 || { echo "1..0 # SKIP no minitest (Debian: ruby-minitest)"; exit 0; }
. "$top_srcdir/tests/tap.sh"
tap_need_library
here=$(cd "$(dirname "$0")" && pwd)
export RUBY="$ruby"
exec "$ruby" -w -I "$here/../lib" "$here/run.rb"
