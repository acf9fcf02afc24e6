/* scr_done.c - the done screen: a tick over the zone's close-up, how many
 * steps were done and skipped, when the routine is next due (or in a
 * kiosk, how often it is meant to be done), and Do it again / Back to map. */
#include <stdio.h>
#include <string.h>

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

static void summary(const app_State *a, dl_List *l, geo_Rect in, const lvl_Routine *r)
{
    float u = a->lay.u;
    char line[160], date[40], due[64];
    snprintf(line, sizeof line, "%d of %d steps done%s", a->last.steps_done, a->last.steps_total,
             a->last.steps_skipped ? "" : ". Well done.");
    if (a->last.steps_skipped)
        snprintf(line + strlen(line), sizeof line - strlen(line), ", %d skipped.", a->last.steps_skipped);
    dl_text(l, geo_rect(in.x, in.y + 3.4f * u, in.w, 2.2f * u), line, (int)(1.3f * u), 0, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    tf_DueInfo d = app_routine_due(a, a->routine);
    ui_date(d.next_due, a->tz_offset, date, sizeof date);
    ui_due_text(d, due, sizeof due);
    if (!app_keeps_history(a))
        snprintf(line, sizeof line, "Repeat about every %d day%s.", r->every_days, r->every_days == 1 ? "" : "s");
    else
        snprintf(line, sizeof line, "Next due: %s (%s).", date, due);
    dl_text(l, geo_rect(in.x, in.y + 6.0f * u, in.w, 2.2f * u), line, (int)(1.3f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_ACCENT));
}

static void draw(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Routine *r = &a->content->routines[a->routine];
    ui_header(a, l, "Routine complete", NULL, NULL);
    ui_closeup(a, l, a->zone, a->lay.closeup, 1);
    ui_animation(a, l, "check-done", geo_rect_inset(a->lay.closeup, 0.5f * u), a->now - a->screen_t0);
    dl_unclip(l);
    geo_Rect c = a->lay.card;
    ui_card(a, l, c, u);
    geo_Rect in = geo_rect_inset(c, 1.4f * u);
    dl_text(l, geo_rect(in.x, in.y, in.w, 3 * u), r->title, (int)(1.7f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    summary(a, l, in, r);
    dl_text(l, geo_rect(in.x, in.y + 9.0f * u, in.w, in.h - 9.0f * u),
            app_keeps_history(a)
                ? "Your history is saved on this device. How often is right depends on your skin: "
                  "if your pores fill up faster or slower, adjust. For infected or painful spots, see a "
                  "dermatologist."
                : "How often is right depends on your skin: if your pores fill up faster or slower, "
                  "adjust. For infected or painful spots, see a dermatologist.",
            (int)(1.05f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
    ui_button(a, l, app_target_of(a, DONE_AGAIN, -1), "Do it again", 0, 1);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_MAP), "Back to map", 1, 1);
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
