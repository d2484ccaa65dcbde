/* SPDX-License-Identifier: MIT */
/* The Check suites of the C test program; tests/test-main.c runs them all. */
#ifndef HS_TEST_SUITES_H
#define HS_TEST_SUITES_H

#include <check.h>

Suite *data_suite(void);
Suite *spec_suite(void);
Suite *lookup_suite(void);
Suite *class_suite(void);
Suite *format_suite(void);
Suite *api_suite(void);
Suite *semantics_suite(void);
Suite *lookup_order_suite(void);
Suite *rules_suite(void);

#endif
