/* SPDX-License-Identifier: MIT */
/* A small reader for the project's data files: '#' comment lines, a header row, RFC 4180 quoting. */
#ifndef HS_TEST_CSV_H
#define HS_TEST_CSV_H

#include <stddef.h>

#define CSV_MAX_FIELDS 16
#define CSV_MAX_ROWS 1024

struct csv_row {
	char *field[CSV_MAX_FIELDS];
	size_t nfields;
};

struct csv_table {
	char *buffer;
	char *header[CSV_MAX_FIELDS];
	size_t ncolumns;
	struct csv_row rows[CSV_MAX_ROWS];
	size_t nrows;
};

/* Reads $top_srcdir/data/NAME; aborts the test with a message when it cannot. */
void csv_load(struct csv_table *table, const char *name);
void csv_free(struct csv_table *table);
/* The value of COLUMN in ROW; aborts when the column does not exist. */
const char *csv_get(const struct csv_table *table, size_t row, const char *column);

#endif
