/* test_progress.c - the progress file (progress.c): exact output, round
 * trips, escaping, all-or-nothing parsing of corrupt or hostile files, and
 * the speed of 10,000 entries. JSON is inline with single quotes; J()
 * makes them double.
 * Problem lists are static: a prb_List is large (problems.h). */
#include "check.h"
#include "quotes.h"

#include <stdlib.h>
#include <time.h>

#include "core/progress.h"

#define MAY_1_0930 1714555800LL /* 2024-05-01T09:30:00Z */


static int parse(prog_Data *d, prb_List *p, const char *text)
{
    prb_clear(p);
    return prog_parse(d, "progress.json", text, strlen(text), p);
}

static prog_Entry entry(const char *routine, const char *zone, int64_t at, int done, int total)
{
    prog_Entry e;
    memset(&e, 0, sizeof e);
    snprintf(e.routine, sizeof e.routine, "%s", routine);
    snprintf(e.zone, sizeof e.zone, "%s", zone);
    e.completed_at = at;
    e.steps_done = done;
    e.steps_total = total;
    e.steps_skipped = total - done;
    return e;
}

static void same_entries(const prog_Data *a, const prog_Data *b)
{
    CHECK_INT(a->n, b->n);
    for (int i = 0; i < a->n && i < b->n; i++) {
        CHECK_STR(a->h[i].routine, b->h[i].routine);
        CHECK_STR(a->h[i].zone, b->h[i].zone);
        CHECK_INT(a->h[i].completed_at, b->h[i].completed_at);
        CHECK_INT(a->h[i].steps_done, b->h[i].steps_done);
        CHECK_INT(a->h[i].steps_total, b->h[i].steps_total);
        CHECK_INT(a->h[i].steps_skipped, b->h[i].steps_skipped);
    }
}

static void expect_one(const char *text, const char *line)
{
    prog_Data d;
    static prb_List p;
    prog_init(&d);
    CHECK_INT(parse(&d, &p, text), 1);
    CHECK_INT(p.count, 1);
    CHECK_STR(p.line[0], line);
    CHECK_INT(d.n, 0);
    CHECK(d.h == NULL);
    CHECK_INT(d.current.active, 0);
    prog_free(&d);
}

static void a_progress_file_round_trips_through_serialize_and_parse(void)
{
    prog_Data d, back;
    static prb_List p;
    prog_init(&d);
    prog_init(&back);
    prog_Entry e1 = entry("nose-clean-out", "nose", MAY_1_0930, 9, 9);
    prog_Entry e2 = entry("gentle-cleanse", "forehead", MAY_1_0930 + 86400 + 17, 3, 5);
    prog_Entry e3 = entry("nose-clean-out", "nose", 0, 0, 0);
    CHECK_INT(prog_add(&d, &e1), 0);
    CHECK_INT(prog_add(&d, &e2), 0);
    CHECK_INT(prog_add(&d, &e3), 0);
    d.current.active = 1;
    snprintf(d.current.routine, PROG_ID, "cheeks");
    snprintf(d.current.zone, PROG_ID, "left-cheek");
    d.current.step = 2;
    d.current.steps_done = 1;
    d.current.started_at = MAY_1_0930 + 60;
    char *text = prog_serialize(&d);
    CHECK(text != NULL);
    CHECK_INT(parse(&back, &p, text), 0);
    same_entries(&d, &back);
    CHECK_INT(back.version, PROG_VERSION);
    CHECK_INT(back.current.active, 1);
    CHECK_STR(back.current.routine, "cheeks");
    CHECK_STR(back.current.zone, "left-cheek");
    CHECK_INT(back.current.step, 2);
    CHECK_INT(back.current.steps_done, 1);
    CHECK_INT(back.current.started_at, MAY_1_0930 + 60);
    free(text);
    prog_free(&d);
    prog_free(&back);
}

static void completed_at_is_written_as_rfc3339_utc_one_entry_a_line(void)
{
    prog_Data d;
    prog_init(&d);
    char *text = prog_serialize(&d);
    CHECK_STR(text, "{\n  \"version\": 2,\n  \"plan\": {\"chosen\": false, \"follow\": []},\n  \"history\": []\n}\n");
    free(text);
    prog_Entry e = entry("nose-clean-out", "nose", MAY_1_0930, 9, 9);
    prog_add(&d, &e);
    prog_add(&d, &e);
    text = prog_serialize(&d);
    CHECK_STR(text, "{\n  \"version\": 2,\n  \"plan\": {\"chosen\": false, \"follow\": []},\n  \"history\": [\n"
                    "    {\"routine\": \"nose-clean-out\", \"zone\": \"nose\", "
                    "\"completed_at\": \"2024-05-01T09:30:00Z\", \"steps_done\": 9, "
                    "\"steps_total\": 9, \"steps_skipped\": 0},\n"
                    "    {\"routine\": \"nose-clean-out\", \"zone\": \"nose\", "
                    "\"completed_at\": \"2024-05-01T09:30:00Z\", \"steps_done\": 9, "
                    "\"steps_total\": 9, \"steps_skipped\": 0}\n  ]\n}\n");
    free(text);
    prog_free(&d);
}

static void times_with_an_offset_or_fraction_are_read_as_utc(void)
{
    prog_Data d;
    static prb_List p;
    prog_init(&d);
    CHECK_INT(parse(&d, &p, J("{'version': 1, 'history': ["
                              "{'routine': 'a', 'zone': 'nose', "
                              "'completed_at': '2024-05-01T11:30:00+02:00', "
                              "'steps_done': 1, 'steps_total': 1}, "
                              "{'routine': 'a', 'zone': 'nose', "
                              "'completed_at': '2024-05-01T09:30:00.250Z', "
                              "'steps_done': 1, 'steps_total': 1}]}")),
              0);
    CHECK_INT(d.n, 2);
    CHECK_INT(d.h[0].completed_at, MAY_1_0930);
    CHECK_INT(d.h[1].completed_at, MAY_1_0930);
    CHECK_INT(d.h[1].steps_skipped, 0);
    CHECK_INT(d.current.active, 0);
    prog_free(&d);
}

/* Ids are what levels/ allows: a-z, 0-9 and -. Anything else (quotes,
 * capitals, UTF-8, control characters, an escaped NUL that would cut the
 * id short) is refused by prog_add and by the reader, which names the
 * entry and says why. */
static void ids_outside_a_z_0_9_and_dash_are_refused_both_ways(void)
{
    prog_Data d;
    prog_init(&d);
    const char *bad[] = {"a\n", "\x01", "z\x7f", "\xff", "\xc3", "caf\xc3\xa9", "a\"b\\c", "Nose",
                         "nose clean", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        prog_Entry e = entry(bad[i], "nose", MAY_1_0930, 1, 1);
        CHECK_INT(prog_add(&d, &e), -1);
        CHECK_INT(prog_id_ok(bad[i]), 0);
        e = entry("nose-clean-out", bad[i], MAY_1_0930, 1, 1);
        CHECK_INT(prog_add(&d, &e), -1);
    }
    CHECK_INT(prog_id_ok("nose-clean-out-2"), 1);
    CHECK_INT(d.n, 0);
    prog_free(&d);
    expect_one(J("{'version': 1, 'history': [{'routine': 'a\\u0001', 'zone': 'nose', "
                 "'completed_at': '2024-05-01T09:30:00Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/routine: \"a?\" is not an id (1-47 characters of a-z, 0-9 and -)");
    expect_one(J("{'version': 1, 'history': [{'routine': 'a', 'zone': 'Nose', "
                 "'completed_at': '2024-05-01T09:30:00Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/zone: \"Nose\" is not an id (1-47 characters of a-z, 0-9 and -)");
    expect_one(J("{'version': 1, 'history': [{'routine': 'a', 'zone': 'nose', "
                 "'completed_at': '2024-05-01T09:30:00Z', 'steps_done': 1, 'steps_total': 1},\n"
                 " {'routine': 'nose\\u0000-x', 'zone': 'nose', "
                 "'completed_at': '2024-05-01T09:30:00Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /: a string holds \\u0000 (NUL), which no text or id may hold, at line 2, column 19");
    /* an escaped backslash before u0000 is text, not a NUL */
    expect_one(J("{'version': 1, 'history': [{'routine': 'a\\\\u0000', 'zone': 'nose', "
                 "'completed_at': '2024-05-01T09:30:00Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/routine: \"a\\u0000\" is not an id (1-47 characters of a-z, 0-9 and -)");
}

static void times_before_1970_or_after_2199_are_refused_and_clamped_when_added(void)
{
    expect_one(J("{'version': 1, 'history': [{'routine': 'a', 'zone': 'nose', "
                 "'completed_at': '9999-12-31T23:59:59Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/completed_at: must be a time from 1970-01-01 to 2199-12-31");
    expect_one(J("{'version': 1, 'history': [{'routine': 'a', 'zone': 'nose', "
                 "'completed_at': '0000-01-01T00:00:00Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/completed_at: must be a time from 1970-01-01 to 2199-12-31");
    expect_one(J("{'version': 1, 'history': [], 'in_progress': {'routine': 'a', 'zone': 'b', "
                 "'step': 0, 'steps_done': 0, 'started_at': '1969-12-31T23:59:59Z'}}"),
               "progress.json: /in_progress/started_at: must be a time from 1970-01-01 to 2199-12-31");
    /* a clock far off is written inside the range, so the file still loads */
    prog_Data d, back;
    static prb_List p;
    prog_init(&d);
    prog_init(&back);
    prog_Entry early = entry("a", "nose", -5, 1, 1), late = entry("a", "nose", 1LL << 40, 1, 1);
    CHECK_INT(prog_add(&d, &early), 0);
    CHECK_INT(prog_add(&d, &late), 0);
    CHECK_INT(d.h[0].completed_at, PROG_MIN_TIME);
    CHECK_INT(d.h[1].completed_at, PROG_MAX_TIME);
    d.current.active = 1;
    snprintf(d.current.routine, PROG_ID, "a");
    snprintf(d.current.zone, PROG_ID, "nose");
    d.current.started_at = -1000000;
    char *text = prog_serialize(&d);
    CHECK(strstr(text, "\"2199-12-31T23:59:59Z\"") != NULL);
    CHECK_INT(parse(&back, &p, text), 0);
    same_entries(&d, &back);
    CHECK_INT(back.current.started_at, PROG_MIN_TIME);
    free(text);
    prog_free(&d);
    prog_free(&back);
}

static void a_corrupt_progress_file_leaves_the_data_empty(void)
{
    expect_one("{\"version\": 1, \"history\": [{\"routine\": \"a\"",
               "progress.json: /: invalid JSON at line 1, column 42");
    /* one good entry and one bad: nothing is half-used */
    expect_one(J("{'version': 1, 'history': ["
                 "{'routine': 'a', 'zone': 'nose', 'completed_at': '2024-05-01T09:30:00Z', "
                 "'steps_done': 1, 'steps_total': 1}, "
                 "{'routine': 'a', 'zone': 'nose', 'completed_at': 'yesterday', "
                 "'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/1/completed_at: must be an RFC 3339 time such as "
               "\"2024-05-01T09:30:00Z\"");
    expect_one("", "progress.json: /: empty file (expected a JSON object)");
}

static void a_newer_version_is_reported_and_leaves_the_data_empty(void)
{
    expect_one(J("{'version': 7, 'history': [{'whatever': true}]}"),
               "progress.json: /version: version 7 is newer than this app knows (2)");
    expect_one(J("{'version': 99, 'history': []}"),
               "progress.json: /version: version 99 is newer than this app knows (2)");
    expect_one(J("{'version': -1, 'history': []}"), "progress.json: /version: must be at least 0");
    expect_one(J("{'version': '1', 'history': []}"), "progress.json: /version: must be an integer");
}

static void a_missing_history_is_reported(void)
{
    expect_one(J("{'version': 1}"), "progress.json: /: missing \"history\"");
    expect_one(J("{}"), "progress.json: /: missing \"history\"");
}

static void a_version_0_file_with_epoch_seconds_is_migrated_to_version_1(void)
{
    prog_Data d, back;
    static prb_List p;
    prog_init(&d);
    prog_init(&back);
    /* no "version" key: epoch seconds and RFC 3339 times side by side */
    CHECK_INT(parse(&d, &p, J("{'history': ["
                              "{'routine': 'nose-clean-out', 'zone': 'nose', "
                              "'completed_at': 1714555800, 'steps_done': 9, 'steps_total': 9}, "
                              "{'routine': 'gentle', 'zone': 'nose', "
                              "'completed_at': '2024-05-02T09:30:00Z', 'steps_done': 3, "
                              "'steps_total': 3}], "
                              "'in_progress': {'routine': 'a', 'zone': 'chin', 'step': 1, "
                              "'steps_done': 1, 'started_at': 1714555860}}")),
              0);
    CHECK_INT(d.version, PROG_VERSION);
    CHECK_INT(d.migrated_from, 0);
    CHECK_INT(d.n, 2);
    CHECK_INT(d.h[0].completed_at, MAY_1_0930);
    CHECK_INT(d.h[1].completed_at, MAY_1_0930 + 86400);
    CHECK_INT(d.current.started_at, MAY_1_0930 + 60);
    /* written back as version 2 with RFC 3339 times, and read as current */
    char *text = prog_serialize(&d);
    CHECK(strstr(text, "\"version\": 2,") != NULL);
    CHECK(strstr(text, "\"completed_at\": \"2024-05-01T09:30:00Z\"") != NULL);
    CHECK_INT(parse(&back, &p, text), 0);
    CHECK_INT(back.migrated_from, -1);
    same_entries(&d, &back);
    free(text);
    prog_free(&d);
    prog_free(&back);
    /* "version": 0 is the same; a version 1 file keeps epoch seconds out */
    CHECK_INT(parse(&d, &p, J("{'version': 0, 'history': [{'routine': 'a', 'zone': 'nose', "
                              "'completed_at': 0, 'steps_done': 1, 'steps_total': 1}]}")),
              0);
    CHECK_INT(d.migrated_from, 0);
    CHECK_INT(d.h[0].completed_at, 0);
    prog_free(&d);
    expect_one(J("{'version': 1, 'history': [{'routine': 'a', 'zone': 'nose', "
                 "'completed_at': 1714555800, 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/completed_at: must be an RFC 3339 time such as "
               "\"2024-05-01T09:30:00Z\"");
    expect_one(J("{'history': [{'routine': 'a', 'zone': 'nose', "
                 "'completed_at': 1714555800.5, 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/completed_at: must be whole seconds from 0 to 7258118399");
    expect_one(J("{'history': [{'routine': 'a', 'zone': 'nose', "
                 "'completed_at': -1, 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/completed_at: must be whole seconds from 0 to 7258118399");
}

static void entry_problems_are_reported_at_their_pointers(void)
{
    prog_Data d;
    static prb_List p;
    prog_init(&d);
    CHECK_INT(parse(&d, &p, J("{'version': 1, 'history': [7, {'routine': '', "
                              "'zone': 'abcdefghijabcdefghijabcdefghijabcdefghijabcdefgh', "
                              "'completed_at': 5, 'steps_done': 4, 'steps_total': 3, "
                              "'steps_skipped': -1}], 'in_progress': {'routine': 'a'}}")),
              10);
    CHECK_STR(p.line[0], "progress.json: /history/0: must be an object");
    CHECK_STR(p.line[1], "progress.json: /history/1/routine: \"\" is not an id (1-47 characters of a-z, 0-9 and -)");
    CHECK_STR(p.line[2], "progress.json: /history/1/zone: \"abcdefghijabcdefghijabcdefghijabcdefghijabcd...\" "
                         "is not an id (1-47 characters of a-z, 0-9 and -)");
    CHECK_STR(p.line[3], "progress.json: /history/1/completed_at: must be an RFC 3339 time such as "
                         "\"2024-05-01T09:30:00Z\"");
    CHECK_STR(p.line[4], "progress.json: /history/1/steps_skipped: must be between 0 and 100000");
    CHECK_STR(p.line[5], "progress.json: /history/1/steps_done: "
                         "must not be more than steps_total (3)");
    CHECK_STR(p.line[6], "progress.json: /in_progress: missing \"zone\"");
    CHECK_STR(p.line[7], "progress.json: /in_progress: missing \"step\"");
    CHECK_STR(p.line[8], "progress.json: /in_progress: missing \"steps_done\"");
    CHECK_STR(p.line[9], "progress.json: /in_progress: missing \"started_at\"");
    CHECK_INT(d.n, 0);
    CHECK_INT(d.current.active, 0);
    prog_free(&d);
}

static void unknown_keys_and_a_null_in_progress_are_accepted(void)
{
    prog_Data d;
    static prb_List p;
    prog_init(&d);
    CHECK_INT(parse(&d, &p, J("{'version': 1, 'history': [], 'in_progress': null, "
                              "'settings': {'sound': false}}")),
              0);
    CHECK_INT(d.current.active, 0);
    prog_free(&d);
}

static void a_key_given_twice_is_refused_because_readers_disagree_on_it(void)
{
    expect_one(J("{'version': 1, 'history': [], 'history': 5}"),
               "progress.json: /history: duplicate key \"history\"");
    expect_one(J("{'version': 1, 'history': [{'routine': 'a', 'zone': 'nose', 'zone': 'chin', "
                 "'completed_at': '2024-05-01T09:30:00Z', 'steps_done': 1, 'steps_total': 1}]}"),
               "progress.json: /history/0/zone: duplicate key \"zone\"");
    expect_one(J("{'version': 1, 'history': [], 'in_progress': {'routine': 'a', 'zone': 'b', "
                 "'step': 0, 'step': 1, 'steps_done': 0, 'started_at': '2024-05-01T09:30:00Z'}}"),
               "progress.json: /in_progress/step: duplicate key \"step\"");
}

static void hostile_nesting_and_size_are_refused(void)
{
    expect_one(J("{'version': 1, 'history': [], 'x': [[[[[[1]]]]]]}"),
               "progress.json: /x/0/0/0/0/0: nested deeper than 6 levels");
    size_t big = (size_t)PROG_MAX_FILE + 1;
    char *text = malloc(big);
    CHECK(text != NULL);
    if (text) {
        prog_Data d;
        static prb_List p;
        prog_init(&d);
        memset(text, ' ', big);
        prb_clear(&p);
        CHECK_INT(prog_parse(&d, "progress.json", text, big, &p), 1);
        CHECK_STR(p.line[0], "progress.json: /: file is larger than 16777216 bytes");
        free(text);
    }
}

static void last_routine_and_last_zone_pick_the_latest_completion(void)
{
    prog_Data d;
    prog_init(&d);
    prog_Entry e[4] = {
        entry("nose-clean-out", "nose", 300, 9, 9), entry("gentle", "nose", 500, 3, 3),
        entry("nose-clean-out", "nose", 100, 9, 9), entry("brow", "forehead", 50, 1, 1)};
    for (int i = 0; i < 4; i++)
        prog_add(&d, &e[i]);
    CHECK_INT(prog_last_routine(&d, "nose-clean-out")->completed_at, 300);
    CHECK_STR(prog_last_zone(&d, "nose")->routine, "gentle");
    CHECK_INT(prog_last_zone(&d, "forehead")->completed_at, 50);
    CHECK(prog_last_routine(&d, "never") == NULL);
    CHECK(prog_last_zone(&d, "chin") == NULL);
    prog_free(&d);
}

static void prog_add_refuses_when_full(void)
{
    prog_Data d;
    prog_init(&d);
    prog_Entry e = entry("a", "nose", 1, 1, 1);
    int fails = 0;
    for (int i = 0; i < PROG_MAX_HISTORY; i++)
        fails += prog_add(&d, &e) != 0;
    CHECK_INT(fails, 0);
    CHECK_INT(prog_add(&d, &e), -1);
    CHECK_INT(d.n, PROG_MAX_HISTORY);
    prog_free(&d);
    CHECK_INT(d.n, 0);
}

static void ten_thousand_entries_serialize_and_parse_quickly(void)
{
    prog_Data d, back;
    static prb_List p;
    prog_init(&d);
    prog_init(&back);
    for (int i = 0; i < 10000; i++) {
        prog_Entry e = entry(i % 2 ? "nose-clean-out" : "gentle-cleanse", "nose",
                             MAY_1_0930 + i * 3600LL, 9, 9);
        prog_add(&d, &e);
    }
    clock_t t0 = clock();
    char *text = prog_serialize(&d);
    clock_t t1 = clock();
    CHECK(text != NULL);
    CHECK_INT(parse(&back, &p, text), 0);
    clock_t t2 = clock();
    same_entries(&d, &back);
    double save_ms = 1000.0 * (double)(t1 - t0) / CLOCKS_PER_SEC;
    double load_ms = 1000.0 * (double)(t2 - t1) / CLOCKS_PER_SEC;
    printf("    10000 entries: %zu bytes, serialize %.1f ms, parse %.1f ms\n", strlen(text),
           save_ms, load_ms);
    CHECK(save_ms < 500);
    CHECK(load_ms < 2000);
    free(text);
    prog_free(&d);
    prog_free(&back);
}

int main(void)
{
    RUN(a_progress_file_round_trips_through_serialize_and_parse);
    RUN(completed_at_is_written_as_rfc3339_utc_one_entry_a_line);
    RUN(times_with_an_offset_or_fraction_are_read_as_utc);
    RUN(ids_outside_a_z_0_9_and_dash_are_refused_both_ways);
    RUN(times_before_1970_or_after_2199_are_refused_and_clamped_when_added);
    RUN(a_corrupt_progress_file_leaves_the_data_empty);
    RUN(a_newer_version_is_reported_and_leaves_the_data_empty);
    RUN(a_missing_history_is_reported);
    RUN(a_version_0_file_with_epoch_seconds_is_migrated_to_version_1);
    RUN(entry_problems_are_reported_at_their_pointers);
    RUN(unknown_keys_and_a_null_in_progress_are_accepted);
    RUN(a_key_given_twice_is_refused_because_readers_disagree_on_it);
    RUN(hostile_nesting_and_size_are_refused);
    RUN(last_routine_and_last_zone_pick_the_latest_completion);
    RUN(prog_add_refuses_when_full);
    RUN(ten_thousand_entries_serialize_and_parse_quickly);
    return check_summary();
}
