/* scr_zone.c - a zone's screen: its close-up beside the list of its
 * routines (the deep ones first, then the gentle ones, each in file
 * order), each a card with its steps, how often, when it was last done and
 * its due badge. The focus opens on the routine most due. The list pages
 * when the routines do not all fit. */
#include <stdio.h>

#include "scr_routine.h"
#include "ui.h"
#include "visit.h"

enum { ZONE_ROUTINE = ACT_SCREEN }; /* arg: the routine */

static void prepare(app_State *a)
{
    int all[LVL_MAX_ROUTINES];
    int n = lvl_routines_of_zone(a->content, a->zone, all, LVL_MAX_ROUTINES), k = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++)
            if (a->content->routines[all[i]].gentle == pass &&
                vis_offers_routine(a, a->content->routines[all[i]].id))
                a->zone_routines[k++] = all[i];
    a->nzone_routines = k;
}

static void layout(app_State *a, app_Layout *l)
{
    float u = l->u;
    ui_header_band(l, 1);
    l->controls = geo_rect(0, (float)l->h, (float)l->w, 0);
    ui_split_closeup(l, 0.38f);
    int n = a->nzone_routines;
    float gap = 0.8f * u;
    float ch = n ? ui_clampf((l->card.h - gap * (float)(n - 1)) / (float)n, UI_TARGET * u, 6.6f * u) : 0;
    const app_List *ls = ui_list_layout(a, l, l->card, n, ch, gap);
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        int r = a->zone_routines[i];
        app_add_target(l, ZONE_ROUTINE, r, ui_list_item(ls, i), "routine:%s", a->content->routines[r].id);
    }
}

/* How urgent a routine is, for choosing the focus: overdue, due, never
 * done (deep routines before gentle ones), soon, done. */
static int urgency(const app_State *a, int r, tf_DueInfo d)
{
    static const int rank[] = {[TF_DUE_NEVER] = 6, [TF_DUE_RECENT] = 2, [TF_DUE_SOON] = 4,
                               [TF_DUE_NOW] = 8, [TF_DUE_OVERDUE] = 10};
    return rank[d.status] + (d.status == TF_DUE_NEVER && !a->content->routines[r].gentle);
}

/* The place in the list of the routine most due, or -1. */
static int most_due(const app_State *a)
{
    int best = -1, best_u = 0;
    tf_DueInfo bd = {0};
    for (int i = 0; i < a->nzone_routines; i++) {
        int r = a->zone_routines[i];
        if (a->content->routines[r].broken)
            continue;
        tf_DueInfo d = app_routine_due(a, r);
        int u = urgency(a, r, d);
        if (best < 0 || u > best_u || (u == best_u && d.days_left < bd.days_left)) {
            best = i;
            best_u = u;
            bd = d;
        }
    }
    return best;
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    int i = most_due(a);
    if (i < 0)
        return;
    if (i >= a->lay.list.first + a->lay.list.shown) { /* on a later page: show that page */
        a->list_first = i;
        app_layout(a);
    }
    a->focus = app_target_of(a, ZONE_ROUTINE, a->zone_routines[i]);
}

static void act(app_State *a, const app_Target *t)
{
    if (t->act == ZONE_ROUTINE)
        routine_start(a, t->arg);
}

static app_Screen reloaded(app_State *a)
{
    if (a->zone >= 0)
        return SCR_ZONE;
    a->routine = -1;
    return SCR_MAP;
}

/* ---- drawing ------------------------------------------------------------------ */

/* What a card says under its title: steps, how often, when last done. */
static void card_line(const app_State *a, const lvl_Routine *r, const prog_Entry *e, tf_DueInfo d, char *line,
                      int len)
{
    char due[64], when[40], every[32];
    if (r->broken) {
        snprintf(line, (size_t)len, "Unavailable: %s", r->error ? r->error : "the level file has problems");
    } else if (!app_keeps_history(a)) {
        snprintf(line, (size_t)len, "%s%d steps \xC2\xB7 about every %d day%s", r->gentle ? "Gentle \xC2\xB7 " : "",
                 r->nsteps, r->every_days, r->every_days == 1 ? "" : "s");
    } else {
        ui_due_text(d, due, sizeof due);
        if (e)
            ui_date(e->completed_at, a->tz_offset, when, sizeof when);
        ui_every(r->every_days, every, sizeof every);
        snprintf(line, (size_t)len, "%s%d steps \xC2\xB7 %s \xC2\xB7 %s%s%s", r->gentle ? "Gentle \xC2\xB7 " : "",
                 r->nsteps, every, e ? "last done " : "", e ? when : "", e ? "" : due);
    }
}

static void routine_card(const app_State *a, dl_List *l, int ti)
{
    float u = a->lay.u;
    const app_Target *t = &a->lay.t[ti];
    const lvl_Routine *r = &a->content->routines[t->arg];
    geo_Rect b = t->r;
    int lit = a->hover == ti || a->pressed == ti, badge = !r->broken && app_keeps_history(a);
    dl_rrect(l, b, 0.8f * u, dl_rgba(r->broken ? UI_CARD_OFF : lit ? UI_CARD_LIT : UI_CARD),
             dl_rgba(lit ? UI_ACCENT : UI_LINE), (lit ? 0.2f : 0.1f) * u);
    geo_Rect in = geo_rect_inset(b, 0.8f * u);
    float bw = 6.4f * u;
    char line[200], due[64];
    dl_text(l, geo_rect(in.x, in.y, in.w - bw - u, in.h * 0.45f), r->title, (int)(1.25f * u), 1,
            DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(r->broken ? UI_MUTED : UI_INK));
    tf_DueInfo d = app_routine_due(a, t->arg);
    const prog_Entry *e = prog_last_routine(a->prog, r->id);
    card_line(a, r, e, d, line, sizeof line);
    if (badge) {
        ui_badge(l, geo_rect(in.x + in.w - bw, in.y + 0.2f * u, bw, 1.5f * u), d.status, u, 0.95f, 0.7f, 0);
        ui_due_text(d, due, sizeof due);
        if (e)
            dl_text(l, geo_rect(in.x + in.w - bw - 2 * u, in.y + 1.9f * u, bw + 2 * u, 1.3f * u), due,
                    (int)(0.9f * u), 0, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE, ui_due_color(d.status));
    }
    dl_text(l, geo_rect(in.x, in.y + in.h * 0.48f, in.w - (badge ? bw + 2.2f * u : 0), in.h * 0.52f), line,
            (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(r->broken ? UI_ERROR_INK : UI_MUTED));
    if (a->focus == ti && a->focus_visible)
        ui_focus_ring(a, l, b);
}

static void draw(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Zone *z = &a->content->zones[a->zone];
    char note[96];
    ui_due_text(app_zone_due(a, a->zone), note, sizeof note);
    ui_header(a, l, z->name, app_keeps_history(a) ? note : NULL, "\xE2\x80\xB9 Map");
    ui_closeup(a, l, a->zone, a->lay.closeup, 1);
    dl_unclip(l);
    int shown = 0;
    for (int i = 0; i < a->lay.n; i++)
        if (a->lay.t[i].act == ZONE_ROUTINE) {
            routine_card(a, l, i);
            shown++;
        }
    if (shown == 0)
        dl_text(l, a->lay.card, "No routine for this zone yet.", (int)(1.25f * u), 0, DL_ALIGN_LEFT,
                DL_VALIGN_TOP, dl_rgba(UI_MUTED));
    ui_list_bar(a, l);
}

const scr_Def scr_zone = {
    .name = "zone",
    .back = SCR_MAP,
    .shows_zone = 1,
    .prepare = prepare,
    .layout = layout,
    .open = open,
    .act = act,
    .reloaded = reloaded,
    .draw = draw,
};
