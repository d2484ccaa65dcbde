/* SPDX-License-Identifier: MIT */
/*
 * Load plus first lookup: a fresh child process dlopen()s the library by its
 * SONAME, finds httpstatus_status_from_code and httpstatus_status_phrase with
 * dlsym() and looks up 404's phrase; the same for a trivial library (one
 * function) as the baseline.  Many children, interleaved; medians printed.
 * The caller puts both libraries' directories in LD_LIBRARY_PATH.
 *
 * Usage: loadtime SONAME TRIVIAL_SONAME [RUNS]
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "httpstatus.h"

struct times {
	double load;  /* dlopen */
	double first; /* dlsym and the first call(s) */
};

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* In the child: load SONAME and make its first call; 0 on success. */
static int load_once(const char *soname, int trivial, struct times *t)
{
	double t0 = now_ns(), t1;
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	t1 = now_ns();
	if (h == NULL) {
		fprintf(stderr, "loadtime: %s\n", dlerror());
		return 1;
	}
	if (trivial) {
		int (*answer)(int);

		*(void **)&answer = dlsym(h, "hs_trivial_answer");
		if (answer == NULL || answer(41) != 42)
			return 1;
	} else {
		__typeof__(httpstatus_status_from_code) *from_code;
		__typeof__(httpstatus_status_phrase) *phrase;

		*(void **)&from_code = dlsym(h, "httpstatus_status_from_code");
		*(void **)&phrase = dlsym(h, "httpstatus_status_phrase");
		if (from_code == NULL || phrase == NULL || strcmp(phrase(from_code(404)), "Not Found") != 0)
			return 1;
	}
	t->first = now_ns() - t1;
	t->load = t1 - t0;
	return 0;
}

/* Runs load_once() in a forked child (which has loaded neither library) and collects its times. */
static int run_child(const char *soname, int trivial, struct times *t)
{
	int fd[2], status;
	pid_t pid;
	ssize_t got;

	if (pipe(fd) != 0)
		return 1;
	pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		struct times mine;
		int rc = load_once(soname, trivial, &mine);

		if (rc == 0 && write(fd[1], &mine, sizeof mine) != (ssize_t)sizeof mine)
			rc = 1;
		_exit(rc);
	}
	close(fd[1]);
	got = read(fd[0], t, sizeof *t);
	close(fd[0]);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return 1;
	return got == (ssize_t)sizeof *t ? 0 : 1;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return v[n / 2];
}

int main(int argc, char **argv)
{
	size_t runs = argc > 3 ? (size_t)strtoul(argv[3], NULL, 10) : 201;
	double *v[4], m[4];

	if (argc < 3 || runs == 0) {
		fprintf(stderr, "usage: loadtime SONAME TRIVIAL_SONAME [RUNS]\n");
		return 2;
	}
	for (int k = 0; k < 4; k++)
		if ((v[k] = calloc(runs, sizeof(double))) == NULL)
			return 1;
	for (size_t i = 0; i < runs; i++) {
		struct times lib, triv;

		if (run_child(argv[1], 0, &lib) != 0 || run_child(argv[2], 1, &triv) != 0) {
			fprintf(stderr, "loadtime: a child failed to load %s or %s\n", argv[1], argv[2]);
			return 1;
		}
		v[0][i] = lib.load;
		v[1][i] = lib.first;
		v[2][i] = triv.load;
		v[3][i] = triv.first;
	}
	for (int k = 0; k < 4; k++)
		m[k] = median(v[k], runs) / 1e3;
	printf("load + first lookup, median of %zu fresh processes each (microseconds):\n", runs);
	printf("  %-28s dlopen %7.1f   first lookup %6.2f   total %7.1f\n", argv[1], m[0], m[1], m[0] + m[1]);
	printf("  %-28s dlopen %7.1f   first call   %6.2f   total %7.1f\n", argv[2], m[2], m[3], m[2] + m[3]);
	printf("  ratio of the totals: %.2fx\n", (m[0] + m[1]) / (m[2] + m[3]));
	for (int k = 0; k < 4; k++)
		free(v[k]);
	return 0;
}
