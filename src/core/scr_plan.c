/* scr_plan.c - the first-time choice of a plan: which routines the person
 * follows. Four answers: the routines from the sources (those not
 * "gentle"), the gentle ones, both, or "I will choose myself" (nothing
 * followed; the zones' Follow toggles then). Offered on the map, by a
 * button in its header, while no plan is chosen (at home only: a kiosk
 * keeps no one's plan). Back ("Not now") keeps today's rule (a routine done
 * at least once is followed) and the map offers it again. Choosing saves
 * the plan and goes back to the map. */
#include <stdio.h>

#include "ui.h"

enum { PLAN_PICK = ACT_SCREEN }; /* arg: an app_PlanChoice */

static const struct {
    app_PlanChoice c;
    const char *name, *label, *what;
} CHOICES[] = {
    {PLAN_SOURCES, "plan:sources", N_("The routines from the sources"), N_("the clean-outs the sources describe")},
    {PLAN_GENTLE, "plan:gentle", N_("The gentle ones"), N_("daily cleansing and weekly exfoliation")},
    /* TRANSLATORS: a plan choice: both the sources' routines and the gentle ones */
    {PLAN_BOTH, "plan:both", N_("Both"), N_("every routine")},
    {PLAN_MYSELF, "plan:myself", N_("I will choose myself"), N_("nothing yet: Follow on each zone's screen")},
};
#define NCHOICES 4

/* The question's box, then the answers: a column, or two by two where the
 * window is wide and low. */
static void layout(app_State *a, app_Layout *l)
{
    (void)a;
    float u = l->u, bh = UI_TARGET * u, gap = 0.6f * u;
    ui_header_band(l, 1);
    geo_Rect body = geo_rect_inset(geo_rect(0, l->header.h, (float)l->w, (float)l->h - l->header.h), u);
    int two = 4 * bh + 3 * gap > body.h || (body.w > 40 * u && body.h < 4 * (bh + gap) + 5 * u);
    float cols = two ? 2.0f : 1.0f, rows = two ? 2.0f : 4.0f;
    float bw = body.w > 30 * u && !two ? 30 * u : (body.w - (cols - 1) * u) / cols;
    float block = rows * bh + (rows - 1) * gap, text_h = body.h - block - gap;
    text_h = text_h > 6 * u ? 6 * u : text_h < 0 ? 0 : text_h;
    l->body = geo_rect(body.x, body.y, body.w, text_h);
    float y0 = body.y + text_h + gap, x0 = body.x + (body.w - (cols * bw + (cols - 1) * u)) / 2;
    for (int i = 0; i < NCHOICES; i++) {
        int col = two ? i % 2 : 0, row = two ? i / 2 : i;
        app_add_target(l, PLAN_PICK, CHOICES[i].c,
                       geo_rect(x0 + (float)col * (bw + u), y0 + (float)row * (bh + gap), bw, bh), "%s",
                       CHOICES[i].name);
    }
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    a->focus = app_target_of(a, PLAN_PICK, PLAN_BOTH);
}

static void act(app_State *a, const app_Target *t)
{
    if (t->act != PLAN_PICK)
        return;
    app_plan_choose(a, (app_PlanChoice)t->arg);
    app_go(a, SCR_MAP);
}

static void draw(const app_State *a, dl_List *l)
{
    ui_header(a, l, _("Your routines"), NULL, _("Not now"));
    if (a->lay.body.h > 0)
        ui_fit_lines(a, l, a->lay.body,
                     _("Which routines do you want to follow? The map shows only those as due. "
                       "You can change it on each zone's screen."),
                     1.15f, 0, dl_rgba(UI_INK));
    for (int i = 0; i < NCHOICES; i++) {
        int ti = app_target_of(a, PLAN_PICK, CHOICES[i].c);
        ui_button(a, l, ti, _(CHOICES[i].label), CHOICES[i].c == PLAN_BOTH, 1);
    }
}

const scr_Def scr_plan = {
    .name = "plan",
    .back = SCR_MAP,
    .layout = layout,
    .open = open,
    .act = act,
    .draw = draw,
};
