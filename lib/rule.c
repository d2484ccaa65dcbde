/* SPDX-License-Identifier: MIT */
/* Response rules (1.2): what a status obliges a response to carry, and the check of one response head. */
#include <string.h>

#include "code.h"

HTTPSTATUS_API size_t httpstatus_rule_count(void)
{
	return HS_RULE_COUNT;
}

HTTPSTATUS_API const httpstatus_rule *httpstatus_rule_at(size_t index)
{
	return index < HS_RULE_COUNT ? &httpstatus__rules[index] : NULL;
}

HTTPSTATUS_API size_t httpstatus_status_rule_count(const httpstatus_status *status)
{
	return status != NULL ? status->rule_count : 0;
}

HTTPSTATUS_API const httpstatus_rule *httpstatus_status_rule_at(const httpstatus_status *status, size_t index)
{
	if (status == NULL || index >= status->rule_count)
		return NULL;
	return &httpstatus__rules[httpstatus__rule_list[status->rules + index]];
}

HS_INT_ACCESSOR(httpstatus_rule, httpstatus_rule_subject, subject, HTTPSTATUS_RULE_NONE)
HS_TEXT_ACCESSOR(httpstatus_rule, httpstatus_rule_field, field)
HS_INT_ACCESSOR(httpstatus_rule, httpstatus_rule_level, level, HTTPSTATUS_LEVEL_NONE)
HS_TEXT_ACCESSOR(httpstatus_rule, httpstatus_rule_level_text, level_text)
HS_INT_ACCESSOR(httpstatus_rule, httpstatus_rule_scope, scope, HTTPSTATUS_SCOPE_NONE)
HS_INT_ACCESSOR(httpstatus_rule, httpstatus_rule_versions, versions, HTTPSTATUS_VERSION_NONE)
HS_TEXT_ACCESSOR(httpstatus_rule, httpstatus_rule_locator, locator)
HS_TEXT_ACCESSOR(httpstatus_rule, httpstatus_rule_quote, quote)

/* ---- The check of a response head ---- */

/* A response head as the caller described it, read and checked. */
struct head {
	const struct httpstatus_status *status;
	int method;  /* HTTPSTATUS_SCOPE_HEAD or HTTPSTATUS_SCOPE_CONNECT for those methods, else 0 */
	int version; /* its bit of enum httpstatus_http_version */
	const char *fields;
	size_t fields_len;
	int has_content; /* 1, 0, or -1: not known */
};

/* A byte of a token (RFC 9110, Section 5.6.2): a field name or a method is one. */
static int is_tchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int is_separator(unsigned char c)
{
	return c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Reads TEXT's length into *LEN (measuring a NUL-terminated one); 0 for a NULL text of a length other than 0. */
static int text_length(const char *text, size_t len, size_t *out)
{
	if (text == NULL) {
		*out = 0;
		return len == 0;
	}
	*out = len == HTTPSTATUS_NUL_TERMINATED ? strlen(text) : len;
	return 1;
}

static int version_bit(int version)
{
	switch (version) {
	case 10: return HTTPSTATUS_VERSION_HTTP1_0;
	case 11: return HTTPSTATUS_VERSION_HTTP1_1;
	case 20: return HTTPSTATUS_VERSION_HTTP2;
	case 30: return HTTPSTATUS_VERSION_HTTP3;
	default: return 0;
	}
}

/* The method's scope (HEAD, CONNECT) or 0; -1 when it is not a token. */
static int method_scope(const char *method, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!is_tchar((unsigned char)method[i]))
			return -1;
	if (len == 4 && memcmp(method, "HEAD", 4) == 0)
		return HTTPSTATUS_SCOPE_HEAD;
	if (len == 7 && memcmp(method, "CONNECT", 7) == 0)
		return HTTPSTATUS_SCOPE_CONNECT;
	return 0;
}

static int read_head(struct head *h, int code, const char *method, size_t method_len, int version,
		     const char *fields, size_t fields_len, int has_content)
{
	h->status = hs_status_by_code(code);
	if (h->status == NULL)
		h->status = hs_unofficial_by_code(code);
	h->version = version_bit(version);
	h->has_content = has_content;
	if (h->status == NULL || h->version == 0 || has_content < -1 || has_content > 1)
		return 0;
	if (!text_length(method, method_len, &method_len) || !text_length(fields, fields_len, &h->fields_len))
		return 0;
	h->method = method_scope(method, method_len);
	h->fields = fields;
	for (size_t i = 0; i < h->fields_len; i++)
		if (!is_tchar((unsigned char)fields[i]) && !is_separator((unsigned char)fields[i]))
			return 0;
	return h->method >= 0;
}

/* Whether the head names the field NAME (ignoring ASCII case). */
static int has_field(const struct head *h, const char *name, size_t name_len)
{
	size_t i = 0;

	while (i < h->fields_len) {
		size_t start, n;

		while (i < h->fields_len && is_separator((unsigned char)h->fields[i]))
			i++;
		start = i;
		while (i < h->fields_len && !is_separator((unsigned char)h->fields[i]))
			i++;
		n = i - start;
		if (n == name_len && n > 0) {
			size_t k = 0;

			while (k < n && ((unsigned char)h->fields[start + k] | 0x20) == ((unsigned char)name[k] | 0x20))
				k++;
			if (k == n)
				return 1;
		}
	}
	return 0;
}

/* A level that asks for absence: the field not sent, no content, the status not used. */
static int asks_absence(int level)
{
	return level == HTTPSTATUS_LEVEL_MUST_NOT || level == HTTPSTATUS_LEVEL_SHOULD_NOT ||
	       level == HTTPSTATUS_LEVEL_OUGHT_NOT_TO || level == HTTPSTATUS_LEVEL_CANNOT;
}

/*
 * Whether the head breaks RULE.  A rule applies in its versions and scope: HEAD and CONNECT when the
 * method is that one; range and conditional always, since only such requests get the statuses
 * those rules are written for (206, 304, 412, 416: the project's judgement); as-200 never, since one
 * head cannot say what a 200 would have carried.  A status rule that asks for absence is broken
 * whenever it applies; one that asks for presence never is.
 */
static int breaks(const struct head *h, const struct httpstatus_rule *rule)
{
	int absent = asks_absence(rule->level);

	if ((rule->versions & h->version) == 0)
		return 0;
	if (rule->scope == HTTPSTATUS_SCOPE_AS_200 ||
	    ((rule->scope == HTTPSTATUS_SCOPE_HEAD || rule->scope == HTTPSTATUS_SCOPE_CONNECT) && rule->scope != h->method))
		return 0;
	switch (rule->subject) {
	case HTTPSTATUS_RULE_FIELD:
		return has_field(h, httpstatus__pool + rule->field, rule->field_len) == absent;
	case HTTPSTATUS_RULE_CONTENT:
		/* Unknown content breaks no content rule.  Every answer to HEAD is without content (RFC 9110,
		 * Section 9.3.2, the rule of scope HEAD), so no rule asking for content applies to one: those
		 * of 4xx, 5xx, 300 and 303 say so themselves ("Except when responding to a HEAD request"). */
		if (h->has_content < 0 || (!absent && h->method == HTTPSTATUS_SCOPE_HEAD))
			return 0;
		return h->has_content == absent;
	case HTTPSTATUS_RULE_STATUS:
		return absent;
	default:
		return 0;
	}
}

/* The head's broken rule number INDEX, or NULL; *COUNT gets how many are broken. */
static const httpstatus_rule *find_broken(const struct head *h, size_t index, size_t *count)
{
	const httpstatus_rule *found = NULL;

	*count = 0;
	for (size_t i = 0; i < h->status->rule_count; i++) {
		const httpstatus_rule *rule = &httpstatus__rules[httpstatus__rule_list[h->status->rules + i]];

		if (breaks(h, rule) && (*count)++ == index)
			found = rule;
	}
	return found;
}

HTTPSTATUS_API int httpstatus_check_count(int code, const char *method, size_t method_len, int version,
					  const char *fields, size_t fields_len, int has_content)
{
	struct head h;
	size_t count;

	if (!read_head(&h, code, method, method_len, version, fields, fields_len, has_content))
		return -1;
	find_broken(&h, (size_t)-1, &count);
	return (int)count;
}

HTTPSTATUS_API const httpstatus_rule *httpstatus_check_at(int code, const char *method, size_t method_len, int version,
							   const char *fields, size_t fields_len, int has_content,
							   size_t index)
{
	struct head h;
	size_t count;

	if (!read_head(&h, code, method, method_len, version, fields, fields_len, has_content))
		return NULL;
	return find_broken(&h, index, &count);
}
