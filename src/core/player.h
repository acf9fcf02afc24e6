/* player.h - the routine player's state machine: which step a person is on,
 * what they did or skipped, and the step's countdown, on a clock passed in
 * (now_ms, app milliseconds; never read here).
 *
 * A ply_State borrows its routine (the lvl_Content owns it) and must not
 * outlive it. Every call returns PLY_* flags saying what changed, so the
 * caller can emit events and save progress. */
#ifndef FM_PLAYER_H
#define FM_PLAYER_H

#include "level.h"

typedef enum { PLY_PENDING, PLY_DONE, PLY_SKIPPED } ply_Mark;

enum {
    PLY_CHANGED_STEP = 1,   /* index moved */
    PLY_FINISHED = 2,       /* the last step was completed or skipped */
    PLY_TIMER_ENDED = 4,    /* the current step's countdown reached zero */
    PLY_STEP_COMPLETED = 8  /* a step was marked done or skipped */
};

typedef struct {
    const lvl_Routine *r;
    int index;                 /* current step */
    int paused;                /* by the person: Pause */
    int held;                  /* by the app: the countdown waits (words being spoken, a choice) */
    int finished;
    long long last_ms;         /* clock at the last call */
    long long step_ms;         /* time spent on this step, pauses excluded */
    int timer_ended;           /* countdown of this step reached zero */
    unsigned char mark[LVL_MAX_STEPS];
} ply_State;

void ply_start(ply_State *s, const lvl_Routine *r, long long now_ms);
/* Advances the step clock; ends the countdown and, for advance "timer",
 * completes the step. */
int ply_update(ply_State *s, long long now_ms);
/* Marks the current step done and moves on (finishing after the last). */
int ply_next(ply_State *s, long long now_ms);
/* Marks the current step skipped (only when skippable) and moves on. */
int ply_skip(ply_State *s, long long now_ms);
/* Goes back one step; the earlier step's mark is kept until redone. */
int ply_prev(ply_State *s, long long now_ms);
int ply_set_paused(ply_State *s, int paused, long long now_ms);
/* Holds the countdown (or lets it go) without pausing: the step's time
 * stands still while held, as while paused. */
int ply_set_held(ply_State *s, int held, long long now_ms);

const lvl_Step *ply_step(const ply_State *s);
int ply_count(const ply_State *s, ply_Mark m);
/* The current step's countdown in ms (0 when it has none). */
long long ply_timer_ms(const ply_State *s);
/* Milliseconds left on the countdown (0 when none or ended). */
long long ply_remaining_ms(const ply_State *s);
/* Fraction of the countdown elapsed, 0..1 (0 when the step has no timer). */
float ply_timer_fraction(const ply_State *s);
/* Clock value of the next moment something changes on its own (the next
 * whole second of the countdown), or -1 when nothing will. */
long long ply_next_deadline(const ply_State *s);

#endif
