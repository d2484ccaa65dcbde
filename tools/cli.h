/* SPDX-License-Identifier: MIT */
/*
 * What the parts of the httpstatus tool share: how a status query was
 * resolved, and the two ways of answering it.
 *
 *   httpstatus.c  the command line: options, resolving queries, errors, exit statuses
 *   text.c        answers for a person
 *   json.c        answers as one JSON document (the schema of doc/man1/httpstatus.1)
 *   check.c       --check: response heads (read by head.c) checked against the library's rules
 */
#ifndef HTTPSTATUS_TOOL_CLI_H
#define HTTPSTATUS_TOOL_CLI_H

#include <stddef.h>
#include <stdio.h>

#include <httpstatus.h>

#include "head.h"

/* The version of the --json output; raised only when a field changes meaning or goes away. */
#define JSON_SCHEMA 1

/* How a status query was resolved. */
struct status_answer {
	const httpstatus_status *status; /* NULL when nothing is registered */
	const char *match;               /* "code", "name", "old_name", "phrase", "old_phrase"; NULL */
	const char *alias;               /* the older name or phrase matched, spelled as registered */
	const char *alias_source;        /* ... and where it is used (httpstatus_alias_source) */
	const char *alias_locator;       /* ... where that was read (httpstatus_alias_locator) */
	const char *alias_quote;         /* ... and the text read there (httpstatus_alias_quote) */
	const httpstatus_status *unofficial; /* no registered status: the unofficial one with the code */
	int numeric;                     /* the query was digits, after an optional - */
	int has_code;                    /* ... and fits in an int: CODE holds it */
	int code;
	int class_query;                 /* 1..5 for "1xx".."5xx", else 0 */
};

/* ---- Answers for a person (text.c), on standard output ---------------- */

/* Where the human answers of one run stand; start it zeroed. */
struct text_output {
	int answered; /* an answer was printed: the next one needs a blank line before it */
};

void text_version(void);
void text_status_answer(struct text_output *t, const struct status_answer *a);
/* A code in 100..599 that nothing is registered with (299). */
void text_unregistered(struct text_output *t, int code, const httpstatus_status *unofficial);
/* The class CLS (1..5) and every registered status in it. */
void text_class(struct text_output *t, int cls);
void text_list(struct text_output *t);
void text_method(struct text_output *t, const httpstatus_method *m);
void text_methods(struct text_output *t);

/* ---- Answers in JSON (json.c), on standard output ---------------------- */

/* Where the JSON document of one run stands; json_open() sets it up. */
struct json_output {
	size_t results; /* results written so far: every one after the first needs a comma */
};

/* Every --json run prints exactly one document: json_open(), one result per query, json_close(). */
void json_open(struct json_output *j);
void json_close(void);
/* QUERY is the argument as given; every result carries it. */
void json_status_answer(struct json_output *j, const char *query, const struct status_answer *a);
void json_class(struct json_output *j, const char *query, int cls);
void json_list(struct json_output *j);
/* M is NULL when nothing is registered; SUGGESTION (or NULL) is the registered method meant. */
void json_method_answer(struct json_output *j, const char *query, const httpstatus_method *m,
			const char *suggestion);
void json_methods(struct json_output *j);

/* ---- httpstatus --check (check.c) ------------------------------------- */

/* Its exit statuses. */
#define CHECK_PASSED 0    /* no head breaks a MUST, MUST NOT, SHOULD, SHOULD NOT or cannot rule */
#define CHECK_FAILED 1    /* a head does */
#define CHECK_MALFORMED 2 /* an input that is not a head to check, or cannot be read: nothing is written */

/* One head of an input, and what the library says of it. */
struct check_answer {
	const char *input;               /* the file name, "-" for standard input */
	struct head head;
	const httpstatus_status *status; /* the status with its code, or else the unofficial one */
	const char *method;              /* the request's method, or NULL: not known */
	const char *fields;              /* its field names, each followed by "\n" (head_next()) */
	size_t fields_len;
	int broken;                      /* how many rules it breaks (httpstatus_check_count()) */
};

/* Where the answers of one --check run stand; start it zeroed. */
struct check_output {
	int json;
	struct json_output j;
	struct text_output t;
	int failing; /* a head breaks a rule that fails the check */
};

/* Checks every head of FILE (NULL or "-": standard input) as the answer to METHOD (NULL: not known); CHECK_*. */
int check_heads(const char *file, const char *method, int json);
/* "HTTP/1.1" for 11, and so on. */
const char *check_version_text(int version);
/* Whether A has content, for httpstatus_check_count(): 1, 0, or -1 when not known. */
int check_content(const struct check_answer *a);
/* The broken rule number INDEX of A, or NULL (httpstatus_check_at()). */
const httpstatus_rule *check_rule_at(const struct check_answer *a, size_t index);
/* Whether breaking RULE fails the check: a MUST, MUST NOT, SHOULD, SHOULD NOT or cannot rule. */
int check_rule_fails(const httpstatus_rule *rule);
/* One head checked, for a person (text.c) and in JSON (json.c). */
void text_check(struct text_output *t, const struct check_answer *a);
void json_check(struct json_output *j, const struct check_answer *a);

/* Writes S for a person (httpstatus.c): printable ASCII as is, any other byte as \xNN, cut when long. */
void show(FILE *out, const char *s);

#endif
