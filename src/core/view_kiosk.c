/* view_kiosk.c - the kiosk's own screens: the attract loop (the face, the
 * invitation, and a demo of a real routine's first steps), the dimmed
 * screen (black, nothing moving), and the staff's admin screen (a PIN
 * keypad, then today's and this week's counts and the actions). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "view_parts.h"

#define DEMO_STEP_MS 4000
#define DEMO_STEPS 3

static geo_Rect rect(float x, float y, float w, float h)
{
    geo_Rect r = {x, y, w, h};
    return r;
}

/* The routine the attract loop shows: the configured one, else the first
 * that can be played. */
static int demo_routine(const app_State *a)
{
    int r = lvl_routine_index(a->content, a->k.cfg->attract_routine);
    for (int i = 0; (r < 0 || a->content->routines[r].broken) && i < a->content->nroutines; i++)
        if (!a->content->routines[i].broken)
            r = i;
    return r;
}

void view_attract(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    if (a->k.dimmed) {
        l->clear = dl_rgba(0x000000FFu);
        return;
    }
    const lvl_Content *c = a->content;
    geo_Rect art = {0, 0, c->art_w, c->art_h};
    dl_art(l, art, geo_fit_rect(a->lay.fit, art), 1.0f);
    int r = demo_routine(a);
    dl_text(l, a->lay.title, a->k.cfg->attract_text, (int)(2.4f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(VIEW_INK));
    if (r < 0)
        return;
    const lvl_Routine *rt = &c->routines[r];
    int z = lvl_zone_index(c, rt->zone);
    long long t = a->now - a->screen_t0;
    int steps = rt->nsteps < DEMO_STEPS ? rt->nsteps : DEMO_STEPS;
    int k = (int)((t / DEMO_STEP_MS) % steps);
    if (z >= 0) {
        float pulse = 0.5f + 0.5f * tw_ease(TW_SINE, (float)(t % 2000) / 2000.0f);
        dl_Color fill = dl_rgba(VIEW_ACCENT);
        fill.a = (uint8_t)(0x20 + 0x40 * pulse);
        dl_poly(l, a->lay.zpts[z], c->zones[z].npts, fill, dl_rgba(VIEW_ACCENT), 0.25f * u);
    }
    geo_Rect box = a->lay.closeup;
    char cap[160];
    snprintf(cap, sizeof cap, "%s \xC2\xB7 step %d of %d: %s", z >= 0 ? c->zones[z].name : rt->zone, k + 1,
             rt->nsteps, rt->steps[k].title);
    dl_text(l, rect(box.x, box.y, box.w, 2.2f * u), "Touch anywhere to start", (int)(1.5f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_ACCENT));
    dl_text(l, rect(box.x, box.y + 2.4f * u, box.w, 1.8f * u), cap, (int)(1.1f * u), 0, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    geo_Rect shot = rect(box.x, box.y + 4.6f * u, box.w, box.h - 4.6f * u);
    if (z >= 0 && shot.h > 4 * u) {
        view_closeup(a, l, z, shot, 0);
        view_animation(a, l, rt->steps[k].anim, geo_rect_inset(shot, 0.5f * u), t % DEMO_STEP_MS);
        dl_unclip(l);
    }
}

/* ---- admin -------------------------------------------------------------- */

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
    dl_rrect(l, c, 0.8f * u, dl_rgba(VIEW_CARD), dl_rgba(k->wrong ? 0xB42318FFu : VIEW_LINE), 0.15f * u);
    dl_text(l, geo_rect_inset(c, 0.5f * u), msg, (int)(1.3f * u), n && !k->wrong, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
            dl_rgba(k->wrong ? 0xB42318FFu : VIEW_INK));
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (t->act != ACT_PIN)
            continue;
        char label[8];
        snprintf(label, sizeof label, "%d", t->arg);
        view_button(a, l, i, t->arg == 10 ? "Clear" : t->arg == 11 ? "OK" : label, t->arg == 11,
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
    float u = a->lay.u, row = 1.9f * u;
    int64_t today = app_today(a), week = today - 6;
    int done_t, ab_t, done_w, ab_w;
    int started_t = kst_routine_sum(s, NULL, today, today, &done_t, &ab_t);
    int started_w = kst_routine_sum(s, NULL, week, today, &done_w, &ab_w);
    char line[200];
    dl_rrect(l, box, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
    geo_Rect in = geo_rect_inset(box, u);
    float cw = fmaxf(3.4f * u, fminf(5 * u, 0.2f * in.w)), y = in.y; /* the two count columns */
    Row rows[LVL_MAX_ZONES + 4];
    int n = 0;
    rows[n++] = (Row){"Visitors", kst_sessions(s, today, today), kst_sessions(s, week, today)};
    rows[n++] = (Row){"Routines started", started_t, started_w};
    rows[n++] = (Row){"Routines finished", done_t, done_w};
    rows[n++] = (Row){"Routines left unfinished", ab_t, ab_w};
    for (int z = 0; z < c->nzones && n < LVL_MAX_ZONES + 4; z++)
        rows[n++] = (Row){c->zones[z].name, kst_zone_opened(s, c->zones[z].id, today, today),
                                      kst_zone_opened(s, c->zones[z].id, week, today)};
    if (row * (float)(n + 1) > in.h) /* every row fits, smaller if need be */
        row = in.h / (float)(n + 1);
    float px = fminf(1.0f * u, row / 1.3f); /* one line a row */
    dl_text(l, rect(in.x, y, in.w - 2 * cw, row), "Sessions", (int)(1.15f * px), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(VIEW_INK));
    dl_text(l, rect(in.x + in.w - 2 * cw, y, cw, row), "today", (int)(0.95f * px), 1, DL_ALIGN_RIGHT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    dl_text(l, rect(in.x + in.w - cw, y, cw, row), "7 days", (int)(0.95f * px), 1, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
            dl_rgba(VIEW_MUTED));
    for (int i = 0; i < n && y + 2 * row <= in.y + in.h + 1; i++) {
        y += row;
        if (i == 4)
            dl_rect(l, rect(in.x, y - 0.1f * u, in.w, 0.08f * u), dl_rgba(VIEW_LINE));
        dl_text(l, rect(in.x, y, in.w - 2 * cw, row), rows[i].name, (int)px, 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(VIEW_INK));
        snprintf(line, sizeof line, "%d", rows[i].t);
        dl_text(l, rect(in.x + in.w - 2 * cw, y, cw, row), line, (int)px, 1, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
                dl_rgba(VIEW_INK));
        snprintf(line, sizeof line, "%d", rows[i].w);
        dl_text(l, rect(in.x + in.w - cw, y, cw, row), line, (int)px, 1, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
                dl_rgba(VIEW_INK));
    }
}

void view_admin(const app_State *a, dl_List *l)
{
    const app_Kiosk *k = &a->k;
    float u = a->lay.u;
    int def = kcf_default_pin(k->cfg);
    view_header(a, l, k->unlocked ? "Staff" : "Staff: unlock", def ? "Default PIN in use" : NULL);
    if (!k->unlocked) {
        keypad(a, l);
        return;
    }
    counts(a, l, a->lay.closeup);
    geo_Rect c = a->lay.card;
    char line[160];
    snprintf(line, sizeof line, "Back to the start after %lld s untouched", k->idle_ms / 1000);
    dl_text(l, rect(c.x, c.y, c.w, 2.6f * u), line, (int)(1.15f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(VIEW_INK));
    for (int i = 0; i < a->lay.n; i++) {
        app_Action act = a->lay.t[i].act;
        if (act == ACT_IDLE)
            view_button(a, l, i, a->lay.t[i].arg < 0 ? "\xE2\x88\x92 15 s" : "+ 15 s", 0, 1);
        else if (act == ACT_RELOAD)
            view_button(a, l, i, "Reload the content", 0, 1);
        else if (act == ACT_EXIT)
            view_button(a, l, i, "Exit the kiosk", 1, 1);
    }
    int exit = view_target_of(a, ACT_EXIT);
    float below = exit >= 0 ? a->lay.t[exit].r.y + a->lay.t[exit].r.h : c.y;
    if (def && c.y + c.h - 5.2f * u >= below + 0.6f * u) { /* else the header's note says it */
        geo_Rect w = rect(c.x, c.y + c.h - 5.2f * u, c.w, 5.2f * u);
        dl_rrect(l, w, 0.7f * u, dl_rgba(VIEW_CAUTION_BG), dl_rgba(0xE0A240FFu), 0.15f * u);
        snprintf(line, sizeof line, "This kiosk uses the documented default PIN %s. Set \"pin\" in the config "
                 "file (--config) so that visitors cannot open this screen.", KCF_DEFAULT_PIN);
        dl_text(l, geo_rect_inset(w, 0.7f * u), line, (int)(0.95f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(0x4A3000FFu));
    }
}
