/* SPDX-License-Identifier: MIT */
/*
 * httpstatus_format_status_line() with random codes and buffer sizes.  Input:
 * a 32-bit code, a 16-bit buffer size, a mode byte (bit 0: fold the code into
 * 100..599, bit 1: NULL buffer, bit 2: sizes 0..1023 instead of 0..127; every
 * size past the longest line behaves alike).  The buffer is a heap block of exactly SIZE bytes followed by guard
 * bytes, so a write past SIZE is caught with or without ASan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

#define GUARD 16
#define FILL 0xA5

/* The line the library must produce, built independently. */
static size_t expected_line(int code, char *out, size_t cap)
{
	const httpstatus_status *s = httpstatus_status_from_code(code);
	int n = snprintf(out, cap, "HTTP/1.1 %d %s", code, httpstatus_status_phrase(s));

	FUZZ_CHECK(n > 0 && (size_t)n < cap);
	return (size_t)n;
}

static int untouched(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != FILL)
			return 0;
	return 1;
}

static void check_line(int code, size_t size, int null_buffer)
{
	unsigned char *block = malloc(size + GUARD);
	char *buf = null_buffer ? NULL : (char *)block;
	char want[300];
	size_t want_len;
	int got;

	FUZZ_CHECK(block != NULL);
	memset(block, FILL, size + GUARD);
	got = httpstatus_format_status_line(code, buf, size);
	if (code < 100 || code > 599 || (buf == NULL && size > 0)) {
		FUZZ_CHECK(got == -1);
		FUZZ_CHECK(untouched(block, size + GUARD));
		free(block);
		return;
	}
	want_len = expected_line(code, want, sizeof(want));
	/* snprintf contract: the full length, whatever the size. */
	FUZZ_CHECK(got >= 0 && (size_t)got == want_len);
	FUZZ_CHECK(untouched(block + size, GUARD));
	if (buf != NULL && size > 0) {
		size_t kept = want_len < size - 1 ? want_len : size - 1;

		FUZZ_CHECK(memcmp(buf, want, kept) == 0);
		FUZZ_CHECK(buf[kept] == '\0');
	} else {
		FUZZ_CHECK(untouched(block, size + GUARD));
	}
	free(block);
}

FUZZ_TARGET(status_line)
{
	size_t pos = 0;
	uint32_t raw = (uint32_t)fuzz_take(data, size, &pos, 4);
	size_t buf_size = (size_t)fuzz_take(data, size, &pos, 2);
	unsigned mode = (unsigned)fuzz_take(data, size, &pos, 1);
	int code = (int)(int32_t)raw;

	if (mode & 1u)
		code = (int)(100 + raw % 500);
	buf_size &= (mode & 4u) ? 0x3ffu : 0x7fu;
	check_line(code, buf_size, (mode & 2u) != 0);
	/* The same code with a NULL buffer and size 0 measures the line. */
	check_line(code, 0, 1);
	return 0;
}
