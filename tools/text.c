/* SPDX-License-Identifier: MIT */
/*
 * httpstatus: the answers for a person.  The layout is shown in
 * doc/man1/httpstatus.1 (its 'httpstatus 404' example is checked against it).
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <httpstatus.h>

#include "cli.h"

static const char *yes_no(int flag)
{
	return flag ? "yes" : "no";
}

/* Separates this answer from the one before it, if any. */
static void begin_answer(struct text_output *t)
{
	if (t->answered)
		putchar('\n');
	t->answered = 1;
}

static void print_field(const char *label, const char *value)
{
	printf("  %-17s %s\n", label, value);
}

/* A class name for a person: "client error" for "client_error". */
static void print_class_name(int cls)
{
	const char *name = httpstatus_class_name(cls);

	for (; *name != '\0'; name++)
		putchar(*name == '_' ? ' ' : *name);
}

static void print_class_field(int cls)
{
	printf("  %-17s %dxx, ", "class:", cls);
	print_class_name(cls);
	putchar('\n');
}

/* 1 when DATE ("YYYY-MM-DD") is before today (UTC). */
static int date_has_passed(const char *date)
{
	char today[16];
	time_t now = time(NULL);
	struct tm tm;

	if (now == (time_t)-1 || gmtime_r(&now, &tm) == NULL ||
	    strftime(today, sizeof(today), "%Y-%m-%d", &tm) == 0)
		return 0;
	return strcmp(date, today) < 0;
}

static void print_state_field(const httpstatus_status *s)
{
	const char *expires = httpstatus_status_expires(s);

	printf("  %-17s %s", "state:", httpstatus_state_name(httpstatus_status_state(s)));
	if (*expires != '\0') {
		printf(" (expires %s", expires);
		if (date_has_passed(expires))
			fputs("; that date has passed, see the IANA registry", stdout);
		putchar(')');
	}
	putchar('\n');
}

/* The older names or phrases of S, comma-separated, on one labelled line (nothing if none). */
static void print_aliases(const httpstatus_status *s, int kind, const char *label)
{
	size_t i, n = 0;

	for (i = 0; i < httpstatus_alias_count(); i++) {
		if (httpstatus_alias_status(i) != s || httpstatus_alias_kind(i) != kind)
			continue;
		if (n++ == 0)
			printf("  %-17s ", label);
		else
			fputs(", ", stdout);
		fputs(httpstatus_alias_text(i), stdout);
	}
	if (n > 0)
		putchar('\n');
}

/* The evidence LOCATOR and QUOTE hold (" | "-separated, in step): one line each, behind LABEL, as
 * "RFC 2068, Section 10.3.3: "10.3.3 302 Moved Temporarily"", or the judgement and its reason. */
static void print_evidence(const char *label, const char *locator, const char *quote)
{
	static const char sep[] = " | ";

	while (*locator != '\0') {
		const char *l_end = strstr(locator, sep), *q_end = strstr(quote, sep);
		int l_len = (int)(l_end != NULL ? (size_t)(l_end - locator) : strlen(locator));
		int q_len = (int)(q_end != NULL ? (size_t)(q_end - quote) : strlen(quote));

		if (q_len > 0)
			printf("%s%.*s: \"%.*s\"\n", label, l_len, locator, q_len, quote);
		else
			printf("%s%.*s\n", label, l_len, locator);
		locator = l_end != NULL ? l_end + strlen(sep) : "";
		quote = q_end != NULL ? q_end + strlen(sep) : "";
	}
}

static void print_status(const httpstatus_status *s)
{
	char line[128];
	int code = httpstatus_status_code(s);

	printf("%d %s\n", code, httpstatus_status_phrase(s));
	print_field("name:", httpstatus_status_name(s));
	print_field("description:", httpstatus_status_description(s));
	print_class_field(httpstatus_status_class(s));
	print_state_field(s);
	printf("  %-17s %s (%s)\n", "reference:", httpstatus_status_reference(s),
	       httpstatus_status_reference_title(s));
	print_evidence("  evidence:         ", httpstatus_status_locator(s), httpstatus_status_quote(s));
	print_field("may have content:", yes_no(httpstatus_status_may_have_content(s)));
	print_field("cacheable:", httpstatus_status_is_cacheable(s)
			  ? "yes, heuristically cacheable by default"
			  : "no, not heuristically cacheable by default");
	if (httpstatus_format_status_line(code, line, sizeof(line)) > 0)
		print_field("status line:", line);
	print_aliases(s, HTTPSTATUS_ALIAS_NAME, "older names:");
	print_aliases(s, HTTPSTATUS_ALIAS_PHRASE, "older phrases:");
}

/* One line of a table of statuses: code, name, phrase, and the state when it is not plain. */
static void print_list_row(const httpstatus_status *s)
{
	const char *expires = httpstatus_status_expires(s);
	int state = httpstatus_status_state(s);

	printf("%d  %-32s %s", httpstatus_status_code(s), httpstatus_status_name(s),
	       httpstatus_status_phrase(s));
	if (state != HTTPSTATUS_STATE_REGISTERED) {
		printf(" [%s", httpstatus_state_name(state));
		if (*expires != '\0')
			printf(", expires %s", expires);
		putchar(']');
	}
	putchar('\n');
}

static size_t class_members(int cls)
{
	size_t i, n = 0;

	for (i = 0; i < httpstatus_status_count(); i++)
		n += httpstatus_status_class(httpstatus_status_at(i)) == cls;
	return n;
}

void text_version(void)
{
	printf("httpstatus %s (libhttpstatus %s)\n", PACKAGE_VERSION, httpstatus_version());
	printf("registry snapshot %s\n", httpstatus_registry_date());
}

void text_status_answer(struct text_output *t, const struct status_answer *a)
{
	const httpstatus_status *s = a->status;

	begin_answer(t);
	if (a->match != NULL && strcmp(a->match, "old_name") == 0)
		printf("note: %s is an older name of %d; the current name is %s\n", a->alias,
		       httpstatus_status_code(s), httpstatus_status_name(s));
	else if (a->match != NULL && strcmp(a->match, "old_phrase") == 0)
		printf("note: \"%s\" is an older reason phrase of %d; the current phrase is \"%s\"\n",
		       a->alias, httpstatus_status_code(s), httpstatus_status_phrase(s));
	if (a->alias_source != NULL)
		printf("      used by: %s\n", a->alias_source);
	if (a->alias_locator != NULL)
		print_evidence("      evidence: ", a->alias_locator, a->alias_quote);
	print_status(s);
}

void text_unregistered(struct text_output *t, int code, const httpstatus_status *unofficial)
{
	char line[320];

	begin_answer(t);
	printf("%d (not registered)\n", code);
	print_class_field(httpstatus_class_of(code));
	print_field("state:", "not in the registry");
	if (httpstatus_format_status_line(code, line, sizeof(line)) > 0)
		print_field("status line:", line);
	if (unofficial == NULL)
		return;
	snprintf(line, sizeof(line), "%s, \"%s\", sent by %s", httpstatus_status_name(unofficial),
		 httpstatus_status_phrase(unofficial), httpstatus_status_user(unofficial));
	print_field("unofficial:", line);
	print_field("meaning:", httpstatus_status_description(unofficial));
	print_field("source:", httpstatus_status_reference(unofficial));
	print_evidence("  evidence:         ", httpstatus_status_locator(unofficial),
		       httpstatus_status_quote(unofficial));
}

void text_class(struct text_output *t, int cls)
{
	size_t i;

	begin_answer(t);
	printf("%dxx: ", cls);
	print_class_name(cls);
	printf(" (%d to %d), %zu registered statuses\n", cls * 100, cls * 100 + 99, class_members(cls));
	for (i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		if (httpstatus_status_class(s) == cls)
			print_list_row(s);
	}
}

void text_list(struct text_output *t)
{
	size_t i;

	begin_answer(t);
	printf("%-4s %-32s %s\n", "CODE", "NAME", "PHRASE");
	for (i = 0; i < httpstatus_status_count(); i++)
		print_list_row(httpstatus_status_at(i));
}

void text_method(struct text_output *t, const httpstatus_method *m)
{
	begin_answer(t);
	printf("%s\n", httpstatus_method_name(m));
	print_field("description:", httpstatus_method_description(m));
	print_field("safe:", yes_no(httpstatus_method_is_safe(m)));
	print_field("idempotent:", yes_no(httpstatus_method_is_idempotent(m)));
	print_field("cacheable:", yes_no(httpstatus_method_is_cacheable(m)));
	printf("  %-17s %s (%s)\n", "reference:", httpstatus_method_reference(m),
	       httpstatus_method_reference_title(m));
}

void text_methods(struct text_output *t)
{
	size_t i;

	begin_answer(t);
	printf("%-18s %-5s %-10s %-9s %s\n", "METHOD", "SAFE", "IDEMPOTENT", "CACHEABLE", "REFERENCE");
	for (i = 0; i < httpstatus_method_count(); i++) {
		const httpstatus_method *m = httpstatus_method_at(i);

		printf("%-18s %-5s %-10s %-9s %s\n", httpstatus_method_name(m),
		       yes_no(httpstatus_method_is_safe(m)), yes_no(httpstatus_method_is_idempotent(m)),
		       yes_no(httpstatus_method_is_cacheable(m)), httpstatus_method_reference(m));
	}
}

/* ---- httpstatus --check ------------------------------------------------- */

/* Whether RULE asks for something to be there (MUST, SHOULD, MAY, ought to), not for it to be absent. */
static int asks_presence(const httpstatus_rule *rule)
{
	int level = httpstatus_rule_level(rule);

	return level == HTTPSTATUS_LEVEL_MUST || level == HTTPSTATUS_LEVEL_SHOULD || level == HTTPSTATUS_LEVEL_MAY ||
	       level == HTTPSTATUS_LEVEL_OUGHT_TO;
}

/* What the head does that breaks RULE: "no Allow field", "content", "the status 101 in HTTP/2". */
static void print_breach(const struct check_answer *a, const httpstatus_rule *rule)
{
	switch (httpstatus_rule_subject(rule)) {
	case HTTPSTATUS_RULE_FIELD:
		printf("%s %s field", asks_presence(rule) ? "no" : "a", httpstatus_rule_field(rule));
		break;
	case HTTPSTATUS_RULE_CONTENT:
		fputs(asks_presence(rule) ? "no content" : "content", stdout);
		break;
	default:
		printf("the status %03d in %s", a->head.code, check_version_text(a->head.version));
		break;
	}
	switch (httpstatus_rule_scope(rule)) {
	case HTTPSTATUS_SCOPE_HEAD:
		fputs(" in a response to HEAD", stdout);
		break;
	case HTTPSTATUS_SCOPE_CONNECT:
		fputs(" in a response to CONNECT", stdout);
		break;
	case HTTPSTATUS_SCOPE_RANGE:
		fputs(" (if the request was a range request)", stdout);
		break;
	case HTTPSTATUS_SCOPE_CONDITIONAL:
		fputs(" (if the request was conditional)", stdout);
		break;
	case HTTPSTATUS_SCOPE_AS_200:
		fputs(" (if a 200 response would have carried it)", stdout);
		break;
	default:
		break;
	}
}

void text_check(struct text_output *t, const struct check_answer *a)
{
	int i, failing = 0;

	(void)t;
	for (i = 0; i < a->broken; i++)
		failing += check_rule_fails(check_rule_at(a, (size_t)i));
	printf("line %zu: %s %03d %s: ", a->head.line, check_version_text(a->head.version), a->head.code,
	       httpstatus_status_phrase(a->status));
	if (a->broken == 0)
		puts("no rule broken");
	else
		printf("%d rule%s broken, %d failing\n", a->broken, a->broken == 1 ? "" : "s", failing);
	for (i = 0; i < a->broken; i++) {
		const httpstatus_rule *rule = check_rule_at(a, (size_t)i);

		printf("  %s %s: ", check_rule_fails(rule) ? "fail" : "note", httpstatus_rule_level_text(rule));
		print_breach(a, rule);
		printf(": %s: \"%s\"\n", httpstatus_rule_locator(rule), httpstatus_rule_quote(rule));
	}
}
