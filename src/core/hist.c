/* hist.c - see hist.h. One pass over the history sorted by routine and
 * time gives each routine done its lateness, due interval and the days
 * it was missed; a second sort by time gives the streaks. */
#include "hist.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "timefmt.h"

typedef struct {
    int64_t t, day;
    int entry, routine, zone, late;
    int64_t from_day, due_day;
} Item;

/* Items with key a and b (a routine or a zone), then by time and place. */
static int by_key_time(int ka, int kb, const Item *a, const Item *b)
{
    if (ka != kb)
        return ka < kb ? -1 : 1;
    if (a->t != b->t)
        return a->t < b->t ? -1 : 1;
    return (a->entry > b->entry) - (a->entry < b->entry);
}

static int by_routine_time(const void *pa, const void *pb)
{
    const Item *a = pa, *b = pb;
    return by_key_time(a->routine, b->routine, a, b);
}

static int by_zone_time(const void *pa, const void *pb)
{
    const Item *a = pa, *b = pb;
    return by_key_time(a->zone, b->zone, a, b);
}

int hst_day_index(const hst_Summary *s, int64_t day)
{
    return day >= s->day0 && day <= s->today ? (int)(day - s->day0) : -1;
}

/* Marks the days a followed routine was due and not done: previous + k*E
 * before next (exclusive). */
static void missed_between(hst_Summary *s, int64_t prev, int64_t next, int every)
{
    int64_t k = 1;
    if (prev + every < s->day0)
        k = (s->day0 - prev + every - 1) / every;
    for (int64_t d = prev + k * every; d < next; d += every) {
        int i = hst_day_index(s, d);
        if (i >= 0)
            s->missed[i] = 1;
    }
}

/* Lateness, due intervals and missed days of items sorted by routine and
 * time; an item of an unknown routine (-1) has none. */
static void judge(hst_Summary *s, Item *it, int n, const int *follows, const int *every)
{
    for (int i = 0; i < n; i++) {
        int r = it[i].routine;
        it[i].from_day = -1;
        if (r < 0)
            continue;
        int e = every[r] > 0 ? every[r] : 1;
        int has_prev = i > 0 && it[i - 1].routine == r;
        if (has_prev) {
            it[i].from_day = it[i - 1].day;
            it[i].due_day = it[i - 1].day + e;
            it[i].late = it[i].day > it[i].due_day;
            if (follows[r])
                missed_between(s, it[i - 1].day, it[i].day, e);
        }
        if (follows[r] && (i + 1 == n || it[i + 1].routine != r))
            missed_between(s, it[i].day, s->today, e);
    }
}

/* The streaks, from items sorted by zone and time: per zone, and overall
 * (newest first across zones, until a late one); a followed routine
 * overdue now breaks its zone's and the overall one. */
static void streaks(hst_Summary *s, const Item *it, int n, const lvl_Content *c, const int *follows,
                    const int *every)
{
    int64_t last[LVL_MAX_ROUTINES], newest_late = -1;
    int overdue = 0;
    for (int r = 0; r < LVL_MAX_ROUTINES; r++)
        last[r] = -1;
    for (int i = 0; i < n; i++) {
        if (it[i].zone < 0)
            continue;
        hst_Zone *z = &s->zone[it[i].zone];
        z->streak = it[i].late ? 0 : z->streak + 1;
        last[it[i].routine] = it[i].day;
        if (it[i].late && it[i].t > newest_late)
            newest_late = it[i].t;
    }
    for (int r = 0; r < c->nroutines && r < LVL_MAX_ROUTINES; r++) {
        int z = lvl_zone_index(c, c->routines[r].zone);
        if (follows[r] && last[r] >= 0 && last[r] + (every[r] > 0 ? every[r] : 1) < s->today && z >= 0 &&
            z < s->nzones) {
            s->zone[z].streak = 0;
            overdue = 1;
        }
    }
    s->all.streak = 0;
    for (int i = 0; i < n && !overdue; i++)
        s->all.streak += it[i].zone >= 0 && it[i].t > newest_late;
}

static void count_recent(hst_Summary *s, const Item *it)
{
    if (it->zone < 0 || it->day <= s->today - HST_RECENT_DAYS)
        return;
    s->zone[it->zone].done_recent++;
    s->zone[it->zone].on_time_recent += !it->late;
    s->all.done_recent++;
    s->all.on_time_recent += !it->late;
}

/* The marks in the calendar's span, by zone then time; past
 * HST_MAX_MARKS, the oldest days' go (counted in marks_dropped). */
static void keep_marks(hst_Summary *s, const Item *it, int n)
{
    int64_t cut = s->day0;
    long kept = 0;
    for (int d = s->ndays - 1; d >= 0; d--) {
        kept += s->done[d];
        if (kept > HST_MAX_MARKS) {
            cut = s->day0 + d + 1;
            break;
        }
    }
    for (int i = 0; i < n; i++) {
        const Item *m = &it[i];
        if (m->zone < 0 || m->day > s->today || m->day < s->day0)
            continue;
        if (m->day < cut || s->nmarks == HST_MAX_MARKS) {
            s->marks_dropped++;
            continue;
        }
        hst_Zone *z = &s->zone[m->zone];
        if (z->n == 0)
            z->first = s->nmarks;
        z->n++;
        s->mark[s->nmarks++] = (hst_Mark){m->t, m->day, m->from_day, m->due_day, m->entry,
                                          (short)m->routine, (short)m->zone, (unsigned char)m->late};
    }
    s->all.first = 0;
    s->all.n = s->nmarks;
}

void hst_build(hst_Summary *s, const lvl_Content *c, const prog_Data *p, const int *follows, const int *every,
               int64_t wall, int tz)
{
    memset(s, 0, offsetof(hst_Summary, mark));
    s->nmarks = s->marks_dropped = 0;
    s->today = tf_local_day(wall, tz);
    s->day0 = s->today - (s->today + 3) % 7 - (HST_WEEKS - 1) * 7; /* day 0 was a Thursday */
    s->ndays = (int)(s->today - s->day0 + 1);
    s->nzones = c->nzones < LVL_MAX_ZONES ? c->nzones : LVL_MAX_ZONES;
    s->entries = p->n;
    Item *it = malloc((size_t)(p->n > 0 ? p->n : 1) * sizeof *it);
    if (!it)
        return;
    for (int i = 0; i < p->n; i++) {
        const prog_Entry *e = &p->h[i];
        int r = lvl_routine_index(c, e->routine), z = r >= 0 ? lvl_zone_index(c, c->routines[r].zone) : -1;
        it[i] = (Item){e->completed_at, tf_local_day(e->completed_at, tz), i, r, z >= s->nzones ? -1 : z, 0, -1, 0};
        int d = hst_day_index(s, it[i].day);
        if (d >= 0 && s->done[d] < 0xFFFF && ++s->done[d] > s->max_done)
            s->max_done = s->done[d];
    }
    qsort(it, (size_t)p->n, sizeof *it, by_routine_time);
    judge(s, it, p->n, follows, every);
    qsort(it, (size_t)p->n, sizeof *it, by_zone_time);
    streaks(s, it, p->n, c, follows, every);
    for (int i = 0; i < p->n; i++)
        count_recent(s, &it[i]);
    keep_marks(s, it, p->n);
    free(it);
}

int hst_shade(const hst_Summary *s, int64_t day)
{
    int i = hst_day_index(s, day);
    if (i < 0 || s->done[i] == 0)
        return 0;
    int top = s->max_done < 4 ? 4 : s->max_done;
    int k = 1 + (s->done[i] - 1) * 4 / top;
    return k > 4 ? 4 : k;
}
