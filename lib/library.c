/* SPDX-License-Identifier: MIT */
/* The library's version, classes of any integer, and status lines. */
#include <string.h>

#include "code.h"
#include "enum-names.h"

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

/* NAMES[VALUE], or "" for a value outside the array. */
#define NAME_OF(names, value) \
	((value) >= 0 && (value) < (int)(sizeof(names) / sizeof((names)[0])) ? (names)[value] : "")

HTTPSTATUS_API const char *httpstatus_version(void)
{
	return STRINGIFY(HTTPSTATUS_VERSION_MAJOR) "." STRINGIFY(HTTPSTATUS_VERSION_MINOR) "."
		STRINGIFY(HTTPSTATUS_VERSION_MICRO);
}

HTTPSTATUS_API unsigned long httpstatus_version_number(void)
{
	return HTTPSTATUS_VERSION_NUMBER;
}

HTTPSTATUS_API const char *httpstatus_registry_date(void)
{
	return httpstatus__pool + HS_SNAPSHOT_OFFSET;
}

HTTPSTATUS_API int httpstatus_class_of(int code)
{
	return hs_class_of(code);
}

HTTPSTATUS_API const char *httpstatus_class_name(int status_class)
{
	return NAME_OF(hs_class_names, status_class);
}

HTTPSTATUS_API const char *httpstatus_state_name(int state)
{
	return NAME_OF(hs_state_names, state);
}

HTTPSTATUS_API const char *httpstatus_follow_method_name(int follow_method)
{
	return NAME_OF(hs_follow_method_names, follow_method);
}

HTTPSTATUS_API const char *httpstatus_subject_name(int subject)
{
	return NAME_OF(hs_subject_names, subject);
}

HTTPSTATUS_API const char *httpstatus_level_name(int level)
{
	return NAME_OF(hs_level_names, level);
}

HTTPSTATUS_API const char *httpstatus_scope_name(int scope)
{
	return NAME_OF(hs_scope_names, scope);
}

HTTPSTATUS_API int httpstatus_format_status_line(int code, char *buf, size_t size)
{
	const httpstatus_status *status = hs_status_by_code(code);
	const char *phrase = status != NULL ? httpstatus__pool + status->phrase : "";
	size_t phrase_len = status != NULL ? status->phrase_len : 0;
	char line[16 + 256];
	size_t len;

	if (hs_class_of(code) == HTTPSTATUS_CLASS_NONE || (buf == NULL && size > 0))
		return -1;
	memcpy(line, "HTTP/1.1 ", 9);
	line[9] = (char)('0' + code / 100);
	line[10] = (char)('0' + code / 10 % 10);
	line[11] = (char)('0' + code % 10);
	line[12] = ' ';
	memcpy(line + 13, phrase, phrase_len);
	len = 13 + phrase_len;
	if (size > 0) {
		size_t n = len < size - 1 ? len : size - 1;

		memcpy(buf, line, n);
		buf[n] = '\0';
	}
	return (int)len;
}
