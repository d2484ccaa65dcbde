/* SPDX-License-Identifier: MIT */
/*
 * httpstatus - ask the HTTP status code and method registries from a shell.
 *
 * Uses only the public API of libhttpstatus.  The behaviour (query forms,
 * output, the JSON schema and the exit statuses) is documented in
 * doc/man1/httpstatus.1; keep the two in step.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <httpstatus.h>

#define EXIT_FOUND 0
#define EXIT_NOT_FOUND 1
#define EXIT_USAGE 2

/* The version of the --json output; raised only when a field changes meaning or goes away. */
#define JSON_SCHEMA 1
/* How much of an argument an error message or a human answer quotes. */
#define SHOW_MAX 64
/* Longest method name the tool tries to upper-case for a suggestion. */
#define SUGGEST_MAX 64

enum query_kind { Q_STATUS, Q_METHOD, Q_LIST, Q_METHODS };

struct query {
	enum query_kind kind;
	const char *text;
};

struct options {
	int json;
	int help;
	int version;
	struct query *queries;
	size_t nqueries;
};

/* How a status query was resolved. */
struct status_answer {
	const httpstatus_status *status; /* NULL when nothing is registered */
	const char *match;               /* "code", "name", "old_name", "phrase", "old_phrase"; NULL */
	const char *alias;               /* the older name or phrase matched, spelled as registered */
	int numeric;                     /* the query was all digits */
	int has_code;                    /* ... and fits in an int: CODE holds it */
	int code;
	int class_query;                 /* 1..5 for "1xx".."5xx", else 0 */
};

static const char *progname = "httpstatus";
/* Whether the next human answer needs a blank line before it. */
static int answered;

/* ---- Printing arbitrary bytes safely -------------------------------- */

/* Writes S for a person: printable ASCII as is, any other byte as \xNN, cut after SHOW_MAX bytes. */
static void show(FILE *out, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++) {
		unsigned char c = (unsigned char)s[i];

		if (i == SHOW_MAX) {
			fputs("...", out);
			return;
		}
		if (c == '\\')
			fputs("\\\\", out);
		else if (c >= 0x20 && c < 0x7f)
			putc(c, out);
		else
			fprintf(out, "\\x%02x", c);
	}
}

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

static const char *yes_no(int flag)
{
	return flag ? "yes" : "no";
}

/* ---- Errors ---------------------------------------------------------- */

/* One line on stderr: "httpstatus: ARG: MESSAGE", ARG shown safely (ARG may be NULL). */
static void complain(const char *arg, const char *message, const char *hint)
{
	fprintf(stderr, "%s: ", progname);
	if (arg != NULL) {
		show(stderr, arg);
		fputs(": ", stderr);
	}
	fputs(message, stderr);
	if (hint != NULL)
		fprintf(stderr, " (%s)", hint);
	putc('\n', stderr);
}

static int usage_error(const char *arg, const char *message)
{
	complain(arg, message, "try 'httpstatus --help'");
	return EXIT_USAGE;
}

/* ---- Help and version ------------------------------------------------ */

static void print_help(void)
{
	printf("Usage: %s [--json] QUERY...\n"
	       "Look up HTTP status codes and methods in the IANA registries.\n"
	       "\n"
	       "A QUERY is a status, asked by:\n"
	       "  404                 its code (an unregistered code in 100..599 gets its class)\n"
	       "  NOT_FOUND           its name, in any case, older names too (REQUEST_ENTITY_TOO_LARGE)\n"
	       "  \"not found\"         its reason phrase, in any case, older phrases too\n"
	       "  4xx                 a class: every registered status in it\n"
	       "or one of these:\n"
	       "  -m, --method NAME   a method; names are case-sensitive (RFC 9110, Section 9.1)\n"
	       "  -l, --list          every status, in code order\n"
	       "  -M, --methods       every method, in alphabetical order\n"
	       "\n"
	       "Options:\n"
	       "  -j, --json          answer in JSON (one document for all queries; see httpstatus(1))\n"
	       "  -V, --version       show the version and the registry snapshot date\n"
	       "  -h, --help          show this help\n"
	       "  --                  everything after it is a status query, even if it starts with '-'\n"
	       "\n"
	       "Several queries are answered in order.  Exit status: 0 when every query was found,\n"
	       "1 when any was not, 2 for a usage error (nothing is looked up then).\n",
	       progname);
}

/* The opening of the JSON document every --json run prints. */
static void json_open(void)
{
	printf("{\"schema\":%d,", JSON_SCHEMA);
	json_key("version");
	json_string(httpstatus_version());
	putchar(',');
	json_key("registry_date");
	json_string(httpstatus_registry_date());
	fputs(",\"results\":[", stdout);
}

static void json_close(void)
{
	fputs("]}\n", stdout);
}

static void print_version(int json)
{
	if (json) {
		json_open();
		json_close();
		return;
	}
	printf("httpstatus %s (libhttpstatus %s)\n", PACKAGE_VERSION, httpstatus_version());
	printf("registry snapshot %s\n", httpstatus_registry_date());
}

/* ---- Statuses: human output ------------------------------------------ */

static void begin_answer(void)
{
	if (answered)
		putchar('\n');
	answered = 1;
}

static void print_field(const char *label, const char *value)
{
	printf("  %-17s %s\n", label, value);
}

/* "client error" for "client_error". */
static void print_class_field(int cls)
{
	const char *name = httpstatus_class_name(cls);

	printf("  %-17s %dxx, ", "class:", cls);
	for (; *name != '\0'; name++)
		putchar(*name == '_' ? ' ' : *name);
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
	print_field("may have content:", yes_no(httpstatus_status_may_have_content(s)));
	print_field("cacheable:", httpstatus_status_is_cacheable(s)
			  ? "yes, heuristically cacheable by default"
			  : "no, not heuristically cacheable by default");
	if (httpstatus_format_status_line(code, line, sizeof(line)) > 0)
		print_field("status line:", line);
	print_aliases(s, HTTPSTATUS_ALIAS_NAME, "older names:");
	print_aliases(s, HTTPSTATUS_ALIAS_PHRASE, "older phrases:");
}

static void print_status_answer(const struct status_answer *a)
{
	const httpstatus_status *s = a->status;

	begin_answer();
	if (a->match != NULL && strcmp(a->match, "old_name") == 0)
		printf("note: %s is an older name of %d; the current name is %s\n", a->alias,
		       httpstatus_status_code(s), httpstatus_status_name(s));
	else if (a->match != NULL && strcmp(a->match, "old_phrase") == 0)
		printf("note: \"%s\" is an older reason phrase of %d; the current phrase is \"%s\"\n",
		       a->alias, httpstatus_status_code(s), httpstatus_status_phrase(s));
	print_status(s);
}

/* 299: valid, unregistered. */
static void print_unregistered(int code)
{
	char line[64];

	begin_answer();
	printf("%d (not registered)\n", code);
	print_class_field(httpstatus_class_of(code));
	print_field("state:", "not in the registry");
	if (httpstatus_format_status_line(code, line, sizeof(line)) > 0)
		print_field("status line:", line);
}

static size_t class_members(int cls)
{
	size_t i, n = 0;

	for (i = 0; i < httpstatus_status_count(); i++)
		n += httpstatus_status_class(httpstatus_status_at(i)) == cls;
	return n;
}

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

static void print_class(int cls)
{
	const char *name = httpstatus_class_name(cls);
	size_t i;

	begin_answer();
	printf("%dxx: ", cls);
	for (; *name != '\0'; name++)
		putchar(*name == '_' ? ' ' : *name);
	printf(" (%d to %d), %zu registered statuses\n", cls * 100, cls * 100 + 99, class_members(cls));
	for (i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);

		if (httpstatus_status_class(s) == cls)
			print_list_row(s);
	}
}

static void print_list(void)
{
	size_t i;

	begin_answer();
	printf("%-4s %-32s %s\n", "CODE", "NAME", "PHRASE");
	for (i = 0; i < httpstatus_status_count(); i++)
		print_list_row(httpstatus_status_at(i));
}

/* ---- Statuses: JSON output ------------------------------------------- */

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
	json_key("status_line");
	httpstatus_format_status_line(code, line, sizeof(line));
	json_string(line);
	putchar(',');
	json_key("older_names");
	json_aliases(s, HTTPSTATUS_ALIAS_NAME);
	putchar(',');
	json_key("older_phrases");
	json_aliases(s, HTTPSTATUS_ALIAS_PHRASE);
	putchar('}');
}

/* The fields every result starts with. */
static void json_result_head(const char *query, const char *kind, int found)
{
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

static void json_status_answer(const char *query, const struct status_answer *a)
{
	int cls = a->has_code ? httpstatus_class_of(a->code) : HTTPSTATUS_CLASS_NONE;

	if (a->status != NULL)
		cls = httpstatus_status_class(a->status);
	json_result_head(query, "status", a->status != NULL);
	putchar(',');
	json_key("match");
	json_string_or_null(a->match != NULL ? a->match : "");
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
	putchar('}');
}

/* A class ("4xx") or the whole list (cls == 0). */
static void json_status_set(const char *query, const char *kind, int cls)
{
	size_t i;
	int first = 1;

	json_result_head(query, kind, 1);
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

/* ---- Statuses: resolving a query -------------------------------------- */

/* "1xx".."5xx" (either case of x): the class digit, else 0. */
static int parse_class(const char *text)
{
	if (strlen(text) == 3 && text[0] >= '1' && text[0] <= '5' &&
	    (text[1] == 'x' || text[1] == 'X') && (text[2] == 'x' || text[2] == 'X'))
		return text[0] - '0';
	return 0;
}

/* All digits: 1 with *CODE set (or *FITS 0 when it is too big for an int), else 0. */
static int parse_number(const char *text, int *code, int *fits)
{
	long value = 0;
	const char *p;

	if (*text == '\0')
		return 0;
	for (p = text; *p != '\0'; p++)
		if (*p < '0' || *p > '9')
			return 0;
	*fits = 1;
	for (p = text; *p != '\0'; p++) {
		value = value * 10 + (*p - '0');
		if (value > 999999999L) {
			*fits = 0;
			return 1;
		}
	}
	*code = (int)value;
	return 1;
}

/* The alias of KIND whose text equals TEXT ignoring case, spelled as registered; NULL if none. */
static const char *find_alias(const char *text, int kind)
{
	size_t i;

	for (i = 0; i < httpstatus_alias_count(); i++)
		if (httpstatus_alias_kind(i) == kind && strcasecmp(httpstatus_alias_text(i), text) == 0)
			return httpstatus_alias_text(i);
	return NULL;
}

static void resolve_status(const char *text, struct status_answer *a)
{
	memset(a, 0, sizeof(*a));
	a->class_query = parse_class(text);
	if (a->class_query != 0)
		return;
	a->numeric = parse_number(text, &a->code, &a->has_code);
	if (a->numeric) {
		if (a->has_code)
			a->status = httpstatus_status_from_code(a->code);
		if (a->status != NULL)
			a->match = "code";
		return;
	}
	a->status = httpstatus_status_from_name_ci(text, HTTPSTATUS_NUL_TERMINATED);
	if (a->status != NULL) {
		a->alias = find_alias(text, HTTPSTATUS_ALIAS_NAME);
		a->match = a->alias != NULL ? "old_name" : "name";
		return;
	}
	a->status = httpstatus_status_from_phrase(text, HTTPSTATUS_NUL_TERMINATED);
	if (a->status != NULL) {
		a->alias = find_alias(text, HTTPSTATUS_ALIAS_PHRASE);
		a->match = a->alias != NULL ? "old_phrase" : "phrase";
	}
}

/* TEXT upper-cased, if that is a registered method and TEXT is not; else NULL. */
static const char *method_suggestion(const char *text)
{
	static char upper[SUGGEST_MAX + 1];
	size_t i, len = strlen(text);

	if (len > SUGGEST_MAX)
		return NULL;
	for (i = 0; i < len; i++)
		upper[i] = (text[i] >= 'a' && text[i] <= 'z') ? (char)(text[i] - 'a' + 'A') : text[i];
	upper[len] = '\0';
	if (strcmp(upper, text) == 0 || httpstatus_method_from_name(upper, len) == NULL)
		return NULL;
	return upper;
}

/* The complaint for a status query that found nothing. */
static void status_not_found(const char *text, const struct status_answer *a)
{
	char hint[SUGGEST_MAX + 48];
	const char *method;

	if (a->has_code && httpstatus_class_of(a->code) != HTTPSTATUS_CLASS_NONE) {
		snprintf(hint, sizeof(hint), "a valid %dxx code: %s", httpstatus_class_of(a->code),
			 httpstatus_class_name(httpstatus_class_of(a->code)));
		complain(text, "no status is registered with this code", hint);
	} else if (a->numeric || (text[0] == '-' && text[1] != '\0' &&
				   strspn(text + 1, "0123456789") == strlen(text + 1))) {
		complain(text, "not a status code", "status codes run from 100 to 599");
	} else if (httpstatus_method_from_name(text, HTTPSTATUS_NUL_TERMINATED) != NULL) {
		snprintf(hint, sizeof(hint), "it is a method: try --method %s", text);
		complain(text, "no such status", hint);
	} else if ((method = method_suggestion(text)) != NULL) {
		snprintf(hint, sizeof(hint), "%s is a method: try --method %s", method, method);
		complain(text, "no such status", hint);
	} else {
		complain(text, "no such status code, name or reason phrase", NULL);
	}
}

static int answer_status(const char *text, int json)
{
	struct status_answer a;

	resolve_status(text, &a);
	if (a.class_query != 0) {
		if (json)
			json_status_set(text, "class", a.class_query);
		else
			print_class(a.class_query);
		return EXIT_FOUND;
	}
	if (json)
		json_status_answer(text, &a);
	if (a.status != NULL) {
		if (!json)
			print_status_answer(&a);
		return EXIT_FOUND;
	}
	if (!json && a.has_code && httpstatus_class_of(a.code) != HTTPSTATUS_CLASS_NONE)
		print_unregistered(a.code);
	status_not_found(text, &a);
	return EXIT_NOT_FOUND;
}

/* ---- Methods ----------------------------------------------------------- */

static void print_method(const httpstatus_method *m)
{
	begin_answer();
	printf("%s\n", httpstatus_method_name(m));
	print_field("description:", httpstatus_method_description(m));
	print_field("safe:", yes_no(httpstatus_method_is_safe(m)));
	print_field("idempotent:", yes_no(httpstatus_method_is_idempotent(m)));
	print_field("cacheable:", yes_no(httpstatus_method_is_cacheable(m)));
	printf("  %-17s %s (%s)\n", "reference:", httpstatus_method_reference(m),
	       httpstatus_method_reference_title(m));
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

static int answer_method(const char *text, int json)
{
	const httpstatus_method *m = httpstatus_method_from_name(text, HTTPSTATUS_NUL_TERMINATED);
	const char *suggestion = m == NULL ? method_suggestion(text) : NULL;

	if (json) {
		json_result_head(text, "method", m != NULL);
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
	} else if (m != NULL) {
		print_method(m);
	}
	if (m != NULL)
		return EXIT_FOUND;
	if (suggestion != NULL) {
		char hint[SUGGEST_MAX + 80];

		snprintf(hint, sizeof(hint), "method names are case-sensitive: did you mean %s?", suggestion);
		complain(text, "no such method", hint);
	} else {
		complain(text, "no such method", NULL);
	}
	return EXIT_NOT_FOUND;
}

static void answer_methods(int json)
{
	size_t i;

	if (json) {
		json_result_head(NULL, "methods", 1);
		fputs(",\"methods\":[", stdout);
		for (i = 0; i < httpstatus_method_count(); i++) {
			if (i > 0)
				putchar(',');
			json_method(httpstatus_method_at(i));
		}
		fputs("]}", stdout);
		return;
	}
	begin_answer();
	printf("%-18s %-5s %-10s %-9s %s\n", "METHOD", "SAFE", "IDEMPOTENT", "CACHEABLE", "REFERENCE");
	for (i = 0; i < httpstatus_method_count(); i++) {
		const httpstatus_method *m = httpstatus_method_at(i);

		printf("%-18s %-5s %-10s %-9s %s\n", httpstatus_method_name(m),
		       yes_no(httpstatus_method_is_safe(m)), yes_no(httpstatus_method_is_idempotent(m)),
		       yes_no(httpstatus_method_is_cacheable(m)), httpstatus_method_reference(m));
	}
}

/* ---- The command line ------------------------------------------------ */

static void add_query(struct options *o, enum query_kind kind, const char *text)
{
	o->queries[o->nqueries].kind = kind;
	o->queries[o->nqueries].text = text;
	o->nqueries++;
}

/* A flag option: 1 if ARG is one (and it is recorded), else 0. */
static int parse_flag(struct options *o, const char *arg)
{
	if (strcmp(arg, "-j") == 0 || strcmp(arg, "--json") == 0)
		o->json = 1;
	else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0)
		o->help = 1;
	else if (strcmp(arg, "-V") == 0 || strcmp(arg, "--version") == 0)
		o->version = 1;
	else if (strcmp(arg, "-l") == 0 || strcmp(arg, "--list") == 0)
		add_query(o, Q_LIST, NULL);
	else if (strcmp(arg, "-M") == 0 || strcmp(arg, "--methods") == 0)
		add_query(o, Q_METHODS, NULL);
	else
		return 0;
	return 1;
}

/*
 * Reads ARGV into O.  Options and queries may be mixed; queries keep their
 * order.  Returns EXIT_FOUND, or EXIT_USAGE after saying what is wrong.
 */
static int parse_args(int argc, char **argv, struct options *o)
{
	int i, operands_only = 0;

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (operands_only || arg[0] != '-' || arg[1] == '\0') {
			if (arg[0] == '\0')
				return usage_error(NULL, "empty query");
			add_query(o, Q_STATUS, arg);
		} else if (strcmp(arg, "--") == 0) {
			operands_only = 1;
		} else if (strcmp(arg, "-m") == 0 || strcmp(arg, "--method") == 0) {
			if (i + 1 >= argc)
				return usage_error(arg, "needs a method name");
			if (argv[++i][0] == '\0')
				return usage_error(arg, "empty method name");
			add_query(o, Q_METHOD, argv[i]);
		} else if (strncmp(arg, "--method=", 9) == 0) {
			if (arg[9] == '\0')
				return usage_error(arg, "empty method name");
			add_query(o, Q_METHOD, arg + 9);
		} else if (!parse_flag(o, arg)) {
			return usage_error(arg, arg[1] >= '0' && arg[1] <= '9'
					   ? "unknown option; put -- before a query that starts with '-'"
					   : "unknown option");
		}
	}
	if (!o->help && !o->version && o->nqueries == 0)
		return usage_error(NULL, "nothing to look up");
	return EXIT_FOUND;
}

static int run_queries(const struct options *o)
{
	size_t i;
	int rc = EXIT_FOUND;

	if (o->json)
		json_open();
	for (i = 0; i < o->nqueries; i++) {
		const struct query *q = &o->queries[i];
		int r = EXIT_FOUND;

		if (o->json && i > 0)
			putchar(',');
		switch (q->kind) {
		case Q_STATUS:
			r = answer_status(q->text, o->json);
			break;
		case Q_METHOD:
			r = answer_method(q->text, o->json);
			break;
		case Q_LIST:
			if (o->json)
				json_status_set(NULL, "list", 0);
			else
				print_list();
			break;
		case Q_METHODS:
			answer_methods(o->json);
			break;
		}
		if (r > rc)
			rc = r;
	}
	if (o->json)
		json_close();
	return rc;
}

int main(int argc, char **argv)
{
	struct options o;
	int rc;

	memset(&o, 0, sizeof(o));
	o.queries = calloc((size_t)(argc > 0 ? argc : 1), sizeof(*o.queries));
	if (o.queries == NULL) {
		complain(NULL, "out of memory", NULL);
		return EXIT_USAGE;
	}
	rc = parse_args(argc, argv, &o);
	if (rc == EXIT_FOUND) {
		if (o.help)
			print_help();
		else if (o.version)
			print_version(o.json);
		else
			rc = run_queries(&o);
	}
	free(o.queries);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		complain(NULL, "cannot write the answer to standard output", NULL);
		return EXIT_USAGE;
	}
	return rc;
}
