/* SPDX-License-Identifier: MIT */
/* Status-line formatting with snprintf semantics. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"
#include "suites.h"

#define GUARD '#'

/* Formats CODE into a buffer of SIZE bytes inside a guarded area and checks that nothing past SIZE changed. */
static int format_guarded(int code, size_t size, char *out, size_t out_size)
{
	char area[128];
	int n;

	ck_assert_uint_lt(size, sizeof(area));
	memset(area, GUARD, sizeof(area));
	n = httpstatus_format_status_line(code, area, size);
	for (size_t i = size; i < sizeof(area); i++)
		ck_assert_msg(area[i] == GUARD, "byte %zu past a buffer of %zu was written", i, size);
	if (size > 0)
		ck_assert_msg(memchr(area, '\0', size) != NULL, "not NUL-terminated in %zu bytes", size);
	memcpy(out, area, out_size < sizeof(area) ? out_size : sizeof(area));
	return n;
}

START_TEST(buffer_sizes)
{
	const char *want = "HTTP/1.1 404 Not Found";
	size_t len = strlen(want);
	const size_t sizes[] = { 0, 1, 2, len - 1, len, len + 1, len + 2, 100 };
	char out[128];

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		size_t size = sizes[i];
		int n = format_guarded(404, size, out, sizeof(out));

		ck_assert_int_eq(n, (int)len);
		if (size == 0)
			ck_assert_int_eq(out[0], GUARD);
		else
			ck_assert_int_eq(strncmp(out, want, size - 1), 0);
		if (size > 0)
			ck_assert_uint_eq(strlen(out), size - 1 < len ? size - 1 : len);
	}
	ck_assert_int_eq(httpstatus_format_status_line(404, NULL, 0), (int)len);
}
END_TEST

START_TEST(every_registered_status)
{
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);
		char want[128], got[128];
		int n;

		snprintf(want, sizeof(want), "HTTP/1.1 %d %s", httpstatus_status_code(s), httpstatus_status_phrase(s));
		n = httpstatus_format_status_line(httpstatus_status_code(s), got, sizeof(got));
		ck_assert_int_eq(n, (int)strlen(want));
		ck_assert_str_eq(got, want);
	}
}
END_TEST

START_TEST(unregistered_and_invalid_codes)
{
	char out[64];

	ck_assert_int_eq(httpstatus_format_status_line(299, out, sizeof(out)), 13);
	ck_assert_str_eq(out, "HTTP/1.1 299 ");
	ck_assert_int_eq(httpstatus_format_status_line(100, out, sizeof(out)), 21);
	ck_assert_str_eq(out, "HTTP/1.1 100 Continue");
	ck_assert_int_eq(httpstatus_format_status_line(599, out, sizeof(out)), 13);
	ck_assert_str_eq(out, "HTTP/1.1 599 ");

	static const int bad[] = { INT_MIN, -1, 0, 99, 600, 65536 + 404, INT_MAX };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(out, GUARD, sizeof(out));
		ck_assert_int_eq(httpstatus_format_status_line(bad[i], out, sizeof(out)), -1);
		ck_assert_int_eq(out[0], GUARD);
	}
	/* NULL with a non-zero size is refused. */
	ck_assert_int_eq(httpstatus_format_status_line(404, NULL, 10), -1);
}
END_TEST

Suite *format_suite(void)
{
	Suite *s = suite_create("format");
	TCase *tc = tcase_create("format");

	tcase_add_test(tc, buffer_sizes);
	tcase_add_test(tc, every_registered_status);
	tcase_add_test(tc, unregistered_and_invalid_codes);
	suite_add_tcase(s, tc);
	return s;
}
