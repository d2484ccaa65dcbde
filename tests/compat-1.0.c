/* SPDX-License-Identifier: MIT */
/*
 * A program of the 1.0 API, for tests/compat.sh: it calls functions of node HTTPSTATUS_1.0 only and
 * prints what they answer, so that its output can be compared between libraries.
 */
#include <stdio.h>

#include "httpstatus.h"

int main(void)
{
	char line[64];

	printf("%s\n", httpstatus_version());
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		printf("%d %s %s %s %d %d\n", httpstatus_status_code(s), httpstatus_status_name(s),
		       httpstatus_status_reference(s), httpstatus_state_name(httpstatus_status_state(s)),
		       httpstatus_status_may_have_content(s), httpstatus_status_is_cacheable(s));
	}
	for (size_t i = 0; i < httpstatus_method_count(); i++)
		printf("%s %d\n", httpstatus_method_name(httpstatus_method_at(i)),
		       httpstatus_method_is_safe(httpstatus_method_at(i)));
	printf("%d\n", httpstatus_status_code(httpstatus_status_from_phrase("payload too large", HTTPSTATUS_NUL_TERMINATED)));
	printf("%s\n", httpstatus_class_name(httpstatus_class_of(299)));
	httpstatus_format_status_line(404, line, sizeof line);
	printf("%s\n", line);
	return httpstatus_status_from_code(499) == NULL ? 0 : 1;
}
