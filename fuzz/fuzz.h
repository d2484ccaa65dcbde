/* SPDX-License-Identifier: MIT */
/*
 * What every fuzz target shares.  A target is written once with FUZZ_TARGET();
 * built with --enable-fuzzing it is a libFuzzer entry point, built for the
 * replay program (HS_FUZZ_REPLAY) it is a plain function that the replay
 * program calls for every corpus file.  A broken invariant is a finding: it
 * prints what failed and aborts, exactly like a sanitizer report.
 */
#ifndef HS_FUZZ_H
#define HS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "httpstatus.h"

/*
 * In the replay program each FUZZ_TARGET() also puts one entry into the
 * linker section hs_fuzz_targets, which replay.c walks from __start_ to
 * __stop_: the targets register themselves, so the only list of them is the
 * one in fuzz/Makemodule.am that decides which files are linked.
 */
#ifdef HS_FUZZ_REPLAY
struct fuzz_target {
	const char *name;
	int (*run)(const uint8_t *data, size_t size);
};

#define FUZZ_TARGET(name)                                                                       \
	static int hs_fuzz_##name(const uint8_t *data, size_t size);                             \
	static const struct fuzz_target hs_fuzz_entry_##name                                     \
		__attribute__((used, section("hs_fuzz_targets"), aligned(sizeof(void *)))) = {  \
			#name, hs_fuzz_##name                                                    \
		};                                                                               \
	static int hs_fuzz_##name(const uint8_t *data, size_t size)
#else
#define FUZZ_TARGET(name) int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#endif

#if defined(__GNUC__)
__attribute__((noreturn))
#endif
void fuzz_fail(const char *file, int line, const char *what);

/* The replay program names the corpus file being run here, for the report of a finding. */
extern const char *fuzz_current_input;

#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
			fuzz_fail(__FILE__, __LINE__, #cond); \
	} while (0)

/* Which keys a text lookup searches. */
enum fuzz_keys {
	FUZZ_KEYS_NAME,   /* status names and older names */
	FUZZ_KEYS_PHRASE, /* reason phrases and older phrases */
	FUZZ_KEYS_METHOD  /* method tokens */
};

typedef const void *(*fuzz_lookup_fn)(const char *text, size_t len);

/*
 * Runs LOOKUP on DATA[0..SIZE) every way a caller may pass text (exact-size
 * buffer with a length, NUL-terminated, NULL, a buffer of just the bytes the
 * library may read) and checks each answer against a linear search of the
 * public iteration API: a found record really has that key, modulo ASCII case
 * when FOLD_CASE; a NULL answer means no record has it.
 */
void fuzz_check_lookup(fuzz_lookup_fn lookup, enum fuzz_keys keys, int fold_case,
		       const uint8_t *data, size_t size);

/* The length of the longest key of KEYS: a NUL-terminated lookup reads at most one byte more. */
size_t fuzz_longest_key(enum fuzz_keys keys);

/* The record whose keys include TEXT[0..LEN) (ignoring ASCII case when FOLD_CASE), or NULL. */
const void *fuzz_oracle_find(enum fuzz_keys keys, int fold_case, const char *text, size_t len);

/* A little-endian integer of up to 8 bytes from DATA[*pos..), advancing *POS; missing bytes are 0. */
uint64_t fuzz_take(const uint8_t *data, size_t size, size_t *pos, size_t bytes);

#endif
