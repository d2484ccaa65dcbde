/* SPDX-License-Identifier: MIT */
/*
 * Runs every corpus file through every fuzz target, without libFuzzer, so any
 * compiler builds it and `make check` replays the corpus.  Arguments: corpus
 * files or directories (searched recursively); none means
 * $top_srcdir/fuzz/corpus.  Prints TAP, one line per target; a finding aborts
 * with the file named.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* Every target linked in (see FUZZ_TARGET in fuzz.h), in link order. */
extern const struct fuzz_target __start_hs_fuzz_targets[], __stop_hs_fuzz_targets[];
static const struct fuzz_target *const targets = __start_hs_fuzz_targets;
#define TARGET_COUNT ((size_t)(__stop_hs_fuzz_targets - __start_hs_fuzz_targets))

struct corpus {
	char **paths;
	size_t count, cap;
};

static void add_path(struct corpus *c, const char *path)
{
	if (c->count == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		c->paths = realloc(c->paths, c->cap * sizeof(*c->paths));
		if (c->paths == NULL) {
			perror("realloc");
			exit(1);
		}
	}
	c->paths[c->count] = strdup(path);
	if (c->paths[c->count++] == NULL) {
		perror("strdup");
		exit(1);
	}
}

/* Adds PATH, or every regular file below it; 0 on success. */
static int collect(struct corpus *c, const char *path)
{
	struct stat st;
	struct dirent *e;
	DIR *dir;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		add_path(c, path);
		return 0;
	}
	dir = opendir(path);
	if (dir == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((e = readdir(dir)) != NULL) {
		char sub[4096];

		if (e->d_name[0] == '.')
			continue;
		if ((size_t)snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name) >= sizeof(sub) || collect(c, sub) != 0) {
			closedir(dir);
			return -1;
		}
	}
	closedir(dir);
	return 0;
}

/* The contents of PATH in a heap block of exactly its size (so ASan sees overreads); NULL on error. */
static uint8_t *slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		*size = (size_t)n;
		data = malloc(*size > 0 ? *size : 1);
		if (data != NULL && fread(data, 1, *size, f) != *size) {
			free(data);
			data = NULL;
		}
	}
	fclose(f);
	return data;
}

static int compare_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	struct corpus corpus = { NULL, 0, 0 };
	char fallback[4096];
	int failed = 0;

	if (argc < 2) {
		const char *top = getenv("top_srcdir");

		snprintf(fallback, sizeof(fallback), "%s/fuzz/corpus", top != NULL ? top : ".");
		if (collect(&corpus, fallback) != 0)
			return 1;
	}
	for (int i = 1; i < argc; i++)
		if (collect(&corpus, argv[i]) != 0)
			return 1;
	if (corpus.count == 0) {
		printf("1..0 # SKIP empty corpus\n");
		return 0;
	}
	qsort(corpus.paths, corpus.count, sizeof(*corpus.paths), compare_paths);

	if (TARGET_COUNT == 0) {
		printf("1..1\nnot ok 1 - no fuzz target is linked into the replay program\n");
		return 1;
	}
	printf("1..%zu\n", TARGET_COUNT);
	for (size_t t = 0; t < TARGET_COUNT; t++) {
		size_t ran = 0;

		for (size_t i = 0; i < corpus.count; i++) {
			size_t size = 0;
			uint8_t *data = slurp(corpus.paths[i], &size);

			if (data == NULL) {
				fprintf(stderr, "replay: cannot read %s\n", corpus.paths[i]);
				continue;
			}
			fuzz_current_input = corpus.paths[i];
			targets[t].run(data, size);
			fuzz_current_input = NULL;
			free(data);
			ran++;
		}
		printf("%sok %zu - %s: %zu of %zu corpus inputs replayed, no finding\n",
		       ran == corpus.count ? "" : "not ", t + 1, targets[t].name, ran, corpus.count);
		fflush(stdout);
		failed |= ran != corpus.count;
	}
	for (size_t i = 0; i < corpus.count; i++)
		free(corpus.paths[i]);
	free(corpus.paths);
	return failed;
}
