# make distcheck: the tarball builds out of tree, passes its tests, installs and uninstalls cleanly.
# The tarball carries no node_modules; NODE_PATH lends it the koffi that npm ci installed, so the Node
# suite runs there too.
record "make distcheck" sh -c 'NODE_PATH="$2/bindings/node/node_modules" make -C "$1" distcheck >"$1/distcheck.out" 2>&1 || { tail -n 80 "$1/distcheck.out"; exit 1; }' _ "$build" "$top"
