/* SPDX-License-Identifier: MIT */
/*
 * Every entry point that takes an integer: the input is read twice, as a run
 * of 32-bit ints (codes, classes, states) and as a run of 64-bit indexes
 * (status_at, method_at, alias_*), little-endian.  Only the first 64 bytes
 * count (16 ints, 8 indexes): longer inputs add nothing but time per run.
 */
#include <string.h>

#include "fuzz.h"

static const char *const class_names[] = {
	"", "informational", "success", "redirection", "client_error", "server_error",
};
static const char *const state_names[] = { "", "registered", "temporary", "obsoleted", "unused", "unofficial" };
static const char *const follow_names[] = { "", "keep", "get", "post_to_get" };

static int expected_class(int code)
{
	return code >= 100 && code <= 599 ? code / 100 : HTTPSTATUS_CLASS_NONE;
}

static const httpstatus_status *oracle_from_code(int code)
{
	const httpstatus_status *s;

	for (size_t i = 0; (s = httpstatus_status_at(i)) != NULL; i++)
		if (httpstatus_status_code(s) == code)
			return s;
	return NULL;
}

/* Every accessor of a found status agrees with the code it was found by. */
static void check_status(const httpstatus_status *s, int code)
{
	int cls = expected_class(code);
	int state = httpstatus_status_state(s);
	const char *phrase = httpstatus_status_phrase(s);

	FUZZ_CHECK(httpstatus_status_code(s) == code);
	FUZZ_CHECK(httpstatus_status_class(s) == cls && cls != HTTPSTATUS_CLASS_NONE);
	FUZZ_CHECK(httpstatus_status_is_informational(s) == (cls == 1));
	FUZZ_CHECK(httpstatus_status_is_success(s) == (cls == 2));
	FUZZ_CHECK(httpstatus_status_is_redirection(s) == (cls == 3));
	FUZZ_CHECK(httpstatus_status_is_client_error(s) == (cls == 4));
	FUZZ_CHECK(httpstatus_status_is_server_error(s) == (cls == 5));
	if (cls == 1 || code == 204 || code == 304)
		FUZZ_CHECK(httpstatus_status_may_have_content(s) == 0);
	FUZZ_CHECK(httpstatus_status_may_have_content(s) == 0 || httpstatus_status_may_have_content(s) == 1);
	FUZZ_CHECK(httpstatus_status_is_cacheable(s) == 0 || httpstatus_status_is_cacheable(s) == 1);
	FUZZ_CHECK(state >= HTTPSTATUS_STATE_REGISTERED && state <= HTTPSTATUS_STATE_UNUSED);
	FUZZ_CHECK((strlen(httpstatus_status_expires(s)) == 10) == (state == HTTPSTATUS_STATE_TEMPORARY));
	FUZZ_CHECK(httpstatus_status_from_name(httpstatus_status_name(s), HTTPSTATUS_NUL_TERMINATED) == s);
	FUZZ_CHECK(httpstatus_status_from_phrase(phrase, HTTPSTATUS_NUL_TERMINATED) == s);
	FUZZ_CHECK(httpstatus_status_description(s)[0] != '\0');
	FUZZ_CHECK(httpstatus_status_reference(s)[0] != '\0');
	FUZZ_CHECK(httpstatus_status_reference_title(s)[0] != '\0');
	FUZZ_CHECK(httpstatus_format_status_line(code, NULL, 0) == (int)(13 + strlen(phrase)));
}

static void check_int(int v)
{
	const httpstatus_status *s = httpstatus_status_from_code(v);
	int cls = expected_class(v);

	FUZZ_CHECK(s == oracle_from_code(v));
	if (s != NULL)
		check_status(s, v);
	else if (cls != HTTPSTATUS_CLASS_NONE)
		FUZZ_CHECK(httpstatus_format_status_line(v, NULL, 0) == 13);
	else
		FUZZ_CHECK(httpstatus_format_status_line(v, NULL, 0) == -1);
	FUZZ_CHECK(httpstatus_class_of(v) == cls);
	FUZZ_CHECK(strcmp(httpstatus_class_name(v), v >= 0 && v <= 5 ? class_names[v] : "") == 0);
	FUZZ_CHECK(strcmp(httpstatus_state_name(v), v >= 0 && v <= 5 ? state_names[v] : "") == 0);
	FUZZ_CHECK(strcmp(httpstatus_follow_method_name(v), v >= 0 && v <= 3 ? follow_names[v] : "") == 0);
	/* The unofficial statuses stay apart: a code has at most one of the two records. */
	{
		const httpstatus_status *u = httpstatus_unofficial_from_code(v);

		FUZZ_CHECK(u == NULL || (s == NULL && httpstatus_status_code(u) == v &&
					 httpstatus_status_state(u) == HTTPSTATUS_STATE_UNOFFICIAL));
	}
	/* An int used as an index. */
	FUZZ_CHECK((httpstatus_status_at((size_t)v) != NULL) == (v >= 0 && (size_t)v < httpstatus_status_count()));
}

static void check_index(size_t i)
{
	const httpstatus_status *s = httpstatus_status_at(i);
	const httpstatus_method *m = httpstatus_method_at(i);
	const httpstatus_status *target = httpstatus_alias_status(i);
	const char *text = httpstatus_alias_text(i);
	int kind = httpstatus_alias_kind(i);

	FUZZ_CHECK((s != NULL) == (i < httpstatus_status_count()));
	if (s != NULL && i > 0)
		FUZZ_CHECK(httpstatus_status_code(httpstatus_status_at(i - 1)) < httpstatus_status_code(s));
	if (s != NULL)
		FUZZ_CHECK(httpstatus_status_from_code(httpstatus_status_code(s)) == s);

	FUZZ_CHECK((m != NULL) == (i < httpstatus_method_count()));
	if (m != NULL && i > 0)
		FUZZ_CHECK(strcmp(httpstatus_method_name(httpstatus_method_at(i - 1)), httpstatus_method_name(m)) < 0);
	if (m != NULL)
		FUZZ_CHECK(httpstatus_method_from_name(httpstatus_method_name(m), HTTPSTATUS_NUL_TERMINATED) == m);

	if (i >= httpstatus_alias_count()) {
		FUZZ_CHECK(target == NULL && kind == HTTPSTATUS_ALIAS_NONE && text[0] == '\0');
		return;
	}
	FUZZ_CHECK(target != NULL && text[0] != '\0');
	if (kind == HTTPSTATUS_ALIAS_NAME)
		FUZZ_CHECK(httpstatus_status_from_name(text, HTTPSTATUS_NUL_TERMINATED) == target);
	else
		FUZZ_CHECK(kind == HTTPSTATUS_ALIAS_PHRASE &&
			   httpstatus_status_from_phrase(text, HTTPSTATUS_NUL_TERMINATED) == target);
}

FUZZ_TARGET(integers)
{
	size_t pos = 0;

	if (size > 64)
		size = 64;
	while (pos < size)
		check_int((int)(int32_t)(uint32_t)fuzz_take(data, size, &pos, 4));
	pos = 0;
	while (pos < size) {
		uint64_t v = fuzz_take(data, size, &pos, 8);

		check_index((size_t)v);
		check_index((size_t)(v & 0x7f));
	}
	return 0;
}
