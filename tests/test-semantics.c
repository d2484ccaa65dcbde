/* SPDX-License-Identifier: MIT */
/* The 1.1 additions against data/: status semantics, unofficial statuses, alias sources; and the 1.2
 * evidence of aliases and statuses. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "httpstatus.h"
#include "suites.h"

static int yes(const char *value)
{
	ck_assert_msg(strcmp(value, "yes") == 0 || strcmp(value, "no") == 0, "flag %s", value);
	return strcmp(value, "yes") == 0;
}

START_TEST(semantics_match_data)
{
	struct csv_table t;

	csv_load(&t, "semantics.csv");
	ck_assert_uint_eq(httpstatus_status_count(), t.nrows);
	for (size_t i = 0; i < t.nrows; i++) {
		const httpstatus_status *s = httpstatus_status_from_code(atoi(csv_get(&t, i, "code")));
		const char *follow = csv_get(&t, i, "method_on_redirect");

		ck_assert_ptr_eq(s, httpstatus_status_at(i));
		ck_assert_int_eq(httpstatus_status_is_location_redirect(s), yes(csv_get(&t, i, "redirect")));
		ck_assert_int_eq(httpstatus_status_is_permanent_redirect(s), yes(csv_get(&t, i, "permanent")));
		ck_assert_int_eq(httpstatus_status_is_transient(s), yes(csv_get(&t, i, "transient")));
		ck_assert_int_eq(httpstatus_status_may_have_retry_after(s), yes(csv_get(&t, i, "retry_after")));
		ck_assert_str_eq(httpstatus_follow_method_name(httpstatus_status_follow_method(s)), follow);
		ck_assert_int_eq(httpstatus_status_follow_method(s) != HTTPSTATUS_FOLLOW_NONE,
				 httpstatus_status_is_location_redirect(s));
		ck_assert_str_eq(httpstatus_status_user(s), "");
	}
	csv_free(&t);
}
END_TEST

START_TEST(redirects_as_rfc_9110_says)
{
	static const struct {
		int code, permanent, follow;
	} redirects[] = {
		{ 301, 1, HTTPSTATUS_FOLLOW_POST_TO_GET }, { 302, 0, HTTPSTATUS_FOLLOW_POST_TO_GET },
		{ 303, 0, HTTPSTATUS_FOLLOW_GET }, { 307, 0, HTTPSTATUS_FOLLOW_KEEP },
		{ 308, 1, HTTPSTATUS_FOLLOW_KEEP },
	};
	int count = 0;

	for (size_t i = 0; i < sizeof redirects / sizeof redirects[0]; i++) {
		const httpstatus_status *s = httpstatus_status_from_code(redirects[i].code);

		ck_assert_int_eq(httpstatus_status_is_location_redirect(s), 1);
		ck_assert_int_eq(httpstatus_status_is_permanent_redirect(s), redirects[i].permanent);
		ck_assert_int_eq(httpstatus_status_follow_method(s), redirects[i].follow);
	}
	for (size_t i = 0; i < httpstatus_status_count(); i++)
		count += httpstatus_status_is_location_redirect(httpstatus_status_at(i));
	ck_assert_int_eq(count, 5); /* 300 and 304 are 3xx but send nobody to Location */
	ck_assert_int_eq(httpstatus_status_is_transient(httpstatus_status_from_code(503)), 1);
	ck_assert_int_eq(httpstatus_status_is_transient(httpstatus_status_from_code(500)), 0);
	ck_assert_int_eq(httpstatus_status_may_have_retry_after(httpstatus_status_from_code(429)), 1);
}
END_TEST

START_TEST(semantics_of_null_and_out_of_range)
{
	ck_assert_int_eq(httpstatus_status_is_location_redirect(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_permanent_redirect(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_transient(NULL), 0);
	ck_assert_int_eq(httpstatus_status_may_have_retry_after(NULL), 0);
	ck_assert_int_eq(httpstatus_status_follow_method(NULL), HTTPSTATUS_FOLLOW_NONE);
	ck_assert_str_eq(httpstatus_status_user(NULL), "");
	ck_assert_str_eq(httpstatus_follow_method_name(HTTPSTATUS_FOLLOW_NONE), "");
	ck_assert_str_eq(httpstatus_follow_method_name(HTTPSTATUS_FOLLOW_KEEP), "keep");
	ck_assert_str_eq(httpstatus_follow_method_name(HTTPSTATUS_FOLLOW_GET), "get");
	ck_assert_str_eq(httpstatus_follow_method_name(HTTPSTATUS_FOLLOW_POST_TO_GET), "post_to_get");
	ck_assert_str_eq(httpstatus_follow_method_name(4), "");
	ck_assert_str_eq(httpstatus_follow_method_name(-1), "");
	ck_assert_str_eq(httpstatus_follow_method_name(INT_MIN), "");
	ck_assert_str_eq(httpstatus_follow_method_name(INT_MAX), "");
}
END_TEST

START_TEST(unofficial_match_data_and_stay_apart)
{
	struct csv_table t;

	csv_load(&t, "unofficial.csv");
	ck_assert_uint_eq(httpstatus_unofficial_count(), t.nrows);
	for (size_t i = 0; i < t.nrows; i++) {
		const httpstatus_status *u = httpstatus_unofficial_at(i);
		int code = atoi(csv_get(&t, i, "code"));

		ck_assert_ptr_nonnull(u);
		ck_assert_ptr_eq(httpstatus_unofficial_from_code(code), u);
		ck_assert_int_eq(httpstatus_status_code(u), code);
		ck_assert_str_eq(httpstatus_status_name(u), csv_get(&t, i, "name"));
		ck_assert_str_eq(httpstatus_status_phrase(u), csv_get(&t, i, "phrase"));
		ck_assert_str_eq(httpstatus_status_description(u), csv_get(&t, i, "meaning"));
		ck_assert_str_eq(httpstatus_status_reference(u), csv_get(&t, i, "source"));
		ck_assert_str_eq(httpstatus_status_user(u), csv_get(&t, i, "user"));
		ck_assert_int_eq(httpstatus_status_state(u), HTTPSTATUS_STATE_UNOFFICIAL);
		ck_assert_int_eq(httpstatus_status_class(u), code / 100);
		/* The registry's answers stay the registry's: no lookup of it finds an unofficial status. */
		ck_assert_ptr_null(httpstatus_status_from_code(code));
		ck_assert_ptr_null(httpstatus_status_from_name(csv_get(&t, i, "name"), HTTPSTATUS_NUL_TERMINATED));
		ck_assert_ptr_null(httpstatus_status_from_phrase(csv_get(&t, i, "phrase"), HTTPSTATUS_NUL_TERMINATED));
	}
	ck_assert_ptr_null(httpstatus_unofficial_at(t.nrows));
	ck_assert_ptr_null(httpstatus_unofficial_at((size_t)-1));
	ck_assert_ptr_null(httpstatus_unofficial_from_code(404));
	ck_assert_ptr_null(httpstatus_unofficial_from_code(99));
	ck_assert_ptr_null(httpstatus_unofficial_from_code(600));
	ck_assert_ptr_null(httpstatus_unofficial_from_code(INT_MIN));
	ck_assert_ptr_null(httpstatus_unofficial_from_code(INT_MAX));
	ck_assert_ptr_null(httpstatus_unofficial_from_code(499 + 65536));
	ck_assert_str_eq(httpstatus_status_user(httpstatus_unofficial_from_code(499)), "nginx");
	csv_free(&t);
}
END_TEST

START_TEST(alias_sources_match_data)
{
	struct csv_table t;

	csv_load(&t, "aliases.csv");
	for (size_t i = 0; i < t.nrows; i++) {
		ck_assert_str_eq(httpstatus_alias_source(i), csv_get(&t, i, "source"));
		ck_assert_uint_gt(strlen(httpstatus_alias_source(i)), 0);
	}
	ck_assert_str_eq(httpstatus_alias_source(t.nrows), "");
	ck_assert_str_eq(httpstatus_alias_source((size_t)-1), "");
	csv_free(&t);
}
END_TEST

/* 1.2: every alias and every record gives the locator and quote data/ has for it, verbatim. */
START_TEST(evidence_matches_data)
{
	struct csv_table t;

	csv_load(&t, "aliases.csv");
	for (size_t i = 0; i < t.nrows; i++) {
		ck_assert_str_eq(httpstatus_alias_locator(i), csv_get(&t, i, "locator"));
		ck_assert_str_eq(httpstatus_alias_quote(i), csv_get(&t, i, "quote"));
		ck_assert_uint_gt(strlen(httpstatus_alias_locator(i)), 0);
	}
	ck_assert_str_eq(httpstatus_alias_locator(t.nrows), "");
	ck_assert_str_eq(httpstatus_alias_quote(t.nrows), "");
	ck_assert_str_eq(httpstatus_alias_locator((size_t)-1), "");
	ck_assert_str_eq(httpstatus_alias_quote((size_t)-1), "");
	csv_free(&t);

	csv_load(&t, "unofficial.csv");
	for (size_t i = 0; i < t.nrows; i++) {
		const httpstatus_status *u = httpstatus_unofficial_at(i);

		ck_assert_str_eq(httpstatus_status_locator(u), csv_get(&t, i, "locator"));
		ck_assert_str_eq(httpstatus_status_quote(u), csv_get(&t, i, "quote"));
		ck_assert_ptr_nonnull(strstr(httpstatus_status_quote(u), csv_get(&t, i, "code")));
	}
	csv_free(&t);

	csv_load(&t, "statuses.csv");
	for (size_t i = 0; i < t.nrows; i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		ck_assert_str_eq(httpstatus_status_locator(s), csv_get(&t, i, "locator"));
		ck_assert_str_eq(httpstatus_status_quote(s), csv_get(&t, i, "quote"));
	}
	csv_free(&t);
	ck_assert_str_eq(httpstatus_status_locator(httpstatus_status_from_code(423)), "RFC 4918, Section 11.3");
	ck_assert_str_eq(httpstatus_status_locator(httpstatus_status_from_code(404)), "");
	ck_assert_str_eq(httpstatus_status_locator(NULL), "");
	ck_assert_str_eq(httpstatus_status_quote(NULL), "");
}
END_TEST

Suite *semantics_suite(void)
{
	Suite *s = suite_create("semantics");
	TCase *tc = tcase_create("1.1");

	tcase_add_test(tc, semantics_match_data);
	tcase_add_test(tc, redirects_as_rfc_9110_says);
	tcase_add_test(tc, semantics_of_null_and_out_of_range);
	tcase_add_test(tc, unofficial_match_data_and_stay_apart);
	tcase_add_test(tc, alias_sources_match_data);
	suite_add_tcase(s, tc);
	tc = tcase_create("1.2");
	tcase_add_test(tc, evidence_matches_data);
	suite_add_tcase(s, tc);
	return s;
}
