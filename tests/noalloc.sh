#!/bin/sh
# No heap allocation anywhere in the library: it imports no allocator, and calling every exported
# function with many inputs under a counting malloc (tests/noalloc) allocates nothing.
. "$top_srcdir/tests/tap.sh"

so=$LIBHTTPSTATUS_PATH
prog=$top_builddir/tests/noalloc
tap_need_library
[ -x "$prog" ] || tap_skip_all "no $prog"
nm=${NM:-nm}
command -v "${nm%% *}" >/dev/null 2>&1 || tap_skip_all "no nm"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Static: no allocating function among the symbols the library needs from elsewhere (the runtime
# entry points that sanitizer and coverage builds add are not the library's own calls).
$nm -D --undefined-only "$so" | awk '{ sub(/@.*/, "", $NF); print $NF }' |
	grep -v -E '^__(asan|ubsan|tsan|msan|lsan|sanitizer|gcov)_' > "$tmp/imports"
grep -E '^(malloc|calloc|realloc|reallocarray|free|aligned_alloc|posix_memalign|memalign|valloc|pvalloc|strn?dup|v?asprintf|getline|getdelim|open_w?memstream|fopen|mmap|mmap64|sbrk|brk|qsort|setlocale|newlocale|.*alloc.*)$' \
	"$tmp/imports" > "$tmp/bad"
if $nm "$so" 2>/dev/null | grep -q ' __gcov_'; then
	# A coverage build links libgcov's runtime (files, malloc) into the library; it runs at exit only.
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - the library imports no allocating function # SKIP coverage build (libgcov inside)"
else
	tap_check "the library imports no allocating function ($(tr '\n' ' ' < "$tmp/imports"))" test ! -s "$tmp/bad"
fi

# The program calls every function the library exports, and nothing else.
$nm -D --defined-only "$so" | awk '$2 == "T" { sub(/@.*/, "", $3); print $3 }' | sort > "$tmp/exported"
"$prog" --list | sort > "$tmp/called"
tap_check "the program calls all $(wc -l < "$tmp/exported") exported functions" cmp -s "$tmp/exported" "$tmp/called"

"$prog" > "$tmp/out" 2>&1
rc=$?
if grep -q '^SKIP' "$tmp/out"; then
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - no allocation while calling every function # SKIP $(sed -n 's/^SKIP //p' "$tmp/out")"
	tap_done
	exit
fi
while read -r verdict text; do
	case $verdict in
	PASS) tap_check "$text" true ;;
	FAIL) tap_check "$text" false ;;
	*) echo "# $verdict $text" ;;
	esac
done < "$tmp/out"
tap_check "the counting program ran to its end" test "$rc" -eq 0 -a "$(grep -c '^PASS\|^FAIL' "$tmp/out")" -ge 2
tap_done
