/* kstats.c - see kstats.h. Days are kept in order, oldest first, each
 * once (a day comes in its place, whatever the clock did before); keys in
 * the order they first appeared that day. */
#include "kstats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonv.h"
#include "progress.h"
#include "timefmt.h"

/* The day's counts, made in their place when missing; when all KST_DAYS
 * are held, the oldest goes (NULL when day would be that oldest). */
static kst_Day *day_of(kst_Stats *s, int64_t day)
{
    int at = s->n;
    while (at > 0 && s->d[at - 1].day >= day)
        at--;
    if (at < s->n && s->d[at].day == day)
        return &s->d[at];
    if (s->n == KST_DAYS) {
        if (at == 0)
            return NULL; /* older than every day kept */
        memmove(s->d, s->d + 1, sizeof s->d[0] * (size_t)(at - 1));
        s->n--;
        at--;
    } else {
        memmove(s->d + at + 1, s->d + at, sizeof s->d[0] * (size_t)(s->n - at));
    }
    s->n++;
    kst_Day *d = &s->d[at];
    memset(d, 0, sizeof *d);
    d->day = day;
    return d;
}

static kst_Count *count_in(kst_Count *list, int *n, const char *id)
{
    for (int i = 0; i < *n; i++)
        if (strcmp(list[i].id, id) == 0)
            return &list[i];
    if (*n >= KST_KEYS)
        return NULL;
    kst_Count *c = &list[(*n)++];
    memset(c, 0, sizeof *c);
    snprintf(c->id, sizeof c->id, "%s", id);
    return c;
}

kst_Count *kst_zone(kst_Stats *s, int64_t day, const char *id)
{
    kst_Day *d = day_of(s, day);
    return d ? count_in(d->zone, &d->nzone, id) : NULL;
}

kst_Count *kst_routine(kst_Stats *s, int64_t day, const char *id)
{
    kst_Day *d = day_of(s, day);
    return d ? count_in(d->routine, &d->nroutine, id) : NULL;
}

void kst_session(kst_Stats *s, int64_t day)
{
    kst_Day *d = day_of(s, day);
    if (d)
        d->sessions++;
}

int kst_sessions(const kst_Stats *s, int64_t from, int64_t to)
{
    int n = 0;
    for (int i = 0; i < s->n; i++)
        if (s->d[i].day >= from && s->d[i].day <= to)
            n += s->d[i].sessions;
    return n;
}

int kst_zone_opened(const kst_Stats *s, const char *id, int64_t from, int64_t to)
{
    int n = 0;
    for (int i = 0; i < s->n; i++)
        for (int k = 0; s->d[i].day >= from && s->d[i].day <= to && k < s->d[i].nzone; k++)
            if (!id || strcmp(s->d[i].zone[k].id, id) == 0)
                n += s->d[i].zone[k].opened;
    return n;
}

int kst_routine_sum(const kst_Stats *s, const char *id, int64_t from, int64_t to, int *done, int *abandoned)
{
    int started = 0;
    *done = *abandoned = 0;
    for (int i = 0; i < s->n; i++)
        for (int k = 0; s->d[i].day >= from && s->d[i].day <= to && k < s->d[i].nroutine; k++) {
            const kst_Count *c = &s->d[i].routine[k];
            if (id && strcmp(c->id, id) != 0)
                continue;
            started += c->started;
            *done += c->done;
            *abandoned += c->abandoned;
        }
    return started;
}

/* ---- adding up ---------------------------------------------------------- */

static int sum(int a, int b)
{
    long long x = (long long)a + b;
    return x < 0 ? 0 : x > 1000000000 ? 1000000000 : (int)x;
}

static const kst_Count *find(const kst_Count *list, int n, const char *id)
{
    for (int i = 0; i < n; i++)
        if (strcmp(list[i].id, id) == 0)
            return &list[i];
    return NULL;
}

/* Adds day d's counts (less base's, when given: the same day as read
 * before) into s; a day or key that has no room is left out. */
static void add_day(kst_Stats *s, const kst_Day *d, const kst_Day *base)
{
    kst_Day *to = day_of(s, d->day);
    if (!to)
        return;
    to->sessions = sum(to->sessions, d->sessions - (base ? base->sessions : 0));
    for (int k = 0; k < d->nzone; k++) {
        const kst_Count *c = &d->zone[k];
        const kst_Count *b = base ? find(base->zone, base->nzone, c->id) : NULL;
        kst_Count *t = count_in(to->zone, &to->nzone, c->id);
        if (t)
            t->opened = sum(t->opened, c->opened - (b ? b->opened : 0));
    }
    for (int k = 0; k < d->nroutine; k++) {
        const kst_Count *c = &d->routine[k];
        const kst_Count *b = base ? find(base->routine, base->nroutine, c->id) : NULL;
        kst_Count *t = count_in(to->routine, &to->nroutine, c->id);
        if (!t)
            continue;
        t->started = sum(t->started, c->started - (b ? b->started : 0));
        t->done = sum(t->done, c->done - (b ? b->done : 0));
        t->abandoned = sum(t->abandoned, c->abandoned - (b ? b->abandoned : 0));
    }
}

void kst_rebase(kst_Stats *disk, const kst_Stats *mine, const kst_Stats *base)
{
    for (int i = 0; i < mine->n; i++) {
        const kst_Day *b = NULL;
        for (int j = 0; base && j < base->n; j++)
            if (base->d[j].day == mine->d[i].day)
                b = &base->d[j];
        add_day(disk, &mine->d[i], b);
    }
}

/* ---- reading ------------------------------------------------------------ */

/* Reads obj's counts into list, leaving out (after reporting) each key that
 * is not an id or whose counts are not whole numbers in range. */
static void read_counts(jv_Ctx *v, const cJSON *obj, const char *at, kst_Count *list, int *n, int routine)
{
    static const char *const keys[] = {"started", "done", "abandoned", NULL};
    char ptr[JV_PTR];
    if (obj && !jv_is_object(v, obj, at))
        return;
    for (const cJSON *c = obj ? obj->child : NULL; c && *n < KST_KEYS; c = c->next) {
        jv_ptr(ptr, at, c->string);
        if (!jv_is_id(c->string)) {
            jv_report(v, ptr, "not a zone or routine id");
            continue;
        }
        kst_Count k = {0};
        snprintf(k.id, sizeof k.id, "%s", c->string);
        int ok = 1, before = v->count;
        double x = 0;
        if (!routine) {
            ok = jv_node_num(v, c, ptr, 0, 1e9, &x) && x == (double)(int)x;
            if (!ok && v->count == before)
                jv_report(v, ptr, "must be a whole number");
            k.opened = (int)x;
        } else if (jv_is_object(v, c, ptr)) {
            jv_keys(v, c, ptr, keys);
            ok &= jv_int(v, c, ptr, "started", JV_OPTIONAL, 0, 1000000000, &k.started);
            ok &= jv_int(v, c, ptr, "done", JV_OPTIONAL, 0, 1000000000, &k.done);
            ok &= jv_int(v, c, ptr, "abandoned", JV_OPTIONAL, 0, 1000000000, &k.abandoned);
        } else {
            ok = 0;
        }
        kst_Count *slot = ok ? count_in(list, n, k.id) : NULL;
        if (slot)
            *slot = k;
    }
}

/* Reads one day into t; 0 (after reporting) when its date or sessions are
 * bad, and the day is left out. */
static int read_day(jv_Ctx *v, const cJSON *d, const char *at, kst_Day *t)
{
    static const char *const day_keys[] = {"date", "sessions", "zones", "routines", NULL};
    char ptr[JV_PTR], stamp[32];
    const char *date = NULL;
    int64_t when = 0;
    memset(t, 0, sizeof *t);
    if (!jv_is_object(v, d, at))
        return 0;
    jv_keys(v, d, at, day_keys);
    if (!jv_str(v, d, at, "date", JV_REQUIRED, 10, 10, &date) || !date)
        return 0;
    snprintf(stamp, sizeof stamp, "%sT00:00:00Z", date);
    if (tf_parse_rfc3339(stamp, &when) != 0) {
        jv_report(v, jv_ptr(ptr, at, "date"), "must be a date such as 2026-11-21");
        return 0;
    }
    t->day = tf_local_day(when, 0);
    if (!jv_int(v, d, at, "sessions", JV_OPTIONAL, 0, 1000000000, &t->sessions))
        return 0;
    read_counts(v, cJSON_GetObjectItemCaseSensitive(d, "zones"), jv_ptr(ptr, at, "zones"), t->zone, &t->nzone, 0);
    read_counts(v, cJSON_GetObjectItemCaseSensitive(d, "routines"), jv_ptr(ptr, at, "routines"), t->routine,
                &t->nroutine, 1);
    return 1;
}

int kst_parse(kst_Stats *s, const char *file, const char *json, prb_List *p)
{
    static const char *const root_keys[] = {"days", NULL};
    jv_Ctx v;
    const cJSON *days = NULL;
    char at[JV_PTR];
    jv_init(&v, file, p);
    memset(s, 0, sizeof *s);
    cJSON *root = jv_parse(&v, json, strlen(json), PROG_KIOSK_MAX, 5);
    if (root && jv_is_object(&v, root, "/kiosk")) {
        jv_keys(&v, root, "/kiosk", root_keys);
        jv_arr(&v, root, "/kiosk", "days", JV_REQUIRED, 0, 100000, &days);
    }
    int i = 0, seen = 0;
    static kst_Day t; /* about 7 KiB: not on the stack */
    for (const cJSON *d = days ? days->child : NULL; d; d = d->next, i++) {
        jv_ptr_i(at, "/kiosk/days", i);
        if (!read_day(&v, d, at, &t))
            continue;
        for (int k = 0; k < s->n; k++)
            if (s->d[k].day == t.day)
                jv_report(&v, jv_ptr(at, at, "date"), "the same day again: its counts are added to the first");
        add_day(s, &t, NULL);
        seen++;
    }
    if (seen > KST_DAYS)
        jv_report(&v, "/kiosk/days", "more than %d days: only the newest are kept", KST_DAYS);
    cJSON_Delete(root);
    return v.count;
}

/* ---- writing ------------------------------------------------------------ */

char *kst_serialize(const kst_Stats *s)
{
    size_t cap = 64 + (size_t)s->n * (96 + KST_KEYS * 2 * 120);
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t n = 0;
#define PUT(...) n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, __VA_ARGS__)
    PUT("{\"days\": [");
    for (int i = 0; i < s->n; i++) {
        const kst_Day *d = &s->d[i];
        int y, m, dd;
        tf_civil_from_days(d->day, &y, &m, &dd);
        PUT("%s\n    {\"date\": \"%04d-%02d-%02d\", \"sessions\": %d, \"zones\": {", i ? "," : "", y, m, dd,
            d->sessions);
        for (int k = 0; k < d->nzone; k++)
            PUT("%s\"%s\": %d", k ? ", " : "", d->zone[k].id, d->zone[k].opened);
        PUT("}, \"routines\": {");
        for (int k = 0; k < d->nroutine; k++) {
            const kst_Count *c = &d->routine[k];
            PUT("%s\"%s\": {\"started\": %d, \"done\": %d, \"abandoned\": %d}", k ? ", " : "", c->id, c->started,
                c->done, c->abandoned);
        }
        PUT("}}");
    }
    PUT("%s]}", s->n ? "\n  " : "");
#undef PUT
    if (n >= cap) {
        free(out);
        return NULL;
    }
    return out;
}
