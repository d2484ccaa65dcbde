/* SPDX-License-Identifier: MIT */
/* The shared-library array read the benchmark compares httpstatus_status_from_code with. */
#include "shared-array.h"

static const void *by_code[500]; /* indexed by code - 100 */

void hs_bench_array_set(int code, const void *record)
{
	by_code[code - 100] = record;
}

const void *hs_bench_array_read(int code)
{
	return by_code[code - 100];
}
