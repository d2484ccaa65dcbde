/* SPDX-License-Identifier: MIT */
/* Runs every Check suite of the C tests; with CK_TAP_LOG_FILE_NAME=- each check is one TAP line. */
#include <stdlib.h>

#include "suites.h"

int main(void)
{
	Suite *(*const suites[])(void) = {
		data_suite, spec_suite, lookup_suite, class_suite, format_suite, api_suite, semantics_suite,
		lookup_order_suite, rules_suite,
	};
	SRunner *runner = srunner_create(suites[0]());
	int failed;

	for (size_t i = 1; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(runner, suites[i]());
	srunner_run_all(runner, CK_NORMAL);
	failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
