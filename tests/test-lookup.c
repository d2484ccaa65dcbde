/* SPDX-License-Identifier: MIT */
/* Lookups by name, phrase and method with good and hostile input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "suites.h"

typedef const void *(*lookup_fn)(const char *, size_t);

static const void *by_name(const char *s, size_t n) { return httpstatus_status_from_name(s, n); }
static const void *by_name_ci(const char *s, size_t n) { return httpstatus_status_from_name_ci(s, n); }
static const void *by_phrase(const char *s, size_t n) { return httpstatus_status_from_phrase(s, n); }
static const void *by_method(const char *s, size_t n) { return httpstatus_method_from_name(s, n); }

static const struct {
	lookup_fn find;
	const char *good;
} lookups[] = {
	{ by_name, "NOT_FOUND" },
	{ by_name_ci, "NOT_FOUND" },
	{ by_phrase, "Not Found" },
	{ by_method, "GET" },
};

/* A heap copy of TEXT without its NUL, so reading one byte too far is caught by ASan and valgrind. */
static char *unterminated(const char *text, size_t *len)
{
	char *copy;

	*len = strlen(text);
	copy = malloc(*len);
	ck_assert_ptr_nonnull(copy);
	memcpy(copy, text, *len);
	return copy;
}

START_TEST(null_empty_and_sentinel)
{
	lookup_fn find = lookups[_i].find;
	const char *good = lookups[_i].good;

	ck_assert_ptr_null(find(NULL, 0));
	ck_assert_ptr_null(find(NULL, 9));
	ck_assert_ptr_null(find(NULL, HTTPSTATUS_NUL_TERMINATED));
	ck_assert_ptr_null(find("", 0));
	ck_assert_ptr_null(find("", HTTPSTATUS_NUL_TERMINATED));
	ck_assert_ptr_null(find(good, 0));
	ck_assert_ptr_nonnull(find(good, HTTPSTATUS_NUL_TERMINATED));
	ck_assert_ptr_eq(find(good, strlen(good)), find(good, HTTPSTATUS_NUL_TERMINATED));
}
END_TEST

START_TEST(prefixes_suffixes_and_unknown)
{
	lookup_fn find = lookups[_i].find;
	const char *good = lookups[_i].good;
	size_t n = strlen(good);
	char longer[64];

	for (size_t k = 1; k < n; k++)
		ck_assert_msg(find(good, k) == NULL, "prefix of %zu bytes found", k);
	snprintf(longer, sizeof(longer), "%sX", good);
	ck_assert_ptr_null(find(longer, HTTPSTATUS_NUL_TERMINATED));
	snprintf(longer, sizeof(longer), " %s", good);
	ck_assert_ptr_null(find(longer, HTTPSTATUS_NUL_TERMINATED));
	ck_assert_ptr_null(find("NO_SUCH_THING", HTTPSTATUS_NUL_TERMINATED));
	ck_assert_ptr_null(find("x", 1));
}
END_TEST

START_TEST(over_long_input)
{
	lookup_fn find = lookups[_i].find;
	size_t big = 1u << 20;
	char *text = malloc(big + 1);

	ck_assert_ptr_nonnull(text);
	memset(text, 'A', big);
	text[big] = '\0';
	ck_assert_ptr_null(find(text, big));
	ck_assert_ptr_null(find(text, HTTPSTATUS_NUL_TERMINATED));
	ck_assert_ptr_null(find(text, (size_t)-2));
	/* The good key followed by padding, with the length of the key only, still matches. */
	memcpy(text, lookups[_i].good, strlen(lookups[_i].good));
	ck_assert_ptr_nonnull(find(text, strlen(lookups[_i].good)));
	ck_assert_ptr_null(find(text, strlen(lookups[_i].good) + 1));
	free(text);
}
END_TEST

START_TEST(not_nul_terminated)
{
	size_t len;
	char *text = unterminated(lookups[_i].good, &len);

	ck_assert_ptr_nonnull(lookups[_i].find(text, len));
	ck_assert_ptr_null(lookups[_i].find(text, len - 1));
	free(text);
}
END_TEST

START_TEST(embedded_nul)
{
	lookup_fn find = lookups[_i].find;
	const char *good = lookups[_i].good;
	size_t n = strlen(good);
	char text[64];

	memcpy(text, good, n + 1);
	/* The key then a NUL then more: the NUL is part of the text. */
	ck_assert_ptr_null(find(text, n + 1));
	/* A NUL in the middle. */
	text[1] = '\0';
	ck_assert_ptr_null(find(text, n));
	/* Measured as NUL-terminated, the text is the one byte before the NUL. */
	ck_assert_ptr_null(find(text, HTTPSTATUS_NUL_TERMINATED));
}
END_TEST

START_TEST(every_status_name_in_any_case)
{
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);
		char lower[64], mixed[64];
		size_t n = strlen(httpstatus_status_name(s));

		for (size_t k = 0; k <= n; k++) {
			char c = httpstatus_status_name(s)[k];

			lower[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			mixed[k] = (char)(k % 2 ? lower[k] : c);
		}
		ck_assert_ptr_eq(httpstatus_status_from_name_ci(lower, n), s);
		ck_assert_ptr_eq(httpstatus_status_from_name_ci(mixed, n), s);
		/* The exact lookup insists on the case. */
		if (strcmp(lower, httpstatus_status_name(s)) != 0)
			ck_assert_ptr_null(httpstatus_status_from_name(lower, n));
	}
}
END_TEST

START_TEST(phrases_ignore_case_only)
{
	const httpstatus_status *s = httpstatus_status_from_code(404);

	ck_assert_ptr_eq(httpstatus_status_from_phrase("not found", 9), s);
	ck_assert_ptr_eq(httpstatus_status_from_phrase("NOT FOUND", 9), s);
	ck_assert_ptr_eq(httpstatus_status_from_phrase("nOt FoUnD", 9), s);
	ck_assert_ptr_null(httpstatus_status_from_phrase("Not_Found", 9));
	ck_assert_ptr_null(httpstatus_status_from_phrase("Not  Found", 10));
	ck_assert_ptr_null(httpstatus_status_from_phrase("NOT_FOUND", 9));
	ck_assert_int_eq(httpstatus_status_code(httpstatus_status_from_phrase("i'm a teapot", 12)), 418);
	ck_assert_int_eq(httpstatus_status_code(httpstatus_status_from_phrase("PAYLOAD TOO LARGE", 17)), 413);
	/* Bytes that differ from letters only in the 0x20 bit are not letters. */
	ck_assert_ptr_null(httpstatus_status_from_phrase("Not\x00" "Found", 9));
	ck_assert_ptr_null(httpstatus_status_from_name_ci("NOT\x7f" "FOUND", 9));
	ck_assert_ptr_null(httpstatus_status_from_phrase("\xce\xbf\xce\xba", 4));
}
END_TEST

START_TEST(methods_are_case_sensitive)
{
	ck_assert_ptr_nonnull(httpstatus_method_from_name("GET", 3));
	ck_assert_ptr_null(httpstatus_method_from_name("get", 3));
	ck_assert_ptr_null(httpstatus_method_from_name("Get", 3));
	ck_assert_ptr_null(httpstatus_method_from_name("GET ", 4));
	ck_assert_ptr_null(httpstatus_method_from_name("GETX", 3 + 1));
	ck_assert_str_eq(httpstatus_method_name(httpstatus_method_from_name("VERSION-CONTROL", 15)), "VERSION-CONTROL");
	ck_assert_str_eq(httpstatus_method_name(httpstatus_method_from_name("UPDATEREDIRECTREF", 17)), "UPDATEREDIRECTREF");
	for (size_t i = 0; i < httpstatus_method_count(); i++) {
		const httpstatus_method *m = httpstatus_method_at(i);
		char lower[32];
		size_t n = strlen(httpstatus_method_name(m));

		for (size_t k = 0; k < n; k++) {
			char c = httpstatus_method_name(m)[k];

			lower[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		ck_assert_ptr_eq(httpstatus_method_from_name(httpstatus_method_name(m), n), m);
		ck_assert_ptr_null(httpstatus_method_from_name(lower, n));
	}
}
END_TEST

START_TEST(every_byte_value_alone)
{
	for (int c = 0; c < 256; c++) {
		char b = (char)c;

		ck_assert_ptr_null(httpstatus_status_from_name(&b, 1));
		ck_assert_ptr_null(httpstatus_status_from_name_ci(&b, 1));
		ck_assert_ptr_null(httpstatus_status_from_phrase(&b, 1));
		ck_assert_ptr_null(httpstatus_method_from_name(&b, 1));
	}
}
END_TEST

Suite *lookup_suite(void)
{
	Suite *s = suite_create("lookup");
	TCase *tc = tcase_create("lookup");
	int n = (int)(sizeof(lookups) / sizeof(lookups[0]));

	tcase_add_loop_test(tc, null_empty_and_sentinel, 0, n);
	tcase_add_loop_test(tc, prefixes_suffixes_and_unknown, 0, n);
	tcase_add_loop_test(tc, over_long_input, 0, n);
	tcase_add_loop_test(tc, not_nul_terminated, 0, n);
	tcase_add_loop_test(tc, embedded_nul, 0, n);
	tcase_add_test(tc, every_status_name_in_any_case);
	tcase_add_test(tc, phrases_ignore_case_only);
	tcase_add_test(tc, methods_are_case_sensitive);
	tcase_add_test(tc, every_byte_value_alone);
	suite_add_tcase(s, tc);
	return s;
}
