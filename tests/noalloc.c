/* SPDX-License-Identifier: MIT */
/*
 * No heap allocation anywhere in the library: this program replaces malloc and
 * its relatives with counting versions (a definition in the executable
 * interposes on every shared library's calls, libc's own included), loads the
 * library under test (LIBHTTPSTATUS_PATH) with dlopen(), and
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
#include "api-functions.h"

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

/*
 * Every export comes from the generated list (tests/api-functions.h, made from the model of the
 * API), with its result kind and its shape; each is called through a pointer of its shape's type,
 * with every input of that shape.
 */
enum result { R_int, R_size, R_ulong, R_string, R_status, R_method, R_rule };
enum shape {
	HS_SHAPE_VOID, HS_SHAPE_INT, HS_SHAPE_SIZE, HS_SHAPE_TEXT, HS_SHAPE_STATUS, HS_SHAPE_METHOD, HS_SHAPE_RULE,
	HS_SHAPE_INT_OUTPUT, HS_SHAPE_STATUS_SIZE, HS_SHAPE_HEAD, HS_SHAPE_HEAD_SIZE
};

struct function {
	const char *name;
	enum result result;
	enum shape shape;
	void (*p)(void); /* called through a pointer of its real type */
};

static struct function functions[] = {
#define ROW(name, result, shape) { #name, R_##result, shape, NULL },
	HS_EACH_FUNCTION(ROW)
};
#define FUNCTION_COUNT (sizeof functions / sizeof functions[0])

static int resolve(void *lib)
{
	int missing = 0;

	for (size_t i = 0; i < FUNCTION_COUNT; i++) {
		*(void **)&functions[i].p = dlsym(lib, functions[i].name); /* POSIX's way to get a function */
		if (functions[i].p == NULL) {
			printf("FAIL the library exports %s\n", functions[i].name);
			missing++;
		}
	}
	return missing;
}

/* ---- Calling one function ----------------------------------------------- */

static volatile uintptr_t sink;
static unsigned long calls;

static void touch(const char *s)
{
	sink += (uintptr_t)s + (uintptr_t)strlen(s);
}

/* The arguments of one call; which ones are used depends on the shape. */
struct args {
	int i;
	size_t index;
	const char *text;
	size_t len;
	const httpstatus_status *status;
	const httpstatus_method *method;
	const httpstatus_rule *rule;
	char *buf;
	size_t size;
	/* a response head besides i (the code), text (the method) and index: */
	int version;
	const char *fields;
	size_t fields_len;
	int has_content;
};

/* Calls F with A through a pointer of its own type; every result is kept as a number. */
#define CALL_AS(T, PARAMS, ARGS) ((T(*) PARAMS)f->p) ARGS
#define CALL_SHAPE(PARAMS, ARGS)                                                                \
	switch (f->result) {                                                                    \
	case R_int: return (uintptr_t)CALL_AS(int, PARAMS, ARGS);                               \
	case R_size: return (uintptr_t)CALL_AS(size_t, PARAMS, ARGS);                           \
	case R_ulong: return (uintptr_t)CALL_AS(unsigned long, PARAMS, ARGS);                   \
	case R_string: return (uintptr_t)CALL_AS(const char *, PARAMS, ARGS);                   \
	case R_status: return (uintptr_t)CALL_AS(const httpstatus_status *, PARAMS, ARGS);      \
	case R_method: return (uintptr_t)CALL_AS(const httpstatus_method *, PARAMS, ARGS);      \
	case R_rule: return (uintptr_t)CALL_AS(const httpstatus_rule *, PARAMS, ARGS);          \
	}                                                                                       \
	return 0

static uintptr_t call_raw(const struct function *f, const struct args *a)
{
	calls++;
	switch (f->shape) {
	case HS_SHAPE_VOID: CALL_SHAPE((void), ());
	case HS_SHAPE_INT: CALL_SHAPE((int), (a->i));
	case HS_SHAPE_SIZE: CALL_SHAPE((size_t), (a->index));
	case HS_SHAPE_TEXT: CALL_SHAPE((const char *, size_t), (a->text, a->len));
	case HS_SHAPE_STATUS: CALL_SHAPE((const httpstatus_status *), (a->status));
	case HS_SHAPE_METHOD: CALL_SHAPE((const httpstatus_method *), (a->method));
	case HS_SHAPE_RULE: CALL_SHAPE((const httpstatus_rule *), (a->rule));
	case HS_SHAPE_INT_OUTPUT: CALL_SHAPE((int, char *, size_t), (a->i, a->buf, a->size));
	case HS_SHAPE_STATUS_SIZE: CALL_SHAPE((const httpstatus_status *, size_t), (a->status, a->index));
	case HS_SHAPE_HEAD:
		CALL_SHAPE((int, const char *, size_t, int, const char *, size_t, int),
			   (a->i, a->text, a->len, a->version, a->fields, a->fields_len, a->has_content));
	case HS_SHAPE_HEAD_SIZE:
		CALL_SHAPE((int, const char *, size_t, int, const char *, size_t, int, size_t),
			   (a->i, a->text, a->len, a->version, a->fields, a->fields_len, a->has_content, a->index));
	}
	return 0;
}

static void use_record(enum shape shape, uintptr_t handle);

/* Calls F and uses what it returns: strings are read, handles are passed to every accessor. */
static uintptr_t call(const struct function *f, const struct args *a)
{
	uintptr_t r = call_raw(f, a);

	if (f->result == R_string)
		touch((const char *)r);
	else if (f->result == R_status && f->shape != HS_SHAPE_STATUS)
		use_record(HS_SHAPE_STATUS, r);
	else if (f->result == R_method && f->shape != HS_SHAPE_METHOD)
		use_record(HS_SHAPE_METHOD, r);
	else if (f->result == R_rule && f->shape != HS_SHAPE_RULE)
		use_record(HS_SHAPE_RULE, r);
	else
		sink += r;
	return r;
}

/* Every accessor of one record (SHAPE is HS_SHAPE_STATUS, HS_SHAPE_METHOD or HS_SHAPE_RULE), NULL included; for a
 * status, each function of a status and an index too, with the indexes 0..3 and (size_t)-1. */
static void use_record(enum shape shape, uintptr_t handle)
{
	static const size_t indexes[] = { 0, 1, 2, 3, (size_t)-1 };
	struct args a = { 0 };

	a.status = (const httpstatus_status *)handle;
	a.method = (const httpstatus_method *)handle;
	a.rule = (const httpstatus_rule *)handle;
	for (size_t i = 0; i < FUNCTION_COUNT; i++) {
		if (functions[i].shape == shape)
			call(&functions[i], &a);
		for (size_t k = 0; shape == HS_SHAPE_STATUS && functions[i].shape == HS_SHAPE_STATUS_SIZE &&
				   k < sizeof indexes / sizeof indexes[0]; k++) {
			a.index = indexes[k];
			call(&functions[i], &a);
		}
	}
}

/* Every function of SHAPE, with A. */
static void call_each(enum shape shape, struct args *a)
{
	for (size_t i = 0; i < FUNCTION_COUNT; i++)
		if (functions[i].shape == shape)
			call(&functions[i], a);
}

/* ---- Inputs, prepared before counting starts ---------------------------- */

#define MAX_TEXTS 16384
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
static size_t max_index; /* the largest count any function gives */

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

/* Adds every string one record's accessors give. */
static void add_record_texts(enum shape shape, uintptr_t handle)
{
	struct args a = { 0 };

	a.status = (const httpstatus_status *)handle;
	a.method = (const httpstatus_method *)handle;
	a.rule = (const httpstatus_rule *)handle;
	for (size_t i = 0; i < FUNCTION_COUNT; i++)
		if (functions[i].shape == shape && functions[i].result == R_string)
			add_variants((const char *)call_raw(&functions[i], &a));
}

/* The texts: a few made-up ones, then every string any index reaches (names, phrases, aliases...). */
static void make_texts(void)
{
	static const char *const extra[] = { "", "x", "GET ", " get", "not found", "NOT-FOUND", "HTTP/1.1 200 OK" };
	struct args a = { 0 };

	add(NULL, 0);
	add(NULL, 5);
	add(NULL, HTTPSTATUS_NUL_TERMINATED);
	memset(long_text, 'A', LONG_SIZE);
	add(long_text, LONG_SIZE);
	add(long_text, HTTPSTATUS_NUL_TERMINATED);
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		add_variants(extra[i]);
	for (size_t i = 0; i < FUNCTION_COUNT; i++)
		if (functions[i].shape == HS_SHAPE_VOID && functions[i].result == R_size) {
			size_t n = (size_t)call_raw(&functions[i], &a);

			if (n > max_index)
				max_index = n;
		}
	for (a.index = 0; a.index < max_index; a.index++)
		for (size_t i = 0; i < FUNCTION_COUNT; i++) {
			const struct function *f = &functions[i];

			if (f->shape != HS_SHAPE_SIZE)
				continue;
			if (f->result == R_string)
				add_variants((const char *)call_raw(f, &a));
			else if (f->result == R_status)
				add_record_texts(HS_SHAPE_STATUS, call_raw(f, &a));
			else if (f->result == R_method)
				add_record_texts(HS_SHAPE_METHOD, call_raw(f, &a));
			else if (f->result == R_rule)
				add_record_texts(HS_SHAPE_RULE, call_raw(f, &a));
		}
}

/* ---- Calling everything ------------------------------------------------- */

/* Every function of a response head: each status code and a few others, with methods, versions, field
 * lists (every text as the list, and as the method) and content flags, good and bad. */
static void call_heads(struct args *a)
{
	static const int versions[] = { 10, 11, 20, 30, 0, 12, -1, INT_MAX };
	static const char *const methods[] = { NULL, "GET", "HEAD", "CONNECT", "head", "GE T" };
	static const char *const lists[] = { NULL, "", "Allow", "allow, content-length", " ,\t\r\nETag,,", "Allow:", "A\377" };
	static const size_t indexes[] = { 0, 1, 5, (size_t)-1 };

	for (int code = 99; code <= 600; code++) {
		a->i = code;
		for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++)
			for (size_t v = 0; v < sizeof versions / sizeof versions[0]; v++)
				for (size_t f = 0; f < sizeof lists / sizeof lists[0]; f++)
					for (int c = -1; c <= 2; c++) {
						a->text = methods[m];
						a->len = methods[m] != NULL ? HTTPSTATUS_NUL_TERMINATED : (size_t)c & 1;
						a->version = versions[v];
						a->fields = lists[f];
						a->fields_len = lists[f] != NULL ? HTTPSTATUS_NUL_TERMINATED : (size_t)c & 3;
						a->has_content = c;
						call_each(HS_SHAPE_HEAD, a);
						for (size_t k = 0; k < sizeof indexes / sizeof indexes[0]; k++) {
							a->index = indexes[k];
							call_each(HS_SHAPE_HEAD_SIZE, a);
						}
					}
	}
	a->version = 11;
	a->has_content = 1;
	for (size_t i = 0; i < text_count; i++)
		for (int code = 100; code <= 599; code += 101) {
			a->i = code;
			a->text = texts[i].s;
			a->len = texts[i].len;
			a->fields = texts[i].s;
			a->fields_len = texts[i].len;
			a->index = i % 3;
			call_each(HS_SHAPE_HEAD, a);
			call_each(HS_SHAPE_HEAD_SIZE, a);
		}
}

/* Returns how many calls it made. */
static unsigned long call_everything(void)
{
	static const int edges[] = { INT_MIN, INT_MIN + 1, -65536, 65536 + 404, 65940, 100000, INT_MAX - 1, INT_MAX };
	static char line[320];
	static const size_t sizes[] = { 0, 1, 2, 13, 14, 20, sizeof line };
	struct args a = { 0 };

	calls = 0;
	call_each(HS_SHAPE_VOID, &a);
	use_record(HS_SHAPE_STATUS, 0);
	use_record(HS_SHAPE_METHOD, 0);
	use_record(HS_SHAPE_RULE, 0);
	for (int v = -1000; v <= 1000 + (int)(sizeof edges / sizeof edges[0]); v++) {
		a.i = v <= 1000 ? v : edges[v - 1001];
		call_each(HS_SHAPE_INT, &a);
		for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
			a.buf = line;
			a.size = sizes[i];
			call_each(HS_SHAPE_INT_OUTPUT, &a);
		}
		a.buf = NULL;
		a.size = 0;
		call_each(HS_SHAPE_INT_OUTPUT, &a);
		a.size = 10;
		call_each(HS_SHAPE_INT_OUTPUT, &a);
	}
	for (a.index = 0; a.index <= max_index + 2; a.index++)
		call_each(HS_SHAPE_SIZE, &a);
	a.index = (size_t)-1;
	call_each(HS_SHAPE_SIZE, &a);
	for (size_t i = 0; i < text_count; i++) {
		a.text = texts[i].s;
		a.len = texts[i].len;
		call_each(HS_SHAPE_TEXT, &a);
	}
	call_heads(&a);
	return calls;
}

int main(int argc, char **argv)
{
	const char *path = getenv("LIBHTTPSTATUS_PATH");
	void *lib;

	if (argc > 1 && strcmp(argv[1], "--list") == 0) {
		for (size_t i = 0; i < FUNCTION_COUNT; i++)
			puts(functions[i].name);
		return 0;
	}
#ifndef HS_CAN_INTERPOSE
	puts("SKIP malloc cannot be interposed here (needs glibc, no sanitizers)");
	return 0;
#else
	if (path == NULL || *path == '\0') {
		puts("FAIL LIBHTTPSTATUS_PATH does not name the library under test");
		return 1;
	}
	lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
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
		unsigned long made, before = allocations;

		counting = 1;
		made = call_everything();
		counting = 0;
		printf("%s no allocation in %lu calls of every function with %zu texts and 2000+ integers"
		       " (%lu seen)\n",
		       allocations == before ? "PASS" : "FAIL", made, text_count, allocations - before);
	}
	return 0;
#endif
}
