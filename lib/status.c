/* SPDX-License-Identifier: MIT */
/* Status records: lookup, iteration and accessors. */
#include "lookup.h"
#include "code.h"

static const httpstatus_status *record_of(const struct hs_key *key)
{
	return key != NULL ? &httpstatus__statuses[key->record] : NULL;
}

HTTPSTATUS_API size_t httpstatus_status_count(void)
{
	return HS_STATUS_COUNT;
}

HTTPSTATUS_API const httpstatus_status *httpstatus_status_at(size_t index)
{
	return index < HS_STATUS_COUNT ? &httpstatus__statuses[index] : NULL;
}

HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_code(int code)
{
	return hs_status_by_code(code);
}

HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_name(const char *name, size_t len)
{
	return record_of(HS_FIND(NAME, name, len, 1, 1));
}

HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_name_ci(const char *name, size_t len)
{
	return record_of(HS_FIND(NAME, name, len, 1, 0));
}

HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_phrase(const char *phrase, size_t len)
{
	return record_of(HS_FIND(PHRASE, phrase, len, 1, 0));
}

HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_name, name)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_phrase, phrase)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_description, description)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_reference, reference)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_reference_title, title)

static int hs_status_class(const httpstatus_status *status)
{
	return status != NULL ? hs_class_of(status->code) : HTTPSTATUS_CLASS_NONE;
}

HTTPSTATUS_API int httpstatus_status_class(const httpstatus_status *status)
{
	return hs_status_class(status);
}

HTTPSTATUS_API int httpstatus_status_is_informational(const httpstatus_status *status)
{
	return hs_status_class(status) == HTTPSTATUS_CLASS_INFORMATIONAL;
}

HTTPSTATUS_API int httpstatus_status_is_success(const httpstatus_status *status)
{
	return hs_status_class(status) == HTTPSTATUS_CLASS_SUCCESS;
}

HTTPSTATUS_API int httpstatus_status_is_redirection(const httpstatus_status *status)
{
	return hs_status_class(status) == HTTPSTATUS_CLASS_REDIRECTION;
}

HTTPSTATUS_API int httpstatus_status_is_client_error(const httpstatus_status *status)
{
	return hs_status_class(status) == HTTPSTATUS_CLASS_CLIENT_ERROR;
}

HTTPSTATUS_API int httpstatus_status_is_server_error(const httpstatus_status *status)
{
	return hs_status_class(status) == HTTPSTATUS_CLASS_SERVER_ERROR;
}

HS_INT_ACCESSOR(httpstatus_status, httpstatus_status_code, code, 0)
HS_INT_ACCESSOR(httpstatus_status, httpstatus_status_state, state, HTTPSTATUS_STATE_NONE)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_expires, expires)
HS_FLAG_ACCESSOR(httpstatus_status, httpstatus_status_may_have_content, HS_FLAG_CONTENT)
HS_FLAG_ACCESSOR(httpstatus_status, httpstatus_status_is_cacheable, HS_FLAG_CACHEABLE)

/* ---- Unofficial statuses (1.1): the records after the registered ones ---- */

#define UNOFFICIAL (httpstatus__statuses + HS_STATUS_COUNT)

HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_user, user)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_locator, locator)
HS_TEXT_ACCESSOR(httpstatus_status, httpstatus_status_quote, quote)

HTTPSTATUS_API size_t httpstatus_unofficial_count(void)
{
	return HS_UNOFFICIAL_COUNT;
}

HTTPSTATUS_API const httpstatus_status *httpstatus_unofficial_at(size_t index)
{
	return index < HS_UNOFFICIAL_COUNT ? &UNOFFICIAL[index] : NULL;
}

HTTPSTATUS_API const httpstatus_status *httpstatus_unofficial_from_code(int code)
{
	return hs_unofficial_by_code(code);
}

/* ---- What clients and proxies ask of a status (1.1) ---- */

HS_FLAG_ACCESSOR(httpstatus_status, httpstatus_status_is_location_redirect, HS_FLAG_REDIRECT)
HS_FLAG_ACCESSOR(httpstatus_status, httpstatus_status_is_permanent_redirect, HS_FLAG_PERMANENT)
HS_INT_ACCESSOR(httpstatus_status, httpstatus_status_follow_method, follow_method, HTTPSTATUS_FOLLOW_NONE)
HS_FLAG_ACCESSOR(httpstatus_status, httpstatus_status_is_transient, HS_FLAG_TRANSIENT)
HS_FLAG_ACCESSOR(httpstatus_status, httpstatus_status_may_have_retry_after, HS_FLAG_RETRY_AFTER)

HTTPSTATUS_API size_t httpstatus_alias_count(void)
{
	return HS_ALIAS_COUNT;
}

HTTPSTATUS_API const char *httpstatus_alias_text(size_t index)
{
	return index < HS_ALIAS_COUNT ? httpstatus__pool + httpstatus__aliases[index].text : "";
}

HTTPSTATUS_API int httpstatus_alias_kind(size_t index)
{
	return index < HS_ALIAS_COUNT ? httpstatus__aliases[index].kind : HTTPSTATUS_ALIAS_NONE;
}

HTTPSTATUS_API const httpstatus_status *httpstatus_alias_status(size_t index)
{
	return index < HS_ALIAS_COUNT ? &httpstatus__statuses[httpstatus__aliases[index].status] : NULL;
}

HTTPSTATUS_API const char *httpstatus_alias_source(size_t index)
{
	return index < HS_ALIAS_COUNT ? httpstatus__pool + httpstatus__aliases[index].source : "";
}

HTTPSTATUS_API const char *httpstatus_alias_locator(size_t index)
{
	return index < HS_ALIAS_COUNT ? httpstatus__pool + httpstatus__aliases[index].locator : "";
}

HTTPSTATUS_API const char *httpstatus_alias_quote(size_t index)
{
	return index < HS_ALIAS_COUNT ? httpstatus__pool + httpstatus__aliases[index].quote : "";
}
