/* SPDX-License-Identifier: MIT */
/* Every record of both registries, every alias and the snapshot date, checked against data/. */
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

static int state_of(const char *name)
{
	for (int s = HTTPSTATUS_STATE_REGISTERED; s <= HTTPSTATUS_STATE_UNUSED; s++)
		if (strcmp(httpstatus_state_name(s), name) == 0)
			return s;
	ck_abort_msg("unknown state %s", name);
	return 0;
}

START_TEST(statuses_match_data)
{
	struct csv_table t;

	csv_load(&t, "statuses.csv");
	ck_assert_uint_eq(httpstatus_status_count(), t.nrows);
	for (size_t i = 0; i < t.nrows; i++) {
		const httpstatus_status *s = httpstatus_status_at(i);
		int code = atoi(csv_get(&t, i, "code"));

		ck_assert_ptr_nonnull(s);
		ck_assert_int_eq(httpstatus_status_code(s), code);
		ck_assert_str_eq(httpstatus_status_name(s), csv_get(&t, i, "name"));
		ck_assert_str_eq(httpstatus_status_phrase(s), csv_get(&t, i, "phrase"));
		ck_assert_str_eq(httpstatus_status_description(s), csv_get(&t, i, "description"));
		ck_assert_str_eq(httpstatus_status_reference(s), csv_get(&t, i, "reference"));
		ck_assert_str_eq(httpstatus_status_reference_title(s), csv_get(&t, i, "title"));
		ck_assert_str_eq(httpstatus_status_expires(s), csv_get(&t, i, "expires"));
		ck_assert_int_eq(httpstatus_status_state(s), state_of(csv_get(&t, i, "state")));
		ck_assert_int_eq(httpstatus_status_may_have_content(s), yes(csv_get(&t, i, "may_have_content")));
		ck_assert_int_eq(httpstatus_status_is_cacheable(s), yes(csv_get(&t, i, "cacheable")));
		ck_assert_int_eq(httpstatus_status_class(s), code / 100);
		/* Every way in leads to this very record. */
		ck_assert_ptr_eq(httpstatus_status_from_code(code), s);
		ck_assert_ptr_eq(httpstatus_status_from_name(csv_get(&t, i, "name"), HTTPSTATUS_NUL_TERMINATED), s);
		ck_assert_ptr_eq(httpstatus_status_from_name_ci(csv_get(&t, i, "name"), HTTPSTATUS_NUL_TERMINATED), s);
		ck_assert_ptr_eq(httpstatus_status_from_phrase(csv_get(&t, i, "phrase"), HTTPSTATUS_NUL_TERMINATED), s);
	}
	ck_assert_ptr_null(httpstatus_status_at(t.nrows));
	csv_free(&t);
}
END_TEST

START_TEST(every_registered_code_and_no_other)
{
	struct csv_table t;
	size_t row = 0;

	csv_load(&t, "statuses.csv");
	for (int code = 100; code <= 599; code++) {
		const httpstatus_status *s = httpstatus_status_from_code(code);

		if (row < t.nrows && atoi(csv_get(&t, row, "code")) == code) {
			ck_assert_ptr_eq(s, httpstatus_status_at(row));
			row++;
		} else {
			ck_assert_msg(s == NULL, "code %d is not in the data but was found", code);
		}
	}
	ck_assert_uint_eq(row, t.nrows);
	csv_free(&t);
}
END_TEST

START_TEST(aliases_match_data)
{
	struct csv_table t;

	csv_load(&t, "aliases.csv");
	ck_assert_uint_eq(httpstatus_alias_count(), t.nrows);
	for (size_t i = 0; i < t.nrows; i++) {
		const char *text = csv_get(&t, i, "text");
		const httpstatus_status *target = httpstatus_status_from_code(atoi(csv_get(&t, i, "code")));
		int is_name = strcmp(csv_get(&t, i, "kind"), "name") == 0;

		ck_assert_ptr_nonnull(target);
		ck_assert_str_eq(httpstatus_alias_text(i), text);
		ck_assert_ptr_eq(httpstatus_alias_status(i), target);
		ck_assert_int_eq(httpstatus_alias_kind(i), is_name ? HTTPSTATUS_ALIAS_NAME : HTTPSTATUS_ALIAS_PHRASE);
		if (is_name) {
			ck_assert_ptr_eq(httpstatus_status_from_name(text, strlen(text)), target);
			ck_assert_ptr_eq(httpstatus_status_from_name_ci(text, strlen(text)), target);
			ck_assert_ptr_null(httpstatus_status_from_phrase(text, strlen(text)));
		} else {
			ck_assert_ptr_eq(httpstatus_status_from_phrase(text, strlen(text)), target);
			ck_assert_ptr_null(httpstatus_status_from_name_ci(text, strlen(text)));
		}
		/* The record keeps its current name and phrase. */
		ck_assert_str_ne(httpstatus_status_name(target), text);
		ck_assert_str_ne(httpstatus_status_phrase(target), text);
	}
	ck_assert_str_eq(httpstatus_alias_text(t.nrows), "");
	ck_assert_int_eq(httpstatus_alias_kind(t.nrows), HTTPSTATUS_ALIAS_NONE);
	ck_assert_ptr_null(httpstatus_alias_status(t.nrows));
	csv_free(&t);
}
END_TEST

START_TEST(methods_match_data)
{
	struct csv_table t;

	csv_load(&t, "methods.csv");
	ck_assert_uint_eq(httpstatus_method_count(), t.nrows);
	for (size_t i = 0; i < t.nrows; i++) {
		const httpstatus_method *m = httpstatus_method_at(i);
		const char *name = csv_get(&t, i, "name");

		ck_assert_ptr_nonnull(m);
		ck_assert_str_eq(httpstatus_method_name(m), name);
		ck_assert_str_eq(httpstatus_method_description(m), csv_get(&t, i, "description"));
		ck_assert_str_eq(httpstatus_method_reference(m), csv_get(&t, i, "reference"));
		ck_assert_str_eq(httpstatus_method_reference_title(m), csv_get(&t, i, "title"));
		ck_assert_int_eq(httpstatus_method_is_safe(m), yes(csv_get(&t, i, "safe")));
		ck_assert_int_eq(httpstatus_method_is_idempotent(m), yes(csv_get(&t, i, "idempotent")));
		ck_assert_int_eq(httpstatus_method_is_cacheable(m), yes(csv_get(&t, i, "cacheable")));
		ck_assert_ptr_eq(httpstatus_method_from_name(name, strlen(name)), m);
		if (i > 0)
			ck_assert_int_lt(strcmp(httpstatus_method_name(httpstatus_method_at(i - 1)), name), 0);
	}
	ck_assert_ptr_null(httpstatus_method_at(t.nrows));
	csv_free(&t);
}
END_TEST

START_TEST(snapshot_date_matches_data)
{
	struct csv_table t;

	csv_load(&t, "registry.csv");
	ck_assert_str_eq(csv_get(&t, 0, "key"), "snapshot");
	ck_assert_str_eq(httpstatus_registry_date(), csv_get(&t, 0, "value"));
	csv_free(&t);
}
END_TEST

Suite *data_suite(void)
{
	Suite *s = suite_create("data");
	TCase *tc = tcase_create("data");

	tcase_add_test(tc, statuses_match_data);
	tcase_add_test(tc, every_registered_code_and_no_other);
	tcase_add_test(tc, aliases_match_data);
	tcase_add_test(tc, methods_match_data);
	tcase_add_test(tc, snapshot_date_matches_data);
	suite_add_tcase(s, tc);
	return s;
}
