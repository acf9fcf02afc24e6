/* hist.h - what the history screen shows, worked out once (when the
 * screen opens and after a change, never per frame) from the history,
 * the content, the wall clock and the person's plan; and where it goes on
 * the screen, as pure functions of that summary and a rectangle. No SDL,
 * no I/O, no clock.
 *
 * Days are local calendar days (tf_local_day with the caller's offset).
 * The calendar covers HST_WEEKS whole weeks, Monday first, ending with the
 * week of today: a column a week, a row a weekday, like a contribution
 * calendar. For each day: how many routines were done, and whether
 * something followed was due and missed.
 *
 * The rules, for a routine with its interval of E days (the plan's
 * app_routine_every, passed in as every[]):
 *  - on time: done no more than E local days after the routine's previous
 *    one (its first ever is on time: nothing was due). Late otherwise.
 *  - its due interval: from the day of the previous one to E days after
 *    it (the days on which doing it again is on time).
 *  - missed: for a routine followed (app_follows, passed in as follows[]),
 *    each day D before today with D = previous + k*E (k = 1, 2, ...) and
 *    before the day it was next done: it was due then and not done. Today
 *    is never missed (it may still be done).
 *  - on time in the last 90 days: of the routines done on the last 90
 *    days (today and the 89 before), how many were on time.
 *  - the streak: how many routines in a row, newest first, were on time;
 *    0 when a routine followed is overdue now (its due day is before today).
 * Per zone (a routine's zone in the content) and overall. An entry whose
 * routine the content does not know counts on the calendar only.
 *
 * Ownership: an hst_Summary is a plain value of fixed size (no allocation;
 * at most HST_MAX_MARKS marks in the calendar's span, the oldest dropped
 * and counted in marks_dropped). Marks name their history entry by index:
 * build again after the history changes. */
#ifndef FM_HIST_H
#define FM_HIST_H

#include <stdint.h>
#include "geo.h"
#include "level.h"
#include "progress.h"

#define HST_WEEKS 53
#define HST_DAYS (HST_WEEKS * 7)
#define HST_MAX_MARKS 16384
#define HST_RECENT_DAYS 90

/* A routine done, on its zone's timeline. */
typedef struct {
    int64_t t;                /* completed_at, UTC seconds */
    int64_t day;              /* its local day */
    int64_t from_day, due_day; /* its due interval (from the previous one); from_day -1: its first */
    int entry;                /* index in the history */
    short routine, zone;      /* in the content */
    unsigned char late;
} hst_Mark;

typedef struct {
    int first, n;             /* its marks: mark[first .. first+n-1], oldest first */
    int done_recent, on_time_recent; /* the last HST_RECENT_DAYS days */
    int streak;
} hst_Zone;

typedef struct {
    int64_t today, day0;      /* local days: today, and the calendar's first (a Monday) */
    int ndays;                /* day0 .. today */
    unsigned short done[HST_DAYS];
    unsigned char missed[HST_DAYS];
    int max_done;             /* the most done on one day */
    int nzones;
    hst_Zone zone[LVL_MAX_ZONES];
    hst_Zone all;             /* overall (first, n: every mark) */
    hst_Mark mark[HST_MAX_MARKS]; /* by zone, then time */
    int nmarks, marks_dropped;
    int entries;              /* the history's entries counted */
} hst_Summary;

/* Works the summary out. follows[r] and every[r] for each routine r of c:
 * the plan's app_follows and app_routine_every. wall: now, UTC seconds;
 * tz: local - UTC seconds. */
void hst_build(hst_Summary *s, const lvl_Content *c, const prog_Data *p, const int *follows, const int *every,
               int64_t wall, int tz);
/* The calendar index of a local day (0 .. ndays-1), or -1 outside it. */
int hst_day_index(const hst_Summary *s, int64_t day);
/* How dark a day's cell is: 0 (nothing done) to 4 (the most done on a day,
 * or 4 and more routines). */
int hst_shade(const hst_Summary *s, int64_t day);

/* ---- the calendar's geometry ---- */
#define HST_MONTHS 14
typedef struct {
    geo_Rect box;             /* the cells and month labels */
    float x, y, pitch, cell;  /* the first cell's corner; a cell and the gap after it; a cell */
    int nmonths;
    float month_x[HST_MONTHS]; /* a month label's left edge, over the week it starts in */
    int month[HST_MONTHS];    /* 1..12 */
    float label_h;
} hst_Cal;

/* Cells as large as fit r (below a band of label_h for the month names),
 * square, weeks as columns. */
hst_Cal hst_cal_layout(const hst_Summary *s, geo_Rect r, float label_h);
geo_Rect hst_cal_cell(const hst_Cal *c, const hst_Summary *s, int64_t day);
/* The day under a point, or -1 (between cells counts as the nearer). */
int64_t hst_cal_hit(const hst_Cal *c, const hst_Summary *s, float x, float y);

/* ---- the timelines' geometry ---- */
typedef struct {
    geo_Rect box;             /* every row */
    float label_w;            /* a row's name and numbers on its left */
    float row_h;
    int rows;                 /* zones */
    double t0, t1;            /* UTC seconds at the line's two ends: the calendar's span */
} hst_Tl;

hst_Tl hst_tl_layout(const hst_Summary *s, geo_Rect r, float label_w, int tz);
/* Zone z's row, its line (right of the label), and x of a time on it. */
geo_Rect hst_tl_row(const hst_Tl *t, int z);
geo_Rect hst_tl_line(const hst_Tl *t, int z);
float hst_tl_x(const hst_Tl *t, double when);
/* A mark's due interval as a band on its row's line (w 0 for a first). */
geo_Rect hst_tl_due(const hst_Tl *t, const hst_Mark *m, int tz);
/* The mark nearest a point on a row's line, within tol px, or -1. */
int hst_tl_hit(const hst_Tl *t, const hst_Summary *s, float x, float y, float tol);

#endif
