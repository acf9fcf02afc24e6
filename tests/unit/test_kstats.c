/* test_kstats.c - the kiosk's daily counts (kstats.c): sessions, zones
 * opened and routines started, done and abandoned per day; sums over day
 * ranges; the window of the newest KST_DAYS days; the 32 keys a day holds;
 * the exact text written, its round trip at the limits (35 full days of
 * 47-character ids and counts of a billion), parsing that leaves out only
 * what is bad, and two kiosks' counts added up (kst_rebase).
 * JSON is inline with single quotes; J() makes them double.
 * Stats and problem lists are static: both are large. */
#include "check.h"
#include "quotes.h"

#include <stdlib.h>

#include "core/kstats.h"
#include "core/timefmt.h"

static kst_Stats s, back;
static prb_List p;

static int64_t day_of(int y, int m, int d)
{
    return tf_days_from_civil(y, m, d);
}

static void empty(kst_Stats *st)
{
    memset(st, 0, sizeof *st);
}

/* Empties s, then counts one session on each of the n days, in order. */
static void sessions_on(const int64_t *days, int n)
{
    empty(&s);
    for (int i = 0; i < n; i++)
        kst_session(&s, days[i]);
}

static int parse(kst_Stats *st, const char *single_quoted)
{
    prb_clear(&p);
    return kst_parse(st, "progress.json", J(single_quoted), &p);
}

/* An id of exactly len characters (at most KST_ID - 1), unique for i. */
static void long_id(char *out, int len, const char *kind, int i)
{
    memset(out, 'x', (size_t)len);
    out[len] = '\0';
    char head[16];
    int n = snprintf(head, sizeof head, "%s-%02d-", kind, i);
    memcpy(out, head, (size_t)n);
}

static void a_new_value_counts_nothing(void)
{
    int done = -1, abandoned = -1;
    empty(&s);
    CHECK_INT(kst_sessions(&s, INT64_MIN, INT64_MAX), 0);
    CHECK_INT(kst_zone_opened(&s, NULL, INT64_MIN, INT64_MAX), 0);
    CHECK_INT(kst_routine_sum(&s, NULL, INT64_MIN, INT64_MAX, &done, &abandoned), 0);
    CHECK_INT(done, 0);
    CHECK_INT(abandoned, 0);
}

static void sessions_are_counted_per_day_and_summed_over_inclusive_ranges(void)
{
    sessions_on((const int64_t[]){100, 100, 101, 103, 103, 103}, 6);
    CHECK_INT(s.n, 3);
    CHECK_INT(kst_sessions(&s, 100, 100), 2);
    CHECK_INT(kst_sessions(&s, 101, 101), 1);
    CHECK_INT(kst_sessions(&s, 102, 102), 0);
    CHECK_INT(kst_sessions(&s, 100, 103), 6);
    CHECK_INT(kst_sessions(&s, 101, 103), 4);
    CHECK_INT(kst_sessions(&s, 100, 101), 3);
    CHECK_INT(kst_sessions(&s, 104, 200), 0);
    CHECK_INT(kst_sessions(&s, 103, 100), 0); /* an empty range */
}

static void zones_opened_are_summed_for_one_zone_or_all(void)
{
    empty(&s);
    kst_zone(&s, 10, "nose")->opened += 3;
    kst_zone(&s, 10, "chin")->opened += 1;
    kst_zone(&s, 11, "nose")->opened += 2;
    kst_zone(&s, 12, "forehead")->opened += 5;
    CHECK_INT(kst_zone_opened(&s, "nose", 10, 12), 5);
    CHECK_INT(kst_zone_opened(&s, "nose", 11, 11), 2);
    CHECK_INT(kst_zone_opened(&s, "chin", 11, 12), 0);
    CHECK_INT(kst_zone_opened(&s, "forehead", 10, 12), 5);
    CHECK_INT(kst_zone_opened(&s, "ear", 10, 12), 0);
    CHECK_INT(kst_zone_opened(&s, NULL, 10, 12), 11);
    CHECK_INT(kst_zone_opened(&s, NULL, 10, 11), 6);
    /* zones are not sessions */
    CHECK_INT(kst_sessions(&s, 10, 12), 0);
}

static void routines_count_started_done_and_abandoned_for_one_routine_or_all(void)
{
    int done = -1, abandoned = -1;
    empty(&s);
    kst_Count *c = kst_routine(&s, 20, "nose-clean-out");
    c->started = 3;
    c->done = 2;
    c->abandoned = 1;
    c = kst_routine(&s, 21, "nose-clean-out");
    c->started = 1;
    c->abandoned = 1;
    c = kst_routine(&s, 21, "gentle-chin-cleanse");
    c->started = 4;
    c->done = 4;
    CHECK_INT(kst_routine_sum(&s, "nose-clean-out", 20, 21, &done, &abandoned), 4);
    CHECK_INT(done, 2);
    CHECK_INT(abandoned, 2);
    CHECK_INT(kst_routine_sum(&s, NULL, 20, 21, &done, &abandoned), 8);
    CHECK_INT(done, 6);
    CHECK_INT(abandoned, 2);
    CHECK_INT(kst_routine_sum(&s, NULL, 21, 21, &done, &abandoned), 5);
    CHECK_INT(done, 4);
    CHECK_INT(abandoned, 1);
    CHECK_INT(kst_routine_sum(&s, "gentle-chin-cleanse", 20, 20, &done, &abandoned), 0);
    CHECK_INT(done, 0);
    CHECK_INT(abandoned, 0);
    /* routines are not zones */
    CHECK_INT(kst_zone_opened(&s, NULL, 20, 21), 0);
}

static void the_same_id_on_the_same_day_is_the_same_count_and_a_new_day_starts_at_zero(void)
{
    empty(&s);
    kst_Count *a = kst_zone(&s, 5, "nose");
    CHECK(a != NULL);
    if (!a)
        return;
    a->opened = 7;
    CHECK(kst_zone(&s, 5, "nose") == a);
    CHECK_STR(a->id, "nose");
    kst_Count *b = kst_zone(&s, 6, "nose");
    CHECK(b != NULL && b != a);
    CHECK_INT(b ? b->opened : -1, 0);
    /* a zone and a routine of the same name are kept apart */
    kst_Count *r = kst_routine(&s, 5, "nose");
    CHECK(r != NULL && r != a);
    CHECK_INT(r ? r->started + r->done + r->abandoned + r->opened : -1, 0);
    CHECK_INT(s.n, 2);
}

static void a_day_holds_32_zones_and_32_routines_and_no_more(void)
{
    char id[KST_ID];
    empty(&s);
    for (int i = 0; i < KST_KEYS; i++) {
        snprintf(id, sizeof id, "zone-%d", i);
        CHECK(kst_zone(&s, 1, id) != NULL);
        snprintf(id, sizeof id, "routine-%d", i);
        CHECK(kst_routine(&s, 1, id) != NULL);
    }
    CHECK_INT(s.d[0].nzone, KST_KEYS);
    CHECK_INT(s.d[0].nroutine, KST_KEYS);
    CHECK(kst_zone(&s, 1, "one-too-many") == NULL);
    CHECK(kst_routine(&s, 1, "one-too-many") == NULL);
    CHECK_INT(s.d[0].nzone, KST_KEYS);
    /* the ones it has are still found, and the next day has room again */
    CHECK(kst_zone(&s, 1, "zone-31") == &s.d[0].zone[31]);
    CHECK(kst_routine(&s, 1, "routine-0") == &s.d[0].routine[0]);
    CHECK(kst_zone(&s, 2, "one-too-many") != NULL);
}

static void only_the_newest_35_days_are_kept_and_the_oldest_goes_first(void)
{
    empty(&s);
    for (int day = 1; day <= KST_DAYS; day++) {
        kst_session(&s, day);
        kst_zone(&s, day, "nose")->opened = day;
    }
    CHECK_INT(s.n, KST_DAYS);
    CHECK_INT(s.d[0].day, 1);
    CHECK_INT(kst_sessions(&s, 1, KST_DAYS), KST_DAYS);
    kst_session(&s, KST_DAYS + 1);
    CHECK_INT(s.n, KST_DAYS);
    CHECK_INT(s.d[0].day, 2);
    CHECK_INT(s.d[KST_DAYS - 1].day, KST_DAYS + 1);
    CHECK_INT(kst_sessions(&s, 1, 1), 0);
    CHECK_INT(kst_zone_opened(&s, "nose", 1, 1), 0);
    CHECK_INT(kst_sessions(&s, 0, 1000), KST_DAYS);
    /* what the kept days had is untouched by the move */
    CHECK_INT(kst_zone_opened(&s, "nose", 2, 2), 2);
    CHECK_INT(kst_zone_opened(&s, "nose", KST_DAYS, KST_DAYS), KST_DAYS);
    CHECK_INT(kst_zone_opened(&s, NULL, KST_DAYS + 1, KST_DAYS + 1), 0);
    /* a zone opened on the new day makes no further day */
    kst_zone(&s, KST_DAYS + 1, "nose")->opened = 1;
    CHECK_INT(s.d[0].day, 2);
}

static void days_far_apart_each_take_one_place_in_the_window(void)
{
    sessions_on((const int64_t[]){0, 1000, 100000}, 3);
    CHECK_INT(s.n, 3);
    CHECK_INT(kst_sessions(&s, 0, 0), 1);
    CHECK_INT(kst_sessions(&s, 0, 100000), 3);
}

static void a_day_already_kept_still_counts_after_a_newer_one(void)
{
    sessions_on((const int64_t[]){10, 11, 10}, 3);
    kst_zone(&s, 10, "nose")->opened++;
    CHECK_INT(s.n, 2);
    CHECK_INT(kst_sessions(&s, 10, 10), 2);
    CHECK_INT(kst_zone_opened(&s, "nose", 10, 10), 1);
    CHECK_INT(s.d[0].day, 10);
    CHECK_INT(s.d[1].day, 11);
}

/* A clock set back (a visit counted under a wrong, later date, then the
 * right one) counts the right day in its place; only a day older than
 * all 35 kept counts nowhere (it would be the first to go). */
static void a_clock_set_back_counts_the_day_in_its_place(void)
{
    sessions_on((const int64_t[]){10, 12, 11}, 3);
    CHECK(kst_zone(&s, 11, "nose") != NULL);
    CHECK_INT(s.n, 3);
    CHECK_INT(s.d[0].day, 10);
    CHECK_INT(s.d[1].day, 11);
    CHECK_INT(s.d[2].day, 12);
    CHECK_INT(kst_sessions(&s, 0, 100), 3);
    /* a visit in 2030 (a wrong clock), then 40 right days after: all counted */
    empty(&s);
    kst_session(&s, day_of(2030, 1, 1));
    for (int d = 0; d < 40; d++)
        kst_session(&s, day_of(2026, 11, 1) + d);
    CHECK_INT(s.n, KST_DAYS);
    CHECK_INT(s.d[KST_DAYS - 1].day, day_of(2030, 1, 1));
    CHECK_INT(kst_sessions(&s, day_of(2026, 11, 1) + 6, day_of(2026, 11, 1) + 39), 34);
    CHECK(kst_zone(&s, day_of(2026, 1, 1), "nose") == NULL);
    CHECK_INT(s.n, KST_DAYS);
}

/* Two kiosks on one file: each adds what it counted since it last read. */
static void rebasing_adds_what_each_side_counted_since_it_read(void)
{
    static kst_Stats base, disk;
    empty(&base);
    kst_session(&base, 20);
    kst_zone(&base, 20, "nose")->opened = 2;
    disk = base; /* another kiosk then counted 1 session, 1 nose, 1 new day */
    kst_session(&disk, 20);
    kst_zone(&disk, 20, "nose")->opened++;
    kst_session(&disk, 22);
    s = base; /* and this one 2 sessions, 1 nose, a routine, and a day 21 */
    kst_session(&s, 20);
    kst_session(&s, 20);
    kst_zone(&s, 20, "nose")->opened++;
    kst_routine(&s, 20, "nose-clean-out")->started++;
    kst_session(&s, 21);
    kst_rebase(&disk, &s, &base);
    CHECK_INT(disk.n, 3);
    CHECK_INT(kst_sessions(&disk, 20, 20), 4);
    CHECK_INT(kst_zone_opened(&disk, "nose", 20, 20), 4);
    int done, ab;
    CHECK_INT(kst_routine_sum(&disk, "nose-clean-out", 20, 20, &done, &ab), 1);
    CHECK_INT(kst_sessions(&disk, 21, 22), 2);
}

static void an_empty_value_is_written_as_an_empty_list(void)
{
    empty(&s);
    char *text = kst_serialize(&s);
    CHECK_STR(text, "{\"days\": []}");
    free(text);
}

static void days_are_written_oldest_first_keys_in_the_order_they_came(void)
{
    empty(&s);
    int64_t nov21 = day_of(2026, 11, 21);
    kst_session(&s, nov21);
    kst_session(&s, nov21 + 1);
    kst_zone(&s, nov21, "nose")->opened = 3;
    kst_zone(&s, nov21, "chin")->opened = 1;
    kst_Count *c = kst_routine(&s, nov21, "nose-clean-out");
    c->started = 2;
    c->done = 1;
    c->abandoned = 1;
    char *text = kst_serialize(&s);
    CHECK_STR(text, "{\"days\": [\n"
                    "    {\"date\": \"2026-11-21\", \"sessions\": 1, \"zones\": {\"nose\": 3, \"chin\": 1}, "
                    "\"routines\": {\"nose-clean-out\": {\"started\": 2, \"done\": 1, \"abandoned\": 1}}},\n"
                    "    {\"date\": \"2026-11-22\", \"sessions\": 1, \"zones\": {}, \"routines\": {}}\n"
                    "  ]}");
    free(text);
}

static void the_documented_example_is_read(void)
{
    int done = 0, abandoned = 0;
    memset(&s, 0xff, sizeof s); /* parse must not rely on a zeroed value */
    CHECK_INT(parse(&s, "{'days': [{'date': '2026-11-21', 'sessions': 4, 'zones': {'nose': 3}, "
                        "'routines': {'nose-clean-out': {'started': 2, 'done': 1, 'abandoned': 1}}}]}"),
              0);
    CHECK_INT(s.n, 1);
    CHECK_INT(s.d[0].day, day_of(2026, 11, 21));
    CHECK_INT(s.d[0].sessions, 4);
    CHECK_INT(s.d[0].nzone, 1);
    CHECK_STR(s.d[0].zone[0].id, "nose");
    CHECK_INT(s.d[0].zone[0].opened, 3);
    CHECK_INT(s.d[0].nroutine, 1);
    CHECK_INT(kst_routine_sum(&s, "nose-clean-out", 0, INT64_MAX, &done, &abandoned), 2);
    CHECK_INT(done, 1);
    CHECK_INT(abandoned, 1);
}

static void counts_left_out_of_a_file_are_zero(void)
{
    int done = -1, abandoned = -1;
    CHECK_INT(parse(&s, "{'days': [{'date': '2000-02-29'}, "
                        "{'date': '2000-03-01', 'routines': {'wash': {'started': 5}}}]}"),
              0);
    CHECK_INT(s.n, 2);
    CHECK_INT(s.d[0].day, day_of(2000, 2, 29));
    CHECK_INT(s.d[1].day, day_of(2000, 3, 1));
    CHECK_INT(s.d[0].sessions, 0);
    CHECK_INT(s.d[0].nzone + s.d[0].nroutine, 0);
    CHECK_INT(kst_routine_sum(&s, "wash", 0, INT64_MAX, &done, &abandoned), 5);
    CHECK_INT(done, 0);
    CHECK_INT(abandoned, 0);
    CHECK_INT(parse(&s, "{'days': []}"), 0);
    CHECK_INT(s.n, 0);
}

static void a_full_window_of_full_days_round_trips_at_the_limits(void)
{
    char id[KST_ID];
    int64_t first = day_of(2026, 1, 1);
    empty(&s);
    for (int d = 0; d < KST_DAYS; d++) {
        kst_session(&s, first + d);
        s.d[d].sessions = 1000000000 - d;
        for (int k = 0; k < KST_KEYS; k++) {
            long_id(id, KST_ID - 1, "z", k);
            kst_zone(&s, first + d, id)->opened = 1000000000 - k;
            long_id(id, KST_ID - 1, "r", k);
            kst_Count *c = kst_routine(&s, first + d, id);
            c->started = 1000000000;
            c->done = 999999999 - d;
            c->abandoned = 999999999 - k;
        }
    }
    CHECK_INT(s.n, KST_DAYS);
    CHECK_INT(s.d[KST_DAYS - 1].nzone, KST_KEYS);
    CHECK_INT(s.d[KST_DAYS - 1].nroutine, KST_KEYS);
    char *text = kst_serialize(&s);
    CHECK(text != NULL);
    if (!text)
        return;
    prb_clear(&p);
    CHECK_INT(kst_parse(&back, "progress.json", text, &p), 0);
    free(text);
    CHECK_INT(back.n, s.n);
    for (int d = 0; d < s.n && d < back.n; d++) {
        const kst_Day *a = &s.d[d], *b = &back.d[d];
        CHECK_INT(b->day, a->day);
        CHECK_INT(b->sessions, a->sessions);
        CHECK_INT(b->nzone, a->nzone);
        CHECK_INT(b->nroutine, a->nroutine);
        for (int k = 0; k < a->nzone && k < b->nzone; k++) {
            CHECK_STR(b->zone[k].id, a->zone[k].id);
            CHECK_INT(b->zone[k].opened, a->zone[k].opened);
        }
        for (int k = 0; k < a->nroutine && k < b->nroutine; k++) {
            CHECK_STR(b->routine[k].id, a->routine[k].id);
            CHECK_INT(b->routine[k].started, a->routine[k].started);
            CHECK_INT(b->routine[k].done, a->routine[k].done);
            CHECK_INT(b->routine[k].abandoned, a->routine[k].abandoned);
        }
    }
    CHECK_INT(strlen(back.d[0].zone[0].id), KST_ID - 1);
    CHECK_INT(kst_sessions(&back, first, first), 1000000000);
}

/* Each file has one problem, and its line starts "progress.json: " and
 * then at (a pointer, which ": " follows, or a pointer and message); only
 * what is bad is left out: keep days remain (a bad day goes, a day with a
 * bad key stays without that key). */
static void expect_problem(const char *single_quoted, const char *at, int keep)
{
    char want[128];
    snprintf(want, sizeof want, "progress.json: %s%s", at, strchr(at, ':') ? "" : ": ");
    kst_session(&s, 1); /* parse replaces what was there */
    CHECK_INT(parse(&s, single_quoted), 1);
    CHECK_INT(p.count, 1);
    char start[128];
    snprintf(start, sizeof start, "%.*s", (int)strlen(want), p.line[0]);
    CHECK_STR(start, want);
    CHECK_INT(s.n, keep);
    if (keep)
        CHECK_INT(kst_sessions(&s, 0, 1000000), keep == 1 ? 1 : 3);
}

#define GOOD_DAY "{'date': '2026-11-20', 'sessions': 1}, "

static void a_file_with_a_problem_loses_only_what_is_bad_and_says_where(void)
{
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-02-30'}]}", "/kiosk/days/1/date", 1);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-2x'}]}", "/kiosk/days/1/date", 1);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-021'}]}", "/kiosk/days/1/date", 1);
    expect_problem("{'days': [" GOOD_DAY "{'sessions': 2}]}", "/kiosk/days/1: missing \"date\"", 1);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-21', 'sessions': -1}]}", "/kiosk/days/1/sessions", 1);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-21', 'sessions': 1000000001}]}",
                   "/kiosk/days/1/sessions", 1);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-21', 'sessions': 2, 'visitors': 1}]}",
                   "/kiosk/days/1/visitors", 2);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-21', 'sessions': 2, 'zones': {'Nose': 1}}]}",
                   "/kiosk/days/1/zones/Nose", 2);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-21', 'sessions': 2, 'zones': {'nose': 'many'}}]}",
                   "/kiosk/days/1/zones/nose", 2);
    expect_problem("{'days': [" GOOD_DAY "{'date': '2026-11-21', 'sessions': 2, 'routines': {'wash': 3}}]}",
                   "/kiosk/days/1/routines/wash", 2);
    expect_problem("{'days': [" GOOD_DAY
                   "{'date': '2026-11-21', 'sessions': 2, 'routines': {'wash': {'finished': 3}}}]}",
                   "/kiosk/days/1/routines/wash/finished", 2);
    expect_problem("{'days': [" GOOD_DAY "7]}", "/kiosk/days/1", 1);
    expect_problem("{'days': {}}", "/kiosk/days", 0);
    expect_problem("{}", "/kiosk: missing \"days\"", 0);
    expect_problem("{'days': [], 'people': []}", "/kiosk/people", 0);
    expect_problem("[]", "/kiosk", 0);
    /* one bad key among 35 full days: the other counts all stay */
    char text[8192];
    size_t n = (size_t)snprintf(text, sizeof text, "{'days': [");
    for (int d = 0; d < KST_DAYS; d++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s{'date': '2026-%02d-%02d', 'sessions': 2, "
                              "'zones': {'nose': 1%s}}", d ? ", " : "", 1 + d / 28, 1 + d % 28,
                              d == 17 ? ", 'Bad key': 4" : "");
    snprintf(text + n, sizeof text - n, "]}");
    CHECK_INT(parse(&s, text), 1);
    CHECK_INT(s.n, KST_DAYS);
    CHECK_INT(kst_sessions(&s, 0, 1000000), 2 * KST_DAYS);
    CHECK_INT(kst_zone_opened(&s, "nose", 0, 1000000), KST_DAYS);
}

static void a_file_with_more_than_35_days_keeps_the_newest_and_says_so(void)
{
    char text[4096];
    size_t n = (size_t)snprintf(text, sizeof text, "{'days': [");
    for (int d = 0; d <= KST_DAYS; d++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s{'date': '2026-%02d-%02d', 'sessions': 1}",
                              d ? ", " : "", 1 + d / 28, 1 + d % 28);
    snprintf(text + n, sizeof text - n, "]}");
    CHECK_INT(parse(&s, text), 1);
    CHECK_INT(s.n, KST_DAYS);
    CHECK_INT(s.d[0].day, day_of(2026, 1, 2));
}

/* The window drops d[0] as the oldest day, so what a file gives must be
 * oldest first, each date once, whether parse sorts it or calls it a
 * problem. A file with 2026-11-22 before 2026-11-21 is read as it stands
 * today, and 35 days later the window drops 11-22 and keeps 11-21. */
static void days_read_from_a_file_are_kept_oldest_first_each_once(void)
{
    static const char *const files[] = {
        "{'days': [{'date': '2026-11-22', 'sessions': 5}, {'date': '2026-11-21', 'sessions': 1}]}",
        "{'days': [{'date': '2026-11-21', 'sessions': 5}, {'date': '2026-11-21', 'sessions': 1}]}",
    };
    for (int f = 0; f < 2; f++) {
        parse(&s, files[f]);
        for (int i = 0; i + 1 < s.n; i++)
            CHECK(s.d[i].day < s.d[i + 1].day);
    }
}

static void text_that_is_not_json_is_a_problem(void)
{
    prb_clear(&p);
    kst_session(&s, 1);
    CHECK(kst_parse(&s, "progress.json", "{\"days\": [", &p) > 0);
    CHECK(p.count > 0);
    CHECK_INT(s.n, 0);
}

int main(void)
{
    RUN(a_new_value_counts_nothing);
    RUN(sessions_are_counted_per_day_and_summed_over_inclusive_ranges);
    RUN(zones_opened_are_summed_for_one_zone_or_all);
    RUN(routines_count_started_done_and_abandoned_for_one_routine_or_all);
    RUN(the_same_id_on_the_same_day_is_the_same_count_and_a_new_day_starts_at_zero);
    RUN(a_day_holds_32_zones_and_32_routines_and_no_more);
    RUN(only_the_newest_35_days_are_kept_and_the_oldest_goes_first);
    RUN(days_far_apart_each_take_one_place_in_the_window);
    RUN(a_day_already_kept_still_counts_after_a_newer_one);
    RUN(a_clock_set_back_counts_the_day_in_its_place);
    RUN(rebasing_adds_what_each_side_counted_since_it_read);
    RUN(an_empty_value_is_written_as_an_empty_list);
    RUN(days_are_written_oldest_first_keys_in_the_order_they_came);
    RUN(the_documented_example_is_read);
    RUN(counts_left_out_of_a_file_are_zero);
    RUN(a_full_window_of_full_days_round_trips_at_the_limits);
    RUN(a_file_with_a_problem_loses_only_what_is_bad_and_says_where);
    RUN(a_file_with_more_than_35_days_keeps_the_newest_and_says_so);
    RUN(text_that_is_not_json_is_a_problem);
    RUN(days_read_from_a_file_are_kept_oldest_first_each_once);
    return check_summary();
}
