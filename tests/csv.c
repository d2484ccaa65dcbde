/* SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long size;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	ck_assert(fseek(f, 0, SEEK_END) == 0);
	size = ftell(f);
	ck_assert(size >= 0);
	ck_assert(fseek(f, 0, SEEK_SET) == 0);
	buf = malloc((size_t)size + 1);
	ck_assert(buf != NULL);
	ck_assert(fread(buf, 1, (size_t)size, f) == (size_t)size);
	buf[size] = '\0';
	fclose(f);
	return buf;
}

/* Splits one record starting at *P in place; returns the number of fields. */
static size_t parse_record(char **p, char **fields)
{
	size_t n = 0;
	char *s = *p;

	for (;;) {
		char *out = s;

		ck_assert(n < CSV_MAX_FIELDS);
		fields[n++] = out;
		if (*s == '"') {
			s++;
			for (;;) {
				ck_assert_msg(*s != '\0', "unterminated quote in data file");
				if (*s == '"' && s[1] == '"') {
					*out++ = '"';
					s += 2;
				} else if (*s == '"') {
					s++;
					break;
				} else {
					*out++ = *s++;
				}
			}
		} else {
			while (*s != ',' && *s != '\n' && *s != '\0')
				*out++ = *s++;
		}
		if (*s == ',') {
			*out = '\0';
			s++;
			continue;
		}
		if (*s == '\n')
			s++;
		*out = '\0';
		*p = s;
		return n;
	}
}

void csv_load(struct csv_table *t, const char *name)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	char *p;

	memset(t, 0, sizeof(*t));
	snprintf(path, sizeof(path), "%s/data/%s", top != NULL ? top : ".", name);
	t->buffer = read_file(path);
	p = t->buffer;
	while (*p == '#') {
		p = strchr(p, '\n');
		ck_assert(p != NULL);
		p++;
	}
	t->ncolumns = parse_record(&p, t->header);
	while (*p != '\0') {
		struct csv_row *row = &t->rows[t->nrows];

		ck_assert(t->nrows < CSV_MAX_ROWS);
		row->nfields = parse_record(&p, row->field);
		ck_assert_msg(row->nfields == t->ncolumns, "%s row %zu has %zu fields, want %zu", name,
			      t->nrows + 1, row->nfields, t->ncolumns);
		t->nrows++;
	}
}

void csv_free(struct csv_table *t)
{
	free(t->buffer);
	t->buffer = NULL;
}

const char *csv_get(const struct csv_table *t, size_t row, const char *column)
{
	for (size_t i = 0; i < t->ncolumns; i++)
		if (strcmp(t->header[i], column) == 0)
			return t->rows[row].field[i];
	ck_abort_msg("no column %s", column);
	return NULL;
}
