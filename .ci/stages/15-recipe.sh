# HACKING.md's recipe followed on a copy of the tree: a new function at the next node with the four
# hand edits, make regen, make release, then make distcheck and the make check it runs there (tests/recipe-check.sh).
tap_target "make recipe-check" "$build" recipe-check
