/* test_hist.c - the history screen's summary and geometry (hist.c,
 * hist_geo.c) on a small hand-made content: a day's count and shade, on
 * time and late by the interval, due intervals, missed days of a followed
 * routine only, 90-day counts, streaks (and an overdue routine breaking
 * them), an unknown routine counted on the calendar only; the calendar's
 * cells (weeks as columns, Monday on top), hits, month names; the
 * timelines' span, due bands and mark hits. */
#include "check.h"

#include "core/hist.h"
#include "core/timefmt.h"

#define DAY 86400LL
static lvl_Zone zones[2] = {{.id = "nose"}, {.id = "chin"}};
static lvl_Routine routines[3] = {
    {.id = "nose-weekly", .zone = "nose", .every_days = 7},
    {.id = "chin-daily", .zone = "chin", .every_days = 1},
    {.id = "nose-monthly", .zone = "nose", .every_days = 30},
};
static lvl_Content content = {.zones = zones, .nzones = 2, .routines = routines, .nroutines = 3};
static hst_Summary s;
static int64_t today; /* local day of NOW */
#define NOW (tf_days_from_civil(2026, 11, 21) * DAY + 12 * 3600) /* a Saturday, noon UTC */

static void add(prog_Data *p, const char *routine, int64_t day)
{
    prog_Entry e = {0};
    snprintf(e.routine, sizeof e.routine, "%s", routine);
    snprintf(e.zone, sizeof e.zone, "x");
    e.completed_at = day * DAY + 9 * 3600;
    prog_add(p, &e);
}

static void build(const prog_Data *p, int follow_daily)
{
    int follows[3] = {1, follow_daily, 1}, every[3] = {7, 1, 30};
    hst_build(&s, &content, p, follows, every, NOW, 0);
}

static void the_calendar_ends_today_and_starts_on_a_monday_with_counts_per_day(void)
{
    prog_Data p;
    prog_init(&p);
    today = tf_local_day(NOW, 0);
    add(&p, "nose-weekly", today - 1);
    add(&p, "chin-daily", today - 1);
    add(&p, "nose-monthly", today - 2);
    add(&p, "somebody-elses", today - 2); /* unknown: on the calendar only */
    add(&p, "chin-daily", today - 400);   /* before the calendar */
    build(&p, 0);
    CHECK_INT((s.day0 + 3) % 7, 0); /* a Monday */
    CHECK_INT(s.ndays, s.today - s.day0 + 1);
    CHECK(s.ndays > 52 * 7 && s.ndays <= HST_DAYS);
    CHECK_INT(s.today, today);
    CHECK_INT(s.done[hst_day_index(&s, today - 1)], 2);
    CHECK_INT(s.done[hst_day_index(&s, today - 2)], 2);
    CHECK_INT(hst_day_index(&s, today - 400), -1);
    CHECK_INT(s.max_done, 2);
    CHECK_INT(hst_shade(&s, today - 1), 2); /* 2 of a scale of at least 4 */
    CHECK_INT(hst_shade(&s, today), 0);
    CHECK_INT(s.nmarks, 3); /* the unknown one has no zone */
    CHECK_INT(s.zone[0].n, 2);
    CHECK_INT(s.zone[1].n, 1);
    prog_free(&p);
}

static void late_is_more_than_the_interval_after_the_previous_one(void)
{
    prog_Data p;
    prog_init(&p);
    add(&p, "nose-weekly", today - 30);
    add(&p, "nose-weekly", today - 23); /* 7 days: on time */
    add(&p, "nose-weekly", today - 15); /* 8 days: late */
    add(&p, "nose-weekly", today - 10); /* 5 days: on time */
    build(&p, 0);
    const hst_Zone *z = &s.zone[0];
    CHECK_INT(z->n, 4);
    CHECK_INT(s.mark[z->first].from_day, -1);
    CHECK_INT(s.mark[z->first].late, 0);
    CHECK_INT(s.mark[z->first + 1].late, 0);
    CHECK_INT(s.mark[z->first + 2].late, 1);
    CHECK_INT(s.mark[z->first + 2].from_day, today - 23);
    CHECK_INT(s.mark[z->first + 2].due_day, today - 16);
    CHECK_INT(s.mark[z->first + 3].late, 0);
    CHECK_INT(z->done_recent, 4);
    CHECK_INT(z->on_time_recent, 3);
    /* the last one was 10 days ago: a weekly routine followed is overdue now */
    CHECK_INT(z->streak, 0);
    CHECK_INT(s.all.streak, 0);
    add(&p, "nose-weekly", today - 4);
    build(&p, 0);
    CHECK_INT(s.zone[0].streak, 2);
    CHECK_INT(s.all.streak, 2);
    prog_free(&p);
}

static void missed_days_are_due_days_of_followed_routines_only_never_today(void)
{
    prog_Data p;
    prog_init(&p);
    add(&p, "chin-daily", today - 5);
    add(&p, "chin-daily", today - 2);
    build(&p, 0); /* not followed: nothing missed */
    int any = 0;
    for (int i = 0; i < s.ndays; i++)
        any |= s.missed[i];
    CHECK_INT(any, 0);
    build(&p, 1);
    CHECK_INT(s.missed[hst_day_index(&s, today - 5)], 0);
    CHECK_INT(s.missed[hst_day_index(&s, today - 4)], 1);
    CHECK_INT(s.missed[hst_day_index(&s, today - 3)], 1);
    CHECK_INT(s.missed[hst_day_index(&s, today - 2)], 0);
    CHECK_INT(s.missed[hst_day_index(&s, today - 1)], 1);
    CHECK_INT(s.missed[hst_day_index(&s, today)], 0);
    CHECK_INT(s.zone[1].streak, 0); /* due yesterday, not done: broken */
    prog_free(&p);
    prog_init(&p); /* a monthly routine: its due day only, every 30 days */
    add(&p, "nose-monthly", today - 100);
    build(&p, 0);
    for (int d = 1; d < 100; d++)
        CHECK_INT(s.missed[hst_day_index(&s, today - 100 + d)], d % 30 == 0);
    prog_free(&p);
}

static void the_last_90_days_count_on_time_per_zone_and_overall(void)
{
    prog_Data p;
    prog_init(&p);
    add(&p, "nose-monthly", today - 120);
    add(&p, "nose-monthly", today - 80); /* 40 days: late, in the 90 */
    add(&p, "nose-monthly", today - 60); /* on time */
    add(&p, "chin-daily", today - 1);
    add(&p, "chin-daily", today);
    build(&p, 0);
    CHECK_INT(s.zone[0].done_recent, 2);
    CHECK_INT(s.zone[0].on_time_recent, 1);
    CHECK_INT(s.all.done_recent, 4);
    CHECK_INT(s.all.on_time_recent, 3);
    CHECK_INT(s.zone[0].streak, 0); /* 60 days ago, monthly: overdue */
    CHECK_INT(s.zone[1].streak, 2);
    prog_free(&p);
}

static void calendar_cells_fit_the_box_weeks_as_columns_and_hit_their_day(void)
{
    prog_Data p;
    prog_init(&p);
    build(&p, 0);
    int sizes[][2] = {{800, 180}, {1900, 300}, {300, 90}};
    for (int k = 0; k < 3; k++) {
        geo_Rect box = geo_rect(10, 20, (float)sizes[k][0], (float)sizes[k][1]);
        hst_Cal c = hst_cal_layout(&s, box, 14);
        geo_Rect first = hst_cal_cell(&c, &s, s.day0), last = hst_cal_cell(&c, &s, s.today);
        CHECK(first.x >= box.x && first.y >= box.y + 14);
        CHECK(last.x + last.w <= box.x + box.w + 0.5f);
        CHECK(hst_cal_cell(&c, &s, s.day0 + 6).y + c.cell <= box.y + box.h + 0.5f);
        CHECK(c.cell > 0 && c.cell <= c.pitch);
        geo_Rect mon = hst_cal_cell(&c, &s, s.today - (s.today + 3) % 7);
        CHECK(mon.x == last.x && mon.y == first.y); /* today's week is the last column, Monday on top */
        CHECK_INT(hst_cal_hit(&c, &s, last.x + last.w / 2, last.y + last.h / 2), s.today);
        CHECK_INT(hst_cal_hit(&c, &s, first.x + 1, first.y + 1), s.day0);
        CHECK_INT(hst_cal_hit(&c, &s, last.x + 1, last.y + c.pitch + 1), -1); /* Sunday, to come */
        CHECK_INT(hst_cal_hit(&c, &s, box.x - 5, first.y), -1);
        CHECK(c.nmonths >= 12 && c.nmonths <= 13);
        for (int m = 1; m < c.nmonths; m++)
            CHECK(c.month_x[m] > c.month_x[m - 1] && c.month[m] == c.month[m - 1] % 12 + 1);
    }
    prog_free(&p);
}

static void timelines_span_the_calendar_and_hit_the_nearest_mark(void)
{
    prog_Data p;
    prog_init(&p);
    add(&p, "nose-weekly", today - 20);
    add(&p, "nose-weekly", today - 12);
    add(&p, "chin-daily", today - 3);
    build(&p, 0);
    hst_Tl t = hst_tl_layout(&s, geo_rect(0, 100, 1000, 80), 200, 0);
    CHECK(fabsf(hst_tl_x(&t, t.t0) - 200) < 0.01f);
    CHECK(fabsf(hst_tl_x(&t, t.t1) - 1000) < 0.01f);
    CHECK(fabsf(hst_tl_row(&t, 1).y - 140) < 0.01f);
    const hst_Mark *m = &s.mark[s.zone[0].first + 1];
    geo_Rect due = hst_tl_due(&t, m, 0);
    CHECK(fabsf(due.x - hst_tl_x(&t, (double)(today - 20) * DAY)) < 0.01f);
    CHECK(fabsf(due.x + due.w - hst_tl_x(&t, (double)(today - 12) * DAY)) < 0.01f); /* its due day's end */
    CHECK(hst_tl_x(&t, (double)m->t) > due.x + due.w); /* late: after the band */
    CHECK(hst_tl_due(&t, &s.mark[s.zone[0].first], 0).w == 0); /* a first has none */
    float mx = hst_tl_x(&t, (double)m->t);
    CHECK_INT(hst_tl_hit(&t, &s, mx + 1, 120, 6), s.zone[0].first + 1);
    CHECK_INT(hst_tl_hit(&t, &s, mx + 1, 150, 6), -1); /* the chin's row */
    CHECK_INT(hst_tl_hit(&t, &s, hst_tl_x(&t, (double)s.mark[s.zone[1].first].t), 150, 6), s.zone[1].first);
    CHECK_INT(hst_tl_hit(&t, &s, mx, 190, 6), -1);
    prog_free(&p);
}

int main(void)
{
    RUN(the_calendar_ends_today_and_starts_on_a_monday_with_counts_per_day);
    RUN(late_is_more_than_the_interval_after_the_previous_one);
    RUN(missed_days_are_due_days_of_followed_routines_only_never_today);
    RUN(the_last_90_days_count_on_time_per_zone_and_overall);
    RUN(calendar_cells_fit_the_box_weeks_as_columns_and_hit_their_day);
    RUN(timelines_span_the_calendar_and_hit_the_nearest_mark);
    return check_summary();
}
