#!/bin/sh
# make check: every query of fuzz/bindings/corpus.tsv (the disagreements make fuzz-bindings found, and
# a seed of every argument shape) asked of the C library, the httpstatus command and each binding
# this machine has; every answer must be C's.  One TAP line per query and surface.
. "$top_srcdir/tests/tap.sh"
tap_need_library
[ -n "$PYTHON3" ] || tap_skip_all "no python3"
exec "$PYTHON3" "$top_srcdir/fuzz/bindings/fuzz.py" replay "$top_srcdir/fuzz/bindings/corpus.tsv"
