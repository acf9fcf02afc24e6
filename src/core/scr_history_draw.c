/* scr_history_draw.c - the history screen's drawing (see scr_history.c):
 * the calendar as one DL_RECTS command per shade, the missed days' dots,
 * the month names, the legend; each zone's timeline (its due intervals as
 * bands, late stretches in the overdue colour, a tick per routine done,
 * late ones taller and in that colour, ticks and bands that land on the
 * same pixels drawn once); and the list
 * of entries with their Delete buttons and the Undo bar. */
#include <stdio.h>
#include <string.h>

#include "scr_history.h"

#define MAX_RECTS 8192
/* One size for the year's small text: each size a face is switched to
 * costs the renderer its glyph cache (render.c font), so few sizes draw
 * the first frame faster. */
#define SMALL_PX(u) ((int)(0.9f * (u)))
static geo_Rect buf[MAX_RECTS]; /* scratch: one batch at a time */

void histv_clock(int64_t t, int tz, char *out, int len)
{
    int64_t s = ((t + tz) % 86400 + 86400) % 86400;
    snprintf(out, (size_t)len, "%02d:%02d", (int)(s / 3600), (int)(s / 60 % 60));
}

/* The shades of a cell: nothing done, then four steps of the accent. */
static dl_Color shade(int k)
{
    static const uint8_t alpha[] = {0, 70, 125, 185, 255};
    return k == 0 ? dl_rgba(UI_TRACK) : ui_alpha(UI_ACCENT, alpha[k]);
}

/* A missed day's dot in a cell: a white square with a red one in it. */
static void missed_dots(const app_State *a, dl_List *l, const hst_Cal *c)
{
    const hst_Summary *s = &a->hist.sum;
    int n = 0;
    float d = c->cell * 0.42f, o = (c->cell - d) / 2;
    for (int i = 0; i < s->ndays; i++)
        if (s->missed[i]) {
            geo_Rect r = hst_cal_cell(c, s, s->day0 + i);
            buf[n++] = geo_rect(r.x + o - 1, r.y + o - 1, d + 2, d + 2);
        }
    dl_rects(l, buf, n, dl_rgba(UI_WHITE));
    for (int i = 0; i < n; i++)
        buf[i] = geo_rect_inset(buf[i], 1);
    dl_rects(l, buf, n, dl_rgba(UI_DANGER));
}

static void calendar(const app_State *a, dl_List *l, const hst_Cal *c)
{
    const hst_Summary *s = &a->hist.sum;
    float u = a->lay.u;
    for (int k = 0; k <= 4; k++) {
        int n = 0;
        for (int i = 0; i < s->ndays; i++)
            if (hst_shade(s, s->day0 + i) == k)
                buf[n++] = hst_cal_cell(c, s, s->day0 + i);
        dl_rects(l, buf, n, shade(k));
    }
    missed_dots(a, l, c);
    float next = c->box.x; /* a name where the one before has ended */
    for (int m = 0; m < c->nmonths; m++) {
        if (c->month_x[m] < next)
            continue;
        dl_text(l, geo_rect(c->month_x[m], c->box.y, 3.5f * u, c->label_h), ui_month_short(c->month[m]),
                SMALL_PX(u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
        next = c->month_x[m] + 2.6f * u;
    }
    if (a->hist.day >= s->day0) {
        geo_Rect r = geo_rect_inset(hst_cal_cell(c, s, a->hist.day), -2);
        geo_Rect e[4] = {geo_rect(r.x, r.y, r.w, 2), geo_rect(r.x, r.y + r.h - 2, r.w, 2), geo_rect(r.x, r.y, 2, r.h),
                         geo_rect(r.x + r.w - 2, r.y, 2, r.h)};
        dl_rects(l, e, 4, dl_rgba(UI_INK));
    }
    int cal = app_target_of(a, HV_CAL, -1);
    if (cal >= 0 && a->focus == cal && a->focus_visible)
        ui_focus_ring(a, l, hst_cal_cell(c, s, a->hist.cursor));
}

/* A legend's word after its swatches; returns where the next begins. */
static float legend_word(const app_State *a, dl_List *l, geo_Rect r, float x, const char *w)
{
    int px = SMALL_PX(a->lay.u);
    float tw = ui_measure(a, w, (int)strlen(w), px, 0);
    dl_text(l, geo_rect(x, r.y, tw + 2, r.h), w, px, 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    return x + tw + 0.5f * a->lay.u;
}

/* Less [][][][][] More   (dot) Due and missed   (band) Due interval   (red) Late   | Done */
static void legend(const app_State *a, dl_List *l, geo_Rect r)
{
    float u = a->lay.u, sz = ui_clampf(r.h * 0.6f, 4, 1.1f * u), y = r.y + (r.h - sz) / 2;
    float x = legend_word(a, l, r, r.x, _("Less"));
    for (int k = 0; k <= 4; k++, x += sz + 0.25f * u) {
        geo_Rect c = geo_rect(x, y, sz, sz);
        dl_rects(l, &c, 1, shade(k));
    }
    /* TRANSLATORS: the calendar's legend: Less (shades) More */
    x = legend_word(a, l, r, x, _("More")) + u;
    geo_Rect dot = geo_rect(x, y + sz * 0.29f, sz * 0.42f, sz * 0.42f);
    dl_rects(l, &dot, 1, dl_rgba(UI_DANGER));
    x = legend_word(a, l, r, x + dot.w + 0.4f * u, _("Due and missed")) + u;
    geo_Rect band = geo_rect(x, y, 2 * u, sz);
    dl_rects(l, &band, 1, dl_rgba(UI_ACCENT_SOFT));
    x = legend_word(a, l, r, x + band.w + 0.4f * u, _("Due interval")) + u;
    geo_Rect late[2] = {geo_rect(x, y, 1.4f * u, sz), geo_rect(x + 1.4f * u, y - 0.3f * sz, 2, 1.6f * sz)};
    dl_rects(l, late, 1, ui_alpha(UI_DUE_OVERDUE, 90));
    dl_rects(l, late + 1, 1, dl_rgba(UI_DUE_OVERDUE));
    x = legend_word(a, l, r, x + late[0].w + 0.6f * u, _("Late")) + u;
    geo_Rect tick = geo_rect(x, y - 0.2f * sz, ui_clampf(0.1f * u, 1, 2), 1.4f * sz);
    dl_rects(l, &tick, 1, dl_rgba(UI_ACCENT));
    legend_word(a, l, r, x + 0.6f * u, _("A routine done"));
}

/* Bands [x0, x1) on a row, merged where they touch, as one command. */
static void bands(dl_List *l, const float *x0, const float *x1, int n, float y, float h, dl_Color c)
{
    int k = 0;
    for (int i = 0; i < n && k < MAX_RECTS; i++) {
        if (k > 0 && x0[i] <= buf[k - 1].x + buf[k - 1].w + 1 && x0[i] >= buf[k - 1].x) {
            float right = x1[i] > buf[k - 1].x + buf[k - 1].w ? x1[i] : buf[k - 1].x + buf[k - 1].w;
            buf[k - 1].w = right - buf[k - 1].x;
            continue;
        }
        buf[k++] = geo_rect(x0[i], y, x1[i] - x0[i], h);
    }
    dl_rects(l, buf, k, c);
}

static float bx0[MAX_RECTS], bx1[MAX_RECTS];

/* One zone's line: its due bands, late stretches, then a tick per
 * routine done (one per pixel column). */
static void line(const app_State *a, dl_List *l, const hst_Tl *t, int z)
{
    const hst_Summary *s = &a->hist.sum;
    const hst_Zone *zz = &s->zone[z];
    float u = a->lay.u;
    geo_Rect ln = hst_tl_line(t, z);
    float mid = ln.y + ln.h / 2, bh = ui_clampf(0.4f * ln.h, 3, 1.2f * u), tw = ui_clampf(0.1f * u, 1, 2);
    geo_Rect base = geo_rect(ln.x, mid - 0.5f, ln.w, 1);
    dl_rects(l, &base, 1, dl_rgba(UI_LINE));
    int n = 0, nl = 0;
    for (int i = zz->first; i < zz->first + zz->n && n < MAX_RECTS; i++) {
        geo_Rect d = hst_tl_due(t, &s->mark[i], a->tz_offset);
        if (d.w > 0) {
            bx0[n] = d.x;
            bx1[n++] = d.x + d.w;
        }
    }
    bands(l, bx0, bx1, n, mid - bh / 2, bh, dl_rgba(UI_ACCENT_SOFT));
    for (int i = zz->first; i < zz->first + zz->n && nl < MAX_RECTS; i++)
        if (s->mark[i].late) {
            geo_Rect d = hst_tl_due(t, &s->mark[i], a->tz_offset);
            bx0[nl] = d.x + d.w;
            bx1[nl++] = hst_tl_x(t, (double)s->mark[i].t);
        }
    bands(l, bx0, bx1, nl, mid - bh / 2, bh, ui_alpha(UI_DUE_OVERDUE, 90));
    for (int late = 0; late <= 1; late++) { /* late ones taller, in the overdue colour, on top */
        int last = -1;
        float th = late ? 2.0f * bh : 1.3f * bh;
        n = 0;
        for (int i = zz->first; i < zz->first + zz->n && n < MAX_RECTS; i++) {
            int x = (int)hst_tl_x(t, (double)s->mark[i].t);
            if (s->mark[i].late == late && x != last)
                buf[n++] = geo_rect((float)x - tw / 2, mid - th / 2, tw + (float)late, th);
            last = s->mark[i].late == late ? x : last;
        }
        dl_rects(l, buf, n, dl_rgba(late ? UI_DUE_OVERDUE : UI_ACCENT));
    }
}

/* Faint lines at each month's start across the timelines. */
static void month_grid(const app_State *a, dl_List *l, const hst_Tl *t)
{
    const hst_Summary *s = &a->hist.sum;
    int n = 0;
    for (int64_t d = s->day0 + 1; d <= s->today && n < 16; d++) {
        int y, m, dd;
        tf_civil_from_days(d, &y, &m, &dd);
        if (dd == 1)
            buf[n++] = geo_rect(hst_tl_x(t, (double)d * 86400.0 - a->tz_offset), t->box.y, 1, t->box.h);
    }
    dl_rects(l, buf, n, dl_rgba(UI_LINE));
}

static void timelines(const app_State *a, dl_List *l, const histv_Areas *ar)
{
    hst_Tl t = histv_tl(a, ar);
    float u = a->lay.u;
    char words[64];
    if (ar->lines.h <= 0)
        return;
    month_grid(a, l, &t);
    dl_text(l, geo_rect(ar->stats.x, ar->stats.y, ar->stats.w, ar->stats.h - ar->lines.h), _("On time \xC2\xB7 Streak"),
            SMALL_PX(u), 0, DL_ALIGN_RIGHT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
    dl_text(l, geo_rect(ar->lines.x, ar->stats.y, ar->lines.w, ar->stats.h - ar->lines.h),
            _("Each zone: a tick a routine, on its due interval"), SMALL_PX(u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP,
            dl_rgba(UI_MUTED));
    for (int z = 0; z < a->hist.sum.nzones; z++) {
        const hst_Zone *zz = &a->hist.sum.zone[z];
        geo_Rect row = hst_tl_row(&t, z);
        int px = (int)ui_clampf((float)SMALL_PX(u), 6, 0.8f * row.h);
        dl_text(l, geo_rect(row.x, row.y, t.label_w - 0.5f * u, row.h), a->content->zones[z].name, px, 1,
                DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
        snprintf(words, sizeof words, "%d/%d \xC2\xB7 %d", zz->on_time_recent, zz->done_recent, zz->streak);
        dl_text(l, geo_rect(ar->stats.x, row.y, ar->stats.w, row.h), words, px, 0, DL_ALIGN_RIGHT,
                DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
        line(a, l, &t, z);
    }
    int ti = app_target_of(a, HV_LINE, -1);
    if (ti >= 0 && a->focus == ti && a->focus_visible)
        ui_focus_ring(a, l, t.box);
}

void histv_draw_year(const app_State *a, dl_List *l, const histv_Areas *ar)
{
    hst_Cal c = histv_cal(a, ar);
    calendar(a, l, &c);
    if (ar->legend.h > 0)
        legend(a, l, ar->legend);
    timelines(a, l, ar);
}

/* The list's title: the day shown, or how many entries there are. */
static void rows_title(const app_State *a, dl_List *l, const histv_Areas *ar)
{
    float u = a->lay.u;
    char title[120], date[40];
    if (a->hist.tab == 1) {
        snprintf(title, sizeof title, _("Finished routines: %d"), a->prog->n);
    } else if (a->hist.day >= 0) {
        ui_date((int64_t)a->hist.day * 86400 - a->tz_offset + 43200, a->tz_offset, date, sizeof date);
        /* TRANSLATORS: a day in the history: the date, how many routines were done */
        snprintf(title, sizeof title, _("%s \xC2\xB7 %d done"), date, a->hist.nday);
    } else {
        snprintf(title, sizeof title, "%s", _("Tap a day or a mark"));
    }
    dl_text(l, geo_rect(ar->day.x, ar->day.y, ar->day.w, 2.2f * u), title, (int)(1.1f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
}

/* The title of an entry's routine; for one no longer in the content, its
 * id in words ("lower-face-clean-up": "Lower face clean up") and that it
 * is no longer offered. */
static const char *entry_name(const app_State *a, const char *id, char *out, int len)
{
    int ri = lvl_routine_index(a->content, id);
    if (ri >= 0)
        return a->content->routines[ri].title;
    char words[PROG_ID];
    snprintf(words, sizeof words, "%s", id);
    for (char *c = words; *c; c++)
        *c = *c == '-' || *c == '_' ? ' ' : *c;
    if (words[0] >= 'a' && words[0] <= 'z')
        words[0] = (char)(words[0] - 'a' + 'A');
    /* TRANSLATORS: a history entry of a routine the trainer no longer has */
    snprintf(out, (size_t)len, _("%s (no longer offered)"), words);
    return out;
}

void histv_draw_rows(const app_State *a, dl_List *l, const histv_Areas *ar)
{
    const app_List *ls = &a->lay.list;
    float u = a->lay.u;
    char line[220], when[40], at[16], steps[40], name[96];
    rows_title(a, l, ar);
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        const prog_Entry *e = histv_item(a, i);
        int del = app_target_of(a, HV_DELETE, i);
        if (!e || del < 0)
            continue;
        geo_Rect r = ui_list_item(ls, i), b = a->lay.t[del].r;
        histv_clock(e->completed_at, a->tz_offset, at, sizeof at);
        ui_date(e->completed_at, a->tz_offset, when, sizeof when);
        /* TRANSLATORS: in a history entry: steps done of the routine's steps */
        snprintf(steps, sizeof steps, P_("%d/%d step", "%d/%d steps", e->steps_total), e->steps_done,
                 e->steps_total);
        snprintf(line, sizeof line, "%s%s%s \xC2\xB7 %s \xC2\xB7 %s", a->hist.tab ? when : "", a->hist.tab ? " " : "",
                 at, entry_name(a, e->routine, name, sizeof name), steps);
        ui_fit_lines(a, l, geo_rect(r.x, r.y, b.x - r.x - 0.5f * u, r.h), line, 0.95f, 0, dl_rgba(UI_INK));
        ui_button(a, l, del, _("Delete"), 0, 1);
    }
    if (ls->count == 0 && a->hist.tab == 0 && a->hist.nday > 0) { /* no room for rows: what, in a line */
        int n = 0;
        line[0] = '\0';
        for (int i = 0; i < a->hist.nday && n < (int)sizeof line - 80; i++) {
            n += snprintf(line + n, sizeof line - (size_t)n, "%s%s", i ? ", " : "",
                          entry_name(a, a->hist.day_entry[i].routine, name, sizeof name));
        }
        ui_fit_lines(a, l, geo_rect(ar->day.x, ar->day.y + 2.2f * u, ar->day.w, ar->day.h - 2.2f * u), line, 0.9f, 0,
                     dl_rgba(UI_MUTED));
    }
    if (ls->count == 0 && a->hist.tab == 1)
        dl_text(l, geo_rect(ar->day.x, ar->day.y + 2.4f * u, ar->day.w, 3 * u),
                _("Nothing yet. Finished routines appear here."), (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP,
                dl_rgba(UI_MUTED));
    ui_list_bar(a, l);
    if (a->hist.has_undo) {
        ui_date(a->hist.undo.completed_at, a->tz_offset, when, sizeof when);
        /* TRANSLATORS: the undo bar: the routine deleted, its date */
        snprintf(line, sizeof line, _("Deleted %s \xC2\xB7 %s"),
                 entry_name(a, a->hist.undo.routine, name, sizeof name), when);
        dl_rrect(l, ar->bar, 0.6f * u, dl_rgba(UI_INK), dl_rgba(UI_NONE), 0);
        ui_fit_lines(a, l, geo_rect(ar->bar.x + u, ar->bar.y, ar->bar.w - 10 * u, ar->bar.h), line, 0.95f, 0,
                     dl_rgba(UI_WHITE));
        ui_button(a, l, app_target_of(a, HV_UNDO, -1), _("Undo"), 1, 1);
    }
}
