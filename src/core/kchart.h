/* kchart.h - the kiosk admin's 30-day chart and its most opened zones,
 * as pure geometry of the counts (kstats.h) and a box: per local day, the
 * visitors as a wide pale bar, the routines finished as a narrow solid bar
 * at its left and those left unfinished as a narrow hollow bar at its
 * right, so each is told by its shape and place, not by colour alone. The
 * bars share one scale whose top is the largest count (at least 1), which
 * the screen writes beside the top line. No I/O, no allocation. */
#ifndef FM_KCHART_H
#define FM_KCHART_H

#include <stdint.h>
#include "geo.h"
#include "kstats.h"
#include "level.h"

#define KCH_DAYS 30 /* the days shown, today the last */
#define KCH_TOP 5   /* the most opened zones listed */

typedef struct {
    int64_t first;                 /* the local day of the first bar (today - KCH_DAYS + 1) */
    int visitors[KCH_DAYS], finished[KCH_DAYS], unfinished[KCH_DAYS];
    int top;                       /* the scale: a bar of this count fills the plot's height */
    geo_Rect plot;                 /* the bars' box; the baseline is its bottom */
    geo_Rect bar_visitors[KCH_DAYS], bar_finished[KCH_DAYS], bar_unfinished[KCH_DAYS]; /* h 0: none */
} kch_Chart;

/* The chart of the KCH_DAYS days up to today in plot. */
void kch_make(kch_Chart *c, const kst_Stats *s, int64_t today, geo_Rect plot);
/* The zones of c opened most often from..to (at least once), most first
 * (ties in the content's order): their indexes into zone[] and counts
 * into count[], at most max; returns how many. */
int kch_top_zones(const kst_Stats *s, const lvl_Content *c, int64_t from, int64_t to, int *zone, int *count, int max);

#endif
