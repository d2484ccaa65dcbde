# Sourced by the shell tests: a minimal TAP producer.  Each check prints one line; tap_done prints the plan.
tap_n=0
tap_failed=0

# When the recipe's gate failed (gen/check-model.sh), a test would only fail again for the same
# reason: it says where the reason is written instead.
if [ -n "${top_builddir:-}" ] && [ -f "$top_builddir/check-model.failed" ]; then
	echo "Bail out! see make check-model: $(sed -n 1p "$top_builddir/check-model.failed")"
	exit 1
fi

# tap_check DESCRIPTION COMMAND...: runs COMMAND; ok when it exits 0.
tap_check() {
	desc=$1
	shift
	tap_n=$((tap_n + 1))
	if "$@"; then
		echo "ok $tap_n - $desc"
	else
		echo "not ok $tap_n - $desc"
		tap_failed=$((tap_failed + 1))
	fi
}

# tap_skip DESCRIPTION REASON: one check that cannot run here.
tap_skip() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1 # SKIP $2"
}

# tap_skip_all REASON: the whole script cannot run here.
tap_skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

tap_done() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}

# tap_need_library: the built library (LIBHTTPSTATUS_PATH, which the top Makefile.am reads from
# lib/libhttpstatus.la) must exist; without it the test is broken, never skipped.
tap_need_library() {
	[ -n "$LIBHTTPSTATUS_PATH" ] && [ -f "$LIBHTTPSTATUS_PATH" ] && return 0
	echo "Bail out! no built library at '$LIBHTTPSTATUS_PATH' (lib/libhttpstatus.la names its file)"
	exit 1
}
