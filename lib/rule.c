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
	int has_content; /* 1, 0, or -1: not known */
	uint64_t present; /* bit K: the list names httpstatus__rule_fields[K] */
};

/* What a byte is in a list of field names: a byte of a token (RFC 9110, Section 5.6.2), a separator
 * (a comma or white space), or neither. */
enum { NEITHER, TCHAR, SEPARATOR };
#define T TCHAR
static const unsigned char byte_class[256] = {
	[' '] = SEPARATOR, [','] = SEPARATOR, ['\t'] = SEPARATOR, ['\r'] = SEPARATOR, ['\n'] = SEPARATOR,
	['!'] = T, ['#'] = T, ['$'] = T, ['%'] = T, ['&'] = T, ['\''] = T, ['*'] = T, ['+'] = T, ['-'] = T,
	['.'] = T, ['^'] = T, ['_'] = T, ['`'] = T, ['|'] = T, ['~'] = T,
	['0'] = T, ['1'] = T, ['2'] = T, ['3'] = T, ['4'] = T, ['5'] = T, ['6'] = T, ['7'] = T, ['8'] = T, ['9'] = T,
	['A'] = T, ['B'] = T, ['C'] = T, ['D'] = T, ['E'] = T, ['F'] = T, ['G'] = T, ['H'] = T, ['I'] = T,
	['J'] = T, ['K'] = T, ['L'] = T, ['M'] = T, ['N'] = T, ['O'] = T, ['P'] = T, ['Q'] = T, ['R'] = T,
	['S'] = T, ['T'] = T, ['U'] = T, ['V'] = T, ['W'] = T, ['X'] = T, ['Y'] = T, ['Z'] = T,
	['a'] = T, ['b'] = T, ['c'] = T, ['d'] = T, ['e'] = T, ['f'] = T, ['g'] = T, ['h'] = T, ['i'] = T,
	['j'] = T, ['k'] = T, ['l'] = T, ['m'] = T, ['n'] = T, ['o'] = T, ['p'] = T, ['q'] = T, ['r'] = T,
	['s'] = T, ['t'] = T, ['u'] = T, ['v'] = T, ['w'] = T, ['x'] = T, ['y'] = T, ['z'] = T,
};
#undef T

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
		if (byte_class[(unsigned char)method[i]] != TCHAR)
			return -1;
	if (len == 4 && memcmp(method, "HEAD", 4) == 0)
		return HTTPSTATUS_SCOPE_HEAD;
	if (len == 7 && memcmp(method, "CONNECT", 7) == 0)
		return HTTPSTATUS_SCOPE_CONNECT;
	return 0;
}

/* The index of NAME (N bytes of a token) among the rules' field names, ignoring ASCII case, or -1.
 * (Folding with 0x20 is exact for them: letters, digits and '-'.) */
static int field_id(const char *name, size_t n)
{
	if (n > HS_FIELD_MAXLEN)
		return -1;
	for (unsigned id = httpstatus__rule_field_by_len[n]; id < httpstatus__rule_field_by_len[n + 1]; id++) {
		const char *field = httpstatus__pool + httpstatus__rule_fields[id].text;
		size_t k = 0;

		while (k < n && ((unsigned char)name[k] | 0x20) == ((unsigned char)field[k] | 0x20))
			k++;
		if (k == n)
			return (int)id;
	}
	return -1;
}

/* Reads the list of field names once: every byte must be a token's or a separator's; each name that
 * some rule is about is marked in H->present. */
static int read_fields(struct head *h, const char *fields, size_t len)
{
	size_t i = 0;

	h->present = 0;
	while (i < len) {
		size_t start;
		int id;

		while (i < len && byte_class[(unsigned char)fields[i]] == SEPARATOR)
			i++;
		start = i;
		while (i < len && byte_class[(unsigned char)fields[i]] == TCHAR)
			i++;
		if (i < len && byte_class[(unsigned char)fields[i]] != SEPARATOR)
			return 0;
		id = field_id(fields + start, i - start);
		if (id >= 0)
			h->present |= UINT64_C(1) << id;
	}
	return 1;
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
	if (!text_length(method, method_len, &method_len) || !text_length(fields, fields_len, &fields_len))
		return 0;
	h->method = method_scope(method, method_len);
	return h->method >= 0 && read_fields(h, fields, fields_len);
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
		return (int)((h->present >> rule->field_id) & 1) == absent;
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
