/* SPDX-License-Identifier: MIT */
/* httpstatus_status_from_name_ci(): the input is the name, any ASCII case. */
#include "fuzz.h"

static const void *lookup(const char *text, size_t len)
{
	return httpstatus_status_from_name_ci(text, len);
}

FUZZ_TARGET(status_name_ci)
{
	fuzz_check_lookup(lookup, FUZZ_KEYS_NAME, 1, data, size);
	return 0;
}
