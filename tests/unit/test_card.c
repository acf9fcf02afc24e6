/* test_card.c - the text size setting (ui_text.c) and the routine's step
 * card (card.c) on the real content: at "large" the step text's capitals
 * are at least 7 mm tall on the display (8.75 mm at "largest" where the
 * window is large enough), from its DPI or 96 dpi; caution text is never smaller than step text; every step
 * of every routine, at 800x480, 1024x600, 1920x1080, 3840x2160 and in
 * portrait, in each text size, has every word of its title, text and
 * caution on some page of its card, in order, each line inside the card
 * and no two lines on a page over each other; and the pages are reached by
 * the page control and Page Down. Widths come from the core's estimate
 * (the shell's font measure is checked by tests/replay/test_text_size.sh). */
#include <ctype.h>

#include "core/scr_routine.h"
#include "drive.h"

static const int BIG[][2] = {{800, 480}, {1024, 600}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
#define NBIG 5

static void wrap_breaks_at_spaces_and_cuts_only_a_word_longer_than_a_line(void)
{
    start(&content, 800, 600, 0);
    ui_Span sp[8];
    const char *s = "one two three";
    int n = ui_wrap(&app, s, 10, 0, 0.62f * 10 * 0.92f * 7.5f, sp, 8); /* 7 characters a line */
    CHECK_INT(n, 2);
    CHECK_INT(sp[0].len, 7); /* "one two" */
    CHECK_INT(sp[1].off, 8);
    n = ui_wrap(&app, "abcdefghij", 10, 0, 0.62f * 10 * 0.92f * 4.5f, sp, 8);
    CHECK_INT(n, 3); /* abcd efgh ij */
    CHECK_INT(sp[2].len, 2);
    CHECK_INT(ui_wrap(&app, "  ", 10, 0, 100, sp, 8), 0);
}

static void large_step_text_is_seven_millimetres_tall_from_the_dpi_or_96(void)
{
    static const float DPI[] = {0, 96, 133, 163};
    for (int d = 0; d < 8; d++) /* a 1920x1080 screen, and an 800x480 panel */
        for (int t = SET_TEXT_NORMAL; t <= SET_TEXT_LARGEST; t++) {
            start(&content, d < 4 ? 1920 : 800, d < 4 ? 1080 : 480, 0);
            app.px_per_mm = DPI[d % 4] / 25.4f;
            app.settings.text_size = (set_TextSize)t;
            app_layout(&app);
            float px = (float)(int)(UI_STEP_TEXT * app.lay.su), mm = ui_cap_mm(&app, px);
            /* largest: 8.75 mm where the window's bound (a 10th of its
             * short side) allows, and never less than large */
            int bound = app.lay.su >= (d < 4 ? 1080 : 480) / 10.0f - 0.01f;
            float want = t == SET_TEXT_LARGE ? 7.0f : t == SET_TEXT_LARGEST ? (bound ? 7.0f : 8.75f) : 0;
            if (mm < want)
                printf("  %g dpi, %s: %.2f mm\n", DPI[d % 4], set_text_size_name((set_TextSize)t), mm);
            CHECK(mm >= want);
            CHECK(app.lay.su >= app.lay.tu && app.lay.tu >= app.lay.u);
        }
}

/* The words of s, in order, are the words of its rows of kind k. */
static int words_all_shown(const char *s, int k)
{
    char want[2048] = "", got[2048] = "";
    for (int i = 0, n = 0; s[i] && n < 2040; i++)
        if (!isspace((unsigned char)s[i]))
            want[n++] = s[i];
    for (int r = 0, n = 0; r < app.lay.nrows; r++) {
        const app_Row *w = &app.lay.row[r];
        for (int i = 0; w->kind == k && i < w->len && n < 2040; i++)
            if (!isspace((unsigned char)s[w->off + i]))
                got[n++] = s[w->off + i];
    }
    return strcmp(want, got) == 0;
}

/* Every row inside the card's text area, none over another, caution text
 * the size of the step text; returns the number of problems. */
static int rows_fit(const lvl_Step *st, float *text_px)
{
    const app_Layout *l = &app.lay;
    const app_List *ls = &l->list;
    int bad = 0;
    float page_h = ls->items.h, width = l->card.w - 2.4f * l->u + 0.5f;
    for (int i = 0; i < l->nrows; i++) {
        const app_Row *r = &l->row[i];
        bad += r->y < 0 || r->y + r->h > page_h + 0.5f || r->page < 0 || r->page >= ls->count;
        bad += i > 0 && r->page == r[-1].page && r->y < r[-1].y + r[-1].h - 0.5f;
        const char *src = r->kind == ROW_TITLE ? st->title : r->kind == ROW_TEXT ? st->text
                          : r->kind == ROW_CAUTION ? st->caution : NULL;
        if (src)
            bad += ui_measure(&app, src + r->off, r->len, (int)r->px, r->kind == ROW_TITLE) > width;
        if (r->kind == ROW_TEXT)
            *text_px = r->px;
        if (r->kind == ROW_CAUTION)
            bad += r->px < *text_px;
    }
    return bad;
}

static void every_step_shows_every_word_on_its_pages_at_every_size(void)
{
    int checked = 0, paged = 0;
    for (int s = 0; s < NBIG; s++)
        for (int t = SET_TEXT_NORMAL; t <= SET_TEXT_LARGEST; t++)
            for (int ri = 0; ri < content.nroutines; ri++) {
                const lvl_Routine *r = &content.routines[ri];
                if (r->broken)
                    continue;
                start(&content, BIG[s][0], BIG[s][1], 0);
                app.settings.text_size = (set_TextSize)t;
                routine_start(&app, ri);
                for (int k = 0; k < r->nsteps; k++) {
                    const lvl_Step *st = &r->steps[k];
                    float text_px = 0;
                    CHECK_INT(app.player.index, k);
                    int bad = rows_fit(st, &text_px);
                    if (bad || !words_all_shown(st->title, ROW_TITLE) || !words_all_shown(st->text, ROW_TEXT) ||
                        (st->caution && !words_all_shown(st->caution, ROW_CAUTION))) {
                        printf("  %dx%d %s: %s step %d: %d problems\n", BIG[s][0], BIG[s][1],
                               set_text_size_name((set_TextSize)t), r->id, k + 1, bad);
                        CHECK(0);
                    }
                    paged += app.lay.list.count > 1;
                    checked++;
                    if (st->caution && !st->skippable)
                        continue;
                    tap(app.choice ? "do-it" : "next");
                    if (app.screen != SCR_ROUTINE || app.player.index != k + 1)
                        break;
                }
            }
    printf("  %d step cards checked, %d of them on more than one page\n", checked, paged);
    CHECK(checked > 100 && paged > 0);
}

static void a_long_step_pages_by_its_control_and_page_down_and_a_new_step_starts_on_page_one(void)
{
    start(&content, 800, 480, 0);
    app.settings.text_size = SET_TEXT_LARGE;
    tap("zone:nose");
    tap("routine:nose-clean-out");
    int pages = app.lay.list.count;
    CHECK(pages > 1);
    forget();
    tap("list-next");
    CHECK_INT(app.lay.list.first, 1);
    key(KEY_PAGEDOWN);
    CHECK_INT(app.lay.list.first, 2);
    CHECK(seen("\"list\"") >= 2);
    key(KEY_END);
    CHECK_INT(app.lay.list.first, pages - 1);
    tap("next");
    CHECK_INT(app.player.index, 1);
    CHECK_INT(app.lay.list.first, 0);
}

int main(void)
{
    if (load_real() != 0)
        return 1;
    RUN(wrap_breaks_at_spaces_and_cuts_only_a_word_longer_than_a_line);
    RUN(large_step_text_is_seven_millimetres_tall_from_the_dpi_or_96);
    RUN(every_step_shows_every_word_on_its_pages_at_every_size);
    RUN(a_long_step_pages_by_its_control_and_page_down_and_a_new_step_starts_on_page_one);
    return unload_real();
}
