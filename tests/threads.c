/* SPDX-License-Identifier: MIT */
/*
 * Many threads doing every kind of lookup and formatting at once.  The answers
 * are first computed on one thread; then THREADS threads, released together by
 * a barrier, each repeat every call ROUNDS times and count answers that differ.
 * Run under ThreadSanitizer by CI (.ci/stages) to show no call races.
 * HS_THREAD_ROUNDS overrides the number of rounds (valgrind runs fewer).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

#define THREADS 8
#define CODE_MIN (-5)
#define CODE_MAX 705
#define CODES (CODE_MAX - CODE_MIN + 1)
#define LINE_SIZES 4
#define MAX_KEYS 256

static const size_t line_sizes[LINE_SIZES] = { 0, 5, 14, 64 };

/* One text key and what each lookup answered for it on the main thread. */
struct key {
	char text[64];
	const httpstatus_status *by_name, *by_name_ci, *by_phrase;
	const httpstatus_method *by_method;
};

static struct {
	const httpstatus_status *by_code[CODES];
	int class_of[CODES];
	const char *class_name[CODES];
	const char *state_name[CODES];
	int line_len[CODES][LINE_SIZES];
	char line[CODES][LINE_SIZES][64];
	int broken[CODES]; /* httpstatus_check_count() of the head HEAD_CHECK below */
	const httpstatus_rule *first_broken[CODES]; /* and httpstatus_check_at(..., 0) */
	struct key keys[MAX_KEYS];
	size_t nkeys;
} expected;

/* A response head that breaks rules of many statuses (1.2): HEAD in HTTP/2, with content and fields. */
#define HEAD_CHECK(code) (code), "HEAD", HTTPSTATUS_NUL_TERMINATED, 20, "Connection, content-length", \
	HTTPSTATUS_NUL_TERMINATED, 1

static pthread_barrier_t start;
static unsigned rounds = 1000;

static void add_key(const char *text, int lower)
{
	struct key *k;

	if (expected.nkeys == MAX_KEYS)
		return;
	k = &expected.keys[expected.nkeys++];
	snprintf(k->text, sizeof(k->text), "%s", text);
	for (char *p = k->text; lower && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
}

/* The single-threaded answers, and the keys: every name, phrase, alias and method, plus misses. */
static void compute_expected(void)
{
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		add_key(httpstatus_status_name(httpstatus_status_at(i)), i % 2 == 1);
		add_key(httpstatus_status_phrase(httpstatus_status_at(i)), i % 3 == 1);
	}
	for (size_t i = 0; i < httpstatus_alias_count(); i++)
		add_key(httpstatus_alias_text(i), 0);
	for (size_t i = 0; i < httpstatus_method_count(); i++)
		add_key(httpstatus_method_name(httpstatus_method_at(i)), i % 4 == 1);
	add_key("", 0);
	add_key("NOT_FOUNDX", 0);
	add_key("Not Foun", 0);
	for (size_t i = 0; i < expected.nkeys; i++) {
		struct key *k = &expected.keys[i];

		k->by_name = httpstatus_status_from_name(k->text, HTTPSTATUS_NUL_TERMINATED);
		k->by_name_ci = httpstatus_status_from_name_ci(k->text, strlen(k->text));
		k->by_phrase = httpstatus_status_from_phrase(k->text, HTTPSTATUS_NUL_TERMINATED);
		k->by_method = httpstatus_method_from_name(k->text, strlen(k->text));
	}
	for (int c = 0; c < CODES; c++) {
		int code = c + CODE_MIN;

		expected.by_code[c] = httpstatus_status_from_code(code);
		expected.class_of[c] = httpstatus_class_of(code);
		expected.class_name[c] = httpstatus_class_name(code);
		expected.state_name[c] = httpstatus_state_name(code);
		for (int s = 0; s < LINE_SIZES; s++)
			expected.line_len[c][s] = httpstatus_format_status_line(code, expected.line[c][s], line_sizes[s]);
		expected.broken[c] = httpstatus_check_count(HEAD_CHECK(code));
		expected.first_broken[c] = httpstatus_check_at(HEAD_CHECK(code), 0);
	}
}

/* One round of every call; returns the number of answers that differ from the expected ones. */
static unsigned long one_round(void)
{
	unsigned long wrong = 0;
	char buf[64];

	for (size_t i = 0; i < expected.nkeys; i++) {
		const struct key *k = &expected.keys[i];

		wrong += httpstatus_status_from_name(k->text, strlen(k->text)) != k->by_name;
		wrong += httpstatus_status_from_name_ci(k->text, HTTPSTATUS_NUL_TERMINATED) != k->by_name_ci;
		wrong += httpstatus_status_from_phrase(k->text, strlen(k->text)) != k->by_phrase;
		wrong += httpstatus_method_from_name(k->text, HTTPSTATUS_NUL_TERMINATED) != k->by_method;
	}
	for (int c = 0; c < CODES; c++) {
		int code = c + CODE_MIN;
		const httpstatus_status *s = httpstatus_status_from_code(code);

		wrong += s != expected.by_code[c];
		wrong += httpstatus_status_code(s) != (s != NULL ? code : 0);
		wrong += httpstatus_class_of(code) != expected.class_of[c];
		wrong += strcmp(httpstatus_class_name(code), expected.class_name[c]) != 0;
		wrong += strcmp(httpstatus_state_name(code), expected.state_name[c]) != 0;
		wrong += httpstatus_check_count(HEAD_CHECK(code)) != expected.broken[c];
		wrong += httpstatus_check_at(HEAD_CHECK(code), 0) != expected.first_broken[c];
		for (size_t r = 0; r < httpstatus_status_rule_count(s); r++)
			wrong += httpstatus_rule_quote(httpstatus_status_rule_at(s, r))[0] == '\0';
		for (int z = 0; z < LINE_SIZES; z++) {
			int len = httpstatus_format_status_line(code, buf, line_sizes[z]);

			wrong += len != expected.line_len[c][z];
			wrong += line_sizes[z] > 0 && len >= 0 && strcmp(buf, expected.line[c][z]) != 0;
		}
	}
	for (size_t i = 0; i < httpstatus_status_count(); i++)
		wrong += httpstatus_status_from_code(httpstatus_status_code(httpstatus_status_at(i))) !=
			 httpstatus_status_at(i);
	for (size_t i = 0; i < httpstatus_alias_count(); i++)
		wrong += httpstatus_alias_status(i) == NULL;
	wrong += strcmp(httpstatus_version(), httpstatus_version()) != 0;
	wrong += httpstatus_registry_date()[0] == '\0';
	return wrong;
}

static void *worker(void *arg)
{
	unsigned long *wrong = arg;

	pthread_barrier_wait(&start);
	for (unsigned r = 0; r < rounds; r++)
		*wrong += one_round();
	return NULL;
}

int main(void)
{
	pthread_t threads[THREADS];
	unsigned long wrong[THREADS] = { 0 };
	unsigned long total = 0, single;
	const char *env = getenv("HS_THREAD_ROUNDS");
	int started = 0;

	if (env != NULL && atoi(env) > 0)
		rounds = (unsigned)atoi(env);
	printf("1..3\n");
	compute_expected();
	single = one_round();
	printf("%sok 1 - single-threaded answers repeat (%zu keys, %d codes)\n", single == 0 ? "" : "not ",
	       expected.nkeys, CODES);

	if (pthread_barrier_init(&start, NULL, THREADS) != 0) {
		printf("Bail out! pthread_barrier_init failed\n");
		return 1;
	}
	for (int t = 0; t < THREADS; t++)
		started += pthread_create(&threads[t], NULL, worker, &wrong[t]) == 0;
	if (started != THREADS) {
		printf("Bail out! could start only %d of %d threads\n", started, THREADS);
		return 1;
	}
	for (int t = 0; t < THREADS; t++) {
		pthread_join(threads[t], NULL);
		total += wrong[t];
	}
	printf("%sok 2 - %d threads started together\n", started == THREADS ? "" : "not ", THREADS);
	printf("%sok 3 - %d threads x %u rounds agree with the single-threaded answers (%lu differ)\n",
	       total == 0 ? "" : "not ", THREADS, rounds, total);
	pthread_barrier_destroy(&start);
	return single != 0 || total != 0;
}
