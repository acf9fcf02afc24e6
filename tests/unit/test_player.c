/* test_player.c - the routine player (player.c): start, next, skip and
 * prev with the marks they leave, the countdown on the clock passed in
 * (pauses excluded), the end of a timer on a manual step and on a step
 * that moves on by itself, finishing, ply_next_deadline, and a shipped
 * routine (levels/nose.json) played from start to finish.
 *
 * ROUTINE has four steps:
 *   0 wet    no timer  manual  skippable
 *   1 rub    30 s      manual  skippable
 *   2 rinse  10 s      timer   not skippable
 *   3 dry    5 s       manual  not skippable (the last) */
#include "check.h"

#include <stdlib.h>

#include "core/player.h"
#include "platform/fio.h"

static lvl_Step STEPS[] = {
    {.id = "wet", .seconds = 0, .advance = LVL_ADV_MANUAL, .skippable = 1},
    {.id = "rub", .seconds = 30, .advance = LVL_ADV_MANUAL, .skippable = 1},
    {.id = "rinse", .seconds = 10, .advance = LVL_ADV_TIMER, .skippable = 0},
    {.id = "dry", .seconds = 5, .advance = LVL_ADV_MANUAL, .skippable = 0},
};
static const lvl_Routine ROUTINE = {.id = "wash", .steps = STEPS, .nsteps = 4};

/* Two steps, the last one skippable. */
static lvl_Step SHORT_STEPS[] = {
    {.id = "look", .seconds = 0, .advance = LVL_ADV_MANUAL, .skippable = 0},
    {.id = "extra", .seconds = 0, .advance = LVL_ADV_MANUAL, .skippable = 1},
};
static const lvl_Routine SHORT = {.id = "short", .steps = SHORT_STEPS, .nsteps = 2};

#define T0 1000000LL /* the app clock at the start; any value will do */

/* Starts ROUTINE at T0 and moves to step index with next at T0. */
static void start_at(ply_State *s, int index)
{
    ply_start(s, &ROUTINE, T0);
    for (int i = 0; i < index; i++)
        ply_next(s, T0);
    CHECK_INT(s->index, index);
}

/* Moves the clock to now and gives the countdown's milliseconds left. */
static long long remaining_at(ply_State *s, long long now)
{
    ply_update(s, now);
    return ply_remaining_ms(s);
}

static void starting_puts_the_person_on_the_first_step_with_nothing_marked(void)
{
    ply_State s;
    memset(&s, 0xff, sizeof s); /* start must not rely on a zeroed state */
    ply_start(&s, &ROUTINE, T0);
    CHECK_INT(s.index, 0);
    CHECK(ply_step(&s) == &STEPS[0]);
    CHECK_INT(s.finished, 0);
    CHECK_INT(s.paused, 0);
    CHECK_INT(s.timer_ended, 0);
    CHECK_INT(ply_count(&s, PLY_PENDING), 4);
    CHECK_INT(ply_count(&s, PLY_DONE), 0);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), 0);
}

static void an_empty_or_missing_routine_is_finished_from_the_start(void)
{
    lvl_Routine empty = {.id = "empty", .steps = NULL, .nsteps = 0};
    ply_State s;
    ply_start(&s, &empty, T0);
    CHECK_INT(s.finished, 1);
    CHECK(ply_step(&s) == NULL);
    CHECK_INT(ply_count(&s, PLY_PENDING), 0);
    CHECK_INT(ply_next(&s, T0 + 10), 0);
    CHECK_INT(ply_skip(&s, T0 + 10), 0);
    CHECK_INT(ply_prev(&s, T0 + 10), 0);
    CHECK_INT(ply_next_deadline(&s), -1);

    ply_start(&s, NULL, T0);
    CHECK_INT(s.finished, 1);
    CHECK(ply_step(&s) == NULL);
    CHECK_INT(ply_count(&s, PLY_PENDING), 0);
    CHECK_INT(ply_update(&s, T0 + 5000), 0);
    CHECK_INT(ply_next(&s, T0 + 5000), 0);
    CHECK_INT(ply_remaining_ms(&s), 0);
    CHECK_NEAR(ply_timer_fraction(&s), 0.0, 1e-6);
}

static void next_marks_the_step_done_and_moves_on(void)
{
    ply_State s;
    ply_start(&s, &ROUTINE, T0);
    CHECK_INT(ply_next(&s, T0 + 100), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 1);
    CHECK(ply_step(&s) == &STEPS[1]);
    CHECK_INT(s.mark[0], PLY_DONE);
    CHECK_INT(s.mark[1], PLY_PENDING);
    CHECK_INT(ply_count(&s, PLY_DONE), 1);
    CHECK_INT(ply_count(&s, PLY_PENDING), 3);
}

static void skip_marks_a_skippable_step_skipped_and_moves_on(void)
{
    ply_State s;
    ply_start(&s, &ROUTINE, T0);
    CHECK_INT(ply_skip(&s, T0), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 1);
    CHECK_INT(s.mark[0], PLY_SKIPPED);
    CHECK_INT(ply_skip(&s, T0), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 2);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), 2);
    CHECK_INT(ply_count(&s, PLY_DONE), 0);
}

static void skip_does_nothing_on_a_step_that_cannot_be_skipped(void)
{
    ply_State s;
    start_at(&s, 2);
    CHECK_INT(ply_skip(&s, T0 + 1000), 0);
    CHECK_INT(s.index, 2);
    CHECK_INT(s.mark[2], PLY_PENDING);
    CHECK_INT(s.finished, 0);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), 0);
    /* the countdown went on all the same */
    CHECK_INT(ply_remaining_ms(&s), 9000);
}

static void prev_goes_back_one_step_and_keeps_its_mark_until_redone(void)
{
    ply_State s;
    ply_start(&s, &ROUTINE, T0);
    ply_next(&s, T0);
    ply_skip(&s, T0);
    CHECK_INT(s.index, 2);
    CHECK_INT(ply_prev(&s, T0), PLY_CHANGED_STEP);
    CHECK_INT(s.index, 1);
    CHECK_INT(s.mark[1], PLY_SKIPPED);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), 1);
    CHECK_INT(ply_prev(&s, T0), PLY_CHANGED_STEP);
    CHECK_INT(s.index, 0);
    CHECK_INT(s.mark[0], PLY_DONE);
    CHECK_INT(ply_skip(&s, T0), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.mark[0], PLY_SKIPPED);
    CHECK_INT(ply_next(&s, T0), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.mark[1], PLY_DONE);
    CHECK_INT(ply_count(&s, PLY_DONE), 1);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), 1);
    CHECK_INT(ply_count(&s, PLY_PENDING), 2);
}

static void prev_on_the_first_step_does_nothing(void)
{
    ply_State s;
    ply_start(&s, &ROUTINE, T0);
    CHECK_INT(ply_prev(&s, T0 + 500), 0);
    CHECK_INT(s.index, 0);
    CHECK_INT(s.finished, 0);
}

static void the_countdown_follows_the_clock_passed_in(void)
{
    ply_State s;
    start_at(&s, 1);
    CHECK_INT(ply_remaining_ms(&s), 30000);
    CHECK_NEAR(ply_timer_fraction(&s), 0.0, 1e-6);
    CHECK_INT(ply_update(&s, T0 + 10000), 0);
    CHECK_INT(ply_remaining_ms(&s), 20000);
    CHECK_NEAR(ply_timer_fraction(&s), 1.0 / 3.0, 1e-5);
    CHECK_INT(ply_update(&s, T0 + 29999), 0);
    CHECK_INT(ply_remaining_ms(&s), 1);
    CHECK_INT(s.timer_ended, 0);
}

static void a_step_without_a_timer_has_no_countdown(void)
{
    ply_State s;
    ply_start(&s, &ROUTINE, T0);
    CHECK_INT(ply_update(&s, T0 + 3600000), 0);
    CHECK_INT(ply_remaining_ms(&s), 0);
    CHECK_NEAR(ply_timer_fraction(&s), 0.0, 1e-6);
    CHECK_INT(s.timer_ended, 0);
    CHECK_INT(s.index, 0);
    CHECK_INT(ply_next_deadline(&s), -1);
}

static void a_pause_stops_the_countdown(void)
{
    ply_State s;
    start_at(&s, 1);
    CHECK_INT(ply_set_paused(&s, 1, T0 + 10000), 0);
    CHECK_INT(s.paused, 1);
    CHECK_INT(ply_update(&s, T0 + 500000), 0);
    CHECK_INT(ply_remaining_ms(&s), 20000);
    CHECK_INT(s.timer_ended, 0);
    CHECK_INT(ply_next_deadline(&s), -1);
}

static void after_resume_the_countdown_goes_on_from_where_it_stopped(void)
{
    ply_State s;
    start_at(&s, 1);
    ply_set_paused(&s, 1, T0 + 10000);
    CHECK_INT(ply_set_paused(&s, 0, T0 + 500000), 0);
    CHECK_INT(s.paused, 0);
    CHECK_INT(ply_remaining_ms(&s), 20000);
    CHECK_INT(remaining_at(&s, T0 + 505000), 15000);
    /* the countdown ends 20 s of running time after the pause, not before */
    CHECK_INT(ply_update(&s, T0 + 519999), 0);
    CHECK_INT(ply_update(&s, T0 + 520000), PLY_TIMER_ENDED);
}

static void pausing_a_paused_player_loses_no_time(void)
{
    ply_State s;
    start_at(&s, 1);
    ply_set_paused(&s, 1, T0 + 1000);
    ply_set_paused(&s, 1, T0 + 9000);
    ply_set_paused(&s, 0, T0 + 20000);
    ply_set_paused(&s, 0, T0 + 21000);
    CHECK_INT(ply_remaining_ms(&s), 28000);
}

static void a_clock_that_goes_back_neither_adds_nor_removes_time(void)
{
    ply_State s;
    start_at(&s, 1);
    ply_update(&s, T0 + 10000);
    CHECK_INT(ply_update(&s, T0 + 4000), 0);
    CHECK_INT(ply_remaining_ms(&s), 20000);
    CHECK_INT(remaining_at(&s, T0 + 6000), 18000);
}

static void the_end_of_a_manual_steps_timer_is_flagged_once_and_the_step_stays(void)
{
    ply_State s;
    start_at(&s, 1);
    CHECK_INT(ply_update(&s, T0 + 30000), PLY_TIMER_ENDED);
    CHECK_INT(s.timer_ended, 1);
    CHECK_INT(s.index, 1);
    CHECK_INT(s.mark[1], PLY_PENDING);
    CHECK_INT(ply_remaining_ms(&s), 0);
    CHECK_NEAR(ply_timer_fraction(&s), 1.0, 1e-6);
    CHECK_INT(ply_next_deadline(&s), -1);
    CHECK_INT(ply_update(&s, T0 + 40000), 0);
    CHECK_INT(ply_next(&s, T0 + 41000), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.mark[1], PLY_DONE);
}

static void a_timer_step_moves_on_by_itself_when_its_time_is_up(void)
{
    ply_State s;
    start_at(&s, 2);
    CHECK_INT(ply_update(&s, T0 + 9999), 0);
    CHECK_INT(s.index, 2);
    CHECK_INT(ply_update(&s, T0 + 10000), PLY_TIMER_ENDED | PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 3);
    CHECK_INT(s.mark[2], PLY_DONE);
    /* the next step starts its own countdown, whole, and not ended */
    CHECK_INT(s.timer_ended, 0);
    CHECK_INT(ply_remaining_ms(&s), 5000);
}

static void a_late_update_ends_a_timer_step_and_starts_the_next_countdown_from_then(void)
{
    ply_State s;
    start_at(&s, 2);
    CHECK_INT(ply_update(&s, T0 + 25000), PLY_TIMER_ENDED | PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 3);
    CHECK_INT(ply_remaining_ms(&s), 5000);
    CHECK_INT(remaining_at(&s, T0 + 26000), 4000);
}

static void next_when_a_timer_step_has_just_run_out_completes_only_that_step(void)
{
    ply_State s;
    start_at(&s, 2);
    CHECK_INT(ply_next(&s, T0 + 10000), PLY_TIMER_ENDED | PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 3);
    CHECK_INT(s.mark[3], PLY_PENDING);
    CHECK_INT(s.finished, 0);
}

static void next_on_a_timer_step_before_its_time_completes_it_early(void)
{
    ply_State s;
    start_at(&s, 2);
    CHECK_INT(ply_next(&s, T0 + 3000), PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 3);
    CHECK_INT(s.mark[2], PLY_DONE);
    CHECK_INT(ply_remaining_ms(&s), 5000);
}

static void a_paused_timer_step_does_not_move_on(void)
{
    ply_State s;
    start_at(&s, 2);
    ply_set_paused(&s, 1, T0 + 4000);
    CHECK_INT(ply_update(&s, T0 + 60000), 0);
    CHECK_INT(s.index, 2);
    ply_set_paused(&s, 0, T0 + 60000);
    CHECK_INT(ply_update(&s, T0 + 65999), 0);
    CHECK_INT(ply_update(&s, T0 + 66000), PLY_TIMER_ENDED | PLY_STEP_COMPLETED | PLY_CHANGED_STEP);
    CHECK_INT(s.index, 3);
}

static void going_back_starts_the_earlier_steps_countdown_again(void)
{
    ply_State s;
    start_at(&s, 1);
    ply_update(&s, T0 + 30000); /* step 1's timer ends */
    ply_next(&s, T0 + 31000);
    CHECK_INT(ply_prev(&s, T0 + 32000), PLY_CHANGED_STEP);
    CHECK_INT(s.index, 1);
    CHECK_INT(s.timer_ended, 0);
    CHECK_INT(ply_remaining_ms(&s), 30000);
    CHECK_INT(remaining_at(&s, T0 + 42000), 20000);
}

static void next_on_the_last_step_finishes(void)
{
    ply_State s;
    start_at(&s, 3);
    CHECK_INT(ply_next(&s, T0 + 1000), PLY_STEP_COMPLETED | PLY_FINISHED);
    CHECK_INT(s.finished, 1);
    CHECK_INT(s.index, 3);
    CHECK_INT(s.mark[3], PLY_DONE);
    CHECK_INT(ply_count(&s, PLY_DONE), 4);
    CHECK_INT(ply_count(&s, PLY_PENDING), 0);
}

static void a_finished_player_ignores_every_call(void)
{
    ply_State s;
    start_at(&s, 3);
    ply_next(&s, T0);
    CHECK_INT(ply_next(&s, T0 + 1000), 0);
    CHECK_INT(ply_skip(&s, T0 + 2000), 0);
    CHECK_INT(ply_prev(&s, T0 + 3000), 0);
    CHECK_INT(ply_update(&s, T0 + 60000), 0);
    CHECK_INT(ply_set_paused(&s, 1, T0 + 61000), 0);
    CHECK_INT(s.index, 3);
    CHECK_INT(s.finished, 1);
    CHECK_INT(ply_count(&s, PLY_DONE), 4);
    CHECK_INT(ply_remaining_ms(&s), 0);
    CHECK_INT(ply_next_deadline(&s), -1);
}

static void skipping_the_last_step_finishes_too(void)
{
    ply_State s;
    ply_start(&s, &SHORT, T0);
    CHECK_INT(ply_skip(&s, T0), 0); /* the first step cannot be skipped */
    ply_next(&s, T0);
    CHECK_INT(ply_skip(&s, T0), PLY_STEP_COMPLETED | PLY_FINISHED);
    CHECK_INT(s.finished, 1);
    CHECK_INT(ply_count(&s, PLY_DONE), 1);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), 1);
}

static void a_timer_step_that_is_the_last_finishes_by_itself(void)
{
    lvl_Step one = {.id = "hold", .seconds = 3, .advance = LVL_ADV_TIMER};
    lvl_Routine r = {.id = "hold", .steps = &one, .nsteps = 1};
    ply_State s;
    ply_start(&s, &r, T0);
    CHECK_INT(ply_update(&s, T0 + 3000), PLY_TIMER_ENDED | PLY_STEP_COMPLETED | PLY_FINISHED);
    CHECK_INT(s.finished, 1);
    CHECK_INT(s.mark[0], PLY_DONE);
}

static void the_next_deadline_is_the_next_whole_second_of_the_countdown(void)
{
    ply_State s;
    start_at(&s, 1);
    CHECK_INT(ply_next_deadline(&s), T0 + 1000);
    ply_update(&s, T0 + 250);
    CHECK_INT(ply_next_deadline(&s), T0 + 1000);
    ply_update(&s, T0 + 999);
    CHECK_INT(ply_next_deadline(&s), T0 + 1000);
    ply_update(&s, T0 + 1000);
    CHECK_INT(ply_next_deadline(&s), T0 + 2000);
    ply_update(&s, T0 + 29400);
    CHECK_INT(ply_next_deadline(&s), T0 + 30000); /* the end of the countdown */
}

static void the_next_deadline_after_a_pause_counts_running_time_only(void)
{
    ply_State s;
    start_at(&s, 1);
    ply_set_paused(&s, 1, T0 + 400); /* 29.6 s left */
    ply_set_paused(&s, 0, T0 + 10000);
    CHECK_INT(ply_next_deadline(&s), T0 + 10600);
}

static void a_shipped_routine_plays_from_start_to_finish(void)
{
    char path[512], err[256];
    size_t len = 0;
    static prb_List p;
    lvl_Content c = {0};
    snprintf(path, sizeof path, "%s/nose.json", FM_SOURCE_LEVELS);
    char *text = fio_read_all(path, LVL_MAX_FILE, &len, err, sizeof err);
    CHECK(text != NULL);
    if (!text)
        return;
    prb_clear(&p);
    CHECK_INT(lvl_parse_routine(&c, "nose.json", text, len, NULL, NULL, &p), 0);
    free(text);
    CHECK_INT(c.nroutines, 1);
    if (c.nroutines != 1 || c.routines[0].nsteps < 1) {
        lvl_free(&c);
        return;
    }
    const lvl_Routine *r = &c.routines[0];
    ply_State s;
    long long now = T0;
    int skippable = 0, timed = 0;
    ply_start(&s, r, now);
    for (int i = 0; i < r->nsteps; i++) {
        const lvl_Step *st = ply_step(&s);
        CHECK(st == &r->steps[i]);
        if (!st)
            break;
        CHECK_INT(ply_remaining_ms(&s), st->seconds * 1000LL);
        int flags;
        if (st->advance == LVL_ADV_TIMER) {
            timed++;
            now += st->seconds * 1000LL;
            flags = ply_update(&s, now); /* moves on by itself */
            CHECK(flags & PLY_TIMER_ENDED);
        } else if (st->skippable) {
            skippable++;
            flags = ply_skip(&s, ++now);
        } else {
            flags = ply_next(&s, ++now);
        }
        CHECK(flags & PLY_STEP_COMPLETED);
        CHECK_INT(!!(flags & PLY_FINISHED), i == r->nsteps - 1);
    }
    CHECK_INT(s.finished, 1);
    CHECK_INT(ply_count(&s, PLY_SKIPPED), skippable);
    CHECK_INT(ply_count(&s, PLY_DONE), r->nsteps - skippable);
    CHECK_INT(ply_count(&s, PLY_PENDING), 0);
    CHECK(timed > 0); /* the file still has a step that moves on by itself */
    lvl_free(&c);
}

int main(void)
{
    RUN(starting_puts_the_person_on_the_first_step_with_nothing_marked);
    RUN(an_empty_or_missing_routine_is_finished_from_the_start);
    RUN(next_marks_the_step_done_and_moves_on);
    RUN(skip_marks_a_skippable_step_skipped_and_moves_on);
    RUN(skip_does_nothing_on_a_step_that_cannot_be_skipped);
    RUN(prev_goes_back_one_step_and_keeps_its_mark_until_redone);
    RUN(prev_on_the_first_step_does_nothing);
    RUN(the_countdown_follows_the_clock_passed_in);
    RUN(a_step_without_a_timer_has_no_countdown);
    RUN(a_pause_stops_the_countdown);
    RUN(after_resume_the_countdown_goes_on_from_where_it_stopped);
    RUN(pausing_a_paused_player_loses_no_time);
    RUN(a_clock_that_goes_back_neither_adds_nor_removes_time);
    RUN(the_end_of_a_manual_steps_timer_is_flagged_once_and_the_step_stays);
    RUN(a_timer_step_moves_on_by_itself_when_its_time_is_up);
    RUN(a_late_update_ends_a_timer_step_and_starts_the_next_countdown_from_then);
    RUN(next_when_a_timer_step_has_just_run_out_completes_only_that_step);
    RUN(next_on_a_timer_step_before_its_time_completes_it_early);
    RUN(a_paused_timer_step_does_not_move_on);
    RUN(going_back_starts_the_earlier_steps_countdown_again);
    RUN(next_on_the_last_step_finishes);
    RUN(a_finished_player_ignores_every_call);
    RUN(skipping_the_last_step_finishes_too);
    RUN(a_timer_step_that_is_the_last_finishes_by_itself);
    RUN(the_next_deadline_is_the_next_whole_second_of_the_countdown);
    RUN(the_next_deadline_after_a_pause_counts_running_time_only);
    RUN(a_shipped_routine_plays_from_start_to_finish);
    return check_summary();
}
