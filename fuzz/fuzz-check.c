/* SPDX-License-Identifier: MIT */
/*
 * httpstatus_check_count() and httpstatus_check_at() on random heads.  Input:
 * a byte choosing the status (every registered and unofficial one, and codes
 * that are none), a byte of flags (bits 0-1: the version, 10, 11, 20 or 30;
 * bits 2-3: the content, -1, 0, 1 or the bad 2; bits 4-5: the method, unknown,
 * "HEAD", "CONNECT" or "GET"; bit 6: a version the check refuses; bit 7: the
 * field list NUL-terminated instead of with its length), then the field list,
 * any bytes, in a heap block of exactly their size (so ASan sees a read past
 * them).  Every answer is checked against an oracle written here from the
 * public accessors alone: the rules of the status, the man page's semantics, a
 * plain scan of the list.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static int oracle_tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int oracle_separator(unsigned char c)
{
	return c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Whether LIST[0..LEN) names NAME, ignoring ASCII case: a plain scan of its tokens. */
static int oracle_lists(const char *list, size_t len, const char *name)
{
	size_t n = strlen(name), i = 0;

	while (i < len) {
		size_t start = i, k = 0;

		while (i < len && !oracle_separator((unsigned char)list[i]))
			i++;
		if (i - start == n) {
			while (k < n && lower((unsigned char)list[start + k]) == lower((unsigned char)name[k]))
				k++;
			if (k == n && n > 0)
				return 1;
		}
		i++;
	}
	return 0;
}

/* Whether the head breaks R, as httpstatus_check_count(3) says. */
static int oracle_breaks(const httpstatus_rule *r, const char *method, int bit, const char *list, size_t len,
			 int content)
{
	int level = httpstatus_rule_level(r), scope = httpstatus_rule_scope(r);
	int absent = level == HTTPSTATUS_LEVEL_MUST_NOT || level == HTTPSTATUS_LEVEL_SHOULD_NOT ||
		     level == HTTPSTATUS_LEVEL_OUGHT_NOT_TO || level == HTTPSTATUS_LEVEL_CANNOT;
	int head = method != NULL && strcmp(method, "HEAD") == 0;

	if ((httpstatus_rule_versions(r) & bit) == 0 || scope == HTTPSTATUS_SCOPE_AS_200)
		return 0;
	if (scope == HTTPSTATUS_SCOPE_HEAD && !head)
		return 0;
	if (scope == HTTPSTATUS_SCOPE_CONNECT && (method == NULL || strcmp(method, "CONNECT") != 0))
		return 0;
	switch (httpstatus_rule_subject(r)) {
	case HTTPSTATUS_RULE_FIELD:
		return oracle_lists(list, len, httpstatus_rule_field(r)) == absent;
	case HTTPSTATUS_RULE_CONTENT:
		return content >= 0 && (absent || !head) && content == absent;
	default:
		return absent;
	}
}

FUZZ_TARGET(check)
{
	static const int versions[] = { 10, 11, 20, 30 }, bits[] = { 1, 2, 4, 8 };
	static const char *const methods[] = { NULL, "HEAD", "CONNECT", "GET" };
	size_t statuses = httpstatus_status_count() + httpstatus_unofficial_count();
	const httpstatus_status *s;
	const char *method;
	char *list;
	size_t len, at, mlen;
	int code, version, content, nul, valid = 1, want = 0, got;

	if (size < 2)
		return 0;
	at = data[0] % (statuses + 4);
	s = at < httpstatus_status_count() ? httpstatus_status_at(at)
	    : at < statuses		   ? httpstatus_unofficial_at(at - httpstatus_status_count())
					   : NULL;
	code = s != NULL ? httpstatus_status_code(s) : (int[]){ 0, 299, 600, -404 }[at - statuses];
	version = data[1] & 0x40 ? 12 : versions[data[1] & 3];
	content = ((data[1] >> 2) & 3) - 1;
	method = methods[(data[1] >> 4) & 3];
	mlen = method != NULL ? strlen(method) : 0;
	nul = (data[1] & 0x80) != 0;
	len = size - 2;
	list = malloc(len + 1);
	FUZZ_CHECK(list != NULL);
	memcpy(list, data + 2, len);
	list[len] = '\0';
	if (nul)
		len = strlen(list);
	for (size_t i = 0; i < len; i++)
		valid &= oracle_tchar((unsigned char)list[i]) || oracle_separator((unsigned char)list[i]);
	valid &= s != NULL && version != 12 && content <= 1;

	got = httpstatus_check_count(code, method, mlen, version, list, nul ? HTTPSTATUS_NUL_TERMINATED : len, content);
	if (!valid) {
		FUZZ_CHECK(got == -1);
		FUZZ_CHECK(httpstatus_check_at(code, method, mlen, version, list, len, content, 0) == NULL);
		free(list);
		return 0;
	}
	for (size_t k = 0; k < httpstatus_status_rule_count(s); k++) {
		const httpstatus_rule *r = httpstatus_status_rule_at(s, k);

		if (oracle_breaks(r, method, bits[data[1] & 3], list, len, content)) {
			FUZZ_CHECK(httpstatus_check_at(code, method, mlen, version, list, len, content, (size_t)want) == r);
			want++;
		}
	}
	FUZZ_CHECK(got == want);
	FUZZ_CHECK(httpstatus_check_at(code, method, mlen, version, list, len, content, (size_t)want) == NULL);
	free(list);
	return 0;
}
