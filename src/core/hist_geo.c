/* hist_geo.c - see hist.h: where the calendar's cells, the month names,
 * the timelines' rows, marks and due intervals go, and what is under a
 * point. Pure functions of a summary and a rectangle. */
#include "hist.h"

#include <math.h>

#include "timefmt.h"

hst_Cal hst_cal_layout(const hst_Summary *s, geo_Rect r, float label_h)
{
    hst_Cal c = {0};
    c.box = r;
    c.label_h = label_h;
    float pw = r.w / HST_WEEKS, ph = (r.h - label_h) / 7;
    c.pitch = floorf(pw < ph ? pw : ph);
    if (c.pitch < 2)
        c.pitch = 2;
    c.cell = c.pitch - (c.pitch >= 6 ? floorf(c.pitch / 6) : 0);
    c.x = floorf(r.x);
    c.y = floorf(r.y + label_h);
    int last = 0;
    for (int w = 0; w < HST_WEEKS && c.nmonths < HST_MONTHS; w++) {
        int y, m, d;
        tf_civil_from_days(s->day0 + 7 * w, &y, &m, &d);
        if (w == 0 ? d > 7 * 2 + 1 : m == last) { /* a month begun late in week 0 is named next month */
            last = m;
            continue;
        }
        last = m;
        c.month_x[c.nmonths] = c.x + (float)w * c.pitch;
        c.month[c.nmonths++] = m;
    }
    return c;
}

geo_Rect hst_cal_cell(const hst_Cal *c, const hst_Summary *s, int64_t day)
{
    int i = (int)(day - s->day0);
    return geo_rect(c->x + (float)(i / 7) * c->pitch, c->y + (float)(i % 7) * c->pitch, c->cell, c->cell);
}

int64_t hst_cal_hit(const hst_Cal *c, const hst_Summary *s, float x, float y)
{
    float fx = (x - c->x) / c->pitch, fy = (y - c->y) / c->pitch;
    if (fx < 0 || fy < 0 || fx >= HST_WEEKS || fy >= 7)
        return -1;
    int64_t day = s->day0 + (int64_t)fx * 7 + (int64_t)fy;
    return day <= s->today ? day : -1;
}

hst_Tl hst_tl_layout(const hst_Summary *s, geo_Rect r, float label_w, int tz)
{
    hst_Tl t = {0};
    t.box = r;
    t.rows = s->nzones > 0 ? s->nzones : 1;
    t.row_h = r.h / (float)t.rows;
    t.label_w = label_w;
    t.t0 = (double)s->day0 * 86400.0 - tz;
    t.t1 = (double)(s->today + 1) * 86400.0 - tz;
    return t;
}

geo_Rect hst_tl_row(const hst_Tl *t, int z)
{
    return geo_rect(t->box.x, t->box.y + (float)z * t->row_h, t->box.w, t->row_h);
}

geo_Rect hst_tl_line(const hst_Tl *t, int z)
{
    geo_Rect r = hst_tl_row(t, z);
    return geo_rect(r.x + t->label_w, r.y, r.w - t->label_w, r.h);
}

float hst_tl_x(const hst_Tl *t, double when)
{
    double f = (when - t->t0) / (t->t1 - t->t0);
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    return t->box.x + t->label_w + (float)(f * (double)(t->box.w - t->label_w));
}

geo_Rect hst_tl_due(const hst_Tl *t, const hst_Mark *m, int tz)
{
    geo_Rect line = hst_tl_line(t, m->zone);
    if (m->from_day < 0)
        return geo_rect(line.x, line.y, 0, 0);
    float x0 = hst_tl_x(t, (double)m->from_day * 86400.0 - tz);
    float x1 = hst_tl_x(t, (double)(m->due_day + 1) * 86400.0 - tz);
    return geo_rect(x0, line.y, x1 - x0, line.h);
}

int hst_tl_hit(const hst_Tl *t, const hst_Summary *s, float x, float y, float tol)
{
    if (y < t->box.y || y >= t->box.y + t->box.h || t->row_h <= 0)
        return -1;
    int z = (int)((y - t->box.y) / t->row_h);
    if (z >= s->nzones)
        return -1;
    int best = -1;
    float bd = tol;
    const hst_Zone *zz = &s->zone[z];
    for (int i = zz->first; i < zz->first + zz->n; i++) {
        float d = fabsf(hst_tl_x(t, (double)s->mark[i].t) - x);
        if (d <= bd) {
            bd = d;
            best = i;
        }
    }
    return best;
}
