/* SPDX-License-Identifier: MIT */
/*
 * The response-head reader of httpstatus --check (tools/head.c) on random
 * bytes.  The input is read head by head with a name buffer of exactly as
 * many bytes as the input (a heap block, so ASan sees a write past it), which
 * head.h promises always has room.  Every head read must be well formed (a
 * known version, a three-digit code, token names, as many names as field
 * lines, lines in order); every error must name a line of the input and say
 * something printable; the reading must end.  Each head read is then written
 * again in a plain form and read back: the same version, code and names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../tools/head.h"

/* Writes the head H with the names NAMES[0..LEN) as a plain head into OUT (CAP bytes); its length. */
static size_t rewrite(const struct head *h, const char *names, size_t len, char *out, size_t cap)
{
	size_t n, i, start = 0;
	int w;

	w = h->version >= 20 ? snprintf(out, cap, "HTTP/%d %03d \r\n", h->version / 10, h->code)
			     : snprintf(out, cap, "HTTP/1.%d %03d Reason\r\n", h->version % 10, h->code);
	FUZZ_CHECK(w > 0 && (size_t)w < cap);
	n = (size_t)w;
	for (i = 0; i < len; i++) {
		if (names[i] != '\n')
			continue;
		FUZZ_CHECK(n + (i - start) + 8 < cap);
		memcpy(out + n, names + start, i - start);
		n += i - start;
		memcpy(out + n, ": v\r\n", 5);
		n += 5;
		start = i + 1;
	}
	FUZZ_CHECK(n + 2 < cap);
	memcpy(out + n, "\r\n", 2);
	return n + 2;
}

static int is_tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* H and its names are what head.h promises; the number of lines of the input is LINES. */
static void check_head(const struct head *h, const char *names, size_t len, size_t cap, size_t lines)
{
	size_t i, count = 0;

	FUZZ_CHECK(h->version == 10 || h->version == 11 || h->version == 20 || h->version == 30);
	FUZZ_CHECK(h->code >= 0 && h->code <= 999);
	FUZZ_CHECK(h->line >= 1 && h->line <= lines);
	FUZZ_CHECK(h->has_content == 0 || h->has_content == 1);
	FUZZ_CHECK(len <= cap);
	FUZZ_CHECK(len == 0 || names[len - 1] == '\n');
	for (i = 0; i < len; i++) {
		if (names[i] == '\n') {
			FUZZ_CHECK(i == 0 || names[i - 1] != '\n'); /* no empty name */
			FUZZ_CHECK(i > 0);
			count++;
		} else {
			FUZZ_CHECK(is_tchar((unsigned char)names[i]));
		}
	}
	FUZZ_CHECK(count == h->fields);
}

/* Reading the plain form of H gives H back. */
static void check_round_trip(const struct head *h, const char *names, size_t len)
{
	size_t cap = 64 + 8 * len, again_len = 0, size;
	char *text = malloc(cap), *again = malloc(cap);
	struct head_reader r;
	struct head h2;
	struct head_error e;

	FUZZ_CHECK(text != NULL && again != NULL);
	size = rewrite(h, names, len, text, cap);
	head_reader_init(&r, text, size);
	FUZZ_CHECK(head_next(&r, &h2, again, cap, &again_len, &e) == 1);
	FUZZ_CHECK(h2.version == h->version && h2.code == h->code && h2.fields == h->fields);
	FUZZ_CHECK(h2.line == 1 && h2.has_content == 0);
	FUZZ_CHECK(again_len == len && memcmp(again, names, len) == 0);
	FUZZ_CHECK(head_next(&r, &h2, again, cap, &again_len, &e) == 0);
	free(text);
	free(again);
}

FUZZ_TARGET(head)
{
	char *names = malloc(size > 0 ? size : 1);
	struct head_reader r;
	struct head h;
	struct head_error e;
	size_t len = 0, lines = 1, heads = 0, last_line = 0, i;
	int rc;

	FUZZ_CHECK(names != NULL);
	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	head_reader_init(&r, (const char *)data, size);
	while ((rc = head_next(&r, &h, names, size, &len, &e)) == 1) {
		check_head(&h, names, len, size, lines);
		FUZZ_CHECK(h.line > last_line);
		last_line = h.line;
		check_round_trip(&h, names, len);
		FUZZ_CHECK(++heads <= lines);
	}
	if (rc < 0) {
		FUZZ_CHECK(e.line >= 1 && e.line <= lines && e.line > last_line);
		FUZZ_CHECK(e.message[0] != '\0' && strlen(e.message) < sizeof(e.message));
		for (i = 0; e.message[i] != '\0'; i++)
			FUZZ_CHECK(e.message[i] >= 0x20 && e.message[i] < 0x7f);
		/* A big enough buffer never runs out of room. */
		FUZZ_CHECK(strstr(e.message, "no room") == NULL);
	}
	FUZZ_CHECK(rc == -1 || rc == 0);
	FUZZ_CHECK(head_next(&r, &h, names, size, &len, &e) == 0);
	free(names);
	return 0;
}
