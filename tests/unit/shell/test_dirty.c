/* test_dirty.c - the dirty-cell grid (shell/dirty.c) that decides which
 * rectangles of the window to redraw: nothing when a frame is unchanged,
 * the cells where something appeared, went, moved, changed or was drawn in
 * another order, merged into rectangles that do not overlap; the whole
 * window after a resize, an invalidation or a new background; things drawn
 * whole; the window's edges. It links SDL2 (its rectangle functions only;
 * SDL is never initialised), so tests/CMakeLists.txt builds it on its own.
 *
 * Windows here are cut into 32-pixel cells (DIRTY_CELL); cell (x, y) is
 * the square at (32x, 32y). */
#include "check.h"

#include "shell/dirty.h"

typedef struct {
    SDL_Rect r;
    uint64_t hash;
    int whole;
} Thing;

#define SEED 0x5eed5eed5eed5eedULL

/* One frame of a w x h window with the things given; returns dirty_end. */
static int frame(dirty_Grid *g, int w, int h, const Thing *t, int n)
{
    dirty_begin(g, w, h, SEED);
    for (int i = 0; i < n; i++)
        dirty_add(g, t[i].r, t[i].hash, t[i].whole);
    return dirty_end(g);
}

/* Draws t in a w x h window, then again with its last k things changed (a
 * new hash each); returns dirty_end of the second frame. */
static int frame_after_changing_last(dirty_Grid *g, int w, int h, Thing *t, int n, int k)
{
    frame(g, w, h, t, n);
    for (int i = n - k; i < n; i++)
        t[i].hash += 1000;
    return frame(g, w, h, t, n);
}

static SDL_Rect cell(int x, int y)
{
    return (SDL_Rect){x * DIRTY_CELL, y * DIRTY_CELL, DIRTY_CELL, DIRTY_CELL};
}

/* A thing inside cell (x, y) and no other. */
static Thing in_cell(int x, int y, uint64_t hash)
{
    return (Thing){{x * DIRTY_CELL + 4, y * DIRTY_CELL + 4, 8, 8}, hash, 0};
}

static int same(SDL_Rect a, SDL_Rect b)
{
    return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

/* Checks that rectangle got is the one after it, showing both; a failure
 * names the caller's line. */
#define CHECK_RECT(got, ...)                                                                   \
    do {                                                                                       \
        SDL_Rect got_ = (got), want_ = __VA_ARGS__;                                            \
        if (!same(got_, want_))                                                                \
            printf("    rect {%d, %d, %d, %d}, expected {%d, %d, %d, %d}\n", got_.x, got_.y,     \
                   got_.w, got_.h, want_.x, want_.y, want_.w, want_.h);                       \
        CHECK(same(got_, want_));                                                              \
    } while (0)

/* Whether one of the answer's rectangles is exactly r. */
static int answer_has(const dirty_Grid *g, SDL_Rect r)
{
    for (int i = 0; i < g->n; i++)
        if (same(g->rect[i], r))
            return 1;
    return 0;
}

/* Whether one of the answer's rectangles holds all of r. */
static int answer_holds(const dirty_Grid *g, SDL_Rect r)
{
    for (int i = 0; i < g->n; i++) {
        SDL_Rect u;
        SDL_UnionRect(&g->rect[i], &r, &u);
        if (same(u, g->rect[i]))
            return 1;
    }
    return 0;
}

/* The answer's rectangles are inside the window, not empty, and no two
 * overlap. */
static void answer_is_tidy(const dirty_Grid *g)
{
    SDL_Rect win = {0, 0, g->w, g->h};
    CHECK(g->n >= 0 && g->n <= DIRTY_MAX_RECTS);
    for (int i = 0; i < g->n; i++) {
        SDL_Rect u;
        CHECK(g->rect[i].w > 0 && g->rect[i].h > 0);
        SDL_UnionRect(&win, &g->rect[i], &u);
        CHECK(same(u, win));
        for (int j = i + 1; j < g->n; j++)
            CHECK(!SDL_HasIntersection(&g->rect[i], &g->rect[j]));
    }
}

static void the_first_frame_is_all_dirty_as_one_rectangle(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(1, 1, 7);
    CHECK_INT(frame(&g, 320, 224, &t, 1), 1);
    CHECK_INT(g.n, 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 320, 224});
    dirty_free(&g);
}

static void an_unchanged_frame_yields_no_rectangles(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{0, 0, 320, 224}, 1, 0}, {{40, 50, 100, 20}, 2, 0}, in_cell(9, 6, 3)};
    frame(&g, 320, 224, t, 3);
    CHECK_INT(frame(&g, 320, 224, t, 3), 0);
    CHECK_INT(g.n, 0);
    CHECK_INT(frame(&g, 320, 224, t, 3), 0);
    CHECK_INT(frame(&g, 320, 224, NULL, 0), 1); /* everything went */
    CHECK_INT(frame(&g, 320, 224, NULL, 0), 0);
    dirty_free(&g);
}

static void a_change_in_one_cell_yields_a_rectangle_of_that_cell(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{0, 0, 320, 224}, 1, 0}, in_cell(1, 1, 2)};
    CHECK_INT(frame_after_changing_last(&g, 320, 224, t, 2, 1), 1);
    CHECK_RECT(g.rect[0], cell(1, 1));
    CHECK_INT(frame(&g, 320, 224, t, 2), 0);
    dirty_free(&g);
}

static void a_thing_that_appears_or_goes_dirties_each_cell_it_touches(void)
{
    dirty_Grid g = {0};
    Thing bg = {{0, 0, 320, 224}, 1, 0};
    Thing t[] = {bg, {{70, 10, 40, 30}, 9, 0}}; /* cells (2..3, 0..1) */
    frame(&g, 320, 224, t, 1);
    CHECK_INT(frame(&g, 320, 224, t, 2), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){64, 0, 64, 64});
    CHECK_INT(frame(&g, 320, 224, t, 1), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){64, 0, 64, 64});
    /* a thing ending exactly on a cell's edge does not touch the next cell */
    Thing edge[] = {bg, {{32, 32, 32, 32}, 5, 0}};
    CHECK_INT(frame(&g, 320, 224, edge, 2), 1);
    CHECK_RECT(g.rect[0], cell(1, 1));
    dirty_free(&g);
}

static void a_moved_thing_dirties_its_old_and_its_new_place(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(0, 0, 42);
    frame(&g, 320, 224, &t, 1);
    t = in_cell(8, 5, 42);
    CHECK_INT(frame(&g, 320, 224, &t, 1), 2);
    CHECK(answer_has(&g, cell(0, 0)));
    CHECK(answer_has(&g, cell(8, 5)));
    answer_is_tidy(&g);
    dirty_free(&g);
}

static void things_drawn_in_another_order_dirty_only_where_they_overlap(void)
{
    dirty_Grid g = {0};
    Thing a = {{0, 0, 64, 32}, 111, 0};  /* cells (0, 0) and (1, 0) */
    Thing b = {{32, 0, 64, 32}, 222, 0}; /* cells (1, 0) and (2, 0) */
    Thing ab[] = {a, b}, ba[] = {b, a};
    frame(&g, 320, 224, ab, 2);
    CHECK_INT(frame(&g, 320, 224, ba, 2), 1);
    CHECK_RECT(g.rect[0], cell(1, 0));
    dirty_free(&g);
}

static void a_resize_dirties_everything(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(1, 1, 7);
    frame(&g, 320, 224, &t, 1);
    CHECK_INT(frame(&g, 320, 224, &t, 1), 0);
    CHECK_INT(frame(&g, 400, 300, &t, 1), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 400, 300});
    CHECK_INT(frame(&g, 400, 300, &t, 1), 0);
    CHECK_INT(frame(&g, 400, 301, &t, 1), 1); /* one pixel is a resize too */
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 400, 301});
    dirty_free(&g);
}

static void an_invalidated_grid_makes_the_next_frame_all_dirty_once(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(1, 1, 7);
    frame(&g, 320, 224, &t, 1);
    dirty_invalidate(&g);
    CHECK_INT(frame(&g, 320, 224, &t, 1), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 320, 224});
    CHECK_INT(frame(&g, 320, 224, &t, 1), 0);
    dirty_free(&g);
}

static void a_new_background_dirties_everything(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(1, 1, 7);
    frame(&g, 320, 224, &t, 1);
    dirty_begin(&g, 320, 224, SEED + 1);
    dirty_add(&g, t.r, t.hash, 0);
    CHECK_INT(dirty_end(&g), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 320, 224});
    dirty_free(&g);
}

static void a_freed_grid_starts_again_all_dirty(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(1, 1, 7);
    frame(&g, 320, 224, &t, 1);
    dirty_free(&g);
    CHECK(g.prev == NULL && g.cur == NULL);
    CHECK_INT(frame(&g, 320, 224, &t, 1), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 320, 224});
    dirty_free(&g);
}

static void adjacent_dirty_cells_merge_into_one_rectangle(void)
{
    dirty_Grid g = {0};
    Thing t[] = {in_cell(1, 1, 1), in_cell(2, 1, 2), in_cell(1, 2, 3), in_cell(2, 2, 4), in_cell(7, 5, 5)};
    frame(&g, 320, 224, t, 5);
    for (int i = 0; i < 4; i++)
        t[i].hash += 100;
    CHECK_INT(frame(&g, 320, 224, t, 5), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){32, 32, 64, 64});
    /* a row of three, changed by three things */
    Thing row[] = {in_cell(4, 3, 1), in_cell(5, 3, 1), in_cell(6, 3, 1)};
    frame(&g, 320, 224, NULL, 0);
    CHECK_INT(frame(&g, 320, 224, row, 3), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){128, 96, 96, 32});
    dirty_free(&g);
}

static void dirty_cells_apart_stay_apart(void)
{
    dirty_Grid g = {0};
    Thing t[] = {in_cell(1, 1, 1), in_cell(5, 1, 2), in_cell(1, 5, 3)};
    frame(&g, 320, 224, NULL, 0);
    CHECK_INT(frame(&g, 320, 224, t, 3), 3);
    CHECK(answer_has(&g, cell(1, 1)));
    CHECK(answer_has(&g, cell(5, 1)));
    CHECK(answer_has(&g, cell(1, 5)));
    answer_is_tidy(&g);
    dirty_free(&g);
}

static void more_separate_changes_than_rectangles_still_cover_every_one_without_overlap(void)
{
    enum { W = 1280, H = 1280, N = 60 };
    dirty_Grid g = {0};
    Thing t[N];
    for (int i = 0; i < N; i++) /* every other cell of rows 0, 2 and 4 */
        t[i] = in_cell(2 * (i % 20), 2 * (i / 20), (uint64_t)i + 1);
    frame(&g, W, H, NULL, 0);
    int n = frame(&g, W, H, t, N);
    CHECK(n > 1); /* 60 cells of 1600 are not the whole window */
    CHECK(n <= DIRTY_MAX_RECTS);
    answer_is_tidy(&g);
    for (int i = 0; i < N; i++)
        CHECK(answer_holds(&g, cell(2 * (i % 20), 2 * (i / 20))));
    /* and nothing far from them */
    SDL_Rect far = {0, 6 * DIRTY_CELL, W, H - 6 * DIRTY_CELL};
    for (int i = 0; i < g.n; i++)
        CHECK(!SDL_HasIntersection(&g.rect[i], &far));
    dirty_free(&g);
}

static void a_rectangle_that_meets_a_whole_thing_grows_to_hold_it(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{0, 100, 300, 20}, 77, 1}, in_cell(0, 3, 1)};
    /* the change is in cell (0, 3): y 96..128, where the whole thing starts */
    CHECK_INT(frame_after_changing_last(&g, 640, 480, t, 2, 1), 1);
    CHECK(answer_holds(&g, t[0].r));
    CHECK(answer_holds(&g, cell(0, 3)));
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 96, 300, 32});
    answer_is_tidy(&g);
    dirty_free(&g);
}

static void growing_over_a_whole_thing_goes_on_over_the_whole_things_it_then_meets(void)
{
    dirty_Grid g = {0};
    /* the change at cell (0, 1) meets the bar, and the bar the post */
    Thing post = {{180, 0, 20, 200}, 1, 1}, bar = {{0, 40, 200, 10}, 2, 1}, away = {{400, 300, 50, 50}, 3, 1};
    Thing t[] = {post, bar, away, in_cell(0, 1, 4)};
    CHECK_INT(frame_after_changing_last(&g, 640, 480, t, 4, 1), 1);
    CHECK(answer_holds(&g, bar.r));
    CHECK(answer_holds(&g, post.r));
    CHECK(!answer_holds(&g, away.r)); /* met by nothing dirty */
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 200, 200});
    dirty_free(&g);
}

static void rectangles_grown_over_the_same_whole_thing_become_one(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{20, 20, 130, 20}, 1, 1}, in_cell(0, 0, 2), in_cell(4, 0, 3)};
    CHECK_INT(frame_after_changing_last(&g, 640, 480, t, 3, 2), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 160, 40});
    answer_is_tidy(&g);
    dirty_free(&g);
}

static void a_whole_thing_away_from_the_change_does_not_grow_it(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{0, 200, 300, 20}, 77, 1}, in_cell(0, 0, 1)};
    CHECK_INT(frame_after_changing_last(&g, 640, 480, t, 2, 1), 1);
    CHECK_RECT(g.rect[0], cell(0, 0));
    dirty_free(&g);
}

static void more_whole_things_than_it_holds_make_a_change_redraw_the_window(void)
{
    enum { N = DIRTY_MAX_WHOLE + 1 };
    dirty_Grid g = {0};
    Thing t[N + 1];
    for (int i = 0; i < N; i++)
        t[i] = (Thing){{600, i, 4, 1}, (uint64_t)i, 1};
    t[N] = in_cell(0, 0, 1);
    frame(&g, 640, 480, t, N + 1);
    CHECK_INT(frame(&g, 640, 480, t, N + 1), 0); /* unchanged is still nothing */
    t[N].hash = 2;
    CHECK_INT(frame(&g, 640, 480, t, N + 1), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){0, 0, 640, 480});
    /* with one fewer, a change is its own cell again */
    t[N].hash = 3;
    frame(&g, 640, 480, t + 1, N);
    t[N].hash = 4;
    CHECK_INT(frame(&g, 640, 480, t + 1, N), 1);
    CHECK_RECT(g.rect[0], cell(0, 0));
    dirty_free(&g);
}

static void things_outside_the_window_are_ignored_and_others_cut_to_it(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{-100, -100, 50, 50}, 1, 0}, {{1000, 10, 50, 50}, 2, 0}, {{10, 10, 0, 0}, 3, 0}};
    frame(&g, 320, 224, NULL, 0);
    CHECK_INT(frame(&g, 320, 224, t, 3), 0);
    Thing part = {{-10, -10, 20, 20}, 4, 0};
    CHECK_INT(frame(&g, 320, 224, &part, 1), 1);
    CHECK_RECT(g.rect[0], cell(0, 0));
    dirty_free(&g);
}

static void cells_at_the_window_edge_are_cut_to_the_window(void)
{
    dirty_Grid g = {0};
    Thing t[] = {{{0, 0, 100, 50}, 1, 0}, {{97, 40, 3, 10}, 2, 0}};
    CHECK_INT(frame_after_changing_last(&g, 100, 50, t, 2, 1), 1);
    CHECK_RECT(g.rect[0], (SDL_Rect){96, 32, 4, 18});
    dirty_free(&g);
}

static void a_window_of_no_pixels_has_nothing_to_redraw(void)
{
    dirty_Grid g = {0};
    Thing t = in_cell(0, 0, 1);
    CHECK_INT(frame(&g, 0, 0, &t, 1), 0);
    CHECK_INT(frame(&g, 0, 0, &t, 1), 0);
    CHECK_INT(frame(&g, 64, 0, &t, 1), 0);
    dirty_free(&g);
}

int main(void)
{
    RUN(the_first_frame_is_all_dirty_as_one_rectangle);
    RUN(an_unchanged_frame_yields_no_rectangles);
    RUN(a_change_in_one_cell_yields_a_rectangle_of_that_cell);
    RUN(a_thing_that_appears_or_goes_dirties_each_cell_it_touches);
    RUN(a_moved_thing_dirties_its_old_and_its_new_place);
    RUN(things_drawn_in_another_order_dirty_only_where_they_overlap);
    RUN(a_resize_dirties_everything);
    RUN(an_invalidated_grid_makes_the_next_frame_all_dirty_once);
    RUN(a_new_background_dirties_everything);
    RUN(a_freed_grid_starts_again_all_dirty);
    RUN(adjacent_dirty_cells_merge_into_one_rectangle);
    RUN(dirty_cells_apart_stay_apart);
    RUN(more_separate_changes_than_rectangles_still_cover_every_one_without_overlap);
    RUN(a_rectangle_that_meets_a_whole_thing_grows_to_hold_it);
    RUN(growing_over_a_whole_thing_goes_on_over_the_whole_things_it_then_meets);
    RUN(rectangles_grown_over_the_same_whole_thing_become_one);
    RUN(a_whole_thing_away_from_the_change_does_not_grow_it);
    RUN(more_whole_things_than_it_holds_make_a_change_redraw_the_window);
    RUN(things_outside_the_window_are_ignored_and_others_cut_to_it);
    RUN(cells_at_the_window_edge_are_cut_to_the_window);
    RUN(a_window_of_no_pixels_has_nothing_to_redraw);
    return check_summary();
}
