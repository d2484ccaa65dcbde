/* SPDX-License-Identifier: MIT */
/* Method records: lookup, iteration and accessors. */
#include "lookup.h"
#include "tables.h"

#define STRING_FIELD(m, field) ((m) != NULL ? httpstatus__pool + (m)->field : "")

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
	const struct hs_key *key = HS_FIND(METHOD, httpstatus__method_slots, httpstatus__method_keys, name, len, 0, 1);

	return key != NULL ? &httpstatus__methods[key->record] : NULL;
}

HTTPSTATUS_API const char *httpstatus_method_name(const httpstatus_method *method)
{
	return STRING_FIELD(method, name);
}

HTTPSTATUS_API const char *httpstatus_method_description(const httpstatus_method *method)
{
	return STRING_FIELD(method, description);
}

HTTPSTATUS_API const char *httpstatus_method_reference(const httpstatus_method *method)
{
	return STRING_FIELD(method, reference);
}

HTTPSTATUS_API const char *httpstatus_method_reference_title(const httpstatus_method *method)
{
	return STRING_FIELD(method, title);
}

static int has_flag(const httpstatus_method *method, unsigned flag)
{
	return method != NULL && (method->flags & flag) != 0;
}

HTTPSTATUS_API int httpstatus_method_is_safe(const httpstatus_method *method)
{
	return has_flag(method, HS_FLAG_SAFE);
}

HTTPSTATUS_API int httpstatus_method_is_idempotent(const httpstatus_method *method)
{
	return has_flag(method, HS_FLAG_IDEMPOTENT);
}

HTTPSTATUS_API int httpstatus_method_is_cacheable(const httpstatus_method *method)
{
	return has_flag(method, HS_FLAG_CACHEABLE);
}
