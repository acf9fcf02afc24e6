/* progmerge.c - see progmerge.h. The merge sorts both sides together by
 * (completion time, routine, side and place), so the entries of one key
 * sit together, into's first; other's beyond as many as into has of that
 * key are the ones added, after into's, in other's order. */
#include "progmerge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progdel.h"
#include "timefmt.h"

typedef struct {
    prog_Entry e;
    int order; /* into's entries first, each side in its own order */
} Item;

static int cmp_item(const void *pa, const void *pb)
{
    const Item *a = pa, *b = pb;
    if (a->e.completed_at != b->e.completed_at)
        return a->e.completed_at < b->e.completed_at ? -1 : 1;
    int c = strcmp(a->e.routine, b->e.routine);
    if (c)
        return c;
    return (a->order > b->order) - (a->order < b->order);
}

static int same_entry(const prog_Entry *a, const prog_Entry *b)
{
    return a->completed_at == b->completed_at && strcmp(a->routine, b->routine) == 0;
}

static int by_order(const void *pa, const void *pb)
{
    const Item *a = pa, *b = pb;
    return (a->order > b->order) - (a->order < b->order);
}

int pmg_merge(prog_Data *into, const prog_Data *other)
{
    if (pdl_merge(into, other) < 0)
        return -1;
    int total = into->n + other->n, extra = 0;
    if (other->n == 0)
        return 0;
    Item *it = malloc((size_t)(total > 0 ? total : 1) * sizeof *it);
    prog_Entry *h = malloc((size_t)(total > 0 ? total : 1) * sizeof *h);
    if (!it || !h) {
        free(it);
        free(h);
        return -1;
    }
    for (int i = 0; i < into->n; i++)
        it[i] = (Item){into->h[i], i};
    for (int i = 0; i < other->n; i++)
        it[into->n + i] = (Item){other->h[i], into->n + i};
    qsort(it, (size_t)total, sizeof *it, cmp_item);
    if (into->n > 0) /* into->h may be NULL when empty */
        memcpy(h, into->h, (size_t)into->n * sizeof *h);
    for (int i = 0, j; i < total; i = j) { /* one key: into's entries first */
        int mine = 0, archived = 0;
        for (j = i; j < total && same_entry(&it[i].e, &it[j].e); j++) {
            mine += it[j].order < into->n;
            archived |= it[j].e.archived;
        }
        for (int k = i; k < i + mine; k++)
            h[it[k].order].archived = archived;
        for (int k = i + mine * 2; k < j; k++) /* other's beyond as many as into has */
            if (!pdl_has(into, it[k].e.routine, it[k].e.completed_at))
                it[extra++] = it[k];
    }
    qsort(it, (size_t)extra, sizeof *it, by_order); /* as they stand in other */
    for (int k = 0; k < extra; k++)
        h[into->n + k] = it[k].e;
    free(it);
    free(into->h);
    into->h = h;
    into->n += extra;
    into->cap = total > 0 ? total : 1;
    return extra;
}

int *pmg_overflow(const prog_Data *d, int keep, int *count)
{
    int live = 0;
    *count = 0;
    for (int i = 0; i < d->n; i++)
        live += !d->h[i].archived;
    if (live <= keep)
        return malloc(1); /* nothing due: no sort */
    live = 0;
    Item *it = malloc((size_t)(d->n > 0 ? d->n : 1) * sizeof *it);
    int *out = malloc((size_t)(d->n > 0 ? d->n : 1) * sizeof *out);
    if (!it || !out) {
        free(it);
        free(out);
        return NULL;
    }
    for (int i = 0; i < d->n; i++)
        if (!d->h[i].archived)
            it[live++] = (Item){d->h[i], i};
    qsort(it, (size_t)live, sizeof *it, cmp_item);
    for (int i = 0; i < live - keep; i++)
        out[(*count)++] = it[i].order;
    free(it);
    return out;
}

int pmg_year(int64_t t)
{
    int y, m, d;
    tf_civil_from_days(tf_local_day(t, 0), &y, &m, &d);
    return y;
}

/* The length of path without its ".json" ending (all of it when none). */
static size_t stem_len(const char *path)
{
    size_t len = strlen(path);
    return len > 5 && strcmp(path + len - 5, ".json") == 0 ? len - 5 : len;
}

int pmg_archive_name(char *out, size_t n, const char *path, int year, int part)
{
    size_t stem = stem_len(path);
    const char *ext = stem < strlen(path) ? ".json" : "";
    char tail[32];
    if (part > 1)
        snprintf(tail, sizeof tail, "-%04d-%d%s", year, part, ext);
    else
        snprintf(tail, sizeof tail, "-%04d%s", year, ext);
    int w = snprintf(out, n, "%.*s%s", (int)stem, path, tail);
    return w < 0 || (size_t)w >= n ? -1 : 0;
}

int pmg_is_archive(const char *path, const char *name, int *year)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t stem = stem_len(base), full = strlen(base);
    int ext = stem < full;
    if (strncmp(name, base, stem) != 0 || name[stem] != '-')
        return 0;
    const char *p = name + stem + 1;
    for (int i = 0; i < 4; i++)
        if (p[i] < '0' || p[i] > '9')
            return 0;
    *year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    p += 4;
    if (*p == '-' && p[1] >= '1' && p[1] <= '9')
        for (p++; *p >= '0' && *p <= '9'; p++)
            ;
    return strcmp(p, ext ? ".json" : "") == 0;
}
