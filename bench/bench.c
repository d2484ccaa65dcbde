/* SPDX-License-Identifier: MIT */
/*
 * The C benchmark: nanoseconds per operation for every lookup of the library,
 * each next to a baseline measured in the same process (a raw array read inline,
 * behind a call and in a shared library behind its PLT, a switch statement, a
 * linear strcmp/strcasecmp scan, snprintf).  Every operation is one row of the
 * OPERATIONS table below, measured by the one loop MEASURING_LOOP.
 *
 * Figures, not a test: it never fails on a slow machine.  Each operation runs
 * over a shuffled array of inputs that rotates through every key, so the branch
 * predictor cannot learn one answer; every result feeds an accumulator through
 * an empty asm statement, so the compiler can neither drop nor vectorise the
 * work.  The rows are measured round-robin, several times, and the median of
 * the samples is printed, which keeps one noisy moment from moving one row.
 *
 * Usage: bench-c [--short]   (or BENCH_SHORT=1): a quick run, for CI.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "httpstatus.h"
#include "shared-array.h"

/* Keeps the compiler from assuming anything about X: it must be computed, and only once per use. */
#if defined(__GNUC__)
#define OPAQUE(x) __asm__ volatile("" : "+r"(x))
#define NOINLINE __attribute__((noinline))
#else
#define OPAQUE(x) ((void)0)
#define NOINLINE
#endif

#define INPUTS 4096u /* a power of two: the input index is masked */
#define MAX_KEYS 256u
#define MAX_TEXT 64u
#define MAX_SAMPLES 64u
#define HEAD_FIELDS 20u  /* the field names of one response head (1.2) */
#define HEAD_TEXT 512u

/* ---- Inputs ------------------------------------------------------------ */

struct text {
	char s[MAX_TEXT];
	size_t len;
};

static int codes[INPUTS];        /* registered codes */
static int any_ints[INPUTS];     /* any integer, -100..699 */
static struct text names[INPUTS];      /* exact names, aliases included */
static struct text names_ci[INPUTS];   /* the same, letters in random case */
static struct text phrases_ci[INPUTS]; /* phrases and old phrases in random case */
static struct text methods[INPUTS];    /* method tokens */

/* A response head of HEAD_FIELDS field names, as httpstatus_check_count() takes it (1.2), and the
 * same names split, for the baseline. */
struct head {
	int code;
	int version;
	const char *method;
	char fields[HEAD_TEXT];
	size_t fields_len;
	const char *names[HEAD_FIELDS];
};
static struct head heads[INPUTS];
/* The field names each status's field rules ask about, for the baseline: by code - 100. */
static const char *rule_fields[500][32];
static size_t rule_field_count[500];

/* The key sets the baselines scan, in the library's iteration order. */
static const char *name_keys[MAX_KEYS];
static size_t name_key_count;
static const char *phrase_keys[MAX_KEYS];
static size_t phrase_key_count;
static const char *method_keys[MAX_KEYS];
static size_t method_key_count;

/* The baselines' own tables, indexed by code - 100. */
static const httpstatus_status *array_by_code[500];
static const char *phrase_by_code[500];
static unsigned char class_by_code[800]; /* indexed by integer + 100 */

static uint64_t rng_state = UINT64_C(0x243F6A8885A308D3);

static uint32_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state >> 11);
}

static void set_text(struct text *t, const char *s, int scramble_case)
{
	size_t n = strlen(s);

	if (n >= MAX_TEXT) {
		fprintf(stderr, "bench: key too long: %s\n", s);
		exit(2);
	}
	for (size_t i = 0; i <= n; i++) {
		char c = s[i];

		if (scramble_case && (rng() & 1u) != 0) {
			if (c >= 'a' && c <= 'z')
				c = (char)(c - 'a' + 'A');
			else if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
		}
		t->s[i] = c;
	}
	t->len = n;
}

static void add_key(const char **keys, size_t *count, const char *s)
{
	if (*count >= MAX_KEYS) {
		fprintf(stderr, "bench: too many keys\n");
		exit(2);
	}
	keys[(*count)++] = s;
}

/* Fills every input array; each slot draws a key at random, so all keys appear in no fixed order. */
/* Field names a response carries; a head takes HEAD_FIELDS of them, in a random order and case. */
static const char *const field_pool[] = {
	"Date", "Server", "Content-Type", "Content-Length", "Connection", "Cache-Control", "ETag",
	"Last-Modified", "Vary", "Set-Cookie", "X-Frame-Options", "Strict-Transport-Security",
	"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Access-Control-Allow-Origin",
	"Allow", "Location", "WWW-Authenticate", "Retry-After", "Accept-Ranges", "Age", "Expires",
	"Content-Encoding", "Transfer-Encoding", "Keep-Alive", "Via", "Alt-Svc", "X-Request-Id",
	"Permissions-Policy", "Content-Range", "Upgrade",
};
#define FIELD_POOL (sizeof field_pool / sizeof field_pool[0])

static void make_heads(void)
{
	static const char *const head_methods[] = { "GET", "GET", "HEAD", "POST", "PUT" };

	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);
		int at = httpstatus_status_code(s) - 100;

		for (size_t k = 0; k < httpstatus_status_rule_count(s); k++) {
			const httpstatus_rule *r = httpstatus_status_rule_at(s, k);

			if (httpstatus_rule_subject(r) == HTTPSTATUS_RULE_FIELD && rule_field_count[at] < 32)
				rule_fields[at][rule_field_count[at]++] = httpstatus_rule_field(r);
		}
	}
	for (size_t i = 0; i < INPUTS; i++) {
		struct head *h = &heads[i];
		const char *pool[FIELD_POOL];
		size_t len = 0;

		memcpy(pool, field_pool, sizeof pool);
		for (size_t k = FIELD_POOL - 1; k > 0; k--) { /* Fisher-Yates */
			size_t j = rng() % (k + 1);
			const char *t = pool[k];

			pool[k] = pool[j];
			pool[j] = t;
		}
		h->code = httpstatus_status_code(httpstatus_status_at(rng() % httpstatus_status_count()));
		h->version = rng() % 4 == 0 ? 20 : 11;
		h->method = head_methods[rng() % (sizeof head_methods / sizeof head_methods[0])];
		for (size_t k = 0; k < HEAD_FIELDS; k++) {
			size_t n = strlen(pool[k]);

			if (len + n + 2 >= HEAD_TEXT) {
				fprintf(stderr, "bench: a head is too long\n");
				exit(1);
			}
			if (k > 0) {
				memcpy(h->fields + len, ", ", 2);
				len += 2;
			}
			h->names[k] = h->fields + len;
			memcpy(h->fields + len, pool[k], n);
			len += n;
		}
		h->fields[len] = '\0';
		h->fields_len = len;
	}
}

static void make_inputs(void)
{
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);
		int code = httpstatus_status_code(s);

		array_by_code[code - 100] = s;
		hs_bench_array_set(code, s);
		phrase_by_code[code - 100] = httpstatus_status_phrase(s);
		add_key(name_keys, &name_key_count, httpstatus_status_name(s));
		add_key(phrase_keys, &phrase_key_count, httpstatus_status_phrase(s));
	}
	for (size_t i = 0; i < httpstatus_alias_count(); i++) {
		if (httpstatus_alias_kind(i) == HTTPSTATUS_ALIAS_NAME)
			add_key(name_keys, &name_key_count, httpstatus_alias_text(i));
		else
			add_key(phrase_keys, &phrase_key_count, httpstatus_alias_text(i));
	}
	for (size_t i = 0; i < httpstatus_method_count(); i++)
		add_key(method_keys, &method_key_count, httpstatus_method_name(httpstatus_method_at(i)));
	for (int v = -100; v < 700; v++)
		class_by_code[v + 100] = (unsigned char)(v >= 100 && v <= 599 ? v / 100 : 0);

	make_heads();
	for (size_t i = 0; i < INPUTS; i++) {
		codes[i] = httpstatus_status_code(httpstatus_status_at(rng() % httpstatus_status_count()));
		any_ints[i] = (int)(rng() % 800u) - 100;
		set_text(&names[i], name_keys[rng() % name_key_count], 0);
		set_text(&names_ci[i], name_keys[rng() % name_key_count], 1);
		set_text(&phrases_ci[i], phrase_keys[rng() % phrase_key_count], 1);
		set_text(&methods[i], method_keys[rng() % method_key_count], 0);
	}
}

/* ---- The baselines ----------------------------------------------------- */

/* A hand-written switch over every registered code, generated from the header's constants. */
static NOINLINE int switch_index(int code)
{
	switch (code) {
#include "bench/switch-cases.h"
	default:
		return -1;
	}
}

static NOINLINE const char *scan_strcmp(const char *const *keys, size_t n, const char *text)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(keys[i], text) == 0)
			return keys[i];
	return NULL;
}

static NOINLINE const char *scan_strcasecmp(const char *const *keys, size_t n, const char *text)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(keys[i], text) == 0)
			return keys[i];
	return NULL;
}

/*
 * What a hand-written check does: for each field the status's rules name, a strcasecmp scan of the
 * head's names, already split.  It knows no level, scope, version or content, so it does less than
 * httpstatus_check_count(), which also reads and validates the list.
 */
static NOINLINE int naive_check(const struct head *h)
{
	int at = h->code - 100, found = 0;

	for (size_t r = 0; r < rule_field_count[at]; r++)
		for (size_t k = 0; k < HEAD_FIELDS; k++) {
			const char *name = h->names[k];
			size_t n = strlen(rule_fields[at][r]);

			if (strncasecmp(name, rule_fields[at][r], n) == 0 && (name[n] == ',' || name[n] == '\0')) {
				found++;
				break;
			}
		}
	return found;
}

/* The whole check: how many rules the head breaks, and each of them. */
static NOINLINE uintptr_t check_all(const struct head *h)
{
	int n = httpstatus_check_count(h->code, h->method, HTTPSTATUS_NUL_TERMINATED, h->version, h->fields,
				       h->fields_len, 1);
	uintptr_t acc = (uintptr_t)n;

	for (int k = 0; k < n; k++)
		acc += (uintptr_t)httpstatus_check_at(h->code, h->method, HTTPSTATUS_NUL_TERMINATED, h->version,
						      h->fields, h->fields_len, 1, (size_t)k);
	return acc;
}

static NOINLINE const httpstatus_status *array_call(int code)
{
	return array_by_code[code - 100];
}

static NOINLINE int class_call(int value)
{
	return class_by_code[value + 100];
}

static char line_buf[64];

/* ---- The operations ---------------------------------------------------- */

/*
 * One row per operation: X(id, label, input type, inputs, expression).  The
 * expression is what one iteration does with `in`, a pointer to the current
 * input; its value must change with the input and is cast to uintptr_t.
 * Labels of the library's own functions start with "httpstatus"; every other
 * row is a baseline.
 */
#define OPERATIONS(X)                                                                                       \
	X(B_ARRAY, "raw array read, by code (inline)", int, codes, array_by_code[*in - 100])                \
	X(B_ARRAY_CALL, "raw array read, by code (behind a call)", int, codes, array_call(*in))             \
	X(B_ARRAY_PLT, "raw array read, by code (shared library, PLT)", int, codes,                         \
	  hs_bench_array_read(*in))                                                                         \
	X(B_SWITCH, "switch statement, by code (behind a call)", int, codes, switch_index(*in))             \
	X(F_CODE, "httpstatus_status_from_code", int, codes, httpstatus_status_from_code(*in))              \
	X(B_PHRASE_ARRAY, "raw array read, phrase by code (inline)", int, codes, phrase_by_code[*in - 100]) \
	X(F_PHRASE_OF_CODE, "httpstatus_status_phrase(..._from_code)", int, codes,                          \
	  httpstatus_status_phrase(httpstatus_status_from_code(*in)))                                       \
	X(B_SCAN_NAME, "linear strcmp scan, names", struct text, names,                                     \
	  scan_strcmp(name_keys, name_key_count, in->s))                                                    \
	X(F_NAME, "httpstatus_status_from_name", struct text, names,                                        \
	  httpstatus_status_from_name(in->s, in->len))                                                      \
	X(F_NAME_NUL, "httpstatus_status_from_name (NUL-terminated)", struct text, names,                   \
	  httpstatus_status_from_name(in->s, HTTPSTATUS_NUL_TERMINATED))                                    \
	X(B_SCAN_NAME_CI, "linear strcasecmp scan, names", struct text, names_ci,                           \
	  scan_strcasecmp(name_keys, name_key_count, in->s))                                                \
	X(F_NAME_CI, "httpstatus_status_from_name_ci (mixed case)", struct text, names_ci,                  \
	  httpstatus_status_from_name_ci(in->s, in->len))                                                   \
	X(B_SCAN_PHRASE, "linear strcasecmp scan, phrases", struct text, phrases_ci,                        \
	  scan_strcasecmp(phrase_keys, phrase_key_count, in->s))                                            \
	X(F_PHRASE, "httpstatus_status_from_phrase (mixed case)", struct text, phrases_ci,                  \
	  httpstatus_status_from_phrase(in->s, in->len))                                                    \
	X(B_SCAN_METHOD, "linear strcmp scan, methods", struct text, methods,                               \
	  scan_strcmp(method_keys, method_key_count, in->s))                                                \
	X(F_METHOD, "httpstatus_method_from_name", struct text, methods,                                    \
	  httpstatus_method_from_name(in->s, in->len))                                                      \
	X(B_CLASS_ARRAY, "raw array read, class of an int (inline)", int, any_ints,                         \
	  class_by_code[*in + 100])                                                                         \
	X(B_CLASS_CALL, "raw array read, class of an int (behind a call)", int, any_ints, class_call(*in))  \
	X(F_CLASS, "httpstatus_class_of (any int, -100..699)", int, any_ints, httpstatus_class_of(*in))     \
	X(B_SNPRINTF, "snprintf(\"HTTP/1.1 %d %s\")", int, codes,                                           \
	  snprintf(line_buf, sizeof line_buf, "HTTP/1.1 %d %s", *in, phrase_by_code[*in - 100]))            \
	X(F_FORMAT, "httpstatus_format_status_line", int, codes,                                            \
	  httpstatus_format_status_line(*in, line_buf, sizeof line_buf))                                    \
	X(B_NAIVE_CHECK, "strcasecmp of a head's 20 names per rule field", struct head, heads,              \
	  naive_check(in))                                                                                  \
	X(F_CHECK, "httpstatus_check_count (a head of 20 fields)", struct head, heads,                      \
	  httpstatus_check_count(in->code, in->method, HTTPSTATUS_NUL_TERMINATED, in->version, in->fields,  \
				 in->fields_len, 1))                                                        \
	X(F_CHECK_ALL, "httpstatus_check_count + every _check_at", struct head, heads, check_all(in))

/*
 * The measuring loop, written once and expanded for every row, so that each
 * operation is compiled into its own loop (an inline read stays inline): N
 * iterations over the rotating inputs, every result through OPAQUE into an
 * accumulator.
 */
#define MEASURING_LOOP(id, label, type, inputs, expr)         \
	static uintptr_t run_##id(size_t n)                   \
	{                                                     \
		uintptr_t acc = 0;                            \
		for (size_t i = 0; i < n; i++) {              \
			const type *in = &inputs[i % INPUTS]; \
			uintptr_t r = (uintptr_t)(expr);      \
			OPAQUE(r);                            \
			acc += r;                             \
		}                                             \
		return acc;                                   \
	}
OPERATIONS(MEASURING_LOOP)

/* ---- Measuring --------------------------------------------------------- */

typedef uintptr_t (*op_fn)(size_t n);

struct row {
	const char *name;
	op_fn fn;
	size_t iters;
	double samples[MAX_SAMPLES];
	double median;
};

#define ROW_ID(id, label, type, inputs, expr) id,
enum { OPERATIONS(ROW_ID) ROW_COUNT };

#define ROW(id, label, type, inputs, expr) [id] = { label, run_##id, 0, { 0 }, 0 },
static struct row rows[ROW_COUNT] = { OPERATIONS(ROW) };

/* Which row is compared with which baseline, and the target when there is one. */
struct comparison {
	int op, baseline;
	double max_ratio; /* target: at most this ratio to the baseline (0: none) */
	double max_ns;    /* target: under this many ns (0: none) */
};

static const struct comparison comparisons[] = {
	{ F_CODE, B_ARRAY_PLT, 1.2, 0 },
	{ F_CODE, B_ARRAY, 1.5, 0 },
	{ F_CODE, B_ARRAY_CALL, 1.5, 0 },
	{ F_CODE, B_SWITCH, 0, 0 },
	{ F_PHRASE_OF_CODE, B_PHRASE_ARRAY, 0, 0 },
	{ F_NAME, B_SCAN_NAME, 0, 20 },
	{ F_NAME_NUL, B_SCAN_NAME, 0, 20 },
	{ F_NAME_CI, B_SCAN_NAME_CI, 0, 20 },
	{ F_PHRASE, B_SCAN_PHRASE, 0, 20 },
	{ F_METHOD, B_SCAN_METHOD, 0, 5 },
	{ F_CLASS, B_CLASS_ARRAY, 0, 0 },
	{ F_CLASS, B_CLASS_CALL, 0, 0 },
	{ F_FORMAT, B_SNPRINTF, 0, 0 },
	{ F_CHECK, B_NAIVE_CHECK, 0, 1000 },
	{ F_CHECK_ALL, B_NAIVE_CHECK, 0, 0 },
};

static volatile uintptr_t sink;

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double time_op(op_fn fn, size_t n)
{
	double t0 = now_ns();

	sink = fn(n);
	return now_ns() - t0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Picks each row's iteration count so that one sample lasts about SAMPLE_NS. */
static void calibrate(double sample_ns)
{
	for (int r = 0; r < ROW_COUNT; r++) {
		size_t n = 1024;
		double t;

		(void)time_op(rows[r].fn, INPUTS); /* warm the caches */
		while ((t = time_op(rows[r].fn, n)) < sample_ns / 8 && n < ((size_t)1 << 32))
			n *= 2;
		rows[r].iters = (size_t)((double)n * sample_ns / (t > 1 ? t : 1)) + 1;
	}
}

static void measure(unsigned repeats)
{
	for (unsigned k = 0; k < repeats; k++)
		for (int r = 0; r < ROW_COUNT; r++)
			rows[r].samples[k] = time_op(rows[r].fn, rows[r].iters) / (double)rows[r].iters;
	for (int r = 0; r < ROW_COUNT; r++) {
		qsort(rows[r].samples, repeats, sizeof(double), cmp_double);
		rows[r].median = rows[r].samples[repeats / 2];
	}
}

static void print_table(unsigned repeats)
{
	printf("%-48s %8s %8s %8s\n", "operation (b: a baseline)", "ns/op", "min", "max");
	for (int r = 0; r < ROW_COUNT; r++)
		printf("%c %-46s %8.2f %8.2f %8.2f\n", rows[r].name[0] == 'h' ? ' ' : 'b', rows[r].name,
		       rows[r].median, rows[r].samples[0], rows[r].samples[repeats - 1]);
	printf("\n%-48s %-48s %7s  %s\n", "operation", "against the baseline", "ratio", "target");
	for (size_t c = 0; c < sizeof comparisons / sizeof comparisons[0]; c++) {
		const struct comparison *k = &comparisons[c];
		double op = rows[k->op].median, x = op / rows[k->baseline].median;
		char target[48] = "";

		if (k->max_ratio > 0)
			snprintf(target, sizeof target, "<= %.1fx: %s", k->max_ratio,
				 x <= k->max_ratio ? "met" : "MISSED");
		else if (k->max_ns > 0)
			snprintf(target, sizeof target, "< %.0f ns: %s (%.2f ns)", k->max_ns,
				 op < k->max_ns ? "met" : "MISSED", op);
		printf("%-48s %-48s %6.2fx  %s\n", rows[k->op].name, rows[k->baseline].name, x, target);
	}
}

int main(int argc, char **argv)
{
	const char *env = getenv("BENCH_SHORT");
	int quick = (env != NULL && *env != '\0' && strcmp(env, "0") != 0) ||
		    (argc > 1 && strcmp(argv[1], "--short") == 0);
	unsigned repeats = quick ? 3 : 41;
	double sample_ns = quick ? 2e6 : 5e6;

	make_inputs();
	/* Every input must be found by the library and by its baseline, or the comparison means nothing. */
	for (size_t i = 0; i < INPUTS; i++) {
		if (httpstatus_status_from_name(names[i].s, names[i].len) == NULL ||
		    httpstatus_status_from_name_ci(names_ci[i].s, names_ci[i].len) == NULL ||
		    httpstatus_status_from_phrase(phrases_ci[i].s, phrases_ci[i].len) == NULL ||
		    httpstatus_method_from_name(methods[i].s, methods[i].len) == NULL ||
		    httpstatus_status_from_code(codes[i]) != array_by_code[codes[i] - 100] ||
		    hs_bench_array_read(codes[i]) != (const void *)array_by_code[codes[i] - 100] ||
		    switch_index(codes[i]) < 0 ||
		    scan_strcmp(name_keys, name_key_count, names[i].s) == NULL ||
		    scan_strcasecmp(name_keys, name_key_count, names_ci[i].s) == NULL ||
		    scan_strcasecmp(phrase_keys, phrase_key_count, phrases_ci[i].s) == NULL ||
		    scan_strcmp(method_keys, method_key_count, methods[i].s) == NULL ||
		    httpstatus_check_count(heads[i].code, heads[i].method, HTTPSTATUS_NUL_TERMINATED, heads[i].version,
					   heads[i].fields, heads[i].fields_len, 1) < 0) {
			fprintf(stderr, "bench: input %zu is not found by every path\n", i);
			return 1;
		}
	}

	printf("libhttpstatus %s C benchmark%s: %u samples per row, median of them; inputs rotate through "
	       "%zu names, %zu phrases, %zu methods, %zu codes, %u heads of %u field names\n",
	       httpstatus_version(), quick ? " (short mode)" : "", repeats, name_key_count, phrase_key_count,
	       method_key_count, httpstatus_status_count(), INPUTS, HEAD_FIELDS);
	calibrate(sample_ns);
	measure(repeats);
	print_table(repeats);
	return 0;
}
