/* test_routine.c - the player screen (scr_routine.c) with the settings
 * that change it: the sound cues it gives (a step starts, the last three
 * seconds, the timer ends, the routine is done) and only where sound is
 * on; hands-free advance (a timed step goes on 3 s after its timer, paused
 * or not; a step without a timer goes on with a tap on the picture or any
 * key but the navigation keys; a cautioned step waits for Do it or Skip
 * and never starts by itself). Real content: the gentle nose cleanse
 * (timers of 20, 20 and 10 s, then two steps without one) and the nose
 * clean-out (its first step cautioned). */
#include "drive.h"

/* Opens the nose and starts routine id with these settings. */
static void play(const char *id, int sound, int hands_free)
{
    start(&content, 800, 600, 0);
    set_defaults(&app.settings);
    app.settings.sound = sound;
    app.settings.hands_free = hands_free;
    tap("zone:nose");
    char name[APP_NAME];
    snprintf(name, sizeof name, "routine:%s", id);
    tap(name);
    CHECK_INT(app.screen, SCR_ROUTINE);
}

static int step_now(void)
{
    return app.player.index + 1;
}

static void cues_mark_each_step_the_last_three_seconds_and_the_end_of_a_timer(void)
{
    play("gentle-nose-cleanse", 1, 0);
    CHECK_INT(seen("\"cue\":\"step\""), 1);
    forget();
    wait_ms(16900);
    CHECK_INT(seen("\"cue\":\"tick\""), 0);
    wait_ms(100); /* 3 s left */
    CHECK_INT(seen("\"cue\":\"tick\""), 1);
    wait_ms(2000);
    CHECK_INT(seen("\"cue\":\"tick\""), 3);
    CHECK_INT(seen("\"cue\":\"end\""), 0);
    wait_ms(1000);
    CHECK_INT(seen("\"cue\":\"end\""), 1);
    CHECK_INT(seen("\"event\":\"timer_end\""), 1);
    CHECK_INT(seen("\"cue\":\"tick\""), 3);
    CHECK_INT(step_now(), 1); /* not hands-free: it waits for Next */
    forget();
    key(KEY_RIGHT);
    CHECK_INT(seen("\"cue\":\"step\""), 1);
    CHECK(has(last_json(EV_CUE), "\"routine\":\"gentle-nose-cleanse\""));
}

static void a_paused_countdown_does_not_tick(void)
{
    play("gentle-nose-cleanse", 1, 0);
    wait_ms(16000);
    key(KEY_SPACE);
    forget();
    wait_ms(10000);
    CHECK_INT(seen("\"cue\":"), 0);
    key(KEY_SPACE);
    wait_ms(1000);
    CHECK_INT(seen("\"cue\":\"tick\""), 1);
}

static void the_whole_routine_ends_with_the_done_cue(void)
{
    play("gentle-nose-cleanse", 1, 0);
    for (int i = 0; i < 5; i++)
        tap("next");
    CHECK_INT(app.screen, SCR_DONE);
    CHECK_INT(seen("\"cue\":\"done\""), 1);
    CHECK_INT(seen("\"cue\":\"step\""), 5);
}

static void with_sound_off_there_are_no_cues(void)
{
    play("gentle-nose-cleanse", 0, 1);
    wait_ms(60000);
    for (int i = 0; i < 3; i++)
        key(KEY_PAGEDOWN);
    CHECK_INT(app.screen, SCR_DONE);
    CHECK_INT(seen("\"cue\":"), 0);
}

static void hands_free_a_timed_step_goes_on_three_seconds_after_its_timer(void)
{
    play("gentle-nose-cleanse", 1, 1);
    wait_ms(20000);
    CHECK_INT(seen("\"event\":\"timer_end\""), 1);
    CHECK_INT(step_now(), 1);
    CHECK(app_next_deadline(&app) == now + 3000);
    wait_ms(2900);
    CHECK_INT(step_now(), 1);
    wait_ms(100);
    CHECK_INT(step_now(), 2);
    CHECK(has(last_json(EV_STEP), "\"index\":2"));
    wait_ms(23000);
    CHECK_INT(step_now(), 3);
    wait_ms(13000);
    CHECK_INT(step_now(), 4); /* pat dry: no timer, it waits */
    wait_ms(60000);
    CHECK_INT(step_now(), 4);
    CHECK(app_next_deadline(&app) < 0);
}

static void hands_free_a_pause_holds_the_lead_in(void)
{
    play("gentle-nose-cleanse", 0, 1);
    wait_ms(21000);
    key(KEY_SPACE); /* pause, a second into the lead-in */
    CHECK(has(last_json(EV_PAUSE), "\"event\":\"pause\""));
    wait_ms(30000);
    CHECK_INT(step_now(), 1);
    key(KEY_SPACE);
    wait_ms(1900);
    CHECK_INT(step_now(), 1);
    wait_ms(100);
    CHECK_INT(step_now(), 2);
}

static void without_hands_free_a_timer_end_waits_for_next(void)
{
    play("gentle-nose-cleanse", 0, 0);
    wait_ms(60000);
    CHECK_INT(step_now(), 1);
    CHECK(app_find_target(&app, "picture") < 0);
    key(KEY_PAGEDOWN);
    CHECK_INT(step_now(), 1);
}

static void hands_free_a_step_without_a_timer_goes_on_with_a_tap_on_the_picture_or_a_key(void)
{
    play("gentle-nose-cleanse", 0, 1);
    wait_ms(20000 + 3000 + 20000 + 3000 + 10000 + 3000);
    CHECK_INT(step_now(), 4);
    CHECK(app_find_target(&app, "picture") >= 0);
    key(KEY_TAB); /* moves the focus: does not go on */
    key(KEY_UP);
    key(KEY_ESCAPE);
    CHECK_INT(app.screen, SCR_ZONE); /* Escape goes back, as everywhere */
    play("gentle-nose-cleanse", 0, 1);
    wait_ms(20000 + 3000 + 20000 + 3000 + 10000 + 3000);
    key(KEY_PAGEUP); /* a remote's "back": never forward */
    key(KEY_HOME);
    CHECK_INT(step_now(), 4);
    tap("picture");
    CHECK_INT(step_now(), 5);
    key(KEY_OTHER); /* a foot pedal that sends a letter */
    CHECK_INT(app.screen, SCR_DONE);
}

static void while_a_timer_runs_the_picture_is_no_target_and_space_still_pauses(void)
{
    play("gentle-nose-cleanse", 0, 1);
    wait_ms(1000);
    CHECK(app_find_target(&app, "picture") < 0);
    key(KEY_SPACE);
    CHECK(app.player.paused);
    CHECK_INT(step_now(), 1);
}

/* The nose routine at its squeeze step, the first with a caution (after
 * washing the hands), reached by a tap on Next. */
static void squeeze_step(int hands_free)
{
    play("nose-clean-out", 0, hands_free);
    tap("next");
    CHECK_INT(step_now(), 2);
    CHECK(app.player.r->steps[1].caution != NULL);
}

static void a_choice_is_made_with_return_only_once_the_focus_shows(void)
{
    squeeze_step(1);
    key(KEY_RETURN);
    CHECK(app.choice && app.focus_visible); /* the first shows Do it */
    key(KEY_RETURN);
    CHECK(!app.choice && !app.player.held);
    CHECK_INT(step_now(), 2);
}

static void hands_free_a_cautioned_step_waits_for_do_it_or_skip(void)
{
    squeeze_step(1);
    CHECK_INT(step_now(), 2);
    CHECK(app.choice);
    CHECK(app_find_target(&app, "do-it") >= 0 && app_find_target(&app, "next") < 0);
    CHECK(app_find_target(&app, "picture") < 0);
    CHECK(app.focus == app_find_target(&app, "do-it"));
    wait_ms(120000);
    key(KEY_PAGEDOWN);
    key(KEY_SPACE);
    key(KEY_RIGHT);
    CHECK_INT(step_now(), 2); /* never by itself, nor by any key */
    CHECK_INT(seen("\"event\":\"pause\""), 0);
    tap("do-it");
    CHECK(!app.choice && !app.player.paused);
    CHECK(app_find_target(&app, "picture") >= 0); /* it has no timer: now it waits like any other */
    key(KEY_PAGEDOWN);
    CHECK_INT(step_now(), 3);
    squeeze_step(1);
    tap("skip");
    CHECK_INT(step_now(), 3);
    CHECK(has(last_json(EV_SKIP), "\"event\":\"skip\""));
}

static void without_hands_free_a_cautioned_step_is_played_as_before(void)
{
    squeeze_step(0);
    CHECK(!app.choice);
    CHECK(app_find_target(&app, "next") >= 0 && app_find_target(&app, "do-it") < 0);
    tap("next");
    CHECK_INT(step_now(), 3);
}

int main(void)
{
    if (load_real() != 0)
        return 1;
    RUN(cues_mark_each_step_the_last_three_seconds_and_the_end_of_a_timer);
    RUN(a_paused_countdown_does_not_tick);
    RUN(the_whole_routine_ends_with_the_done_cue);
    RUN(with_sound_off_there_are_no_cues);
    RUN(hands_free_a_timed_step_goes_on_three_seconds_after_its_timer);
    RUN(hands_free_a_pause_holds_the_lead_in);
    RUN(without_hands_free_a_timer_end_waits_for_next);
    RUN(hands_free_a_step_without_a_timer_goes_on_with_a_tap_on_the_picture_or_a_key);
    RUN(while_a_timer_runs_the_picture_is_no_target_and_space_still_pauses);
    RUN(hands_free_a_cautioned_step_waits_for_do_it_or_skip);
    RUN(a_choice_is_made_with_return_only_once_the_focus_shows);
    RUN(without_hands_free_a_cautioned_step_is_played_as_before);
    return unload_real();
}
