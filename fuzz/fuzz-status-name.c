/* SPDX-License-Identifier: MIT */
/* httpstatus_status_from_name(): the input is the name, passed every way a caller may pass it. */
#include "fuzz.h"

static const void *lookup(const char *text, size_t len)
{
	return httpstatus_status_from_name(text, len);
}

FUZZ_TARGET(status_name)
{
	const httpstatus_status *exact;

	fuzz_check_lookup(lookup, FUZZ_KEYS_NAME, 0, data, size);
	/* Whatever the exact lookup finds, the case-insensitive one finds too. */
	exact = httpstatus_status_from_name((const char *)data, size);
	if (exact != NULL)
		FUZZ_CHECK(httpstatus_status_from_name_ci((const char *)data, size) == exact);
	return 0;
}
