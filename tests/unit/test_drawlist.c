/* test_drawlist.c - the draw list (drawlist.c): each kind of command keeps
 * what it was given; text and polygon points are copied into the list's
 * pools; running out of commands, points or text drops what does not fit
 * and sets overflow; dl_reset empties it all.
 * The list is static: it is large (drawlist.h). */
#include "check.h"

#include "core/drawlist.h"

static dl_List l;

static const dl_Color RED = {255, 0, 0, 255}, GREEN = {0, 255, 0, 128}, BLUE = {0, 0, 255, 64},
                      BLACK = {0, 0, 0, 255};
static const geo_Rect BOX = {10.5f, 20, 30, 40}, OTHER = {1, 2, 3, 4};

/* Check that a colour or a rectangle is the one after it; a failure names
 * the caller's line and the field. */
#define CHECK_COLOR(got, ...)                          \
    do {                                               \
        dl_Color got_ = (got), want_ = __VA_ARGS__;    \
        CHECK_INT(got_.r, want_.r);                    \
        CHECK_INT(got_.g, want_.g);                    \
        CHECK_INT(got_.b, want_.b);                    \
        CHECK_INT(got_.a, want_.a);                    \
    } while (0)

#define CHECK_RECT(got, ...)                           \
    do {                                               \
        geo_Rect got_ = (got), want_ = __VA_ARGS__;    \
        CHECK_NEAR(got_.x, want_.x, 1e-6);             \
        CHECK_NEAR(got_.y, want_.y, 1e-6);             \
        CHECK_NEAR(got_.w, want_.w, 1e-6);             \
        CHECK_NEAR(got_.h, want_.h, 1e-6);             \
    } while (0)

/* The one command the list should hold now, or NULL. */
static const dl_Cmd *only(dl_Kind kind)
{
    CHECK_INT(l.n, 1);
    CHECK_INT(l.overflow, 0);
    if (l.n != 1)
        return NULL;
    CHECK_INT(l.cmd[0].kind, kind);
    return &l.cmd[0];
}

static void a_colour_is_read_as_0xRRGGBBAA(void)
{
    dl_Color c = dl_rgba(0x12345678u);
    CHECK_INT(c.r, 0x12);
    CHECK_INT(c.g, 0x34);
    CHECK_INT(c.b, 0x56);
    CHECK_INT(c.a, 0x78);
    CHECK_COLOR(dl_rgba(0xff000080u), (dl_Color){255, 0, 0, 128});
}

static void reset_empties_the_list_and_sets_the_background(void)
{
    dl_reset(&l, RED);
    dl_rect(&l, BOX, RED);
    dl_text(&l, BOX, "hello", 12, 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, RED);
    geo_Pt tri[3] = {{0, 0}, {1, 0}, {0, 1}};
    dl_poly(&l, tri, 3, RED, RED, 1);
    l.overflow = 1;
    dl_reset(&l, BLUE);
    CHECK_INT(l.n, 0);
    CHECK_INT(l.npts, 0);
    CHECK_INT(l.ntext, 0);
    CHECK_INT(l.overflow, 0);
    CHECK_COLOR(l.clear, BLUE);
}

static void a_rectangle_keeps_its_place_and_fill(void)
{
    dl_reset(&l, BLACK);
    dl_rect(&l, BOX, RED);
    const dl_Cmd *c = only(DL_RECT);
    if (!c)
        return;
    CHECK_RECT(c->rect, BOX);
    CHECK_COLOR(c->fill, RED);
    CHECK_NEAR(c->alpha, 1.0, 1e-6);
    CHECK(c->text == NULL && c->pts == NULL);
}

static void a_rounded_rectangle_keeps_radius_fill_and_stroke(void)
{
    dl_reset(&l, BLACK);
    dl_rrect(&l, BOX, 6.5f, GREEN, BLUE, 2.25f);
    const dl_Cmd *c = only(DL_RRECT);
    if (!c)
        return;
    CHECK_RECT(c->rect, BOX);
    CHECK_NEAR(c->radius, 6.5, 1e-6);
    CHECK_COLOR(c->fill, GREEN);
    CHECK_COLOR(c->stroke, BLUE);
    CHECK_NEAR(c->stroke_w, 2.25, 1e-6);
}

static void a_polygon_copies_its_points_and_is_bounded_by_them(void)
{
    geo_Pt pts[4] = {{10, 5}, {40, 15}, {30, 60}, {-5, 20}};
    dl_reset(&l, BLACK);
    dl_poly(&l, pts, 4, RED, GREEN, 1.5f);
    pts[0].x = 999; /* the caller's array may change or go */
    const dl_Cmd *c = only(DL_POLY);
    if (!c)
        return;
    CHECK_INT(c->npts, 4);
    CHECK(c->pts == &l.pts[0]);
    CHECK_INT(l.npts, 4);
    CHECK_NEAR(c->pts[0].x, 10, 1e-6);
    CHECK_NEAR(c->pts[2].y, 60, 1e-6);
    CHECK_NEAR(c->pts[3].x, -5, 1e-6);
    CHECK_RECT(c->rect, (geo_Rect){-5, 5, 45, 55});
    CHECK_COLOR(c->fill, RED);
    CHECK_COLOR(c->stroke, GREEN);
    CHECK_NEAR(c->stroke_w, 1.5, 1e-6);
    /* a second polygon's points follow the first's */
    dl_poly(&l, pts, 3, RED, GREEN, 1);
    CHECK_INT(l.n, 2);
    CHECK(l.cmd[1].pts == &l.pts[4]);
    CHECK_INT(l.npts, 7);
    CHECK_NEAR(l.cmd[1].pts[0].x, 999, 1e-6);
}

static void a_polygon_of_fewer_than_three_points_is_left_out(void)
{
    geo_Pt pts[2] = {{0, 0}, {10, 10}};
    dl_reset(&l, BLACK);
    dl_poly(&l, pts, 2, RED, RED, 1);
    dl_poly(&l, pts, 0, RED, RED, 1);
    CHECK_INT(l.n, 0);
    CHECK_INT(l.npts, 0);
    CHECK_INT(l.overflow, 0);
}

static void text_is_copied_with_its_size_weight_alignment_and_colour(void)
{
    char words[] = "Rub gently";
    dl_reset(&l, BLACK);
    dl_text(&l, BOX, words, 18, 1, DL_ALIGN_RIGHT, DL_VALIGN_BOTTOM, GREEN);
    words[0] = 'X';
    const dl_Cmd *c = only(DL_TEXT);
    if (!c)
        return;
    CHECK_STR(c->text, "Rub gently");
    CHECK(c->text == l.text);
    CHECK_INT(l.ntext, (int)sizeof words);
    CHECK_RECT(c->rect, BOX);
    CHECK_INT(c->px, 18);
    CHECK_INT(c->bold, 1);
    CHECK_INT(c->align, DL_ALIGN_RIGHT);
    CHECK_INT(c->valign, DL_VALIGN_BOTTOM);
    CHECK_COLOR(c->fill, GREEN);
    dl_text(&l, OTHER, "second", 10, 0, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, RED);
    CHECK_INT(l.n, 2);
    CHECK(l.cmd[1].text == l.text + sizeof words);
    CHECK_STR(l.cmd[1].text, "second");
    CHECK_STR(l.cmd[0].text, "Rub gently");
}

static void empty_or_missing_text_draws_nothing(void)
{
    dl_reset(&l, BLACK);
    dl_text(&l, BOX, "", 12, 0, 0, 0, RED);
    dl_text(&l, BOX, NULL, 12, 0, 0, 0, RED);
    CHECK_INT(l.n, 0);
    CHECK_INT(l.ntext, 0);
    CHECK_INT(l.overflow, 0);
}

static void art_keeps_its_source_region_destination_and_alpha(void)
{
    dl_reset(&l, BLACK);
    dl_art(&l, OTHER, BOX, 0.25f);
    const dl_Cmd *c = only(DL_ART);
    if (!c)
        return;
    CHECK_RECT(c->src, OTHER);
    CHECK_RECT(c->rect, BOX);
    CHECK_NEAR(c->alpha, 0.25, 1e-6);
}

static void a_sprite_copies_its_name_and_keeps_rotation_and_alpha(void)
{
    char name[] = "fingertip";
    dl_reset(&l, BLACK);
    dl_sprite(&l, name, BOX, 45.0f, 0.5f);
    name[0] = 'X';
    const dl_Cmd *c = only(DL_SPRITE);
    if (!c)
        return;
    CHECK_STR(c->text, "fingertip");
    CHECK(c->text == l.text);
    CHECK_RECT(c->rect, BOX);
    CHECK_NEAR(c->rot, 45, 1e-6);
    CHECK_NEAR(c->alpha, 0.5, 1e-6);
}

static void a_ring_keeps_its_fraction_track_arc_and_width(void)
{
    dl_reset(&l, BLACK);
    dl_ring(&l, BOX, 0.375f, BLUE, RED, 8);
    dl_ring(&l, OTHER, 1.0f, RED, GREEN, 0.5f); /* a full ring */
    CHECK_INT(l.n, 2);
    for (int i = 0; i < l.n; i++)
        CHECK_INT(l.cmd[i].kind, DL_RING);
    CHECK_RECT(l.cmd[0].rect, BOX);
    CHECK_NEAR(l.cmd[0].frac, 0.375, 1e-6);
    CHECK_COLOR(l.cmd[0].fill, BLUE);
    CHECK_COLOR(l.cmd[0].stroke, RED);
    CHECK_NEAR(l.cmd[0].stroke_w, 8, 1e-6);
    CHECK_RECT(l.cmd[1].rect, OTHER);
    CHECK_NEAR(l.cmd[1].frac, 1.0, 1e-6);
    CHECK_COLOR(l.cmd[1].stroke, GREEN);
    CHECK_NEAR(l.cmd[1].stroke_w, 0.5, 1e-6);
}

static void clip_and_unclip_are_recorded_in_order(void)
{
    dl_reset(&l, BLACK);
    dl_clip(&l, BOX);
    dl_rect(&l, OTHER, RED);
    dl_unclip(&l);
    CHECK_INT(l.n, 3);
    CHECK_INT(l.cmd[0].kind, DL_CLIP);
    CHECK_RECT(l.cmd[0].rect, BOX);
    CHECK_INT(l.cmd[1].kind, DL_RECT);
    CHECK_INT(l.cmd[2].kind, DL_UNCLIP);
    CHECK_RECT(l.cmd[2].rect, (geo_Rect){0, 0, 0, 0});
}

static void a_command_does_not_keep_what_the_one_before_set(void)
{
    dl_reset(&l, BLACK);
    dl_rrect(&l, BOX, 5, RED, GREEN, 3);
    dl_text(&l, BOX, "words", 12, 1, DL_ALIGN_RIGHT, DL_VALIGN_BOTTOM, RED);
    dl_art(&l, OTHER, BOX, 0.5f);
    dl_reset(&l, BLACK);
    dl_rect(&l, BOX, BLUE);
    const dl_Cmd *c = only(DL_RECT);
    if (!c)
        return;
    CHECK_NEAR(c->radius, 0, 1e-6);
    CHECK_NEAR(c->stroke_w, 0, 1e-6);
    CHECK_COLOR(c->stroke, (dl_Color){0, 0, 0, 0});
    CHECK(c->text == NULL);
    CHECK_INT(c->px, 0);
    CHECK_INT(c->bold, 0);
}

static void commands_past_the_last_place_are_dropped_and_overflow_is_set(void)
{
    dl_reset(&l, BLACK);
    for (int i = 0; i < DL_MAX_CMDS; i++)
        dl_rect(&l, (geo_Rect){(float)i, 0, 1, 1}, RED);
    CHECK_INT(l.n, DL_MAX_CMDS);
    CHECK_INT(l.overflow, 0);
    dl_rect(&l, (geo_Rect){-1, -1, 1, 1}, GREEN);
    CHECK_INT(l.n, DL_MAX_CMDS);
    CHECK_INT(l.overflow, 1);
    CHECK_NEAR(l.cmd[DL_MAX_CMDS - 1].rect.x, DL_MAX_CMDS - 1, 1e-6);
    CHECK_COLOR(l.cmd[DL_MAX_CMDS - 1].fill, RED);
    /* every kind is dropped alike, and takes no points */
    geo_Pt tri[3] = {{0, 0}, {1, 0}, {0, 1}};
    dl_poly(&l, tri, 3, RED, RED, 1);
    dl_ring(&l, BOX, 0.5f, RED, RED, 1);
    dl_clip(&l, BOX);
    CHECK_INT(l.n, DL_MAX_CMDS);
    CHECK_INT(l.npts, 0);
}

static void points_past_the_pool_drop_the_polygon_and_set_overflow(void)
{
    static geo_Pt many[1000];
    for (int i = 0; i < 1000; i++)
        many[i] = (geo_Pt){(float)i, (float)(i % 7)};
    dl_reset(&l, BLACK);
    for (int i = 0; i < DL_MAX_PTS / 1000; i++)
        dl_poly(&l, many, 1000, RED, RED, 1);
    CHECK_INT(l.npts, DL_MAX_PTS / 1000 * 1000);
    CHECK_INT(l.overflow, 0);
    dl_poly(&l, many, 1000, RED, RED, 1);
    CHECK_INT(l.n, DL_MAX_PTS / 1000);
    CHECK_INT(l.npts, DL_MAX_PTS / 1000 * 1000);
    CHECK_INT(l.overflow, 1);
    /* one that still fits exactly is kept */
    int left = DL_MAX_PTS - l.npts;
    dl_poly(&l, many, left, GREEN, GREEN, 1);
    CHECK_INT(l.npts, DL_MAX_PTS);
    CHECK_INT(l.n, DL_MAX_PTS / 1000 + 1);
    CHECK_INT(l.cmd[l.n - 1].npts, left);
    /* the polygons before are untouched */
    CHECK_NEAR(l.cmd[0].pts[999].x, 999, 1e-6);
    CHECK_NEAR(l.cmd[1].pts[0].x, 0, 1e-6);
}

static void text_past_the_pool_is_dropped_and_sets_overflow(void)
{
    static char line[1024];
    memset(line, 'a', sizeof line - 1);
    line[sizeof line - 1] = '\0'; /* 1023 letters, 1024 bytes kept */
    dl_reset(&l, BLACK);
    for (int i = 0; i < DL_MAX_TEXT / 1024; i++) {
        line[0] = (char)('A' + i % 26);
        dl_text(&l, BOX, line, 12, 0, 0, 0, RED);
    }
    CHECK_INT(l.ntext, DL_MAX_TEXT);
    CHECK_INT(l.n, DL_MAX_TEXT / 1024);
    CHECK_INT(l.overflow, 0);
    dl_text(&l, BOX, "x", 12, 0, 0, 0, RED);
    dl_sprite(&l, "fingertip", BOX, 0, 1);
    CHECK_INT(l.n, DL_MAX_TEXT / 1024);
    CHECK_INT(l.ntext, DL_MAX_TEXT);
    CHECK_INT(l.overflow, 1);
    /* what was kept is whole and in place */
    CHECK_INT(l.cmd[0].text[0], 'A');
    CHECK_INT(l.cmd[1].text[0], 'B');
    CHECK_INT(strlen(l.cmd[l.n - 1].text), 1023);
    /* other kinds still fit: the text pool is not the command pool */
    dl_rect(&l, BOX, RED);
    CHECK_INT(l.n, DL_MAX_TEXT / 1024 + 1);
}

static void a_reset_after_overflow_records_again_from_the_start(void)
{
    dl_reset(&l, BLACK);
    for (int i = 0; i <= DL_MAX_CMDS; i++)
        dl_text(&l, BOX, "t", 12, 0, 0, 0, RED);
    CHECK_INT(l.overflow, 1);
    dl_reset(&l, GREEN);
    dl_text(&l, BOX, "again", 12, 0, 0, 0, RED);
    const dl_Cmd *c = only(DL_TEXT);
    if (!c)
        return;
    CHECK(c->text == l.text);
    CHECK_STR(c->text, "again");
    CHECK_INT(l.ntext, 6);
}

int main(void)
{
    RUN(a_colour_is_read_as_0xRRGGBBAA);
    RUN(reset_empties_the_list_and_sets_the_background);
    RUN(a_rectangle_keeps_its_place_and_fill);
    RUN(a_rounded_rectangle_keeps_radius_fill_and_stroke);
    RUN(a_polygon_copies_its_points_and_is_bounded_by_them);
    RUN(a_polygon_of_fewer_than_three_points_is_left_out);
    RUN(text_is_copied_with_its_size_weight_alignment_and_colour);
    RUN(empty_or_missing_text_draws_nothing);
    RUN(art_keeps_its_source_region_destination_and_alpha);
    RUN(a_sprite_copies_its_name_and_keeps_rotation_and_alpha);
    RUN(a_ring_keeps_its_fraction_track_arc_and_width);
    RUN(clip_and_unclip_are_recorded_in_order);
    RUN(a_command_does_not_keep_what_the_one_before_set);
    RUN(commands_past_the_last_place_are_dropped_and_overflow_is_set);
    RUN(points_past_the_pool_drop_the_polygon_and_set_overflow);
    RUN(text_past_the_pool_is_dropped_and_sets_overflow);
    RUN(a_reset_after_overflow_records_again_from_the_start);
    return check_summary();
}
