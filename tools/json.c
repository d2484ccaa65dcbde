/* SPDX-License-Identifier: MIT */
/*
 * httpstatus --json: one JSON document per run, in the schema documented in
 * doc/man1/httpstatus.1 (version JSON_SCHEMA).  Every string is valid UTF-8
 * JSON whatever bytes the query held.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"

/* ---- Writing JSON values ---------------------------------------------- */

/* The length of the valid UTF-8 sequence at S (1..4), or 0 when the bytes there are not one. */
static size_t utf8_sequence(const unsigned char *s)
{
	unsigned long cp;
	size_t n, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		cp = s[0] & 0x1fu;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		cp = s[0] & 0x0fu;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		cp = s[0] & 0x07u;
	} else {
		return 0;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0; /* also stops at the terminating NUL */
		cp = (cp << 6) | (s[i] & 0x3fu);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

/* Writes S as a JSON string; bytes that are not valid UTF-8 become U+FFFD. */
static void json_string(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putchar('"');
	while (*p != '\0') {
		size_t n = utf8_sequence(p);

		if (n == 0) {
			fputs("\\ufffd", stdout);
			p++;
		} else if (*p == '"' || *p == '\\') {
			putchar('\\');
			putchar(*p++);
		} else if (*p < 0x20 || *p == 0x7f) {
			printf("\\u%04x", *p++);
		} else {
			fwrite(p, 1, n, stdout);
			p += n;
		}
	}
	putchar('"');
}

/* A JSON string, or null for "" (used for fields that may be absent). */
static void json_string_or_null(const char *s)
{
	if (*s == '\0')
		fputs("null", stdout);
	else
		json_string(s);
}

static void json_key(const char *key)
{
	json_string(key);
	putchar(':');
}

static const char *json_bool(int flag)
{
	return flag ? "true" : "false";
}

/* ---- Records ------------------------------------------------------------ */

static void json_aliases(const httpstatus_status *s, int kind)
{
	size_t i;
	int first = 1;

	putchar('[');
	for (i = 0; i < httpstatus_alias_count(); i++) {
		if (httpstatus_alias_status(i) != s || httpstatus_alias_kind(i) != kind)
			continue;
		if (!first)
			putchar(',');
		first = 0;
		json_string(httpstatus_alias_text(i));
	}
	putchar(']');
}

/* The rule R (1.2): its subject and scope are named by the library's namers, as the JSON names the
 * header's other enums, the member's name in lower case.  FAILING is -1, or 0 or 1 for a rule a head breaks (httpstatus --check):
 * whether that fails the check, which httpstatus_rule_level decides (check_rule_fails()). */
static void json_rule(const httpstatus_rule *r, int failing)
{
	static const struct {
		int bit;
		const char *name;
	} versions[] = { { HTTPSTATUS_VERSION_HTTP1_0, "1.0" }, { HTTPSTATUS_VERSION_HTTP1_1, "1.1" },
			 { HTTPSTATUS_VERSION_HTTP2, "2" }, { HTTPSTATUS_VERSION_HTTP3, "3" } };
	const char *sep = "";

	printf("{\"subject\":");
	json_string(httpstatus_subject_name(httpstatus_rule_subject(r)));
	printf(",\"field\":");
	json_string_or_null(httpstatus_rule_field(r));
	printf(",\"level\":");
	json_string(httpstatus_rule_level_text(r));
	if (failing >= 0)
		printf(",\"failing\":%s", json_bool(failing));
	printf(",\"scope\":");
	json_string(httpstatus_scope_name(httpstatus_rule_scope(r)));
	printf(",\"versions\":[");
	for (size_t v = 0; v < sizeof versions / sizeof versions[0]; v++)
		if (httpstatus_rule_versions(r) & versions[v].bit) {
			printf("%s\"%s\"", sep, versions[v].name);
			sep = ",";
		}
	printf("],\"locator\":");
	json_string(httpstatus_rule_locator(r));
	printf(",\"quote\":");
	json_string(httpstatus_rule_quote(r));
	putchar('}');
}

/* A status's rules (1.2), in their order: httpstatus_status_rule_count() and httpstatus_status_rule_at(). */
static void json_rules(const httpstatus_status *s)
{
	putchar('[');
	for (size_t i = 0; i < httpstatus_status_rule_count(s); i++) {
		if (i > 0)
			putchar(',');
		json_rule(httpstatus_status_rule_at(s, i), -1);
	}
	putchar(']');
}

static void json_status(const httpstatus_status *s)
{
	char line[128];
	int code = httpstatus_status_code(s);

	printf("{\"code\":%d,", code);
	json_key("name");
	json_string(httpstatus_status_name(s));
	putchar(',');
	json_key("phrase");
	json_string(httpstatus_status_phrase(s));
	putchar(',');
	json_key("description");
	json_string(httpstatus_status_description(s));
	putchar(',');
	/* "class" says what the class flags would: httpstatus_status_is_informational, httpstatus_status_is_success,
	 * httpstatus_status_is_redirection, httpstatus_status_is_client_error and httpstatus_status_is_server_error
	 * have no field of their own (tools/tests/json-fields.sh reads this). */
	json_key("class");
	json_string(httpstatus_class_name(httpstatus_status_class(s)));
	putchar(',');
	json_key("state");
	json_string(httpstatus_state_name(httpstatus_status_state(s)));
	putchar(',');
	json_key("expires");
	json_string_or_null(httpstatus_status_expires(s));
	putchar(',');
	json_key("reference");
	json_string(httpstatus_status_reference(s));
	putchar(',');
	json_key("reference_title");
	json_string(httpstatus_status_reference_title(s));
	printf(",\"may_have_content\":%s,\"cacheable\":%s,",
	       json_bool(httpstatus_status_may_have_content(s)), json_bool(httpstatus_status_is_cacheable(s)));
	printf("\"location_redirect\":%s,\"permanent_redirect\":%s,",
	       json_bool(httpstatus_status_is_location_redirect(s)), json_bool(httpstatus_status_is_permanent_redirect(s)));
	json_key("follow_method");
	json_string_or_null(httpstatus_follow_method_name(httpstatus_status_follow_method(s)));
	printf(",\"transient\":%s,\"retry_after\":%s,",
	       json_bool(httpstatus_status_is_transient(s)), json_bool(httpstatus_status_may_have_retry_after(s)));
	json_key("user");
	json_string_or_null(httpstatus_status_user(s));
	putchar(',');
	json_key("locator");
	json_string_or_null(httpstatus_status_locator(s));
	putchar(',');
	json_key("quote");
	json_string_or_null(httpstatus_status_quote(s));
	putchar(',');
	json_key("status_line");
	httpstatus_format_status_line(code, line, sizeof(line));
	json_string(line);
	putchar(',');
	json_key("older_names");
	json_aliases(s, HTTPSTATUS_ALIAS_NAME);
	putchar(',');
	json_key("older_phrases");
	json_aliases(s, HTTPSTATUS_ALIAS_PHRASE);
	putchar(',');
	json_key("rules");
	json_rules(s);
	putchar('}');
}

static void json_method(const httpstatus_method *m)
{
	putchar('{');
	json_key("name");
	json_string(httpstatus_method_name(m));
	putchar(',');
	json_key("description");
	json_string(httpstatus_method_description(m));
	printf(",\"safe\":%s,\"idempotent\":%s,\"cacheable\":%s,", json_bool(httpstatus_method_is_safe(m)),
	       json_bool(httpstatus_method_is_idempotent(m)), json_bool(httpstatus_method_is_cacheable(m)));
	json_key("reference");
	json_string(httpstatus_method_reference(m));
	putchar(',');
	json_key("reference_title");
	json_string(httpstatus_method_reference_title(m));
	putchar('}');
}

/* ---- Results: one object per query in "results" ------------------------ */

/* The fields every result starts with (QUERY NULL for the queries that take no argument). */
static void json_result_head(struct json_output *j, const char *query, const char *kind, int found)
{
	if (j->results++ > 0)
		putchar(',');
	putchar('{');
	json_key("query");
	if (query != NULL)
		json_string(query);
	else
		fputs("null", stdout);
	putchar(',');
	json_key("kind");
	json_string(kind);
	printf(",\"found\":%s", json_bool(found));
}

/* A class ("4xx") or the whole list (cls == 0). */
static void json_status_set(struct json_output *j, const char *query, const char *kind, int cls)
{
	size_t i;
	int first = 1;

	json_result_head(j, query, kind, 1);
	if (cls != 0) {
		putchar(',');
		json_key("class");
		json_string(httpstatus_class_name(cls));
		printf(",\"first\":%d,\"last\":%d", cls * 100, cls * 100 + 99);
	}
	fputs(",\"statuses\":[", stdout);
	for (i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		if (cls != 0 && httpstatus_status_class(s) != cls)
			continue;
		if (!first)
			putchar(',');
		first = 0;
		json_status(s);
	}
	fputs("]}", stdout);
}

void json_open(struct json_output *j)
{
	j->results = 0;
	printf("{\"schema\":%d,", JSON_SCHEMA);
	json_key("version");
	json_string(httpstatus_version());
	putchar(',');
	json_key("registry_date");
	json_string(httpstatus_registry_date());
	fputs(",\"results\":[", stdout);
}

void json_close(void)
{
	fputs("]}\n", stdout);
}

void json_status_answer(struct json_output *j, const char *query, const struct status_answer *a)
{
	int cls = a->has_code ? httpstatus_class_of(a->code) : HTTPSTATUS_CLASS_NONE;

	if (a->status != NULL)
		cls = httpstatus_status_class(a->status);
	json_result_head(j, query, "status", a->status != NULL);
	putchar(',');
	json_key("match");
	json_string_or_null(a->match != NULL ? a->match : "");
	putchar(',');
	json_key("match_source");
	json_string_or_null(a->alias_source != NULL ? a->alias_source : "");
	putchar(',');
	json_key("match_locator");
	json_string_or_null(a->alias_locator != NULL ? a->alias_locator : "");
	putchar(',');
	json_key("match_quote");
	json_string_or_null(a->alias_locator != NULL ? a->alias_quote : "");
	putchar(',');
	json_key("code");
	if (a->status != NULL)
		printf("%d", httpstatus_status_code(a->status));
	else if (a->has_code)
		printf("%d", a->code);
	else
		fputs("null", stdout);
	putchar(',');
	json_key("class");
	json_string_or_null(httpstatus_class_name(cls));
	putchar(',');
	json_key("status");
	if (a->status != NULL)
		json_status(a->status);
	else
		fputs("null", stdout);
	putchar(',');
	json_key("unofficial");
	if (a->unofficial != NULL)
		json_status(a->unofficial);
	else
		fputs("null", stdout);
	putchar('}');
}

void json_class(struct json_output *j, const char *query, int cls)
{
	json_status_set(j, query, "class", cls);
}

void json_list(struct json_output *j)
{
	json_status_set(j, NULL, "list", 0);
}

void json_method_answer(struct json_output *j, const char *query, const httpstatus_method *m,
			const char *suggestion)
{
	json_result_head(j, query, "method", m != NULL);
	putchar(',');
	json_key("suggestion");
	json_string_or_null(suggestion != NULL ? suggestion : "");
	putchar(',');
	json_key("method");
	if (m != NULL)
		json_method(m);
	else
		fputs("null", stdout);
	putchar('}');
}

void json_methods(struct json_output *j)
{
	size_t i;

	json_result_head(j, NULL, "methods", 1);
	fputs(",\"methods\":[", stdout);
	for (i = 0; i < httpstatus_method_count(); i++) {
		if (i > 0)
			putchar(',');
		json_method(httpstatus_method_at(i));
	}
	fputs("]}", stdout);
}

/* ---- httpstatus --check: one result per head ---------------------------- */

/* The field names of A, as an array of strings. */
static void json_field_names(const struct check_answer *a)
{
	char name[HEAD_LINE_MAX + 1];
	size_t i, start = 0;

	putchar('[');
	for (i = 0; i < a->fields_len; i++) {
		if (a->fields[i] != '\n')
			continue;
		if (start > 0)
			putchar(',');
		memcpy(name, a->fields + start, i - start);
		name[i - start] = '\0';
		json_string(name);
		start = i + 1;
	}
	putchar(']');
}

void json_check(struct json_output *j, const struct check_answer *a)
{
	const httpstatus_rule *rule;
	int i, failing = 0;

	for (i = 0; i < a->broken; i++)
		failing |= check_rule_fails(check_rule_at(a, (size_t)i));
	json_result_head(j, a->input, "head", 1);
	printf(",\"line\":%zu,", a->head.line);
	json_key("version");
	json_string(check_version_text(a->head.version));
	printf(",\"code\":%d,", a->head.code);
	json_key("status");
	json_status(a->status);
	putchar(',');
	json_key("method");
	if (a->method != NULL)
		json_string(a->method);
	else
		fputs("null", stdout);
	putchar(',');
	json_key("fields");
	json_field_names(a);
	printf(",\"content\":%s,\"passed\":%s,",
	       check_content(a) < 0 ? "null" : json_bool(check_content(a)), json_bool(!failing));
	json_key("broken");
	putchar('[');
	for (i = 0; i < a->broken; i++) {
		if (i > 0)
			putchar(',');
		rule = check_rule_at(a, (size_t)i);
		json_rule(rule, check_rule_fails(rule));
	}
	fputs("]}", stdout);
}
