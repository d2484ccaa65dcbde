/* SPDX-License-Identifier: MIT */
/*
 * httpstatus --check: response heads checked against the rules the library
 * knows (httpstatus_check_count(), httpstatus_check_at()).  head.c reads the
 * heads; this file reads the inputs, refuses what is not a head to check,
 * and hands each head to text.c or json.c.  Every input is read and judged
 * whole before anything is written, so a malformed head anywhere means exit
 * 2 and an empty standard output, never half an answer.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "cli.h"
#include "head.h"

/* One input read whole: its name (NULL: standard input) and its bytes. */
struct input {
	const char *name;
	char *data;
	size_t size;
};

const char *check_version_text(int version)
{
	switch (version) {
	case 10:
		return "HTTP/1.0";
	case 11:
		return "HTTP/1.1";
	case 20:
		return "HTTP/2";
	case 30:
		return "HTTP/3";
	default:
		return "HTTP/?";
	}
}

int check_rule_fails(const httpstatus_rule *rule)
{
	switch (httpstatus_rule_level(rule)) {
	case HTTPSTATUS_LEVEL_MUST:
	case HTTPSTATUS_LEVEL_MUST_NOT:
	case HTTPSTATUS_LEVEL_SHOULD:
	case HTTPSTATUS_LEVEL_SHOULD_NOT:
	case HTTPSTATUS_LEVEL_CANNOT:
		return 1;
	default:
		return 0;
	}
}

/*
 * What the check is told of the content: there when bytes follow the head; else none when the method
 * was given, and not known (-1) when it was not, since `curl -I` prints no content whatever the server
 * would have sent for GET.
 */
int check_content(const struct check_answer *a)
{
	return a->head.has_content ? 1 : a->method != NULL ? 0 : -1;
}

static int check_broken(const struct check_answer *a)
{
	return httpstatus_check_count(a->head.code, a->method, a->method != NULL ? strlen(a->method) : 0,
				      a->head.version, a->fields, a->fields_len, check_content(a));
}

const httpstatus_rule *check_rule_at(const struct check_answer *a, size_t index)
{
	return httpstatus_check_at(a->head.code, a->method, a->method != NULL ? strlen(a->method) : 0,
				   a->head.version, a->fields, a->fields_len, check_content(a), index);
}

/* "standard input" or the file name, for an error message. */
static void input_error(const struct input *in, size_t line, const char *message)
{
	char where[64];

	if (line > 0)
		snprintf(where, sizeof(where), ", line %zu", line);
	else
		where[0] = '\0';
	fprintf(stderr, "httpstatus: ");
	if (in->name == NULL)
		fputs("standard input", stderr);
	else
		show(stderr, in->name);
	fprintf(stderr, "%s: %s\n", where, message);
}

/* Reads IN whole into IN->data (HEAD_INPUT_MAX + 1 bytes); 0, or -1 after saying why. */
static int read_input(struct input *in)
{
	FILE *f = in->name == NULL ? stdin : fopen(in->name, "rb");
	char message[128];
	int failed;

	if (f == NULL) {
		snprintf(message, sizeof(message), "cannot open: %s", strerror(errno));
		input_error(in, 0, message);
		return -1;
	}
	in->size = fread(in->data, 1, HEAD_INPUT_MAX + 1, f);
	failed = ferror(f);
	if (f != stdin)
		fclose(f);
	if (failed) {
		input_error(in, 0, "cannot read");
		return -1;
	}
	if (in->size > HEAD_INPUT_MAX) {
		snprintf(message, sizeof(message), "more than %d bytes, more than a response head", HEAD_INPUT_MAX);
		input_error(in, 0, message);
		return -1;
	}
	return 0;
}

/*
 * Reads every head of IN, each into A (its names in NAMES, HEAD_INPUT_MAX
 * bytes), and calls EACH with it when EACH is not NULL.  Returns 0, or -1
 * after saying what is wrong and where: a head the reader refuses, a status
 * code the library knows nothing of, a head the library cannot check.
 */
static int each_head(const struct input *in, struct check_answer *a, char *names,
		     void (*each)(struct check_output *, const struct check_answer *), struct check_output *out)
{
	struct head_reader r;
	struct head_error e;
	char message[128];
	int rc;

	head_reader_init(&r, in->data, in->size);
	a->input = in->name != NULL ? in->name : "-";
	a->fields = names;
	while ((rc = head_next(&r, &a->head, names, HEAD_INPUT_MAX, &a->fields_len, &e)) == 1) {
		a->status = httpstatus_status_from_code(a->head.code);
		if (a->status == NULL)
			a->status = httpstatus_unofficial_from_code(a->head.code);
		if (a->status == NULL) {
			snprintf(message, sizeof(message),
				 "status code %03d is neither registered nor a known unofficial one", a->head.code);
			input_error(in, a->head.line, message);
			return -1;
		}
		a->broken = check_broken(a);
		if (a->broken < 0) {
			input_error(in, a->head.line, "the library cannot check this head");
			return -1;
		}
		if (each != NULL)
			each(out, a);
	}
	if (rc < 0) {
		input_error(in, e.line, e.message);
		return -1;
	}
	return 0;
}

/* Whether A breaks a rule that fails the check. */
static int head_fails(const struct check_answer *a)
{
	int i;

	for (i = 0; i < a->broken; i++)
		if (check_rule_fails(check_rule_at(a, (size_t)i)))
			return 1;
	return 0;
}

static void answer_head(struct check_output *out, const struct check_answer *a)
{
	if (out->json)
		json_check(&out->j, a);
	else
		text_check(&out->t, a);
	out->failing |= head_fails(a);
}

int check_heads(const char *file, const char *method, int json)
{
	struct input in;
	struct check_answer a;
	struct check_output out;
	char *names = malloc(HEAD_INPUT_MAX);
	int rc = CHECK_MALFORMED;

	in.name = file != NULL && strcmp(file, "-") != 0 ? file : NULL;
	in.data = malloc(HEAD_INPUT_MAX + 1);
	memset(&a, 0, sizeof(a));
	memset(&out, 0, sizeof(out));
	a.method = method;
	out.json = json;
	if (names == NULL || in.data == NULL) {
		fputs("httpstatus: out of memory\n", stderr);
	} else if (read_input(&in) == 0 && each_head(&in, &a, names, NULL, NULL) == 0) {
		/* The whole input was judged first: only now is anything written. */
		if (json)
			json_open(&out.j);
		each_head(&in, &a, names, answer_head, &out);
		if (json)
			json_close();
		rc = out.failing ? CHECK_FAILED : CHECK_PASSED;
	}
	free(names);
	free(in.data);
	return rc;
}
