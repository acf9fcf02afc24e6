/* test_timefmt.c - civil dates, RFC 3339 text, local days and due status:
 * month ends, year ends, leap days (2024-02-29 yes, 2100 no, 2000 yes), and
 * offsets where the local date differs from the UTC date. */
#include "check.h"
#include "core/timefmt.h"

#define DAY 86400

static int64_t at(const char *s)
{
    int64_t t = 0;
    if (tf_parse_rfc3339(s, &t) != 0)
        printf("    (could not parse %s)\n", s);
    return t;
}

static void the_epoch_is_day_zero(void)
{
    int y, m, d;
    CHECK_INT(tf_days_from_civil(1970, 1, 1), 0);
    tf_civil_from_days(0, &y, &m, &d);
    CHECK_INT(y, 1970);
    CHECK_INT(m, 1);
    CHECK_INT(d, 1);
    CHECK_INT(tf_days_from_civil(1969, 12, 31), -1);
    CHECK_INT(tf_days_from_civil(2000, 3, 1), 11017);
}

static void civil_dates_round_trip_over_four_centuries(void)
{
    int bad = 0;
    for (int64_t z = tf_days_from_civil(1899, 1, 1); z < tf_days_from_civil(2301, 1, 1); z++) {
        int y, m, d;
        tf_civil_from_days(z, &y, &m, &d);
        bad += tf_days_from_civil(y, m, d) != z;
    }
    CHECK_INT(bad, 0);
}

static void leap_days_follow_the_gregorian_rules(void)
{
    CHECK_INT(tf_days_from_civil(2024, 3, 1) - tf_days_from_civil(2024, 2, 28), 2);
    CHECK_INT(tf_days_from_civil(2023, 3, 1) - tf_days_from_civil(2023, 2, 28), 1);
    CHECK_INT(tf_days_from_civil(2100, 3, 1) - tf_days_from_civil(2100, 2, 28), 1);
    CHECK_INT(tf_days_from_civil(2000, 3, 1) - tf_days_from_civil(2000, 2, 28), 2);
    int64_t t;
    CHECK_INT(tf_parse_rfc3339("2024-02-29T12:00:00Z", &t), 0);
    CHECK_INT(tf_parse_rfc3339("2023-02-29T12:00:00Z", &t), -1);
    CHECK_INT(tf_parse_rfc3339("2100-02-29T12:00:00Z", &t), -1);
    CHECK_INT(tf_parse_rfc3339("2000-02-29T12:00:00Z", &t), 0);
}

static void formatting_gives_utc_text_with_a_z(void)
{
    char out[32];
    tf_format_utc(0, out);
    CHECK_STR(out, "1970-01-01T00:00:00Z");
    tf_format_utc(1709251199, out);
    CHECK_STR(out, "2024-02-29T23:59:59Z");
    tf_format_utc(-1, out);
    CHECK_STR(out, "1969-12-31T23:59:59Z");
    tf_format_utc(4102444800LL, out);
    CHECK_STR(out, "2100-01-01T00:00:00Z");
}

static void parsing_reads_z_offsets_and_fractions(void)
{
    CHECK_INT(at("2024-02-29T23:59:59Z"), 1709251199);
    CHECK_INT(at("2024-03-01T01:59:59+02:00"), 1709251199);
    CHECK_INT(at("2024-02-29T18:29:59-05:30"), 1709251199);
    CHECK_INT(at("2024-02-29T23:59:59.999Z"), 1709251199);
    CHECK_INT(at("2024-02-29t23:59:59z"), 1709251199);
    CHECK_INT(at("2024-02-29 23:59:59Z"), 1709251199);
}

static void formatting_and_parsing_round_trip(void)
{
    char out[32];
    int64_t samples[] = {0, 951782400, 1709251199, 1735689599, 4107542400LL, -86401};
    for (int i = 0; i < 6; i++) {
        int64_t back = 0;
        tf_format_utc(samples[i], out);
        CHECK_INT(tf_parse_rfc3339(out, &back), 0);
        CHECK_INT(back, samples[i]);
    }
}

static void malformed_times_are_rejected(void)
{
    const char *bad[] = {
        "",  "2024-02-29",           "2024-02-29T23:59:59",    "2024-13-01T00:00:00Z",
        "2024-00-10T00:00:00Z",      "2024-04-31T00:00:00Z",   "2024-01-01T24:00:00Z",
        "2024-01-01T00:60:00Z",      "2024-01-01T00:00:61Z",   "2024-01-01T00:00:00+0200",
        "2024-01-01T00:00:00+24:00", "2024-01-01T00:00:00Zjunk", "2024-1-01T00:00:00Z",
        "2024-01-01T00:00:00.Z",     "2024-01-01X00:00:00Z",   "２０２４-01-01T00:00:00Z",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t t = 12345;
        if (tf_parse_rfc3339(bad[i], &t) != -1)
            printf("    accepted \"%s\"\n", bad[i]);
        CHECK_INT(tf_parse_rfc3339(bad[i], &t), -1);
        CHECK_INT(t, 12345);
    }
    int64_t t;
    CHECK_INT(tf_parse_rfc3339(NULL, &t), -1);
}

static void days_between_count_local_midnights_across_month_and_year_ends(void)
{
    CHECK_INT(tf_local_days_between(at("2024-01-31T23:00:00Z"), at("2024-02-01T01:00:00Z"), 0), 1);
    CHECK_INT(tf_local_days_between(at("2023-12-31T23:59:59Z"), at("2024-01-01T00:00:00Z"), 0), 1);
    CHECK_INT(tf_local_days_between(at("2024-02-28T12:00:00Z"), at("2024-03-01T12:00:00Z"), 0), 2);
    CHECK_INT(tf_local_days_between(at("2100-02-28T12:00:00Z"), at("2100-03-01T12:00:00Z"), 0), 1);
    CHECK_INT(tf_local_days_between(at("2024-05-01T00:00:00Z"), at("2024-05-01T23:59:59Z"), 0), 0);
    CHECK_INT(tf_local_days_between(at("2024-03-01T12:00:00Z"), at("2024-02-28T12:00:00Z"), 0), -2);
}

static void a_late_evening_east_of_utc_is_the_local_day_not_the_utc_day(void)
{
    /* 01:30 local at +02:00 is 23:30 UTC the day before. Done then, and
     * looked at 23:00 local the same local day: 0 local days, 1 UTC day. */
    int64_t done = at("2024-03-10T01:30:00+02:00");
    int64_t now = at("2024-03-10T23:00:00+02:00");
    CHECK_INT(done, at("2024-03-09T23:30:00Z"));
    CHECK_INT(tf_local_days_between(done, now, 2 * 3600), 0);
    CHECK_INT(tf_local_days_between(done, now, 0), 1);
    /* 23:30 local at +02:00 is still the same date in UTC (21:30). */
    done = at("2024-03-10T23:30:00+02:00");
    CHECK_INT(tf_local_days_between(done, at("2024-03-11T00:30:00+02:00"), 2 * 3600), 1);
    CHECK_INT(tf_local_days_between(done, at("2024-03-11T00:30:00+02:00"), 0), 0);
}

static void an_evening_west_of_utc_is_the_previous_utc_day(void)
{
    /* 20:00 at -05:00 is 01:00 UTC next day; 08:00 local the next morning
     * is one local day later but the same UTC day. */
    int64_t done = at("2024-12-31T20:00:00-05:00");
    int64_t now = at("2025-01-01T08:00:00-05:00");
    CHECK_INT(tf_local_days_between(done, now, -5 * 3600), 1);
    CHECK_INT(tf_local_days_between(done, now, 0), 0);
}

static void a_routine_never_done_is_new(void)
{
    tf_DueInfo i = tf_due(0, 0, 30, at("2024-01-01T00:00:00Z"), 0);
    CHECK_INT(i.status, TF_DUE_NEVER);
    CHECK_INT(i.days_since, -1);
    CHECK_INT(i.next_due, 0);
    CHECK_STR(tf_due_badge(i.status), "New");
}

static void a_monthly_routine_moves_from_done_to_soon_to_due_to_overdue(void)
{
    int64_t last = at("2024-01-15T10:00:00Z");
    /* every 30 days, quarter = 7 */
    struct { int day; tf_Due want; int left; } cases[] = {
        {0, TF_DUE_RECENT, 30}, {22, TF_DUE_RECENT, 8}, {23, TF_DUE_SOON, 7},
        {29, TF_DUE_SOON, 1},   {30, TF_DUE_NOW, 0},    {36, TF_DUE_NOW, -6},
        {37, TF_DUE_OVERDUE, -7}, {400, TF_DUE_OVERDUE, -370},
    };
    for (int k = 0; k < 8; k++) {
        tf_DueInfo i = tf_due(1, last, 30, last + (int64_t)cases[k].day * DAY, 0);
        CHECK_INT(i.status, cases[k].want);
        CHECK_INT(i.days_left, cases[k].left);
        CHECK_INT(i.days_since, cases[k].day);
        CHECK_INT(i.next_due, last + 30 * DAY);
    }
}

static void a_short_interval_has_no_soon_and_a_day_of_grace(void)
{
    int64_t last = at("2024-06-01T09:00:00Z");
    CHECK_INT(tf_due(1, last, 2, last, 0).status, TF_DUE_RECENT);
    CHECK_INT(tf_due(1, last, 2, last + DAY, 0).status, TF_DUE_RECENT);
    CHECK_INT(tf_due(1, last, 2, last + 2 * DAY, 0).status, TF_DUE_NOW);
    CHECK_INT(tf_due(1, last, 2, last + 3 * DAY, 0).status, TF_DUE_OVERDUE);
    /* daily: done on the day, due the next day, overdue the day after */
    CHECK_INT(tf_due(1, last, 1, last, 0).status, TF_DUE_RECENT);
    CHECK_INT(tf_due(1, last, 1, last + DAY, 0).status, TF_DUE_NOW);
    CHECK_INT(tf_due(1, last, 1, last + 2 * DAY, 0).status, TF_DUE_OVERDUE);
}

static void due_counts_local_days_not_hours(void)
{
    /* done 23:30 local on 1 March at +02:00 (21:30 UTC); every 7 days (quarter 1).
     * At 00:10 local on 8 March it is 7 local days later: due, although
     * fewer than 7 * 24 hours have passed. */
    int64_t last = at("2024-03-01T23:30:00+02:00");
    int64_t now = at("2024-03-08T00:10:00+02:00");
    tf_DueInfo i = tf_due(1, last, 7, now, 2 * 3600);
    CHECK_INT(i.days_since, 7);
    CHECK_INT(i.status, TF_DUE_NOW);
    CHECK(now < i.next_due);
    i = tf_due(1, last, 7, now, 0);
    CHECK_INT(i.days_since, 6);
    CHECK_INT(i.status, TF_DUE_SOON);
}

static void every_status_has_its_badge(void)
{
    CHECK_STR(tf_due_badge(TF_DUE_NEVER), "New");
    CHECK_STR(tf_due_badge(TF_DUE_RECENT), "Done");
    CHECK_STR(tf_due_badge(TF_DUE_SOON), "Soon");
    CHECK_STR(tf_due_badge(TF_DUE_NOW), "Due");
    CHECK_STR(tf_due_badge(TF_DUE_OVERDUE), "Overdue");
}

int main(void)
{
    RUN(the_epoch_is_day_zero);
    RUN(civil_dates_round_trip_over_four_centuries);
    RUN(leap_days_follow_the_gregorian_rules);
    RUN(formatting_gives_utc_text_with_a_z);
    RUN(parsing_reads_z_offsets_and_fractions);
    RUN(formatting_and_parsing_round_trip);
    RUN(malformed_times_are_rejected);
    RUN(days_between_count_local_midnights_across_month_and_year_ends);
    RUN(a_late_evening_east_of_utc_is_the_local_day_not_the_utc_day);
    RUN(an_evening_west_of_utc_is_the_previous_utc_day);
    RUN(a_routine_never_done_is_new);
    RUN(a_monthly_routine_moves_from_done_to_soon_to_due_to_overdue);
    RUN(a_short_interval_has_no_soon_and_a_day_of_grace);
    RUN(due_counts_local_days_not_hours);
    RUN(every_status_has_its_badge);
    return check_summary();
}
