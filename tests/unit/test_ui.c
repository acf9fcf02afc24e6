/* test_ui.c - the shared widgets (ui.c, ui_list.c): the words for due
 * states and dates, the text metrics that share out space, the layout
 * bands, and the list widget's page arithmetic, on an app_State set up by
 * hand (no content is needed for these). */
#include "check.h"
#include "core/ui.h"

static app_State app;
static dl_List list;

static void due_words_say_how_long_in_days(void)
{
    char s[64];
    ui_due_text((tf_DueInfo){.status = TF_DUE_NEVER}, s, sizeof s);
    CHECK_STR(s, "Not done yet");
    ui_due_text((tf_DueInfo){.status = TF_DUE_SOON, .days_left = 1}, s, sizeof s);
    CHECK_STR(s, "Due tomorrow");
    ui_due_text((tf_DueInfo){.status = TF_DUE_RECENT, .days_left = 12}, s, sizeof s);
    CHECK_STR(s, "Due in 12 days");
    ui_due_text((tf_DueInfo){.status = TF_DUE_NOW, .days_left = 0}, s, sizeof s);
    CHECK_STR(s, "Due today");
    ui_due_text((tf_DueInfo){.status = TF_DUE_OVERDUE, .days_left = -1}, s, sizeof s);
    CHECK_STR(s, "1 day overdue");
    ui_due_text((tf_DueInfo){.status = TF_DUE_OVERDUE, .days_left = -3}, s, sizeof s);
    CHECK_STR(s, "3 days overdue");
}

static void dates_are_local_days_and_intervals_read_naturally(void)
{
    char s[64];
    ui_date(1795251600, 0, s, sizeof s); /* 2026-11-21T09:00:00Z */
    CHECK_STR(s, "21 Nov 2026");
    ui_date(1795219200 + 3600, -7200, s, sizeof s); /* 01:00Z, two hours behind UTC: the day before */
    CHECK_STR(s, "20 Nov 2026");
    ui_date(-1, 0, s, sizeof s);
    CHECK_STR(s, "31 Dec 1969");
    ui_every(1, s, sizeof s);
    CHECK_STR(s, "every day");
    ui_every(7, s, sizeof s);
    CHECK_STR(s, "every week");
    ui_every(30, s, sizeof s);
    CHECK_STR(s, "every 30 days");
}

static void text_metrics_count_characters_not_bytes_and_wrap(void)
{
    CHECK(ui_text_w("abc", 10) > 18.5f && ui_text_w("abc", 10) < 18.7f);
    CHECK(ui_text_w("\xC3\xA9t\xC3\xA9", 10) == ui_text_w("ete", 10)); /* UTF-8: 3 characters */
    float one = ui_text_h("short", 10, 1000), long_h = ui_text_h("a much longer line of text that wraps", 10, 60);
    CHECK(one > 11.9f && one < 12.1f);
    CHECK(long_h >= 3 * one);
}

static void set_window(int w, int h)
{
    memset(&app, 0, sizeof app);
    app.lay.w = w;
    app.lay.h = h;
    app.lay.u = 20;
}

static void the_header_band_has_a_back_button_only_when_asked(void)
{
    set_window(800, 600);
    ui_header_band(&app.lay, 0);
    CHECK_INT(app.lay.n, 0);
    CHECK(app.lay.title.x < 2 * app.lay.u);
    ui_header_band(&app.lay, 1);
    CHECK_INT(app.lay.n, 1);
    CHECK_STR(app.lay.t[0].name, "back");
    CHECK(app.lay.t[0].r.h >= 3.2f * app.lay.u);
    CHECK(app.lay.title.x >= app.lay.t[0].r.x + app.lay.t[0].r.w);
}

static void controls_are_equal_targets_centred_and_at_least_the_minimum_size(void)
{
    static const ui_Control c[] = {{ACT_SCREEN, 0, "a"}, {ACT_SCREEN + 1, 0, "b"}, {ACT_GO, SCR_MAP, "map"}};
    set_window(800, 600);
    ui_controls(&app.lay, c, 3);
    CHECK_INT(app.lay.n, 3);
    float left = app.lay.t[0].r.x, right = 800 - (app.lay.t[2].r.x + app.lay.t[2].r.w);
    CHECK(fabsf(left - right) < 0.01f);
    for (int i = 0; i < 3; i++) {
        CHECK(app.lay.t[i].r.h >= UI_TARGET * app.lay.u);
        CHECK(fabsf(app.lay.t[i].r.w - app.lay.t[0].r.w) < 0.01f);
    }
    CHECK_STR(app.lay.t[2].name, "map");
    CHECK_INT(app.lay.t[2].arg, SCR_MAP);
}

static void a_list_that_fits_has_no_page_control(void)
{
    set_window(800, 600);
    const app_List *ls = ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 5, 40, 10);
    CHECK_INT(ls->shown, 5);
    CHECK_INT(ls->first, 0);
    CHECK(ls->bar.h == 0);
    CHECK_INT(app.lay.n, 0);
    CHECK(ui_list_item(ls, 4).y == 200);
    CHECK_INT(ui_list_page(&app, 1), 0);
}

static void a_list_that_does_not_fit_pages_with_a_control_and_says_where_it_is(void)
{
    set_window(800, 600);
    const app_List *ls = ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 117, 20, 0);
    CHECK(ls->bar.h >= UI_TARGET * app.lay.u);
    CHECK(ls->items.y + ls->items.h <= ls->bar.y);
    CHECK(ls->per_page > 0 && ls->per_page < 117);
    CHECK(ls->per_page * 20 <= ls->items.h + 1);
    CHECK_INT(app.lay.n, 2);
    CHECK_STR(app.lay.t[0].name, "list-previous");
    CHECK_STR(app.lay.t[1].name, "list-next");
    app.lay.list = *ls;
    dl_reset(&list, dl_rgba(UI_BG));
    ui_list_bar(&app, &list);
    char want[64];
    snprintf(want, sizeof want, "1\xE2\x80\x93%d of 117", ls->per_page);
    int found = 0;
    for (int i = 0; i < list.n; i++)
        found |= list.cmd[i].kind == DL_TEXT && strcmp(list.cmd[i].text, want) == 0;
    CHECK(found);
}

static void paging_stops_at_both_ends_and_pages_start_at_multiples(void)
{
    set_window(800, 600);
    ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 117, 20, 0);
    int per = app.lay.list.per_page, last = (116 / per) * per;
    CHECK_INT(ui_list_page(&app, -1), 0); /* already on the first page */
    CHECK_INT(ui_list_page(&app, 1), 1);
    CHECK_INT(app.list_first, per);
    CHECK_INT(ui_list_page(&app, 2), 1);
    CHECK_INT(app.list_first, last);
    ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 117, 20, 0);
    CHECK_INT(app.lay.list.first + app.lay.list.shown, 117);
    CHECK_INT(ui_list_page(&app, 1), 0); /* already on the last page */
    app.list_first = 50; /* a resize: the page that holds item 50 */
    ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 117, 20, 0);
    CHECK_INT(app.lay.list.first % per, 0);
    CHECK(app.lay.list.first <= 50 && 50 < app.lay.list.first + app.lay.list.shown);
    app.list_first = 500; /* fewer items than before: the last item's page */
    ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 117, 20, 0);
    CHECK_INT(app.lay.list.first, last);
    CHECK_INT(ui_list_page(&app, -2), 1);
    CHECK_INT(app.list_first, 0);
}

static void an_empty_list_shows_nothing_and_does_not_page(void)
{
    set_window(800, 600);
    const app_List *ls = ui_list_layout(&app, &app.lay, geo_rect(0, 0, 400, 300), 0, 20, 0);
    CHECK_INT(ls->shown, 0);
    CHECK_INT(ls->first, 0);
    CHECK_INT(ui_list_page(&app, 1), 0);
}

static void badges_say_their_word_in_white_or_dark_on_their_colour(void)
{
    dl_reset(&list, dl_rgba(UI_BG));
    ui_badge(&list, geo_rect(0, 0, 80, 20), TF_DUE_OVERDUE, 10, 0.9f, 0.65f, 0.08f);
    CHECK_INT(list.n, 2);
    CHECK(list.cmd[0].kind == DL_RRECT && list.cmd[0].fill.r == (UI_DUE_OVERDUE >> 24) && list.cmd[0].stroke_w > 0);
    CHECK(list.cmd[1].kind == DL_TEXT && strcmp(list.cmd[1].text, tf_due_badge(TF_DUE_OVERDUE)) == 0);
    CHECK_INT(list.cmd[1].px, 9);
    CHECK(list.cmd[1].fill.r == 0xFF && list.cmd[1].fill.g == 0xFF); /* white on dark red */
    ui_badge(&list, geo_rect(0, 0, 80, 20), TF_DUE_SOON, 10, 0.9f, 0.65f, 0.08f);
    CHECK(list.cmd[3].kind == DL_TEXT && list.cmd[3].fill.r == (UI_INK >> 24)); /* ink on pale yellow */
}

int main(void)
{
    RUN(due_words_say_how_long_in_days);
    RUN(dates_are_local_days_and_intervals_read_naturally);
    RUN(text_metrics_count_characters_not_bytes_and_wrap);
    RUN(the_header_band_has_a_back_button_only_when_asked);
    RUN(controls_are_equal_targets_centred_and_at_least_the_minimum_size);
    RUN(a_list_that_fits_has_no_page_control);
    RUN(a_list_that_does_not_fit_pages_with_a_control_and_says_where_it_is);
    RUN(paging_stops_at_both_ends_and_pages_start_at_multiples);
    RUN(an_empty_list_shows_nothing_and_does_not_page);
    RUN(badges_say_their_word_in_white_or_dark_on_their_colour);
    return check_summary();
}
