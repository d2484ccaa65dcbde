/* SPDX-License-Identifier: MIT */
/* Handles, NULL rules, iteration order and the version. */
#include <stdio.h>
#include <string.h>

#include "httpstatus.h"
#include "suites.h"

START_TEST(null_handles_give_neutral_values)
{
	ck_assert_int_eq(httpstatus_status_code(NULL), 0);
	ck_assert_str_eq(httpstatus_status_name(NULL), "");
	ck_assert_str_eq(httpstatus_status_phrase(NULL), "");
	ck_assert_str_eq(httpstatus_status_description(NULL), "");
	ck_assert_str_eq(httpstatus_status_reference(NULL), "");
	ck_assert_str_eq(httpstatus_status_reference_title(NULL), "");
	ck_assert_str_eq(httpstatus_status_expires(NULL), "");
	ck_assert_int_eq(httpstatus_status_state(NULL), HTTPSTATUS_STATE_NONE);
	ck_assert_int_eq(httpstatus_status_class(NULL), HTTPSTATUS_CLASS_NONE);
	ck_assert_int_eq(httpstatus_status_is_informational(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_success(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_redirection(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_client_error(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_server_error(NULL), 0);
	ck_assert_int_eq(httpstatus_status_may_have_content(NULL), 0);
	ck_assert_int_eq(httpstatus_status_is_cacheable(NULL), 0);
	ck_assert_str_eq(httpstatus_method_name(NULL), "");
	ck_assert_str_eq(httpstatus_method_description(NULL), "");
	ck_assert_str_eq(httpstatus_method_reference(NULL), "");
	ck_assert_str_eq(httpstatus_method_reference_title(NULL), "");
	ck_assert_int_eq(httpstatus_method_is_safe(NULL), 0);
	ck_assert_int_eq(httpstatus_method_is_idempotent(NULL), 0);
	ck_assert_int_eq(httpstatus_method_is_cacheable(NULL), 0);
}
END_TEST

START_TEST(iteration_orders_and_identity)
{
	int last = 0;

	ck_assert_uint_eq(httpstatus_status_count(), 64);
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		ck_assert_int_gt(httpstatus_status_code(s), last);
		last = httpstatus_status_code(s);
		ck_assert_ptr_eq(httpstatus_status_at(i), s);
		ck_assert_str_ne(httpstatus_status_description(s), "");
		ck_assert_str_ne(httpstatus_status_reference(s), "");
		ck_assert_str_ne(httpstatus_status_reference_title(s), "");
	}
	ck_assert_ptr_null(httpstatus_status_at((size_t)-1));
	ck_assert_uint_eq(httpstatus_method_count(), 40);
	for (size_t i = 0; i < httpstatus_method_count(); i++)
		ck_assert_str_ne(httpstatus_method_description(httpstatus_method_at(i)), "");
	ck_assert_ptr_null(httpstatus_method_at((size_t)-1));
	ck_assert_str_eq(httpstatus_method_name(httpstatus_method_at(0)), "ACL");
	ck_assert_str_eq(httpstatus_status_name(httpstatus_status_at(0)), "CONTINUE");
}
END_TEST

START_TEST(version)
{
	char want[32];

	snprintf(want, sizeof(want), "%d.%d.%d", HTTPSTATUS_VERSION_MAJOR, HTTPSTATUS_VERSION_MINOR,
		 HTTPSTATUS_VERSION_MICRO);
	ck_assert_str_eq(httpstatus_version(), want);
	ck_assert_uint_eq(httpstatus_version_number(), HTTPSTATUS_VERSION_NUMBER);
	ck_assert_uint_eq(httpstatus_version_number() >> 16, HTTPSTATUS_VERSION_MAJOR);
	ck_assert_uint_eq(strlen(httpstatus_registry_date()), 10);
	ck_assert_int_eq(httpstatus_registry_date()[4], '-');
}
END_TEST

Suite *api_suite(void)
{
	Suite *s = suite_create("api");
	TCase *tc = tcase_create("api");

	tcase_add_test(tc, null_handles_give_neutral_values);
	tcase_add_test(tc, iteration_orders_and_identity);
	tcase_add_test(tc, version);
	suite_add_tcase(s, tc);
	return s;
}
