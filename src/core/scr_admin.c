/* scr_admin.c - the kiosk staff's screen, opened by a long press on the
 * hidden corner (visit.c): a PIN keypad (a dot per digit typed, never the
 * digits; five wrong PINs lock it for 30 s), then the last 30 days as a
 * bar chart (kchart.h) over the counts of today, 7 and 30 days and the
 * most opened zones; the idle time, "Export counts" (the daily counts as
 * CSV to the config's export_csv: a request the shell carries out, with a
 * banner), reloading the content and leaving the kiosk.
 * Nothing about the PIN (its length, where it comes from) shows before the
 * right one is typed; there is no default PIN (kconfig.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "kchart.h"
#include "ui.h"

enum { ADMIN_PIN = ACT_SCREEN /* arg: 0-9, ADMIN_CLEAR, ADMIN_OK */, ADMIN_IDLE, ADMIN_EXPORT, ADMIN_RELOAD, ADMIN_EXIT };
enum { ADMIN_CLEAR = 10, ADMIN_OK = 11 };

#define PIN_TRIES 5
#define PIN_LOCK_MS 30000
#define IDLE_STEP_MS 15000
#define ROW 1.9f     /* a line of counts, in u */
#define ROW_MIN 1.3f /* closer where that makes them all fit; text stays 1u */

#define CHART 0.40f /* of the left card's height */

/* The most opened zones of the last KCH_DAYS days (kch_top_zones). */
static int top_zones(const app_State *a, int *zone, int *count)
{
    int64_t today = app_today(a);
    return kch_top_zones(a->k.stats, a->content, today - KCH_DAYS + 1, today, zone, count, KCH_TOP);
}

/* The rows of counts: visitors, routines started, finished, unfinished,
 * then a heading and the most opened zones, when any was opened. */
static int count_rows(const app_State *a)
{
    int zone[KCH_TOP], count[KCH_TOP], n = top_zones(a, zone, count);
    return 4 + (n ? 1 + n : 0);
}

static void keypad_layout(app_Layout *l)
{
    float u = l->u;
    float top = l->header.h + u, avail = (float)l->h - top - u;
    float key = (avail - 4.5f * u) / 4.6f;
    if (key > 7 * u)
        key = 7 * u;
    float gap = 0.6f * key / UI_TARGET, w = 3 * key + 2 * gap, x0 = ((float)l->w - w) / 2;
    l->card = geo_rect(x0, top, w, 3.6f * u);
    float y0 = top + 4.5f * u;
    static const int keys[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, ADMIN_CLEAR, 0, ADMIN_OK};
    for (int i = 0; i < 12; i++) {
        geo_Rect r = geo_rect(x0 + (float)(i % 3) * (key + gap), y0 + (float)(i / 3) * (key * 0.8f + gap), key,
                              key * 0.8f);
        if (keys[i] < 10)
            app_add_target(l, ADMIN_PIN, keys[i], r, "pin-%d", keys[i]);
        else
            app_add_target(l, ADMIN_PIN, keys[i], r, "%s", keys[i] == ADMIN_OK ? "pin-ok" : "pin-clear");
    }
}

static void layout(app_State *a, app_Layout *l)
{
    float u = l->u;
    ui_header_band(l, 1);
    l->controls = geo_rect(0, (float)l->h, (float)l->w, 0);
    if (!a->k.unlocked) {
        keypad_layout(l);
        return;
    }
    ui_split_closeup(l, 0.58f);
    float buttons = 3 * u + 4 * 3.6f * u + 3 * 1.5f * u; /* all the card needs */
    if (!ui_landscape(l) && l->card.h > buttons) { /* portrait: the rest to the numbers */
        l->closeup.h += l->card.h - buttons;
        l->card = geo_rect(l->card.x, l->card.y + l->card.h - buttons, l->card.w, buttons);
    }
    geo_Rect in = geo_rect_inset(l->closeup, u);
    l->panel = geo_rect(in.x, in.y, in.w, CHART * in.h); /* the chart */
    in = geo_rect(in.x, in.y + l->panel.h + u, in.w, in.h - l->panel.h - u);
    int n = count_rows(a);
    float row = ROW * u;
    if (row * (float)(n + 1) > in.h && in.h / (float)(n + 1) >= ROW_MIN * u)
        row = in.h / (float)(n + 1);
    ui_list_layout(a, l, geo_rect(in.x, in.y + row, in.w, in.h - row), n, row, 0);
    geo_Rect c = l->card;
    /* the buttons close up where the card is short */
    float bh = 3.6f * u, bw = (c.w - u) / 2, gap = 1.5f * u, y = c.y + 3 * u;
    if (3 * u + 4 * bh + 3 * gap > c.h)
        gap = 0.6f * u;
    if (3 * u + 4 * bh + 3 * gap > c.h)
        bh = fmaxf(UI_TARGET * u, (c.h - 3 * u - 3 * gap) / 4);
    app_add_target(l, ADMIN_IDLE, -1, geo_rect(c.x, y, bw, bh), "idle-down");
    app_add_target(l, ADMIN_IDLE, 1, geo_rect(c.x + bw + u, y, bw, bh), "idle-up");
    static const struct {
        int act;
        const char *name;
    } rows[] = {{ADMIN_EXPORT, "export-counts"}, {ADMIN_RELOAD, "reload"}, {ADMIN_EXIT, "exit"}};
    for (int i = 0; i < 3; i++)
        app_add_target(l, rows[i].act, 0, geo_rect(c.x, y + (float)(i + 1) * (bh + gap), c.w, bh), "%s", rows[i].name);
}

/* A keypad key: 0-9, clear or OK. */
static void pin_key(app_State *a, int key)
{
    app_Kiosk *k = &a->k;
    size_t n = strlen(k->pin);
    if (k->unlocked || a->now < k->locked_until)
        return;
    k->wrong = 0;
    if (key < 10 && n < sizeof k->pin - 1) {
        k->pin[n] = (char)('0' + key);
        k->pin[n + 1] = 0;
    } else if (key == ADMIN_CLEAR) {
        k->pin[0] = 0;
    } else if (key == ADMIN_OK) {
        int ok = kcf_has_pin(k->cfg) && strcmp(k->pin, k->cfg->pin) == 0; /* no PIN: never */
        k->pin[0] = 0;
        app_Event *e = app_push_event(a, EV_PIN);
        if (e)
            e->flag = ok;
        if (ok) {
            k->unlocked = 1;
            k->attempts = 0;
            app_layout(a);
        } else {
            k->wrong = 1;
            if (++k->attempts >= PIN_TRIES) {
                k->attempts = 0;
                k->locked_until = a->now + PIN_LOCK_MS;
            }
        }
    }
}

static void act(app_State *a, const app_Target *t)
{
    app_Kiosk *k = &a->k;
    switch (t->act) {
    case ADMIN_PIN: pin_key(a, t->arg); break;
    case ADMIN_IDLE:
        if (k->unlocked) {
            k->idle_ms += t->arg * IDLE_STEP_MS;
            k->idle_ms = k->idle_ms < IDLE_STEP_MS ? IDLE_STEP_MS : k->idle_ms > 3600000 ? 3600000 : k->idle_ms;
            if (k->dim_ms > 0 && k->dim_ms <= k->idle_ms)
                k->dim_ms = k->idle_ms + 60000;
        }
        break;
    case ADMIN_EXPORT: k->export_counts = k->unlocked; break;
    case ADMIN_RELOAD: k->reload = k->unlocked; break;
    case ADMIN_EXIT: k->quit = k->unlocked; break;
    default: break;
    }
}

/* ---- drawing ------------------------------------------------------------------ */

static void keypad(const app_State *a, dl_List *l)
{
    const app_Kiosk *k = &a->k;
    float u = a->lay.u;
    char shown[64] = "", msg[96];
    size_t n = strlen(k->pin);
    for (size_t i = 0; i < n; i++)
        memcpy(shown + i * 4, "\xE2\x97\x8F ", 5); /* a dot per digit, never the digits */
    if (a->now < k->locked_until)
        snprintf(msg, sizeof msg, _("Too many wrong PINs: try again in %lld s"),
                 (k->locked_until - a->now + 999) / 1000);
    else if (k->wrong)
        snprintf(msg, sizeof msg, "%s", _("Wrong PIN. Try again."));
    else
        snprintf(msg, sizeof msg, "%s", n ? shown : _("Enter the staff PIN"));
    geo_Rect c = a->lay.card;
    dl_rrect(l, c, 0.8f * u, dl_rgba(UI_CARD), dl_rgba(k->wrong ? UI_DANGER : UI_LINE), 0.15f * u);
    dl_text(l, geo_rect_inset(c, 0.5f * u), msg, (int)(1.3f * u), n && !k->wrong, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
            dl_rgba(k->wrong ? UI_DANGER : UI_INK));
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (t->act != ADMIN_PIN)
            continue;
        char label[8];
        snprintf(label, sizeof label, "%d", t->arg);
        ui_button(a, l, i, t->arg == ADMIN_CLEAR ? _("Clear") : t->arg == ADMIN_OK ? _("OK") : label, t->arg == ADMIN_OK,
                    a->now >= k->locked_until);
    }
}

typedef struct {
    const char *name;
    int v[3]; /* today, the last 7 days, the last 30; v[0] < 0: a heading */
    int rank;  /* 1.. for a zone */
} Row;

/* The counts' rows (count_rows of them) into rows. */
static int make_rows(const app_State *a, Row *rows)
{
    const kst_Stats *s = a->k.stats;
    int64_t today = app_today(a), from[3] = {today, today - 6, today - KCH_DAYS + 1};
    int n = 0, zone[KCH_TOP], count[KCH_TOP], nz = top_zones(a, zone, count);
    int started[3], done[3], ab[3];
    for (int k = 0; k < 3; k++)
        started[k] = kst_routine_sum(s, NULL, from[k], today, &done[k], &ab[k]);
    rows[n++] = (Row){_("Visitors"), {kst_sessions(s, today, today), kst_sessions(s, from[1], today),
                                   kst_sessions(s, from[2], today)}, 0};
    rows[n++] = (Row){_("Routines started"), {started[0], started[1], started[2]}, 0};
    rows[n++] = (Row){_("Routines finished"), {done[0], done[1], done[2]}, 0};
    rows[n++] = (Row){_("Routines left unfinished"), {ab[0], ab[1], ab[2]}, 0};
    if (nz)
        rows[n++] = (Row){_("Most opened zones"), {-1, 0, 0}, 0};
    for (int i = 0; i < nz; i++) {
        const char *id = a->content->zones[zone[i]].id;
        rows[n++] = (Row){a->content->zones[zone[i]].name, {kst_zone_opened(s, id, today, today),
                          kst_zone_opened(s, id, from[1], today), count[i]}, i + 1};
    }
    return n;
}

static void counts(const app_State *a, dl_List *l, geo_Rect in)
{
    const app_List *ls = &a->lay.list;
    float u = a->lay.u, row = ls->item_h, px = fminf(1.0f * u, row / 1.3f); /* one line a row */
    float cw = fmaxf(UI_TARGET * u, fminf(5 * u, 0.16f * in.w)); /* the three count columns */
    /* TRANSLATORS: the kiosk counts' column heads */
    const char *const heads[3] = {_("today"), _("7 days"), _("30 days")};
    char line[200];
    Row rows[4 + 1 + KCH_TOP];
    make_rows(a, rows);
    float y = ls->box.y - row, name_w = in.w - 3 * cw;
    dl_text(l, geo_rect(in.x, y, name_w, row), _("Sessions"), (int)(1.15f * px), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_INK));
    for (int k = 0; k < 3; k++)
        dl_text(l, geo_rect(in.x + name_w + (float)k * cw, y, cw, row), heads[k], (int)(0.95f * px), 1,
                DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        const Row *r = &rows[i];
        y = ui_list_item(ls, i).y;
        if (r->v[0] < 0) { /* the zones' heading, under a line */
            if (i > ls->first)
                dl_rect(l, geo_rect(in.x, y - 0.1f * u, in.w, 0.08f * u), dl_rgba(UI_LINE));
            dl_text(l, geo_rect(in.x, y, in.w, row), r->name, (int)px, 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                    dl_rgba(UI_MUTED));
            continue;
        }
        snprintf(line, sizeof line, r->rank ? "%d. %s" : "%.0d%s", r->rank, r->name);
        dl_text(l, geo_rect(in.x, y, name_w, row), line, (int)px, 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
        for (int k = 0; k < 3; k++) {
            snprintf(line, sizeof line, "%d", r->v[k]);
            dl_text(l, geo_rect(in.x + name_w + (float)k * cw, y, cw, row), line, (int)px, 1, DL_ALIGN_RIGHT,
                    DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
        }
    }
}

/* The three kinds of bar, told apart by width, fill and place: visitors
 * wide and pale, finished narrow and solid, unfinished narrow and hollow. */
static void bar(dl_List *l, geo_Rect r, int kind, float u)
{
    if (r.h <= 0)
        return;
    if (kind == 0)
        dl_rect(l, r, dl_rgba(UI_ACCENT_SOFT));
    else if (kind == 1)
        dl_rect(l, r, dl_rgba(UI_ACCENT));
    else
        dl_rrect(l, r, 0, dl_rgba(UI_CARD), dl_rgba(UI_CAUTION), fminf(0.15f * u, r.w / 3));
}

/* The legend: a sample of each bar and its name, in a row. */
static void legend(const app_State *a, dl_List *l, geo_Rect r, int px)
{
    const char *const names[3] = {_("Visitors"), _("Finished"), _("Left unfinished")};
    float u = a->lay.u, x = r.x;
    for (int k = 0; k < 3; k++) {
        float w = k == 0 ? 1.2f * u : 0.5f * u;
        bar(l, geo_rect(x, r.y + 0.15f * r.h, w, 0.7f * r.h), k, u);
        x += w + 0.4f * u;
        float tw = ui_measure(a, names[k], (int)strlen(names[k]), px, 0);
        dl_text(l, geo_rect(x, r.y, tw + u, r.h), names[k], px, 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
        x += tw + 1.2f * u;
    }
}

static void day_label(char *out, size_t n, int64_t day)
{
    int y, m, d;
    tf_civil_from_days(day, &y, &m, &d);
    /* TRANSLATORS: a day under the kiosk's chart: the day, the
     * short month ("1 Dec"). */
    snprintf(out, n, _("%d %s"), d, ui_month_short(m));
}

/* The last KCH_DAYS days in box: a title, the legend, the bars on one
 * scale with its top written at the top line, and dates under them. */
static void chart(const app_State *a, dl_List *l, geo_Rect box)
{
    float u = a->lay.u, lh = fminf(1.6f * u, box.h / 7);
    int px = (int)fminf(0.95f * u, lh / 1.3f);
    static kch_Chart c;
    char label[32];
    dl_text(l, geo_rect(box.x, box.y, box.w, lh), _("Last 30 days"), (int)(1.15f * px), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    legend(a, l, geo_rect(box.x, box.y + lh, box.w, lh), px);
    float axis = 2.4f * u, top = box.y + 2 * lh + 0.6f * lh;
    geo_Rect plot = geo_rect(box.x + axis, top, box.w - axis, box.y + box.h - lh - top);
    kch_make(&c, a->k.stats, app_today(a), plot);
    dl_rect(l, geo_rect(plot.x, plot.y, plot.w, 0.06f * u), dl_rgba(UI_LINE));
    snprintf(label, sizeof label, "%d", c.top);
    dl_text(l, geo_rect(box.x, plot.y - lh / 2, axis - 0.4f * u, lh), label, px, 1, DL_ALIGN_RIGHT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    dl_text(l, geo_rect(box.x, plot.y + plot.h - lh / 2, axis - 0.4f * u, lh), "0", px, 1, DL_ALIGN_RIGHT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    for (int i = 0; i < KCH_DAYS; i++) {
        bar(l, c.bar_visitors[i], 0, u);
        bar(l, c.bar_finished[i], 1, u);
        bar(l, c.bar_unfinished[i], 2, u);
    }
    dl_rect(l, geo_rect(plot.x, plot.y + plot.h, plot.w, 0.08f * u), dl_rgba(UI_MUTED));
    geo_Rect under = geo_rect(plot.x, plot.y + plot.h + 0.1f * u, plot.w, lh);
    day_label(label, sizeof label, c.first);
    dl_text(l, under, label, px, 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    day_label(label, sizeof label, c.first + KCH_DAYS / 2);
    dl_text(l, under, label, px, 0, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    dl_text(l, under, _("today"), px, 0, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
}

static void draw(const app_State *a, dl_List *l)
{
    const app_Kiosk *k = &a->k;
    float u = a->lay.u;
    ui_header(a, l, k->unlocked ? _("Staff") : _("Staff: unlock"), NULL, _("\xE2\x80\xB9 Close"));
    if (!k->unlocked) {
        keypad(a, l);
        return;
    }
    ui_card(a, l, a->lay.closeup, u);
    chart(a, l, a->lay.panel);
    counts(a, l, geo_rect_inset(a->lay.closeup, u));
    ui_list_bar(a, l);
    geo_Rect c = a->lay.card;
    char line[160];
    snprintf(line, sizeof line, _("Back to the start after %lld s untouched"), k->idle_ms / 1000);
    dl_text(l, geo_rect(c.x, c.y, c.w, 2.6f * u), line, (int)(1.15f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_INK));
    for (int i = 0; i < a->lay.n; i++) {
        int act = a->lay.t[i].act;
        if (act == ADMIN_IDLE)
            ui_button(a, l, i, a->lay.t[i].arg < 0 ? "\xE2\x88\x92 15 s" : "+ 15 s", 0, 1);
        else if (act == ADMIN_EXPORT)
            ui_button(a, l, i, _("Export counts (CSV)"), 0, 1);
        else if (act == ADMIN_RELOAD)
            ui_button(a, l, i, _("Reload the content"), 0, 1);
        else if (act == ADMIN_EXIT)
            ui_button(a, l, i, _("Exit the kiosk"), 1, 1);
    }
}

const scr_Def scr_admin = {
    .name = "admin",
    .back = SCR_ATTRACT,
    .layout = layout,
    .act = act,
    .draw = draw,
};
