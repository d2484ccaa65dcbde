/* SPDX-License-Identifier: MIT */
/*
 * httpstatus - ask the HTTP status code and method registries from a shell.
 *
 * Uses only the public API of libhttpstatus.  The behaviour (query forms,
 * output, the JSON schema and the exit statuses) is documented in
 * doc/man1/httpstatus.1; keep the two in step.
 *
 * This file reads the command line, resolves each query and decides the
 * exit status; the answers are written by text.c (for a person) and json.c
 * (--json), declared in cli.h.
 */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <httpstatus.h>

#include "cli.h"

#define EXIT_FOUND 0
#define EXIT_NOT_FOUND 1
#define EXIT_USAGE 2

/* How much of an argument an error message quotes. */
#define SHOW_MAX 64
/* Longest method name the tool tries to upper-case for a suggestion. */
#define SUGGEST_MAX 64
/* Longest line of standard input read as a query; a longer line is refused, not cut. */
#define LINE_MAX_BYTES 4096

enum query_kind { Q_STATUS, Q_METHOD, Q_LIST, Q_METHODS };

struct query {
	enum query_kind kind;
	const char *text; /* NULL for a query of kind Q_STATUS or Q_METHOD: one per line of stdin */
};

struct options {
	int json;
	int check;          /* --check: the status queries are the input to check, the method the request's */
	int help;
	int version;
	int implicit_input; /* no query was given and stdin is not a terminal: read queries from it */
	struct query *queries;
	size_t nqueries;
	size_t capacity;
};

/*
 * Standard input read one line at a time into a fixed buffer, so that a
 * stream of any length is answered in constant memory.
 */
struct line_reader {
	char line[LINE_MAX_BYTES + 1];
	size_t len;
	int too_long;  /* the line had more than LINE_MAX_BYTES bytes: LINE holds the first ones */
	int has_nul;   /* the line held a NUL byte */
	int pending;   /* LINE was read ahead and not answered yet */
};

/* Where the answers of one run go: JSON or, when json is 0, text for a person. */
struct output {
	int json;
	struct json_output j;
	struct text_output t;
};

static const char progname[] = "httpstatus";

/* ---- Errors ---------------------------------------------------------- */

/* Writes S for a person: printable ASCII as is, any other byte as \xNN, cut after SHOW_MAX bytes. */
void show(FILE *out, const char *s)
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
	       "  or:  %s --check [--method METHOD] [--json] [FILE]\n"
	       "Look up HTTP status codes and methods in the IANA registries, or check a response head.\n"
	       "\n"
	       "A QUERY is a status, asked by:\n"
	       "  404                 its code (an unregistered code in 100..599 gets its class)\n"
	       "  NOT_FOUND           its name, in any case, older names too (REQUEST_ENTITY_TOO_LARGE)\n"
	       "  \"not found\"         its reason phrase, in any case, older phrases too\n"
	       "  4xx                 a class: every registered status in it\n"
	       "  -                   every line of standard input (also read when no query is given\n"
	       "                      and standard input is not a terminal)\n"
	       "or one of these:\n"
	       "  -m, --method NAME   a method; names are case-sensitive (RFC 9110, Section 9.1);\n"
	       "                      -m - reads method names from standard input, one per line\n"
	       "  -l, --list          every status, in code order\n"
	       "  -M, --methods       every method, in alphabetical order\n"
	       "  -c, --check         check the HTTP response head in FILE or standard input\n"
	       "                      (curl -sI URL | httpstatus --check --method HEAD): every rule\n"
	       "                      of the RFCs it breaks; --method names the request's method\n"
	       "                      (GET when not given)\n"
	       "\n"
	       "Options:\n"
	       "  -j, --json          answer in JSON (one document for all queries; see httpstatus(1))\n"
	       "  -V, --version       show the version and the registry snapshot date\n"
	       "  -h, --help          show this help\n"
	       "  --                  everything after it is a status query, even if it starts with '-'\n"
	       "Short options combine: -jl is -j -l, and -jmGET or -jm GET is -j -m GET.\n"
	       "\n"
	       "Several queries are answered in order.  Exit status: 0 when every query was found,\n"
	       "1 when any was not, 2 for a usage error (nothing is looked up then).  With --check:\n"
	       "0 when no head breaks a MUST, MUST NOT, SHOULD, SHOULD NOT or cannot rule, 1 when one\n"
	       "does, 2 when the input is not a response head (one line on stderr names the line).\n",
	       progname, progname);
}

static void print_version(int json)
{
	struct json_output j;

	if (json) {
		json_open(&j);
		json_close();
		return;
	}
	text_version();
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

/*
 * Digits, with an optional leading '-': 1 with *CODE set (or *FITS 0 when
 * the number does not fit in an int), else 0.
 */
static int parse_number(const char *text, int *code, int *fits)
{
	long long value = 0, limit = (long long)INT_MAX;
	const char *p = text;

	if (*p == '-') {
		p++;
		limit = -(long long)INT_MIN;
	}
	if (*p == '\0' || strspn(p, "0123456789") != strlen(p))
		return 0;
	*fits = 1;
	for (; *p != '\0'; p++) {
		value = value * 10 + (*p - '0');
		if (value > limit) {
			*fits = 0;
			return 1;
		}
	}
	*code = (int)(text[0] == '-' ? -value : value);
	return 1;
}

/* Notes in A the alias of KIND whose text equals TEXT ignoring case (spelled as registered) and its
 * source with its evidence; returns whether there is one. */
static int find_alias(const char *text, int kind, struct status_answer *a)
{
	size_t i;

	for (i = 0; i < httpstatus_alias_count(); i++)
		if (httpstatus_alias_kind(i) == kind && strcasecmp(httpstatus_alias_text(i), text) == 0) {
			a->alias = httpstatus_alias_text(i);
			a->alias_source = httpstatus_alias_source(i);
			a->alias_locator = httpstatus_alias_locator(i);
			a->alias_quote = httpstatus_alias_quote(i);
			return 1;
		}
	return 0;
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
		else if (a->has_code)
			a->unofficial = httpstatus_unofficial_from_code(a->code);
		return;
	}
	a->status = httpstatus_status_from_name_ci(text, HTTPSTATUS_NUL_TERMINATED);
	if (a->status != NULL) {
		a->match = find_alias(text, HTTPSTATUS_ALIAS_NAME, a) ? "old_name" : "name";
		return;
	}
	a->status = httpstatus_status_from_phrase(text, HTTPSTATUS_NUL_TERMINATED);
	if (a->status != NULL) {
		a->match = find_alias(text, HTTPSTATUS_ALIAS_PHRASE, a) ? "old_phrase" : "phrase";
	}
}

/*
 * TEXT upper-cased into UPPER (SUGGEST_MAX + 1 bytes), if that is a
 * registered method and TEXT is not: returns UPPER; else NULL.
 */
static const char *method_suggestion(const char *text, char *upper)
{
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
	char upper[SUGGEST_MAX + 1];
	const char *method;

	if (a->has_code && httpstatus_class_of(a->code) != HTTPSTATUS_CLASS_NONE) {
		snprintf(hint, sizeof(hint), "a valid %dxx code: %s", httpstatus_class_of(a->code),
			 httpstatus_class_name(httpstatus_class_of(a->code)));
		complain(text, "no status is registered with this code", hint);
	} else if (a->numeric) {
		complain(text, "not a status code", "status codes run from 100 to 599");
	} else if (httpstatus_method_from_name(text, HTTPSTATUS_NUL_TERMINATED) != NULL) {
		snprintf(hint, sizeof(hint), "it is a method: try --method %s", text);
		complain(text, "no such status", hint);
	} else if ((method = method_suggestion(text, upper)) != NULL) {
		snprintf(hint, sizeof(hint), "%s is a method: try --method %s", method, method);
		complain(text, "no such status", hint);
	} else {
		complain(text, "no such status code, name or reason phrase", NULL);
	}
}

static int answer_status(struct output *out, const char *text)
{
	struct status_answer a;

	resolve_status(text, &a);
	if (a.class_query != 0) {
		if (out->json)
			json_class(&out->j, text, a.class_query);
		else
			text_class(&out->t, a.class_query);
		return EXIT_FOUND;
	}
	if (out->json)
		json_status_answer(&out->j, text, &a);
	if (a.status != NULL) {
		if (!out->json)
			text_status_answer(&out->t, &a);
		return EXIT_FOUND;
	}
	if (!out->json && a.has_code && httpstatus_class_of(a.code) != HTTPSTATUS_CLASS_NONE)
		text_unregistered(&out->t, a.code, a.unofficial);
	status_not_found(text, &a);
	return EXIT_NOT_FOUND;
}

/* ---- Methods ----------------------------------------------------------- */

static int answer_method(struct output *out, const char *text)
{
	char upper[SUGGEST_MAX + 1];
	const httpstatus_method *m = httpstatus_method_from_name(text, HTTPSTATUS_NUL_TERMINATED);
	const char *suggestion = m == NULL ? method_suggestion(text, upper) : NULL;

	if (out->json)
		json_method_answer(&out->j, text, m, suggestion);
	else if (m != NULL)
		text_method(&out->t, m);
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

/* ---- Queries from standard input ------------------------------------- */

/*
 * Reads the next line that is not empty into R, without its "\n" or
 * "\r\n".  Returns 1, or 0 at the end of the input (or on a read error).
 */
static int read_line(struct line_reader *r)
{
	int c = 0;

	if (r->pending) {
		r->pending = 0;
		return 1;
	}
	do {
		r->len = 0;
		r->too_long = r->has_nul = 0;
		while ((c = getchar()) != EOF && c != '\n') {
			if (c == '\0')
				r->has_nul = 1;
			if (r->len < LINE_MAX_BYTES)
				r->line[r->len++] = (char)c;
			else
				r->too_long = 1;
		}
		if (!r->too_long && r->len > 0 && r->line[r->len - 1] == '\r')
			r->len--;
		r->line[r->len] = '\0';
	} while (r->len == 0 && !r->too_long && !r->has_nul && c != EOF);
	return r->len > 0 || r->too_long || r->has_nul;
}

/* A line that cannot be a query: its result says not found, and one line on stderr says why. */
static int refuse_line(struct output *out, enum query_kind kind, const struct line_reader *r)
{
	struct status_answer none;
	char message[80];

	if (out->json && kind == Q_METHOD) {
		json_method_answer(&out->j, r->line, NULL, NULL);
	} else if (out->json) {
		memset(&none, 0, sizeof(none));
		json_status_answer(&out->j, r->line, &none);
	}
	snprintf(message, sizeof(message), "line too long (a query read from standard input has at most %d bytes)",
		 LINE_MAX_BYTES);
	complain(r->line, r->has_nul ? "a line of standard input holds a NUL byte" : message, NULL);
	return EXIT_NOT_FOUND;
}

static int answer_status(struct output *out, const char *text);
static int answer_method(struct output *out, const char *text);

/* Answers every line of standard input as a query of KIND; the worst exit status. */
static int answer_input(struct output *out, enum query_kind kind, struct line_reader *r)
{
	int rc = EXIT_FOUND;

	while (read_line(r)) {
		int line_rc;

		if (r->too_long || r->has_nul)
			line_rc = refuse_line(out, kind, r);
		else if (kind == Q_METHOD)
			line_rc = answer_method(out, r->line);
		else
			line_rc = answer_status(out, r->line);
		if (line_rc > rc)
			rc = line_rc;
	}
	if (ferror(stdin)) {
		complain(NULL, "cannot read standard input", NULL);
		return EXIT_USAGE;
	}
	return rc;
}

/* ---- The command line ------------------------------------------------ */

/* Records a query; 0, or -1 when memory runs out. */
static int add_query(struct options *o, enum query_kind kind, const char *text)
{
	if (o->nqueries == o->capacity) {
		size_t capacity = o->capacity != 0 ? 2 * o->capacity : 16;
		struct query *q = realloc(o->queries, capacity * sizeof(*q));

		if (q == NULL)
			return -1;
		o->queries = q;
		o->capacity = capacity;
	}
	o->queries[o->nqueries].kind = kind;
	o->queries[o->nqueries].text = text;
	o->nqueries++;
	return 0;
}

/* A query of KIND given as TEXT: "-" stands for every line of standard input. */
static int add_text_query(struct options *o, enum query_kind kind, const char *text)
{
	return add_query(o, kind, strcmp(text, "-") == 0 ? NULL : text);
}

/* The option letter C that takes no value: 1 if it is one (and it is recorded), 0 if not, -1 on OOM. */
static int parse_flag(struct options *o, char c)
{
	switch (c) {
	case 'j':
		o->json = 1;
		return 1;
	case 'h':
		o->help = 1;
		return 1;
	case 'V':
		o->version = 1;
		return 1;
	case 'c':
		o->check = 1;
		return 1;
	case 'l':
		return add_query(o, Q_LIST, NULL) == 0 ? 1 : -1;
	case 'M':
		return add_query(o, Q_METHODS, NULL) == 0 ? 1 : -1;
	default:
		return 0;
	}
}

/* The long option ARG ("--" and a name): the letter of its short form, or 0. */
static char long_option(const char *arg)
{
	static const struct {
		char letter;
		const char *name;
	} longs[] = {
		{ 'j', "--json" }, { 'h', "--help" }, { 'V', "--version" },
		{ 'l', "--list" }, { 'M', "--methods" }, { 'm', "--method" }, { 'c', "--check" },
	};
	size_t i;

	for (i = 0; i < sizeof(longs) / sizeof(longs[0]); i++)
		if (strcmp(arg, longs[i].name) == 0)
			return longs[i].letter;
	return 0;
}

static int out_of_memory(void)
{
	complain(NULL, "out of memory", NULL);
	return EXIT_USAGE;
}

/*
 * ARGV[*I] is a cluster of short options ("-jl", "-jmGET", "-jm GET") or a
 * long option; records it, moving *I past a method name taken from the next
 * argument.  Returns EXIT_FOUND, or EXIT_USAGE after saying what is wrong.
 */
static int parse_option(int argc, char **argv, int *i, struct options *o)
{
	const char *arg = argv[*i];
	const char *p;
	char letter[2] = "", message[48];

	if (strncmp(arg, "--method=", 9) == 0) {
		if (arg[9] == '\0')
			return usage_error(arg, "empty method name");
		return add_text_query(o, Q_METHOD, arg + 9) == 0 ? EXIT_FOUND : out_of_memory();
	}
	if (arg[1] == '-') {
		letter[0] = long_option(arg);
		if (letter[0] == '\0')
			return usage_error(arg, "unknown option");
		p = letter;
	} else {
		p = arg + 1;
	}
	for (; *p != '\0'; p++) {
		int r;

		if (*p == 'm') {
			const char *name = p[1] != '\0' ? p + 1 : *i + 1 < argc ? argv[++*i] : NULL;

			if (name == NULL)
				return usage_error(arg, "needs a method name");
			if (name[0] == '\0')
				return usage_error(arg, "empty method name");
			return add_text_query(o, Q_METHOD, name) == 0 ? EXIT_FOUND : out_of_memory();
		}
		r = parse_flag(o, *p);
		if (r < 0)
			return out_of_memory();
		if (r == 0 && arg[1] >= '0' && arg[1] <= '9')
			return usage_error(arg, "unknown option; put -- before a query that starts with '-'");
		if (r == 0 && p == arg + 1 && p[1] == '\0')
			return usage_error(arg, "unknown option");
		if (r == 0) {
			snprintf(message, sizeof(message), "unknown option -%c", *p);
			return usage_error(arg, message);
		}
	}
	return EXIT_FOUND;
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
		int rc;

		if (operands_only || arg[0] != '-' || arg[1] == '\0') {
			if (arg[0] == '\0')
				return usage_error(NULL, "empty query");
			rc = add_text_query(o, Q_STATUS, arg) == 0 ? EXIT_FOUND : out_of_memory();
		} else if (strcmp(arg, "--") == 0) {
			operands_only = 1;
			rc = EXIT_FOUND;
		} else {
			rc = parse_option(argc, argv, &i, o);
		}
		if (rc != EXIT_FOUND)
			return rc;
	}
	if (o->check)
		return EXIT_FOUND; /* check_mode() judges the queries */
	if (!o->help && !o->version && o->nqueries == 0) {
		if (isatty(STDIN_FILENO))
			return usage_error(NULL, "nothing to look up");
		o->implicit_input = 1;
		return add_query(o, Q_STATUS, NULL) == 0 ? EXIT_FOUND : out_of_memory();
	}
	return EXIT_FOUND;
}

static int run_queries(const struct options *o, struct line_reader *input)
{
	struct output out;
	size_t i;
	int rc = EXIT_FOUND;

	memset(&out, 0, sizeof(out));
	out.json = o->json;
	if (out.json)
		json_open(&out.j);
	for (i = 0; i < o->nqueries; i++) {
		const struct query *q = &o->queries[i];
		int r = EXIT_FOUND;

		switch (q->kind) {
		case Q_STATUS:
			r = q->text == NULL ? answer_input(&out, Q_STATUS, input) : answer_status(&out, q->text);
			break;
		case Q_METHOD:
			r = q->text == NULL ? answer_input(&out, Q_METHOD, input) : answer_method(&out, q->text);
			break;
		case Q_LIST:
			if (out.json)
				json_list(&out.j);
			else
				text_list(&out.t);
			break;
		case Q_METHODS:
			if (out.json)
				json_methods(&out.j);
			else
				text_methods(&out.t);
			break;
		}
		if (r > rc)
			rc = r;
	}
	if (out.json)
		json_close();
	return rc;
}

/*
 * --check: the queries given are at most one file (or -) and one --method;
 * anything else is a usage error.  Returns the exit status.
 */
static int check_mode(const struct options *o)
{
	char upper[SUGGEST_MAX + 1], hint[SUGGEST_MAX + 80];
	const char *file = NULL, *method = NULL, *suggestion;
	size_t i;

	for (i = 0; i < o->nqueries; i++) {
		const struct query *q = &o->queries[i];

		if (q->kind == Q_LIST || q->kind == Q_METHODS)
			return usage_error(q->kind == Q_LIST ? "--list" : "--methods", "does not go with --check");
		if (q->kind == Q_METHOD && q->text == NULL)
			return usage_error("-", "--check takes one method name, not a list of them");
		if (q->kind == Q_METHOD && method != NULL)
			return usage_error(q->text, "--check takes one --method");
		if (q->kind == Q_STATUS && file != NULL)
			return usage_error(q->text != NULL ? q->text : "-", "--check reads one file");
		if (q->kind == Q_METHOD)
			method = q->text;
		else
			file = q->text != NULL ? q->text : "-";
	}
	if (method != NULL && httpstatus_method_from_name(method, HTTPSTATUS_NUL_TERMINATED) == NULL) {
		suggestion = method_suggestion(method, upper);
		if (suggestion != NULL)
			snprintf(hint, sizeof(hint), "method names are case-sensitive: did you mean %s?", suggestion);
		complain(method, "no such method", suggestion != NULL ? hint : "try 'httpstatus --methods'");
		return EXIT_USAGE;
	}
	return check_heads(file, method, o->json);
}

int main(int argc, char **argv)
{
	struct line_reader input;
	struct options o;
	int rc;

	memset(&input, 0, sizeof(input));
	memset(&o, 0, sizeof(o));
	rc = parse_args(argc, argv, &o);
	/* Standard input read only because no query was given must hold one, or it is a usage error. */
	if (rc == EXIT_FOUND && o.implicit_input) {
		input.pending = read_line(&input);
		if (!input.pending)
			rc = ferror(stdin) ? (complain(NULL, "cannot read standard input", NULL), EXIT_USAGE)
				: usage_error(NULL, "nothing to look up");
	}
	if (rc == EXIT_FOUND) {
		if (o.help)
			print_help();
		else if (o.version)
			print_version(o.json);
		else if (o.check)
			rc = check_mode(&o);
		else
			rc = run_queries(&o, &input);
	}
	free(o.queries);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		complain(NULL, "cannot write the answer to standard output", NULL);
		return EXIT_USAGE;
	}
	return rc;
}
