/* scr_admin.c - the kiosk staff's screen, opened by a long press on the
 * hidden corner (visit.c): a PIN keypad (a dot per digit typed, never the
 * digits; five wrong PINs lock it for 30 s), then today's and this week's
 * counts, the idle time, reloading the content and leaving the kiosk.
 * Nothing about the PIN (its length, where it comes from) shows before the
 * right one is typed; there is no default PIN (kconfig.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"

enum { ADMIN_PIN = ACT_SCREEN /* arg: 0-9, ADMIN_CLEAR, ADMIN_OK */, ADMIN_IDLE, ADMIN_RELOAD, ADMIN_EXIT };
enum { ADMIN_CLEAR = 10, ADMIN_OK = 11 };

#define PIN_TRIES 5
#define PIN_LOCK_MS 30000
#define IDLE_STEP_MS 15000
#define ROW 1.9f     /* a line of counts, in u */
#define ROW_MIN 1.3f /* closer where that makes them all fit; text stays 1u */

/* The rows of counts: visitors, routines started, finished, unfinished,
 * then each zone opened. */
static int count_rows(const app_State *a)
{
    return 4 + (a->content->nzones < LVL_MAX_ZONES ? a->content->nzones : LVL_MAX_ZONES);
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
    ui_split_closeup(l, 0.55f);
    geo_Rect in = geo_rect_inset(l->closeup, u);
    int n = count_rows(a);
    float row = ROW * u;
    if (row * (float)(n + 1) > in.h && in.h / (float)(n + 1) >= ROW_MIN * u)
        row = in.h / (float)(n + 1);
    ui_list_layout(a, l, geo_rect(in.x, in.y + row, in.w, in.h - row), n, row, 0);
    geo_Rect c = l->card;
    /* the buttons close up where the card is short */
    float bh = 3.6f * u, bw = (c.w - u) / 2, gap = 1.5f * u;
    if (3 * u + 3 * bh + 2 * gap > c.h)
        gap = 0.6f * u;
    app_add_target(l, ADMIN_IDLE, -1, geo_rect(c.x, c.y + 3 * u, bw, bh), "idle-down");
    app_add_target(l, ADMIN_IDLE, 1, geo_rect(c.x + bw + u, c.y + 3 * u, bw, bh), "idle-up");
    app_add_target(l, ADMIN_RELOAD, 0, geo_rect(c.x, c.y + 3 * u + bh + gap, c.w, bh), "reload");
    app_add_target(l, ADMIN_EXIT, 0, geo_rect(c.x, c.y + 3 * u + 2 * (bh + gap), c.w, bh), "exit");
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
        snprintf(msg, sizeof msg, "Too many wrong PINs: try again in %lld s",
                 (k->locked_until - a->now + 999) / 1000);
    else if (k->wrong)
        snprintf(msg, sizeof msg, "Wrong PIN. Try again.");
    else
        snprintf(msg, sizeof msg, "%s", n ? shown : "Enter the staff PIN");
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
        ui_button(a, l, i, t->arg == ADMIN_CLEAR ? "Clear" : t->arg == ADMIN_OK ? "OK" : label, t->arg == ADMIN_OK,
                    a->now >= k->locked_until);
    }
}

typedef struct {
    const char *name;
    int t, w; /* today, the last 7 days */
} Row;

static void counts(const app_State *a, dl_List *l, geo_Rect box)
{
    const kst_Stats *s = a->k.stats;
    const lvl_Content *c = a->content;
    const app_List *ls = &a->lay.list;
    float u = a->lay.u, row = ls->item_h, px = fminf(1.0f * u, row / 1.3f); /* one line a row */
    int64_t today = app_today(a), week = today - 6;
    int done_t, ab_t, done_w, ab_w;
    int started_t = kst_routine_sum(s, NULL, today, today, &done_t, &ab_t);
    int started_w = kst_routine_sum(s, NULL, week, today, &done_w, &ab_w);
    char line[200];
    ui_card(a, l, box, u);
    geo_Rect in = geo_rect_inset(box, u);
    float cw = fmaxf(UI_TARGET * u, fminf(5 * u, 0.2f * in.w)), y = in.y; /* the two count columns */
    Row rows[LVL_MAX_ZONES + 4];
    int n = 0;
    rows[n++] = (Row){"Visitors", kst_sessions(s, today, today), kst_sessions(s, week, today)};
    rows[n++] = (Row){"Routines started", started_t, started_w};
    rows[n++] = (Row){"Routines finished", done_t, done_w};
    rows[n++] = (Row){"Routines left unfinished", ab_t, ab_w};
    for (int z = 0; n < count_rows(a); z++)
        rows[n++] = (Row){c->zones[z].name, kst_zone_opened(s, c->zones[z].id, today, today),
                          kst_zone_opened(s, c->zones[z].id, week, today)};
    dl_text(l, geo_rect(in.x, y, in.w - 2 * cw, row), "Sessions", (int)(1.15f * px), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_INK));
    dl_text(l, geo_rect(in.x + in.w - 2 * cw, y, cw, row), "today", (int)(0.95f * px), 1, DL_ALIGN_RIGHT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    dl_text(l, geo_rect(in.x + in.w - cw, y, cw, row), "7 days", (int)(0.95f * px), 1, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_MUTED));
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        y = ui_list_item(ls, i).y;
        if (i == 4 && i > ls->first)
            dl_rect(l, geo_rect(in.x, y - 0.1f * u, in.w, 0.08f * u), dl_rgba(UI_LINE));
        dl_text(l, geo_rect(in.x, y, in.w - 2 * cw, row), rows[i].name, (int)px, 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
        snprintf(line, sizeof line, "%d", rows[i].t);
        dl_text(l, geo_rect(in.x + in.w - 2 * cw, y, cw, row), line, (int)px, 1, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
        snprintf(line, sizeof line, "%d", rows[i].w);
        dl_text(l, geo_rect(in.x + in.w - cw, y, cw, row), line, (int)px, 1, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
    }
}

static void draw(const app_State *a, dl_List *l)
{
    const app_Kiosk *k = &a->k;
    float u = a->lay.u;
    ui_header(a, l, k->unlocked ? "Staff" : "Staff: unlock", NULL, "\xE2\x80\xB9 Close");
    if (!k->unlocked) {
        keypad(a, l);
        return;
    }
    counts(a, l, a->lay.closeup);
    ui_list_bar(a, l);
    geo_Rect c = a->lay.card;
    char line[160];
    snprintf(line, sizeof line, "Back to the start after %lld s untouched", k->idle_ms / 1000);
    dl_text(l, geo_rect(c.x, c.y, c.w, 2.6f * u), line, (int)(1.15f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_INK));
    for (int i = 0; i < a->lay.n; i++) {
        int act = a->lay.t[i].act;
        if (act == ADMIN_IDLE)
            ui_button(a, l, i, a->lay.t[i].arg < 0 ? "\xE2\x88\x92 15 s" : "+ 15 s", 0, 1);
        else if (act == ADMIN_RELOAD)
            ui_button(a, l, i, "Reload the content", 0, 1);
        else if (act == ADMIN_EXIT)
            ui_button(a, l, i, "Exit the kiosk", 1, 1);
    }
}

const scr_Def scr_admin = {
    .name = "admin",
    .back = SCR_ATTRACT,
    .layout = layout,
    .act = act,
    .draw = draw,
};
