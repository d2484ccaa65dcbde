dnl Compiler and linker flag probes for libhttpstatus.

dnl HS_CHECK_FLAGS(VARIABLE, FLAGS): append each of FLAGS that the C compiler accepts
dnl (with -Werror, so a flag it only warns about is left out) to VARIABLE.
AC_DEFUN([HS_CHECK_FLAGS], [
	for hs_flag in $2; do
		AS_VAR_PUSHDEF([hs_cache], [hs_cv_cflag_$hs_flag])
		AC_CACHE_CHECK([whether $CC accepts $hs_flag], [hs_cache], [
			hs_save_CFLAGS=$CFLAGS
			CFLAGS="$CFLAGS -Werror $hs_flag"
			AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [return 0;])],
				[AS_VAR_SET([hs_cache], [yes])], [AS_VAR_SET([hs_cache], [no])])
			CFLAGS=$hs_save_CFLAGS
		])
		AS_VAR_IF([hs_cache], [yes], [$1="$$1 $hs_flag"])
		AS_VAR_POPDEF([hs_cache])
	done
])

dnl HS_CHECK_LDFLAGS(VARIABLE, FLAGS): append each of FLAGS that links a program to VARIABLE.
AC_DEFUN([HS_CHECK_LDFLAGS], [
	for hs_flag in $2; do
		AS_VAR_PUSHDEF([hs_cache], [hs_cv_ldflag_$hs_flag])
		AC_CACHE_CHECK([whether the linker accepts $hs_flag], [hs_cache], [
			hs_save_LDFLAGS=$LDFLAGS
			LDFLAGS="$LDFLAGS -Werror $hs_flag"
			AC_LINK_IFELSE([AC_LANG_PROGRAM([], [return 0;])],
				[AS_VAR_SET([hs_cache], [yes])], [AS_VAR_SET([hs_cache], [no])])
			LDFLAGS=$hs_save_LDFLAGS
		])
		AS_VAR_IF([hs_cache], [yes], [$1="$$1 $hs_flag"])
		AS_VAR_POPDEF([hs_cache])
	done
])

dnl HS_REQUIRE_FLAGS(VARIABLE, FLAGS): set VARIABLE to FLAGS, which must compile and link together.
AC_DEFUN([HS_REQUIRE_FLAGS], [
	AC_MSG_CHECKING([whether $CC builds with $2])
	hs_save_CFLAGS=$CFLAGS
	hs_save_LDFLAGS=$LDFLAGS
	CFLAGS="$CFLAGS $2"
	LDFLAGS="$LDFLAGS $2"
	m4_if(m4_index([$2], [fuzzer]), [-1],
		[AC_LINK_IFELSE([AC_LANG_PROGRAM([], [return 0;])], [hs_ok=yes], [hs_ok=no])],
		[AC_LINK_IFELSE([AC_LANG_SOURCE([[
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { (void)data; (void)size; return 0; }
]])], [hs_ok=yes], [hs_ok=no])])
	CFLAGS=$hs_save_CFLAGS
	LDFLAGS=$hs_save_LDFLAGS
	AC_MSG_RESULT([$hs_ok])
	AS_IF([test "x$hs_ok" = xyes], [$1="$2"],
		[AC_MSG_ERROR([$CC cannot build with $2 (for fuzzing, use CC=clang)])])
	AC_SUBST([$1])
])

dnl HS_CHECK_VERSION_SCRIPT: does the linker take an ELF version script (--version-script)?
AC_DEFUN([HS_CHECK_VERSION_SCRIPT], [
	AC_CACHE_CHECK([whether the linker supports version scripts], [hs_cv_version_script], [
		printf 'HS_TEST { global: main; local: *; };\n' > conftest.map
		hs_save_LDFLAGS=$LDFLAGS
		LDFLAGS="$LDFLAGS -Wl,--version-script=conftest.map"
		AC_LINK_IFELSE([AC_LANG_PROGRAM([], [return 0;])],
			[hs_cv_version_script=yes], [hs_cv_version_script=no])
		LDFLAGS=$hs_save_LDFLAGS
		rm -f conftest.map
	])
])
