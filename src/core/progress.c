/* progress.c - the progress file (format: progress.h, DESIGN.md): parse it
 * all or nothing, and write it back with a direct writer into a growing
 * buffer (one history entry a line, so 10,000 entries take a few ms and the
 * file stays readable). The reader is strict about what it uses (types,
 * ranges, times, sizes, nesting) but ignores keys it does not know, so a
 * file from a newer build of the same version still loads; ids are any text
 * of 1..PROG_ID-1 bytes, so whatever prog_add accepted reads back. */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonv.h"
#include "timefmt.h"

#define PROG_MAX_DEPTH 6
#define PROG_MAX_COUNT 100000 /* steps and indexes */

/* ---- data --------------------------------------------------------------- */

void prog_init(prog_Data *d)
{
    memset(d, 0, sizeof *d);
    d->version = PROG_VERSION;
}

void prog_free(prog_Data *d)
{
    free(d->h);
    prog_init(d);
}

int prog_add(prog_Data *d, const prog_Entry *e)
{
    if (d->n >= PROG_MAX_HISTORY)
        return -1;
    if (d->n == d->cap) {
        int cap = d->cap ? d->cap * 2 : 16;
        if (cap > PROG_MAX_HISTORY)
            cap = PROG_MAX_HISTORY;
        prog_Entry *h = realloc(d->h, (size_t)cap * sizeof *h);
        if (!h)
            return -1;
        d->h = h;
        d->cap = cap;
    }
    prog_Entry *dst = &d->h[d->n++];
    *dst = *e;
    dst->routine[PROG_ID - 1] = '\0';
    dst->zone[PROG_ID - 1] = '\0';
    return 0;
}

/* The latest entry whose routine (field 0) or zone (field 1) is id. */
static const prog_Entry *last_of(const prog_Data *d, int field, const char *id)
{
    const prog_Entry *best = NULL;
    for (int i = 0; id && i < d->n; i++) {
        const prog_Entry *e = &d->h[i];
        if (strcmp(field == 0 ? e->routine : e->zone, id) == 0 &&
            (!best || e->completed_at >= best->completed_at))
            best = e;
    }
    return best;
}

const prog_Entry *prog_last_routine(const prog_Data *d, const char *routine)
{
    return last_of(d, 0, routine);
}

const prog_Entry *prog_last_zone(const prog_Data *d, const char *zone)
{
    return last_of(d, 1, zone);
}

/* ---- parsing ------------------------------------------------------------ */

/* obj[key]: any text of 1..cap-1 bytes (not only ids: what prog_add
 * accepted must read back), copied into out. */
static int read_text(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, char *out,
                     size_t cap)
{
    char ptr[JV_PTR];
    const cJSON *n = jv_field(v, obj, at, key, JV_REQUIRED, ptr);
    if (!n)
        return 0;
    size_t len = cJSON_IsString(n) && n->valuestring ? strlen(n->valuestring) : 0;
    if (len < 1 || len >= cap) {
        jv_report(v, ptr, "must be a string of 1 to %zu bytes", cap - 1);
        return 0;
    }
    memcpy(out, n->valuestring, len + 1);
    return 1;
}

static int read_time(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int64_t *out)
{
    char ptr[JV_PTR];
    const cJSON *n = jv_field(v, obj, at, key, JV_REQUIRED, ptr);
    if (!n)
        return 0;
    if (!cJSON_IsString(n) || !n->valuestring || tf_parse_rfc3339(n->valuestring, out) != 0) {
        jv_report(v, ptr, "must be an RFC 3339 time such as \"2024-05-01T09:30:00Z\"");
        return 0;
    }
    return 1;
}

static void read_entry(jv_Ctx *v, const cJSON *n, const char *at, prog_Entry *e)
{
    char ptr[JV_PTR];
    memset(e, 0, sizeof *e);
    if (!jv_is_object(v, n, at))
        return;
    read_text(v, n, at, "routine", e->routine, sizeof e->routine);
    read_text(v, n, at, "zone", e->zone, sizeof e->zone);
    read_time(v, n, at, "completed_at", &e->completed_at);
    int ok = jv_int(v, n, at, "steps_done", JV_REQUIRED, 0, PROG_MAX_COUNT, &e->steps_done);
    ok &= jv_int(v, n, at, "steps_total", JV_REQUIRED, 0, PROG_MAX_COUNT, &e->steps_total);
    jv_int(v, n, at, "steps_skipped", JV_OPTIONAL, 0, PROG_MAX_COUNT, &e->steps_skipped);
    if (ok && e->steps_done > e->steps_total)
        jv_report(v, jv_ptr(ptr, at, "steps_done"), "must not be more than steps_total (%d)",
                  e->steps_total);
}

static void read_history(jv_Ctx *v, const cJSON *root, prog_Data *d)
{
    char at[JV_PTR];
    const cJSON *list = NULL, *n;
    if (!jv_arr(v, root, "", "history", JV_REQUIRED, 0, PROG_MAX_HISTORY, &list) || !list)
        return;
    int count = cJSON_GetArraySize(list);
    d->h = malloc((size_t)(count > 0 ? count : 1) * sizeof *d->h);
    if (!d->h) {
        jv_report(v, "/history", "out of memory");
        return;
    }
    d->cap = count > 0 ? count : 1;
    cJSON_ArrayForEach(n, list) {
        read_entry(v, n, jv_ptr_i(at, "/history", d->n), &d->h[d->n]);
        d->n++;
    }
}

static void read_current(jv_Ctx *v, const cJSON *root, prog_InProgress *cur)
{
    char at[JV_PTR];
    const cJSON *n = jv_field(v, root, "", "in_progress", JV_NULLABLE, at);
    if (!n || !jv_is_object(v, n, at))
        return;
    read_text(v, n, at, "routine", cur->routine, sizeof cur->routine);
    read_text(v, n, at, "zone", cur->zone, sizeof cur->zone);
    jv_int(v, n, at, "step", JV_REQUIRED, 0, PROG_MAX_COUNT, &cur->step);
    jv_int(v, n, at, "steps_done", JV_REQUIRED, 0, PROG_MAX_COUNT, &cur->steps_done);
    read_time(v, n, at, "started_at", &cur->started_at);
    cur->active = 1;
}

int prog_parse(prog_Data *d, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    prog_Data tmp;
    jv_init(&v, file, p);
    prog_init(&tmp);
    cJSON *root = jv_parse(&v, text, len, PROG_MAX_FILE, PROG_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        int version = 0;
        if (jv_int(&v, root, "", "version", JV_REQUIRED, 1, 2147483647, &version) &&
            version > PROG_VERSION) {
            jv_report(&v, "/version", "version %d is newer than this app knows (%d)", version,
                      PROG_VERSION);
        } else if (version > 0) {
            tmp.version = version;
            read_history(&v, root, &tmp);
            read_current(&v, root, &tmp.current);
        }
    }
    cJSON_Delete(root);
    prog_free(d);
    if (v.count == 0)
        *d = tmp;
    else
        prog_free(&tmp);
    return v.count;
}

/* ---- writing ------------------------------------------------------------ */

typedef struct {
    char *b;
    size_t n, cap;
    int oom;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *nb = realloc(b->b, cap);
        if (!nb) {
            b->oom = 1;
            return;
        }
        b->b = nb;
        b->cap = cap;
    }
    memcpy(b->b + b->n, s, n);
    b->n += n;
    b->b[b->n] = '\0';
}

static void put_s(Buf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* s (at most max bytes) as a JSON string with quotes and escapes. */
static void put_json_str(Buf *b, const char *s, size_t max)
{
    static const char hex[] = "0123456789abcdef";
    size_t len = strnlen(s, max), run = 0;
    put(b, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
            continue;
        put(b, s + run, i - run);
        run = i + 1;
        const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n"
                        : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b"
                        : c == '\f' ? "\\f" : NULL;
        if (esc) {
            put_s(b, esc);
        } else {
            char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], '\0'};
            put(b, u, 6);
        }
    }
    put(b, s + run, len - run);
    put(b, "\"", 1);
}

static void put_field_int(Buf *b, const char *name, long long value)
{
    char num[48];
    int w = snprintf(num, sizeof num, ", \"%s\": %lld", name, value);
    put(b, num, (size_t)w < sizeof num ? (size_t)w : sizeof num - 1);
}

static void put_ids_and_time(Buf *b, const char *routine, const char *zone, const char *tkey,
                             int64_t t)
{
    char when[32];
    tf_format_utc(t, when);
    put_s(b, "{\"routine\": ");
    put_json_str(b, routine, PROG_ID - 1);
    put_s(b, ", \"zone\": ");
    put_json_str(b, zone, PROG_ID - 1);
    put_s(b, ", \"");
    put_s(b, tkey);
    put_s(b, "\": ");
    put_json_str(b, when, sizeof when - 1);
}

char *prog_serialize(const prog_Data *d)
{
    Buf b = {NULL, 0, 0, 0};
    char head[64];
    snprintf(head, sizeof head, "{\n  \"version\": %d,\n  \"history\": [", PROG_VERSION);
    put_s(&b, head);
    for (int i = 0; i < d->n; i++) {
        const prog_Entry *e = &d->h[i];
        put_s(&b, i ? ",\n    " : "\n    ");
        put_ids_and_time(&b, e->routine, e->zone, "completed_at", e->completed_at);
        put_field_int(&b, "steps_done", e->steps_done);
        put_field_int(&b, "steps_total", e->steps_total);
        put_field_int(&b, "steps_skipped", e->steps_skipped);
        put_s(&b, "}");
    }
    put_s(&b, d->n ? "\n  ]" : "]");
    if (d->current.active) {
        const prog_InProgress *c = &d->current;
        put_s(&b, ",\n  \"in_progress\": ");
        put_ids_and_time(&b, c->routine, c->zone, "started_at", c->started_at);
        put_field_int(&b, "step", c->step);
        put_field_int(&b, "steps_done", c->steps_done);
        put_s(&b, "}");
    }
    put_s(&b, "\n}\n");
    if (b.oom) {
        free(b.b);
        return NULL;
    }
    return b.b;
}
