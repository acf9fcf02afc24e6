/* scr_routine.c - the routine player: one step at a time, with the step
 * card (title, text, caution, timer note), the animated close-up of the
 * zone, the countdown ring where the step has a duration, and Previous,
 * Pause, Skip and Next. Left and Right step, Space pauses. What the player
 * (player.h) reports becomes events, sound cues (a step starts, the last
 * three seconds, the timer ends, the routine is done), the remembered
 * routine in progress, and at the end the finished routine in the history
 * (or in a kiosk, a count) and the done screen.
 *
 * Hands-free (a setting): a timed step goes on by itself LEAD_MS after its
 * timer ends; a step without a timer goes on with a tap on the picture or
 * a key (a remote's or a foot pedal's: any but those that go back or move
 * the focus); a cautioned step never starts by itself: its countdown
 * waits for a clear choice, Do it or Skip. */
#include <stdio.h>
#include <string.h>

#include "card.h"
#include "scr_routine.h"
#include "ui.h"
#include "visit.h"

enum { RT_PREV = ACT_SCREEN, RT_PAUSE, RT_SKIP, RT_NEXT, RT_DO_IT, RT_PICTURE };

#define LEAD_MS 3000 /* hands-free: from a timer's end to the next step */

static void cue(app_State *a, app_Cue c)
{
    app_Event *e = a->settings.sound ? app_push_event(a, EV_CUE) : NULL;
    if (e)
        e->flag = c;
}

static int hands_free(const app_State *a)
{
    return a->settings.hands_free;
}

/* Whether the step waits for the person to go on: no timer, or it ended. */
static int waiting(const app_State *a)
{
    const lvl_Step *st = ply_step(&a->player);
    return st && !a->choice && (st->seconds <= 0 || a->player.timer_ended);
}

/* A step began: its event and cue; hands-free, a cautioned step waits
 * (paused, with no pause event) for Do it or Skip. */
static void step_began(app_State *a)
{
    app_Event *e = app_push_event(a, EV_STEP);
    if (e) {
        e->index = a->player.index + 1;
        e->of = a->player.r->nsteps;
    }
    a->speaking = a->settings.voice && a->voice_available;
    if (!a->speaking) /* else the voice is the step's cue, at once */
        cue(a, CUE_STEP);
    a->anim_t0 = a->anim_last = a->now;
    a->anim_ms = 0;
    a->tick_secs = 0;
    a->list_first = 0; /* the new step's card from its first page */
    a->choice = hands_free(a) && ply_step(&a->player)->caution;
    ply_set_held(&a->player, a->choice || a->speaking, a->now);
}

void routine_speech_done(app_State *a)
{
    if (a->screen != SCR_ROUTINE || !a->speaking)
        return;
    a->speaking = 0;
    ply_set_held(&a->player, a->choice, a->now);
    a->redraw = 1;
}

void routine_words(const app_State *a, char *out, int len)
{
    const ply_State *p = &a->player;
    const lvl_Step *st = ply_step(p);
    if (!st) {
        snprintf(out, (size_t)len, "%s", "");
        return;
    }
    /* TRANSLATORS: spoken: step number, steps, the step's title, its text */
    snprintf(out, (size_t)len, _("Step %d of %d. %s. %s"), p->index + 1, p->r->nsteps, st->title, st->text);
    size_t n = strlen(out);
    if (st->caution)
        snprintf(out + n, (size_t)len - n, " %s %s", _("Caution:"), st->caution);
    n = strlen(out);
    if (a->choice)
        snprintf(out + n, (size_t)len - n, " %s", _("Do it, or skip?"));
}

/* The routine in progress, kept in the progress file (not in a kiosk). */
static void remember_current(app_State *a)
{
    if (!app_keeps_history(a))
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
    c->left_at = a->wall;
    a->save_pending = 1;
}

void routine_leave(app_State *a)
{
    if (a->screen == SCR_ROUTINE && a->player.r && !a->player.finished &&
        (a->player.index > 0 || ply_count(&a->player, PLY_DONE) + ply_count(&a->player, PLY_SKIPPED) > 0))
        remember_current(a);
}

static void finish(app_State *a)
{
    const lvl_Routine *r = a->player.r;
    prog_Entry e = {0};
    snprintf(e.routine, sizeof e.routine, "%s", r->id);
    snprintf(e.zone, sizeof e.zone, "%s", r->zone);
    e.completed_at = a->wall;
    e.steps_total = r->nsteps;
    e.steps_done = ply_count(&a->player, PLY_DONE);
    e.steps_skipped = ply_count(&a->player, PLY_SKIPPED);
    vis_count(a, r, VIS_DONE);
    cue(a, CUE_DONE);
    if (app_keeps_history(a) && prog_add(a->prog, &e) != 0)
        app_set_banner(a, BANNER_HISTORY, _("History is full: this routine was not recorded."));
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

/* Lays the screen out again: a step that waits for a choice has the focus
 * on Do it. */
static void relayout(app_State *a)
{
    app_layout(a);
    if (a->choice)
        a->focus = app_target_of(a, RT_DO_IT, -1);
}

/* Reacts to what the player reported. */
static void player_flags(app_State *a, int flags)
{
    if (flags & PLY_TIMER_ENDED) {
        app_push_event(a, EV_TIMER_END);
        cue(a, CUE_END);
    }
    if (flags & PLY_FINISHED) {
        finish(a);
        return;
    }
    if (flags & PLY_STEP_COMPLETED)
        remember_current(a);
    if (flags & PLY_CHANGED_STEP)
        step_began(a);
    if (flags)
        relayout(a);
}

/* Starts routine r at step (0: afresh, which forgets an unfinished one;
 * else continuing it, its first done steps marked done, the others before
 * step skipped: the file keeps how many, not which). */
static void begin(app_State *a, int r, int step, int done)
{
    if (r < 0 || a->content->routines[r].broken)
        return;
    a->routine = r;
    a->zone = lvl_zone_index(a->content, a->content->routines[r].zone);
    ply_start(&a->player, &a->content->routines[r], a->now);
    for (int i = 0; i < step; i++)
        a->player.mark[i] = i < done ? PLY_DONE : PLY_SKIPPED;
    a->player.index = step;
    if (!step)
        memset(&a->prog->current, 0, sizeof a->prog->current);
    vis_count(a, &a->content->routines[r], VIS_STARTED);
    app_go(a, SCR_ROUTINE);
    step_began(a);
    relayout(a);
}

void routine_start(app_State *a, int r)
{
    begin(a, r, 0, 0);
}

void routine_continue(app_State *a, int r)
{
    if (!app_can_continue(a, r)) {
        routine_start(a, r);
        return;
    }
    const prog_InProgress *c = &a->prog->current;
    begin(a, r, c->step, c->steps_done < c->step ? c->steps_done : c->step);
}

static void layout(app_State *a, app_Layout *l)
{
    static const ui_Control acts[] = {
        {RT_PREV, 0, "previous"}, {RT_PAUSE, 0, "pause"}, {RT_SKIP, 0, "skip"}, {RT_NEXT, 0, "next"}};
    static const ui_Control choice[] = {{RT_PREV, 0, "previous"}, {RT_SKIP, 0, "skip"}, {RT_DO_IT, 0, "do-it"}};
    ui_header_band(l, 1);
    if (a->choice)
        ui_controls(l, choice, 3);
    else
        ui_controls(l, acts, 4);
    /* larger text takes some of the close-up's width */
    ui_split_closeup(l, ui_clampf(0.42f * l->u / l->tu, 0.3f, 0.42f));
    const lvl_Step *st = ply_step(&a->player);
    if (st)
        card_layout(a, l, st);
    if (hands_free(a) && waiting(a)) /* a tap on the picture goes on */
        app_add_target(l, RT_PICTURE, 0, l->closeup, "picture");
    float d = ui_clampf(0.34f * (l->closeup.w < l->closeup.h ? l->closeup.w : l->closeup.h), 5 * l->u,
                        12 * l->u);
    l->ring = geo_rect(l->closeup.x + l->closeup.w - d - 0.5f * l->u, l->closeup.y + 0.5f * l->u, d, d);
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    a->focus = app_target_of(a, a->choice ? RT_DO_IT : RT_NEXT, -1);
}

/* Left before the end (back, a visit that ended, a reload): in a kiosk
 * the routine counts as abandoned. */
static void close(app_State *a, app_Screen to)
{
    (void)to;
    routine_leave(a);
    if (a->player.r && !a->player.finished)
        vis_abandoned(a);
}

static void act(app_State *a, const app_Target *t)
{
    ply_State *p = &a->player;
    switch (t->act) {
    case RT_PICTURE:
    case RT_NEXT: player_flags(a, ply_next(p, a->now)); break;
    case RT_DO_IT:
        a->choice = 0;
        player_flags(a, ply_set_held(p, a->speaking, a->now));
        relayout(a);
        break;
    case RT_PREV: player_flags(a, ply_prev(p, a->now)); break;
    case RT_SKIP: {
        int f = ply_skip(p, a->now);
        if (f & PLY_STEP_COMPLETED)
            app_push_event(a, EV_SKIP);
        player_flags(a, f);
        break;
    }
    case RT_PAUSE: {
        player_flags(a, ply_set_paused(p, !p->paused, a->now));
        app_Event *e = app_push_event(a, EV_PAUSE);
        if (e)
            e->flag = p->paused;
        break;
    }
    default: break;
    }
}

/* Hands-free, a step that waits goes on with any key but those that move
 * about (Tab, arrows back, Escape; Return where the focus shows), and but
 * Space while a lead-in runs (it pauses it). */
static int any_key_goes_on(const app_State *a, const app_Input *in)
{
    if (!hands_free(a) || !waiting(a))
        return 0;
    switch (in->key) {
    case KEY_TAB: case KEY_ESCAPE: case KEY_LEFT: case KEY_UP: case KEY_PAGEUP: case KEY_HOME: return 0;
    case KEY_RETURN: return !a->focus_visible;
    case KEY_SPACE: return !a->player.timer_ended;
    default: return 1;
    }
}

/* Right is Next, Left is Previous, Space pauses or resumes. A step that
 * waits for a choice takes Return or Space only once the focus shows: a
 * pedal or a stray key never chooses. */
static int key(app_State *a, const app_Input *in)
{
    if (a->choice && !a->focus_visible && (in->key == KEY_RETURN || in->key == KEY_SPACE)) {
        a->focus_visible = 1;
        return 1;
    }
    int act_of = any_key_goes_on(a, in) ? RT_NEXT
                 : in->key == KEY_LEFT  ? RT_PREV
                 : in->key == KEY_RIGHT ? (a->choice ? 0 : RT_NEXT)
                 : in->key == KEY_SPACE ? (a->choice ? 0 : RT_PAUSE)
                                        : 0;
    if (!act_of)
        return 0;
    int ti = app_target_of(a, act_of, -1);
    if (ti >= 0)
        act(a, &a->lay.t[ti]);
    return 1;
}

/* Ticks for the last three seconds of a countdown. */
static void last_seconds(app_State *a)
{
    const ply_State *p = &a->player;
    long long left = ply_remaining_ms(p);
    int secs = (int)((left + 999) / 1000);
    if (left > 0 && !p->paused && p->step_ms > 0 && secs <= 3 && secs != a->tick_secs) {
        a->tick_secs = secs;
        cue(a, CUE_TICK);
    }
}

static void tick(app_State *a)
{
    ply_State *p = &a->player;
    if (!p->paused)
        a->anim_ms += a->now - a->anim_last;
    a->anim_last = a->now;
    player_flags(a, ply_update(p, a->now));
    if (a->screen != SCR_ROUTINE)
        return;
    last_seconds(a);
    if (hands_free(a) && p->timer_ended && !p->paused && !p->held && p->step_ms >= ply_timer_ms(p) + LEAD_MS)
        player_flags(a, ply_next(p, a->now));
}

static int animating(const app_State *a)
{
    return !a->player.paused;
}

static long long deadline(const app_State *a)
{
    const ply_State *p = &a->player;
    if (hands_free(a) && p->timer_ended && !p->paused && !p->held) /* the lead-in's end */
        return p->last_ms + ply_timer_ms(p) + LEAD_MS - p->step_ms;
    return ply_next_deadline(p);
}

/* The routine was reloaded: play its new version from the same step, or
 * where it is gone, go back to the map. */
static app_Screen reloaded(app_State *a)
{
    if (a->routine < 0 || a->content->routines[a->routine].broken) {
        a->zone = a->routine = -1;
        a->player.r = NULL; /* it was in the content just replaced */
        return SCR_MAP;
    }
    const lvl_Routine *r = &a->content->routines[a->routine];
    a->player.r = r;
    if (a->player.index >= r->nsteps)
        a->player.index = r->nsteps - 1;
    return SCR_ROUTINE;
}

/* ---- drawing ------------------------------------------------------------------ */

static void ring(const app_State *a, dl_List *l)
{
    const ply_State *p = &a->player;
    float u = a->lay.u;
    geo_Rect r = a->lay.ring;
    long long left = ply_remaining_ms(p);
    int secs = (int)((left + 999) / 1000);
    char big[16];
    snprintf(big, sizeof big, "%d:%02d", secs / 60, secs % 60);
    dl_rrect(l, geo_rect_inset(r, -0.3f * u), r.w, ui_alpha(UI_WHITE, 0xE8), dl_rgba(UI_NONE), 0);
    dl_ring(l, r, 1.0f - ply_timer_fraction(p), dl_rgba(UI_TRACK), dl_rgba(p->timer_ended ? UI_DUE_RECENT : UI_ACCENT),
            r.w * 0.09f);
    int lead = hands_free(a) && p->timer_ended && !a->choice;
    char next_in[64];
    long long in_s = (ply_timer_ms(p) + LEAD_MS - p->step_ms + 999) / 1000;
    /* TRANSLATORS: under the hands-free countdown ring (short): the next step, or the end, in N seconds */
    snprintf(next_in, sizeof next_in, p->index + 1 < p->r->nsteps ? _("next in %lld s") : _("done in %lld s"), in_s);
    /* TRANSLATORS: under the timer ring (short) */
    const char *sub = lead ? next_in : p->timer_ended ? _("time's up") : p->paused ? _("paused")
                      : a->speaking ? _("after the words") : _("seconds");
    /* TRANSLATORS: in the timer ring when its time is over (short) */
    dl_text(l, geo_rect(r.x, r.y + r.h * 0.22f, r.w, r.h * 0.36f), p->timer_ended ? _("Done") : big,
            (int)(r.h * 0.24f), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    dl_text(l, geo_rect(r.x + r.w * 0.15f, r.y + r.h * 0.56f, r.w * 0.7f, r.h * 0.2f), sub,
            (int)(r.h * 0.11f), 0, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
}

static void draw(const app_State *a, dl_List *l)
{
    const ply_State *p = &a->player;
    const lvl_Step *st = ply_step(p);
    if (!st)
        return;
    char note[64];
    snprintf(note, sizeof note, _("Step %d of %d"), p->index + 1, p->r->nsteps);
    ui_header(a, l, p->r->title, note, _("\xE2\x80\xB9 Routines"));
    ui_closeup(a, l, a->zone, a->lay.closeup, 0);
    long long t = a->anim_ms; /* stands still while paused, and goes on from there */
    ui_animation(a, l, st->anim, geo_rect_inset(a->lay.closeup, 0.5f * a->lay.u), t);
    dl_unclip(l);
    if (st->seconds > 0)
        ring(a, l);
    card_draw(a, l, st);
    int last = p->index + 1 == p->r->nsteps;
    ui_button(a, l, app_target_of(a, RT_PREV, -1), _("\xE2\x80\xB9 Previous"), 0, p->index > 0);
    ui_button(a, l, app_target_of(a, RT_DO_IT, -1), _("Do it \xE2\x80\xBA"), 1, 1);
    ui_button(a, l, app_target_of(a, RT_PAUSE, -1), p->paused ? _("Resume") : _("Pause"), 0, 1);
    ui_button(a, l, app_target_of(a, RT_SKIP, -1), _("Skip"), 0, st->skippable);
    ui_button(a, l, app_target_of(a, RT_NEXT, -1), last ? _("Finish \xE2\x9C\x93") : _("Next \xE2\x80\xBA"), 1, 1);
}

const scr_Def scr_routine = {
    .name = "routine",
    .back = SCR_ZONE,
    .shows_zone = 1,
    .shows_routine = 1,
    .layout = layout,
    .open = open,
    .close = close,
    .act = act,
    .key = key,
    .tick = tick,
    .animating = animating,
    .deadline = deadline,
    .reloaded = reloaded,
    .draw = draw,
};
