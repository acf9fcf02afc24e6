/* test_level.c - zones.json and routine files (level.c) and the shared
 * JSON helpers under them (jsonv.c). The JSON is written inline with single
 * quotes for readability; J() turns them into double quotes. Problem lines
 * are checked exactly, pointer included.
 * Problem lists are static: a prb_List is large (problems.h). */
#include "check.h"
#include "quotes.h"

#include <stdlib.h>

#include "core/jsonv.h"
#include "core/level.h"

static int known_anim(void *ctx, const char *id)
{
    (void)ctx;
    return strcmp(id, "circle-rub") == 0 || strcmp(id, "pat") == 0;
}

static int routine(lvl_Content *c, prb_List *p, const char *file, const char *single_quoted)
{
    const char *t = J(single_quoted);
    return lvl_parse_routine(c, file, t, strlen(t), known_anim, NULL, p);
}

static int zones(lvl_Content *c, prb_List *p, const char *single_quoted)
{
    const char *t = J(single_quoted);
    return lvl_parse_zones(c, "zones.json", t, strlen(t), p);
}

#define HEAD "{'$schema': 'schema.json', 'kind': 'routine', 'id': 'nose-clean-out', " \
             "'zone': 'nose', 'title': 'Nose pore clean-out', "                      \
             "'summary': 'About once a month.', 'every_days': 30, 'every_days_source': 'sources', 'gentle': false, " \
             "'sources': ['blog', 'spa'], 'facts': ['blog-nose-monthly'], "
#define STEP0 "{'id': 'exfoliate', 'title': 'Exfoliate', 'text': 'Rub gently in small circles.', " \
              "'caution': null, 'seconds': 30, 'seconds_source': 'sources', "                   \
              "'animation': 'circle-rub', 'advance': 'manual', 'skippable': true, "             \
              "'facts': ['blog-exfoliate-circles', 'blog-salicylic']}"
#define STEP1 "{'id': 'pat', 'title': 'Pat dry', 'text': 'Dab with a paper towel.', "   \
              "'caution': 'Do not rub.', 'seconds': 20, 'seconds_source': 'suggestion', " \
              "'animation': 'pat', 'advance': 'timer', 'skippable': false}"
#define GOOD HEAD "'steps': [" STEP0 ", " STEP1 ", {'id': 'wash', 'title': 'Wash hands', " \
                  "'text': 'With soap.', 'animation': 'pat'}]}"
/* A routine whose third step (index 2) is the given object. */
#define WITH_STEP2(step) HEAD "'steps': [" STEP0 ", " STEP1 ", " step "]}"

#define ZONES(list) \
    "{'kind': 'zones', 'art': 'face.svg', 'size': [1000, 1200], 'zones': [" list "]}"
#define NOSE "{'id': 'nose', 'name': 'Nose', 'label': [50, 50], " \
             "'polygon': [[0, 0], [100, 0], [100, 100], [0, 100]]}"
#define CHIN "{'id': 'chin', 'name': 'Chin', 'label': [250, 250], " \
             "'polygon': [[200, 200], [300, 200], [300, 300]]}"

/* One step routine with the step given; expects exactly one problem line. */
static void expect_one(const char *single_quoted, const char *line)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(routine(&c, &p, "nose.json", single_quoted), 1);
    CHECK_INT(p.count, 1);
    CHECK_STR(p.line[0], line);
    lvl_free(&c);
}

/* ---- routines ----------------------------------------------------------- */

static void a_clean_routine_file_gives_its_fields_and_steps(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(routine(&c, &p, "nose.json", GOOD), 0);
    CHECK_INT(p.count, 0);
    CHECK_INT(c.nroutines, 1);
    const lvl_Routine *r = &c.routines[0];
    CHECK_STR(r->id, "nose-clean-out");
    CHECK_STR(r->zone, "nose");
    CHECK_STR(r->title, "Nose pore clean-out");
    CHECK_STR(r->summary, "About once a month.");
    CHECK_STR(r->file, "nose.json");
    CHECK_INT(r->every_days, 30);
    CHECK_INT(r->every_days_is_suggestion, 0);
    CHECK_INT(r->sources.n, 2);
    CHECK_STR(r->sources.id[1], "spa");
    CHECK_INT(r->facts.n, 1);
    CHECK_STR(r->facts.id[0], "blog-nose-monthly");
    CHECK_INT(r->steps[0].facts.n, 2);
    CHECK_STR(r->steps[0].facts.id[1], "blog-salicylic");
    CHECK_INT(r->steps[1].facts.n, 0);
    CHECK_INT(r->gentle, 0);
    CHECK_INT(r->broken, 0);
    CHECK(r->error == NULL);
    CHECK_INT(r->nsteps, 3);
    CHECK_STR(r->steps[0].anim, "circle-rub");
    CHECK_INT(r->steps[0].seconds, 30);
    CHECK_INT(r->steps[0].seconds_is_suggestion, 0);
    CHECK(r->steps[0].caution == NULL);
    CHECK_INT(r->steps[0].advance, LVL_ADV_MANUAL);
    CHECK_STR(r->steps[1].caution, "Do not rub.");
    CHECK_INT(r->steps[1].seconds_is_suggestion, 1);
    CHECK_INT(r->steps[1].advance, LVL_ADV_TIMER);
    CHECK_INT(r->steps[1].skippable, 0);
    CHECK_STR(r->steps[2].text, "With soap.");
    CHECK_INT(r->steps[2].seconds, 0);
    CHECK_INT(r->steps[2].advance, LVL_ADV_MANUAL);
    CHECK_INT(r->steps[2].skippable, 1);
    lvl_free(&c);
    CHECK_INT(c.nroutines, 0);
}

static void a_step_with_negative_seconds_is_reported_at_its_pointer(void)
{
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': -5, "
                          "'animation': 'pat'}"),
               "nose.json: /steps/2/seconds: must be between 0 and 3600");
}

static void seconds_over_an_hour_or_fractional_are_reported(void)
{
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': 3601, "
                          "'animation': 'pat'}"),
               "nose.json: /steps/2/seconds: must be between 0 and 3600");
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': 1.5, "
                          "'animation': 'pat'}"),
               "nose.json: /steps/2/seconds: must be an integer or null");
}

static void seconds_without_seconds_source_are_reported(void)
{
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': 10, "
                          "'animation': 'pat'}"),
               "nose.json: /steps/2: missing \"seconds_source\" (required when seconds > 0)");
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': 10, "
                          "'seconds_source': 'guess', 'animation': 'pat'}"),
               "nose.json: /steps/2/seconds_source: must be \"sources\" or \"suggestion\"");
}

static void a_timer_step_without_seconds_is_reported(void)
{
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': null, "
                          "'advance': 'timer', 'animation': 'pat'}"),
               "nose.json: /steps/2/advance: \"timer\" needs seconds > 0");
}

static void an_unknown_animation_is_reported(void)
{
    expect_one(WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'animation': 'wiggle'}"),
               "nose.json: /steps/2/animation: unknown animation \"wiggle\"");
}

static void duplicate_step_ids_are_reported(void)
{
    expect_one(WITH_STEP2("{'id': 'exfoliate', 'title': 'C', 'text': 'T', 'animation': 'pat'}"),
               "nose.json: /steps/2/id: duplicate step id \"exfoliate\"");
}

static void every_days_outside_1_to_366_is_reported(void)
{
    expect_one("{'kind': 'routine', 'id': 'a', 'zone': 'nose', 'title': 'A', 'every_days': 0, 'every_days_source': 'sources', "
               "'steps': [" STEP0 "]}",
               "nose.json: /every_days: must be between 1 and 366");
    expect_one("{'kind': 'routine', 'id': 'a', 'zone': 'nose', 'title': 'A', 'every_days': 367, 'every_days_source': 'sources', "
               "'steps': [" STEP0 "]}",
               "nose.json: /every_days: must be between 1 and 366");
}

static void a_wrong_kind_is_reported(void)
{
    expect_one("{'kind': 'zones', 'id': 'a', 'zone': 'nose', 'title': 'A', 'every_days': 7, 'every_days_source': 'sources', "
               "'steps': [" STEP0 "]}",
               "nose.json: /kind: must be \"routine\"");
}

static void unknown_keys_are_reported_with_a_near_miss_suggested(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(routine(&c, &p, "nose.json",
                      "{'kind': 'routine', 'id': 'a', 'zone': 'nose', 'title': 'A', "
                      "'every_days': 7, 'every_days_source': 'sources', 'sumary': 'x', 'a/b~': 1, "
                      "'steps': [{'id': 'a', 'title': 'A', 'text': 'T', "
                      "'animation': 'pat', 'colour': 'red'}]}"),
              3);
    CHECK_STR(p.line[0], "nose.json: /sumary: unknown key \"sumary\" (did you mean \"summary\"?)");
    CHECK_STR(p.line[1], "nose.json: /a~1b~0: unknown key \"a/b~\"");
    CHECK_STR(p.line[2], "nose.json: /steps/0/colour: unknown key \"colour\"");
    lvl_free(&c);
}

static void a_key_given_twice_is_reported(void)
{
    expect_one("{'kind': 'routine', 'id': 'a', 'zone': 'nose', 'title': 'A', 'title': 'B', "
               "'every_days': 7, 'every_days_source': 'sources', 'steps': [" STEP0 "]}",
               "nose.json: /title: duplicate key \"title\"");
}

static void missing_fields_and_wrong_types_are_all_reported_in_one_pass(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(routine(&c, &p, "levels/nose.json",
                      "{'kind': 'routine', 'id': 'Nose', 'title': 7, 'every_days': '30', 'every_days_source': 'sources', "
                      "'gentle': 'no', 'steps': [{'id': 'a', 'title': '', 'text': 'x', "
                      "'animation': 'pat', 'skippable': 1}, 5]}"),
              8);
    CHECK_INT(p.count, 8);
    CHECK_STR(p.line[0], "levels/nose.json: /id: \"Nose\" is not an id "
                         "(1-47 characters of a-z, 0-9 and -)");
    CHECK_STR(p.line[1], "levels/nose.json: /: missing \"zone\"");
    CHECK_STR(p.line[2], "levels/nose.json: /title: must be a string");
    CHECK_STR(p.line[3], "levels/nose.json: /every_days: must be an integer");
    CHECK_STR(p.line[4], "levels/nose.json: /gentle: must be true or false");
    CHECK_STR(p.line[5], "levels/nose.json: /steps/0/title: must be 1 to 60 characters");
    CHECK_STR(p.line[6], "levels/nose.json: /steps/0/skippable: must be true or false");
    CHECK_STR(p.line[7], "levels/nose.json: /steps/1: must be an object");
    lvl_free(&c);
}

static void a_broken_routine_is_still_added_with_its_first_problem(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    routine(&c, &p, "nose.json",
            WITH_STEP2("{'id': 'c', 'title': 'C', 'text': 'T', 'seconds': -5, 'animation': 'no'}"));
    CHECK_INT(p.count, 2);
    CHECK_INT(c.nroutines, 1);
    const lvl_Routine *r = &c.routines[0];
    CHECK_INT(r->broken, 1);
    CHECK_INT(r->nsteps, 0);
    CHECK(r->steps == NULL);
    CHECK_STR(r->error, "nose.json: /steps/2/seconds: must be between 0 and 3600");
    CHECK_STR(r->id, "nose-clean-out");
    CHECK_STR(r->zone, "nose");
    CHECK_STR(r->title, "Nose pore clean-out");
    lvl_free(&c);
}

static void a_routine_that_is_not_json_takes_its_id_from_the_file_name(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(routine(&c, &p, "levels/cheeks.json", "{\n  'id': 'x',\n  'zone': }"), 1);
    CHECK_STR(p.line[0], "levels/cheeks.json: /: invalid JSON at line 3, column 11");
    CHECK_INT(c.nroutines, 1);
    CHECK_STR(c.routines[0].id, "cheeks");
    CHECK_STR(c.routines[0].title, "cheeks");
    CHECK_STR(c.routines[0].error, "levels/cheeks.json: /: invalid JSON at line 3, column 11");
    CHECK_INT(c.routines[0].broken, 1);
    lvl_free(&c);
}

static void columns_count_characters_not_bytes(void)
{
    expect_one("{'title': 'Größe', 'x': ]}", "nose.json: /: invalid JSON at line 1, column 25");
}

static void text_after_the_json_value_and_empty_files_are_reported(void)
{
    expect_one("{} x", "nose.json: /: text after the JSON value at line 1, column 4");
    expect_one(" \n ", "nose.json: /: empty file (expected a JSON object)");
    expect_one("[1]", "nose.json: /: must be an object");
}

static void a_key_without_quotes_or_a_doubled_comma_is_reported_where_it_is(void)
{
    expect_one("{'kind': 'routine', id: 'x'}", "nose.json: /: invalid JSON at line 1, column 21");
    expect_one("{'kind': 'routine',,}", "nose.json: /: invalid JSON at line 1, column 20");
    expect_one("{\n  'kind': 'routine',\n  , 'id': 'x'}", "nose.json: /: invalid JSON at line 3, column 3");
    expect_one("{'sources': ['a',, 'b']}", "nose.json: /: invalid JSON at line 1, column 18");
    expect_one("{'kind': 'routine' 'id': 'x'}", "nose.json: /: invalid JSON at line 1, column 20");
}

static void nesting_deeper_than_the_limit_is_reported(void)
{
    expect_one("{'sources': [[[[[[[[['x']]]]]]]]]}",
               "nose.json: /sources/0/0/0/0/0/0/0: nested deeper than 8 levels");
}

static void text_is_read_to_len_and_not_beyond(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    char text[sizeof GOOD + 8];
    memcpy(text, J(GOOD), strlen(GOOD));
    memcpy(text + strlen(GOOD), "garbage!", 8); /* no NUL anywhere */
    CHECK_INT(lvl_parse_routine(&c, "nose.json", text, strlen(GOOD), known_anim, NULL, &p), 0);
    CHECK_INT(c.nroutines, 1);
    lvl_free(&c);
}

/* ---- zones -------------------------------------------------------------- */

static void a_clean_zones_file_gives_zones_with_area_and_label(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(zones(&c, &p, ZONES(NOSE ", " CHIN)), 0);
    CHECK_STR(c.art, "face.svg");
    CHECK_NEAR(c.art_w, 1000, 1e-6);
    CHECK_NEAR(c.art_h, 1200, 1e-6);
    CHECK_INT(c.nzones, 2);
    CHECK_STR(c.zones[0].name, "Nose");
    CHECK_INT(c.zones[0].npts, 4);
    CHECK_NEAR(c.zones[0].area, 10000, 1e-3);
    CHECK_NEAR(c.zones[0].label.x, 50, 1e-6);
    CHECK_NEAR(c.zones[1].area, 5000, 1e-3);
    CHECK_INT(lvl_zone_index(&c, "chin"), 1);
    lvl_free(&c);
}

static void zones_problems_are_all_reported_and_only_clean_zones_kept(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    int n = zones(&c, &p, ZONES(NOSE ", "
                                "{'id': 'a', 'name': 'A', 'label': [1, 1], "
                                "'polygon': [[0, 0], [9, 9]]}, "
                                "{'id': 'b', 'name': 'B', 'label': [900, 1], "
                                "'polygon': [[0, 0], [10, 0], [10, 10]]}, "
                                "{'id': 'nose', 'name': 'Nose again', 'label': [5, 2], "
                                "'polygon': [[0, 0], [10, 0], [10, 10]]}, "
                                "{'id': 'c', 'name': 'C', 'label': [5, 2], 'colour': 1, "
                                "'polygon': [[0, 0], [10, 0], [10, 10]]}"));
    CHECK_INT(n, 4);
    CHECK_STR(p.line[0], "zones.json: /zones/1/polygon: must have 3 to 128 items");
    CHECK_STR(p.line[1], "zones.json: /zones/2/label: must lie inside the polygon");
    CHECK_STR(p.line[2], "zones.json: /zones/3/id: duplicate zone id \"nose\"");
    CHECK_STR(p.line[3], "zones.json: /zones/4/colour: unknown key \"colour\"");
    CHECK_INT(c.nzones, 1);
    CHECK_STR(c.zones[0].id, "nose");
    lvl_free(&c);
}

static void a_polygon_with_more_than_128_points_is_reported(void)
{
    static char text[8192];
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    const char *head = J("{'kind': 'zones', 'art': 'f.svg', 'size': [9, 9], "
                         "'zones': [{'id': 'a', 'name': 'A', 'label': [0, 0], 'polygon': [");
    int n = snprintf(text, sizeof text, "%s", head);
    for (int i = 0; i < 129; i++)
        n += snprintf(text + n, sizeof text - (size_t)n, "%s[%d, %d]", i ? ", " : "", i, i % 2);
    snprintf(text + n, sizeof text - (size_t)n, "]}]}");
    CHECK_INT(lvl_parse_zones(&c, "zones.json", text, strlen(text), &p), 1);
    CHECK_STR(p.line[0], "zones.json: /zones/0/polygon: must have 3 to 128 items");
    lvl_free(&c);
}

static void a_point_that_is_not_x_y_is_reported(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(zones(&c, &p, ZONES("{'id': 'a', 'name': 'A', 'label': [1, 1, 1], "
                                  "'polygon': [[0, 0], [1], [0, 'a']]}")),
              3);
    CHECK_STR(p.line[0], "zones.json: /zones/0/label: must have exactly 2 items");
    CHECK_STR(p.line[1], "zones.json: /zones/0/polygon/1: must have exactly 2 items");
    CHECK_STR(p.line[2], "zones.json: /zones/0/polygon/2/1: must be a number");
    lvl_free(&c);
}

static void a_zones_file_of_the_wrong_kind_or_without_zones_is_reported(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    CHECK_INT(zones(&c, &p, "{'kind': 'routine', 'art': 'f.png', 'size': [0, 9], 'zones': []}"), 4);
    CHECK_STR(p.line[0], "zones.json: /kind: must be \"zones\"");
    CHECK_STR(p.line[1], "zones.json: /art: must name an .svg file");
    CHECK_STR(p.line[2], "zones.json: /size/0: must be between 1 and 100000");
    CHECK_STR(p.line[3], "zones.json: /zones: must have 1 to 32 items");
    CHECK(c.art == NULL);
    lvl_free(&c);
}

/* ---- across files ------------------------------------------------------- */

static void validate_reports_an_unknown_zone_and_marks_the_routine_broken(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    zones(&c, &p, ZONES(NOSE));
    routine(&c, &p, "chin.json",
            "{'kind': 'routine', 'id': 'chin-wash', 'zone': 'chin', 'title': 'Chin', "
            "'every_days': 7, 'every_days_source': 'sources', 'steps': [" STEP0 "]}");
    CHECK_INT(p.count, 0);
    CHECK_INT(lvl_validate(&c, &p), 1);
    CHECK_STR(p.line[0], "chin.json: /zone: unknown zone \"chin\"");
    CHECK_INT(c.routines[0].broken, 1);
    CHECK_INT(c.routines[0].nsteps, 0);
    CHECK_STR(c.routines[0].error, "chin.json: /zone: unknown zone \"chin\"");
    lvl_free(&c);
}

static void validate_marks_the_later_of_two_duplicate_routine_ids_broken(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    zones(&c, &p, ZONES(NOSE));
    routine(&c, &p, "a.json", GOOD);
    routine(&c, &p, "b.json", GOOD);
    CHECK_INT(lvl_validate(&c, &p), 1);
    CHECK_STR(p.line[0], "b.json: /id: duplicate routine id \"nose-clean-out\" (also in a.json)");
    CHECK_INT(c.routines[0].broken, 0);
    CHECK_INT(c.routines[0].nsteps, 3);
    CHECK_INT(c.routines[1].broken, 1);
    CHECK_INT(lvl_routine_index(&c, "nose-clean-out"), 0);
    lvl_free(&c);
}

static void a_broken_file_named_like_an_id_does_not_knock_out_that_routine(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    zones(&c, &p, ZONES(NOSE));
    routine(&c, &p, "levels/nose-clean-out.json", "{oops");
    routine(&c, &p, "levels/x.json", GOOD);
    CHECK_STR(c.routines[0].id, "nose-clean-out"); /* guessed from the file name */
    prb_clear(&p);
    CHECK_INT(lvl_validate(&c, &p), 0);
    CHECK_INT(c.routines[1].broken, 0);
    CHECK_INT(lvl_routine_index(&c, "nose-clean-out"), 1);
    lvl_free(&c);
}

static void routines_of_a_zone_come_in_the_order_they_were_added(void)
{
    lvl_Content c = {0};
    static prb_List p;
    int out[8];
    prb_clear(&p);
    zones(&c, &p, ZONES(NOSE ", " CHIN));
    routine(&c, &p, "a.json", "{'kind': 'routine', 'id': 'n1', 'zone': 'nose', 'title': 'N1', "
                              "'every_days': 7, 'every_days_source': 'sources', 'steps': [" STEP0 "]}");
    routine(&c, &p, "b.json", "{'kind': 'routine', 'id': 'c1', 'zone': 'chin', 'title': 'C1', "
                              "'every_days': 7, 'every_days_source': 'sources', 'steps': [" STEP0 "]}");
    routine(&c, &p, "c.json", "{'kind': 'routine', 'id': 'n2', 'zone': 'nose', 'title': 'N2', "
                              "'every_days': 7, 'every_days_source': 'sources', 'steps': [" STEP0 "]}");
    CHECK_INT(lvl_validate(&c, &p), 0);
    CHECK_INT(lvl_routines_of_zone(&c, 0, out, 8), 2);
    CHECK_INT(out[0], 0);
    CHECK_INT(out[1], 2);
    CHECK_INT(lvl_routines_of_zone(&c, 0, out, 1), 1);
    CHECK_INT(lvl_routines_of_zone(&c, 1, out, 8), 1);
    CHECK_INT(out[0], 1);
    CHECK_INT(lvl_routines_of_zone(&c, 5, out, 8), 0);
    lvl_free(&c);
}

static void lookups_return_minus_one_for_unknown_ids(void)
{
    lvl_Content c = {0};
    static prb_List p;
    prb_clear(&p);
    zones(&c, &p, ZONES(NOSE));
    CHECK_INT(lvl_zone_index(&c, "chin"), -1);
    CHECK_INT(lvl_routine_index(&c, "anything"), -1);
    lvl_free(&c);
}

/* ---- the helpers -------------------------------------------------------- */

static void json_pointers_escape_tilde_and_slash(void)
{
    char ptr[JV_PTR];
    CHECK_STR(jv_ptr(ptr, "/a", "b/c~d"), "/a/b~1c~0d");
    CHECK_STR(jv_ptr_i(ptr, "/steps", 3), "/steps/3");
    CHECK_STR(jv_ptr(ptr, ptr, "seconds"), "/steps/3/seconds");
    CHECK_STR(jv_ptr(ptr, "", "new\nline"), "/new?line");
}

static void ids_are_lowercase_digits_and_dashes_up_to_47(void)
{
    CHECK(jv_is_id("nose-clean-out-2"));
    CHECK(!jv_is_id(""));
    CHECK(!jv_is_id("Nose"));
    CHECK(!jv_is_id("a_b"));
    CHECK(jv_is_id("abcdefghijabcdefghijabcdefghijabcdefghijabcdefg"));
    CHECK(!jv_is_id("abcdefghijabcdefghijabcdefghijabcdefghijabcdefgh"));
}

static void quoted_text_is_clipped_to_one_short_line(void)
{
    char q[JV_CLIP];
    CHECK_STR(jv_clip(q, "a\nb"), "a?b");
    CHECK_STR(jv_clip(q, "0123456789012345678901234567890123456789012345678901234"),
              "01234567890123456789012345678901234567890123...");
}

static void the_first_byte_that_is_not_utf8_is_found(void)
{
    CHECK_INT((int)jv_utf8_bad("plain"), 5);
    CHECK_INT((int)jv_utf8_bad("caf\xc3\xa9 ok"), 8);
    CHECK_INT((int)jv_utf8_bad("ab\xff\xfe"), 2);
    CHECK_INT((int)jv_utf8_bad("cut \xe2\x82"), 4);       /* a sequence cut short */
    CHECK_INT((int)jv_utf8_bad("over \xc0\xaf"), 5);      /* an overlong '/' */
    CHECK_INT((int)jv_utf8_bad("sur \xed\xa0\x80"), 4);  /* a UTF-16 surrogate */
}

int main(void)
{
    RUN(a_clean_routine_file_gives_its_fields_and_steps);
    RUN(the_first_byte_that_is_not_utf8_is_found);
    RUN(a_step_with_negative_seconds_is_reported_at_its_pointer);
    RUN(seconds_over_an_hour_or_fractional_are_reported);
    RUN(seconds_without_seconds_source_are_reported);
    RUN(a_timer_step_without_seconds_is_reported);
    RUN(an_unknown_animation_is_reported);
    RUN(duplicate_step_ids_are_reported);
    RUN(every_days_outside_1_to_366_is_reported);
    RUN(a_wrong_kind_is_reported);
    RUN(unknown_keys_are_reported_with_a_near_miss_suggested);
    RUN(a_key_given_twice_is_reported);
    RUN(missing_fields_and_wrong_types_are_all_reported_in_one_pass);
    RUN(a_broken_routine_is_still_added_with_its_first_problem);
    RUN(a_routine_that_is_not_json_takes_its_id_from_the_file_name);
    RUN(columns_count_characters_not_bytes);
    RUN(text_after_the_json_value_and_empty_files_are_reported);
    RUN(a_key_without_quotes_or_a_doubled_comma_is_reported_where_it_is);
    RUN(nesting_deeper_than_the_limit_is_reported);
    RUN(text_is_read_to_len_and_not_beyond);
    RUN(a_clean_zones_file_gives_zones_with_area_and_label);
    RUN(zones_problems_are_all_reported_and_only_clean_zones_kept);
    RUN(a_polygon_with_more_than_128_points_is_reported);
    RUN(a_point_that_is_not_x_y_is_reported);
    RUN(a_zones_file_of_the_wrong_kind_or_without_zones_is_reported);
    RUN(validate_reports_an_unknown_zone_and_marks_the_routine_broken);
    RUN(validate_marks_the_later_of_two_duplicate_routine_ids_broken);
    RUN(a_broken_file_named_like_an_id_does_not_knock_out_that_routine);
    RUN(routines_of_a_zone_come_in_the_order_they_were_added);
    RUN(lookups_return_minus_one_for_unknown_ids);
    RUN(json_pointers_escape_tilde_and_slash);
    RUN(ids_are_lowercase_digits_and_dashes_up_to_47);
    RUN(quoted_text_is_clipped_to_one_short_line);
    return check_summary();
}
