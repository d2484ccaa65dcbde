# make check-abi in the main build (gcc -g -O2): exported symbols and nodes equal the model of the API
# (tests/exports.sh; abi/symbols.txt is its list), and abidiff finds no change against
# abi/libhttpstatus.abi; strict, so a missing abidiff or a library without debug information fails
# instead of skipping.  Costs a few seconds.
record "make check-abi" make -C "$build" check-abi
