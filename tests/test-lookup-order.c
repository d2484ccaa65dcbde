/* SPDX-License-Identifier: MIT */
/* The lookup order of tests/lookup-order.tsv, which the three bindings' suites read too: for each
 * case, the function of its step finds its code and no earlier step's function finds anything. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "suites.h"

/* What the steps' functions find for TEXT, in order: exact name, name ignoring case, phrase. */
static void steps(const char *text, const httpstatus_status *found[3])
{
	size_t len = strlen(text);

	found[0] = httpstatus_status_from_name(text, len);
	found[1] = httpstatus_status_from_name_ci(text, len);
	found[2] = httpstatus_status_from_phrase(text, len);
}

START_TEST(each_case_is_found_at_its_step)
{
	static const char *const names[] = { "name", "name_ci", "phrase", "none" };
	const char *top = getenv("top_srcdir");
	char path[4096], line[512];
	int cases = 0;
	FILE *f;

	ck_assert_msg(top != NULL, "top_srcdir is not set");
	snprintf(path, sizeof(path), "%s/tests/lookup-order.tsv", top);
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot read %s", path);
	while (fgets(line, sizeof(line), f) != NULL) {
		char *text = strtok(line, "\t\n"), *code = strtok(NULL, "\t\n"), *step = strtok(NULL, "\t\n");
		const httpstatus_status *found[3];
		int at = 0;

		if (text == NULL || text[0] == '#' || strcmp(text, "text") == 0)
			continue;
		ck_assert_msg(code != NULL && step != NULL, "%s: a line without its code and step", path);
		while (at < 4 && strcmp(names[at], step) != 0)
			at++;
		ck_assert_msg(at < 4, "%s: %s: no step %s", path, text, step);
		steps(text, found);
		for (int i = 0; i < at && i < 3; i++)
			ck_assert_msg(found[i] == NULL, "'%s' is found by the %s step, before its own (%s)", text, names[i], step);
		if (at < 3)
			ck_assert_int_eq(httpstatus_status_code(found[at]), atoi(code));
		else
			ck_assert_str_eq(code, "-");
		cases++;
	}
	fclose(f);
	ck_assert_int_ge(cases, 10);
}
END_TEST

Suite *lookup_order_suite(void)
{
	Suite *s = suite_create("lookup order");
	TCase *tc = tcase_create("tests/lookup-order.tsv");

	tcase_add_test(tc, each_case_is_found_at_its_step);
	suite_add_tcase(s, tc);
	return s;
}
