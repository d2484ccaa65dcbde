# HACKING.md's recipe followed on a copy of the tree: a new function at the next node with the four
# hand edits, make regen, make release, then make check and make distcheck there (tests/recipe-check.sh).
tap_target "make recipe-check" "$build" recipe-check
