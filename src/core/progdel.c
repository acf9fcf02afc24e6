/* progdel.c - see progdel.h. The lists are short (PROG_MAX_DELETED), so
 * a key is looked up by a plain scan; a merge marks the history's entries
 * to drop in one pass over it. */
#include "progdel.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timefmt.h"

static int key_is(const prog_Key *k, const char *routine, int64_t t)
{
    return k->completed_at == t && strcmp(k->routine, routine) == 0;
}

static int find(const prog_Key *list, int n, const char *routine, int64_t t)
{
    for (int i = 0; i < n; i++)
        if (key_is(&list[i], routine, t))
            return i;
    return -1;
}

int pdl_has(const prog_Data *d, const char *routine, int64_t t)
{
    return find(d->del, d->ndel, routine, t) >= 0;
}

/* Makes room for PROG_MAX_DELETED keys in *list; 0, or -1. */
static int room(prog_Key **list)
{
    if (!*list)
        *list = malloc(PROG_MAX_DELETED * sizeof **list);
    return *list ? 0 : -1;
}

static void drop_key(prog_Key *list, int *n, int i)
{
    memmove(list + i, list + i + 1, (size_t)(*n - i - 1) * sizeof *list);
    (*n)--;
}

static prog_Key key_of(const prog_Entry *e)
{
    prog_Key k;
    memset(&k, 0, sizeof k);
    snprintf(k.routine, sizeof k.routine, "%s", e->routine);
    k.completed_at = e->completed_at;
    return k;
}

int pdl_delete(prog_Data *d, int i, prog_Entry *out)
{
    if (i < 0 || i >= d->n || d->ndel >= PROG_MAX_DELETED || room(&d->del) != 0)
        return -1;
    *out = d->h[i];
    if (!pdl_has(d, out->routine, out->completed_at))
        d->del[d->ndel++] = key_of(out);
    int u = find(d->undel, d->nundel, out->routine, out->completed_at);
    if (u >= 0)
        drop_key(d->undel, &d->nundel, u);
    memmove(d->h + i, d->h + i + 1, (size_t)(d->n - i - 1) * sizeof *d->h);
    d->n--;
    return 0;
}

int pdl_restore(prog_Data *d, const prog_Entry *e, int i)
{
    if (prog_room(d) != 0 || room(&d->undel) != 0)
        return -1;
    i = i < 0 ? 0 : i > d->n ? d->n : i;
    memmove(d->h + i + 1, d->h + i, (size_t)(d->n - i) * sizeof *d->h);
    d->h[i] = *e;
    d->n++;
    int k = find(d->del, d->ndel, e->routine, e->completed_at);
    if (k >= 0)
        drop_key(d->del, &d->ndel, k);
    if (find(d->undel, d->nundel, e->routine, e->completed_at) < 0) {
        if (d->nundel == PROG_MAX_DELETED)
            drop_key(d->undel, &d->nundel, 0);
        d->undel[d->nundel++] = key_of(e);
    }
    return 0;
}

static int newest_first(const void *pa, const void *pb)
{
    const prog_Key *a = pa, *b = pb;
    if (a->completed_at != b->completed_at)
        return a->completed_at > b->completed_at ? -1 : 1;
    return strcmp(a->routine, b->routine);
}

int pdl_merge(prog_Data *d, const prog_Data *other)
{
    if (other->ndel == 0 && d->ndel == 0)
        return 0;
    prog_Key *all = malloc((size_t)(d->ndel + other->ndel + 1) * sizeof *all);
    if (!all || room(&d->del) != 0) {
        free(all);
        return -1;
    }
    int n = d->ndel;
    memcpy(all, d->del, (size_t)d->ndel * sizeof *all);
    for (int i = 0; i < other->ndel; i++) {
        const prog_Key *k = &other->del[i];
        if (find(all, n, k->routine, k->completed_at) < 0 &&
            find(d->undel, d->nundel, k->routine, k->completed_at) < 0)
            all[n++] = *k;
    }
    if (n > PROG_MAX_DELETED) { /* the newest are kept */
        qsort(all, (size_t)n, sizeof *all, newest_first);
        n = PROG_MAX_DELETED;
    }
    memcpy(d->del, all, (size_t)n * sizeof *all);
    d->ndel = n;
    free(all);
    return pdl_apply(d);
}

int pdl_apply(prog_Data *d)
{
    int kept = 0, dropped = 0;
    for (int i = 0; i < d->n; i++) {
        if (pdl_has(d, d->h[i].routine, d->h[i].completed_at))
            dropped++;
        else
            d->h[kept++] = d->h[i];
    }
    d->n = kept;
    return dropped;
}

void pdl_saved(prog_Data *d)
{
    d->nundel = 0;
}

void pdl_read(jv_Ctx *v, const cJSON *root, prog_Data *d)
{
    char at[JV_PTR], ptr[JV_PTR];
    const cJSON *list = NULL, *n;
    if (!jv_arr(v, root, "", "deleted", JV_OPTIONAL, 0, PROG_MAX_DELETED, &list) || !list)
        return;
    if (room(&d->del) != 0) {
        jv_report(v, "/deleted", "out of memory");
        return;
    }
    cJSON_ArrayForEach(n, list) {
        prog_Key k;
        memset(&k, 0, sizeof k);
        jv_ptr_i(at, "/deleted", d->ndel);
        if (!jv_is_object(v, n, at))
            continue;
        jv_id(v, n, at, "routine", JV_REQUIRED, k.routine);
        const cJSON *t = jv_field(v, n, at, "completed_at", JV_REQUIRED, ptr);
        if (t && (!cJSON_IsString(t) || !t->valuestring || tf_parse_rfc3339(t->valuestring, &k.completed_at) != 0 ||
                  k.completed_at < PROG_MIN_TIME || k.completed_at > PROG_MAX_TIME))
            jv_report(v, ptr, "must be an RFC 3339 time from 1970-01-01 to 2199-12-31");
        d->del[d->ndel++] = k;
    }
}

void pdl_write(const prog_Data *d, void (*put)(void *ctx, const char *s), void *ctx)
{
    char line[PDL_ENTRY_MAX + 16], when[32];
    if (d->ndel == 0)
        return;
    put(ctx, ",\n  \"deleted\": [");
    for (int i = 0; i < d->ndel; i++) {
        tf_format_utc(d->del[i].completed_at, when);
        /* a routine is an id (a-z, 0-9, -): nothing to escape */
        snprintf(line, sizeof line, "%s{\"routine\": \"%s\", \"completed_at\": \"%s\"}", i ? ",\n    " : "\n    ",
                 d->del[i].routine, when);
        put(ctx, line);
    }
    put(ctx, "\n  ]");
}
