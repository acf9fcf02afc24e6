/* scr_zone.c - a zone's screen: its close-up beside the list of its
 * routines (the deep ones first, then the gentle ones, each in file
 * order), each a card with its steps, how often, when it was last done and
 * its due badge, and at home the plan's rows (scr_zone_plan.c: Continue,
 * Follow, the interval). The header says which routine is due. The focus
 * opens on Continue where there is one, else on the routine most due. The
 * list pages when the routines do not all fit. */
#include <math.h>
#include <stdio.h>

#include "i18n.h"
#include "scr_routine.h"
#include "scr_zone.h"
#include "ui.h"
#include "visit.h"

#define NARROW_U 26.0f /* a list narrower than this takes the close-up's place too */
#define BADGE_U 6.4f   /* the due badge's width */
#define TITLE_U 1.25f  /* text sizes at full size, in u */
#define LINE_U 1.0f
#define LEAD 1.25f     /* line spacing, in text sizes */
#define SHRINK_MIN 0.7f /* text is made no smaller than this, then the cards grow */
#define ZONE_LINE 480   /* a card's text under its title: the summary, then steps and how often */

/* How a card's text fits: every card of the zone the same, so that pages
 * hold whole cards. Titles and lines wrap; k shrinks them when a card
 * would not fit the list, and the card is as tall as its longest text. */
typedef struct {
    float k;          /* text size factor */
    float title_w, line_w, title_h, line_h; /* the largest over the zone's routines */
    int badge_below;  /* the badge goes in the line's row: a title needs the width */
    float plan_h;     /* the plan's rows at its bottom (scr_zone_plan.c) */
    float h;          /* the card's height */
} CardFit;

static void card_line(const app_State *a, const lvl_Routine *r, const prog_Entry *e, tf_DueInfo d, char *line,
                      int len);

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

/* The fit of the cards in a list of width w and height avail (in u). */
static CardFit card_fit(const app_State *a, float w, float avail, float u)
{
    CardFit f = {0};
    float iw = w - 1.6f * u;
    int badge = app_keeps_history(a);
    f.badge_below = badge && iw - BADGE_U * u - u < 12 * u;
    f.title_w = badge && !f.badge_below ? iw - BADGE_U * u - u : iw;
    f.line_w = badge ? iw - BADGE_U * u - (f.badge_below ? 0.6f : 2.2f) * u : iw;
    float base = a->lay.tu / u; /* the text size setting's */
    for (f.k = base;; f.k *= 0.9f) {
        f.title_h = f.line_h = 0;
        for (int i = 0; i < a->nzone_routines; i++) {
            const lvl_Routine *r = &a->content->routines[a->zone_routines[i]];
            char line[ZONE_LINE];
            tf_DueInfo d = app_routine_due(a, a->zone_routines[i]);
            card_line(a, r, prog_last_routine(a->prog, r->id), d, line, sizeof line);
            /* by the font's measure, as they are drawn */
            float th = ui_lines_h(a, r->title, (int)(TITLE_U * u * f.k), 1, f.title_w, LEAD);
            float lh = ui_lines_h(a, line, (int)(LINE_U * u * f.k), 0, f.line_w, LEAD);
            f.title_h = th > f.title_h ? th : f.title_h;
            f.line_h = lh > f.line_h ? lh : f.line_h;
        }
        float badge_h = f.badge_below ? 1.5f * u : 0;
        f.plan_h = zone_plan_h(a, iw);
        f.h = 1.6f * u + f.title_h + 0.2f * u + (f.line_h > badge_h ? f.line_h : badge_h) + f.plan_h;
        if (f.h <= avail || f.k * 0.9f < SHRINK_MIN * base)
            break;
    }
    return f;
}

/* The list's box: beside the close-up, or in its place where it is narrow. */
static void list_box(app_Layout *l)
{
    ui_split_closeup(l, 0.38f);
    if (l->card.w < NARROW_U * l->u) {
        float x0 = l->closeup.x < l->card.x ? l->closeup.x : l->card.x;
        float y0 = l->closeup.y < l->card.y ? l->closeup.y : l->card.y;
        float x1 = l->card.x + l->card.w > l->closeup.x + l->closeup.w ? l->card.x + l->card.w
                                                                       : l->closeup.x + l->closeup.w;
        float y1 = l->card.y + l->card.h > l->closeup.y + l->closeup.h ? l->card.y + l->card.h
                                                                       : l->closeup.y + l->closeup.h;
        l->card = geo_rect(x0, y0, x1 - x0, y1 - y0);
        l->closeup = geo_rect(x0, y0, 0, 0);
    }
}

static void layout(app_State *a, app_Layout *l)
{
    float u = l->u;
    ui_header_band(l, 1);
    l->controls = geo_rect(0, (float)l->h, (float)l->w, 0);
    list_box(l);
    int n = a->nzone_routines;
    float gap = 0.8f * u;
    /* a card as tall as its text needs, at least a target, at most the
     * list's height with its page control */
    CardFit f = card_fit(a, l->card.w, l->card.h - (n > 1 ? (UI_TARGET + 0.6f) * u + gap : 0), u);
    float share = n ? (l->card.h - gap * (float)(n - 1)) / (float)n : 0;
    float ch = n ? ui_clampf(share, UI_TARGET * u, 6.6f * u) : 0;
    ch = f.h > ch ? f.h : ch;
    const app_List *ls = ui_list_layout(a, l, l->card, n, ch, gap);
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        int r = a->zone_routines[i];
        geo_Rect b = ui_list_item(ls, i), in = geo_rect_inset(b, 0.8f * u);
        float ph = f.plan_h; /* the item is at least f.h tall */
        /* the card's own target above its plan rows, so a tap there is theirs */
        app_add_target(l, ZONE_ROUTINE, r, geo_rect(b.x, b.y, b.w, b.h - ph), "routine:%s",
                       a->content->routines[r].id);
        zone_plan_targets(a, l, r, geo_rect(in.x, b.y + b.h - ph - 0.8f * u, in.w, ph));
    }
}

/* How urgent a routine is, for choosing the focus: overdue, due, never
 * done (deep routines before gentle ones), soon, done. */
static int urgency(const app_State *a, int r, tf_DueInfo d)
{
    static const int rank[] = {[TF_DUE_NEVER] = 6, [TF_DUE_RECENT] = 2, [TF_DUE_SOON] = 4,
                               [TF_DUE_NOW] = 8, [TF_DUE_OVERDUE] = 10};
    if (app_keeps_history(a) && !app_follows(a, r))
        return 1; /* not in the plan: after every routine that is */
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
    for (int k = 0; k < a->lay.n; k++)
        if (a->lay.t[k].act == ZONE_CONTINUE) {
            a->focus = k;
            return;
        }
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
    else
        zone_plan_act(a, t);
}

static app_Screen reloaded(app_State *a)
{
    if (a->zone >= 0)
        return SCR_ZONE;
    a->routine = -1;
    return SCR_MAP;
}

/* ---- drawing ------------------------------------------------------------------ */

/* " (the trainer's suggestion)" after how often, when the routine's own
 * interval is shown and no source gives it. */
static const char *suggested(const lvl_Routine *r, int days)
{
    return r->every_days_is_suggestion && days == r->every_days ? _(" (the trainer's suggestion)") : "";
}

/* What a card says under its title: its summary, then steps, how often
 * (and whether the trainer suggests it), when last done. */
static void card_line(const app_State *a, const lvl_Routine *r, const prog_Entry *e, tf_DueInfo d, char *line,
                      int len)
{
    char due[96], when[40], every[48], steps[48];
    /* the problem itself (r->error) is the loader's, in English like --check's */
    if (r->broken) {
        snprintf(line, (size_t)len, _("Unavailable: %s"), r->error ? r->error : _("the level file has problems"));
        return;
    }
    int at = r->summary ? snprintf(line, (size_t)len, "%s\n", r->summary) : 0;
    if (at < 0 || at >= len)
        at = 0;
    line += at;
    len -= at;
    snprintf(steps, sizeof steps, P_("%d step", "%d steps", r->nsteps), r->nsteps);
    /* TRANSLATORS: before a gentle routine's steps on its card */
    const char *gentle = r->gentle ? _("Gentle \xC2\xB7 ") : "";
    if (!app_keeps_history(a)) {
        snprintf(every, sizeof every, P_("about every %d day", "about every %d days", r->every_days), r->every_days);
        snprintf(line, (size_t)len, "%s%s \xC2\xB7 %s%s", gentle, steps, every, suggested(r, r->every_days));
        return;
    }
    int i = (int)(r - a->content->routines);
    ui_due_text(d, due, sizeof due);
    if (!app_follows(a, i))
        due[0] = '\0'; /* the plan's row under the card says so */
    if (e) {
        ui_date(e->completed_at, a->tz_offset, when, sizeof when);
        snprintf(due, sizeof due, _("last done %s"), when);
    }
    ui_every(app_routine_every(a, i), every, sizeof every);
    snprintf(line, (size_t)len, "%s%s \xC2\xB7 %s%s%s%s", gentle, steps, every, suggested(r, app_routine_every(a, i)),
             due[0] ? " \xC2\xB7 " : "", due);
}

static void routine_card(const app_State *a, dl_List *l, int ti, const CardFit *f)
{
    float u = a->lay.u;
    const app_Target *t = &a->lay.t[ti];
    const lvl_Routine *r = &a->content->routines[t->arg];
    geo_Rect b = t->r;
    int lit = a->hover == ti || a->pressed == ti;
    int badge = !r->broken && app_keeps_history(a) && app_follows(a, t->arg);
    b.h += f->plan_h; /* the card with its plan rows */
    dl_rrect(l, b, 0.8f * u, dl_rgba(r->broken ? UI_CARD_OFF : lit ? UI_CARD_LIT : UI_CARD),
             dl_rgba(lit ? UI_ACCENT : UI_LINE), (lit ? 0.2f : 0.1f) * u);
    geo_Rect in = geo_rect_inset(b, 0.8f * u);
    float bw = BADGE_U * u, k = f->k;
    float line_y = in.y + (in.h - f->h + 1.6f * u) / 2 + f->title_h + 0.2f * u; /* the text block centred */
    float top = line_y - f->title_h - 0.2f * u, line_h = in.y + in.h - line_y;
    char line[ZONE_LINE], due[64];
    ui_text_lines(a, l, geo_rect(in.x, top, f->title_w, f->title_h), r->title, (int)(TITLE_U * u * k), 1, LEAD,
                  dl_rgba(r->broken ? UI_MUTED : UI_INK));
    tf_DueInfo d = app_routine_due(a, t->arg);
    const prog_Entry *e = prog_last_routine(a->prog, r->id);
    card_line(a, r, e, d, line, sizeof line);
    if (badge) {
        float by = f->badge_below ? line_y : top;
        ui_badge(l, geo_rect(in.x + in.w - bw, by + 0.2f * u, bw, 1.5f * u), d.status, u, 0.95f, 0.7f, 0);
        ui_due_text(d, due, sizeof due);
        if (e && !f->badge_below)
            dl_text(l, geo_rect(in.x + in.w - bw - 2 * u, by + 1.9f * u, bw + 2 * u, 1.3f * u), due,
                    (int)fminf(0.9f * u * k, 1.3f * u / 1.25f), 0, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
                    dl_rgba(UI_INK)); /* in ink: a pale status colour is no text colour on a card */
    }
    ui_text_lines(a, l, geo_rect(in.x, line_y, r->broken ? in.w : f->line_w, line_h), line, (int)(LINE_U * u * k),
                  0, LEAD, dl_rgba(r->broken ? UI_ERROR_INK : UI_MUTED));
    if (a->focus == ti && a->focus_visible)
        ui_focus_ring(a, l, t->r);
    zone_plan_draw(a, l, t->arg, geo_rect(in.x, in.y + in.h - f->plan_h, in.w, f->plan_h));
}

static void draw(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Zone *z = &a->content->zones[a->zone];
    char note[160], due[64];
    tf_DueInfo d;
    int r = app_zone_due_routine(a, a->zone, &d);
    ui_due_text(d, due, sizeof due);
    if (r >= 0 && d.status >= TF_DUE_SOON)
        snprintf(note, sizeof note, "%s: %s", a->content->routines[r].title,
                 app_routine_every(a, r) == 1 ? _("today") : due);
    else
        snprintf(note, sizeof note, "%s", r < 0 ? _("No routine followed here") : due);
    ui_header(a, l, z->name, app_keeps_history(a) ? note : NULL, _("\xE2\x80\xB9 Map"));
    if (a->lay.closeup.w > 0) { /* else the list has its place */
        ui_closeup(a, l, a->zone, a->lay.closeup, 1);
        dl_unclip(l);
    }
    int n = a->nzone_routines, shown = 0;
    float gap = 0.8f * u;
    CardFit f = card_fit(a, a->lay.card.w, a->lay.card.h - (n > 1 ? (UI_TARGET + 0.6f) * u + gap : 0), u);
    for (int i = 0; i < a->lay.n; i++)
        if (a->lay.t[i].act == ZONE_ROUTINE) {
            routine_card(a, l, i, &f);
            shown++;
        }
    if (shown == 0)
        dl_text(l, a->lay.card, _("No routine for this zone yet."), (int)(1.25f * u), 0, DL_ALIGN_LEFT,
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
