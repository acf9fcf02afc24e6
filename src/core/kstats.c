/* kstats.c - see kstats.h. Days are kept in order, oldest first; keys in
 * the order they first appeared that day. */
#include "kstats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonv.h"
#include "timefmt.h"

static kst_Day *day_of(kst_Stats *s, int64_t day)
{
    for (int i = s->n - 1; i >= 0; i--)
        if (s->d[i].day == day)
            return &s->d[i];
    if (s->n > 0 && day < s->d[s->n - 1].day)
        return NULL; /* the clock went back: count in no older day */
    if (s->n == KST_DAYS) {
        memmove(s->d, s->d + 1, sizeof s->d[0] * (KST_DAYS - 1));
        s->n--;
    }
    kst_Day *d = &s->d[s->n++];
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

/* ---- reading ------------------------------------------------------------ */

static void read_counts(jv_Ctx *v, const cJSON *obj, const char *at, kst_Count *list, int *n, int routine)
{
    char ptr[JV_PTR];
    for (const cJSON *c = obj ? obj->child : NULL; c && *n < KST_KEYS; c = c->next) {
        jv_ptr(ptr, at, c->string);
        if (!jv_is_id(c->string)) {
            jv_report(v, ptr, "not a zone or routine id");
            continue;
        }
        kst_Count *k = &list[(*n)++];
        memset(k, 0, sizeof *k);
        snprintf(k->id, sizeof k->id, "%s", c->string);
        if (!routine) {
            double x = 0;
            if (jv_node_num(v, c, ptr, 0, 1e9, &x))
                k->opened = (int)x;
            continue;
        }
        static const char *const keys[] = {"started", "done", "abandoned", NULL};
        if (!jv_is_object(v, c, ptr))
            continue;
        jv_keys(v, c, ptr, keys);
        jv_int(v, c, ptr, "started", JV_OPTIONAL, 0, 1000000000, &k->started);
        jv_int(v, c, ptr, "done", JV_OPTIONAL, 0, 1000000000, &k->done);
        jv_int(v, c, ptr, "abandoned", JV_OPTIONAL, 0, 1000000000, &k->abandoned);
    }
}

int kst_parse(kst_Stats *s, const char *file, const char *json, prb_List *p)
{
    static const char *const root_keys[] = {"days", NULL};
    static const char *const day_keys[] = {"date", "sessions", "zones", "routines", NULL};
    jv_Ctx v;
    const cJSON *days = NULL;
    char at[JV_PTR], ptr[JV_PTR];
    jv_init(&v, file, p);
    memset(s, 0, sizeof *s);
    cJSON *root = jv_parse(&v, json, strlen(json), 1 << 20, 5);
    if (root && jv_is_object(&v, root, "/kiosk")) {
        jv_keys(&v, root, "/kiosk", root_keys);
        jv_arr(&v, root, "/kiosk", "days", JV_REQUIRED, 0, KST_DAYS, &days);
    }
    int i = 0;
    for (const cJSON *d = days ? days->child : NULL; d && s->n < KST_DAYS; d = d->next, i++) {
        jv_ptr_i(at, "/kiosk/days", i);
        const char *date = NULL;
        int64_t t = 0;
        if (!jv_is_object(&v, d, at))
            continue;
        kst_Day *day = &s->d[s->n];
        jv_keys(&v, d, at, day_keys);
        if (jv_str(&v, d, at, "date", JV_REQUIRED, 10, 10, &date) && date) {
            char stamp[32];
            snprintf(stamp, sizeof stamp, "%sT00:00:00Z", date);
            if (tf_parse_rfc3339(stamp, &t) != 0)
                jv_report(&v, jv_ptr(ptr, at, "date"), "must be a date such as 2026-11-21");
        }
        day->day = t / 86400;
        if (t && s->n > 0 && day->day <= s->d[s->n - 1].day) /* the window code keeps them in order */
            jv_report(&v, jv_ptr(ptr, at, "date"), "must come after the day before it: days go oldest first, each once");
        jv_int(&v, d, at, "sessions", JV_OPTIONAL, 0, 1000000000, &day->sessions);
        read_counts(&v, cJSON_GetObjectItemCaseSensitive(d, "zones"), jv_ptr(ptr, at, "zones"), day->zone,
                    &day->nzone, 0);
        read_counts(&v, cJSON_GetObjectItemCaseSensitive(d, "routines"), jv_ptr(ptr, at, "routines"),
                    day->routine, &day->nroutine, 1);
        s->n++;
    }
    cJSON_Delete(root);
    if (v.count)
        memset(s, 0, sizeof *s);
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
