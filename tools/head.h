/* SPDX-License-Identifier: MIT */
/*
 * httpstatus --check: reading HTTP response heads, as curl -sI prints them.
 *
 * A head is a status line, field lines, and the empty line that ends them
 * (RFC 9112, Section 2.1).  head_next() reads one head at a time from a
 * buffer the caller owns, so several heads in one input (curl -sIL prints
 * every redirect's head; 1xx heads come before the final one) are read in
 * turn.  It allocates nothing: the field names are copied into a buffer the
 * caller gives, and every limit is one of the constants below.  Nothing here
 * knows the rules a head is checked against; httpstatus.c asks the library.
 * What is accepted and refused is documented in doc/man1/httpstatus.1, under
 * "Checking a response head"; keep the two in step.
 */
#ifndef HTTPSTATUS_TOOL_HEAD_H
#define HTTPSTATUS_TOOL_HEAD_H

#include <stddef.h>

/* The longest line of a head, in bytes without its line end; a longer one is refused. */
#define HEAD_LINE_MAX 8192
/* The most bytes httpstatus --check reads; a longer input is refused, not cut. */
#define HEAD_INPUT_MAX (1024 * 1024)
/* Room for the longest error message, its quoted byte or text included. */
#define HEAD_MESSAGE_MAX 160

/* One head, as head_next() read it. */
struct head {
	int version;     /* 10 (HTTP/1.0), 11 (HTTP/1.1), 20 (HTTP/2), 30 (HTTP/3) */
	int code;        /* the three digits of the status line, 0..999: not checked against any registry */
	size_t line;     /* the line number of its status line, counted from 1 over the whole input */
	size_t fields;   /* its field lines (a continuation line is part of the field line before it) */
	int has_content; /* bytes follow its empty line, and they are not another head */
};

/* Where a head was refused: the line (from 1; the line after the last one for an empty input)
 * and a one-line message for a person (printable ASCII only). */
struct head_error {
	size_t line;
	char message[HEAD_MESSAGE_MAX];
};

/* Where reading an input stands; head_reader_init() sets it up.  DATA is not copied. */
struct head_reader {
	const char *data;
	size_t size;
	size_t pos;  /* the first byte not read yet */
	size_t line; /* the number of the line at POS */
	int done;    /* no more heads: the end of the input, content, or an error */
};

void head_reader_init(struct head_reader *r, const char *data, size_t size);

/*
 * Reads the next head into H and its field names into NAMES (CAP bytes):
 * each name as it was sent, followed by "\n", *NAMES_LEN bytes in all, no
 * terminating NUL (the form httpstatus_check_count() takes).  A NAMES of as
 * many bytes as the input always has room.  Returns 1 for a head, 0 when
 * there is none left, -1 when the input is not a head there, with E filled
 * in (no head is read after an error).
 *
 * The head ends at its empty line, or at the end of the input.  What follows
 * is another head when the head was interim (1xx) or the bytes start with
 * "HTTP/"; anything else is the head's content, which is not read.
 */
int head_next(struct head_reader *r, struct head *h, char *names, size_t cap, size_t *names_len,
	      struct head_error *e);

#endif
