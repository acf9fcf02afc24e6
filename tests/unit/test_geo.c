/* test_geo.c - rectangles, polygons (convex, concave, degenerate) and the
 * fit of the face art into a window. */
#include "check.h"
#include "core/geo.h"

static const geo_Pt square[] = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
/* A "U": a 30x30 block with a 10-wide notch cut from the top middle. */
static const geo_Pt u_shape[] = {{0, 0},   {10, 0},  {10, 20}, {20, 20},
                                 {20, 0},  {30, 0},  {30, 30}, {0, 30}};

static void a_rectangle_holds_its_top_left_corner_but_not_its_far_edges(void)
{
    geo_Rect r = {10, 20, 30, 40};
    CHECK(geo_rect_contains(r, 10, 20));
    CHECK(geo_rect_contains(r, 39.9f, 59.9f));
    CHECK(!geo_rect_contains(r, 40, 30));
    CHECK(!geo_rect_contains(r, 20, 60));
    CHECK(!geo_rect_contains(r, 9.9f, 30));
}

static void an_inset_shrinks_every_side_and_collapses_at_the_centre(void)
{
    geo_Rect r = geo_rect_inset((geo_Rect){0, 0, 100, 50}, 10);
    CHECK_NEAR(r.x, 10, 1e-6);
    CHECK_NEAR(r.y, 10, 1e-6);
    CHECK_NEAR(r.w, 80, 1e-6);
    CHECK_NEAR(r.h, 30, 1e-6);
    r = geo_rect_inset((geo_Rect){0, 0, 100, 50}, 30);
    CHECK_NEAR(r.h, 0, 1e-6);
    CHECK_NEAR(r.y, 25, 1e-6);
    CHECK_NEAR(r.w, 40, 1e-6);
    r = geo_rect_inset((geo_Rect){10, 10, 10, 10}, -5);
    CHECK_NEAR(r.x, 5, 1e-6);
    CHECK_NEAR(r.w, 20, 1e-6);
}

static void a_point_inside_a_square_is_inside(void)
{
    CHECK(geo_poly_contains(square, 4, 5, 5));
    CHECK(geo_poly_contains(square, 4, 0.1f, 9.9f));
    CHECK(!geo_poly_contains(square, 4, -1, 5));
    CHECK(!geo_poly_contains(square, 4, 5, 11));
}

static void a_point_inside_a_concave_polygon_is_inside(void)
{
    CHECK(geo_poly_contains(u_shape, 8, 5, 5));
    CHECK(geo_poly_contains(u_shape, 8, 25, 5));
    CHECK(geo_poly_contains(u_shape, 8, 15, 25));
}

static void a_point_in_the_notch_of_a_concave_polygon_is_outside(void)
{
    CHECK(!geo_poly_contains(u_shape, 8, 15, 5));
    CHECK(!geo_poly_contains(u_shape, 8, 15, 19.9f));
}

static void winding_order_does_not_change_the_answer(void)
{
    geo_Pt rev[8];
    for (int i = 0; i < 8; i++)
        rev[i] = u_shape[7 - i];
    CHECK(geo_poly_contains(rev, 8, 5, 5));
    CHECK(!geo_poly_contains(rev, 8, 15, 5));
    CHECK_NEAR(geo_poly_area(rev, 8), geo_poly_area(u_shape, 8), 1e-3);
}

static void a_polygon_with_fewer_than_three_points_contains_nothing(void)
{
    CHECK(!geo_poly_contains(square, 2, 5, 0));
    CHECK(!geo_poly_contains(NULL, 0, 0, 0));
    CHECK_NEAR(geo_poly_area(square, 2), 0, 1e-6);
}

static void the_area_of_a_square_and_of_a_notched_block_are_exact(void)
{
    CHECK_NEAR(geo_poly_area(square, 4), 100, 1e-4);
    CHECK_NEAR(geo_poly_area(u_shape, 8), 900 - 200, 1e-3);
}

static void the_centroid_of_a_square_is_its_middle(void)
{
    geo_Pt c = geo_poly_centroid(square, 4);
    CHECK_NEAR(c.x, 5, 1e-4);
    CHECK_NEAR(c.y, 5, 1e-4);
}

static void the_centroid_of_a_triangle_is_the_mean_of_its_corners(void)
{
    geo_Pt t[] = {{0, 0}, {30, 0}, {0, 60}};
    geo_Pt c = geo_poly_centroid(t, 3);
    CHECK_NEAR(c.x, 10, 1e-4);
    CHECK_NEAR(c.y, 20, 1e-4);
}

static void the_centroid_of_a_u_is_pulled_towards_its_solid_base(void)
{
    geo_Pt c = geo_poly_centroid(u_shape, 8);
    CHECK_NEAR(c.x, 15, 1e-3);
    /* two 10x20 legs at y 10 (area 400) and the 30x10 base at y 25 (300) */
    CHECK_NEAR(c.y, (400.0 * 10 + 300.0 * 25) / 700.0, 1e-3);
}

static void a_degenerate_polygon_falls_back_to_the_vertex_mean(void)
{
    geo_Pt line[] = {{0, 0}, {10, 10}, {20, 20}};
    geo_Pt c = geo_poly_centroid(line, 3);
    CHECK_NEAR(c.x, 10, 1e-4);
    CHECK_NEAR(c.y, 10, 1e-4);
    c = geo_poly_centroid(line, 1);
    CHECK_NEAR(c.x, 0, 1e-6);
    c = geo_poly_centroid(NULL, 0);
    CHECK_NEAR(c.x, 0, 1e-6);
}

static void the_bounding_box_spans_every_point(void)
{
    geo_Pt p[] = {{5, -3}, {-2, 4}, {8, 1}};
    geo_Rect r = geo_poly_bbox(p, 3);
    CHECK_NEAR(r.x, -2, 1e-6);
    CHECK_NEAR(r.y, -3, 1e-6);
    CHECK_NEAR(r.w, 10, 1e-6);
    CHECK_NEAR(r.h, 7, 1e-6);
    r = geo_poly_bbox(NULL, 0);
    CHECK_NEAR(r.w, 0, 1e-6);
}

static void a_tall_art_box_fits_a_wide_window_by_height_and_is_centred(void)
{
    geo_Fit f = geo_fit(1000, 1200, (geo_Rect){0, 0, 1280, 800});
    CHECK_NEAR(f.scale, 800.0 / 1200.0, 1e-6);
    CHECK_NEAR(f.oy, 0, 1e-4);
    CHECK_NEAR(f.ox, (1280 - 1000 * (800.0 / 1200.0)) / 2, 1e-3);
    geo_Pt tl = geo_fit_pt(f, (geo_Pt){0, 0});
    geo_Pt br = geo_fit_pt(f, (geo_Pt){1000, 1200});
    CHECK_NEAR(tl.x + br.x, 1280, 1e-3);
    CHECK_NEAR(br.y, 800, 1e-3);
}

static void a_wide_art_box_fits_a_tall_window_by_width_inside_its_rect(void)
{
    geo_Fit f = geo_fit(200, 100, (geo_Rect){10, 20, 400, 1000});
    CHECK_NEAR(f.scale, 2, 1e-6);
    CHECK_NEAR(f.ox, 10, 1e-4);
    CHECK_NEAR(f.oy, 20 + (1000 - 200) / 2.0, 1e-4);
    geo_Rect r = geo_fit_rect(f, (geo_Rect){50, 25, 10, 5});
    CHECK_NEAR(r.x, 110, 1e-4);
    CHECK_NEAR(r.y, 470, 1e-4);
    CHECK_NEAR(r.w, 20, 1e-4);
    CHECK_NEAR(r.h, 10, 1e-4);
}

static void an_empty_art_box_or_window_gives_a_zero_scale(void)
{
    geo_Fit f = geo_fit(0, 100, (geo_Rect){0, 0, 100, 100});
    CHECK_NEAR(f.scale, 0, 1e-6);
    f = geo_fit(100, 100, (geo_Rect){0, 0, 0, 100});
    CHECK_NEAR(f.scale, 0, 1e-6);
}

int main(void)
{
    RUN(a_rectangle_holds_its_top_left_corner_but_not_its_far_edges);
    RUN(an_inset_shrinks_every_side_and_collapses_at_the_centre);
    RUN(a_point_inside_a_square_is_inside);
    RUN(a_point_inside_a_concave_polygon_is_inside);
    RUN(a_point_in_the_notch_of_a_concave_polygon_is_outside);
    RUN(winding_order_does_not_change_the_answer);
    RUN(a_polygon_with_fewer_than_three_points_contains_nothing);
    RUN(the_area_of_a_square_and_of_a_notched_block_are_exact);
    RUN(the_centroid_of_a_square_is_its_middle);
    RUN(the_centroid_of_a_triangle_is_the_mean_of_its_corners);
    RUN(the_centroid_of_a_u_is_pulled_towards_its_solid_base);
    RUN(a_degenerate_polygon_falls_back_to_the_vertex_mean);
    RUN(the_bounding_box_spans_every_point);
    RUN(a_tall_art_box_fits_a_wide_window_by_height_and_is_centred);
    RUN(a_wide_art_box_fits_a_tall_window_by_width_inside_its_rect);
    RUN(an_empty_art_box_or_window_gives_a_zero_scale);
    return check_summary();
}
