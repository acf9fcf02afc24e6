/* visit.c - kiosk mode's visitor session (see visit.h). */
#include "visit.h"

#include <string.h>

#include "ui.h"

void vis_start(app_State *a, const kcf_Config *cfg, kst_Stats *stats, float min_target_px)
{
    app_Kiosk *k = &a->k;
    memset(k, 0, sizeof *k);
    k->on = 1;
    k->cfg = cfg;
    k->stats = stats;
    k->idle_ms = (long long)cfg->idle_seconds * 1000;
    k->dim_ms = (long long)cfg->dim_seconds * 1000;
    k->last_input = a->now;
    k->corner_t0 = -1;
    a->min_target_px = min_target_px;
    a->nev = 0; /* a kiosk starts on the attract loop, never on the map */
    app_go(a, SCR_ATTRACT);
}

void vis_count(app_State *a, const lvl_Routine *r, int what)
{
    if (!a->k.on)
        return;
    kst_Count *c = kst_routine(a->k.stats, app_today(a), r->id);
    if (c)
        what == VIS_STARTED ? c->started++ : what == VIS_DONE ? c->done++ : c->abandoned++;
    a->save_pending = 1;
}

void vis_count_zone(app_State *a, int zone)
{
    if (!a->k.on)
        return;
    kst_Count *c = kst_zone(a->k.stats, app_today(a), a->content->zones[zone].id);
    if (c)
        c->opened++;
    a->save_pending = 1;
}

int vis_offers_zone(const app_State *a, const char *id)
{
    return !a->k.on || kcf_offers_zone(a->k.cfg, id);
}

int vis_offers_routine(const app_State *a, const char *id)
{
    return !a->k.on || kcf_offers_routine(a->k.cfg, id);
}

/* The hidden corner: top left, as large as a target. */
static int in_corner(const app_State *a, float x, float y)
{
    float s = UI_TARGET * a->lay.u;
    return x < s && y < s;
}

static void open_admin(app_State *a)
{
    app_Kiosk *k = &a->k;
    k->corner_t0 = -1;
    k->unlocked = k->wrong = 0;
    k->pin[0] = 0;
    app_go(a, SCR_ADMIN);
}

void vis_abandoned(app_State *a)
{
    if (!a->k.on)
        return;
    vis_count(a, a->player.r, VIS_ABANDONED);
    app_push_event(a, EV_ABANDONED);
}

/* The visitor has gone: forget them (the player counts a routine left
 * unfinished as it closes). */
static void end_visit(app_State *a)
{
    const char *lang = a->k.cfg->settings.lang;
    if (lang[0] && strcmp(lang, a->lang) != 0)
        app_choose_lang(a, lang); /* the next visitor is greeted in the config's language */
    a->k.unlocked = 0;
    app_go(a, SCR_ATTRACT);
    a->zone = a->routine = -1;
}

/* On the attract loop, the language button is the one target: a pointer
 * on it, Tab (to show the focus on it), and Return or Space on it go to
 * the app; every other touch or key starts a visit. */
static int for_lang_button(const app_State *a, const app_Input *in)
{
    int lang = app_find_target(a, "lang");
    if (lang < 0)
        return 0;
    if (in->kind == IN_KEY)
        return in->key == KEY_TAB || ((in->key == KEY_RETURN || in->key == KEY_SPACE) && a->focus == lang &&
                                      a->focus_visible);
    if (in->kind == IN_DOWN || in->kind == IN_UP || in->kind == IN_MOVE)
        return app_hit(a, in->x, in->y) == lang;
    return 0;
}

int vis_input(app_State *a, const app_Input *in)
{
    app_Kiosk *k = &a->k;
    if (!k->on)
        return 0;
    k->last_input = a->now;
    if (in->kind == IN_DOWN && in_corner(a, in->x, in->y))
        k->corner_t0 = a->now;
    else if (in->kind == IN_UP || in->kind == IN_LEAVE || (in->kind == IN_MOVE && !in_corner(a, in->x, in->y)))
        k->corner_t0 = -1;
    if (a->screen != SCR_ATTRACT)
        return 0;
    if (!k->dimmed && for_lang_button(a, in))
        return 0;
    if (in->kind == IN_UP || in->kind == IN_KEY) {
        int was_dim = k->dimmed;
        k->dimmed = 0;
        kst_session(k->stats, app_today(a));
        a->save_pending = 1;
        app_go(a, SCR_MAP);
        if (was_dim)
            app_push_event(a, EV_DIM);
    }
    a->redraw = 1;
    return 1;
}

void vis_tick(app_State *a)
{
    app_Kiosk *k = &a->k;
    if (!k->on)
        return;
    long long idle = a->now - k->last_input;
    if (k->corner_t0 >= 0 && a->now - k->corner_t0 >= VIS_LONG_PRESS_MS) {
        open_admin(a);
    } else if (a->screen != SCR_ATTRACT && idle >= k->idle_ms) {
        end_visit(a);
    } else if (a->screen == SCR_ATTRACT && !k->dimmed && k->dim_ms > 0 && idle >= k->dim_ms) {
        k->dimmed = 1;
        a->redraw = 1;
        app_Event *e = app_push_event(a, EV_DIM);
        if (e)
            e->flag = 1;
    }
}

long long vis_deadline(const app_State *a)
{
    const app_Kiosk *k = &a->k;
    if (!k->on)
        return -1;
    long long d = -1, c;
#define SOONER(x) (c = (x), d = (d < 0 || c < d) ? c : d)
    if (k->corner_t0 >= 0)
        SOONER(k->corner_t0 + VIS_LONG_PRESS_MS);
    if (a->screen != SCR_ATTRACT)
        SOONER(k->last_input + k->idle_ms);
    else if (!k->dimmed && k->dim_ms > 0)
        SOONER(k->last_input + k->dim_ms);
    if (k->locked_until > a->now)
        SOONER(k->locked_until);
#undef SOONER
    return d;
}
