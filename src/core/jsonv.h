/* jsonv.h - shared helpers for the core's JSON readers (level, anim,
 * progress): parse text with cJSON and turn every problem into one line
 * "FILE: /json/pointer: message" on a prb_List, so that one run reports
 * every problem and each names the exact place (RFC 6901 pointer).
 *
 * Promises: jv_parse never reads past len, rejects text after the value
 * and nesting deeper than the caller's limit, and gives "invalid JSON at
 * line L, column C" (columns count UTF-8 characters) for a syntax error.
 * Every field reader checks presence, type and range, reports at the
 * field's pointer and returns 1 when the value can be used (also when an
 * optional field is absent or a nullable one is null: *out is then left
 * as the caller set it) or 0 when it reported a problem. Text quoted from a
 * file into a message or pointer has control characters replaced by '?', so
 * a problem is always one line.
 * Ownership: the tree from jv_parse belongs to the caller (cJSON_Delete);
 * strings handed out by readers point into that tree and die with it, so
 * copy what you keep. A jv_Ctx holds no allocation. No I/O. */
#ifndef FM_JSONV_H
#define FM_JSONV_H

#include <stddef.h>
#include <cjson/cJSON.h>
#include "problems.h"

#define JV_PTR 256       /* JSON pointer buffer; longer pointers are cut */
#define JV_ID 48         /* ids: [a-z0-9-], 1..47 chars */
#define JV_CLIP 48       /* quoted file text in messages is cut to this */
#define JV_MAX_DEPTH 64  /* the largest nesting limit a caller may ask for */

/* Flags of the field readers. */
enum { JV_OPTIONAL = 0, JV_REQUIRED = 1, JV_NULLABLE = 2 };

typedef struct {
    prb_List *p;          /* where problems go (may be NULL: count only) */
    const char *file;     /* the FILE part of each line */
    int count;            /* problems reported through this context */
    char first[PRB_LINE]; /* the first of them, as the whole line */
} jv_Ctx;

void jv_init(jv_Ctx *v, const char *file, prb_List *p);
/* Reports one problem at pointer at ("" is the root). printf-style. */
void jv_report(jv_Ctx *v, const char *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Parses text[0..len) (need not be NUL-terminated). Returns the tree, or
 * NULL after reporting: larger than max_len bytes, empty, invalid JSON,
 * text after the value, a string holding the escape \u0000 (C strings
 * would end there and the value be used cut short), or a container nested deeper than max_depth (the
 * root is depth 1; scalars add no depth). */
cJSON *jv_parse(jv_Ctx *v, const char *text, size_t len, size_t max_len, int max_depth);

/* Pointers: out = base + "/" + key (with ~ as ~0 and / as ~1) or base +
 * "/" + i. out may be the same buffer as base. Returns out. */
const char *jv_ptr(char out[JV_PTR], const char *base, const char *key);
const char *jv_ptr_i(char out[JV_PTR], const char *base, int i);
/* Copies s for quoting in a message: control characters and bytes that
 * are not UTF-8 become '?', and
 * text longer than JV_CLIP-1 bytes is cut with "...". Returns out. */
const char *jv_clip(char out[JV_CLIP], const char *s);
/* Length of the UTF-8 sequence at s (1..4), or 0 when it is not valid
 * (overlong, a surrogate, above U+10FFFF, cut short). */
int jv_utf8_len(const unsigned char *s);
/* The offset of the first byte of s that does not start a valid UTF-8
 * sequence (jv_utf8_len), or strlen(s) when all of s is UTF-8. */
size_t jv_utf8_bad(const char *s);
/* 1 when s matches [a-z0-9-]{1,47}. */
int jv_is_id(const char *s);

/* Reports each key of obj not in allowed (a NULL-terminated list; "$schema"
 * is always allowed), with a "did you mean" for a near miss, and each key
 * given twice. Returns the number of problems. */
int jv_keys(jv_Ctx *v, const cJSON *obj, const char *at, const char *const *allowed);

/* Reports each of keys (NULL-terminated) that obj holds more than once:
 * cJSON reads the first and other tools the last, so such a file means
 * two things. Unknown keys are not reported (see jv_keys for that). */
void jv_no_key_twice(jv_Ctx *v, const cJSON *obj, const char *at, const char *const *keys);

/* Checks of one node n found at pointer at. */
int jv_is_object(jv_Ctx *v, const cJSON *n, const char *at);
int jv_node_arr(jv_Ctx *v, const cJSON *n, const char *at, int min, int max);
int jv_node_num(jv_Ctx *v, const cJSON *n, const char *at, double lo, double hi, double *out);
/* String of minlen..maxlen characters (UTF-8 code points). Text that is
 * not UTF-8 (a stray \xff, a sequence cut short, an overlong form) is
 * reported with the offset of its first bad byte: every string field of
 * every file read with these helpers gets the check. */
int jv_node_str(jv_Ctx *v, const cJSON *n, const char *at, size_t minlen, size_t maxlen,
                const char **out);
/* An id (jv_is_id), copied into out; out is "" after a problem. */
int jv_node_id(jv_Ctx *v, const cJSON *n, const char *at, char out[JV_ID]);

/* Finds obj[key] and writes its pointer (at + "/" + key) into ptr. Returns
 * NULL when obj is not an object, when the key is absent (reporting
 * 'missing "key"' at at if JV_REQUIRED), or when it is null and
 * JV_NULLABLE; otherwise the node, to be checked by the caller. */
const cJSON *jv_field(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
                      char ptr[JV_PTR]);

/* Field readers: obj[key] checked like the node checks above. */
int jv_str(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
           size_t minlen, size_t maxlen, const char **out);
int jv_id(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
          char out[JV_ID]);
/* An integral number in lo..hi. */
int jv_int(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int lo,
           int hi, int *out);
/* true/false as 1/0. */
int jv_bool(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int *out);
/* An array of min..max items. */
int jv_arr(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int min,
           int max, const cJSON **out);
/* One of the strings in names (NULL-terminated); *out gets its index. */
int jv_enum(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
            const char *const *names, int *out);

#endif
