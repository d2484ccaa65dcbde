/* SPDX-License-Identifier: MIT */
/*
 * A program of the 1.1 API, for tests/compat.sh: it calls functions of the nodes HTTPSTATUS_1.0 and
 * HTTPSTATUS_1.1 only (the unofficial codes, what a client does next, the aliases' sources) and
 * prints what they answer, so that its output can be compared between libraries.
 */
#include <stdio.h>

#include "httpstatus.h"

int main(void)
{
	printf("%s\n", httpstatus_version());
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		printf("%d %s [%s] %d %d %d %d\n", httpstatus_status_code(s),
		       httpstatus_follow_method_name(httpstatus_status_follow_method(s)), httpstatus_status_user(s),
		       httpstatus_status_is_location_redirect(s), httpstatus_status_is_permanent_redirect(s),
		       httpstatus_status_is_transient(s), httpstatus_status_may_have_retry_after(s));
	}
	for (size_t i = 0; i < httpstatus_unofficial_count(); i++) {
		const httpstatus_status *s = httpstatus_unofficial_at(i);

		printf("%d %s %s [%s]\n", httpstatus_status_code(s), httpstatus_status_name(s),
		       httpstatus_state_name(httpstatus_status_state(s)), httpstatus_status_user(s));
	}
	for (size_t i = 0; i < httpstatus_alias_count(); i++)
		printf("%s %s\n", httpstatus_alias_text(i), httpstatus_alias_source(i));
	return httpstatus_unofficial_from_code(499) != NULL && httpstatus_status_from_code(499) == NULL ? 0 : 1;
}
