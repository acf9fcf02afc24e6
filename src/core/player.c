/* player.c - see player.h. The countdown is derived from step_ms, which
 * only grows while the player runs; moving to another step resets it. */
#include "player.h"

#include <string.h>

static void enter_step(ply_State *s, int index)
{
    s->index = index;
    s->step_ms = 0;
    s->timer_ended = 0;
}

void ply_start(ply_State *s, const lvl_Routine *r, long long now_ms)
{
    memset(s, 0, sizeof *s);
    s->r = r;
    s->last_ms = now_ms;
    enter_step(s, 0);
    if (!r || r->nsteps <= 0)
        s->finished = 1;
}

const lvl_Step *ply_step(const ply_State *s)
{
    if (!s->r || s->index < 0 || s->index >= s->r->nsteps)
        return NULL;
    return &s->r->steps[s->index];
}

long long ply_timer_ms(const ply_State *s)
{
    const lvl_Step *st = ply_step(s);
    return st ? (long long)st->seconds * 1000 : 0;
}

static int complete(ply_State *s, ply_Mark m)
{
    int flags = PLY_STEP_COMPLETED;
    s->mark[s->index] = (unsigned char)m;
    if (s->index + 1 >= s->r->nsteps) {
        s->finished = 1;
        return flags | PLY_FINISHED;
    }
    enter_step(s, s->index + 1);
    return flags | PLY_CHANGED_STEP;
}

int ply_update(ply_State *s, long long now_ms)
{
    int flags = 0;
    if (now_ms > s->last_ms && !s->paused && !s->held && !s->finished)
        s->step_ms += now_ms - s->last_ms;
    s->last_ms = now_ms;
    long long t = ply_timer_ms(s);
    if (s->finished || t <= 0 || s->timer_ended || s->step_ms < t)
        return 0;
    s->timer_ended = 1;
    flags |= PLY_TIMER_ENDED;
    if (ply_step(s)->advance == LVL_ADV_TIMER)
        flags |= complete(s, PLY_DONE);
    return flags;
}

int ply_next(ply_State *s, long long now_ms)
{
    int flags = ply_update(s, now_ms);
    if (s->finished || (flags & PLY_CHANGED_STEP))
        return flags;
    return flags | complete(s, PLY_DONE);
}

int ply_skip(ply_State *s, long long now_ms)
{
    int flags = ply_update(s, now_ms);
    if (s->finished || (flags & PLY_CHANGED_STEP) || !ply_step(s)->skippable)
        return flags;
    return flags | complete(s, PLY_SKIPPED);
}

int ply_prev(ply_State *s, long long now_ms)
{
    int flags = ply_update(s, now_ms);
    if (s->finished || s->index == 0)
        return flags;
    enter_step(s, s->index - 1);
    return flags | PLY_CHANGED_STEP;
}

int ply_set_paused(ply_State *s, int paused, long long now_ms)
{
    int flags = ply_update(s, now_ms);
    s->paused = paused ? 1 : 0;
    return flags;
}

int ply_set_held(ply_State *s, int held, long long now_ms)
{
    int flags = ply_update(s, now_ms);
    s->held = held ? 1 : 0;
    return flags;
}

int ply_count(const ply_State *s, ply_Mark m)
{
    int n = 0;
    for (int i = 0; s->r && i < s->r->nsteps; i++)
        n += s->mark[i] == m;
    return n;
}

long long ply_remaining_ms(const ply_State *s)
{
    long long t = ply_timer_ms(s);
    if (t <= 0 || s->timer_ended || s->finished)
        return 0;
    return t - s->step_ms;
}

float ply_timer_fraction(const ply_State *s)
{
    long long t = ply_timer_ms(s);
    if (t <= 0)
        return 0.0f;
    if (s->timer_ended)
        return 1.0f;
    return (float)s->step_ms / (float)t;
}

long long ply_next_deadline(const ply_State *s)
{
    long long left = ply_remaining_ms(s);
    if (s->paused || s->held || left <= 0)
        return -1;
    long long into_second = left % 1000;
    return s->last_ms + (into_second ? into_second : 1000);
}
