/* SPDX-License-Identifier: MIT */
/* Finding a key of one of the generated perfect hashes. */
#ifndef HTTPSTATUS_LOOKUP_H
#define HTTPSTATUS_LOOKUP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "tables.h"

/*
 * The key of a generated perfect hash equal to TEXT[0..LEN) (LEN may be
 * HTTPSTATUS_NUL_TERMINATED), or NULL.  TABLE names the generated HS_<TABLE>_*
 * parameters.  FOLD_CASE hashes and compares ignoring ASCII case; EXACT then
 * still insists on the exact bytes.  hs_find() is static inline and the
 * parameters are constants at every use, so each lookup gets its own copy of
 * the code with its table's constants folded in, and no table of pointers exists.
 *
 * The hash reads at most the first and last eight bytes of a key, so its cost
 * does not grow with the key; gen/gen-tables.py computes the same function to
 * place the keys, which is why the word loads below are little-endian on every
 * host.  The key is read and compared a word at a time, never byte by byte.
 */
#define HS_FIND(TABLE, text, len, fold_case, exact)                                                     \
	hs_find(httpstatus__slots + HS_##TABLE##_SLOTS, httpstatus__keys + HS_##TABLE##_KEYS, HS_##TABLE##_MULT, \
		HS_##TABLE##_BITS, HS_##TABLE##_MAXLEN, text, len, fold_case, exact)

#define HS_FOLD UINT64_C(0x2020202020202020)
#define HS_GOLDEN UINT64_C(0x9E3779B97F4A7C15)
#define HS_ONES UINT64_C(0x0101010101010101)
#define HS_HIGH UINT64_C(0x8080808080808080)

/* The SIZE (4 or 8, a constant) bytes at P as a little-endian number, whatever the host's byte order. */
static inline uint64_t load_word(const unsigned char *p, size_t size)
{
	uint64_t w = 0;

	memcpy(&w, p, size);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w); /* the bytes sit at the top: swapping brings them down in order */
#endif
	return w;
}

/*
 * The 1 <= N <= 8 bytes at P as a little-endian number, without a loop over the
 * bytes: overlapping loads that never read outside P[0..N).
 */
static inline uint64_t load_le(const unsigned char *p, size_t n)
{
	if (n >= 8)
		return load_word(p, 8);
	if (n >= 4)
		return load_word(p, 4) | load_word(p + n - 4, 4) << (8 * (n - 4));
	return (uint64_t)p[0] | (uint64_t)p[n >> 1] << (8 * (n >> 1)) | (uint64_t)p[n - 1] << (8 * (n - 1));
}

/* ASCII lower case of eight bytes at once; bytes outside A..Z are unchanged. */
static inline uint64_t lower8(uint64_t w)
{
	uint64_t low7 = w & ~HS_HIGH;
	uint64_t upper = (low7 + 0x3F * HS_ONES) & ~(low7 + 0x25 * HS_ONES) & ~w & HS_HIGH;

	return w | upper >> 2;
}

static inline uint64_t fold_if(uint64_t w, int fold)
{
	return fold ? lower8(w) : w;
}

/* Whether KEY and P, both N bytes, are equal (ignoring ASCII case if FOLD); A and B are P's end words. */
static inline int same_text(const unsigned char *key, const unsigned char *p, size_t n, uint64_t a, uint64_t b,
			    int fold)
{
	size_t k = n < 8 ? n : 8;

	if ((fold_if(load_le(key, k), fold) ^ fold_if(a, fold)) |
	    (fold_if(load_le(key + n - k, k), fold) ^ fold_if(b, fold)))
		return 0;
	for (size_t i = 8; i + 8 < n; i += 8)
		if (fold_if(load_word(key + i, 8), fold) != fold_if(load_word(p + i, 8), fold))
			return 0;
	return 1;
}

static inline const struct hs_key *hs_find(const uint8_t *slots, const struct hs_key *keys, uint64_t mult,
					  unsigned bits, size_t maxlen, const char *text, size_t len, int fold_case,
					  int exact)
{
	const unsigned char *p = (const unsigned char *)text;
	const struct hs_key *k;
	uint64_t a, b, fold, h;
	unsigned slot;

	if (p == NULL)
		return NULL;
	if (len == HTTPSTATUS_NUL_TERMINATED) {
		/* memchr stops at the first NUL (C11 7.24.5.1): never reads past the string or maxlen + 1. */
		const void *nul = memchr(p, '\0', maxlen + 1);

		if (nul == NULL)
			return NULL;
		len = (size_t)((const unsigned char *)nul - p);
	}
	if (len == 0 || len > maxlen)
		return NULL;

	if (len >= 8) {
		a = load_word(p, 8);
		b = load_word(p + len - 8, 8);
	} else {
		a = b = load_le(p, len);
	}
	fold = fold_case ? HS_FOLD : 0;
	h = (a | fold) ^ (((b | fold) << 23) | ((b | fold) >> 41)) ^ ((uint64_t)len * HS_GOLDEN);
	slot = slots[(h * mult) >> (64 - bits)];
	if (slot == 0)
		return NULL;
	k = &keys[slot - 1];
	if (k->len != len)
		return NULL;
	return same_text((const unsigned char *)httpstatus__pool + k->text, p, len, a, b, fold_case && !exact) ? k : NULL;
}

#endif
