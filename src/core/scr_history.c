/* scr_history.c - the history ("progress"): two views behind the tabs at
 * the bottom. The year: a calendar of the last 53 weeks (a cell a day,
 * its shade how much was done, a dot where something followed was due and
 * missed), each zone's timeline (a mark per routine done on its due
 * interval, late ones past it), on time in the last 90 days and the streak
 * per zone and overall, and the entries of the day tapped (or picked with
 * the arrows and Return on the calendar). Every entry: all of them, newest
 * first, in the list widget. An entry of either list can be deleted; the
 * Undo bar stays until another action or UNDO_MS. Export asks the shell
 * to write the history (export_pending). The summary (hist.h) is made on
 * opening and after a change, never per frame. */
#include <stdio.h>
#include <string.h>

#include "progdel.h"
#include "scr_history.h"

#define UNDO_MS 10000
#define ROW_U UI_TARGET /* a list row is a target's height (its Delete button) */

/* ---- what is shown ---------------------------------------------------------- */

/* The summary again, from the history and the plan as they are now. */
static void rebuild(app_State *a)
{
    int follows[LVL_MAX_ROUTINES], every[LVL_MAX_ROUTINES];
    for (int r = 0; r < a->content->nroutines && r < LVL_MAX_ROUTINES; r++) {
        follows[r] = app_follows(a, r);
        every[r] = app_routine_every(a, r);
    }
    hst_build(&a->hist.sum, a->content, a->prog, follows, every, a->wall, a->tz_offset);
    a->hist.built_n = a->prog->n;
}

/* Shows day's entries (newest first) and says so; day -1 shows none. */
static void show_day(app_State *a, int64_t day, int event)
{
    app_History *h = &a->hist;
    h->day = day;
    h->nday = 0;
    for (int i = a->prog->n - 1; i >= 0 && day >= 0 && h->nday < APP_DAY_MAX; i--)
        if (tf_local_day(a->prog->h[i].completed_at, a->tz_offset) == day)
            h->day_entry[h->nday++] = a->prog->h[i];
    a->list_first = 0;
    app_Event *e = event && day >= 0 ? app_push_event(a, EV_DAY) : NULL;
    if (e) {
        int y, m, d;
        tf_civil_from_days(day, &y, &m, &d);
        snprintf(e->target, sizeof e->target, "%04d-%02d-%02d", y, m, d);
        e->of = h->nday;
    }
}

static void prepare(app_State *a)
{
    rebuild(a);
    const hst_Summary *s = &a->hist.sum;
    int64_t newest = -1;
    for (int i = 0; i < a->prog->n; i++) {
        int64_t d = tf_local_day(a->prog->h[i].completed_at, a->tz_offset);
        newest = d > newest && d <= s->today ? d : newest;
    }
    a->hist.cursor = newest >= s->day0 ? newest : s->today;
    show_day(a, newest >= s->day0 ? newest : -1, 0);
}

const prog_Entry *histv_item(const app_State *a, int i)
{
    if (a->hist.tab == 0)
        return i >= 0 && i < a->hist.nday ? &a->hist.day_entry[i] : NULL;
    return i >= 0 && i < a->prog->n ? &a->prog->h[a->prog->n - 1 - i] : NULL;
}

/* ---- layout ------------------------------------------------------------------- */

static histv_Areas areas(const app_State *a, const app_Layout *l)
{
    histv_Areas ar = {0};
    float u = l->u, w = (float)l->w, top = l->header.h + 0.6f * u, bottom = l->controls.y - 0.4f * u;
    if (a->hist.tab == 1) {
        ar.day = geo_rect(u, top, w - 2 * u, bottom - top);
        return ar;
    }
    float body = bottom - top, label = 1.3f * u;
    int small = body < 22 * u; /* the calendar and the day only */
    float pitch = ui_clampf((w - 2 * u) / HST_WEEKS, 2, ((small ? 0.45f : 0.34f) * body - label) / 7);
    ar.cal = geo_rect(u, top, w - 2 * u, label + 7 * pitch);
    float y0 = ar.cal.y + ar.cal.h + 0.5f * u;
    if (small) {
        ar.day = geo_rect(u, y0, w - 2 * u, bottom - y0);
        return ar;
    }
    ar.legend = geo_rect(u, y0 - 0.2f * u, w - 2 * u, 1.6f * u);
    y0 = ar.legend.y + ar.legend.h + 0.4f * u;
    float rest = bottom - y0, cap = 1.3f * u, sw = 7 * u;
    int nz = a->content->nzones > 0 ? a->content->nzones : 1;
    float lw = ui_landscape(l) ? 0.6f * (w - 2 * u) : w - 2 * u;
    float lh = ui_clampf(ui_landscape(l) ? rest - cap : 0.5f * rest, 0, (float)nz * 3.2f * u);
    ar.lines = geo_rect(u, y0 + cap, lw - sw, lh);
    ar.stats = geo_rect(u + lw - sw, y0, sw, cap + lh);
    if (ui_landscape(l))
        ar.day = geo_rect(2 * u + lw, y0, w - 3 * u - lw, rest);
    else
        ar.day = geo_rect(u, y0 + cap + lh + 0.6f * u, w - 2 * u, bottom - y0 - cap - lh - 0.6f * u);
    ar.label_w = ui_clampf(0.3f * ar.lines.w, 7 * u, 13 * u);
    return ar;
}

/* The Undo bar at the foot of the list's area, which it makes shorter. */
histv_Areas histv_areas(const app_State *a, const app_Layout *l)
{
    histv_Areas ar = areas(a, l);
    float u = l->u;
    if (a->hist.has_undo) {
        ar.bar = geo_rect(ar.day.x, ar.day.y + ar.day.h - UI_TARGET * u, ar.day.w, UI_TARGET * u);
        ar.day.h -= UI_TARGET * u + 0.4f * u;
    }
    return ar;
}

hst_Cal histv_cal(const app_State *a, const histv_Areas *ar)
{
    return hst_cal_layout(&a->hist.sum, ar->cal, 1.3f * a->lay.u);
}

hst_Tl histv_tl(const app_State *a, const histv_Areas *ar)
{
    return hst_tl_layout(&a->hist.sum, ar->lines, ar->label_w, a->tz_offset);
}

/* Moves targets from..from+n-1 to the end, so that Tab meets the buttons
 * at the bottom last, as the eye does (ui_controls is called first: the
 * bands below the controls' top are worked out from it). */
static void to_the_end(app_Layout *l, int from, int n)
{
    app_Target keep[8];
    if (n <= 0 || n > 8 || from + n > l->n)
        return;
    memcpy(keep, l->t + from, (size_t)n * sizeof *keep);
    memmove(l->t + from, l->t + from + n, (size_t)(l->n - from - n) * sizeof *l->t);
    memcpy(l->t + l->n - n, keep, (size_t)n * sizeof *keep);
}

static void layout(app_State *a, app_Layout *l)
{
    static const ui_Control acts[] = {
        {ACT_GO, SCR_MAP, "map"}, {HV_TAB, 0, "tab:year"}, {HV_TAB, 1, "tab:entries"}, {HV_EXPORT, 0, "export"}};
    float u = l->u;
    ui_header_band(l, 1);
    int c0 = l->n;
    ui_controls(l, acts, 4);
    int nc = l->n - c0;
    histv_Areas ar = histv_areas(a, l);
    if (a->hist.tab == 0) {
        hst_Cal c = hst_cal_layout(&a->hist.sum, ar.cal, 1.3f * u);
        app_add_target(l, HV_CAL, 0, geo_rect(c.x, c.y, HST_WEEKS * c.pitch, 7 * c.pitch), "calendar");
        hst_Tl t = hst_tl_layout(&a->hist.sum, ar.lines, ar.label_w, a->tz_offset);
        if (ar.lines.h > 0)
            app_add_target(l, HV_LINE, 0, t.box, "timelines");
    }
    geo_Rect box = geo_rect(ar.day.x, ar.day.y + 2.4f * u, ar.day.w, ar.day.h - 2.4f * u);
    int count = a->hist.tab == 1 ? a->prog->n : box.h >= ROW_U * u ? a->hist.nday : 0; /* else a line: histv_draw_rows */
    const app_List *ls = ui_list_layout(a, l, box, count, ROW_U * u, 0.3f * u);
    float bw = ui_clampf(0.22f * box.w, UI_TARGET * u, 7 * u);
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        geo_Rect r = ui_list_item(ls, i);
        app_add_target(l, HV_DELETE, i, geo_rect(r.x + r.w - bw, r.y, bw, r.h), "delete:%d", i + 1);
    }
    if (a->hist.has_undo)
        app_add_target(l, HV_UNDO, 0, geo_rect(ar.bar.x + ar.bar.w - 8 * u, ar.bar.y, 8 * u, ar.bar.h), "undo");
    to_the_end(l, c0, nc);
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    int cal = app_target_of(a, HV_CAL, -1);
    a->focus = cal >= 0 ? cal : app_target_of(a, ACT_GO, SCR_MAP);
}

static void leave(app_State *a, app_Screen to)
{
    (void)to;
    a->hist.has_undo = 0; /* leaving is another action: the delete stands */
}

/* ---- actions ------------------------------------------------------------------ */

static void entry_event(app_State *a, app_EvKind k, const prog_Entry *e)
{
    app_Event *ev = app_push_event(a, k);
    if (ev) {
        snprintf(ev->routine, sizeof ev->routine, "%s", e->routine);
        tf_format_utc(e->completed_at, ev->target);
    }
}

/* The history's index of item i of the list, or -1. */
static int index_of(const app_State *a, int i)
{
    const prog_Entry *e = histv_item(a, i);
    for (int k = a->prog->n - 1; e && k >= 0; k--)
        if (a->prog->h[k].completed_at == e->completed_at && strcmp(a->prog->h[k].routine, e->routine) == 0)
            return k;
    return -1;
}

static void changed(app_State *a)
{
    int64_t day = a->hist.day;
    a->save_pending = 1;
    rebuild(a);
    if (a->hist.tab == 0)
        show_day(a, day, 0);
    app_layout(a);
}

static void delete_item(app_State *a, int i)
{
    app_History *h = &a->hist;
    int k = index_of(a, i);
    prog_Entry gone;
    if (k < 0)
        return;
    if (pdl_delete(a->prog, k, &gone) != 0) {
        app_set_banner(a, BANNER_HISTORY, _("This entry was not deleted: the history remembers at most 2000 "
                                            "deleted entries."));
        return;
    }
    h->undo = gone;
    h->undo_at = k;
    h->has_undo = 1;
    h->undo_until = a->now + UNDO_MS;
    entry_event(a, EV_DELETED, &gone);
    int first = a->list_first;
    changed(a);
    a->list_first = first;
    app_layout(a);
}

static void undo(app_State *a)
{
    app_History *h = &a->hist;
    h->has_undo = 0;
    if (pdl_restore(a->prog, &h->undo, h->undo_at) != 0) {
        app_set_banner(a, BANNER_HISTORY, _("The entry could not be put back: out of memory."));
        return;
    }
    entry_event(a, EV_RESTORED, &h->undo);
    int first = a->list_first;
    changed(a);
    a->list_first = first;
    app_layout(a);
}

/* A tap on the timelines: the day of the mark under it, else the day at
 * x; from the keyboard, the day of the newest mark. */
static int64_t line_day(const app_State *a)
{
    histv_Areas ar = histv_areas(a, &a->lay);
    hst_Tl t = histv_tl(a, &ar);
    const hst_Summary *s = &a->hist.sum;
    if (a->focus_visible) {
        int64_t d = -1;
        for (int i = 0; i < s->nmarks; i++)
            d = s->mark[i].day > d ? s->mark[i].day : d;
        return d >= 0 ? d : s->today;
    }
    int m = hst_tl_hit(&t, s, a->down_x, a->down_y, 1.2f * a->lay.u);
    if (m >= 0)
        return s->mark[m].day;
    double when = t.t0 + (t.t1 - t.t0) * (double)((a->down_x - t.box.x - t.label_w) / (t.box.w - t.label_w));
    int64_t d = tf_local_day((int64_t)when, a->tz_offset);
    return d < s->day0 ? s->day0 : d > s->today ? s->today : d;
}

static void act(app_State *a, const app_Target *t)
{
    if (t->act != HV_UNDO && a->hist.has_undo) {
        a->hist.has_undo = 0; /* another action: the bar goes, the delete stands */
        app_layout(a);
    }
    switch (t->act) {
    case HV_TAB:
        a->hist.tab = t->arg;
        a->list_first = 0;
        app_layout(a);
        a->focus = app_target_of(a, HV_TAB, t->arg);
        break;
    case HV_EXPORT: a->export_pending = a->prog->n > 0; break;
    case HV_CAL: {
        histv_Areas ar = histv_areas(a, &a->lay);
        hst_Cal c = histv_cal(a, &ar);
        int64_t d = a->focus_visible ? a->hist.cursor : hst_cal_hit(&c, &a->hist.sum, a->down_x, a->down_y);
        if (d >= 0) {
            a->hist.cursor = d;
            show_day(a, d, 1);
            app_layout(a);
        }
        break;
    }
    case HV_LINE: {
        int64_t d = line_day(a);
        a->hist.cursor = d;
        show_day(a, d, 1);
        app_layout(a);
        break;
    }
    case HV_DELETE: delete_item(a, t->arg); break;
    case HV_UNDO: undo(a); break;
    }
}

/* On the calendar, the arrows move the day cursor: a day up and down, a
 * week left and right. */
static int key(app_State *a, const app_Input *in)
{
    int cal = app_target_of(a, HV_CAL, -1);
    static const int step[] = {[KEY_LEFT] = -7, [KEY_RIGHT] = 7, [KEY_UP] = -1, [KEY_DOWN] = 1};
    if (cal < 0 || a->focus != cal || in->key < KEY_LEFT || in->key > KEY_DOWN)
        return 0;
    const hst_Summary *s = &a->hist.sum;
    int64_t d = a->hist.cursor + step[in->key];
    a->hist.cursor = d < s->day0 ? s->day0 : d > s->today ? s->today : d;
    a->focus_visible = 1;
    return 1;
}

static void tick(app_State *a)
{
    if (a->prog->n != a->hist.built_n) { /* a save took in another copy's entries */
        rebuild(a);
        show_day(a, a->hist.day, 0);
        app_layout(a);
        a->redraw = 1;
    }
    if (a->hist.has_undo && a->now >= a->hist.undo_until) {
        a->hist.has_undo = 0;
        app_layout(a);
        a->redraw = 1;
    }
}

static long long deadline(const app_State *a)
{
    return a->hist.has_undo ? a->hist.undo_until : -1;
}

static void draw(const app_State *a, dl_List *l)
{
    const hst_Zone *all = &a->hist.sum.all;
    char note[160];
    snprintf(note, sizeof note, a->lay.w >= 55 * a->lay.u ? _("On time in 90 days: %d of %d \xC2\xB7 Streak %d")
                                                          : _("%d/%d on time \xC2\xB7 streak %d"),
             all->on_time_recent, all->done_recent, all->streak);
    ui_header(a, l, _("History"), note, _("\xE2\x80\xB9 Map"));
    histv_Areas ar = histv_areas(a, &a->lay);
    if (a->hist.tab == 0)
        histv_draw_year(a, l, &ar);
    histv_draw_rows(a, l, &ar);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_MAP), _("Back to map"), 0, 1);
    ui_button(a, l, app_target_of(a, HV_TAB, 0), _("Year"), a->hist.tab == 0, 1);
    ui_button(a, l, app_target_of(a, HV_TAB, 1), _("All entries"), a->hist.tab == 1, 1);
    ui_button(a, l, app_target_of(a, HV_EXPORT, 0), _("Export"), 0, a->prog->n > 0);
}

const scr_Def scr_history = {
    .name = "progress",
    .back = SCR_MAP,
    .prepare = prepare,
    .layout = layout,
    .open = open,
    .close = leave,
    .act = act,
    .key = key,
    .tick = tick,
    .deadline = deadline,
    .draw = draw,
};
