#!/bin/sh
# SPDX-License-Identifier: MIT
# The built shared library keeps the hardening configure asked for (TAP): full RELRO (GNU_RELRO
# and BIND_NOW), a non-executable stack, no text relocations, the stack protector, and
# _FORTIFY_SOURCE active with the build's flags.  Skips when configured with --disable-hardening.
# Needs READELF, NM, CC and the build's HS_CFLAGS, HS_CPPFLAGS, HS_LDFLAGS, CPPFLAGS and CFLAGS.
. "$top_srcdir/tests/tap.sh"
lib=$LIBHTTPSTATUS_PATH
readelf=${READELF:-readelf}
nm=${NM:-nm}

tap_need_library
command -v "$readelf" >/dev/null 2>&1 || tap_skip_all "no readelf"
case " ${HS_LDFLAGS-} " in
*-z,relro*) ;;
*) tap_skip_all "built without hardening (--disable-hardening, or the linker lacks -z relro)" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$readelf" -lW "$lib" >"$work/segments"
"$readelf" -dW "$lib" >"$work/dynamic"
$nm -D --undefined-only "$lib" | awk '{ print $NF }' | sed 's/@.*//' >"$work/imports"

tap_check "GNU_RELRO segment (RELRO)" grep -q 'GNU_RELRO' "$work/segments"
case " $HS_LDFLAGS " in
*-z,now*) tap_check "BIND_NOW (full RELRO: the GOT is read-only after loading)" \
	grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' "$work/dynamic" ;;
esac
stack_not_executable() {
	grep -q 'GNU_STACK' "$work/segments" && ! grep 'GNU_STACK' "$work/segments" | grep -q 'RWE'
}
tap_check "GNU_STACK present and not executable" stack_not_executable
tap_check "no text relocations" sh -c '! grep -q TEXTREL "$1"' _ "$work/dynamic"

# -fstack-protector-strong guards every function with a local array; format_status_line() has one,
# so a protected library calls __stack_chk_fail.
case " $HS_CFLAGS " in
*-fstack-protector*) tap_check "stack protector: the library references __stack_chk_fail" \
	grep -qx '__stack_chk_fail' "$work/imports" ;;
esac

# _FORTIFY_SOURCE leaves no mark in a library whose bounded copies the compiler inlines or proves
# safe (this one imports only memchr and memcmp, which have no checked variant).  What can be
# checked: the build's own flags turn a copy of unknown length into a fixed buffer into the
# checked __memcpy_chk; and the library calls no unchecked libc function whose _chk variant the
# compiler could have used (those are listed, not failed, as their size may be unknown).
case " ${HS_CPPFLAGS-} " in
*_FORTIFY_SOURCE=*)
	# The compile line is $(HS_CFLAGS) $(CFLAGS): the last -O option wins.
	optimized=no
	for flag in ${HS_CFLAGS-} ${CFLAGS-}; do
		case $flag in
		-O0) optimized=no ;;
		-O*) optimized=yes ;;
		esac
	done
	if [ "$optimized" = no ]; then
		tap_n=$((tap_n + 1))
		echo "ok $tap_n - _FORTIFY_SOURCE # SKIP glibc fortifies only optimized code; CFLAGS='${CFLAGS-}'"
	else
		cat >"$work/probe.c" <<'PROBE'
#include <string.h>
void hs_sink(char *p);
void hs_probe(const char *src, size_t n);
void hs_probe(const char *src, size_t n) { char dst[16]; memcpy(dst, src, n); hs_sink(dst); }
PROBE
		# shellcheck disable=SC2086
		fortified() {
			${CC:-cc} ${HS_CPPFLAGS-} ${CPPFLAGS-} ${HS_CFLAGS-} ${CFLAGS-} -c "$work/probe.c" -o "$work/probe.o" &&
				$nm "$work/probe.o" | grep -q '__memcpy_chk'
		}
		tap_check "_FORTIFY_SOURCE: the build's flags turn an unbounded memcpy into __memcpy_chk" fortified
		for f in memcpy memmove memset strcpy stpcpy strncpy strcat strncat sprintf snprintf vsprintf \
			vsnprintf printf fprintf fgets read; do
			grep -qx "$f" "$work/imports" && echo "# note: the library calls $f unchecked (size unknown to the compiler?)"
		done
		echo "# libc imports of the library: $(grep -v '^_' "$work/imports" | grep -vE '^(__gmon_start__)$' | tr '\n' ' ')"
	fi
	;;
esac
tap_done
