/* progmerge.c - see progmerge.h. The merge sorts both sides together by
 * (completion time, routine, side and place), so a duplicate sits right
 * after the entry it repeats and the first (into's) is kept. */
#include "progmerge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int pmg_merge(prog_Data *into, const prog_Data *other)
{
    int total = into->n + other->n;
    Item *it = malloc((size_t)(total > 0 ? total : 1) * sizeof *it);
    if (!it)
        return -1;
    for (int i = 0; i < into->n; i++)
        it[i] = (Item){into->h[i], i};
    for (int i = 0; i < other->n; i++)
        it[into->n + i] = (Item){other->h[i], into->n + i};
    qsort(it, (size_t)total, sizeof *it, cmp_item);
    prog_Entry *h = malloc((size_t)(total > 0 ? total : 1) * sizeof *h);
    if (!h) {
        free(it);
        return -1;
    }
    int n = 0;
    for (int i = 0; i < total; i++) {
        if (n > 0 && same_entry(&h[n - 1], &it[i].e)) {
            h[n - 1].archived |= it[i].e.archived;
            continue;
        }
        h[n++] = it[i].e;
    }
    free(it);
    int added = n - into->n;
    free(into->h);
    into->h = h;
    into->n = n;
    into->cap = total > 0 ? total : 1;
    return added;
}

int pmg_overflow(const prog_Data *d, int keep)
{
    int live = 0;
    for (int i = 0; i < d->n; i++)
        live += !d->h[i].archived;
    int over = live - keep;
    int i = 0;
    for (; i < d->n && over > 0; i++)
        over -= !d->h[i].archived;
    return i;
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
