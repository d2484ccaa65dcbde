/* SPDX-License-Identifier: MIT */
/* Private layouts of the registry records; the generated lib/tables.c fills them. */
#ifndef HTTPSTATUS_INTERNAL_H
#define HTTPSTATUS_INTERNAL_H

#include <stdint.h>

#include "httpstatus.h"

enum {
	HS_FLAG_CONTENT = 1,      /* status: may carry content */
	HS_FLAG_CACHEABLE = 2,    /* status: heuristically cacheable; method: responses cacheable */
	HS_FLAG_SAFE = 4,         /* method */
	HS_FLAG_IDEMPOTENT = 8,   /* method */
	HS_FLAG_REDIRECT = 4,     /* status: sends the client to Location */
	HS_FLAG_PERMANENT = 8,    /* status: a permanent redirect */
	HS_FLAG_TRANSIENT = 16,   /* status: the same request may succeed later */
	HS_FLAG_RETRY_AFTER = 32  /* status: its definition names Retry-After */
};

/* The flags of a record as the generated tables spell them: one 0 or 1 per flag. */
#define HS_STATUS_FLAGS(content, cacheable, redirect, permanent, transient, retry_after)                  \
	((content) * HS_FLAG_CONTENT | (cacheable) * HS_FLAG_CACHEABLE | (redirect) * HS_FLAG_REDIRECT |      \
	 (permanent) * HS_FLAG_PERMANENT | (transient) * HS_FLAG_TRANSIENT | (retry_after) * HS_FLAG_RETRY_AFTER)
#define HS_METHOD_FLAGS(safe, idempotent, cacheable) \
	((safe) * HS_FLAG_SAFE | (idempotent) * HS_FLAG_IDEMPOTENT | (cacheable) * HS_FLAG_CACHEABLE)

/* Strings are offsets into httpstatus__pool, so the tables hold no pointers and need no relocations. */
struct httpstatus_status {
	uint16_t code;
	uint8_t state;
	uint8_t flags;
	uint8_t name_len;
	uint8_t phrase_len;
	uint16_t name;
	uint16_t phrase;
	uint16_t description;
	uint16_t reference;
	uint16_t title;
	uint16_t expires;
	uint16_t user;           /* who sends an unofficial status; "" for a registered one */
	uint16_t locator;        /* where what it says beyond the registry was read (1.2) */
	uint16_t quote;          /* the verbatim text read there (1.2) */
	uint8_t follow_method; /* enum httpstatus_follow_method */
	uint16_t rules;        /* its first rule in httpstatus__rule_list (1.2) */
	uint16_t rule_count;   /* how many rules hold for it there, in the order of data/rules.csv */
};

struct httpstatus_method {
	uint8_t name_len;
	uint8_t flags;
	uint16_t name;
	uint16_t description;
	uint16_t reference;
	uint16_t title;
};

struct hs_alias {
	uint16_t text;
	uint16_t source;
	uint16_t locator;
	uint16_t quote;
	uint8_t text_len;
	uint8_t status;
	uint8_t kind;
};

/* A response rule (1.2), a row of data/rules.csv; the enums are the header's. */
struct httpstatus_rule {
	uint16_t field;      /* the header field's name; "" unless subject is HTTPSTATUS_RULE_FIELD */
	uint16_t level_text; /* the level as the specification writes it */
	uint16_t locator;
	uint16_t quote;
	uint8_t field_len;
	uint8_t field_id;    /* its index in httpstatus__rule_fields; HS_NO_FIELD unless a field rule */
	uint8_t subject;     /* enum httpstatus_subject */
	uint8_t level;       /* enum httpstatus_level */
	uint8_t scope;       /* enum httpstatus_scope */
	uint8_t versions;    /* bits of enum httpstatus_http_version */
};

/* A field name some rule is about, each once (ignoring case); httpstatus__rule_fields is sorted by length. */
struct hs_field {
	uint16_t text;
	uint8_t len;
};
#define HS_NO_FIELD 0xFFu

/*
 * The exported accessors of a record are one line each: NAME(const TYPE *) returns the text at
 * FIELD (an offset into httpstatus__pool), or "" for a NULL record; the number FIELD, or NONE for a
 * NULL record; or whether FLAG is set, 0 for a NULL record.
 */
#define HS_TEXT_ACCESSOR(type, name, field) \
	HTTPSTATUS_API const char *name(const type *record) \
	{ \
		return record != NULL ? httpstatus__pool + record->field : ""; \
	}
#define HS_INT_ACCESSOR(type, name, field, none) \
	HTTPSTATUS_API int name(const type *record) \
	{ \
		return record != NULL ? record->field : (none); \
	}
#define HS_FLAG_ACCESSOR(type, name, flag) \
	HTTPSTATUS_API int name(const type *record) \
	{ \
		return record != NULL && (record->flags & (flag)) != 0; \
	}

/* One key of a perfect hash: the text (in httpstatus__pool) and the record it leads to. */
struct hs_key {
	uint16_t text;
	uint8_t len;
	uint8_t record;
};

#endif
