/* kchart.c - see kchart.h. */
#include "kchart.h"

#include <string.h>

/* A bar of count v on the scale top, in the slot x..x+w over the plot. */
static geo_Rect bar(const geo_Rect *plot, float x, float w, int v, int top)
{
    float h = v > 0 ? plot->h * (float)v / (float)top : 0;
    if (v > 0 && h < 1)
        h = 1; /* one visitor still shows */
    return geo_rect(x, plot->y + plot->h - h, w, h);
}

void kch_make(kch_Chart *c, const kst_Stats *s, int64_t today, geo_Rect plot)
{
    memset(c, 0, sizeof *c);
    c->first = today - KCH_DAYS + 1;
    c->plot = plot;
    c->top = 1;
    for (int i = 0; i < KCH_DAYS; i++) {
        int64_t d = c->first + i;
        c->visitors[i] = kst_sessions(s, d, d);
        kst_routine_sum(s, NULL, d, d, &c->finished[i], &c->unfinished[i]);
        int most = c->visitors[i];
        most = c->finished[i] > most ? c->finished[i] : most;
        most = c->unfinished[i] > most ? c->unfinished[i] : most;
        c->top = most > c->top ? most : c->top;
    }
    float slot = plot.w / KCH_DAYS, gap = 0.15f * slot, narrow = 0.3f * slot;
    for (int i = 0; i < KCH_DAYS; i++) {
        float x = plot.x + (float)i * slot + gap / 2, w = slot - gap;
        c->bar_visitors[i] = bar(&plot, x, w, c->visitors[i], c->top);
        c->bar_finished[i] = bar(&plot, x + 0.1f * w, narrow, c->finished[i], c->top);
        c->bar_unfinished[i] = bar(&plot, x + 0.9f * w - narrow, narrow, c->unfinished[i], c->top);
    }
}

int kch_top_zones(const kst_Stats *s, const lvl_Content *c, int64_t from, int64_t to, int *zone, int *count, int max)
{
    int n = 0;
    for (int z = 0; z < c->nzones; z++) {
        int v = kst_zone_opened(s, c->zones[z].id, from, to);
        if (v <= 0)
            continue;
        int at = n < max ? n++ : max; /* insertion into the sorted list, most first */
        while (at > 0 && count[at - 1] < v) {
            if (at < max) {
                zone[at] = zone[at - 1];
                count[at] = count[at - 1];
            }
            at--;
        }
        if (at < max) {
            zone[at] = z;
            count[at] = v;
        }
    }
    return n;
}
