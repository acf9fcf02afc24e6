/* scr_zone_plan.c - the plan's rows on the zone screen's routine cards
 * (scr_zone.h): "Continue at step 3 of 9" with when it was left, for the
 * routine left unfinished less than a day ago; the Follow toggle, which
 * says its state in words ("Following" / "Follow"); and for a routine
 * followed, its interval with a smaller and a larger step ("Every 21
 * days", "your own" or "as the routine suggests"). At home only. */
#include <stdio.h>

#include "scr_routine.h"
#include "scr_zone.h"
#include "ui.h"

#define ROW_GAP 0.4f   /* between rows, in u */
#define WIDE_U 24.0f   /* Follow and the interval side by side from this width */
#define FOLLOW_U 9.0f  /* the Follow toggle's width beside the interval */

static int zone_can_continue(const app_State *a)
{
    for (int i = 0; i < a->nzone_routines; i++)
        if (app_can_continue(a, a->zone_routines[i]))
            return 1;
    return 0;
}

float zone_plan_h(const app_State *a, float w)
{
    float u = a->lay.u, row = UI_TARGET * u + ROW_GAP * u;
    if (!app_keeps_history(a))
        return 0;
    return row * (float)((w >= WIDE_U * u ? 1 : 2) + zone_can_continue(a));
}

/* The rows' rects: continue (h 0 when the zone has none), follow, the
 * interval's line (with its - and + at its ends). */
static void rows_of(const app_State *a, geo_Rect rows, geo_Rect *cont, geo_Rect *follow, geo_Rect *every)
{
    float u = a->lay.u, th = UI_TARGET * u, step = th + ROW_GAP * u;
    float y = rows.y + ROW_GAP * u;
    *cont = geo_rect(rows.x, y, rows.w, zone_can_continue(a) ? th : 0);
    if (cont->h > 0)
        y += step;
    if (rows.w >= WIDE_U * u) {
        *follow = geo_rect(rows.x, y, FOLLOW_U * u, th);
        *every = geo_rect(rows.x + (FOLLOW_U + 0.8f) * u, y, rows.w - (FOLLOW_U + 0.8f) * u, th);
    } else {
        *follow = geo_rect(rows.x, y, rows.w, th);
        *every = geo_rect(rows.x, y + step, rows.w, th);
    }
}

void zone_plan_targets(const app_State *a, app_Layout *l, int r, geo_Rect rows)
{
    geo_Rect cont, follow, every;
    const char *id = a->content->routines[r].id;
    float th = UI_TARGET * l->u;
    if (!app_keeps_history(a) || a->content->routines[r].broken)
        return;
    rows_of(a, rows, &cont, &follow, &every);
    if (cont.h > 0 && app_can_continue(a, r))
        app_add_target(l, ZONE_CONTINUE, r, cont, "continue:%s", id);
    app_add_target(l, ZONE_FOLLOW, r, follow, "follow:%s", id);
    if (!app_follows(a, r))
        return;
    app_add_target(l, ZONE_LESS, r, geo_rect(every.x, every.y, th, th), "every-less:%s", id);
    app_add_target(l, ZONE_MORE, r, geo_rect(every.x + every.w - th, every.y, th, th), "every-more:%s", id);
}

/* "left 2 hours ago" */
static void left_ago(const app_State *a, char *out, int len)
{
    long long s = a->wall - a->prog->current.left_at;
    s = s < 0 ? 0 : s;
    if (s < 120)
        snprintf(out, (size_t)len, "%s", _("left just now"));
    else if (s < 7200)
        snprintf(out, (size_t)len, P_("left %lld minute ago", "left %lld minutes ago", s / 60), s / 60);
    else
        snprintf(out, (size_t)len, P_("left %lld hour ago", "left %lld hours ago", s / 3600), s / 3600);
}

void zone_plan_draw(const app_State *a, dl_List *l, int r, geo_Rect rows)
{
    geo_Rect cont, follow, every;
    char text[160], ago[48];
    const char *id = a->content->routines[r].id;
    float u = a->lay.u, th = UI_TARGET * u;
    if (!app_keeps_history(a) || a->content->routines[r].broken)
        return;
    rows_of(a, rows, &cont, &follow, &every);
    int ti = app_find_target(a, (snprintf(text, sizeof text, "continue:%s", id), text));
    if (ti >= 0) {
        left_ago(a, ago, sizeof ago);
        /* TRANSLATORS: step, steps, then "left 2 hours ago" */
        snprintf(text, sizeof text, _("Continue at step %d of %d \xC2\xB7 %s"), a->prog->current.step + 1,
                 a->content->routines[r].nsteps, ago);
        ui_button(a, l, ti, text, 1, 1);
    }
    int on = app_follows(a, r);
    ui_button(a, l, app_target_of(a, ZONE_FOLLOW, r), on ? _("\xE2\x9C\x93 Following") : _("Follow"), on, 1);
    if (!on) {
        dl_text(l, every, _("Not in your plan: it never makes this zone due."), (int)(0.9f * u), 0,
                DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
        return;
    }
    int days = app_routine_every(a, r), own = days != a->content->routines[r].every_days;
    ui_button(a, l, app_target_of(a, ZONE_LESS, r), "\xE2\x88\x92", 0, 1);
    ui_button(a, l, app_target_of(a, ZONE_MORE, r), "+", 0, 1);
    geo_Rect mid = geo_rect(every.x + th + 0.3f * u, every.y, every.w - 2 * th - 0.6f * u, th);
    ui_every(days, text, sizeof text);
    if (text[0] >= 'a' && text[0] <= 'z') /* "every week" starts a line */
        text[0] = (char)(text[0] - 'a' + 'A');
    dl_text(l, geo_rect(mid.x, mid.y, mid.w, th * 0.55f), text, ui_fit_px(a, text, 1.0f, 1, mid), 1,
            DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    /* TRANSLATORS: under the interval: chosen by the person, or the routine's */
    const char *whose = own ? _("your own") : _("as the routine suggests");
    dl_text(l, geo_rect(mid.x, mid.y + th * 0.5f, mid.w, th * 0.5f), whose,
            ui_fit_px(a, whose, 0.8f, 0, geo_rect(mid.x, mid.y, mid.w, th * 0.5f)), 0, DL_ALIGN_CENTER,
            DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
}

int zone_plan_act(app_State *a, const app_Target *t)
{
    switch (t->act) {
    case ZONE_FOLLOW: app_plan_follow(a, t->arg, !app_follows(a, t->arg)); break;
    case ZONE_LESS: app_plan_every(a, t->arg, -1); break;
    case ZONE_MORE: app_plan_every(a, t->arg, 1); break;
    case ZONE_CONTINUE: routine_continue(a, t->arg); return 1;
    default: return 0;
    }
    app_layout(a); /* the interval's buttons come and go with Follow */
    return 1;
}
