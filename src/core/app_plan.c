/* app_plan.c - the person's plan in the app (app.h): which routines are
 * followed, their intervals, when each is due and which routine makes a
 * zone due; the choices that change the plan (the first-time choice, a
 * Follow toggle, an own interval); and the unfinished routine that can be
 * continued. The plan itself is plan.h, kept in the progress file.
 *
 * Until the person has chosen (plan.chosen 0: a new file, or one from
 * before plans), a routine done at least once is followed, as before. The
 * first change the person makes (a Follow toggle, an interval) writes that
 * rule down as the plan and marks it chosen, so nothing changes by itself.
 * A daily routine (interval 1) is a habit: done today it is done, not done
 * today it is due "today", never days overdue. */
#include "app.h"
#include "i18n.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int app_follows(const app_State *a, int routine)
{
    const char *id = a->content->routines[routine].id;
    if (a->prog->plan.chosen)
        return pln_find(&a->prog->plan, id) >= 0;
    return prog_last_routine(a->prog, id) != NULL;
}

int app_routine_every(const app_State *a, int routine)
{
    const lvl_Routine *r = &a->content->routines[routine];
    int i = pln_find(&a->prog->plan, r->id);
    return i >= 0 && a->prog->plan.f[i].every_days > 0 ? a->prog->plan.f[i].every_days : r->every_days;
}

tf_DueInfo app_routine_due(const app_State *a, int routine)
{
    const lvl_Routine *r = &a->content->routines[routine];
    const prog_Entry *e = prog_last_routine(a->prog, r->id);
    int every = app_routine_every(a, routine);
    tf_DueInfo d = tf_due(e != NULL, e ? e->completed_at : 0, every, a->wall, a->tz_offset);
    if (every == 1 && d.status >= TF_DUE_NOW) { /* a habit: today's, not a debt */
        d.status = TF_DUE_NOW;
        d.days_left = 0;
    }
    return d;
}

int app_zone_due_routine(const app_State *a, int zone, tf_DueInfo *out)
{
    tf_DueInfo best = tf_due(0, 0, 1, a->wall, a->tz_offset);
    int which = -1;
    const char *zid = a->content->zones[zone].id;
    for (int i = 0; i < a->content->nroutines; i++) {
        const lvl_Routine *r = &a->content->routines[i];
        if (r->broken || strcmp(r->zone, zid) != 0 || !app_follows(a, i))
            continue;
        tf_DueInfo d = app_routine_due(a, i);
        if (which < 0 || d.status > best.status || (d.status == best.status && d.days_left < best.days_left)) {
            best = d;
            which = i;
        }
    }
    if (out)
        *out = best;
    return which;
}

tf_DueInfo app_zone_due(const app_State *a, int zone)
{
    tf_DueInfo d;
    app_zone_due_routine(a, zone, &d);
    return d;
}

void app_routine_short(const app_State *a, int routine, char *out, int len)
{
    const char *t = a->content->routines[routine].title, *last = t;
    for (const char *p = t; *p; p++)
        if (*p == ' ' && p[1])
            last = p + 1;
    snprintf(out, (size_t)len, "%s", last);
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)toupper((unsigned char)out[0]);
}

void app_due_badge(const app_State *a, int routine, tf_DueInfo d, char *out, int len)
{
    char what[APP_NAME];
    if (routine < 0 || d.status == TF_DUE_NEVER || d.status == TF_DUE_RECENT) {
        snprintf(out, (size_t)len, "%s", tf_due_badge(d.status));
        return;
    }
    app_routine_short(a, routine, what, sizeof what);
    /* TRANSLATORS: a zone's badge on the map: %s the routine's short name ("Exfoliation due") */
    int daily = app_routine_every(a, routine) == 1;
    snprintf(out, (size_t)len,
             d.status == TF_DUE_SOON      ? _("%s soon")
             : d.status == TF_DUE_OVERDUE ? _("%s overdue")
             : daily                      ? _("%s today")
                                          : _("%s due"),
             what);
}

/* Before the first change: today's rule written down as the plan. */
static void plan_choose_now(app_State *a)
{
    pln_Plan *p = &a->prog->plan;
    if (p->chosen)
        return;
    for (int i = 0; i < a->content->nroutines; i++)
        if (app_follows(a, i))
            pln_follow(p, a->content->routines[i].id, 1);
    p->chosen = 1;
}

void app_plan_follow(app_State *a, int routine, int follow)
{
    plan_choose_now(a);
    if (pln_follow(&a->prog->plan, a->content->routines[routine].id, follow) != 0)
        app_set_banner(a, BANNER_HISTORY, _("Your plan is full: this routine was not added."));
    a->save_pending = a->redraw = 1;
}

void app_plan_every(app_State *a, int routine, int dir)
{
    const lvl_Routine *r = &a->content->routines[routine];
    plan_choose_now(a);
    int i = pln_find(&a->prog->plan, r->id);
    if (i < 0)
        return; /* only a followed routine has an interval of the person's */
    pln_Follow *f = &a->prog->plan.f[i];
    f->every_days = pln_step_every(f->every_days, r->every_days, dir);
    a->save_pending = a->redraw = 1;
}

void app_plan_choose(app_State *a, app_PlanChoice c)
{
    pln_Plan old = a->prog->plan, *p = &a->prog->plan;
    p->n = 0;
    p->chosen = 1;
    for (int i = 0; i < a->content->nroutines && c != PLAN_MYSELF; i++) {
        const lvl_Routine *r = &a->content->routines[i];
        if (r->broken || (c == PLAN_SOURCES && r->gentle) || (c == PLAN_GENTLE && !r->gentle))
            continue;
        if (pln_follow(p, r->id, 1) != 0)
            break;
        int k = pln_find(&old, r->id); /* an interval set before stays */
        if (k >= 0)
            p->f[p->n - 1].every_days = old.f[k].every_days;
    }
    a->save_pending = a->redraw = 1;
}

int app_can_continue(const app_State *a, int routine)
{
    const prog_InProgress *c = &a->prog->current;
    if (!app_keeps_history(a) || !c->active || a->wall - c->left_at >= PROG_CONTINUE_S ||
        a->wall < c->left_at - PROG_CONTINUE_S || c->step <= 0)
        return 0;
    const lvl_Routine *r = &a->content->routines[routine];
    return !r->broken && strcmp(c->routine, r->id) == 0 && c->step < r->nsteps;
}

void app_expire_continue(app_State *a)
{
    prog_InProgress *c = &a->prog->current;
    if (c->active && a->screen != SCR_ROUTINE && a->wall - c->left_at >= PROG_CONTINUE_S) {
        memset(c, 0, sizeof *c);
        app_layout(a); /* its Continue goes */
        a->redraw = 1;
    }
}
