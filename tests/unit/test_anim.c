/* test_anim.c - animation presets (anim.c): parsing assets/animations.json
 * with exact problem lines, and poses over time (looping and holding).
 * JSON is written inline with single quotes; J() makes them double.
 * Problem lists are static: a prb_List is large (problems.h). */
#include "check.h"
#include "quotes.h"

#include <stdlib.h>

#include "core/anim.h"
#include "core/level.h"


static int parse(anim_Set *s, prb_List *p, const char *single_quoted)
{
    const char *t = J(single_quoted);
    prb_clear(p);
    return anim_parse(s, "animations.json", t, strlen(t), p);
}

#define GOOD                                                                                   \
    "{'kind': 'animations', 'animations': ["                                                   \
    "{'id': 'circle-rub', 'label': 'small circles', 'duration_ms': 1000, 'loop': true, "       \
    " 'layers': [{'sprite': 'fingertip', 'x': [[0, 0], [1, 1]], "                              \
    "  'y': [[0, 0.4], [0.5, 0.6, 'ease-in-out'], [1, 0.4, 'sine']]}]}, "                       \
    "{'id': 'press', 'duration_ms': 2000, 'loop': false, "                                     \
    " 'layers': [{'sprite': 'thumb', 'alpha': [[0, 0], [0.5, 1]]}, {'sprite': 'tissue'}]}]}"
/* One preset whose only layer has the given x track. */
#define WITH_X(track) "{'kind': 'animations', 'animations': [{'id': 'a', 'duration_ms': 100, " \
                      "'layers': [{'sprite': 's', 'x': " track "}]}]}"

static void expect_one(const char *single_quoted, const char *line)
{
    anim_Set s = {0};
    static prb_List p;
    CHECK_INT(parse(&s, &p, single_quoted), 1);
    CHECK_INT(p.count, 1);
    CHECK_STR(p.line[0], line);
    CHECK_INT(s.n, 0); /* the preset with the problem is left out */
    anim_free(&s);
}

static void a_clean_presets_file_parses_its_tracks(void)
{
    anim_Set s = {0};
    static prb_List p;
    CHECK_INT(parse(&s, &p, GOOD), 0);
    CHECK_INT(s.n, 2);
    const anim_Preset *a = &s.p[0];
    CHECK_STR(a->id, "circle-rub");
    CHECK_STR(a->label, "small circles");
    CHECK_INT(a->duration_ms, 1000);
    CHECK_INT(a->loop, 1);
    CHECK_INT(a->nlayers, 1);
    CHECK_STR(a->layer[0].sprite, "fingertip");
    CHECK_INT(a->layer[0].x.n, 2);
    CHECK_INT(a->layer[0].y.n, 3);
    CHECK_INT(a->layer[0].y.key[0].ease, TW_LINEAR);
    CHECK_INT(a->layer[0].y.key[1].ease, TW_EASE_IN_OUT);
    CHECK_INT(a->layer[0].y.key[2].ease, TW_SINE);
    CHECK_NEAR(a->layer[0].y.key[1].v, 0.6, 1e-6);
    CHECK_INT(a->layer[0].scale.n, 0);
    CHECK(s.p[1].label == NULL);
    CHECK_INT(s.p[1].loop, 0);
    CHECK_INT(s.p[1].nlayers, 2);
    anim_free(&s);
    CHECK_INT(s.n, 0);
}

static void keyframes_out_of_order_are_reported(void)
{
    expect_one(WITH_X("[[0, 0], [0.5, 1], [0.25, 0]]"),
               "animations.json: /animations/0/layers/0/x/2/0: keyframes must be sorted by t "
               "(the one before is at 0.5)");
}

static void an_unknown_ease_is_reported_with_the_known_ones(void)
{
    expect_one(WITH_X("[[0, 0], [1, 1, 'bounce']]"),
               "animations.json: /animations/0/layers/0/x/1/2: unknown ease \"bounce\" "
               "(one of linear, ease-in, ease-out, ease-in-out, step, sine)");
}

static void a_keyframe_t_outside_0_to_1_is_reported(void)
{
    expect_one(WITH_X("[[0, 0], [1.5, 1]]"),
               "animations.json: /animations/0/layers/0/x/1/0: must be between 0 and 1");
}

static void more_than_16_keyframes_are_reported(void)
{
    expect_one(WITH_X("[[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],"
                      "[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[1,0]]"),
               "animations.json: /animations/0/layers/0/x: must have 1 to 16 items");
    expect_one(WITH_X("[]"), "animations.json: /animations/0/layers/0/x: must have 1 to 16 items");
}

static void a_keyframe_that_is_not_t_value_is_reported(void)
{
    expect_one(WITH_X("[[0]]"), "animations.json: /animations/0/layers/0/x/0: "
                                "must be [t, value] or [t, value, \"ease\"]");
    expect_one(WITH_X("[[0, 1], 1]"), "animations.json: /animations/0/layers/0/x/1: "
                                 "must be [t, value] or [t, value, \"ease\"]");
}

static void alpha_outside_0_to_1_is_reported(void)
{
    expect_one("{'kind': 'animations', 'animations': [{'id': 'a', 'duration_ms': 100, "
               "'layers': [{'sprite': 's', 'alpha': [[0, 2]]}]}]}",
               "animations.json: /animations/0/layers/0/alpha/0/1: must be between 0 and 1");
}

static void preset_problems_are_all_reported_in_one_pass(void)
{
    anim_Set s = {0};
    static prb_List p;
    CHECK_INT(parse(&s, &p, "{'kind': 'anims', 'animations': ["
                            "{'id': 'a', 'loop': 1, 'layers': [{'sprite': 'a/b', 'spin': []}]}, "
                            "{'id': 'b', 'duration_ms': 10, 'layers': []}]}"),
              6);
    CHECK_STR(p.line[0], "animations.json: /kind: must be \"animations\"");
    CHECK_STR(p.line[1], "animations.json: /animations/0: missing \"duration_ms\"");
    CHECK_STR(p.line[2], "animations.json: /animations/0/loop: must be true or false");
    CHECK_STR(p.line[3], "animations.json: /animations/0/layers/0/spin: unknown key \"spin\"");
    CHECK_STR(p.line[4], "animations.json: /animations/0/layers/0/sprite: "
                         "\"a/b\" is not a sprite name (A-Z, a-z, 0-9, _ and -)");
    CHECK_STR(p.line[5], "animations.json: /animations/1/layers: must have 1 to 8 items");
    anim_free(&s);
}

static void duplicate_preset_ids_are_reported_and_the_first_kept(void)
{
    anim_Set s = {0};
    static prb_List p;
    CHECK_INT(parse(&s, &p, "{'kind': 'animations', 'animations': ["
                            "{'id': 'a', 'duration_ms': 100, 'layers': [{'sprite': 's'}]}, "
                            "{'id': 'a', 'duration_ms': 200, 'layers': [{'sprite': 's'}]}]}"),
              1);
    CHECK_STR(p.line[0], "animations.json: /animations/1/id: duplicate animation id \"a\"");
    CHECK_INT(s.n, 1);
    CHECK_INT(s.p[0].duration_ms, 100);
    anim_free(&s);
}

static void a_looping_pose_wraps_around_the_duration(void)
{
    anim_Set s = {0};
    static prb_List p;
    parse(&s, &p, GOOD);
    const anim_Preset *a = &s.p[anim_find(&s, "circle-rub")];
    anim_Pose at = anim_pose(a, 0, 250);
    CHECK_STR(at.sprite, "fingertip");
    CHECK_NEAR(at.x, 0.25, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, 1250).x, 0.25, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, 10LL * 1000 * 1000 * 1000 + 750).x, 0.75, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, -250).x, 0.75, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, 500).y, 0.6, 1e-5);
    anim_free(&s);
}

static void a_non_looping_pose_holds_the_last_frame(void)
{
    anim_Set s = {0};
    static prb_List p;
    parse(&s, &p, GOOD);
    const anim_Preset *a = &s.p[anim_find(&s, "press")];
    CHECK_NEAR(anim_pose(a, 0, 500).alpha, 0.5, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, 1000).alpha, 1.0, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, 5000).alpha, 1.0, 1e-5);
    CHECK_NEAR(anim_pose(a, 0, -100).alpha, 0.0, 1e-5);
    anim_free(&s);
}

static void absent_tracks_give_the_defaults(void)
{
    anim_Set s = {0};
    static prb_List p;
    parse(&s, &p, GOOD);
    anim_Pose at = anim_pose(&s.p[1], 1, 700);
    CHECK_STR(at.sprite, "tissue");
    CHECK_NEAR(at.x, 0.5, 1e-6);
    CHECK_NEAR(at.y, 0.5, 1e-6);
    CHECK_NEAR(at.scale, 0.3, 1e-6);
    CHECK_NEAR(at.rot, 0.0, 1e-6);
    CHECK_NEAR(at.alpha, 1.0, 1e-6);
    anim_free(&s);
}

static void a_layer_out_of_range_gives_the_defaults_and_no_sprite(void)
{
    anim_Set s = {0};
    static prb_List p;
    parse(&s, &p, GOOD);
    anim_Pose at = anim_pose(&s.p[0], 3, 0);
    CHECK(at.sprite == NULL);
    CHECK_NEAR(at.scale, 0.3, 1e-6);
    CHECK(anim_pose(NULL, 0, 0).sprite == NULL);
    anim_free(&s);
}

static void anim_known_is_the_level_parser_callback(void)
{
    anim_Set s = {0};
    lvl_Content c = {0};
    static prb_List p;
    parse(&s, &p, GOOD);
    CHECK_INT(anim_find(&s, "press"), 1);
    CHECK_INT(anim_find(&s, "nope"), -1);
    CHECK(anim_known(&s, "circle-rub"));
    const char *t = J("{'kind': 'routine', 'id': 'r', 'zone': 'nose', 'title': 'R', "
                      "'every_days': 7, 'every_days_source': 'sources', "
                      "'steps': [{'id': 'a', 'title': 'A', 'text': 'T', 'animation': 'press'}, "
                      "{'id': 'b', 'title': 'B', 'text': 'T', 'animation': 'squeeze'}]}");
    CHECK_INT(lvl_parse_routine(&c, "r.json", t, strlen(t), anim_known, &s, &p), 1);
    CHECK_STR(p.line[0], "r.json: /steps/1/animation: unknown animation \"squeeze\"");
    lvl_free(&c);
    anim_free(&s);
}

static void sprite_names_may_have_capitals_and_underscores(void)
{
    anim_Set s = {0};
    static prb_List p;
    CHECK_INT(parse(&s, &p, "{'kind': 'animations', 'animations': [{'id': 'a', 'duration_ms': 9, "
                            "'layers': [{'sprite': 'Finger_tip-2'}]}]}"),
              0);
    CHECK_STR(s.p[0].layer[0].sprite, "Finger_tip-2");
    anim_free(&s);
}

static void parsing_again_replaces_the_presets(void)
{
    anim_Set s = {0};
    static prb_List p;
    parse(&s, &p, GOOD);
    CHECK_INT(parse(&s, &p, WITH_X("[[0, 0]]")), 0);
    CHECK_INT(s.n, 1);
    CHECK_STR(s.p[0].id, "a");
    anim_free(&s);
}

int main(void)
{
    RUN(a_clean_presets_file_parses_its_tracks);
    RUN(keyframes_out_of_order_are_reported);
    RUN(an_unknown_ease_is_reported_with_the_known_ones);
    RUN(a_keyframe_t_outside_0_to_1_is_reported);
    RUN(more_than_16_keyframes_are_reported);
    RUN(a_keyframe_that_is_not_t_value_is_reported);
    RUN(alpha_outside_0_to_1_is_reported);
    RUN(preset_problems_are_all_reported_in_one_pass);
    RUN(duplicate_preset_ids_are_reported_and_the_first_kept);
    RUN(a_looping_pose_wraps_around_the_duration);
    RUN(a_non_looping_pose_holds_the_last_frame);
    RUN(absent_tracks_give_the_defaults);
    RUN(a_layer_out_of_range_gives_the_defaults_and_no_sprite);
    RUN(anim_known_is_the_level_parser_callback);
    RUN(sprite_names_may_have_capitals_and_underscores);
    RUN(parsing_again_replaces_the_presets);
    return check_summary();
}
