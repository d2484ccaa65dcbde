/* SPDX-License-Identifier: MIT */
/*
 * The reference answers the fuzz targets compare the library with: plain
 * linear searches over the public iteration API (httpstatus_status_at,
 * httpstatus_alias_*, httpstatus_method_at), slow and obviously right.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

const char *fuzz_current_input = NULL;

void fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "FUZZ FINDING at %s:%d: %s\n", file, line, what);
	if (fuzz_current_input != NULL)
		fprintf(stderr, "  input: %s\n", fuzz_current_input);
	fflush(stderr);
	abort();
}

uint64_t fuzz_take(const uint8_t *data, size_t size, size_t *pos, size_t bytes)
{
	uint64_t v = 0;

	for (size_t i = 0; i < bytes && *pos < size; i++, (*pos)++)
		v |= (uint64_t)data[*pos] << (8 * i);
	return v;
}

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Does the NUL-terminated KEY equal TEXT[0..LEN), ignoring ASCII case when FOLD_CASE? */
static int key_equals(const char *key, const char *text, size_t len, int fold_case)
{
	if (strlen(key) != len)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char a = (unsigned char)key[i], b = (unsigned char)text[i];

		if (fold_case ? fold(a) != fold(b) : a != b)
			return 0;
	}
	return 1;
}

static int alias_kind_of(enum fuzz_keys keys)
{
	return keys == FUZZ_KEYS_NAME ? HTTPSTATUS_ALIAS_NAME : HTTPSTATUS_ALIAS_PHRASE;
}

/* Is TEXT one of the keys of the status or method RECORD? */
static int record_has_key(enum fuzz_keys keys, const void *record, int fold_case, const char *text, size_t len)
{
	const httpstatus_status *status = record;

	if (keys == FUZZ_KEYS_METHOD)
		return key_equals(httpstatus_method_name(record), text, len, fold_case);
	if (key_equals(keys == FUZZ_KEYS_NAME ? httpstatus_status_name(status) : httpstatus_status_phrase(status),
		       text, len, fold_case))
		return 1;
	for (size_t i = 0; i < httpstatus_alias_count(); i++)
		if (httpstatus_alias_kind(i) == alias_kind_of(keys) && httpstatus_alias_status(i) == status &&
		    key_equals(httpstatus_alias_text(i), text, len, fold_case))
			return 1;
	return 0;
}

static const void *record_at(enum fuzz_keys keys, size_t i)
{
	return keys == FUZZ_KEYS_METHOD ? (const void *)httpstatus_method_at(i)
					: (const void *)httpstatus_status_at(i);
}

const void *fuzz_oracle_find(enum fuzz_keys keys, int fold_case, const char *text, size_t len)
{
	const void *record;

	for (size_t i = 0; (record = record_at(keys, i)) != NULL; i++) {
		const char *key = keys == FUZZ_KEYS_METHOD ? httpstatus_method_name(record)
			: keys == FUZZ_KEYS_NAME ? httpstatus_status_name(record)
						 : httpstatus_status_phrase(record);

		if (key_equals(key, text, len, fold_case))
			return record;
	}
	if (keys != FUZZ_KEYS_METHOD)
		for (size_t i = 0; i < httpstatus_alias_count(); i++)
			if (httpstatus_alias_kind(i) == alias_kind_of(keys) &&
			    key_equals(httpstatus_alias_text(i), text, len, fold_case))
				return httpstatus_alias_status(i);
	return NULL;
}

static size_t longer(size_t a, const char *key)
{
	size_t n = strlen(key);

	return n > a ? n : a;
}

size_t fuzz_longest_key(enum fuzz_keys keys)
{
	size_t longest = 0;
	const void *record;

	for (size_t i = 0; (record = record_at(keys, i)) != NULL; i++) {
		if (keys == FUZZ_KEYS_METHOD)
			longest = longer(longest, httpstatus_method_name(record));
		else if (keys == FUZZ_KEYS_NAME)
			longest = longer(longest, httpstatus_status_name(record));
		else
			longest = longer(longest, httpstatus_status_phrase(record));
	}
	if (keys != FUZZ_KEYS_METHOD)
		for (size_t i = 0; i < httpstatus_alias_count(); i++)
			if (httpstatus_alias_kind(i) == alias_kind_of(keys))
				longest = longer(longest, httpstatus_alias_text(i));
	return longest;
}

/* Is RECORD one of the library's own records (not a pointer into anything else)? */
static int is_real_record(enum fuzz_keys keys, const void *record)
{
	if (keys != FUZZ_KEYS_METHOD)
		return httpstatus_status_from_code(httpstatus_status_code(record)) == record;
	for (size_t i = 0; i < httpstatus_method_count(); i++)
		if (httpstatus_method_at(i) == record)
			return 1;
	return 0;
}

/* The answer FOUND for TEXT[0..LEN) is right. */
static void verify(enum fuzz_keys keys, int fold_case, const void *found, const char *text, size_t len)
{
	const void *expected = fuzz_oracle_find(keys, fold_case, text, len);

	if (found == NULL) {
		FUZZ_CHECK(expected == NULL);
		return;
	}
	FUZZ_CHECK(is_real_record(keys, found));
	FUZZ_CHECK(record_has_key(keys, found, fold_case, text, len));
	/* Keys are unique, so an exact lookup has exactly one right answer. */
	if (!fold_case)
		FUZZ_CHECK(found == expected);
}

void fuzz_check_lookup(fuzz_lookup_fn lookup, enum fuzz_keys keys, int fold_case, const uint8_t *data, size_t size)
{
	static size_t longest_of[3];
	size_t longest;
	char *exact = malloc(size > 0 ? size : 1);
	char *terminated = malloc(size + 1);
	const void *by_length, *by_nul;
	size_t len;

	FUZZ_CHECK(exact != NULL && terminated != NULL);
	if (longest_of[keys] == 0)
		longest_of[keys] = fuzz_longest_key(keys);
	longest = longest_of[keys];
	if (size > 0)
		memcpy(exact, data, size);
	/* An exact-size heap copy: reading past it is an out-of-bounds read ASan reports. */
	by_length = lookup(exact, size);
	verify(keys, fold_case, by_length, exact, size);
	/* A text longer than every key is never searched, whatever length is claimed. */
	FUZZ_CHECK(lookup(exact, (size_t)-2) == NULL);
	FUZZ_CHECK(lookup(NULL, size) == NULL);
	FUZZ_CHECK(lookup(NULL, HTTPSTATUS_NUL_TERMINATED) == NULL);

	if (size > 0)
		memcpy(terminated, data, size);
	terminated[size] = '\0';
	by_nul = lookup(terminated, HTTPSTATUS_NUL_TERMINATED);
	len = strlen(terminated);
	verify(keys, fold_case, by_nul, terminated, len);
	if (len == size)
		FUZZ_CHECK(by_nul == by_length);

	/*
	 * The header promises that a NUL-terminated lookup reads at most one byte
	 * past the longest key: give it exactly that many bytes and no NUL.
	 */
	if (size > longest && memchr(data, '\0', longest + 1) == NULL) {
		char *bounded = malloc(longest + 1);

		FUZZ_CHECK(bounded != NULL);
		memcpy(bounded, data, longest + 1);
		FUZZ_CHECK(lookup(bounded, HTTPSTATUS_NUL_TERMINATED) == NULL);
		free(bounded);
	}
	free(terminated);
	free(exact);
}
