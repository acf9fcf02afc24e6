/* app_kiosk.c - kiosk mode in the app's state machine: the attract loop a
 * touch leaves for the map, the visitor's session that ends after the idle
 * time (a routine in progress counted as abandoned, never as done), the
 * screen that dims after a longer wait, and the admin screen that staff
 * open with a long press on the top-left corner and a PIN. Counts go to
 * kst_Stats; nothing personal is kept. */
#include <stdio.h>
#include <string.h>

#include "app_parts.h"

int64_t app_today(const app_State *a)
{
    int64_t t = a->wall + a->tz_offset;
    return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}

void app_kiosk_start(app_State *a, const kcf_Config *cfg, kst_Stats *stats, float min_target_px)
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
    k->min_target_px = min_target_px;
    a->nev = 0; /* a kiosk starts on the attract loop, never on the map */
    app_go(a, SCR_ATTRACT);
}

void app_kiosk_count(app_State *a, const lvl_Routine *r, int what)
{
    kst_Count *c = kst_routine(a->k.stats, app_today(a), r->id);
    if (c)
        what == KIOSK_STARTED ? c->started++ : what == KIOSK_DONE ? c->done++ : c->abandoned++;
    a->save_pending = 1;
}

void app_kiosk_count_zone(app_State *a, int zone)
{
    kst_Count *c = kst_zone(a->k.stats, app_today(a), a->content->zones[zone].id);
    if (c)
        c->opened++;
    a->save_pending = 1;
}

/* The hidden corner: top left, as large as a target. */
static int in_corner(const app_State *a, float x, float y)
{
    float s = 3.4f * a->lay.u;
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

/* The visitor has gone: count what they left unfinished, forget the rest. */
static void end_visit(app_State *a)
{
    if (a->screen == SCR_ROUTINE && !a->player.finished) {
        app_kiosk_count(a, a->player.r, KIOSK_ABANDONED);
        app_push_event(a, EV_ABANDONED);
    }
    a->k.unlocked = 0;
    a->zone = a->routine = -1;
    app_go(a, SCR_ATTRACT);
}

int app_kiosk_input(app_State *a, const app_Input *in)
{
    app_Kiosk *k = &a->k;
    k->last_input = a->now;
    if (in->kind == IN_DOWN && in_corner(a, in->x, in->y))
        k->corner_t0 = a->now;
    else if (in->kind == IN_UP || in->kind == IN_LEAVE || (in->kind == IN_MOVE && !in_corner(a, in->x, in->y)))
        k->corner_t0 = -1;
    if (a->screen != SCR_ATTRACT)
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

void app_kiosk_tick(app_State *a)
{
    app_Kiosk *k = &a->k;
    long long idle = a->now - k->last_input;
    if (k->corner_t0 >= 0 && a->now - k->corner_t0 >= KIOSK_LONG_PRESS_MS) {
        open_admin(a);
    } else if (a->screen != SCR_ATTRACT && idle >= k->idle_ms) {
        end_visit(a);
    } else if (a->screen == SCR_ATTRACT && !k->dimmed && k->dim_ms > 0 && idle >= k->dim_ms) {
        k->dimmed = 1;
        a->redraw = 1;
        app_push_event(a, EV_DIM);
    }
}

long long app_kiosk_deadline(const app_State *a)
{
    const app_Kiosk *k = &a->k;
    long long d = -1, c;
#define SOONER(x) (c = (x), d = (d < 0 || c < d) ? c : d)
    if (k->corner_t0 >= 0)
        SOONER(k->corner_t0 + KIOSK_LONG_PRESS_MS);
    if (a->screen != SCR_ATTRACT)
        SOONER(k->last_input + k->idle_ms);
    else if (!k->dimmed && k->dim_ms > 0)
        SOONER(k->last_input + k->dim_ms);
    if (k->locked_until > a->now)
        SOONER(k->locked_until);
#undef SOONER
    return d;
}

/* A keypad key: 0-9, 10 clear, 11 OK. */
static void pin_key(app_State *a, int key)
{
    app_Kiosk *k = &a->k;
    size_t n = strlen(k->pin);
    if (k->unlocked || a->now < k->locked_until)
        return;
    k->wrong = 0;
    if (key < 10 && n < sizeof k->pin - 1) {
        k->pin[n] = (char)('0' + key);
        k->pin[n + 1] = 0;
    } else if (key == 10) {
        k->pin[0] = 0;
    } else if (key == 11) {
        int ok = strcmp(k->pin, k->cfg->pin) == 0;
        k->pin[0] = 0;
        app_Event *e = app_push_event(a, EV_PIN);
        if (e)
            e->flag = ok;
        if (ok) {
            k->unlocked = 1;
            k->attempts = 0;
            lay_compute(a);
        } else {
            k->wrong = 1;
            if (++k->attempts >= KIOSK_PIN_TRIES) {
                k->attempts = 0;
                k->locked_until = a->now + KIOSK_PIN_LOCK_MS;
            }
        }
    }
}

void app_kiosk_activate(app_State *a, const app_Target *t)
{
    app_Kiosk *k = &a->k;
    if (!k->on)
        return;
    switch (t->act) {
    case ACT_PIN: pin_key(a, t->arg); break;
    case ACT_IDLE:
        if (k->unlocked) {
            k->idle_ms += t->arg * 15000;
            k->idle_ms = k->idle_ms < 15000 ? 15000 : k->idle_ms > 3600000 ? 3600000 : k->idle_ms;
            if (k->dim_ms > 0 && k->dim_ms <= k->idle_ms)
                k->dim_ms = k->idle_ms + 60000;
        }
        break;
    case ACT_RELOAD: k->reload = k->unlocked; break;
    case ACT_EXIT: k->quit = k->unlocked; break;
    default: break;
    }
}
