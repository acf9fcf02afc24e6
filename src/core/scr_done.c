/* scr_done.c - the done screen: a tick over the zone's close-up, how many
 * steps were done and skipped, when the routine is next due (or in a
 * kiosk, how often it is meant to be done), and Do it again / Back to map. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "scr_routine.h"
#include "ui.h"

enum { DONE_AGAIN = ACT_SCREEN };

#define DONE_ANIM_MS 1500

static void layout(app_State *a, app_Layout *l)
{
    (void)a;
    static const ui_Control acts[] = {{DONE_AGAIN, 0, "again"}, {ACT_GO, SCR_MAP, "map"}};
    ui_header_band(l, 0);
    ui_controls(l, acts, 2);
    ui_split_closeup(l, 0.40f);
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    a->focus = app_target_of(a, ACT_GO, SCR_MAP);
}

static void act(app_State *a, const app_Target *t)
{
    if (t->act == DONE_AGAIN)
        routine_start(a, a->routine);
}

static int animating(const app_State *a)
{
    return a->now - a->screen_t0 < DONE_ANIM_MS;
}

static app_Screen reloaded(app_State *a)
{
    if (a->routine >= 0 && !a->content->routines[a->routine].broken)
        return SCR_DONE;
    a->zone = a->routine = -1;
    return SCR_MAP;
}

/* A paragraph of the card: its text, size (in text units), weight, ink,
 * and the space after it. */
typedef struct {
    const char *text;
    float k;
    int bold;
    uint32_t ink;
    float gap;
} Para;

/* The card's paragraphs: the title, steps done, when next, the advice. */
static int paragraphs(const app_State *a, const lvl_Routine *r, Para *p, char *done, char *next, char *advice,
                      int len)
{
    char date[40], due[64];
    int total = a->last.steps_total;
    if (a->last.steps_skipped)
        snprintf(done, (size_t)len, P_("%d of %d step done, %d skipped.", "%d of %d steps done, %d skipped.", total),
                 a->last.steps_done, total, a->last.steps_skipped);
    else
        snprintf(done, (size_t)len, P_("%d of %d step done. Well done.", "%d of %d steps done. Well done.", total),
                 a->last.steps_done, total);
    tf_DueInfo d = app_routine_due(a, a->routine);
    ui_date(d.next_due, a->tz_offset, date, sizeof date);
    ui_due_text(d, due, sizeof due);
    if (!app_keeps_history(a))
        snprintf(next, (size_t)len, P_("Repeat about every %d day.", "Repeat about every %d days.", r->every_days),
                 r->every_days);
    else
        /* TRANSLATORS: %s the date, then (in brackets) "Due in 5 days" */
        snprintf(next, (size_t)len, _("Next due: %s (%s)."), date, due);
    p[0] = (Para){r->title, 1.7f, 1, UI_INK, 0.6f};
    p[1] = (Para){done, 1.3f, 0, UI_INK, 0.4f};
    p[2] = (Para){next, 1.3f, 1, UI_ACCENT, 1.0f};
    /* the advice is the content's (safety.json's "done"); where history is kept, a word on it first */
    const char *content = a->content->safety.done ? a->content->safety.done : "";
    if (app_keeps_history(a))
        snprintf(advice, (size_t)len, "%s %s", _("Your history is saved on this device."), content);
    else
        snprintf(advice, (size_t)len, "%s", content);
    p[3] = (Para){advice, 1.1f, 0, UI_MUTED, 0};
    return 4;
}

/* Draws (l not NULL) or measures the paragraphs at text unit t from in's
 * top; returns their height. */
static float flow(const app_State *a, dl_List *l, geo_Rect in, const Para *p, int n, float t)
{
    float y = in.y;
    for (int i = 0; i < n; i++) {
        int px = (int)(p[i].k * t);
        y += l ? ui_text_lines(a, l, geo_rect(in.x, y, in.w, in.y + in.h - y), p[i].text, px, p[i].bold, 1.3f,
                               dl_rgba(p[i].ink))
               : ui_lines_h(a, p[i].text, px, p[i].bold, in.w, 1.3f);
        y += p[i].gap * t;
    }
    return y - in.y;
}

static void draw(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Routine *r = &a->content->routines[a->routine];
    ui_header(a, l, _("Routine complete"), NULL, NULL);
    ui_closeup(a, l, a->zone, a->lay.closeup, 1);
    ui_animation(a, l, "check-done", geo_rect_inset(a->lay.closeup, 0.5f * u), a->now - a->screen_t0);
    dl_unclip(l);
    geo_Rect c = a->lay.card;
    ui_card(a, l, c, u);
    geo_Rect in = geo_rect_inset(c, 1.4f * u);
    Para p[4];
    char done[480], next[480], advice[480];
    int n = paragraphs(a, r, p, done, next, advice, sizeof advice);
    /* the text size setting's, smaller (not under u) where the card is too small */
    float t = a->lay.tu;
    while (t * 0.92f >= u && flow(a, NULL, in, p, n, t) > in.h)
        t *= 0.92f;
    flow(a, l, in, p, n, t);
    ui_button(a, l, app_target_of(a, DONE_AGAIN, -1), _("Do it again"), 0, 1);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_MAP), _("Back to map"), 1, 1);
}

const scr_Def scr_done = {
    .name = "done",
    .back = SCR_MAP,
    .shows_zone = 1,
    .shows_routine = 1,
    .layout = layout,
    .open = open,
    .act = act,
    .animating = animating,
    .reloaded = reloaded,
    .draw = draw,
};
