/* test_tween.c - easing curves and keyframe tracks. */
#include "check.h"
#include "core/tween.h"

static tw_Track track3(tw_Ease e1, tw_Ease e2)
{
    tw_Track tr = {.n = 3};
    tr.key[0] = (tw_Key){0.0f, 10.0f, TW_LINEAR};
    tr.key[1] = (tw_Key){0.5f, 20.0f, e1};
    tr.key[2] = (tw_Key){1.0f, 0.0f, e2};
    return tr;
}

static void every_curve_starts_at_zero_and_ends_at_one(void)
{
    for (int e = 0; e < TW_COUNT; e++) {
        CHECK_NEAR(tw_ease((tw_Ease)e, 0), 0, 1e-6);
        CHECK_NEAR(tw_ease((tw_Ease)e, 1), 1, 1e-6);
    }
}

static void every_curve_clamps_its_input(void)
{
    for (int e = 0; e < TW_COUNT; e++) {
        CHECK_NEAR(tw_ease((tw_Ease)e, -3), 0, 1e-6);
        CHECK_NEAR(tw_ease((tw_Ease)e, 7), 1, 1e-6);
        CHECK_NEAR(tw_ease((tw_Ease)e, NAN), 0, 1e-6);
    }
}

static void the_curves_have_their_expected_midpoints(void)
{
    CHECK_NEAR(tw_ease(TW_LINEAR, 0.25f), 0.25, 1e-6);
    CHECK_NEAR(tw_ease(TW_EASE_IN, 0.5f), 0.25, 1e-6);
    CHECK_NEAR(tw_ease(TW_EASE_OUT, 0.5f), 0.75, 1e-6);
    CHECK_NEAR(tw_ease(TW_EASE_IN_OUT, 0.5f), 0.5, 1e-6);
    CHECK_NEAR(tw_ease(TW_EASE_IN_OUT, 0.25f), 0.125, 1e-6);
    CHECK_NEAR(tw_ease(TW_SINE, 0.5f), 0.5, 1e-6);
    CHECK_NEAR(tw_ease(TW_STEP, 0.999f), 0, 1e-6);
}

static void ease_in_starts_slow_and_ease_out_starts_fast(void)
{
    CHECK(tw_ease(TW_EASE_IN, 0.1f) < 0.1f);
    CHECK(tw_ease(TW_EASE_OUT, 0.1f) > 0.1f);
    CHECK(tw_ease(TW_SINE, 0.1f) < 0.1f);
    CHECK(tw_ease(TW_SINE, 0.9f) > 0.9f);
}

static void the_curves_never_go_backwards(void)
{
    for (int e = 0; e < TW_COUNT; e++) {
        float prev = 0;
        for (int i = 0; i <= 100; i++) {
            float v = tw_ease((tw_Ease)e, (float)i / 100);
            CHECK(v >= prev - 1e-6f);
            prev = v;
        }
    }
}

static void ease_names_round_trip(void)
{
    for (int e = 0; e < TW_COUNT; e++)
        CHECK_INT(tw_ease_from_name(tw_ease_name((tw_Ease)e)), e);
    CHECK_INT(tw_ease_from_name("ease-in-out"), TW_EASE_IN_OUT);
    CHECK_STR(tw_ease_name(TW_SINE), "sine");
}

static void an_unknown_ease_name_gives_minus_one(void)
{
    CHECK_INT(tw_ease_from_name("bounce"), -1);
    CHECK_INT(tw_ease_from_name("Linear"), -1);
    CHECK_INT(tw_ease_from_name(""), -1);
    CHECK_INT(tw_ease_from_name(NULL), -1);
    CHECK_STR(tw_ease_name((tw_Ease)99), "linear");
}

static void an_empty_track_gives_the_default(void)
{
    tw_Track tr = {.n = 0};
    CHECK_NEAR(tw_track_eval(&tr, 0.5f, 0.3f), 0.3, 1e-6);
    CHECK_NEAR(tw_track_eval(NULL, 0.5f, 0.7f), 0.7, 1e-6);
}

static void a_single_key_holds_its_value_everywhere(void)
{
    tw_Track tr = {.n = 1};
    tr.key[0] = (tw_Key){0.4f, 2.5f, TW_SINE};
    CHECK_NEAR(tw_track_eval(&tr, 0, 0), 2.5, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 1, 0), 2.5, 1e-6);
}

static void a_track_holds_its_ends_outside_the_keys(void)
{
    tw_Track tr = {.n = 2};
    tr.key[0] = (tw_Key){0.2f, 5, TW_LINEAR};
    tr.key[1] = (tw_Key){0.8f, 8, TW_LINEAR};
    CHECK_NEAR(tw_track_eval(&tr, 0.1f, 0), 5, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.9f, 0), 8, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, -1, 0), 5, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 2, 0), 8, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.5f, 0), 6.5, 1e-5);
}

static void a_track_hits_each_key_value_at_its_time(void)
{
    tw_Track tr = track3(TW_EASE_IN, TW_EASE_OUT);
    CHECK_NEAR(tw_track_eval(&tr, 0, 0), 10, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.5f, 0), 20, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 1, 0), 0, 1e-6);
}

static void a_segment_uses_the_ease_of_its_later_key(void)
{
    tw_Track tr = track3(TW_EASE_IN, TW_LINEAR);
    /* first segment 10 -> 20 eased in: at u = 0.5, 10 + 10 * 0.25 */
    CHECK_NEAR(tw_track_eval(&tr, 0.25f, 0), 12.5, 1e-5);
    /* second segment 20 -> 0 linear: at u = 0.5, 10 */
    CHECK_NEAR(tw_track_eval(&tr, 0.75f, 0), 10, 1e-5);
}

static void a_step_key_jumps_only_when_its_time_comes(void)
{
    tw_Track tr = track3(TW_STEP, TW_STEP);
    CHECK_NEAR(tw_track_eval(&tr, 0.49f, 0), 10, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.5f, 0), 20, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.99f, 0), 20, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 1, 0), 0, 1e-6);
}

static void keys_at_the_same_time_jump_to_the_later_value(void)
{
    tw_Track tr = {.n = 3};
    tr.key[0] = (tw_Key){0.0f, 0, TW_LINEAR};
    tr.key[1] = (tw_Key){0.5f, 1, TW_LINEAR};
    tr.key[2] = (tw_Key){0.5f, 9, TW_LINEAR};
    CHECK_NEAR(tw_track_eval(&tr, 0.25f, 0), 0.5, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.5f, 0), 9, 1e-6);
    CHECK_NEAR(tw_track_eval(&tr, 0.75f, 0), 9, 1e-6);
}

int main(void)
{
    RUN(every_curve_starts_at_zero_and_ends_at_one);
    RUN(every_curve_clamps_its_input);
    RUN(the_curves_have_their_expected_midpoints);
    RUN(ease_in_starts_slow_and_ease_out_starts_fast);
    RUN(the_curves_never_go_backwards);
    RUN(ease_names_round_trip);
    RUN(an_unknown_ease_name_gives_minus_one);
    RUN(an_empty_track_gives_the_default);
    RUN(a_single_key_holds_its_value_everywhere);
    RUN(a_track_holds_its_ends_outside_the_keys);
    RUN(a_track_hits_each_key_value_at_its_time);
    RUN(a_segment_uses_the_ease_of_its_later_key);
    RUN(a_step_key_jumps_only_when_its_time_comes);
    RUN(keys_at_the_same_time_jump_to_the_later_value);
    return check_summary();
}
