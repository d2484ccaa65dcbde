#!/bin/sh
# make check: the Node binding's tests (node --test, TAP) against the build tree's library
# (LIBHTTPSTATUS_PATH) and the koffi of bindings/node/node_modules (or of NODE_PATH).
. "$top_srcdir/tests/tap.sh"

dir=$top_srcdir/bindings/node
[ -n "$NODE" ] || tap_skip_all "no node"
command -v "$NODE" >/dev/null 2>&1 || tap_skip_all "no node at $NODE"
"$NODE" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' ||
	tap_skip_all "node $("$NODE" --version) is older than 18 (node --test)"
tap_need_library
(cd "$dir" && "$NODE" -e 'require.resolve("koffi")') >/dev/null 2>&1 ||
	tap_skip_all "no koffi for $dir (run npm ci there, or point NODE_PATH at a node_modules holding koffi)"

cd "$dir" || exit 1
# Every test file of test/ (the shell expands the globs; node 20 would not).
exec "$NODE" --test --test-reporter=tap test/*.test.cjs test/*.test.mjs
