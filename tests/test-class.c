/* SPDX-License-Identifier: MIT */
/* Classes of any integer, at every boundary, and the names of classes and states. */
#include <limits.h>

#include "httpstatus.h"
#include "suites.h"

START_TEST(class_boundaries)
{
	static const struct {
		int code;
		int cls;
	} cases[] = {
		{ INT_MIN, HTTPSTATUS_CLASS_NONE }, { -100, HTTPSTATUS_CLASS_NONE }, { -1, HTTPSTATUS_CLASS_NONE },
		{ 0, HTTPSTATUS_CLASS_NONE }, { 1, HTTPSTATUS_CLASS_NONE }, { 99, HTTPSTATUS_CLASS_NONE },
		{ 100, HTTPSTATUS_CLASS_INFORMATIONAL }, { 199, HTTPSTATUS_CLASS_INFORMATIONAL },
		{ 200, HTTPSTATUS_CLASS_SUCCESS }, { 299, HTTPSTATUS_CLASS_SUCCESS },
		{ 300, HTTPSTATUS_CLASS_REDIRECTION }, { 399, HTTPSTATUS_CLASS_REDIRECTION },
		{ 400, HTTPSTATUS_CLASS_CLIENT_ERROR }, { 499, HTTPSTATUS_CLASS_CLIENT_ERROR },
		{ 500, HTTPSTATUS_CLASS_SERVER_ERROR }, { 599, HTTPSTATUS_CLASS_SERVER_ERROR },
		{ 600, HTTPSTATUS_CLASS_NONE }, { 999, HTTPSTATUS_CLASS_NONE }, { 1404, HTTPSTATUS_CLASS_NONE },
		{ 65536 + 404, HTTPSTATUS_CLASS_NONE }, { INT_MAX, HTTPSTATUS_CLASS_NONE },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_msg(httpstatus_class_of(cases[i].code) == cases[i].cls, "class of %d", cases[i].code);
}
END_TEST

START_TEST(class_of_every_integer_near_the_range)
{
	for (int code = -1000; code <= 1000; code++) {
		int want = code >= 100 && code <= 599 ? code / 100 : HTTPSTATUS_CLASS_NONE;
		const httpstatus_status *s = httpstatus_status_from_code(code);

		ck_assert_int_eq(httpstatus_class_of(code), want);
		if (s != NULL) {
			ck_assert_int_eq(httpstatus_status_class(s), want);
			ck_assert_int_eq(httpstatus_status_is_informational(s), want == 1);
			ck_assert_int_eq(httpstatus_status_is_success(s), want == 2);
			ck_assert_int_eq(httpstatus_status_is_redirection(s), want == 3);
			ck_assert_int_eq(httpstatus_status_is_client_error(s), want == 4);
			ck_assert_int_eq(httpstatus_status_is_server_error(s), want == 5);
		}
	}
}
END_TEST

START_TEST(codes_outside_the_range_find_nothing)
{
	static const int bad[] = { INT_MIN, -404, -1, 0, 99, 600, 1404, 65536 + 404, 70000, INT_MAX };

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_ptr_null(httpstatus_status_from_code(bad[i]));
	ck_assert_ptr_null(httpstatus_status_from_code(299));
	ck_assert_ptr_null(httpstatus_status_from_code(100 - 1));
	ck_assert_ptr_null(httpstatus_status_from_code(599));
	ck_assert_ptr_nonnull(httpstatus_status_from_code(100));
	ck_assert_ptr_nonnull(httpstatus_status_from_code(511));
}
END_TEST

START_TEST(class_and_state_names)
{
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_INFORMATIONAL), "informational");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_SUCCESS), "success");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_REDIRECTION), "redirection");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_CLIENT_ERROR), "client_error");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_SERVER_ERROR), "server_error");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_NONE), "");
	ck_assert_str_eq(httpstatus_class_name(6), "");
	ck_assert_str_eq(httpstatus_class_name(-1), "");
	ck_assert_str_eq(httpstatus_class_name(INT_MIN), "");
	ck_assert_str_eq(httpstatus_class_name(INT_MAX), "");
	ck_assert_str_eq(httpstatus_state_name(HTTPSTATUS_STATE_REGISTERED), "registered");
	ck_assert_str_eq(httpstatus_state_name(HTTPSTATUS_STATE_TEMPORARY), "temporary");
	ck_assert_str_eq(httpstatus_state_name(HTTPSTATUS_STATE_OBSOLETED), "obsoleted");
	ck_assert_str_eq(httpstatus_state_name(HTTPSTATUS_STATE_UNUSED), "unused");
	ck_assert_str_eq(httpstatus_state_name(HTTPSTATUS_STATE_NONE), "");
	ck_assert_str_eq(httpstatus_state_name(HTTPSTATUS_STATE_UNOFFICIAL), "unofficial");
	ck_assert_str_eq(httpstatus_state_name(6), "");
	ck_assert_str_eq(httpstatus_state_name(-1), "");
	ck_assert_str_eq(httpstatus_state_name(INT_MIN), "");
	ck_assert_str_eq(httpstatus_state_name(INT_MAX), "");
}
END_TEST

Suite *class_suite(void)
{
	Suite *s = suite_create("class");
	TCase *tc = tcase_create("class");

	tcase_add_test(tc, class_boundaries);
	tcase_add_test(tc, class_of_every_integer_near_the_range);
	tcase_add_test(tc, codes_outside_the_range_find_nothing);
	tcase_add_test(tc, class_and_state_names);
	suite_add_tcase(s, tc);
	return s;
}
