/* SPDX-License-Identifier: MIT */
/*
 * httpstatus --check: reading HTTP response heads (head.h).  Only the field
 * names, the status code, the version and whether content follows are kept;
 * field values are skipped, so a value's bytes never make a head malformed
 * (apart from a NUL, which no line may hold).
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "head.h"

/* One line of the input, without its line end. */
struct line {
	const char *text;
	size_t len;
	size_t number;
};

/*
 * RFC 9110, Section 5.6.2: 'tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*"
 * / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA'.
 */
static int is_tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int fail(struct head_reader *r, struct head_error *e, size_t line, const char *message)
{
	e->line = line;
	snprintf(e->message, sizeof(e->message), "%s", message);
	r->done = 1;
	return -1;
}

/* A message that names the byte C ("\x20" for a space, which a reader would not see). */
static int fail_byte(struct head_reader *r, struct head_error *e, size_t line, const char *what,
		     unsigned char c)
{
	char message[HEAD_MESSAGE_MAX];

	if (c > 0x20 && c < 0x7f && c != '\\' && c != '"')
		snprintf(message, sizeof(message), "%s '%c'", what, c);
	else
		snprintf(message, sizeof(message), "%s \\x%02x", what, c);
	return fail(r, e, line, message);
}

/*
 * Takes the next line of R into L: up to a LF, or to the end of the input.
 * RFC 9112, Section 2.2: "a recipient MAY recognize a single LF as a line
 * terminator and ignore any preceding CR", so a CR before the LF is dropped.
 * Returns 1, 0 at the end of the input, -1 (E filled in) for a line that is
 * too long or holds a NUL.
 */
static int next_line(struct head_reader *r, struct line *l, struct head_error *e)
{
	const char *start = r->data + r->pos;
	size_t rest = r->size - r->pos;
	const char *lf = memchr(start, '\n', rest);
	size_t len = lf != NULL ? (size_t)(lf - start) : rest;
	char message[HEAD_MESSAGE_MAX];

	if (rest == 0)
		return 0;
	l->text = start;
	l->number = r->line++;
	r->pos += len + (lf != NULL);
	if (len > 0 && start[len - 1] == '\r')
		len--;
	l->len = len;
	if (len > HEAD_LINE_MAX) {
		snprintf(message, sizeof(message), "the line is longer than %d bytes", HEAD_LINE_MAX);
		return fail(r, e, l->number, message);
	}
	if (memchr(start, '\0', len) != NULL)
		return fail(r, e, l->number, "the line holds a NUL byte");
	return 1;
}

/*
 * RFC 9112, Section 4: "status-line = HTTP-version SP status-code SP [
 * reason-phrase ]", "HTTP-version = HTTP-name "/" DIGIT "." DIGIT",
 * "status-code = 3DIGIT", "reason-phrase = 1*( HTAB / SP / VCHAR / obs-text
 * )".  HTTP/2 and HTTP/3 responses have no status line; curl writes one of
 * "HTTP/2 " or "HTTP/3 ", the code and " \r\n" for them:
 * curl/curl@curl-8_21_0:lib/http2.c:1522: "result =
 * curlx_dyn_addn(&ctx->scratch, STRCONST("HTTP/2 "));", lib/http2.c:1526:
 * "result = curlx_dyn_addn(&ctx->scratch, STRCONST(" \r\n"));",
 * lib/vquic/cf-ngtcp2.c:313: "result = curlx_dyn_addn(&ctx->scratch,
 * STRCONST("HTTP/3 "));".  The SP after the code may be missing (judgement:
 * with no reason phrase, the line says the same either way, and no rule
 * checked here is about it).
 */
static int parse_status_line(struct head_reader *r, const struct line *l, struct head *h,
			     struct head_error *e)
{
	static const struct {
		const char *text;
		int version;
	} versions[] = { { "HTTP/1.1 ", 11 }, { "HTTP/1.0 ", 10 }, { "HTTP/2 ", 20 }, { "HTTP/3 ", 30 } };
	const unsigned char *p = (const unsigned char *)l->text;
	size_t v, i, n = 0;

	if (l->len == 0)
		return fail(r, e, l->number, "an empty line where a status line should be");
	for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++) {
		n = strlen(versions[v].text);
		if (l->len >= n && memcmp(p, versions[v].text, n) == 0)
			break;
	}
	if (v == sizeof(versions) / sizeof(versions[0])) {
		for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++)
			if (l->len + 1 == strlen(versions[v].text) && memcmp(p, versions[v].text, l->len) == 0)
				return fail(r, e, l->number, "the status line has no three-digit status code after the version");
		if (l->len < 5 || memcmp(p, "HTTP/", 5) != 0)
			return fail(r, e, l->number, "not a status line: it does not start with \"HTTP/\"");
		return fail(r, e, l->number,
			    "not a status line of HTTP/1.0, HTTP/1.1, HTTP/2 or HTTP/3 (\"HTTP/1.1 200 OK\")");
	}
	if (l->len < n + 3 || !is_digit(p[n]) || !is_digit(p[n + 1]) || !is_digit(p[n + 2]) ||
	    (l->len > n + 3 && p[n + 3] != ' '))
		return fail(r, e, l->number, "the status line has no three-digit status code after the version");
	for (i = n + 4; i < l->len; i++)
		if ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7f)
			return fail_byte(r, e, l->number, "the reason phrase holds the control byte", p[i]);
	h->version = versions[v].version;
	h->code = (p[n] - '0') * 100 + (p[n + 1] - '0') * 10 + (p[n + 2] - '0');
	h->line = l->number;
	return 1;
}

/*
 * RFC 9112, Section 5: "field-line = field-name ":" OWS field-value OWS" and
 * "No whitespace is allowed between the field name and colon."  Appends the
 * name and "\n" to NAMES.
 */
static int parse_field_line(struct head_reader *r, const struct line *l, char *names, size_t cap,
			    size_t *names_len, struct head_error *e)
{
	const unsigned char *p = (const unsigned char *)l->text;
	const unsigned char *colon = memchr(p, ':', l->len);
	size_t i, len;

	if (colon == NULL)
		return fail(r, e, l->number, "a field line without a colon");
	len = (size_t)(colon - p);
	if (len == 0)
		return fail(r, e, l->number, "a field line with an empty field name");
	for (i = 0; i < len; i++) {
		if ((p[i] == ' ' || p[i] == '\t') && i == len - 1)
			return fail(r, e, l->number, "whitespace between the field name and the colon");
		if (!is_tchar(p[i]))
			return fail_byte(r, e, l->number, "the field name holds a byte that is not a token character:",
					 p[i]);
	}
	if (cap - *names_len < len + 1)
		return fail(r, e, l->number, "no room left for the field names");
	memcpy(names + *names_len, p, len);
	*names_len += len;
	names[(*names_len)++] = '\n';
	return 1;
}

void head_reader_init(struct head_reader *r, const char *data, size_t size)
{
	r->data = data;
	r->size = data != NULL ? size : 0;
	r->pos = 0;
	r->line = 1;
	r->done = 0;
}

int head_next(struct head_reader *r, struct head *h, char *names, size_t cap, size_t *names_len,
	      struct head_error *e)
{
	struct line l;
	int rc;

	memset(h, 0, sizeof(*h));
	*names_len = 0;
	if (r->done)
		return 0;
	rc = next_line(r, &l, e);
	if (rc == 0 && r->line == 1)
		return fail(r, e, 1, "the input is empty: no status line");
	if (rc <= 0) {
		r->done = 1;
		return rc;
	}
	if (parse_status_line(r, &l, h, e) < 0)
		return -1;
	/*
	 * Field lines up to the empty line, RFC 9112, Section 2.1: "zero or more header field lines
	 * (collectively referred to as the "headers" or the "header section"), an empty line indicating
	 * the end of the header section", or to the end of the input (judgement: a head cut before its
	 * empty line still has all its field names, and a head typed by hand often ends there).
	 */
	while ((rc = next_line(r, &l, e)) > 0 && l.len > 0) {
		/*
		 * RFC 9112, Section 5.2: "A user agent that receives an obs-fold in a response message ...
		 * MUST replace each received obs-fold with one or more SP octets prior to interpreting the
		 * field value": a continuation of the field line before it.  Section 2.2: "A recipient that
		 * receives whitespace between the start-line and the first header field MUST either reject
		 * the message as invalid or consume each whitespace-preceded line": refused.
		 */
		if (l.text[0] == ' ' || l.text[0] == '\t') {
			if (h->fields == 0)
				return fail(r, e, l.number, "a line that starts with whitespace right after the status line");
			continue;
		}
		if (parse_field_line(r, &l, names, cap, names_len, e) < 0)
			return -1;
		h->fields++;
	}
	if (rc < 0)
		return -1;
	/* RFC 9110, Section 15.2: a 1xx response "cannot contain content or trailers": a head follows. */
	if (r->pos < r->size && !(h->code >= 100 && h->code <= 199) &&
	    (r->size - r->pos < 5 || memcmp(r->data + r->pos, "HTTP/", 5) != 0)) {
		h->has_content = 1;
		r->pos = r->size;
	}
	if (r->pos == r->size)
		r->done = 1;
	return 1;
}
