/* test_kchart.c - the kiosk admin's 30-day chart (kchart.c) as geometry:
 * today is the last bar, a day without visits has no bar, the largest
 * count fills the plot and the others are in proportion on one scale, the
 * three bars of a day are told apart by width and place (wide visitors,
 * narrow finished at its left, narrow unfinished at its right), every bar
 * stays inside the plot; and the most opened zones: most first, ties in
 * the content's order, only zones opened, at most the number asked. */
#include "check.h"

#include "core/kchart.h"
#include "core/timefmt.h"

static kst_Stats s;
static kch_Chart c;

static void visits(int64_t day, int sessions, int done, int abandoned)
{
    for (int i = 0; i < sessions; i++)
        kst_session(&s, day);
    kst_Count *r = kst_routine(&s, day, "nose-clean-out");
    r->started += done + abandoned;
    r->done += done;
    r->abandoned += abandoned;
}

static int inside(geo_Rect r, geo_Rect box)
{
    return r.x >= box.x - 0.01f && r.y >= box.y - 0.01f && r.x + r.w <= box.x + box.w + 0.01f &&
           r.y + r.h <= box.y + box.h + 0.01f;
}

static void bars_share_one_scale_and_today_is_the_last(void)
{
    int64_t today = tf_days_from_civil(2026, 11, 21);
    memset(&s, 0, sizeof s);
    visits(today, 20, 6, 3);
    visits(today - 29, 10, 0, 0);
    visits(today - 30, 99, 99, 0); /* a day before the chart: not drawn, not on the scale */
    geo_Rect plot = geo_rect(100, 50, 300, 200);
    kch_make(&c, &s, today, plot);
    CHECK_INT(c.first, today - 29);
    CHECK_INT(c.top, 20);
    CHECK_INT(c.visitors[29], 20);
    CHECK_INT(c.finished[29], 6);
    CHECK_INT(c.unfinished[29], 3);
    CHECK_INT(c.visitors[0], 10);
    CHECK_NEAR(c.bar_visitors[29].h, 200, 0.01);
    CHECK_NEAR(c.bar_visitors[0].h, 100, 0.01);
    CHECK_NEAR(c.bar_finished[29].h, 60, 0.01);
    CHECK_NEAR(c.bar_unfinished[29].h, 30, 0.01);
    CHECK_NEAR(c.bar_visitors[29].y + c.bar_visitors[29].h, 250, 0.01); /* on the baseline */
    CHECK(c.bar_visitors[29].x > c.bar_visitors[28].x);
    CHECK_NEAR(c.bar_finished[0].h, 0, 0.001);
    for (int i = 1; i < 29; i++)
        CHECK(c.bar_visitors[i].h == 0 && c.bar_finished[i].h == 0 && c.bar_unfinished[i].h == 0);
    const geo_Rect *v = &c.bar_visitors[29], *f = &c.bar_finished[29], *u = &c.bar_unfinished[29];
    CHECK(f->w < v->w / 2 && u->w < v->w / 2);
    CHECK(f->x + f->w <= u->x); /* finished left of unfinished, apart */
    CHECK(inside(*f, *v) || f->h > v->h);
    for (int i = 0; i < KCH_DAYS; i++)
        CHECK(inside(c.bar_visitors[i], plot) && inside(c.bar_finished[i], plot) && inside(c.bar_unfinished[i], plot));
}

static void an_empty_kiosk_has_no_bars_and_a_scale_of_one(void)
{
    memset(&s, 0, sizeof s);
    kch_make(&c, &s, 20000, geo_rect(0, 0, 300, 100));
    CHECK_INT(c.top, 1);
    for (int i = 0; i < KCH_DAYS; i++)
        CHECK(c.bar_visitors[i].h == 0);
    visits(20000, 1, 0, 0); /* one visitor among thousands on other days still shows */
    visits(19999, 5000, 0, 0);
    kch_make(&c, &s, 20000, geo_rect(0, 0, 300, 100));
    CHECK(c.bar_visitors[29].h >= 1);
}

static void the_most_opened_zones_come_most_first_ties_in_content_order(void)
{
    static lvl_Content content;
    static lvl_Zone zones[7];
    const char *ids[7] = {"a", "b", "c", "d", "e", "f", "g"};
    content.zones = zones;
    content.nzones = 7;
    for (int z = 0; z < 7; z++)
        snprintf(content.zones[z].id, sizeof content.zones[z].id, "%s", ids[z]);
    memset(&s, 0, sizeof s);
    int64_t day = 20000;
    const int opened[7] = {2, 0, 5, 2, 9, 1, 2};
    for (int z = 0; z < 7; z++)
        if (opened[z])
            kst_zone(&s, day - z, ids[z])->opened = opened[z];
    int zone[KCH_TOP], count[KCH_TOP];
    CHECK_INT(kch_top_zones(&s, &content, day - 29, day, zone, count, KCH_TOP), 5);
    const int want_zone[5] = {4, 2, 0, 3, 6}, want_count[5] = {9, 5, 2, 2, 2};
    for (int i = 0; i < 5; i++) {
        CHECK_INT(zone[i], want_zone[i]);
        CHECK_INT(count[i], want_count[i]);
    }
    CHECK_INT(kch_top_zones(&s, &content, day + 1, day + 5, zone, count, KCH_TOP), 0); /* nothing opened then */
    CHECK_INT(kch_top_zones(&s, &content, day, day, zone, count, KCH_TOP), 1);
    CHECK_INT(zone[0], 0);
    CHECK_INT(kch_top_zones(&s, &content, day - 29, day, zone, count, 2), 2);
    CHECK(zone[0] == 4 && zone[1] == 2);
}

int main(void)
{
    RUN(bars_share_one_scale_and_today_is_the_last);
    RUN(an_empty_kiosk_has_no_bars_and_a_scale_of_one);
    RUN(the_most_opened_zones_come_most_first_ties_in_content_order);
    return check_summary();
}
