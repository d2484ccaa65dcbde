/* SPDX-License-Identifier: MIT */
/*
 * The fair physical limit for a lookup by code (bench/libhsarray.so): one
 * array read in a shared library, reached through the PLT like every call into
 * libhttpstatus.  The benchmark fills the array with the library's own records,
 * so the baseline and the library give the same answer for every input.
 */
#ifndef HS_BENCH_SHARED_ARRAY_H
#define HS_BENCH_SHARED_ARRAY_H

#if defined(__GNUC__)
#define HS_BENCH_EXPORT __attribute__((visibility("default")))
#else
#define HS_BENCH_EXPORT
#endif

/* Stores RECORD as the answer for CODE (100..599). */
HS_BENCH_EXPORT void hs_bench_array_set(int code, const void *record);

/* The answer stored for CODE (100..599): the one-line read the benchmark times. */
HS_BENCH_EXPORT const void *hs_bench_array_read(int code);

#endif
