/* SPDX-License-Identifier: MIT */
/*
 * libhttpstatus - the HTTP status code and method registries as a C library.
 *
 * Rules that hold for every declaration below:
 *
 *  - Handles.  A status or method is reached through an opaque handle, a
 *    `const httpstatus_status *` or `const httpstatus_method *`.  Handles point
 *    into read-only static data inside the library: they stay valid for as long
 *    as the library is loaded, are never freed, and two lookups of the same
 *    record give the same pointer, so handles may be compared with `==`.
 *
 *  - NULL.  A lookup that finds nothing returns NULL.  Every accessor accepts a
 *    NULL handle and then returns its neutral value: 0 for integers and flags,
 *    the empty string "" for strings.  No string accessor ever returns NULL.
 *
 *  - Ownership.  Every returned string is borrowed: it is static, NUL-terminated,
 *    valid for the life of the process and must not be freed or modified.
 *
 *  - Input.  Lookups by text take a pointer and a length in bytes; the text need
 *    not be NUL-terminated.  Pass HTTPSTATUS_NUL_TERMINATED as the length to have
 *    the library measure a NUL-terminated string (it never reads more than one
 *    byte past the longest key).  A NULL pointer, an empty or over-long text and
 *    text with an embedded NUL byte find nothing.
 *
 *  - Threads.  Nothing allocates, nothing global is written: every function is
 *    safe to call from any number of threads at once.
 *
 *  - ABI.  Flags are `int` (0 or 1), never `bool`; no struct is passed by value.
 *    Symbols are versioned; the node each function was added in is given below
 *    as "Since".
 */
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this header; configure reads it from here. */
#define HTTPSTATUS_VERSION_MAJOR 1
#define HTTPSTATUS_VERSION_MINOR 2
#define HTTPSTATUS_VERSION_MICRO 0
/* The version as one number, 0xMMmmuu: compare with httpstatus_version_number(). */
#define HTTPSTATUS_VERSION_NUMBER \
	((HTTPSTATUS_VERSION_MAJOR << 16) | (HTTPSTATUS_VERSION_MINOR << 8) | HTTPSTATUS_VERSION_MICRO)

/* Marks every exported function; the library is built with hidden visibility. */
#if defined(HTTPSTATUS_BUILDING) && defined(__GNUC__)
#define HTTPSTATUS_API __attribute__((visibility("default")))
#else
#define HTTPSTATUS_API
#endif

/* Length argument meaning "the text is NUL-terminated; measure it". */
#define HTTPSTATUS_NUL_TERMINATED ((size_t)-1)

/* An entry of the status code registry (opaque). */
typedef struct httpstatus_status httpstatus_status;
/* An entry of the method registry (opaque). */
typedef struct httpstatus_method httpstatus_method;
/* A response rule: what a status obliges a response to carry (opaque, 1.2). */
typedef struct httpstatus_rule httpstatus_rule;

/* Status classes, the first digit of a code (RFC 9110, Section 15). */
enum httpstatus_class {
	HTTPSTATUS_CLASS_NONE = 0,          /* only for a code outside 100..599 */
	HTTPSTATUS_CLASS_INFORMATIONAL = 1, /* 1xx */
	HTTPSTATUS_CLASS_SUCCESS = 2,       /* 2xx */
	HTTPSTATUS_CLASS_REDIRECTION = 3,   /* 3xx */
	HTTPSTATUS_CLASS_CLIENT_ERROR = 4,  /* 4xx */
	HTTPSTATUS_CLASS_SERVER_ERROR = 5   /* 5xx */
};

/* Registration states of a status code in the IANA registry. */
enum httpstatus_state {
	HTTPSTATUS_STATE_NONE = 0,       /* only for a NULL handle */
	HTTPSTATUS_STATE_REGISTERED = 1, /* permanently registered */
	HTTPSTATUS_STATE_TEMPORARY = 2,  /* temporary; see httpstatus_status_expires() */
	HTTPSTATUS_STATE_OBSOLETED = 3,  /* registered once, now obsoleted */
	HTTPSTATUS_STATE_UNUSED = 4,     /* reserved as unused: 306, and 418 */
	HTTPSTATUS_STATE_UNOFFICIAL = 5  /* not in the registry: see httpstatus_unofficial_at() (1.1) */
};

/* What a client following a redirect does with the request's method and content (1.1). */
enum httpstatus_follow_method {
	HTTPSTATUS_FOLLOW_NONE = 0,       /* not a redirect to Location */
	HTTPSTATUS_FOLLOW_KEEP = 1,       /* the same method and content (307, 308) */
	HTTPSTATUS_FOLLOW_GET = 2,        /* GET, or HEAD for HEAD (303) */
	HTTPSTATUS_FOLLOW_POST_TO_GET = 3 /* the same, but POST may become GET, as clients do (301, 302) */
};

/* What an alias stands for: an older status name or an older reason phrase. */
enum httpstatus_alias_kind {
	HTTPSTATUS_ALIAS_NONE = 0,   /* only for an index out of range */
	HTTPSTATUS_ALIAS_NAME = 1,   /* e.g. REQUEST_ENTITY_TOO_LARGE */
	HTTPSTATUS_ALIAS_PHRASE = 2  /* e.g. "Payload Too Large" */
};

/* What a response rule is about (1.2): see httpstatus_rule_subject(). */
enum httpstatus_subject {
	HTTPSTATUS_RULE_NONE = 0,    /* only for a NULL rule */
	HTTPSTATUS_RULE_FIELD = 1,   /* a header field: httpstatus_rule_field() names it */
	HTTPSTATUS_RULE_CONTENT = 2, /* the response's content */
	HTTPSTATUS_RULE_STATUS = 3   /* the status itself: whether it may be sent at all */
};

/* The requirement's word in the specification (1.2); MUST, SHOULD, MAY and OUGHT_TO ask for presence, the others for absence. */
enum httpstatus_level {
	HTTPSTATUS_LEVEL_NONE = 0,         /* only for a NULL rule */
	HTTPSTATUS_LEVEL_MUST = 1,         /* "MUST" */
	HTTPSTATUS_LEVEL_MUST_NOT = 2,     /* "MUST NOT" */
	HTTPSTATUS_LEVEL_SHOULD = 3,       /* "SHOULD" */
	HTTPSTATUS_LEVEL_SHOULD_NOT = 4,   /* "SHOULD NOT" */
	HTTPSTATUS_LEVEL_MAY = 5,          /* "MAY" */
	HTTPSTATUS_LEVEL_OUGHT_TO = 6,     /* "ought to" */
	HTTPSTATUS_LEVEL_OUGHT_NOT_TO = 7, /* "ought not to" */
	HTTPSTATUS_LEVEL_CANNOT = 8        /* "cannot" */
};

/* Which responses of the status a rule is about (1.2). */
enum httpstatus_scope {
	HTTPSTATUS_SCOPE_NONE = 0,        /* only for a NULL rule */
	HTTPSTATUS_SCOPE_ANY = 1,         /* every response with the status */
	HTTPSTATUS_SCOPE_HEAD = 2,        /* a response to HEAD */
	HTTPSTATUS_SCOPE_CONNECT = 3,     /* a response to CONNECT */
	HTTPSTATUS_SCOPE_RANGE = 4,       /* a response to a range request */
	HTTPSTATUS_SCOPE_CONDITIONAL = 5, /* a response to a conditional request */
	HTTPSTATUS_SCOPE_AS_200 = 6       /* the fields a 200 response to the same request would have carried */
};

/* The HTTP versions a rule holds in, as bits of httpstatus_rule_versions() (1.2). */
enum httpstatus_http_version {
	HTTPSTATUS_VERSION_NONE = 0,    /* only for a NULL rule */
	HTTPSTATUS_VERSION_HTTP1_0 = 1, /* HTTP/1.0 */
	HTTPSTATUS_VERSION_HTTP1_1 = 2, /* HTTP/1.1 */
	HTTPSTATUS_VERSION_HTTP2 = 4,   /* HTTP/2 */
	HTTPSTATUS_VERSION_HTTP3 = 8    /* HTTP/3 */
};

/*
 * One constant per status name, current names and older ones alike: the C
 * spelling of Python's HTTPStatus.NOT_FOUND is HTTPSTATUS_NOT_FOUND.
 */
/* BEGIN GENERATED STATUS CONSTANTS (gen/gen-tables.py from the data/ CSV files) */
enum httpstatus_code {
	HTTPSTATUS_CONTINUE                        = 100,
	HTTPSTATUS_SWITCHING_PROTOCOLS             = 101,
	HTTPSTATUS_PROCESSING                      = 102,
	HTTPSTATUS_EARLY_HINTS                     = 103,
	HTTPSTATUS_UPLOAD_RESUMPTION_SUPPORTED     = 104,
	HTTPSTATUS_OK                              = 200,
	HTTPSTATUS_CREATED                         = 201,
	HTTPSTATUS_ACCEPTED                        = 202,
	HTTPSTATUS_NON_AUTHORITATIVE_INFORMATION   = 203,
	HTTPSTATUS_NO_CONTENT                      = 204,
	HTTPSTATUS_RESET_CONTENT                   = 205,
	HTTPSTATUS_PARTIAL_CONTENT                 = 206,
	HTTPSTATUS_MULTI_STATUS                    = 207,
	HTTPSTATUS_ALREADY_REPORTED                = 208,
	HTTPSTATUS_IM_USED                         = 226,
	HTTPSTATUS_MULTIPLE_CHOICES                = 300,
	HTTPSTATUS_MOVED_PERMANENTLY               = 301,
	HTTPSTATUS_FOUND                           = 302,
	HTTPSTATUS_SEE_OTHER                       = 303,
	HTTPSTATUS_NOT_MODIFIED                    = 304,
	HTTPSTATUS_USE_PROXY                       = 305,
	HTTPSTATUS_UNUSED                          = 306,
	HTTPSTATUS_TEMPORARY_REDIRECT              = 307,
	HTTPSTATUS_PERMANENT_REDIRECT              = 308,
	HTTPSTATUS_BAD_REQUEST                     = 400,
	HTTPSTATUS_UNAUTHORIZED                    = 401,
	HTTPSTATUS_PAYMENT_REQUIRED                = 402,
	HTTPSTATUS_FORBIDDEN                       = 403,
	HTTPSTATUS_NOT_FOUND                       = 404,
	HTTPSTATUS_METHOD_NOT_ALLOWED              = 405,
	HTTPSTATUS_NOT_ACCEPTABLE                  = 406,
	HTTPSTATUS_PROXY_AUTHENTICATION_REQUIRED   = 407,
	HTTPSTATUS_REQUEST_TIMEOUT                 = 408,
	HTTPSTATUS_CONFLICT                        = 409,
	HTTPSTATUS_GONE                            = 410,
	HTTPSTATUS_LENGTH_REQUIRED                 = 411,
	HTTPSTATUS_PRECONDITION_FAILED             = 412,
	HTTPSTATUS_CONTENT_TOO_LARGE               = 413,
	HTTPSTATUS_URI_TOO_LONG                    = 414,
	HTTPSTATUS_UNSUPPORTED_MEDIA_TYPE          = 415,
	HTTPSTATUS_RANGE_NOT_SATISFIABLE           = 416,
	HTTPSTATUS_EXPECTATION_FAILED              = 417,
	HTTPSTATUS_IM_A_TEAPOT                     = 418,
	HTTPSTATUS_MISDIRECTED_REQUEST             = 421,
	HTTPSTATUS_UNPROCESSABLE_CONTENT           = 422,
	HTTPSTATUS_LOCKED                          = 423,
	HTTPSTATUS_FAILED_DEPENDENCY               = 424,
	HTTPSTATUS_TOO_EARLY                       = 425,
	HTTPSTATUS_UPGRADE_REQUIRED                = 426,
	HTTPSTATUS_PRECONDITION_REQUIRED           = 428,
	HTTPSTATUS_TOO_MANY_REQUESTS               = 429,
	HTTPSTATUS_REQUEST_HEADER_FIELDS_TOO_LARGE = 431,
	HTTPSTATUS_UNAVAILABLE_FOR_LEGAL_REASONS   = 451,
	HTTPSTATUS_INTERNAL_SERVER_ERROR           = 500,
	HTTPSTATUS_NOT_IMPLEMENTED                 = 501,
	HTTPSTATUS_BAD_GATEWAY                     = 502,
	HTTPSTATUS_SERVICE_UNAVAILABLE             = 503,
	HTTPSTATUS_GATEWAY_TIMEOUT                 = 504,
	HTTPSTATUS_HTTP_VERSION_NOT_SUPPORTED      = 505,
	HTTPSTATUS_VARIANT_ALSO_NEGOTIATES         = 506,
	HTTPSTATUS_INSUFFICIENT_STORAGE            = 507,
	HTTPSTATUS_LOOP_DETECTED                   = 508,
	HTTPSTATUS_NOT_EXTENDED                    = 510,
	HTTPSTATUS_NETWORK_AUTHENTICATION_REQUIRED = 511,
	/* ALIASES (data/aliases.csv): older names and other implementations' names, each equal to the
	   constant of its status's current name. */
	HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE        = 413,
	HTTPSTATUS_REQUEST_URI_TOO_LONG            = 414,
	HTTPSTATUS_REQUESTED_RANGE_NOT_SATISFIABLE = 416,
	HTTPSTATUS_REQUEST_RANGE_NOT_SATISFIABLE   = 416,
	HTTPSTATUS_UNPROCESSABLE_ENTITY            = 422,
	HTTPSTATUS_NON_AUTHORITATIVE_INFO          = 203,
	HTTPSTATUS_NON_AUTHORITATIVE               = 203,
	HTTPSTATUS_NOT_AUTHORITATIVE               = 203,
	HTTPSTATUS_RESET                           = 205,
	HTTPSTATUS_PARTIAL                         = 206,
	HTTPSTATUS_MULT_CHOICE                     = 300,
	HTTPSTATUS_AMBIGUOUS                       = 300,
	HTTPSTATUS_MOVED_PERM                      = 301,
	HTTPSTATUS_MOVED                           = 301,
	HTTPSTATUS_MOVED_TEMPORARILY               = 302,
	HTTPSTATUS_MOVED_TEMP                      = 302,
	HTTPSTATUS_REDIRECT                        = 302,
	HTTPSTATUS_REDIRECT_METHOD                 = 303,
	HTTPSTATUS_SWITCH_PROXY                    = 306,
	HTTPSTATUS_NOT_APPEARING_IN_THIS_PROTOCOL  = 306,
	HTTPSTATUS_REDIRECT_KEEP_VERB              = 307,
	HTTPSTATUS_BAD_METHOD                      = 405,
	HTTPSTATUS_METHOD_NOT_ACCEPTABLE           = 406,
	HTTPSTATUS_PROXY_AUTH_REQUIRED             = 407,
	HTTPSTATUS_PROXY_AUTH                      = 407,
	HTTPSTATUS_PROXY_UNAUTHORIZED              = 407,
	HTTPSTATUS_CLIENT_TIMEOUT                  = 408,
	HTTPSTATUS_PRECON_FAILED                   = 412,
	HTTPSTATUS_PAYLOAD_TOO_LARGE               = 413,
	HTTPSTATUS_REQUEST_TOO_LONG                = 413,
	HTTPSTATUS_ENTITY_TOO_LARGE                = 413,
	HTTPSTATUS_REQ_TOO_LONG                    = 414,
	HTTPSTATUS_UNSUPPORTED_TYPE                = 415,
	HTTPSTATUS_INVALID_RANGE                   = 416,
	HTTPSTATUS_TEAPOT                          = 418,
	HTTPSTATUS_I_AM_A_TEAPOT                   = 418,
	HTTPSTATUS_INTERNAL_ERROR                  = 500,
	HTTPSTATUS_SERVER_ERROR                    = 500,
	HTTPSTATUS_UNAVAILABLE                     = 503,
};
/* END GENERATED STATUS CONSTANTS */

/* ---- The library ------------------------------------------------------ */

/* The library's version, "MAJOR.MINOR.MICRO".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_version(void);
/* The library's version as 0xMMmmuu (see HTTPSTATUS_VERSION_NUMBER).  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API unsigned long httpstatus_version_number(void);
/* The date of the registry snapshot the data reflects, "YYYY-MM-DD".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_registry_date(void);

/* ---- Statuses: lookup and iteration ----------------------------------- */

/* How many statuses the library knows.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API size_t httpstatus_status_count(void);
/* The status at INDEX in ascending code order, or NULL when INDEX >= the count.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_status_at(size_t index);
/* The status with code CODE, or NULL when no status is registered for it.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_code(int code);
/* The status named exactly NAME ("NOT_FOUND"; older names too), or NULL.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_name(const char *name, size_t len);
/* Like httpstatus_status_from_name(), ignoring ASCII case ("not_found").  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_name_ci(const char *name, size_t len);
/* The status whose reason phrase is PHRASE, ignoring ASCII case ("not found"; older phrases too), or NULL.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_status_from_phrase(const char *phrase, size_t len);

/* ---- Statuses: accessors (a NULL handle gives 0 or "") ---------------- */

/* The numeric code, 100..599.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_code(const httpstatus_status *status);
/* The enum-style name with RFC 9110 naming, "NOT_FOUND".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_status_name(const httpstatus_status *status);
/* The reason phrase, "Not Found".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_status_phrase(const httpstatus_status *status);
/* A one-line description of what the status means.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_status_description(const httpstatus_status *status);
/* The defining document and section, "RFC 9110, Section 15.5.5".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_status_reference(const httpstatus_status *status);
/* The title of the defining document, "HTTP Semantics".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_status_reference_title(const httpstatus_status *status);
/* The registration state, one of enum httpstatus_state.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_state(const httpstatus_status *status);
/* When a temporary registration expires, "YYYY-MM-DD"; "" for other states.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_status_expires(const httpstatus_status *status);
/* The class, one of enum httpstatus_class.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_class(const httpstatus_status *status);
/* 1 for a 1xx status, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_is_informational(const httpstatus_status *status);
/* 1 for a 2xx status, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_is_success(const httpstatus_status *status);
/* 1 for a 3xx status, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_is_redirection(const httpstatus_status *status);
/* 1 for a 4xx status, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_is_client_error(const httpstatus_status *status);
/* 1 for a 5xx status, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_is_server_error(const httpstatus_status *status);
/* 1 if a response with this status may carry content (never 1xx, 204, 304; RFC 9110, Section 6.4.1).  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_may_have_content(const httpstatus_status *status);
/* 1 if a response with this status is heuristically cacheable by default (RFC 9110, Section 15.1; RFC 7725).  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_status_is_cacheable(const httpstatus_status *status);

/* ---- Statuses: what clients and proxies ask of them (1.1) -------------- */

/* 1 if the status sends the client on to the URI in Location (301, 302, 303, 307, 308: RFC 9110, Section 15.4), else 0.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API int httpstatus_status_is_location_redirect(const httpstatus_status *status);
/* 1 if that redirect is permanent, so links may be updated (301, 308), else 0.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API int httpstatus_status_is_permanent_redirect(const httpstatus_status *status);
/* What a client following the redirect sends, one of enum httpstatus_follow_method.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API int httpstatus_status_follow_method(const httpstatus_status *status);
/* "keep", "get", "post_to_get"; "" for anything else.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API const char *httpstatus_follow_method_name(int follow_method);
/* 1 if the condition is transient, so the same request may succeed later (408, 421, 425, 429, 503), else 0.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API int httpstatus_status_is_transient(const httpstatus_status *status);
/* 1 if the status's definition names a Retry-After field for it (every 3xx, 413, 429, 503), else 0.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API int httpstatus_status_may_have_retry_after(const httpstatus_status *status);

/* ---- Unofficial statuses: in wide use, not in the registry (1.1) ------ */

/* How many unofficial statuses the library knows (httpstatus_status_from_code() finds none of them).  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API size_t httpstatus_unofficial_count(void);
/* The unofficial status at INDEX in ascending code order, or NULL when INDEX >= the count.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API const httpstatus_status *httpstatus_unofficial_at(size_t index);
/* The unofficial status with code CODE (499), or NULL.  Its state is HTTPSTATUS_STATE_UNOFFICIAL.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API const httpstatus_status *httpstatus_unofficial_from_code(int code);
/* Who sends an unofficial status ("nginx"); "" for a registered one.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API const char *httpstatus_status_user(const httpstatus_status *status);
/* Where what the record says beyond the IANA registry was read (an unofficial status's use; a section IANA does not give, "RFC 4918, Section 11.3"); " | "-separated; "" for none or NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_status_locator(const httpstatus_status *status);
/* The verbatim text read there, " | "-separated in step with the locators ("" for a "judgement: WHY" one); "" for none or NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_status_quote(const httpstatus_status *status);

/* ---- Response rules: what a status obliges a response to carry (1.2) -- */
/*
 * A rule is one requirement of a specification (data/rules.csv), an opaque record like a status:
 * its handle points into the library's static tables, never changes and is never freed.  The
 * accessors of a NULL rule give 0 or "".  A rule written for a class (4xx) or for every status
 * belongs to each status it covers.
 */

/* How many response rules the library knows.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API size_t httpstatus_rule_count(void);
/* The rule at INDEX in the order of data/rules.csv, or NULL when INDEX >= httpstatus_rule_count().  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const httpstatus_rule *httpstatus_rule_at(size_t index);
/* How many rules hold for the status (its own, its class's and every status's); 0 for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API size_t httpstatus_status_rule_count(const httpstatus_status *status);
/* The status's rule number INDEX, in the order of data/rules.csv, or NULL when INDEX >= its count or STATUS is NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const httpstatus_rule *httpstatus_status_rule_at(const httpstatus_status *status, size_t index);
/* What the rule is about, one of enum httpstatus_subject; HTTPSTATUS_RULE_NONE for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API int httpstatus_rule_subject(const httpstatus_rule *rule);
/* The header field of a field rule, as the specification spells it ("Allow"); "" for any other rule or NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_rule_field(const httpstatus_rule *rule);
/* The level of the rule, one of enum httpstatus_level; HTTPSTATUS_LEVEL_NONE for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API int httpstatus_rule_level(const httpstatus_rule *rule);
/* The level of the rule as the specification writes it ("MUST NOT", "ought to"), or "" for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_rule_level_text(const httpstatus_rule *rule);
/* Which responses the rule is about, one of enum httpstatus_scope; HTTPSTATUS_SCOPE_NONE for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API int httpstatus_rule_scope(const httpstatus_rule *rule);
/* The HTTP versions the rule holds in, bits of enum httpstatus_http_version; 0 for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API int httpstatus_rule_versions(const httpstatus_rule *rule);
/* Where the rule was read ("RFC 9110, Section 15.5.6"), or "" for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_rule_locator(const httpstatus_rule *rule);
/* The sentence of the specification that states the rule, verbatim, or "" for NULL.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_rule_quote(const httpstatus_rule *rule);
/* "field", "content", "status"; "" for anything else.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_subject_name(int subject);
/* "must", "must_not", "should", "should_not", "may", "ought_to", "ought_not_to", "cannot"; "" for anything else.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_level_name(int level);
/* "any", "head", "connect", "range", "conditional", "as_200"; "" for anything else.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_scope_name(int scope);
/*
 * How many rules of status CODE (registered or unofficial) the response head described breaks: the
 * request METHOD (text; NULL with length 0 when unknown), the VERSION (10, 11, 20 or 30 for HTTP/1.0
 * to HTTP/3), the names of the header FIELDS present (separated by commas and white space, compared
 * ignoring ASCII case; NULL with length 0 for none) and HAS_CONTENT (1, 0, or -1 when not known: then
 * no content rule applies; none asking for content does to an answer to HEAD).  A MAY rule counts as
 * broken when its field is absent: httpstatus_rule_level() lets the caller weigh it.  Returns -1 for
 * an unknown code, another version or HAS_CONTENT, a method or field name that is not a token, or a
 * NULL text with a length other than 0.  Since HTTPSTATUS_1.2.
 */
HTTPSTATUS_API int httpstatus_check_count(int code, const char *method, size_t method_len, int version, const char *fields, size_t fields_len, int has_content);
/* The broken rule number INDEX of the head httpstatus_check_count() describes, in the status's rule order, or NULL past the last or for bad input.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const httpstatus_rule *httpstatus_check_at(int code, const char *method, size_t method_len, int version, const char *fields, size_t fields_len, int has_content, size_t index);

/* ---- Aliases: older names and phrases --------------------------------- */

/* How many aliases there are.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API size_t httpstatus_alias_count(void);
/* The alias text at INDEX ("REQUEST_ENTITY_TOO_LARGE"), or "" when out of range.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_alias_text(size_t index);
/* The kind of the alias at INDEX, one of enum httpstatus_alias_kind.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_alias_kind(size_t index);
/* The status the alias at INDEX resolves to, or NULL when out of range.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_status *httpstatus_alias_status(size_t index);
/* Who uses the alias at INDEX ("RFC 2068", "nginx status line"), or "" when out of range.  Since HTTPSTATUS_1.1. */
HTTPSTATUS_API const char *httpstatus_alias_source(size_t index);
/* Where the alias at INDEX was read ("RFC 2068, Section 10.3.3"; "judgement: WHY" for one kept on the project's judgement; several separated by " | "), or "" when out of range.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_alias_locator(size_t index);
/* The verbatim text read there, which holds the alias ("10.3.3 302 Moved Temporarily"; " | "-separated in step with the locators, "" for a judgement), or "" when out of range.  Since HTTPSTATUS_1.2. */
HTTPSTATUS_API const char *httpstatus_alias_quote(size_t index);

/* ---- Any integer ------------------------------------------------------ */

/* The class of any integer, registered or not (299 is a success); HTTPSTATUS_CLASS_NONE outside 100..599.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_class_of(int code);
/* "informational", "success", "redirection", "client_error", "server_error"; "" for anything else.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_class_name(int status_class);
/* "registered", "temporary", "obsoleted", "unused", "unofficial" (1.1); "" for anything else.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_state_name(int state);
/*
 * Writes the status line "HTTP/1.1 404 Not Found" for CODE (100..599; an
 * unregistered code gets no phrase: "HTTP/1.1 299 ") into BUF, snprintf-style:
 * never writes more than SIZE bytes, NUL-terminates when SIZE > 0, and returns
 * the length the full line needs (without the NUL).  Returns -1 and writes
 * nothing when CODE is outside 100..599 or BUF is NULL while SIZE > 0.
 * Since HTTPSTATUS_1.0.
 */
HTTPSTATUS_API int httpstatus_format_status_line(int code, char *buf, size_t size);

/* ---- Methods ---------------------------------------------------------- */

/* How many methods the library knows.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API size_t httpstatus_method_count(void);
/* The method at INDEX in alphabetical order, or NULL when INDEX >= the count.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_method *httpstatus_method_at(size_t index);
/* The method named NAME, case-sensitively (RFC 9110, Section 9.1: "get" is not GET), or NULL.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const httpstatus_method *httpstatus_method_from_name(const char *name, size_t len);
/* The method token, "GET".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_method_name(const httpstatus_method *method);
/* A one-line description of what the method does.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_method_description(const httpstatus_method *method);
/* The defining document(s) and section(s), "RFC 9110, Section 9.3.1".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_method_reference(const httpstatus_method *method);
/* The title of the (first) defining document, "HTTP Semantics".  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API const char *httpstatus_method_reference_title(const httpstatus_method *method);
/* 1 if the method is registered as safe, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_method_is_safe(const httpstatus_method *method);
/* 1 if the method is registered as idempotent, else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_method_is_idempotent(const httpstatus_method *method);
/* 1 if responses to it are cacheable (RFC 9110, Section 9.2.3: GET, HEAD, POST; RFC 10008: QUERY), else 0.  Since HTTPSTATUS_1.0. */
HTTPSTATUS_API int httpstatus_method_is_cacheable(const httpstatus_method *method);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
