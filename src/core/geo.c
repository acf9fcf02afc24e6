/* geo.c - plain 2-D geometry (see geo.h). Rectangles are half-open: a point
 * on the left or top edge is inside, one on the right or bottom edge is not,
 * so two touching rectangles never both claim a pixel. The polygon test is
 * the classic even-odd crossing count (W. R. Franklin's pnpoly), which is
 * right for concave polygons and needs no winding order; area and centroid
 * are the shoelace formulas, done in double so large art coordinates do not
 * lose precision. Nothing here allocates or fails: empty input gives zeros. */
#include "geo.h"

#include <math.h>

geo_Rect geo_rect(float x, float y, float w, float h)
{
    geo_Rect r = {x, y, w, h};
    return r;
}

int geo_rect_overlaps(geo_Rect a, geo_Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

int geo_rect_contains(geo_Rect r, float x, float y)
{
    return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

/* Shrinks r by d on every side (grows it when d < 0); a side that would go
 * negative collapses to zero at the rectangle's centre. */
geo_Rect geo_rect_inset(geo_Rect r, float d)
{
    geo_Rect o = {r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d};
    if (o.w < 0) {
        o.x = r.x + r.w / 2;
        o.w = 0;
    }
    if (o.h < 0) {
        o.y = r.y + r.h / 2;
        o.h = 0;
    }
    return o;
}

int geo_poly_contains(const geo_Pt *pts, int n, float x, float y)
{
    int inside = 0;
    if (!pts || n < 3)
        return 0;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        geo_Pt a = pts[i], b = pts[j];
        if ((a.y > y) != (b.y > y)) {
            double cross = (double)(b.x - a.x) * (y - a.y) / (double)(b.y - a.y) + a.x;
            if (x < cross)
                inside = !inside;
        }
    }
    return inside;
}

/* Twice the signed area (positive for counter-clockwise in y-up axes). */
static double signed_area2(const geo_Pt *pts, int n)
{
    double s = 0;
    for (int i = 0, j = n - 1; i < n; j = i++)
        s += (double)pts[j].x * pts[i].y - (double)pts[i].x * pts[j].y;
    return s;
}

float geo_poly_area(const geo_Pt *pts, int n)
{
    if (!pts || n < 3)
        return 0;
    return (float)fabs(signed_area2(pts, n) / 2);
}

static geo_Pt vertex_mean(const geo_Pt *pts, int n)
{
    double sx = 0, sy = 0;
    geo_Pt c = {0, 0};
    if (!pts || n <= 0)
        return c;
    for (int i = 0; i < n; i++) {
        sx += pts[i].x;
        sy += pts[i].y;
    }
    c.x = (float)(sx / n);
    c.y = (float)(sy / n);
    return c;
}

geo_Pt geo_poly_centroid(const geo_Pt *pts, int n)
{
    if (!pts || n < 3)
        return vertex_mean(pts, n);
    double a2 = signed_area2(pts, n), cx = 0, cy = 0;
    geo_Rect bb = geo_poly_bbox(pts, n);
    double scale = (double)bb.w * bb.h;
    if (fabs(a2) <= 1e-9 * (scale > 1 ? scale : 1))
        return vertex_mean(pts, n);
    for (int i = 0, j = n - 1; i < n; j = i++) {
        double cross = (double)pts[j].x * pts[i].y - (double)pts[i].x * pts[j].y;
        cx += ((double)pts[j].x + pts[i].x) * cross;
        cy += ((double)pts[j].y + pts[i].y) * cross;
    }
    geo_Pt c = {(float)(cx / (3 * a2)), (float)(cy / (3 * a2))};
    return c;
}

geo_Rect geo_poly_bbox(const geo_Pt *pts, int n)
{
    geo_Rect r = {0, 0, 0, 0};
    if (!pts || n <= 0)
        return r;
    float x0 = pts[0].x, y0 = pts[0].y, x1 = x0, y1 = y0;
    for (int i = 1; i < n; i++) {
        x0 = fminf(x0, pts[i].x);
        y0 = fminf(y0, pts[i].y);
        x1 = fmaxf(x1, pts[i].x);
        y1 = fmaxf(y1, pts[i].y);
    }
    r.x = x0;
    r.y = y0;
    r.w = x1 - x0;
    r.h = y1 - y0;
    return r;
}

/* An empty art box or window rectangle gives scale 0 at r's centre. */
geo_Fit geo_fit(float aw, float ah, geo_Rect r)
{
    geo_Fit f = {0, r.x + r.w / 2, r.y + r.h / 2};
    if (aw <= 0 || ah <= 0 || r.w <= 0 || r.h <= 0)
        return f;
    f.scale = fminf(r.w / aw, r.h / ah);
    f.ox = r.x + (r.w - aw * f.scale) / 2;
    f.oy = r.y + (r.h - ah * f.scale) / 2;
    return f;
}

geo_Pt geo_fit_pt(geo_Fit f, geo_Pt p)
{
    geo_Pt o = {p.x * f.scale + f.ox, p.y * f.scale + f.oy};
    return o;
}

geo_Rect geo_fit_rect(geo_Fit f, geo_Rect r)
{
    geo_Rect o = {r.x * f.scale + f.ox, r.y * f.scale + f.oy, r.w * f.scale, r.h * f.scale};
    return o;
}
