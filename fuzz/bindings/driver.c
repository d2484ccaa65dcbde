/* SPDX-License-Identifier: MIT */
/*
 * The C library's side of make fuzz-bindings: reads the queries of fuzz/bindings/fuzz.py, one a
 * line, and prints for each the answer doc/bindings.md says a binding gives, in the line format
 * every driver prints (fuzz/bindings/README.md).  Every exported function is reached through the
 * generated list tests/api-functions.h, called through a pointer of its own type.
 *
 * A line "." is answered with "." after everything before it, and flushes: the fuzzer sends its
 * queries in batches, each ending with one.
 */
#include <config.h>

#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "../../tests/api-functions.h"

#define MAX_ARGS 8
#define MAX_TEXT 16384
#define MAX_LINE (2 * MAX_TEXT + 256)
#define CLI_LINE_MAX 4096 /* the longest line the httpstatus command reads as a query */

enum result { R_int, R_size, R_ulong, R_string, R_status, R_method, R_rule };
enum shape {
	HS_SHAPE_VOID, HS_SHAPE_INT, HS_SHAPE_SIZE, HS_SHAPE_TEXT, HS_SHAPE_STATUS, HS_SHAPE_METHOD, HS_SHAPE_RULE,
	HS_SHAPE_INT_OUTPUT, HS_SHAPE_STATUS_SIZE, HS_SHAPE_HEAD, HS_SHAPE_HEAD_SIZE
};

struct function {
	const char *name;
	enum result result;
	enum shape shape;
	void (*p)(void); /* called through a pointer of its real type */
};

static const struct function functions[] = {
#define ROW(name, result, shape) { #name, R_##result, shape, (void (*)(void))name },
	HS_EACH_FUNCTION(ROW)
#undef ROW
};
#define FUNCTION_COUNT (sizeof functions / sizeof functions[0])

/* ---- One argument of a query ------------------------------------------ */

enum kind { A_NUMBER, A_TEXT, A_NIL, A_HANDLE, A_RECORD, A_BUFFER, A_OTHER };

struct arg {
	enum kind kind;
	/* A_NUMBER: a number the languages hold; integral ones also as sign and magnitude. */
	int integral, negative, huge;
	unsigned long long magnitude;
	int nul_terminated; /* "nt", the binding's HTTPSTATUS_NUL_TERMINATED */
	/* A_TEXT */
	char text[MAX_TEXT + 1]; /* NUL-terminated too */
	size_t len;
	/* A_HANDLE, A_RECORD: 's' or 'u' (a status), 'm' (a method), 'x' (a rule), and the record */
	char of;
	const void *record;
	/* A_BUFFER: its size */
	size_t room;
};

static int fits_int(const struct arg *a)
{
	return a->kind == A_NUMBER && a->integral && !a->huge &&
	       a->magnitude <= (a->negative ? 2147483648ULL : 2147483647ULL);
}

static int fits_size(const struct arg *a)
{
	return a->kind == A_NUMBER && a->integral && !a->huge && (!a->negative || a->magnitude == 0) &&
	       a->magnitude <= SIZE_MAX;
}

static int as_int(const struct arg *a)
{
	return a->negative ? (int)(-(long long)a->magnitude) : (int)a->magnitude;
}

/* "i:DIGITS", an integer of any size. */
static int parse_integer(const char *s, struct arg *a)
{
	a->negative = *s == '-';
	s += a->negative;
	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		unsigned long long digit = (unsigned long long)(*s - '0');

		if (*s < '0' || *s > '9')
			return -1;
		if (a->magnitude > (ULLONG_MAX - digit) / 10)
			a->huge = 1;
		else
			a->magnitude = a->magnitude * 10 + digit;
	}
	a->integral = 1;
	/* (size_t)-1 written out is HTTPSTATUS_NUL_TERMINATED to C */
	a->nul_terminated = !a->negative && !a->huge && a->magnitude == SIZE_MAX;
	return 0;
}

/* "f:REPR", a double: nan, inf and fractions are no integer. */
static int parse_float(const char *s, struct arg *a)
{
	char *end;
	double d = strtod(s, &end);

	if (*end != '\0' || end == s)
		return -1;
	a->integral = isfinite(d) && floor(d) == d;
	a->negative = signbit(d) != 0;
	if (a->integral && fabs(d) >= 9223372036854775808.0)
		a->huge = 1;
	else if (a->integral)
		a->magnitude = (unsigned long long)fabs(d);
	return 0;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static int parse_text(const char *s, struct arg *a)
{
	size_t n = strlen(s);

	if (n % 2 != 0 || n / 2 > MAX_TEXT)
		return -1;
	for (a->len = 0; a->len < n / 2; a->len++) {
		int hi = hex_digit(s[2 * a->len]), lo = hex_digit(s[2 * a->len + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		a->text[a->len] = (char)(hi * 16 + lo);
	}
	a->text[a->len] = '\0';
	return 0;
}

/* "s:404" (a registered status by code), "u:499" (an unofficial one), "m:3" (the method at 3), "x:7"
 * (the rule at 7). */
static int parse_record(const char *s, struct arg *a)
{
	long n = strtol(s + 2, NULL, 10);

	a->of = s[0];
	if (s[0] == 's')
		a->record = httpstatus_status_from_code((int)n);
	else if (s[0] == 'u')
		a->record = httpstatus_unofficial_from_code((int)n);
	else if (s[0] == 'm')
		a->record = httpstatus_method_at((size_t)n);
	else if (s[0] == 'x')
		a->record = httpstatus_rule_at((size_t)n);
	return a->record != NULL && s[1] == ':' ? 0 : -1;
}

static int parse_arg(const char *s, struct arg *a)
{
	memset(a, 0, offsetof(struct arg, text));
	a->len = 0;
	a->record = NULL;
	a->room = 0;
	if (strncmp(s, "i:", 2) == 0)
		return a->kind = A_NUMBER, parse_integer(s + 2, a);
	if (strncmp(s, "f:", 2) == 0)
		return a->kind = A_NUMBER, parse_float(s + 2, a);
	if (strncmp(s, "s:", 2) == 0)
		return a->kind = A_TEXT, parse_text(s + 2, a);
	if (strncmp(s, "h:", 2) == 0)
		return a->kind = A_HANDLE, parse_record(s + 2, a);
	if (strncmp(s, "r:", 2) == 0)
		return a->kind = A_RECORD, parse_record(s + 2, a);
	if (strncmp(s, "b:", 2) == 0)
		return a->kind = A_BUFFER, a->room = (size_t)strtoul(s + 2, NULL, 10), 0;
	if (strcmp(s, "nt") == 0) {
		a->kind = A_NUMBER;
		a->integral = a->nul_terminated = 1;
		a->magnitude = SIZE_MAX;
		return 0;
	}
	if (strcmp(s, "nil") == 0)
		return a->kind = A_NIL, 0;
	a->kind = A_OTHER;
	return strcmp(s, "true") == 0 || strcmp(s, "false") == 0 || strcmp(s, "list") == 0 ||
	       strcmp(s, "map") == 0 || strcmp(s, "fn") == 0 ? 0 : -1;
}

/* ---- Answers ------------------------------------------------------------ */

static void print_status(const httpstatus_status *s)
{
	if (s == NULL)
		puts("nil");
	else
		printf("status:%d:%s:%s:%s\n", httpstatus_status_code(s), httpstatus_status_name(s),
		       httpstatus_state_name(httpstatus_status_state(s)), httpstatus_status_phrase(s));
}

static void print_method(const httpstatus_method *m)
{
	if (m == NULL)
		puts("nil");
	else
		printf("method:%s\n", httpstatus_method_name(m));
}

/* A rule is named by its index: "rule:7". */
static void print_rule(const httpstatus_rule *r)
{
	for (size_t i = 0; r != NULL && i < httpstatus_rule_count(); i++)
		if (httpstatus_rule_at(i) == r) {
			printf("rule:%zu\n", i);
			return;
		}
	puts("nil");
}

static void print_text_or_nil(const char *s)
{
	if (*s == '\0')
		puts("nil");
	else
		printf("value:%s\n", s);
}

/* ---- The contract's operations ------------------------------------------ */

static const httpstatus_status *status_by_text(const struct arg *a)
{
	const httpstatus_status *s = httpstatus_status_from_name(a->text, a->len);

	if (s == NULL)
		s = httpstatus_status_from_name_ci(a->text, a->len);
	return s != NULL ? s : httpstatus_status_from_phrase(a->text, a->len);
}

static void format_line(int code)
{
	char line[128];

	if (httpstatus_format_status_line(code, line, sizeof(line)) < 0)
		puts("nil");
	else
		printf("value:%s\n", line);
}

/* An operation on an integer: a number that no C int holds finds nothing. */
static int by_code(const char *op, const struct arg *a)
{
	if (a->kind != A_NUMBER)
		return puts("type_error"), 0;
	if (!fits_int(a))
		return puts("nil"), 0;
	if (strcmp(op, "from_code") == 0)
		print_status(httpstatus_status_from_code(as_int(a)));
	else if (strcmp(op, "unofficial") == 0)
		print_status(httpstatus_unofficial_from_code(as_int(a)));
	else if (strcmp(op, "class_of") == 0)
		print_text_or_nil(httpstatus_class_name(httpstatus_class_of(as_int(a))));
	else
		format_line(as_int(a));
	return 0;
}

static int by_text(const char *op, const struct arg *a)
{
	if (a->kind != A_TEXT)
		return puts("type_error"), 0;
	if (strcmp(op, "from_name") == 0)
		print_status(httpstatus_status_from_name(a->text, a->len));
	else if (strcmp(op, "from_name_ci") == 0)
		print_status(httpstatus_status_from_name_ci(a->text, a->len));
	else if (strcmp(op, "from_phrase") == 0)
		print_status(httpstatus_status_from_phrase(a->text, a->len));
	else
		print_method(httpstatus_method_from_name(a->text, a->len));
	return 0;
}

static int lookup(const struct arg *a)
{
	if (a->kind == A_NUMBER)
		print_status(fits_int(a) ? httpstatus_status_from_code(as_int(a)) : NULL);
	else if (a->kind == A_TEXT)
		print_status(status_by_text(a));
	else if (a->kind == A_RECORD && a->of == 'm')
		print_method(a->record);
	else if (a->kind == A_RECORD && a->of != 'x')
		print_status(a->record);
	else
		puts("type_error");
	return 0;
}

/* check(status): the rules a head of the status breaks when nothing else is known of it (the method,
 * the fields and the content unknown, HTTP/1.1), as "rules:" and their indexes; a code that is no
 * status finds nothing; anything but a code or a status record is a type error. */
static int check(const struct arg *a)
{
	const httpstatus_status *s = NULL;
	int code, n;

	if (a->kind == A_NUMBER) {
		if (!fits_int(a))
			return puts("nil"), 0;
		s = httpstatus_status_from_code(as_int(a));
		if (s == NULL)
			s = httpstatus_unofficial_from_code(as_int(a));
		if (s == NULL)
			return puts("nil"), 0;
	} else if (a->kind == A_RECORD && (a->of == 's' || a->of == 'u')) {
		s = a->record;
	} else {
		return puts("type_error"), 0;
	}
	code = httpstatus_status_code(s);
	n = httpstatus_check_count(code, NULL, 0, 11, NULL, 0, -1);
	fputs("rules:", stdout);
	for (int k = 0; k < n; k++) {
		const httpstatus_rule *r = httpstatus_check_at(code, NULL, 0, 11, NULL, 0, -1, (size_t)k);

		for (size_t i = 0; i < httpstatus_rule_count(); i++)
			if (httpstatus_rule_at(i) == r)
				printf("%s%zu", k > 0 ? "," : "", i);
	}
	putchar('\n');
	return 0;
}

/* The httpstatus command's status query (doc/man1/httpstatus.1): a class, a code, a name, a phrase. */
static int cli_status(const struct arg *a)
{
	const char *t = a->text;
	size_t i = t[0] == '-';
	const httpstatus_status *s;

	if (memchr(t, '\0', a->len) != NULL || a->len > CLI_LINE_MAX)
		return puts("nil"), 0;
	if (a->len == 3 && t[0] >= '1' && t[0] <= '5' && (t[1] | 0x20) == 'x' && (t[2] | 0x20) == 'x')
		return printf("class:%s\n", httpstatus_class_name(t[0] - '0')), 0;
	if (a->len > i && strspn(t + i, "0123456789") == a->len - i) {
		struct arg n;

		memset(&n, 0, offsetof(struct arg, text));
		if (parse_integer(t, &n) != 0)
			return -1;
		if (!fits_int(&n))
			return puts("nil"), 0;
		s = httpstatus_status_from_code(as_int(&n));
		print_status(s != NULL ? s : httpstatus_unofficial_from_code(as_int(&n)));
		return 0;
	}
	s = httpstatus_status_from_name_ci(t, a->len);
	print_status(s != NULL ? s : httpstatus_status_from_phrase(t, a->len));
	return 0;
}

static int cli_method(const struct arg *a)
{
	if (memchr(a->text, '\0', a->len) != NULL || a->len > CLI_LINE_MAX)
		return puts("nil"), 0;
	print_method(httpstatus_method_from_name(a->text, a->len));
	return 0;
}

/* ---- The raw layer: each argument checked as doc/bindings.md says ------- */

/* An int or a size_t argument: its error, or NULL. */
static const char *check_number(const struct arg *a, int is_size)
{
	if (a->kind != A_NUMBER)
		return "type_error";
	return (is_size ? fits_size(a) : fits_int(a)) ? NULL : "range_error";
}

static const char *check_handle(const struct arg *a, char of)
{
	if (a->kind == A_NIL)
		return NULL;
	if (a->kind == A_HANDLE && (a->of == of || (of == 's' && a->of == 'u')))
		return NULL;
	return "type_error";
}

/* A size after a text (its length) or a buffer (its size): at most the text's or buffer's bytes. */
static const char *check_size(const struct arg *a, size_t room)
{
	const char *e = check_number(a, 1);

	return e != NULL ? e : a->magnitude > room ? "range_error" : NULL;
}

/* A text and its length. */
static const char *check_text(const struct arg *a)
{
	if (a[0].kind != A_TEXT)
		return "type_error";
	if (a[1].nul_terminated) /* C measures the text; one with a NUL byte is refused */
		return memchr(a[0].text, '\0', a[0].len) != NULL ? "range_error" : NULL;
	return check_size(&a[1], a[0].len);
}

/* A response head: code, method and its length, version, fields and their length, has_content. */
static const char *check_head(const struct arg *a)
{
	const char *e = check_number(&a[0], 0);

	if (e == NULL)
		e = check_text(&a[1]);
	if (e == NULL)
		e = check_number(&a[3], 0);
	if (e == NULL)
		e = check_text(&a[4]);
	return e != NULL ? e : check_number(&a[6], 0);
}

static const char *check_args(const struct function *f, const struct arg *a, int n)
{
	const char *e = NULL;
	static const int arity[] = { 0, 1, 1, 2, 1, 1, 1, 3, 2, 7, 8 };

	if (n != arity[f->shape])
		return "bad_query";
	switch (f->shape) {
	case HS_SHAPE_VOID:
		break;
	case HS_SHAPE_INT:
		e = check_number(&a[0], 0);
		break;
	case HS_SHAPE_SIZE:
		e = check_number(&a[0], 1);
		break;
	case HS_SHAPE_TEXT:
		e = check_text(a);
		break;
	case HS_SHAPE_STATUS:
		e = check_handle(&a[0], 's');
		break;
	case HS_SHAPE_METHOD:
		e = check_handle(&a[0], 'm');
		break;
	case HS_SHAPE_RULE:
		e = check_handle(&a[0], 'x');
		break;
	case HS_SHAPE_INT_OUTPUT:
		e = check_number(&a[0], 0);
		if (e == NULL && a[1].kind != A_NIL && a[1].kind != A_BUFFER)
			e = "type_error";
		if (e == NULL)
			e = check_size(&a[2], a[1].kind == A_BUFFER ? a[1].room : 0);
		break;
	case HS_SHAPE_STATUS_SIZE:
		e = check_handle(&a[0], 's');
		if (e == NULL)
			e = check_number(&a[1], 1);
		break;
	case HS_SHAPE_HEAD:
		e = check_head(a);
		break;
	case HS_SHAPE_HEAD_SIZE:
		e = check_head(a);
		if (e == NULL)
			e = check_number(&a[7], 1);
		break;
	}
	return e;
}

#define CALL_AS(T, PARAMS, ARGS) ((T(*) PARAMS)f->p) ARGS
#define CALL_SHAPE(PARAMS, ARGS)                                                                  \
	switch (f->result) {                                                                      \
	case R_int: return printf("value:%d\n", CALL_AS(int, PARAMS, ARGS));                      \
	case R_size: return printf("value:%zu\n", CALL_AS(size_t, PARAMS, ARGS));                 \
	case R_ulong: return printf("value:%lu\n", CALL_AS(unsigned long, PARAMS, ARGS));         \
	case R_string: return printf("value:%s\n", CALL_AS(const char *, PARAMS, ARGS));          \
	case R_status: return print_status(CALL_AS(const httpstatus_status *, PARAMS, ARGS)), 0;  \
	case R_method: return print_method(CALL_AS(const httpstatus_method *, PARAMS, ARGS)), 0;  \
	case R_rule: return print_rule(CALL_AS(const httpstatus_rule *, PARAMS, ARGS)), 0;        \
	}                                                                                         \
	return 0

static int call_shape(const struct function *f, const struct arg *a)
{
	switch (f->shape) {
	case HS_SHAPE_VOID: CALL_SHAPE((void), ());
	case HS_SHAPE_INT: CALL_SHAPE((int), (as_int(&a[0])));
	case HS_SHAPE_SIZE: CALL_SHAPE((size_t), ((size_t)a[0].magnitude));
	case HS_SHAPE_TEXT: CALL_SHAPE((const char *, size_t), (a[0].text, (size_t)a[1].magnitude));
	case HS_SHAPE_STATUS: CALL_SHAPE((const httpstatus_status *), (a[0].record));
	case HS_SHAPE_METHOD: CALL_SHAPE((const httpstatus_method *), (a[0].record));
	case HS_SHAPE_RULE: CALL_SHAPE((const httpstatus_rule *), (a[0].record));
	case HS_SHAPE_INT_OUTPUT: break;
	case HS_SHAPE_STATUS_SIZE:
		CALL_SHAPE((const httpstatus_status *, size_t), (a[0].record, (size_t)a[1].magnitude));
	case HS_SHAPE_HEAD:
		CALL_SHAPE((int, const char *, size_t, int, const char *, size_t, int),
			   (as_int(&a[0]), a[1].text, (size_t)a[2].magnitude, as_int(&a[3]), a[4].text,
			    (size_t)a[5].magnitude, as_int(&a[6])));
	case HS_SHAPE_HEAD_SIZE:
		CALL_SHAPE((int, const char *, size_t, int, const char *, size_t, int, size_t),
			   (as_int(&a[0]), a[1].text, (size_t)a[2].magnitude, as_int(&a[3]), a[4].text,
			    (size_t)a[5].magnitude, as_int(&a[6]), (size_t)a[7].magnitude));
	}
	return 0;
}

/* format_status_line's answer is its result and what it wrote: "value:N:TEXT". */
static void call_output(const struct function *f, const struct arg *a)
{
	char *buf = a[1].kind == A_BUFFER ? calloc(a[1].room + 1, 1) : NULL;
	int n = ((int (*)(int, char *, size_t))f->p)(as_int(&a[0]), buf, (size_t)a[2].magnitude);

	printf("value:%d:%s\n", n, buf != NULL ? buf : "");
	free(buf);
}

static int raw(const char *name, const struct arg *a, int n)
{
	const char *e;

	for (size_t i = 0; i < FUNCTION_COUNT; i++) {
		const struct function *f = &functions[i];

		if (strcmp(f->name, name) != 0)
			continue;
		e = check_args(f, a, n);
		if (e != NULL)
			puts(e);
		else if (f->shape == HS_SHAPE_INT_OUTPUT)
			call_output(f, a);
		else
			call_shape(f, a);
		return 0;
	}
	return -1;
}

/* ---- The loop ------------------------------------------------------------ */

static int answer(const char *op, const struct arg *a, int n)
{
	static const char *const numeric[] = { "from_code", "unofficial", "class_of", "format_status_line" };
	static const char *const textual[] = { "from_name", "from_name_ci", "from_phrase", "method_from_name" };

	if (strncmp(op, "raw.", 4) == 0)
		return raw(op + 4, a, n);
	if (n != 1)
		return -1;
	for (size_t i = 0; i < 4; i++) {
		if (strcmp(op, numeric[i]) == 0)
			return by_code(op, a);
		if (strcmp(op, textual[i]) == 0)
			return by_text(op, a);
	}
	if (strcmp(op, "lookup") == 0)
		return lookup(a);
	if (strcmp(op, "check") == 0)
		return check(a);
	if (strcmp(op, "cli") == 0 && a->kind == A_TEXT)
		return cli_status(a);
	if (strcmp(op, "cli_method") == 0 && a->kind == A_TEXT)
		return cli_method(a);
	return -1;
}

static int query(char *line)
{
	static struct arg args[MAX_ARGS];
	char *op = strtok(line, "\t"), *field;
	int n = 0;

	if (op == NULL)
		return -1;
	while ((field = strtok(NULL, "\t")) != NULL) {
		if (n == MAX_ARGS || parse_arg(field, &args[n]) != 0)
			return -1;
		n++;
	}
	return answer(op, args, n);
}

int main(void)
{
	static char line[MAX_LINE];

	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (strcmp(line, ".") == 0) {
			puts(".");
			fflush(stdout);
		} else if (query(line) != 0) {
			puts("bad_query");
		}
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
