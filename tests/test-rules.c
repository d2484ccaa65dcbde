/* SPDX-License-Identifier: MIT */
/* The response rules (1.2) against data/rules.csv, and the check of a response head against them. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "httpstatus.h"
#include "suites.h"

static struct csv_table rules;

static void load_rules(void)
{
	csv_load(&rules, "rules.csv");
}

static void free_rules(void)
{
	csv_free(&rules);
}

/* The header's value for a word of data/rules.csv, from the list WORDS of { text, value }. */
struct word {
	const char *text;
	int value;
};

static const struct word subjects[] = {
	{ "field", HTTPSTATUS_RULE_FIELD }, { "content", HTTPSTATUS_RULE_CONTENT }, { "status", HTTPSTATUS_RULE_STATUS },
	{ NULL, 0 },
};
static const struct word levels[] = {
	{ "MUST", HTTPSTATUS_LEVEL_MUST }, { "MUST NOT", HTTPSTATUS_LEVEL_MUST_NOT },
	{ "SHOULD", HTTPSTATUS_LEVEL_SHOULD }, { "SHOULD NOT", HTTPSTATUS_LEVEL_SHOULD_NOT },
	{ "MAY", HTTPSTATUS_LEVEL_MAY }, { "ought to", HTTPSTATUS_LEVEL_OUGHT_TO },
	{ "ought not to", HTTPSTATUS_LEVEL_OUGHT_NOT_TO }, { "cannot", HTTPSTATUS_LEVEL_CANNOT }, { NULL, 0 },
};
static const struct word scopes[] = {
	{ "any", HTTPSTATUS_SCOPE_ANY }, { "HEAD", HTTPSTATUS_SCOPE_HEAD }, { "CONNECT", HTTPSTATUS_SCOPE_CONNECT },
	{ "range", HTTPSTATUS_SCOPE_RANGE }, { "conditional", HTTPSTATUS_SCOPE_CONDITIONAL },
	{ "as-200", HTTPSTATUS_SCOPE_AS_200 }, { NULL, 0 },
};
static const struct word versions[] = {
	{ "1.0", HTTPSTATUS_VERSION_HTTP1_0 }, { "1.1", HTTPSTATUS_VERSION_HTTP1_1 },
	{ "2", HTTPSTATUS_VERSION_HTTP2 }, { "3", HTTPSTATUS_VERSION_HTTP3 }, { NULL, 0 },
};
/* The version argument of the check for each bit. */
static const int version_numbers[][2] = {
	{ 10, HTTPSTATUS_VERSION_HTTP1_0 }, { 11, HTTPSTATUS_VERSION_HTTP1_1 },
	{ 20, HTTPSTATUS_VERSION_HTTP2 }, { 30, HTTPSTATUS_VERSION_HTTP3 },
};

static int value_of(const struct word *words, const char *text)
{
	for (; words->text != NULL; words++)
		if (strcmp(words->text, text) == 0)
			return words->value;
	ck_abort_msg("data/rules.csv: unknown word %s", text);
	return 0;
}

static int version_bits(const char *text)
{
	char copy[64], *save = NULL;
	int bits = 0;

	if (strcmp(text, "*") == 0)
		return 15;
	ck_assert_uint_lt(strlen(text), sizeof copy);
	strcpy(copy, text);
	for (char *v = strtok_r(copy, " ", &save); v != NULL; v = strtok_r(NULL, " ", &save))
		bits |= value_of(versions, v);
	return bits;
}

/* Whether row R of data/rules.csv covers CODE: the code itself, its class, or every status. */
static int covers(size_t r, int code)
{
	const char *st = csv_get(&rules, r, "status");

	if (strcmp(st, "*") == 0)
		return 1;
	if (st[1] == 'x')
		return st[0] - '0' == code / 100;
	return atoi(st) == code;
}

/* Every status the library knows, registered then unofficial, by index. */
static const httpstatus_status *any_status(size_t i)
{
	return i < httpstatus_status_count() ? httpstatus_status_at(i)
					      : httpstatus_unofficial_at(i - httpstatus_status_count());
}

static size_t any_status_count(void)
{
	return httpstatus_status_count() + httpstatus_unofficial_count();
}

START_TEST(rules_match_data)
{
	ck_assert_uint_eq(httpstatus_rule_count(), rules.nrows);
	ck_assert_uint_gt(rules.nrows, 0);
	for (size_t i = 0; i < rules.nrows; i++) {
		const httpstatus_rule *r = httpstatus_rule_at(i);

		ck_assert_ptr_nonnull(r);
		ck_assert_int_eq(httpstatus_rule_subject(r), value_of(subjects, csv_get(&rules, i, "subject")));
		ck_assert_str_eq(httpstatus_rule_field(r), csv_get(&rules, i, "field"));
		ck_assert_int_eq(httpstatus_rule_level(r), value_of(levels, csv_get(&rules, i, "level")));
		ck_assert_str_eq(httpstatus_rule_level_text(r), csv_get(&rules, i, "level"));
		ck_assert_int_eq(httpstatus_rule_scope(r), value_of(scopes, csv_get(&rules, i, "scope")));
		ck_assert_int_eq(httpstatus_rule_versions(r), version_bits(csv_get(&rules, i, "versions")));
		ck_assert_str_eq(httpstatus_rule_locator(r), csv_get(&rules, i, "locator"));
		ck_assert_str_eq(httpstatus_rule_quote(r), csv_get(&rules, i, "quote"));
		ck_assert_int_eq(httpstatus_rule_subject(r) == HTTPSTATUS_RULE_FIELD, httpstatus_rule_field(r)[0] != '\0');
	}
}
END_TEST

/* Each status reaches exactly the rows that cover it, in the file's order. */
START_TEST(each_status_has_its_rules_in_file_order)
{
	size_t links = 0;

	for (size_t i = 0; i < any_status_count(); i++) {
		const httpstatus_status *s = any_status(i);
		size_t k = 0;

		for (size_t r = 0; r < rules.nrows; r++)
			if (covers(r, httpstatus_status_code(s))) {
				ck_assert_ptr_eq(httpstatus_status_rule_at(s, k), httpstatus_rule_at(r));
				k++;
			}
		ck_assert_uint_eq(httpstatus_status_rule_count(s), k);
		ck_assert_ptr_null(httpstatus_status_rule_at(s, k));
		links += k;
	}
	ck_assert_uint_ge(links, rules.nrows); /* every row covers a status */
}
END_TEST

/* The rule of CODE with this field (NULL: any) and level, or NULL. */
static const httpstatus_rule *rule_of(int code, int subject, const char *field, int level)
{
	const httpstatus_status *s = httpstatus_status_from_code(code);

	if (s == NULL)
		s = httpstatus_unofficial_from_code(code);
	for (size_t k = 0; k < httpstatus_status_rule_count(s); k++) {
		const httpstatus_rule *r = httpstatus_status_rule_at(s, k);

		if (httpstatus_rule_subject(r) == subject && httpstatus_rule_level(r) == level &&
		    (field == NULL || strcmp(httpstatus_rule_field(r), field) == 0))
			return r;
	}
	return NULL;
}

START_TEST(the_rules_rfc_9110_and_9113_state)
{
	const httpstatus_rule *r = rule_of(405, HTTPSTATUS_RULE_FIELD, "Allow", HTTPSTATUS_LEVEL_MUST);

	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(httpstatus_rule_locator(r), "RFC 9110, Section 15.5.6");
	ck_assert_ptr_nonnull(strstr(httpstatus_rule_quote(r), "MUST generate an Allow header field in a 405"));
	ck_assert_int_eq(httpstatus_rule_scope(r), HTTPSTATUS_SCOPE_ANY);
	ck_assert_int_eq(httpstatus_rule_versions(r), 15);
	ck_assert_ptr_nonnull(rule_of(401, HTTPSTATUS_RULE_FIELD, "WWW-Authenticate", HTTPSTATUS_LEVEL_MUST));
	ck_assert_ptr_nonnull(rule_of(204, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_CANNOT));
	ck_assert_str_eq(httpstatus_rule_field(rule_of(204, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_CANNOT)), "");
	ck_assert_str_eq(httpstatus_rule_level_text(rule_of(204, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_CANNOT)),
			 "cannot");
	for (int code = 100; code <= 104; code++) /* 1xx: the class's rule reaches each */
		ck_assert_ptr_nonnull(rule_of(code, HTTPSTATUS_RULE_FIELD, "Content-Length", HTTPSTATUS_LEVEL_MUST_NOT));
	r = rule_of(200, HTTPSTATUS_RULE_FIELD, "Content-Length", HTTPSTATUS_LEVEL_MUST_NOT);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(httpstatus_rule_scope(r), HTTPSTATUS_SCOPE_CONNECT);
	ck_assert_str_eq(httpstatus_rule_level_text(r), "MUST NOT");
	r = rule_of(101, HTTPSTATUS_RULE_STATUS, NULL, HTTPSTATUS_LEVEL_CANNOT);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(httpstatus_rule_versions(r) & HTTPSTATUS_VERSION_HTTP2, HTTPSTATUS_VERSION_HTTP2);
	ck_assert_int_eq(httpstatus_rule_versions(r) & HTTPSTATUS_VERSION_HTTP1_1, 0);
	r = rule_of(499, HTTPSTATUS_RULE_FIELD, "Connection", HTTPSTATUS_LEVEL_MUST_NOT); /* "*" reaches an unofficial code */
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(httpstatus_rule_versions(r), HTTPSTATUS_VERSION_HTTP2);
	r = rule_of(304, HTTPSTATUS_RULE_FIELD, "ETag", HTTPSTATUS_LEVEL_MUST);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(httpstatus_rule_scope(r), HTTPSTATUS_SCOPE_AS_200);
	ck_assert_ptr_nonnull(rule_of(503, HTTPSTATUS_RULE_FIELD, "Retry-After", HTTPSTATUS_LEVEL_MAY));
	ck_assert_int_eq(httpstatus_rule_scope(rule_of(416, HTTPSTATUS_RULE_FIELD, "Content-Range", HTTPSTATUS_LEVEL_SHOULD)),
			 HTTPSTATUS_SCOPE_RANGE);
	r = rule_of(200, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_MUST_NOT);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(httpstatus_rule_scope(r), HTTPSTATUS_SCOPE_HEAD);
}
END_TEST

START_TEST(null_and_out_of_range)
{
	size_t n = httpstatus_rule_count();

	ck_assert_uint_eq(httpstatus_status_rule_count(NULL), 0);
	ck_assert_ptr_null(httpstatus_status_rule_at(NULL, 0));
	ck_assert_ptr_null(httpstatus_status_rule_at(httpstatus_status_from_code(405), (size_t)-1));
	ck_assert_ptr_null(httpstatus_rule_at(n));
	ck_assert_ptr_null(httpstatus_rule_at((size_t)-1));
	ck_assert_ptr_nonnull(httpstatus_rule_at(n - 1));
	ck_assert_int_eq(httpstatus_rule_subject(NULL), HTTPSTATUS_RULE_NONE);
	ck_assert_str_eq(httpstatus_rule_field(NULL), "");
	ck_assert_int_eq(httpstatus_rule_level(NULL), HTTPSTATUS_LEVEL_NONE);
	ck_assert_str_eq(httpstatus_rule_level_text(NULL), "");
	ck_assert_int_eq(httpstatus_rule_scope(NULL), HTTPSTATUS_SCOPE_NONE);
	ck_assert_int_eq(httpstatus_rule_versions(NULL), HTTPSTATUS_VERSION_NONE);
	ck_assert_str_eq(httpstatus_rule_locator(NULL), "");
	ck_assert_str_eq(httpstatus_rule_quote(NULL), "");
}
END_TEST

/* The namers give the header's member names, without the prefix and in lower case. */
START_TEST(namers)
{
	ck_assert_str_eq(httpstatus_subject_name(HTTPSTATUS_RULE_FIELD), "field");
	ck_assert_str_eq(httpstatus_subject_name(HTTPSTATUS_RULE_STATUS), "status");
	ck_assert_str_eq(httpstatus_level_name(HTTPSTATUS_LEVEL_MUST_NOT), "must_not");
	ck_assert_str_eq(httpstatus_level_name(HTTPSTATUS_LEVEL_OUGHT_TO), "ought_to");
	ck_assert_str_eq(httpstatus_level_name(HTTPSTATUS_LEVEL_CANNOT), "cannot");
	ck_assert_str_eq(httpstatus_scope_name(HTTPSTATUS_SCOPE_AS_200), "as_200");
	ck_assert_str_eq(httpstatus_scope_name(HTTPSTATUS_SCOPE_CONDITIONAL), "conditional");
	ck_assert_str_eq(httpstatus_subject_name(HTTPSTATUS_RULE_NONE), "");
	ck_assert_str_eq(httpstatus_level_name(HTTPSTATUS_LEVEL_CANNOT + 1), "");
	ck_assert_str_eq(httpstatus_scope_name(-1), "");
	ck_assert_str_eq(httpstatus_scope_name(256), "");
	for (size_t i = 0; i < httpstatus_rule_count(); i++) {
		const httpstatus_rule *r = httpstatus_rule_at(i);

		ck_assert_str_ne(httpstatus_subject_name(httpstatus_rule_subject(r)), "");
		ck_assert_str_ne(httpstatus_level_name(httpstatus_rule_level(r)), "");
		ck_assert_str_ne(httpstatus_scope_name(httpstatus_rule_scope(r)), "");
	}
}
END_TEST

/* ---- The check, against an oracle read from data/rules.csv ---- */

/* Whether FIELDS (names separated by ", \t\r\n") holds NAME, ignoring ASCII case. */
static int lists(const char *fields, const char *name)
{
	char copy[256], *save = NULL;

	ck_assert_uint_lt(strlen(fields), sizeof copy);
	strcpy(copy, fields);
	for (char *f = strtok_r(copy, ", \t\r\n", &save); f != NULL; f = strtok_r(NULL, ", \t\r\n", &save))
		if (strcasecmp(f, name) == 0)
			return 1;
	return 0;
}

/* Whether row R is broken by the head, as doc/man3/httpstatus_check_count.3 says. */
static int oracle_breaks(size_t r, const char *method, int bit, const char *fields, int has_content)
{
	const char *scope = csv_get(&rules, r, "scope"), *level = csv_get(&rules, r, "level");
	int absent = strstr(level, "NOT") != NULL || strstr(level, "not") != NULL || strcmp(level, "cannot") == 0;
	const char *subject = csv_get(&rules, r, "subject");

	if ((version_bits(csv_get(&rules, r, "versions")) & bit) == 0 || strcmp(scope, "as-200") == 0)
		return 0;
	if ((strcmp(scope, "HEAD") == 0 || strcmp(scope, "CONNECT") == 0) && (method == NULL || strcmp(scope, method) != 0))
		return 0;
	if (strcmp(subject, "field") == 0)
		return lists(fields, csv_get(&rules, r, "field")) == absent;
	if (strcmp(subject, "content") == 0)
		return has_content >= 0 && (absent || method == NULL || strcmp(method, "HEAD") != 0) &&
		       has_content == absent;
	return absent;
}

START_TEST(check_follows_the_rules)
{
	static const char *const methods[] = { NULL, "GET", "HEAD", "CONNECT", "head" };
	static const char *const field_lists[] = { "", "Allow", "allow, WWW-Authenticate", "Content-Length\r\nConnection",
						   "ETag\tRetry-After , content-range,Location" };
	unsigned long checked = 0, broken = 0;

	for (size_t i = 0; i < any_status_count(); i++) {
		int code = httpstatus_status_code(any_status(i));

		for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++)
			for (size_t v = 0; v < 4; v++)
				for (size_t f = 0; f < sizeof field_lists / sizeof field_lists[0]; f++)
					for (int c = -1; c <= 1; c++) {
						const char *meth = methods[m], *fields = field_lists[f];
						size_t mlen = meth != NULL ? strlen(meth) : 0;
						int version = version_numbers[v][0];
						int n = httpstatus_check_count(code, meth, mlen, version, fields,
									       HTTPSTATUS_NUL_TERMINATED, c);
						int k = 0;

						ck_assert_int_ge(n, 0);
						for (size_t r = 0; r < rules.nrows; r++)
							if (covers(r, code) &&
							    oracle_breaks(r, meth, version_numbers[v][1], fields, c))
								ck_assert_ptr_eq(httpstatus_check_at(code, meth, mlen, version, fields,
												     strlen(fields), c, (size_t)k++),
										 httpstatus_rule_at(r));
						ck_assert_int_eq(n, k);
						ck_assert_ptr_null(httpstatus_check_at(code, meth, mlen, version, fields,
										       strlen(fields), c, (size_t)k));
						checked++;
						broken += (unsigned long)k;
					}
	}
	ck_assert_uint_gt(checked, 1000);
	ck_assert_uint_gt(broken, 0);
}
END_TEST

/* Whether the head breaks rule R. */
static int breaks(const httpstatus_rule *r, int code, const char *method, int version, const char *fields, int has_content)
{
	size_t mlen = method != NULL ? HTTPSTATUS_NUL_TERMINATED : 0;
	int n = httpstatus_check_count(code, method, mlen, version, fields, HTTPSTATUS_NUL_TERMINATED, has_content);

	ck_assert_ptr_nonnull(r);
	ck_assert_int_ge(n, 0);
	for (int k = 0; k < n; k++)
		if (httpstatus_check_at(code, method, mlen, version, fields, HTTPSTATUS_NUL_TERMINATED, has_content,
					(size_t)k) == r)
			return 1;
	return 0;
}

START_TEST(check_good_and_bad_heads)
{
	const httpstatus_rule *allow = rule_of(405, HTTPSTATUS_RULE_FIELD, "Allow", HTTPSTATUS_LEVEL_MUST);
	const httpstatus_rule *no_content = rule_of(204, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_CANNOT);
	const httpstatus_rule *head = rule_of(200, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_MUST_NOT);
	const httpstatus_rule *connect = rule_of(200, HTTPSTATUS_RULE_FIELD, "Content-Length", HTTPSTATUS_LEVEL_MUST_NOT);
	const httpstatus_rule *h2 = rule_of(101, HTTPSTATUS_RULE_STATUS, NULL, HTTPSTATUS_LEVEL_CANNOT);
	const httpstatus_rule *conn = rule_of(404, HTTPSTATUS_RULE_FIELD, "Connection", HTTPSTATUS_LEVEL_MUST_NOT);
	const httpstatus_rule *etag = rule_of(304, HTTPSTATUS_RULE_FIELD, "ETag", HTTPSTATUS_LEVEL_MUST);
	const httpstatus_rule *retry = rule_of(503, HTTPSTATUS_RULE_FIELD, "Retry-After", HTTPSTATUS_LEVEL_MAY);
	const httpstatus_rule *range = rule_of(416, HTTPSTATUS_RULE_FIELD, "Content-Range", HTTPSTATUS_LEVEL_SHOULD);
	const httpstatus_rule *explain = rule_of(404, HTTPSTATUS_RULE_CONTENT, NULL, HTTPSTATUS_LEVEL_SHOULD);

	/* a field asked for: broken when absent, in any case and between any separators */
	ck_assert(breaks(allow, 405, "PUT", 11, "Content-Type", 1));
	ck_assert(!breaks(allow, 405, "PUT", 11, "Content-Type, allow", 1));
	ck_assert(!breaks(allow, 405, "PUT", 11, "\tALLOW\r\n", 1));
	ck_assert(breaks(allow, 405, "PUT", 11, "Allowed, Allo", 1));
	ck_assert(breaks(allow, 405, NULL, 30, "", 0));
	/* content that cannot be there */
	ck_assert(breaks(no_content, 204, "GET", 11, "", 1));
	ck_assert(!breaks(no_content, 204, "GET", 11, "", 0));
	ck_assert(!breaks(no_content, 204, "GET", 11, "", -1));
	/* content asked for: not of an answer to HEAD, nor when nobody knows */
	ck_assert(breaks(explain, 404, "GET", 11, "Date", 0));
	ck_assert(!breaks(explain, 404, "GET", 11, "Date", 1));
	ck_assert(!breaks(explain, 404, "HEAD", 11, "Date", 0));
	ck_assert(!breaks(explain, 404, "GET", 11, "Date", -1));
	/* a rule of the responses to HEAD: only for HEAD, case-sensitively */
	ck_assert(breaks(head, 200, "HEAD", 11, "", 1));
	ck_assert(!breaks(head, 200, "HEAD", 11, "", 0));
	ck_assert(!breaks(head, 200, "GET", 11, "", 1));
	ck_assert(!breaks(head, 200, "head", 11, "", 1));
	ck_assert(!breaks(head, 200, NULL, 11, "", 1));
	/* a field not to be sent in a 2xx to CONNECT */
	ck_assert(breaks(connect, 201, "CONNECT", 11, "content-length", 0));
	ck_assert(!breaks(connect, 201, "CONNECT", 11, "Content-Type", 0));
	ck_assert(!breaks(connect, 201, "GET", 11, "content-length", 0));
	/* versions: 101 is not for HTTP/2; Connection is not for HTTP/2 */
	ck_assert(breaks(h2, 101, "GET", 20, "Upgrade", 0));
	ck_assert(!breaks(h2, 101, "GET", 11, "Upgrade", 0));
	ck_assert(breaks(conn, 404, "GET", 20, "Connection", 1));
	ck_assert(!breaks(conn, 404, "GET", 11, "Connection", 1));
	ck_assert(!breaks(conn, 404, "GET", 20, "Content-Type", 1));
	/* what a 200 would have carried cannot be judged from one head */
	ck_assert(!breaks(etag, 304, "GET", 11, "", 0));
	/* MAY: reported while the field is absent, for the caller to weigh by the level */
	ck_assert(breaks(retry, 503, "GET", 11, "Content-Type", 1));
	ck_assert(!breaks(retry, 503, "GET", 11, "Retry-After", 1));
	ck_assert_int_eq(httpstatus_rule_level(retry), HTTPSTATUS_LEVEL_MAY);
	/* range: always applies, since 416 answers range requests only */
	ck_assert(breaks(range, 416, "GET", 11, "", 1));
	ck_assert(!breaks(range, 416, NULL, 11, "Content-Range", 1));
	/* an unofficial code is judged by the rules of every status and its class */
	ck_assert_int_ge(httpstatus_check_count(499, NULL, 0, 11, NULL, 0, 0), 0);
	/* a head that breaks nothing */
	ck_assert_int_eq(httpstatus_check_count(404, "GET", 3, 11, "Date", 4, 1), 0);
}
END_TEST

START_TEST(check_bad_input)
{
	static const int bad_codes[] = { 0, 99, 299, 600, -404, 65940 };
	static const int bad_versions[] = { 0, 1, 2, 9, 12, 21, 31, -11, 110 };
	static const char *const bad_fields[] = { "Allow:", "Allow: GET", "Al\"low", "Allow;", "Allow\x80", "(Allow)", "Allow\x7f" };

	for (size_t i = 0; i < sizeof bad_codes / sizeof bad_codes[0]; i++) {
		ck_assert_int_eq(httpstatus_check_count(bad_codes[i], "GET", 3, 11, "Allow", 5, 0), -1);
		ck_assert_ptr_null(httpstatus_check_at(bad_codes[i], "GET", 3, 11, "Allow", 5, 0, 0));
	}
	for (size_t i = 0; i < sizeof bad_versions / sizeof bad_versions[0]; i++) {
		ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, bad_versions[i], "", 0, 0), -1);
		ck_assert_ptr_null(httpstatus_check_at(405, "GET", 3, bad_versions[i], "", 0, 0, 0));
	}
	for (size_t i = 0; i < sizeof bad_fields / sizeof bad_fields[0]; i++) {
		ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, bad_fields[i], HTTPSTATUS_NUL_TERMINATED, 0), -1);
		ck_assert_ptr_null(httpstatus_check_at(405, "GET", 3, 11, bad_fields[i], HTTPSTATUS_NUL_TERMINATED, 0, 0));
	}
	/* the good ones around them, which break the 405's Allow rule */
	ck_assert_int_gt(httpstatus_check_count(405, "GET", 3, 11, "Content-Type", HTTPSTATUS_NUL_TERMINATED, 0), 0);
	ck_assert_ptr_nonnull(httpstatus_check_at(405, "GET", 3, 11, "", 0, 0, 0));
	/* an embedded NUL byte within the length */
	ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, "Allow Date\0Vary", 15, -1), -1);
	ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, "Allow Date\0Vary", 10, -1), 0);
	ck_assert_int_eq(httpstatus_check_count(405, "GET\0", 4, 11, "Allow", 5, 0), -1);
	/* NULL texts with a length */
	ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, NULL, 5, 0), -1);
	ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, NULL, HTTPSTATUS_NUL_TERMINATED, 0), -1);
	ck_assert_int_eq(httpstatus_check_count(405, NULL, 1, 11, "Allow", 5, 0), -1);
	ck_assert_ptr_null(httpstatus_check_at(405, NULL, 3, 11, NULL, 0, 0, 0));
	/* a method that is not a token; content other than 1, 0 or -1 */
	ck_assert_int_eq(httpstatus_check_count(405, "GE T", 4, 11, "Allow", 5, 0), -1);
	ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, "Allow", 5, 2), -1);
	ck_assert_int_eq(httpstatus_check_count(405, "GET", 3, 11, "Allow", 5, -2), -1);
	/* past the end */
	ck_assert_ptr_null(httpstatus_check_at(405, "GET", 3, 11, "Allow, Date", 11, 1, 0));
	ck_assert_ptr_null(httpstatus_check_at(405, "GET", 3, 11, "", 0, 0, (size_t)-1));
}
END_TEST

Suite *rules_suite(void)
{
	Suite *s = suite_create("rules");
	TCase *tc = tcase_create("1.2");

	tcase_add_unchecked_fixture(tc, load_rules, free_rules);
	tcase_add_test(tc, rules_match_data);
	tcase_add_test(tc, each_status_has_its_rules_in_file_order);
	tcase_add_test(tc, the_rules_rfc_9110_and_9113_state);
	tcase_add_test(tc, null_and_out_of_range);
	tcase_add_test(tc, namers);
	tcase_add_test(tc, check_follows_the_rules);
	tcase_add_test(tc, check_good_and_bad_heads);
	tcase_add_test(tc, check_bad_input);
	suite_add_tcase(s, tc);
	return s;
}
