/* SPDX-License-Identifier: MIT */
/*
 * Conformance with the specification, Python's http module reference: the 62
 * codes of its table with exactly the enum names it gives and the reason
 * phrases HTTPStatus has; the old names of its earlier edition; its methods.
 * The table is typed here on purpose, from the spec rather than from data/, so
 * that a wrong edit of the data files cannot also change what is expected.
 */
#include <string.h>

#include "httpstatus.h"
#include "suites.h"

static const struct {
	int constant;
	int code;
	const char *name;
	const char *phrase;
} spec_table[] = {
	{ HTTPSTATUS_CONTINUE, 100, "CONTINUE", "Continue" },
	{ HTTPSTATUS_SWITCHING_PROTOCOLS, 101, "SWITCHING_PROTOCOLS", "Switching Protocols" },
	{ HTTPSTATUS_PROCESSING, 102, "PROCESSING", "Processing" },
	{ HTTPSTATUS_EARLY_HINTS, 103, "EARLY_HINTS", "Early Hints" },
	{ HTTPSTATUS_OK, 200, "OK", "OK" },
	{ HTTPSTATUS_CREATED, 201, "CREATED", "Created" },
	{ HTTPSTATUS_ACCEPTED, 202, "ACCEPTED", "Accepted" },
	{ HTTPSTATUS_NON_AUTHORITATIVE_INFORMATION, 203, "NON_AUTHORITATIVE_INFORMATION", "Non-Authoritative Information" },
	{ HTTPSTATUS_NO_CONTENT, 204, "NO_CONTENT", "No Content" },
	{ HTTPSTATUS_RESET_CONTENT, 205, "RESET_CONTENT", "Reset Content" },
	{ HTTPSTATUS_PARTIAL_CONTENT, 206, "PARTIAL_CONTENT", "Partial Content" },
	{ HTTPSTATUS_MULTI_STATUS, 207, "MULTI_STATUS", "Multi-Status" },
	{ HTTPSTATUS_ALREADY_REPORTED, 208, "ALREADY_REPORTED", "Already Reported" },
	{ HTTPSTATUS_IM_USED, 226, "IM_USED", "IM Used" },
	{ HTTPSTATUS_MULTIPLE_CHOICES, 300, "MULTIPLE_CHOICES", "Multiple Choices" },
	{ HTTPSTATUS_MOVED_PERMANENTLY, 301, "MOVED_PERMANENTLY", "Moved Permanently" },
	{ HTTPSTATUS_FOUND, 302, "FOUND", "Found" },
	{ HTTPSTATUS_SEE_OTHER, 303, "SEE_OTHER", "See Other" },
	{ HTTPSTATUS_NOT_MODIFIED, 304, "NOT_MODIFIED", "Not Modified" },
	{ HTTPSTATUS_USE_PROXY, 305, "USE_PROXY", "Use Proxy" },
	{ HTTPSTATUS_TEMPORARY_REDIRECT, 307, "TEMPORARY_REDIRECT", "Temporary Redirect" },
	{ HTTPSTATUS_PERMANENT_REDIRECT, 308, "PERMANENT_REDIRECT", "Permanent Redirect" },
	{ HTTPSTATUS_BAD_REQUEST, 400, "BAD_REQUEST", "Bad Request" },
	{ HTTPSTATUS_UNAUTHORIZED, 401, "UNAUTHORIZED", "Unauthorized" },
	{ HTTPSTATUS_PAYMENT_REQUIRED, 402, "PAYMENT_REQUIRED", "Payment Required" },
	{ HTTPSTATUS_FORBIDDEN, 403, "FORBIDDEN", "Forbidden" },
	{ HTTPSTATUS_NOT_FOUND, 404, "NOT_FOUND", "Not Found" },
	{ HTTPSTATUS_METHOD_NOT_ALLOWED, 405, "METHOD_NOT_ALLOWED", "Method Not Allowed" },
	{ HTTPSTATUS_NOT_ACCEPTABLE, 406, "NOT_ACCEPTABLE", "Not Acceptable" },
	{ HTTPSTATUS_PROXY_AUTHENTICATION_REQUIRED, 407, "PROXY_AUTHENTICATION_REQUIRED", "Proxy Authentication Required" },
	{ HTTPSTATUS_REQUEST_TIMEOUT, 408, "REQUEST_TIMEOUT", "Request Timeout" },
	{ HTTPSTATUS_CONFLICT, 409, "CONFLICT", "Conflict" },
	{ HTTPSTATUS_GONE, 410, "GONE", "Gone" },
	{ HTTPSTATUS_LENGTH_REQUIRED, 411, "LENGTH_REQUIRED", "Length Required" },
	{ HTTPSTATUS_PRECONDITION_FAILED, 412, "PRECONDITION_FAILED", "Precondition Failed" },
	{ HTTPSTATUS_CONTENT_TOO_LARGE, 413, "CONTENT_TOO_LARGE", "Content Too Large" },
	{ HTTPSTATUS_URI_TOO_LONG, 414, "URI_TOO_LONG", "URI Too Long" },
	{ HTTPSTATUS_UNSUPPORTED_MEDIA_TYPE, 415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type" },
	{ HTTPSTATUS_RANGE_NOT_SATISFIABLE, 416, "RANGE_NOT_SATISFIABLE", "Range Not Satisfiable" },
	{ HTTPSTATUS_EXPECTATION_FAILED, 417, "EXPECTATION_FAILED", "Expectation Failed" },
	{ HTTPSTATUS_IM_A_TEAPOT, 418, "IM_A_TEAPOT", "I'm a Teapot" },
	{ HTTPSTATUS_MISDIRECTED_REQUEST, 421, "MISDIRECTED_REQUEST", "Misdirected Request" },
	{ HTTPSTATUS_UNPROCESSABLE_CONTENT, 422, "UNPROCESSABLE_CONTENT", "Unprocessable Content" },
	{ HTTPSTATUS_LOCKED, 423, "LOCKED", "Locked" },
	{ HTTPSTATUS_FAILED_DEPENDENCY, 424, "FAILED_DEPENDENCY", "Failed Dependency" },
	{ HTTPSTATUS_TOO_EARLY, 425, "TOO_EARLY", "Too Early" },
	{ HTTPSTATUS_UPGRADE_REQUIRED, 426, "UPGRADE_REQUIRED", "Upgrade Required" },
	{ HTTPSTATUS_PRECONDITION_REQUIRED, 428, "PRECONDITION_REQUIRED", "Precondition Required" },
	{ HTTPSTATUS_TOO_MANY_REQUESTS, 429, "TOO_MANY_REQUESTS", "Too Many Requests" },
	{ HTTPSTATUS_REQUEST_HEADER_FIELDS_TOO_LARGE, 431, "REQUEST_HEADER_FIELDS_TOO_LARGE", "Request Header Fields Too Large" },
	{ HTTPSTATUS_UNAVAILABLE_FOR_LEGAL_REASONS, 451, "UNAVAILABLE_FOR_LEGAL_REASONS", "Unavailable For Legal Reasons" },
	{ HTTPSTATUS_INTERNAL_SERVER_ERROR, 500, "INTERNAL_SERVER_ERROR", "Internal Server Error" },
	{ HTTPSTATUS_NOT_IMPLEMENTED, 501, "NOT_IMPLEMENTED", "Not Implemented" },
	{ HTTPSTATUS_BAD_GATEWAY, 502, "BAD_GATEWAY", "Bad Gateway" },
	{ HTTPSTATUS_SERVICE_UNAVAILABLE, 503, "SERVICE_UNAVAILABLE", "Service Unavailable" },
	{ HTTPSTATUS_GATEWAY_TIMEOUT, 504, "GATEWAY_TIMEOUT", "Gateway Timeout" },
	{ HTTPSTATUS_HTTP_VERSION_NOT_SUPPORTED, 505, "HTTP_VERSION_NOT_SUPPORTED", "HTTP Version Not Supported" },
	{ HTTPSTATUS_VARIANT_ALSO_NEGOTIATES, 506, "VARIANT_ALSO_NEGOTIATES", "Variant Also Negotiates" },
	{ HTTPSTATUS_INSUFFICIENT_STORAGE, 507, "INSUFFICIENT_STORAGE", "Insufficient Storage" },
	{ HTTPSTATUS_LOOP_DETECTED, 508, "LOOP_DETECTED", "Loop Detected" },
	{ HTTPSTATUS_NOT_EXTENDED, 510, "NOT_EXTENDED", "Not Extended" },
	{ HTTPSTATUS_NETWORK_AUTHENTICATION_REQUIRED, 511, "NETWORK_AUTHENTICATION_REQUIRED", "Network Authentication Required" },
};

START_TEST(spec_codes_names_and_phrases)
{
	size_t n = sizeof(spec_table) / sizeof(spec_table[0]);

	ck_assert_uint_eq(n, 62);
	for (size_t i = 0; i < n; i++) {
		const httpstatus_status *s = httpstatus_status_from_code(spec_table[i].code);

		ck_assert_int_eq(spec_table[i].constant, spec_table[i].code);
		ck_assert_msg(s != NULL, "code %d missing", spec_table[i].code);
		ck_assert_str_eq(httpstatus_status_name(s), spec_table[i].name);
		ck_assert_str_eq(httpstatus_status_phrase(s), spec_table[i].phrase);
		ck_assert_ptr_eq(httpstatus_status_from_name(spec_table[i].name, HTTPSTATUS_NUL_TERMINATED), s);
	}
}
END_TEST

START_TEST(old_names_of_the_earlier_edition)
{
	static const struct {
		int constant;
		const char *old;
		const char *current;
	} old[] = {
		{ HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE, "REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE" },
		{ HTTPSTATUS_REQUEST_URI_TOO_LONG, "REQUEST_URI_TOO_LONG", "URI_TOO_LONG" },
		{ HTTPSTATUS_REQUEST_RANGE_NOT_SATISFIABLE, "REQUEST_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE" },
		{ HTTPSTATUS_REQUESTED_RANGE_NOT_SATISFIABLE, "REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE" },
		{ HTTPSTATUS_UNPROCESSABLE_ENTITY, "UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT" },
	};

	for (size_t i = 0; i < sizeof(old) / sizeof(old[0]); i++) {
		const httpstatus_status *s = httpstatus_status_from_name(old[i].old, HTTPSTATUS_NUL_TERMINATED);

		ck_assert_ptr_nonnull(s);
		ck_assert_str_eq(httpstatus_status_name(s), old[i].current);
		ck_assert_int_eq(httpstatus_status_code(s), old[i].constant);
	}
}
END_TEST

START_TEST(old_phrases)
{
	static const struct {
		const char *phrase;
		int code;
	} old[] = {
		{ "Payload Too Large", 413 }, { "Request Entity Too Large", 413 },
		{ "Request-URI Too Long", 414 }, { "Requested Range Not Satisfiable", 416 },
		{ "Unprocessable Entity", 422 },
	};

	for (size_t i = 0; i < sizeof(old) / sizeof(old[0]); i++) {
		const httpstatus_status *s = httpstatus_status_from_phrase(old[i].phrase, HTTPSTATUS_NUL_TERMINATED);

		ck_assert_msg(s != NULL, "%s not found", old[i].phrase);
		ck_assert_int_eq(httpstatus_status_code(s), old[i].code);
	}
}
END_TEST

START_TEST(python_methods_in_python_order)
{
	static const char *const python_methods[] = {
		"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE",
	};
	size_t last = 0;

	for (size_t i = 0; i < sizeof(python_methods) / sizeof(python_methods[0]); i++) {
		const httpstatus_method *m = httpstatus_method_from_name(python_methods[i], HTTPSTATUS_NUL_TERMINATED);
		size_t at = 0;

		ck_assert_msg(m != NULL, "%s missing", python_methods[i]);
		while (httpstatus_method_at(at) != m)
			at++;
		ck_assert_uint_ge(at, last);
		last = at;
	}
	ck_assert_int_eq(httpstatus_method_is_safe(httpstatus_method_from_name("GET", 3)), 1);
	ck_assert_int_eq(httpstatus_method_is_safe(httpstatus_method_from_name("POST", 4)), 0);
	ck_assert_int_eq(httpstatus_method_is_idempotent(httpstatus_method_from_name("PUT", 3)), 1);
	ck_assert_int_eq(httpstatus_method_is_idempotent(httpstatus_method_from_name("PATCH", 5)), 0);
	ck_assert_ptr_nonnull(httpstatus_method_from_name("QUERY", 5));
	ck_assert_ptr_null(httpstatus_method_from_name("*", 1));
}
END_TEST

START_TEST(registry_states_and_semantics)
{
	const httpstatus_status *s104 = httpstatus_status_from_code(104);

	ck_assert_int_eq(httpstatus_status_state(s104), HTTPSTATUS_STATE_TEMPORARY);
	ck_assert_str_eq(httpstatus_status_expires(s104), "2026-11-13");
	ck_assert_int_eq(httpstatus_status_state(httpstatus_status_from_code(306)), HTTPSTATUS_STATE_UNUSED);
	ck_assert_int_eq(httpstatus_status_state(httpstatus_status_from_code(418)), HTTPSTATUS_STATE_UNUSED);
	ck_assert_int_eq(httpstatus_status_state(httpstatus_status_from_code(510)), HTTPSTATUS_STATE_OBSOLETED);
	ck_assert_int_eq(httpstatus_status_state(httpstatus_status_from_code(404)), HTTPSTATUS_STATE_REGISTERED);
	ck_assert_str_eq(httpstatus_status_expires(httpstatus_status_from_code(404)), "");
	/* RFC 9110, Section 6.4.1: no content for 1xx, 204, 304. */
	for (size_t i = 0; i < httpstatus_status_count(); i++) {
		const httpstatus_status *s = httpstatus_status_at(i);
		int code = httpstatus_status_code(s);
		int none = code / 100 == 1 || code == 204 || code == 304;

		ck_assert_int_eq(httpstatus_status_may_have_content(s), !none);
	}
	/* RFC 9110, Section 15.1 and RFC 7725: the heuristically cacheable set. */
	{
		static const int cacheable[] = { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 };
		size_t n = 0;

		for (size_t i = 0; i < sizeof(cacheable) / sizeof(cacheable[0]); i++)
			ck_assert_int_eq(httpstatus_status_is_cacheable(httpstatus_status_from_code(cacheable[i])), 1);
		for (size_t i = 0; i < httpstatus_status_count(); i++)
			n += (size_t)httpstatus_status_is_cacheable(httpstatus_status_at(i));
		ck_assert_uint_eq(n, sizeof(cacheable) / sizeof(cacheable[0]));
	}
	ck_assert_str_eq(httpstatus_status_reference(httpstatus_status_from_code(404)), "RFC 9110, Section 15.5.5");
	ck_assert_str_eq(httpstatus_status_reference_title(httpstatus_status_from_code(404)), "HTTP Semantics");
}
END_TEST

Suite *spec_suite(void)
{
	Suite *s = suite_create("spec");
	TCase *tc = tcase_create("spec");

	tcase_add_test(tc, spec_codes_names_and_phrases);
	tcase_add_test(tc, old_names_of_the_earlier_edition);
	tcase_add_test(tc, old_phrases);
	tcase_add_test(tc, python_methods_in_python_order);
	tcase_add_test(tc, registry_states_and_semantics);
	suite_add_tcase(s, tc);
	return s;
}
