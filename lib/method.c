/* SPDX-License-Identifier: MIT */
/* Method records: lookup, iteration and accessors. */
#include "lookup.h"
#include "tables.h"

HTTPSTATUS_API size_t httpstatus_method_count(void)
{
	return HS_METHOD_COUNT;
}

HTTPSTATUS_API const httpstatus_method *httpstatus_method_at(size_t index)
{
	return index < HS_METHOD_COUNT ? &httpstatus__methods[index] : NULL;
}

HTTPSTATUS_API const httpstatus_method *httpstatus_method_from_name(const char *name, size_t len)
{
	const struct hs_key *key = HS_FIND(METHOD, name, len, 0, 1);

	return key != NULL ? &httpstatus__methods[key->record] : NULL;
}

HS_TEXT_ACCESSOR(httpstatus_method, httpstatus_method_name, name)
HS_TEXT_ACCESSOR(httpstatus_method, httpstatus_method_description, description)
HS_TEXT_ACCESSOR(httpstatus_method, httpstatus_method_reference, reference)
HS_TEXT_ACCESSOR(httpstatus_method, httpstatus_method_reference_title, title)
HS_FLAG_ACCESSOR(httpstatus_method, httpstatus_method_is_safe, HS_FLAG_SAFE)
HS_FLAG_ACCESSOR(httpstatus_method, httpstatus_method_is_idempotent, HS_FLAG_IDEMPOTENT)
HS_FLAG_ACCESSOR(httpstatus_method, httpstatus_method_is_cacheable, HS_FLAG_CACHEABLE)
