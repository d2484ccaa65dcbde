/* SPDX-License-Identifier: MIT */
/* Finding a key of one of the generated perfect hashes. */
#ifndef HTTPSTATUS_LOOKUP_H
#define HTTPSTATUS_LOOKUP_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/*
 * The key of a generated perfect hash equal to TEXT[0..LEN) (LEN may be
 * HTTPSTATUS_NUL_TERMINATED), or NULL.  TABLE names the generated HS_<TABLE>_*
 * parameters.  FOLD_CASE hashes and compares ignoring ASCII case; EXACT then
 * still insists on the exact bytes.  A macro, so that every table's constants
 * are folded into its own copy of the code and no table of pointers exists.
 */
#define HS_FIND(TABLE, slots, keys, text, len, fold_case, exact) \
	hs_find(slots, keys, HS_##TABLE##_MULT, HS_##TABLE##_BITS, HS_##TABLE##_MAXLEN, text, len, fold_case, exact)

#if defined(__GNUC__)
__attribute__((visibility("hidden")))
#endif
const struct hs_key *hs_find(const uint8_t *slots, const struct hs_key *keys, uint64_t mult, unsigned bits,
			     size_t maxlen, const char *text, size_t len, int fold_case, int exact);

#endif
