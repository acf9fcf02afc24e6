/* scr_attract.c - the kiosk's attract loop: the face, the invitation, and
 * a demo of a real routine's first steps; after the dim time, a black
 * screen with nothing moving. A touch or key anywhere starts a visit
 * (visit.c takes it before any target could), but on the language button
 * (its one target, keyboard-reachable with Tab), which switches the
 * language at once. */
#include <stdio.h>

#include "tween.h"
#include "ui.h"

#define DEMO_STEP_MS 4000
#define DEMO_STEPS 3

static void layout(app_State *a, app_Layout *l)
{
    float u = l->u, W = (float)l->w, H = (float)l->h;
    if (ui_landscape(l)) {
        l->body = geo_rect(u, u, W * 0.5f - 1.5f * u, H - 2 * u);
        l->card = geo_rect(W * 0.5f + 0.5f * u, 2 * u, W * 0.5f - 2.5f * u, H - 4 * u);
    } else {
        l->body = geo_rect(u, u, W - 2 * u, H * 0.45f - 1.5f * u);
        l->card = geo_rect(2 * u, H * 0.45f, W - 4 * u, H * 0.55f - 2 * u);
    }
    l->face = l->body;
    l->fit = geo_fit(a->content->art_w, a->content->art_h, l->face);
    for (int i = 0; i < a->content->nzones; i++)
        for (int k = 0; k < a->content->zones[i].npts; k++)
            l->zpts[i][k] = geo_fit_pt(l->fit, a->content->zones[i].pts[k]);
    float th = l->card.h * 0.4f, bw = ui_lang_w(l);
    l->title = geo_rect(l->card.x, l->card.y, l->card.w - bw - u, th);
    /* the language button, at the card's top right: a tap on it switches
     * the language and starts no visit (visit.c) */
    ui_lang_target(a, l, geo_rect(l->card.x + l->card.w - bw, l->card.y, bw, UI_TARGET * u));
    l->closeup = geo_rect(l->card.x, l->card.y + th, l->card.w, l->card.h - th);
}

static int animating(const app_State *a)
{
    return !a->k.dimmed;
}

/* The routine the loop shows: the configured one, else the first gentle
 * one that can be played, else the first that can. */
static int demo_routine(const app_State *a)
{
    const lvl_Content *c = a->content;
    int r = lvl_routine_index(c, a->k.cfg->attract_routine);
    for (int gentle = 1; gentle >= 0; gentle--)
        for (int i = 0; (r < 0 || c->routines[r].broken) && i < c->nroutines; i++)
            if (!c->routines[i].broken && c->routines[i].gentle >= gentle)
                r = i;
    return r;
}

/* The steps the demo plays, into steps: the routine's first DEMO_STEPS
 * without a caution (a passer-by never sees a step the sources advise
 * against, shown without its warning). */
static int demo_steps(const lvl_Routine *rt, int steps[DEMO_STEPS])
{
    int n = 0;
    for (int i = 0; i < rt->nsteps && n < DEMO_STEPS; i++)
        if (!rt->steps[i].caution)
            steps[n++] = i;
    return n;
}

/* The demo: the routine's zone pulsing on the face, and its first steps
 * in turn on a close-up. */
static void demo(const app_State *a, dl_List *l, int r)
{
    const lvl_Content *c = a->content;
    float u = a->lay.u;
    const lvl_Routine *rt = &c->routines[r];
    int z = lvl_zone_index(c, rt->zone);
    long long t = a->now - a->screen_t0;
    int shown[DEMO_STEPS], steps = demo_steps(rt, shown);
    if (steps == 0)
        return; /* every step has a caution: the face and the invitation only */
    int k = shown[(t / DEMO_STEP_MS) % steps];
    if (z >= 0) {
        float pulse = 0.5f + 0.5f * tw_ease(TW_SINE, (float)(t % 2000) / 2000.0f);
        dl_poly(l, a->lay.zpts[z], c->zones[z].npts, ui_alpha(UI_ACCENT, (uint8_t)(0x20 + 0x40 * pulse)),
                dl_rgba(UI_ACCENT), 0.25f * u);
    }
    geo_Rect box = a->lay.closeup;
    char cap[160];
    /* TRANSLATORS: the attract loop's caption: zone, step number, steps, step title */
    snprintf(cap, sizeof cap, _("%s \xC2\xB7 step %d of %d: %s"), z >= 0 ? c->zones[z].name : rt->zone, k + 1,
             rt->nsteps, rt->steps[k].title);
    dl_text(l, geo_rect(box.x, box.y, box.w, 2.2f * u), _("Touch anywhere to start"), (int)(1.5f * u), 1,
            DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_ACCENT));
    dl_text(l, geo_rect(box.x, box.y + 2.4f * u, box.w, 1.8f * u), cap, (int)(1.1f * u), 0, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    geo_Rect shot = geo_rect(box.x, box.y + 4.6f * u, box.w, box.h - 4.6f * u);
    if (z >= 0 && shot.h > 4 * u) {
        ui_closeup(a, l, z, shot, 0);
        ui_animation(a, l, rt->steps[k].anim, geo_rect_inset(shot, 0.5f * u), t % DEMO_STEP_MS);
        dl_unclip(l);
    }
}

static void draw(const app_State *a, dl_List *l)
{
    if (a->k.dimmed) {
        l->clear = dl_rgba(UI_BLACK);
        return;
    }
    const lvl_Content *c = a->content;
    geo_Rect art = {0, 0, c->art_w, c->art_h};
    dl_art(l, art, geo_fit_rect(a->lay.fit, art), 1.0f);
    /* the default invitation is in the catalogue (kconfig.c); an operator's own is shown as written */
    ui_fit_lines(a, l, a->lay.title, _(a->k.cfg->attract_text), 2.4f, 1, dl_rgba(UI_INK)); /* smaller where longer */
    ui_lang_button(a, l);
    int r = demo_routine(a);
    if (r >= 0)
        demo(a, l, r);
}

const scr_Def scr_attract = {
    .name = "attract",
    .back = SCR_NO_BACK,
    .layout = layout,
    .animating = animating,
    .draw = draw,
};
