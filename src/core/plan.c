/* plan.c - the person's plan (plan.h): reading the "plan" object of the
 * progress file, writing it back, and its small rules (follow, stop
 * following, the steps of an own interval). */
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const PLAN_KEYS[] = {"chosen", "follow", NULL};
static const char *const FOLLOW_KEYS[] = {"routine", "every_days", NULL};

static void read_follow(jv_Ctx *v, const cJSON *n, const char *at, pln_Plan *p)
{
    char ptr[JV_PTR];
    pln_Follow f = {{0}, 0};
    if (!jv_is_object(v, n, at))
        return;
    jv_no_key_twice(v, n, at, FOLLOW_KEYS);
    int ok = jv_id(v, n, at, "routine", JV_REQUIRED, f.routine);
    ok &= jv_int(v, n, at, "every_days", JV_OPTIONAL, 1, PLN_MAX_EVERY, &f.every_days);
    if (!ok)
        return;
    if (pln_find(p, f.routine) >= 0) {
        jv_report(v, jv_ptr(ptr, at, "routine"), "\"%s\" is followed twice", f.routine);
        return;
    }
    p->f[p->n++] = f;
}

int pln_read(jv_Ctx *v, const cJSON *root, pln_Plan *p)
{
    char at[JV_PTR], item[JV_PTR];
    const cJSON *list = NULL, *n;
    int before = v->count;
    memset(p, 0, sizeof *p);
    const cJSON *obj = jv_field(v, root, "", "plan", JV_NULLABLE, at);
    if (!obj)
        return v->count > before ? -1 : 0;
    if (!jv_is_object(v, obj, at))
        return -1;
    jv_no_key_twice(v, obj, at, PLAN_KEYS);
    jv_bool(v, obj, at, "chosen", JV_REQUIRED, &p->chosen);
    if (jv_arr(v, obj, at, "follow", JV_REQUIRED, 0, PLN_MAX, &list) && list) {
        int i = 0;
        cJSON_ArrayForEach(n, list)
            read_follow(v, n, jv_ptr_i(item, "/plan/follow", i++), p);
    }
    if (v->count > before) {
        memset(p, 0, sizeof *p);
        return -1;
    }
    return 1;
}

char *pln_serialize(const pln_Plan *p, const char *indent)
{
    char *out = malloc(PLN_TEXT_MAX);
    if (!out)
        return NULL;
    size_t cap = PLN_TEXT_MAX, n = 0;
    n += (size_t)snprintf(out, cap, "{\"chosen\": %s, \"follow\": [", p->chosen ? "true" : "false");
    int written = 0;
    for (int i = 0; i < p->n && i < PLN_MAX; i++) {
        const pln_Follow *f = &p->f[i];
        if (!jv_is_id(f->routine))
            continue; /* what the reader refuses is never written */
        n += (size_t)snprintf(out + n, cap - n, "%s\n%s  {\"routine\": \"%s\"", written++ ? "," : "", indent,
                              f->routine);
        if (f->every_days >= 1 && f->every_days <= PLN_MAX_EVERY)
            n += (size_t)snprintf(out + n, cap - n, ", \"every_days\": %d", f->every_days);
        n += (size_t)snprintf(out + n, cap - n, "}");
    }
    snprintf(out + n, cap - n, "%s%s]}", written ? "\n" : "", written ? indent : "");
    return out;
}

int pln_find(const pln_Plan *p, const char *routine)
{
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->f[i].routine, routine) == 0)
            return i;
    return -1;
}

int pln_follow(pln_Plan *p, const char *routine, int follow)
{
    int i = pln_find(p, routine);
    if (!follow) {
        if (i >= 0) {
            memmove(p->f + i, p->f + i + 1, (size_t)(p->n - i - 1) * sizeof *p->f);
            p->n--;
        }
        return 0;
    }
    if (i >= 0)
        return 0;
    if (p->n >= PLN_MAX || !jv_is_id(routine))
        return -1;
    snprintf(p->f[p->n].routine, sizeof p->f[p->n].routine, "%s", routine);
    p->f[p->n++].every_days = 0;
    return 0;
}

int pln_step_every(int cur, int suggested, int dir)
{
    static const int steps[] = {1, 2, 3, 4, 5, 7, 10, 14, 21, 30, 45, 60, 90};
    int value = cur > 0 ? cur : suggested, next = -1;
    for (int i = -1; i < 13; i++) { /* the steps, and the suggested interval among them */
        int s = i < 0 ? suggested : steps[i];
        if ((dir > 0 && s > value && (next < 0 || s < next)) || (dir < 0 && s < value && s > next))
            next = s;
    }
    if (next < 1)
        return cur;
    return next == suggested ? 0 : next;
}
