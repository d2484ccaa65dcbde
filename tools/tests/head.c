/* SPDX-License-Identifier: MIT */
/*
 * The head reader of httpstatus --check (tools/head.c) on its own: each input
 * below is read head by head and what was read is written as one line, which
 * must equal the expected one.  A head is written as
 * "VERSION CODE @LINE [NAME,NAME] content|-" and heads are joined by " / ";
 * an error as "error LINE: MESSAGE".  TAP, one line per input.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../head.h"

struct example {
	const char *what;
	const char *input;
	size_t size; /* 0: strlen(input) */
	const char *expect;
};

#define MAX_OUT 4096
/* An input that holds NUL bytes: the literal and its length. */
#define BYTES(s) s, sizeof(s) - 1

static const struct example examples[] = {
	/* ---- what curl -sI prints */
	{ "an HTTP/1.1 head, CRLF, as curl -sI prints it",
	  "HTTP/1.1 404 Not Found\r\nServer: nginx\r\nContent-Length: 153\r\n\r\n", 0,
	  "11 404 @1 [Server,Content-Length] -" },
	{ "HTTP/1.0", "HTTP/1.0 200 OK\r\nDate: Mon, 07 Dec 2026 10:00:00 GMT\r\n\r\n", 0, "10 200 @1 [Date] -" },
	{ "curl's HTTP/2 line: no reason phrase, a space before the line end",
	  "HTTP/2 200 \r\ncontent-type: text/html\r\n\r\n", 0, "20 200 @1 [content-type] -" },
	{ "curl's HTTP/3 line", "HTTP/3 304 \r\netag: \"x\"\r\n\r\n", 0, "30 304 @1 [etag] -" },
	{ "no space after the code", "HTTP/1.1 204\r\n\r\n", 0, "11 204 @1 [] -" },
	{ "an empty reason phrase after the space", "HTTP/1.1 204 \r\n\r\n", 0, "11 204 @1 [] -" },
	{ "bare LF line ends", "HTTP/1.1 200 OK\nA: 1\nB: 2\n\n", 0, "11 200 @1 [A,B] -" },
	{ "the head ends at the end of the input, with no empty line", "HTTP/1.1 200 OK\r\nA: 1", 0,
	  "11 200 @1 [A] -" },
	{ "a status line alone", "HTTP/1.1 200 OK", 0, "11 200 @1 [] -" },
	{ "every token character is a field name character",
	  "HTTP/1.1 200 OK\r\n!#$%&'*+-.^_`|~09azAZ: x\r\n\r\n", 0, "11 200 @1 [!#$%&'*+-.^_`|~09azAZ] -" },
	{ "names are kept as sent, repeated ones too", "HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nset-cookie: b\r\n\r\n",
	  0, "11 200 @1 [Set-Cookie,set-cookie] -" },
	{ "an empty value and no space after the colon", "HTTP/1.1 200 OK\r\nA:\r\nB:x\r\n\r\n", 0,
	  "11 200 @1 [A,B] -" },
	{ "a value's bytes are not judged: colons, controls, bytes past ASCII",
	  "HTTP/1.1 200 OK\r\nLocation: http://a:8/\x01\xff\r\n\r\n", 0, "11 200 @1 [Location] -" },
	{ "a reason phrase may hold HTAB and bytes past ASCII", "HTTP/1.1 200 O\tK \xc3\xa9\r\n\r\n", 0,
	  "11 200 @1 [] -" },
	/* ---- obsolete line folding (RFC 9112, Section 5.2) */
	{ "a continuation line (SP) belongs to the field before it",
	  "HTTP/1.1 200 OK\r\nX-Long: one\r\n two\r\nB: 1\r\n\r\n", 0, "11 200 @1 [X-Long,B] -" },
	{ "a continuation line (HTAB) that looks like a field is not one",
	  "HTTP/1.1 200 OK\r\nX: one\r\n\tContent-Length: 5\r\n\r\n", 0, "11 200 @1 [X] -" },
	/* ---- content */
	{ "bytes after the empty line are content", "HTTP/1.1 200 OK\r\nA: 1\r\n\r\nhello", 0,
	  "11 200 @1 [A] content" },
	{ "one CRLF after the empty line is content too", "HTTP/1.1 200 OK\r\n\r\n\r\n", 0, "11 200 @1 [] content" },
	{ "content is not read: NUL bytes and anything else", BYTES("HTTP/1.1 200 OK\r\n\r\n\0\0HTTP/1.1 x"),
	  "11 200 @1 [] content" },
	/* ---- several heads */
	{ "curl -sIL: a redirect's head, then the final one",
	  "HTTP/1.1 301 Moved Permanently\r\nLocation: /b\r\n\r\nHTTP/1.1 200 OK\r\nA: 1\r\n\r\n", 0,
	  "11 301 @1 [Location] - / 11 200 @4 [A] -" },
	{ "an interim 103, then the final head", "HTTP/1.1 103 Early Hints\nLink: </s>\n\nHTTP/1.1 200 OK\n\n", 0,
	  "11 103 @1 [Link] - / 11 200 @4 [] -" },
	{ "HTTP/2 to HTTP/1.1 across a redirect, content after the last head",
	  "HTTP/2 302 \r\nlocation: http://b/\r\n\r\nHTTP/1.1 200 OK\r\n\r\nbody", 0,
	  "20 302 @1 [location] - / 11 200 @4 [] content" },
	{ "after a 1xx head, what follows must be a head", "HTTP/1.1 100 Continue\r\n\r\nhello\r\n", 0,
	  "11 100 @1 [] - / error 3: not a status line: it does not start with \"HTTP/\"" },
	{ "the names of each head are its own",
	  "HTTP/1.1 301 x\r\nA: 1\r\nB: 2\r\n\r\nHTTP/1.1 200 OK\r\nC: 3\r\n\r\n", 0,
	  "11 301 @1 [A,B] - / 11 200 @5 [C] -" },
	/* ---- malformed: no status line, a bad status line */
	{ "an empty input", "", 0, "error 1: the input is empty: no status line" },
	{ "an empty first line", "\r\nHTTP/1.1 200 OK\r\n\r\n", 0,
	  "error 1: an empty line where a status line should be" },
	{ "a request line", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", 0,
	  "error 1: not a status line: it does not start with \"HTTP/\"" },
	{ "HTTP-name is case-sensitive", "http/1.1 200 OK\r\n\r\n", 0,
	  "error 1: not a status line: it does not start with \"HTTP/\"" },
	{ "HTTP/1.2 is no version the rules know", "HTTP/1.2 200 OK\r\n\r\n", 0,
	  "error 1: not a status line of HTTP/1.0, HTTP/1.1, HTTP/2 or HTTP/3 (\"HTTP/1.1 200 OK\")" },
	{ "HTTP/2.0 is not how curl writes HTTP/2", "HTTP/2.0 200\r\n\r\n", 0,
	  "error 1: not a status line of HTTP/1.0, HTTP/1.1, HTTP/2 or HTTP/3 (\"HTTP/1.1 200 OK\")" },
	{ "two spaces before the code", "HTTP/1.1  200 OK\r\n\r\n", 0,
	  "error 1: the status line has no three-digit status code after the version" },
	{ "a two-digit code", "HTTP/1.1 20 OK\r\n\r\n", 0,
	  "error 1: the status line has no three-digit status code after the version" },
	{ "a four-digit code", "HTTP/1.1 2000 OK\r\n\r\n", 0,
	  "error 1: the status line has no three-digit status code after the version" },
	{ "a version alone", "HTTP/2\r\n\r\n", 0,
	  "error 1: the status line has no three-digit status code after the version" },
	{ "a version and a space", "HTTP/1.1 \r\n\r\n", 0,
	  "error 1: the status line has no three-digit status code after the version" },
	{ "a control byte in the reason phrase", "HTTP/1.1 200 O\x1bK\r\n\r\n", 0,
	  "error 1: the reason phrase holds the control byte \\x1b" },
	{ "a bare CR in the reason phrase", "HTTP/1.1 200 O\rK\r\n\r\n", 0,
	  "error 1: the reason phrase holds the control byte \\x0d" },
	{ "a code the parser does not judge: 999", "HTTP/1.1 999 Odd\r\n\r\n", 0, "11 999 @1 [] -" },
	/* ---- malformed: field lines */
	{ "a field line without a colon", "HTTP/1.1 200 OK\r\nA: 1\r\nServer nginx\r\n\r\n", 0,
	  "error 3: a field line without a colon" },
	{ "an empty field name", "HTTP/1.1 200 OK\r\n: x\r\n\r\n", 0, "error 2: a field line with an empty field name" },
	{ "whitespace before the colon", "HTTP/1.1 200 OK\r\nServer : nginx\r\n\r\n", 0,
	  "error 2: whitespace between the field name and the colon" },
	{ "a space inside a field name", "HTTP/1.1 200 OK\r\nX Y: 1\r\n\r\n", 0,
	  "error 2: the field name holds a byte that is not a token character: \\x20" },
	{ "a separator in a field name", "HTTP/1.1 200 OK\r\nX(Y): 1\r\n\r\n", 0,
	  "error 2: the field name holds a byte that is not a token character: '('" },
	{ "a byte past ASCII in a field name", "HTTP/1.1 200 OK\r\nX\xc3\xa9: 1\r\n\r\n", 0,
	  "error 2: the field name holds a byte that is not a token character: \\xc3" },
	{ "a bare CR in a field name", "HTTP/1.1 200 OK\r\nX\rY: 1\r\n\r\n", 0,
	  "error 2: the field name holds a byte that is not a token character: \\x0d" },
	{ "a continuation line right after the status line", "HTTP/1.1 200 OK\r\n folded\r\nA: 1\r\n\r\n", 0,
	  "error 2: a line that starts with whitespace right after the status line" },
	{ "a NUL byte in a field line", BYTES("HTTP/1.1 200 OK\r\nA: x\0y\r\n\r\n"), "error 2: the line holds a NUL byte" },
	{ "a NUL byte in the status line", BYTES("HTTP/1.1 200 O\0K\r\n\r\n"), "error 1: the line holds a NUL byte" },
	{ "an error in a later head names its line",
	  "HTTP/1.1 301 x\r\nA: 1\r\n\r\nHTTP/1.1 200 OK\r\nB 2\r\n\r\n", 0,
	  "11 301 @1 [A] - / error 5: a field line without a colon" },
};

/* Appends to OUT (MAX_OUT bytes) what FORMAT says. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void put(char *out, const char *format, ...)
{
	size_t used = strlen(out);
	va_list ap;

	va_start(ap, format);
	vsnprintf(out + used, MAX_OUT - used, format, ap);
	va_end(ap);
}

/* Reads INPUT[0..SIZE) head by head, writing what was read into OUT. */
static void read_all(const char *input, size_t size, char *out)
{
	static char names[1 << 16];
	struct head_reader r;
	struct head h;
	struct head_error e;
	size_t len, i;
	int rc, first = 1;

	out[0] = '\0';
	head_reader_init(&r, input, size);
	while ((rc = head_next(&r, &h, names, sizeof(names), &len, &e)) != 0) {
		put(out, "%s", first ? "" : " / ");
		first = 0;
		if (rc < 0) {
			put(out, "error %zu: %s", e.line, e.message);
			break;
		}
		put(out, "%d %d @%zu [", h.version, h.code, h.line);
		for (i = 0; i < len; i++)
			if (names[i] != '\n')
				put(out, "%c", names[i]);
			else if (i + 1 < len)
				put(out, ",");
		put(out, "] %s", h.has_content ? "content" : "-");
	}
}

/* A name buffer too small for the names: an error, and nothing written past it. */
static int small_buffer(void)
{
	static const char input[] = "HTTP/1.1 200 OK\r\nServer: a\r\nDate: b\r\n\r\n";
	char names[12];
	struct head_reader r;
	struct head h;
	struct head_error e;
	size_t len;

	memset(names, 'x', sizeof(names));
	head_reader_init(&r, input, strlen(input));
	return head_next(&r, &h, names, 10, &len, &e) == -1 && e.line == 3 && names[10] == 'x' &&
	       names[11] == 'x' && memcmp(names, "Server\n", 7) == 0 && head_next(&r, &h, names, 10, &len, &e) == 0;
}

/* The limit on a line: HEAD_LINE_MAX bytes pass, one more is refused, a CR before the LF not counted. */
static int line_limit(void)
{
	static char input[HEAD_LINE_MAX + 64], out[MAX_OUT];
	size_t n = (size_t)sprintf(input, "HTTP/1.1 200 OK\r\nX: ");
	char want[MAX_OUT];

	memset(input + n, 'v', HEAD_LINE_MAX - 3);
	n += HEAD_LINE_MAX - 3;
	memcpy(input + n, "\r\n\r\n", 4);
	read_all(input, n + 4, out);
	if (strcmp(out, "11 200 @1 [X] -") != 0)
		return 0;
	input[n] = 'v';
	read_all(input, n + 4, out);
	snprintf(want, sizeof(want), "error 2: the line is longer than %d bytes", HEAD_LINE_MAX);
	return strcmp(out, want) == 0;
}

int main(void)
{
	size_t i, n = sizeof(examples) / sizeof(examples[0]);
	char out[MAX_OUT];
	int failed = 0;

	printf("1..%zu\n", n + 2);
	for (i = 0; i < n; i++) {
		const struct example *x = &examples[i];
		int ok;

		read_all(x->input, x->size != 0 ? x->size : strlen(x->input), out);
		ok = strcmp(out, x->expect) == 0;
		printf("%sok %zu - %s\n", ok ? "" : "not ", i + 1, x->what);
		if (!ok)
			printf("# got:    %s\n# wanted: %s\n", out, x->expect);
		failed |= !ok;
	}
	printf("%sok %zu - a name buffer that is too small: an error, nothing written past it\n",
	       small_buffer() ? "" : (failed = 1, "not "), n + 1);
	printf("%sok %zu - a line of %d bytes is read, one of %d is refused\n", line_limit() ? "" : (failed = 1, "not "),
	       n + 2, HEAD_LINE_MAX, HEAD_LINE_MAX + 1);
	return failed;
}
