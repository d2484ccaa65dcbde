/* SPDX-License-Identifier: MIT */
/*
 * Perfect-hash lookups.  The hash reads at most the first and last eight bytes
 * of a key, so its cost does not grow with the key; gen/gen-tables.py computes
 * the same function to place the keys, which is why the word loads below are
 * defined as little-endian on every host.
 */
#include <string.h>

#include "lookup.h"
#include "tables.h"

#define HS_FOLD UINT64_C(0x2020202020202020)
#define HS_GOLDEN UINT64_C(0x9E3779B97F4A7C15)

/* The N <= 8 bytes at P as a little-endian number. */
static inline uint64_t load_le(const unsigned char *p, size_t n)
{
	uint64_t w = 0;

	if (n == 8) {
		memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);
#endif
		return w;
	}
	for (size_t i = 0; i < n; i++)
		w |= (uint64_t)p[i] << (8 * i);
	return w;
}

static inline unsigned hash(const unsigned char *p, size_t n, uint64_t mult, unsigned bits, int fold_case)
{
	size_t k = n < 8 ? n : 8;
	uint64_t fold = fold_case ? HS_FOLD : 0;
	uint64_t a = load_le(p, k) | fold;
	uint64_t b = load_le(p + n - k, k) | fold;
	uint64_t h = a ^ ((b << 23) | (b >> 41)) ^ ((uint64_t)n * HS_GOLDEN);

	return (unsigned)((h * mult) >> (64 - bits));
}

static inline unsigned char ascii_lower(unsigned char c)
{
	return (unsigned char)(c | ((unsigned)(c - 'A') < 26u) << 5);
}

static int equal_ignoring_case(const unsigned char *a, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_lower(a[i]) != ascii_lower(b[i]))
			return 0;
	return 1;
}

const struct hs_key *hs_find(const uint8_t *slots, const struct hs_key *keys, uint64_t mult, unsigned bits,
			     size_t maxlen, const char *text, size_t len, int fold_case, int exact)
{
	const unsigned char *p = (const unsigned char *)text;
	const unsigned char *key;
	const struct hs_key *k;
	unsigned slot;

	if (p == NULL)
		return NULL;
	if (len == HTTPSTATUS_NUL_TERMINATED) {
		const void *nul = memchr(p, '\0', maxlen + 1);

		if (nul == NULL)
			return NULL;
		len = (size_t)((const unsigned char *)nul - p);
	}
	if (len == 0 || len > maxlen)
		return NULL;

	slot = slots[hash(p, len, mult, bits, fold_case)];
	if (slot == 0)
		return NULL;
	k = &keys[slot - 1];
	if (k->len != len)
		return NULL;
	key = (const unsigned char *)hs_pool + k->text;
	if (exact || !fold_case)
		return memcmp(key, p, len) == 0 ? k : NULL;
	return equal_ignoring_case(key, p, len) ? k : NULL;
}
