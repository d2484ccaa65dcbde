/* SPDX-License-Identifier: MIT */
/* The load-time baseline: a shared library with one function and almost nothing else. */
#if defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int hs_trivial_answer(int x);

int hs_trivial_answer(int x)
{
	return x + 1;
}
