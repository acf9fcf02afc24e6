/* progress.c - the progress file (format: progress.h; where it is kept:
 * README.md "Using it"): parse it all or nothing, and write it back with a
 * direct writer into a growing buffer (one history entry a line, so 10,000
 * entries take a few ms and the file stays readable). The reader is strict
 * about what it uses (types, ranges, times, sizes, nesting) but ignores
 * keys it does not know, so a file from a newer build of the same version
 * still loads. Ids are 1..PROG_ID-1 characters of a-z, 0-9 and -, and times lie in PROG_MIN_TIME..PROG_MAX_TIME:
 * prog_add refuses other ids and both prog_add and the writer clamp times,
 * so whatever is written reads back. Version 0 and 1 files (progress.h)
 * are read by the same code (version 0 with epoch-second times allowed);
 * their plan is "not chosen yet", which is the whole migration. The plan
 * object is read and written by plan.c. */
#include "progress.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonv.h"
#include "progdel.h"
#include "timefmt.h"

#define PROG_MAX_COUNT 100000 /* steps and indexes */

/* ---- data --------------------------------------------------------------- */

void prog_init(prog_Data *d)
{
    memset(d, 0, sizeof *d);
    d->version = PROG_VERSION;
    d->migrated_from = -1;
}

static int64_t clamp_time(int64_t t)
{
    return t < PROG_MIN_TIME ? PROG_MIN_TIME : t > PROG_MAX_TIME ? PROG_MAX_TIME : t;
}


int prog_id_ok(const char *s)
{
    return s && jv_is_id(s);
}

/* At PROG_MAX_HISTORY entries, drops the oldest one that an archive file
 * already holds; returns 0, or -1 when there is none. */
static int make_room(prog_Data *d)
{
    int best = -1;
    for (int i = 0; i < d->n; i++)
        if (d->h[i].archived && (best < 0 || d->h[i].completed_at < d->h[best].completed_at))
            best = i;
    if (best < 0)
        return -1;
    memmove(d->h + best, d->h + best + 1, (size_t)(d->n - best - 1) * sizeof *d->h);
    d->n--;
    return 0;
}

void prog_free(prog_Data *d)
{
    free(d->h);
    free(d->kiosk);
    free(d->del);
    free(d->undel);
    prog_init(d);
}

int prog_room(prog_Data *d)
{
    if (d->n < d->cap)
        return 0;
    int cap = d->cap ? d->cap * 2 : 16;
    prog_Entry *h = realloc(d->h, (size_t)cap * sizeof *h);
    if (!h)
        return -1;
    d->h = h;
    d->cap = cap;
    return 0;
}

int prog_add(prog_Data *d, const prog_Entry *e)
{
    if (!prog_id_ok(e->routine) || !prog_id_ok(e->zone))
        return -1;
    if (d->n >= PROG_MAX_HISTORY && make_room(d) != 0)
        return -1;
    if (prog_room(d) != 0)
        return -1;
    prog_Entry *dst = &d->h[d->n++];
    *dst = *e;
    dst->completed_at = clamp_time(e->completed_at);
    dst->archived = 0;
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

static const char *const ROOT_KEYS[] = {"version", "plan", "history", "in_progress", "deleted", NULL};
static const char *const ENTRY_KEYS[] = {"routine", "zone", "completed_at", "steps_done",
                                         "steps_total", "steps_skipped", NULL};
static const char *const CURRENT_KEYS[] = {"routine", "zone", "step", "steps_done",
                                           "started_at", "left_at", NULL};

/* The reading of one file: where problems go and the file's version. */
typedef struct {
    jv_Ctx v;
    int version;
} Rd;

/* obj[key]: an RFC 3339 time (or, in a version 0 file, whole seconds since
 * the epoch) from PROG_MIN_TIME to PROG_MAX_TIME. */
static int read_time(Rd *r, const cJSON *obj, const char *at, const char *key, int64_t *out)
{
    char ptr[JV_PTR];
    int64_t t = 0;
    const cJSON *n = jv_field(&r->v, obj, at, key, JV_REQUIRED, ptr);
    if (!n)
        return 0;
    if (r->version == 0 && cJSON_IsNumber(n)) {
        double d = n->valuedouble;
        if (!isfinite(d) || floor(d) != d || d < (double)PROG_MIN_TIME || d > (double)PROG_MAX_TIME) {
            jv_report(&r->v, ptr, "must be whole seconds from %lld to %lld", PROG_MIN_TIME,
                      PROG_MAX_TIME);
            return 0;
        }
        *out = (int64_t)d;
        return 1;
    }
    if (!cJSON_IsString(n) || !n->valuestring || tf_parse_rfc3339(n->valuestring, &t) != 0) {
        jv_report(&r->v, ptr, "must be an RFC 3339 time such as \"2024-05-01T09:30:00Z\"");
        return 0;
    }
    if (t < PROG_MIN_TIME || t > PROG_MAX_TIME) {
        jv_report(&r->v, ptr, "must be a time from 1970-01-01 to 2199-12-31");
        return 0;
    }
    *out = t;
    return 1;
}

static void read_entry(Rd *r, const cJSON *n, const char *at, prog_Entry *e)
{
    char ptr[JV_PTR];
    jv_Ctx *v = &r->v;
    memset(e, 0, sizeof *e);
    if (!jv_is_object(v, n, at))
        return;
    jv_no_key_twice(v, n, at, ENTRY_KEYS);
    jv_id(v, n, at, "routine", JV_REQUIRED, e->routine);
    jv_id(v, n, at, "zone", JV_REQUIRED, e->zone);
    read_time(r, n, at, "completed_at", &e->completed_at);
    int ok = jv_int(v, n, at, "steps_done", JV_REQUIRED, 0, PROG_MAX_COUNT, &e->steps_done);
    ok &= jv_int(v, n, at, "steps_total", JV_REQUIRED, 0, PROG_MAX_COUNT, &e->steps_total);
    jv_int(v, n, at, "steps_skipped", JV_OPTIONAL, 0, PROG_MAX_COUNT, &e->steps_skipped);
    if (ok && e->steps_done > e->steps_total)
        jv_report(v, jv_ptr(ptr, at, "steps_done"), "must not be more than steps_total (%d)",
                  e->steps_total);
}

static void read_history(Rd *r, const cJSON *root, prog_Data *d)
{
    char at[JV_PTR];
    jv_Ctx *v = &r->v;
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
        read_entry(r, n, jv_ptr_i(at, "/history", d->n), &d->h[d->n]);
        d->n++;
    }
}

static void read_current(Rd *r, const cJSON *root, prog_InProgress *cur)
{
    char at[JV_PTR];
    jv_Ctx *v = &r->v;
    const cJSON *n = jv_field(v, root, "", "in_progress", JV_NULLABLE, at);
    if (!n || !jv_is_object(v, n, at))
        return;
    jv_no_key_twice(v, n, at, CURRENT_KEYS);
    jv_id(v, n, at, "routine", JV_REQUIRED, cur->routine);
    jv_id(v, n, at, "zone", JV_REQUIRED, cur->zone);
    jv_int(v, n, at, "step", JV_REQUIRED, 0, PROG_MAX_COUNT, &cur->step);
    jv_int(v, n, at, "steps_done", JV_REQUIRED, 0, PROG_MAX_COUNT, &cur->steps_done);
    read_time(r, n, at, "started_at", &cur->started_at);
    cur->left_at = cur->started_at;
    if (cJSON_GetObjectItemCaseSensitive(n, "left_at"))
        read_time(r, n, at, "left_at", &cur->left_at);
    cur->active = 1;
}

/* How many JSON values text holds, counted cheaply before cJSON makes a
 * node of 64 bytes or more for each: openings and commas outside strings.
 * A 16 MiB file of "0,0,0,..." would otherwise take over half a gigabyte. */
static size_t count_values(const char *t, size_t len)
{
    size_t n = 1;
    int in_str = 0;
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == ',' || c == '[' || c == '{') {
            n++;
        }
    }
    return n;
}

/* The file's version: absent means 0. Returns it, or -1 after reporting a
 * version that is not a whole number or is newer than this app. */
static int read_version(jv_Ctx *v, const cJSON *root)
{
    int version = 0;
    if (!jv_int(v, root, "", "version", JV_OPTIONAL, 0, INT_MAX, &version))
        return -1;
    if (version > PROG_VERSION) {
        jv_report(v, "/version", "version %d is newer than this app knows (%d)", version,
                  PROG_VERSION);
        return -1;
    }
    return version;
}

int prog_parse(prog_Data *d, const char *file, const char *text, size_t len, prb_List *p)
{
    Rd r;
    prog_Data tmp;
    jv_init(&r.v, file, p);
    prog_init(&tmp);
    cJSON *root = NULL;
    if (len <= PROG_MAX_FILE && text && count_values(text, len) > PROG_MAX_VALUES)
        jv_report(&r.v, "", "holds more than %d JSON values (a history of %d entries holds %d)",
                  PROG_MAX_VALUES, PROG_MAX_HISTORY, 7 * PROG_MAX_HISTORY);
    else
        root = jv_parse(&r.v, text, len, PROG_MAX_FILE, PROG_MAX_DEPTH);
    if (root && jv_is_object(&r.v, root, "")) {
        jv_no_key_twice(&r.v, root, "", ROOT_KEYS);
        r.version = read_version(&r.v, root);
        if (r.version >= 0) {
            tmp.migrated_from = r.version < PROG_VERSION ? r.version : -1;
            pln_read(&r.v, root, &tmp.plan);
            read_history(&r, root, &tmp);
            read_current(&r, root, &tmp.current);
            pdl_read(&r.v, root, &tmp);
            pdl_apply(&tmp);
            const cJSON *k = cJSON_GetObjectItemCaseSensitive(root, "kiosk");
            if (cJSON_IsObject(k))
                tmp.kiosk = cJSON_PrintUnformatted(k);
        }
    }
    cJSON_Delete(root);
    prog_free(d);
    if (r.v.count == 0)
        *d = tmp;
    else
        prog_free(&tmp);
    return r.v.count;
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

static void put_any(void *b, const char *s)
{
    put_s(b, s);
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
    tf_format_utc(clamp_time(t), when);
    put_s(b, "{\"routine\": ");
    put_json_str(b, routine, PROG_ID - 1);
    put_s(b, ", \"zone\": ");
    put_json_str(b, zone, PROG_ID - 1);
    put_s(b, ", \"");
    put_s(b, tkey);
    put_s(b, "\": ");
    put_json_str(b, when, sizeof when - 1);
}

_Static_assert((long long)PROG_KEEP * PROG_ENTRY_MAX + (long long)PROG_MAX_DELETED * PDL_ENTRY_MAX +
                   PROG_KIOSK_MAX + PLN_TEXT_MAX + 4096 <= PROG_MAX_FILE,
               "a file of PROG_KEEP entries must be readable");
_Static_assert(PROG_KEEP <= PROG_MAX_HISTORY, "a written file must be readable");

char *prog_serialize(const prog_Data *d)
{
    Buf b = {NULL, 0, 0, 0};
    char head[64];
    snprintf(head, sizeof head, "{\n  \"version\": %d,\n", PROG_VERSION);
    put_s(&b, head);
    char *plan = pln_serialize(&d->plan, "  ");
    if (!plan)
        b.oom = 1;
    put_s(&b, "  \"plan\": ");
    put_s(&b, plan ? plan : "");
    free(plan);
    put_s(&b, ",\n  \"history\": [");
    int written = 0;
    for (int i = 0; i < d->n; i++) {
        const prog_Entry *e = &d->h[i];
        if (e->archived)
            continue;
        put_s(&b, written++ ? ",\n    " : "\n    ");
        put_ids_and_time(&b, e->routine, e->zone, "completed_at", e->completed_at);
        put_field_int(&b, "steps_done", e->steps_done);
        put_field_int(&b, "steps_total", e->steps_total);
        put_field_int(&b, "steps_skipped", e->steps_skipped);
        put_s(&b, "}");
    }
    put_s(&b, written ? "\n  ]" : "]");
    if (d->current.active) {
        const prog_InProgress *c = &d->current;
        put_s(&b, ",\n  \"in_progress\": ");
        char left[32];
        tf_format_utc(clamp_time(c->left_at ? c->left_at : c->started_at), left);
        put_ids_and_time(&b, c->routine, c->zone, "started_at", c->started_at);
        put_s(&b, ", \"left_at\": ");
        put_json_str(&b, left, sizeof left - 1);
        put_field_int(&b, "step", c->step);
        put_field_int(&b, "steps_done", c->steps_done);
        put_s(&b, "}");
    }
    pdl_write(d, put_any, &b);
    if (d->kiosk) {
        put_s(&b, ",\n  \"kiosk\": ");
        put_s(&b, d->kiosk);
    }
    put_s(&b, "\n}\n");
    if (b.oom) {
        free(b.b);
        return NULL;
    }
    return b.b;
}
