/* SPDX-License-Identifier: MIT */
/* httpstatus_method_from_name(): the input is the method token, compared case-sensitively. */
#include <string.h>

#include "fuzz.h"

static const void *lookup(const char *text, size_t len)
{
	return httpstatus_method_from_name(text, len);
}

FUZZ_TARGET(method_name)
{
	const httpstatus_method *method;

	fuzz_check_lookup(lookup, FUZZ_KEYS_METHOD, 0, data, size);
	method = httpstatus_method_from_name((const char *)data, size);
	if (method != NULL) {
		FUZZ_CHECK(strlen(httpstatus_method_name(method)) == size);
		FUZZ_CHECK(memcmp(httpstatus_method_name(method), data, size) == 0);
		/* Safe methods are idempotent (RFC 9110, Section 9.2.2). */
		FUZZ_CHECK(!httpstatus_method_is_safe(method) || httpstatus_method_is_idempotent(method));
	}
	return 0;
}
