# make distcheck: the tarball builds out of tree, passes its tests, installs and uninstalls cleanly.
record "make distcheck" sh -c 'make -C "$1" distcheck >"$1/distcheck.out" 2>&1 || { tail -n 80 "$1/distcheck.out"; exit 1; }' _ "$build"
