/* SPDX-License-Identifier: MIT */
/* Reading the generated code index: the class and the record of an integer code. */
#ifndef HTTPSTATUS_CODE_H
#define HTTPSTATUS_CODE_H

#include <stddef.h>

#include "tables.h"

/* The class of any integer: its first digit within 100..599, else HTTPSTATUS_CLASS_NONE. */
static inline int hs_class_of(int code)
{
	return code >= 100 && code <= 599 ? code / 100 : HTTPSTATUS_CLASS_NONE;
}

/* The record of CODE, or NULL: one bounds check and one table read. */
static inline const struct httpstatus_status *hs_status_by_code(int code)
{
	unsigned slot;

	if (code < 100 || code > 599)
		return NULL;
	slot = httpstatus__code_index[code - 100];
	return slot != 0 ? &httpstatus__statuses[slot - 1] : NULL;
}

/* The unofficial record of CODE, or NULL: a binary search, the unofficial records being in code order
 * after the registered ones. */
static inline const struct httpstatus_status *hs_unofficial_by_code(int code)
{
	const struct httpstatus_status *unofficial = httpstatus__statuses + HS_STATUS_COUNT;
	size_t low = 0, high = HS_UNOFFICIAL_COUNT;

	while (low < high) {
		size_t mid = low + (high - low) / 2;

		if (unofficial[mid].code < code)
			low = mid + 1;
		else if (unofficial[mid].code > code)
			high = mid;
		else
			return &unofficial[mid];
	}
	return NULL;
}

#endif
