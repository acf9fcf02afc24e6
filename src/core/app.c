/* app.c - the screens' state machine (see app.h). Inputs become actions on
 * targets; actions change the screen or drive the player; every change is
 * recorded as an event for the shell to write out. */
#include "app.h"
#include "app_parts.h"

#include <stdio.h>
#include <string.h>

static const char *const screen_names[SCR_COUNT] = {
    "attract", "map", "zone", "routine", "done", "progress", "safety", "admin"};

const char *app_screen_name(app_Screen s)
{
    return (s >= 0 && s < SCR_COUNT) ? screen_names[s] : "?";
}

app_Event *app_push_event(app_State *a, app_EvKind k)
{
    if (a->nev >= APP_MAX_EVENTS)
        return NULL;
    app_Event *e = &a->ev[a->nev++];
    memset(e, 0, sizeof *e);
    e->kind = k;
    e->t = a->now;
    e->screen = a->screen;
    if (a->zone >= 0)
        snprintf(e->zone, sizeof e->zone, "%s", a->content->zones[a->zone].id);
    if (a->routine >= 0)
        snprintf(e->routine, sizeof e->routine, "%s", a->content->routines[a->routine].id);
    return e;
}

/* ---- due status ---------------------------------------------------------- */

tf_DueInfo app_routine_due(const app_State *a, int routine)
{
    const lvl_Routine *r = &a->content->routines[routine];
    const prog_Entry *e = prog_last_routine(a->prog, r->id);
    return tf_due(e != NULL, e ? e->completed_at : 0, r->every_days, a->wall, a->tz_offset);
}

tf_DueInfo app_zone_due(const app_State *a, int zone)
{
    tf_DueInfo best = tf_due(0, 0, 1, a->wall, a->tz_offset);
    const char *zid = a->content->zones[zone].id;
    for (int i = 0; i < a->content->nroutines; i++) {
        const lvl_Routine *r = &a->content->routines[i];
        if (r->broken || strcmp(r->zone, zid) != 0 || !prog_last_routine(a->prog, r->id))
            continue;
        tf_DueInfo d = app_routine_due(a, i);
        if (best.status == TF_DUE_NEVER || d.status > best.status ||
            (d.status == best.status && d.days_left < best.days_left))
            best = d;
    }
    return best;
}

/* ---- screens ---------------------------------------------------------------- */

static int find_target(const app_State *a, app_Action act, int arg)
{
    for (int i = 0; i < a->lay.n; i++)
        if (a->lay.t[i].act == act && (arg < 0 || a->lay.t[i].arg == arg))
            return i;
    return -1;
}

/* How urgent a routine is, for choosing the focus on the zone screen:
 * overdue, due, never done (deep routines before gentle ones), soon, done. */
static int urgency(const app_State *a, int r, tf_DueInfo d)
{
    static const int rank[] = {[TF_DUE_NEVER] = 6, [TF_DUE_RECENT] = 2, [TF_DUE_SOON] = 4,
                               [TF_DUE_NOW] = 8, [TF_DUE_OVERDUE] = 10};
    return rank[d.status] + (d.status == TF_DUE_NEVER && !a->content->routines[r].gentle);
}

static int most_due_routine(const app_State *a)
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
            best = r;
            best_u = u;
            bd = d;
        }
    }
    return best;
}

/* The zone's routines, the deep ones first, then the gentle ones, each in
 * file order. */
static void list_zone_routines(app_State *a)
{
    int all[LVL_MAX_ROUTINES];
    int n = lvl_routines_of_zone(a->content, a->zone, all, LVL_MAX_ROUTINES), k = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++)
            if (a->content->routines[all[i]].gentle == pass &&
                (!a->k.on || kcf_offers_routine(a->k.cfg, a->content->routines[all[i]].id)))
                a->zone_routines[k++] = all[i];
    a->nzone_routines = k;
}

void app_go(app_State *a, app_Screen s)
{
    int from_zone = a->screen == SCR_ZONE || a->screen == SCR_ROUTINE || a->screen == SCR_DONE;
    a->screen = s;
    a->screen_t0 = a->now;
    a->pressed = -1;
    a->hover = -1;
    if (s == SCR_ZONE)
        list_zone_routines(a);
    lay_compute(a);
    a->focus = -1;
    if (s == SCR_MAP && from_zone && a->zone >= 0)
        a->focus = find_target(a, ACT_ZONE, a->zone);
    else if (s == SCR_ZONE)
        a->focus = find_target(a, ACT_ROUTINE, most_due_routine(a));
    else if (s == SCR_ROUTINE)
        a->focus = find_target(a, ACT_NEXT, -1);
    else if (s == SCR_DONE || s == SCR_SAFETY || s == SCR_PROGRESS)
        a->focus = find_target(a, ACT_MAP, -1);
    if (s == SCR_MAP)
        a->routine = -1;
    if (s == SCR_MAP && !from_zone)
        a->zone = -1;
    app_Event *e = app_push_event(a, EV_SCREEN);
    if (e && s == SCR_MAP)
        e->zone[0] = 0;
}

static void emit_step(app_State *a)
{
    app_Event *e = app_push_event(a, EV_STEP);
    if (!e)
        return;
    e->index = a->player.index + 1;
    e->of = a->player.r->nsteps;
}

static void remember_current(app_State *a)
{
    if (a->k.on) /* a kiosk keeps nothing about a visitor's routine */
        return;
    prog_InProgress *c = &a->prog->current;
    const lvl_Routine *r = a->player.r;
    c->active = 1;
    snprintf(c->routine, sizeof c->routine, "%s", r->id);
    snprintf(c->zone, sizeof c->zone, "%s", r->zone);
    c->step = a->player.index;
    c->steps_done = ply_count(&a->player, PLY_DONE);
    if (!c->started_at)
        c->started_at = a->wall;
    a->save_pending = 1;
}

static void finish_routine(app_State *a)
{
    const lvl_Routine *r = a->player.r;
    prog_Entry e = {0};
    snprintf(e.routine, sizeof e.routine, "%s", r->id);
    snprintf(e.zone, sizeof e.zone, "%s", r->zone);
    e.completed_at = a->wall;
    e.steps_total = r->nsteps;
    e.steps_done = ply_count(&a->player, PLY_DONE);
    e.steps_skipped = ply_count(&a->player, PLY_SKIPPED);
    if (a->k.on)
        app_kiosk_count(a, r, KIOSK_DONE);
    else if (prog_add(a->prog, &e) != 0)
        app_set_banner(a, "History is full: this routine was not recorded.");
    memset(&a->prog->current, 0, sizeof a->prog->current);
    a->last = e;
    a->save_pending = 1;
    app_Event *ev = app_push_event(a, EV_ROUTINE_DONE);
    if (ev) {
        ev->steps_done = e.steps_done;
        ev->steps_skipped = e.steps_skipped;
    }
    app_go(a, SCR_DONE);
}

/* Reacts to what the player reported. */
static void player_flags(app_State *a, int flags)
{
    if (flags & PLY_TIMER_ENDED)
        app_push_event(a, EV_TIMER_END);
    if (flags & PLY_FINISHED) {
        finish_routine(a);
        return;
    }
    if (flags & PLY_STEP_COMPLETED)
        remember_current(a);
    if (flags & PLY_CHANGED_STEP) {
        a->anim_t0 = a->now;
        emit_step(a);
    }
    if (flags)
        lay_compute(a);
}

static void start_routine(app_State *a, int r)
{
    if (r < 0 || a->content->routines[r].broken)
        return;
    a->routine = r;
    a->zone = lvl_zone_index(a->content, a->content->routines[r].zone);
    ply_start(&a->player, &a->content->routines[r], a->now);
    memset(&a->prog->current, 0, sizeof a->prog->current);
    if (a->k.on)
        app_kiosk_count(a, &a->content->routines[r], KIOSK_STARTED);
    a->anim_t0 = a->now;
    app_go(a, SCR_ROUTINE);
    emit_step(a);
}

static void back(app_State *a)
{
    switch (a->screen) {
    case SCR_ZONE: case SCR_DONE: case SCR_SAFETY: case SCR_PROGRESS: app_go(a, SCR_MAP); break;
    case SCR_ROUTINE: app_go(a, SCR_ZONE); break;
    case SCR_ADMIN: app_go(a, SCR_ATTRACT); break;
    default: break;
    }
}

static void activate(app_State *a, int ti)
{
    if (ti < 0 || ti >= a->lay.n)
        return;
    app_Target t = a->lay.t[ti];
    ply_State *p = &a->player;
    switch (t.act) {
    case ACT_ZONE:
        a->zone = t.arg;
        if (a->k.on)
            app_kiosk_count_zone(a, t.arg);
        app_go(a, SCR_ZONE);
        break;
    case ACT_ROUTINE: start_routine(a, t.arg); break;
    case ACT_BACK: back(a); break;
    case ACT_MAP: app_go(a, SCR_MAP); break;
    case ACT_AGAIN: start_routine(a, a->routine); break;
    case ACT_SAFETY: a->page = 0; app_go(a, SCR_SAFETY); break;
    case ACT_PAGE: /* the rules, each page of "why" cards, the rules again */
        a->page = a->lay.pages > 0 ? (a->page + 1) % a->lay.pages : 0;
        a->redraw = 1;
        break;
    case ACT_PROGRESS: app_go(a, SCR_PROGRESS); break;
    case ACT_NEXT: player_flags(a, ply_next(p, a->now)); break;
    case ACT_PREV: player_flags(a, ply_prev(p, a->now)); break;
    case ACT_SKIP: {
        int f = ply_skip(p, a->now);
        if (f & PLY_STEP_COMPLETED)
            app_push_event(a, EV_SKIP);
        player_flags(a, f);
        break;
    }
    case ACT_PAUSE: {
        player_flags(a, ply_set_paused(p, !p->paused, a->now));
        app_Event *e = app_push_event(a, EV_PAUSE);
        if (e)
            e->flag = p->paused;
        break;
    }
    default: app_kiosk_activate(a, &t); break;
    }
    a->redraw = 1;
}

/* ---- input ------------------------------------------------------------------ */

/* A placed label's name pill is drawn 0.1u wider than its text box on
 * every side. Labels that gave way may overlap, so they are not targets. */
static int on_label(const app_Layout *l, int z, float x, float y)
{
    const app_Label *lb = &l->label[z];
    return lb->placed && ((lb->name.w > 0 && geo_rect_contains(geo_rect_inset(lb->name, -0.1f * l->u * lb->scale), x, y)) ||
                          (lb->badge.w > 0 && geo_rect_contains(lb->badge, x, y)));
}

int app_hit(const app_State *a, float x, float y)
{
    int best = -1, label = -1;
    float best_area = 0;
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (t->act != ACT_ZONE) {
            if (geo_rect_contains(t->r, x, y))
                return i;
            continue;
        }
        if (on_label(&a->lay, t->arg, x, y))
            label = i;
        const lvl_Zone *z = &a->content->zones[t->arg];
        if (!geo_rect_contains(t->r, x, y) || !geo_poly_contains(a->lay.zpts[t->arg], z->npts, x, y))
            continue;
        if (best < 0 || z->area < best_area) {
            best = i;
            best_area = z->area;
        }
    }
    return label >= 0 ? label : best;
}

/* The middle of the zone's placed label, else its label point; when that
 * would hit something else (a label over it, a smaller zone), the nearest
 * point of its box on a grid of u/4 that hits the zone. */
geo_Pt app_zone_point(const app_State *a, int z)
{
    const app_Label *lb = &a->lay.label[z];
    geo_Rect r = lb->name.w > 0 ? lb->name : lb->badge;
    geo_Pt p = lb->placed && r.w > 0 ? (geo_Pt){r.x + r.w / 2, r.y + r.h / 2}
                                     : geo_fit_pt(a->lay.fit, a->content->zones[z].label);
    int ti = -1;
    for (int i = 0; i < a->lay.n && ti < 0; i++)
        if (a->lay.t[i].act == ACT_ZONE && a->lay.t[i].arg == z)
            ti = i;
    if (ti < 0 || app_hit(a, p.x, p.y) == ti)
        return p;
    geo_Rect b = a->lay.t[ti].r;
    float s = a->lay.u / 4, best = -1;
    geo_Pt found = p;
    for (float y = b.y + s / 2; y < b.y + b.h; y += s)
        for (float x = b.x + s / 2; x < b.x + b.w; x += s) {
            float d = (x - p.x) * (x - p.x) + (y - p.y) * (y - p.y);
            if ((best < 0 || d < best) && app_hit(a, x, y) == ti) {
                best = d;
                found = (geo_Pt){x, y};
            }
        }
    return found;
}

static void focus_event(app_State *a)
{
    app_Event *e = app_push_event(a, EV_FOCUS);
    if (e)
        app_target_name(a, a->focus, e->target, sizeof e->target);
}

/* The first key press shows where the focus is; later ones move it. */
static void move_focus(app_State *a, int dir)
{
    if (a->lay.n == 0)
        return;
    if (a->focus < 0)
        a->focus = dir > 0 ? 0 : a->lay.n - 1;
    else if (a->focus_visible)
        a->focus = (a->focus + dir + a->lay.n) % a->lay.n;
    a->focus_visible = 1;
    focus_event(a);
}

static const char *const action_names[] = {
    [ACT_NONE] = "none", [ACT_ZONE] = "zone", [ACT_ROUTINE] = "routine", [ACT_BACK] = "back",
    [ACT_PREV] = "previous", [ACT_NEXT] = "next", [ACT_PAUSE] = "pause", [ACT_SKIP] = "skip",
    [ACT_MAP] = "map", [ACT_AGAIN] = "again", [ACT_SAFETY] = "safety", [ACT_PROGRESS] = "history",
    [ACT_PAGE] = "page", [ACT_PIN] = "pin", [ACT_IDLE] = "idle", [ACT_RELOAD] = "reload",
    [ACT_EXIT] = "exit"};

void app_target_name(const app_State *a, int ti, char *out, int len)
{
    if (ti < 0 || ti >= a->lay.n) {
        snprintf(out, (size_t)len, "none");
        return;
    }
    const app_Target *t = &a->lay.t[ti];
    if (t->act == ACT_ZONE)
        snprintf(out, (size_t)len, "zone:%s", a->content->zones[t->arg].id);
    else if (t->act == ACT_ROUTINE)
        snprintf(out, (size_t)len, "routine:%s", a->content->routines[t->arg].id);
    else if (t->act == ACT_PIN && t->arg < 10)
        snprintf(out, (size_t)len, "pin-%d", t->arg);
    else if (t->act == ACT_PIN)
        snprintf(out, (size_t)len, "%s", t->arg == 10 ? "pin-clear" : "pin-ok");
    else if (t->act == ACT_IDLE)
        snprintf(out, (size_t)len, "%s", t->arg < 0 ? "idle-down" : "idle-up");
    else
        snprintf(out, (size_t)len, "%s", action_names[t->act]);
}

int app_find_target(const app_State *a, const char *name)
{
    char buf[LVL_ID + 16];
    for (int i = 0; i < a->lay.n; i++) {
        app_target_name(a, i, buf, sizeof buf);
        if (strcmp(buf, name) == 0)
            return i;
    }
    return -1;
}

static void key(app_State *a, const app_Input *in)
{
    int player = a->screen == SCR_ROUTINE;
    switch (in->key) {
    case KEY_TAB: move_focus(a, in->shift ? -1 : 1); break;
    case KEY_UP: move_focus(a, -1); break;
    case KEY_DOWN: move_focus(a, 1); break;
    case KEY_LEFT:
        if (player)
            activate(a, find_target(a, ACT_PREV, -1));
        else
            move_focus(a, -1);
        break;
    case KEY_RIGHT:
        if (player)
            activate(a, find_target(a, ACT_NEXT, -1));
        else
            move_focus(a, 1);
        break;
    case KEY_HOME: a->focus = 0; a->focus_visible = 1; break;
    case KEY_END: a->focus = a->lay.n - 1; a->focus_visible = 1; break;
    case KEY_SPACE:
    case KEY_RETURN:
        if (player && in->key == KEY_SPACE) {
            activate(a, find_target(a, ACT_PAUSE, -1));
            break;
        }
        if (a->focus < 0) {
            move_focus(a, 1);
            break;
        }
        a->focus_visible = 1;
        activate(a, a->focus);
        break;
    case KEY_ESCAPE: back(a); break;
    default: break;
    }
    a->redraw = 1;
}

void app_input(app_State *a, const app_Input *in)
{
    if (a->k.on && app_kiosk_input(a, in))
        return;
    int hit = in->kind == IN_KEY ? -1 : app_hit(a, in->x, in->y);
    switch (in->kind) {
    case IN_KEY: key(a, in); return;
    case IN_DOWN: a->pressed = hit; a->focus_visible = 0; break;
    case IN_MOVE:
        if (!in->touch)
            a->hover = hit;
        if (a->pressed >= 0 && hit != a->pressed)
            a->pressed = -1;
        break;
    case IN_UP: {
        int p = a->pressed;
        a->pressed = -1;
        if (!in->touch)
            a->hover = hit;
        if (p >= 0 && p == hit) {
            a->focus = p;
            activate(a, p);
        }
        break;
    }
    case IN_LEAVE: a->hover = -1; a->pressed = -1; break;
    }
    a->redraw = 1;
}

/* ---- clock ------------------------------------------------------------------ */

void app_tick(app_State *a, long long now_ms, int64_t wall)
{
    a->now = now_ms;
    a->wall = wall;
    if (a->screen == SCR_ROUTINE)
        player_flags(a, ply_update(&a->player, now_ms));
    if (a->k.on)
        app_kiosk_tick(a);
}

int app_animating(const app_State *a)
{
    if (a->screen == SCR_ROUTINE)
        return !a->player.paused;
    if (a->screen == SCR_DONE)
        return a->now - a->screen_t0 < 1500;
    if (a->screen == SCR_ATTRACT)
        return !a->k.dimmed;
    return 0;
}

long long app_next_deadline(const app_State *a)
{
    long long d = a->screen == SCR_ROUTINE ? ply_next_deadline(&a->player) : -1;
    long long k = a->k.on ? app_kiosk_deadline(a) : -1;
    return d < 0 ? k : k < 0 ? d : d < k ? d : k;
}

void app_resize(app_State *a, int w, int h)
{
    a->lay.w = w;
    a->lay.h = h;
    lay_compute(a);
}

void app_set_banner(app_State *a, const char *msg)
{
    snprintf(a->banner, sizeof a->banner, "%s", msg ? msg : "");
    a->redraw = 1;
}

void app_content_changed(app_State *a, const char *zone_id, const char *routine_id)
{
    const lvl_Content *c = a->content;
    a->zone = zone_id && *zone_id ? lvl_zone_index(c, zone_id) : -1;
    a->routine = routine_id && *routine_id ? lvl_routine_index(c, routine_id) : -1;
    int in_routine = a->screen == SCR_ROUTINE || a->screen == SCR_DONE;
    if ((in_routine && (a->routine < 0 || c->routines[a->routine].broken)) ||
        (a->screen == SCR_ZONE && a->zone < 0)) {
        a->zone = a->routine = -1;
        app_go(a, SCR_MAP);
        return;
    }
    if (a->screen == SCR_ROUTINE) {
        const lvl_Routine *r = &c->routines[a->routine];
        a->player.r = r;
        if (a->player.index >= r->nsteps)
            a->player.index = r->nsteps - 1;
    }
    if (a->screen == SCR_ZONE)
        list_zone_routines(a);
    a->hover = a->pressed = -1;
    lay_compute(a);
}

void app_init(app_State *a, const lvl_Content *c, const anim_Set *anims, prog_Data *prog, int w,
              int h, long long now_ms, int64_t wall, int tz_offset)
{
    memset(a, 0, sizeof *a);
    a->content = c;
    a->anims = anims;
    a->prog = prog;
    a->now = now_ms;
    a->wall = wall;
    a->tz_offset = tz_offset;
    a->zone = a->routine = -1;
    a->screen = SCR_COUNT;
    a->lay.w = w;
    a->lay.h = h;
    app_go(a, SCR_MAP);
}

int app_take_events(app_State *a, app_Event *out, int max)
{
    int n = a->nev < max ? a->nev : max;
    memcpy(out, a->ev, sizeof *out * (size_t)n);
    memmove(a->ev, a->ev + n, sizeof *out * (size_t)(a->nev - n));
    a->nev -= n;
    return n;
}
