/* export.c - see export.h. Each text is made in one buffer whose size is
 * worked out first from the longest form every field can take (a CSV
 * field: each byte doubled, its quotes and a '; a JSON string: \u00XX a
 * byte), so nothing is cut and nothing grows while it is written. */
#include "export.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "timefmt.h"

#define NUMS 96 /* bytes of a row's numbers, time and separators */
#define KEYS 256 /* bytes of a JSON row's keys and punctuation, with room to spare */

typedef struct {
    char *p, *end;
} Out;

static void put(Out *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o->p, s, n); /* fits: the size was worked out first */
    o->p += n;
}

static void put_num(Out *o, const char *sep, long long v)
{
    o->p += snprintf(o->p, (size_t)(o->end - o->p), "%s%lld", sep, v);
}

/* A CSV field (RFC 4180), never a formula (export.h). */
static void put_csv(Out *o, const char *s)
{
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        *o->p++ = '"';
    if (strchr("=+-@\t\r", s[0]) && s[0])
        *o->p++ = '\'';
    for (; *s; s++) {
        if (*s == '"')
            *o->p++ = '"';
        *o->p++ = *s;
    }
    if (quote)
        *o->p++ = '"';
}

static void put_json(Out *o, const char *s)
{
    *o->p++ = '"';
    o->p += app_json_string(s, o->p, (int)(o->end - o->p));
    *o->p++ = '"';
}

exp_Format exp_format_of(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || strchr(dot, '/'))
        return EXP_NONE;
    char ext[8];
    size_t n = strlen(dot + 1);
    if (n >= sizeof ext)
        return EXP_NONE;
    for (size_t i = 0; i <= n; i++)
        ext[i] = (char)tolower((unsigned char)dot[1 + i]);
    return strcmp(ext, "csv") == 0 ? EXP_CSV : strcmp(ext, "json") == 0 ? EXP_JSON : EXP_NONE;
}

static int cmp_time(const void *x, const void *y)
{
    const prog_Entry *a = *(const prog_Entry *const *)x, *b = *(const prog_Entry *const *)y;
    if (a->completed_at != b->completed_at)
        return a->completed_at < b->completed_at ? -1 : 1;
    return a < b ? -1 : a > b; /* as in the file where the times are equal */
}

static void put_row(Out *o, exp_Format f, const char *profile, const prog_Entry *e, int first)
{
    char when[32];
    tf_format_utc(e->completed_at, when);
    if (f == EXP_CSV) {
        put_csv(o, profile);
        put(o, ",");
        put_csv(o, e->routine);
        put(o, ",");
        put_csv(o, e->zone);
        put(o, ",");
        put(o, when);
        put_num(o, ",", e->steps_done);
        put_num(o, ",", e->steps_skipped);
        put_num(o, ",", e->steps_total);
        put(o, "\r\n");
        return;
    }
    put(o, first ? "\n  {\"profile\":" : ",\n  {\"profile\":");
    put_json(o, profile);
    put(o, ",\"routine\":");
    put_json(o, e->routine);
    put(o, ",\"zone\":");
    put_json(o, e->zone);
    put(o, ",\"completed_at\":\"");
    put(o, when);
    put_num(o, "\",\"steps_done\":", e->steps_done);
    put_num(o, ",\"steps_skipped\":", e->steps_skipped);
    put_num(o, ",\"steps_total\":", e->steps_total);
    put(o, "}");
}

/* The rows of one source, oldest first; -1 when out of memory. */
static int put_source(Out *o, exp_Format f, const exp_Source *s, int *rows)
{
    const prog_Data *d = s->prog;
    if (!d || d->n == 0)
        return 0;
    const prog_Entry **order = malloc((size_t)d->n * sizeof *order);
    if (!order)
        return -1;
    for (int i = 0; i < d->n; i++)
        order[i] = &d->h[i];
    qsort(order, (size_t)d->n, sizeof *order, cmp_time);
    for (int i = 0; i < d->n; i++)
        put_row(o, f, s->profile ? s->profile : EXP_DEFAULT_PROFILE, order[i], (*rows)++ == 0);
    free(order);
    return 0;
}

char *exp_history(const exp_Source *src, int n, exp_Format f, size_t *len)
{
    size_t cap = 256;
    for (int i = 0; i < n; i++) {
        size_t pl = src[i].profile ? strlen(src[i].profile) : sizeof EXP_DEFAULT_PROFILE;
        if (src[i].prog)
            cap += (size_t)src[i].prog->n * (6 * (pl + 2 * PROG_ID) + KEYS + NUMS);
    }
    char *text = malloc(cap);
    if (!text)
        return NULL;
    Out o = {text, text + cap};
    int rows = 0;
    put(&o, f == EXP_CSV ? "profile,routine,zone,completed_at,steps_done,steps_skipped,steps_total\r\n"
                         : "{\"kind\":\"facemap-history\",\"version\":1,\"entries\":[");
    for (int i = 0; i < n; i++)
        if (put_source(&o, f, &src[i], &rows) != 0) {
            free(text);
            return NULL;
        }
    if (f == EXP_JSON)
        put(&o, rows ? "\n]}\n" : "]}\n");
    *o.p = '\0';
    if (len)
        *len = (size_t)(o.p - text);
    return text;
}

char *exp_counts_csv(const kst_Stats *s, int64_t from, int64_t to, const char *const *zones, int nz, size_t *len)
{
    int64_t days = to >= from ? to - from + 1 : 0;
    size_t cap = 128 + (size_t)nz * (4 * KST_ID + 16) + (size_t)days * (NUMS + (size_t)nz * 12);
    char *text = malloc(cap);
    if (!text)
        return NULL;
    Out o = {text, text + cap};
    char name[KST_ID + 16];
    put(&o, "date,visitors,started,finished,unfinished");
    for (int z = 0; z < nz; z++) {
        snprintf(name, sizeof name, "opened:%.*s", KST_ID - 1, zones[z]);
        put(&o, ",");
        put_csv(&o, name);
    }
    put(&o, "\r\n");
    for (int64_t d = from; d <= to; d++) {
        int y, m, dd, done, unfinished;
        tf_civil_from_days(d, &y, &m, &dd);
        o.p += snprintf(o.p, (size_t)(o.end - o.p), "%04d-%02d-%02d", y, m, dd);
        put_num(&o, ",", kst_sessions(s, d, d));
        put_num(&o, ",", kst_routine_sum(s, NULL, d, d, &done, &unfinished));
        put_num(&o, ",", done);
        put_num(&o, ",", unfinished);
        for (int z = 0; z < nz; z++)
            put_num(&o, ",", kst_zone_opened(s, zones[z], d, d));
        put(&o, "\r\n");
    }
    *o.p = '\0';
    if (len)
        *len = (size_t)(o.p - text);
    return text;
}
