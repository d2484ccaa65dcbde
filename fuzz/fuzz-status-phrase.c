/* SPDX-License-Identifier: MIT */
/* httpstatus_status_from_phrase(): the input is the reason phrase, any ASCII case. */
#include "fuzz.h"

static const void *lookup(const char *text, size_t len)
{
	return httpstatus_status_from_phrase(text, len);
}

FUZZ_TARGET(status_phrase)
{
	const httpstatus_status *status;

	fuzz_check_lookup(lookup, FUZZ_KEYS_PHRASE, 1, data, size);
	/* A phrase found belongs to a status that formats a status line with a phrase. */
	status = httpstatus_status_from_phrase((const char *)data, size);
	if (status != NULL)
		FUZZ_CHECK(httpstatus_format_status_line(httpstatus_status_code(status), NULL, 0) > 13);
	return 0;
}
