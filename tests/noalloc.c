/* SPDX-License-Identifier: MIT */
/*
 * No heap allocation anywhere in the library: this program replaces malloc and
 * its relatives with counting versions (a definition in the executable
 * interposes on every shared library's calls, libc's own included), loads the
 * library under test (LIBHTTPSTATUS_PATH, or the SONAME) with dlopen(), and
 * calls every exported function with many inputs while counting.
 *
 * It first proves that the counter works: an allocation made inside another
 * shared library (libc's strdup) while counting must be seen.
 *
 * Output: one line per check, "PASS text" or "FAIL text" (tests/noalloc.sh turns
 * them into TAP), or "SKIP reason".  With --list it prints the name of every
 * function it calls, one per line, so the script can compare them with the
 * library's exports.
 */
#include <dlfcn.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define HS_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define HS_SANITIZED 1
#endif

#if defined(__GLIBC__) && !defined(HS_SANITIZED)
#define HS_CAN_INTERPOSE 1

/* glibc's own allocator, under the names it exports for replacements to call. */
extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void __libc_free(void *p);
extern void *__libc_memalign(size_t align, size_t size);

static volatile int counting;
static volatile unsigned long allocations;

static void seen(void)
{
	if (counting)
		allocations++;
}

/* The replacements: each counts, then forwards to glibc.  Visible (the build hides symbols by default). */
#define VISIBLE __attribute__((visibility("default")))
VISIBLE void *malloc(size_t size);
VISIBLE void *calloc(size_t n, size_t size);
VISIBLE void *realloc(void *p, size_t size);
VISIBLE void free(void *p);
VISIBLE void *aligned_alloc(size_t align, size_t size);
VISIBLE int posix_memalign(void **out, size_t align, size_t size);
VISIBLE void *memalign(size_t align, size_t size);
VISIBLE void *valloc(size_t size);
VISIBLE void *pvalloc(size_t size);

void *malloc(size_t size)
{
	seen();
	return __libc_malloc(size);
}

void *calloc(size_t n, size_t size)
{
	seen();
	return __libc_calloc(n, size);
}

void *realloc(void *p, size_t size)
{
	seen();
	return __libc_realloc(p, size);
}

void free(void *p)
{
	if (p != NULL)
		seen();
	__libc_free(p);
}

void *aligned_alloc(size_t align, size_t size)
{
	seen();
	return __libc_memalign(align, size);
}

int posix_memalign(void **out, size_t align, size_t size)
{
	void *p;

	seen();
	p = __libc_memalign(align, size);
	if (p == NULL)
		return 12; /* ENOMEM */
	*out = p;
	return 0;
}

void *memalign(size_t align, size_t size)
{
	seen();
	return __libc_memalign(align, size);
}

void *valloc(size_t size)
{
	seen();
	return __libc_memalign(4096, size);
}

void *pvalloc(size_t size)
{
	seen();
	return __libc_memalign(4096, (size + 4095) & ~(size_t)4095);
}
#endif

/* ---- The library under test, every function resolved with dlsym() ------ */

#define EACH_FUNCTION(X)                                                                              \
	X(httpstatus_version) X(httpstatus_version_number) X(httpstatus_registry_date)                 \
	X(httpstatus_status_count) X(httpstatus_status_at) X(httpstatus_status_from_code)              \
	X(httpstatus_status_from_name) X(httpstatus_status_from_name_ci) X(httpstatus_status_from_phrase) \
	X(httpstatus_status_code) X(httpstatus_status_name) X(httpstatus_status_phrase)                \
	X(httpstatus_status_description) X(httpstatus_status_reference)                               \
	X(httpstatus_status_reference_title) X(httpstatus_status_state) X(httpstatus_status_expires)   \
	X(httpstatus_status_class) X(httpstatus_status_is_informational) X(httpstatus_status_is_success) \
	X(httpstatus_status_is_redirection) X(httpstatus_status_is_client_error)                      \
	X(httpstatus_status_is_server_error) X(httpstatus_status_may_have_content)                     \
	X(httpstatus_status_is_cacheable) X(httpstatus_alias_count) X(httpstatus_alias_text)           \
	X(httpstatus_alias_kind) X(httpstatus_alias_status) X(httpstatus_class_of)                     \
	X(httpstatus_class_name) X(httpstatus_state_name) X(httpstatus_format_status_line)             \
	X(httpstatus_method_count) X(httpstatus_method_at) X(httpstatus_method_from_name)              \
	X(httpstatus_method_name) X(httpstatus_method_description) X(httpstatus_method_reference)      \
	X(httpstatus_method_reference_title) X(httpstatus_method_is_safe)                             \
	X(httpstatus_method_is_idempotent) X(httpstatus_method_is_cacheable)

#define DECLARE(name) static __typeof__(name) *p_##name;
EACH_FUNCTION(DECLARE)

static int resolve(void *lib)
{
	int missing = 0;

#define RESOLVE(name)                                                         \
	if ((*(void **)&p_##name = dlsym(lib, #name)) == NULL) {              \
		printf("FAIL the library exports %s\n", #name);               \
		missing++;                                                    \
	}
	EACH_FUNCTION(RESOLVE)
	return missing;
}

/* ---- Inputs, prepared before counting starts ---------------------------- */

#define MAX_TEXTS 4096
#define TEXT_SIZE 80
#define LONG_SIZE 4096

struct text {
	const char *s;
	size_t len;
};

static char storage[MAX_TEXTS][TEXT_SIZE];
static struct text texts[MAX_TEXTS];
static size_t text_count;
static char long_text[LONG_SIZE + 1];

static void add(const char *s, size_t len)
{
	if (text_count < MAX_TEXTS) {
		texts[text_count].s = s;
		texts[text_count].len = len;
		text_count++;
	}
}

/* S in several spellings, each with its length given and measured; one copy not NUL-terminated. */
static void add_variants(const char *s)
{
	size_t n = strlen(s);

	if (n + 2 > TEXT_SIZE || text_count + 12 > MAX_TEXTS)
		return;
	add(s, n);
	add(s, HTTPSTATUS_NUL_TERMINATED);
	add(s, n > 0 ? n - 1 : 0); /* a prefix */
	for (int v = 0; v < 4; v++) {
		char *t = storage[text_count];

		for (size_t i = 0; i < n; i++) {
			char c = s[i];

			if (v == 0 && c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			else if (v == 1 && c >= 'a' && c <= 'z')
				c = (char)(c - 'a' + 'A');
			else if (v == 2 && i == n / 2)
				c = '\0'; /* an embedded NUL */
			t[i] = c;
		}
		if (v == 3) {
			t[n] = '!'; /* not NUL-terminated: a byte follows */
			t[n + 1] = '\0';
			add(t, n);
			add(t, n + 1);
		} else {
			t[n] = '\0';
			add(t, n);
			add(t, HTTPSTATUS_NUL_TERMINATED);
		}
	}
}

static void make_texts(void)
{
	static const char *const extra[] = { "", "x", "GET ", " get", "not found", "NOT-FOUND", "HTTP/1.1 200 OK" };

	add(NULL, 0);
	add(NULL, 5);
	add(NULL, HTTPSTATUS_NUL_TERMINATED);
	memset(long_text, 'A', LONG_SIZE);
	add(long_text, LONG_SIZE);
	add(long_text, HTTPSTATUS_NUL_TERMINATED);
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		add_variants(extra[i]);
	for (size_t i = 0; i < p_httpstatus_status_count(); i++) {
		add_variants(p_httpstatus_status_name(p_httpstatus_status_at(i)));
		add_variants(p_httpstatus_status_phrase(p_httpstatus_status_at(i)));
	}
	for (size_t i = 0; i < p_httpstatus_alias_count(); i++)
		add_variants(p_httpstatus_alias_text(i));
	for (size_t i = 0; i < p_httpstatus_method_count(); i++)
		add_variants(p_httpstatus_method_name(p_httpstatus_method_at(i)));
}

/* ---- Calling everything ------------------------------------------------- */

static volatile uintptr_t sink;

static void touch(const char *s)
{
	sink += (uintptr_t)s + (uintptr_t)strlen(s);
}

static void use_status(const httpstatus_status *s)
{
	touch(p_httpstatus_status_name(s));
	touch(p_httpstatus_status_phrase(s));
	touch(p_httpstatus_status_description(s));
	touch(p_httpstatus_status_reference(s));
	touch(p_httpstatus_status_reference_title(s));
	touch(p_httpstatus_status_expires(s));
	sink += (uintptr_t)p_httpstatus_status_code(s) + (uintptr_t)p_httpstatus_status_state(s) +
		(uintptr_t)p_httpstatus_status_class(s) + (uintptr_t)p_httpstatus_status_is_informational(s) +
		(uintptr_t)p_httpstatus_status_is_success(s) + (uintptr_t)p_httpstatus_status_is_redirection(s) +
		(uintptr_t)p_httpstatus_status_is_client_error(s) + (uintptr_t)p_httpstatus_status_is_server_error(s) +
		(uintptr_t)p_httpstatus_status_may_have_content(s) + (uintptr_t)p_httpstatus_status_is_cacheable(s);
}

static void use_method(const httpstatus_method *m)
{
	touch(p_httpstatus_method_name(m));
	touch(p_httpstatus_method_description(m));
	touch(p_httpstatus_method_reference(m));
	touch(p_httpstatus_method_reference_title(m));
	sink += (uintptr_t)p_httpstatus_method_is_safe(m) + (uintptr_t)p_httpstatus_method_is_idempotent(m) +
		(uintptr_t)p_httpstatus_method_is_cacheable(m);
}

static void use_int(int v)
{
	static char line[320];
	size_t sizes[] = { 0, 1, 2, 13, 14, 20, sizeof line };

	use_status(p_httpstatus_status_from_code(v));
	sink += (uintptr_t)p_httpstatus_class_of(v);
	touch(p_httpstatus_class_name(v));
	touch(p_httpstatus_state_name(v));
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		sink += (uintptr_t)p_httpstatus_format_status_line(v, line, sizes[i]);
	sink += (uintptr_t)p_httpstatus_format_status_line(v, NULL, 0);
	sink += (uintptr_t)p_httpstatus_format_status_line(v, NULL, 10);
}

/* Returns how many calls it made. */
static unsigned long call_everything(void)
{
	static const int edges[] = { INT_MIN, INT_MIN + 1, -65536, 65536 + 404, 65940, 100000, INT_MAX - 1, INT_MAX };
	unsigned long calls = 0;

	touch(p_httpstatus_version());
	touch(p_httpstatus_registry_date());
	sink += (uintptr_t)p_httpstatus_version_number();
	for (int v = -1000; v <= 1000; v++, calls += 14)
		use_int(v);
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++, calls += 14)
		use_int(edges[i]);
	for (size_t i = 0; i <= p_httpstatus_status_count() + 2; i++, calls += 17)
		use_status(p_httpstatus_status_at(i));
	use_status(p_httpstatus_status_at((size_t)-1));
	for (size_t i = 0; i <= p_httpstatus_alias_count() + 2; i++, calls += 20) {
		touch(p_httpstatus_alias_text(i));
		sink += (uintptr_t)p_httpstatus_alias_kind(i);
		use_status(p_httpstatus_alias_status(i));
	}
	for (size_t i = 0; i <= p_httpstatus_method_count() + 2; i++, calls += 8)
		use_method(p_httpstatus_method_at(i));
	use_method(p_httpstatus_method_at((size_t)-1));
	for (size_t i = 0; i < text_count; i++, calls += 4 * 16) {
		use_status(p_httpstatus_status_from_name(texts[i].s, texts[i].len));
		use_status(p_httpstatus_status_from_name_ci(texts[i].s, texts[i].len));
		use_status(p_httpstatus_status_from_phrase(texts[i].s, texts[i].len));
		use_method(p_httpstatus_method_from_name(texts[i].s, texts[i].len));
	}
	return calls;
}

int main(int argc, char **argv)
{
	const char *path = getenv("LIBHTTPSTATUS_PATH");
	void *lib;

	if (argc > 1 && strcmp(argv[1], "--list") == 0) {
#define LIST(name) puts(#name);
		EACH_FUNCTION(LIST)
		return 0;
	}
#ifndef HS_CAN_INTERPOSE
	puts("SKIP malloc cannot be interposed here (needs glibc, no sanitizers)");
	return 0;
#else
	lib = dlopen(path != NULL && *path != '\0' ? path : "libhttpstatus.so.0", RTLD_NOW | RTLD_LOCAL);
	if (lib == NULL) {
		printf("FAIL dlopen: %s\n", dlerror());
		return 1;
	}
	if (resolve(lib) != 0)
		return 1;
	make_texts();

	/* The counter must see an allocation made inside another shared library. */
	{
		char *(*volatile dup)(const char *) = strdup;
		unsigned long before = allocations;
		char *copy;

		counting = 1;
		copy = dup("counted");
		free(copy);
		counting = 0;
		printf("%s the counter sees libc's strdup allocate and free (%lu calls)\n",
		       allocations - before >= 2 ? "PASS" : "FAIL", allocations - before);
	}
	{
		unsigned long calls, before = allocations;

		counting = 1;
		calls = call_everything();
		counting = 0;
		printf("%s no allocation in about %lu calls of every function with %zu texts and 2000+ integers"
		       " (%lu seen)\n",
		       allocations == before ? "PASS" : "FAIL", calls, text_count, allocations - before);
	}
	return 0;
#endif
}
