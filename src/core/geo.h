/* geo.h - plain 2-D geometry: points, rectangles, polygons, and the fit of
 * the face art's coordinate space into a window rectangle.
 * Pure functions on values; nothing here allocates. */
#ifndef FM_GEO_H
#define FM_GEO_H

typedef struct { float x, y; } geo_Pt;
typedef struct { float x, y, w, h; } geo_Rect;

/* Maps art coordinates to window pixels: win = art * scale + offset. */
typedef struct { float scale, ox, oy; } geo_Fit;

geo_Rect geo_rect(float x, float y, float w, float h);
int geo_rect_contains(geo_Rect r, float x, float y);
/* Whether a and b share any area (touching edges do not). */
int geo_rect_overlaps(geo_Rect a, geo_Rect b);
geo_Rect geo_rect_inset(geo_Rect r, float d);
/* Even-odd point-in-polygon test. */
int geo_poly_contains(const geo_Pt *pts, int n, float x, float y);
/* Absolute area (shoelace). */
float geo_poly_area(const geo_Pt *pts, int n);
/* Area centroid; falls back to the vertex mean for degenerate polygons. */
geo_Pt geo_poly_centroid(const geo_Pt *pts, int n);
geo_Rect geo_poly_bbox(const geo_Pt *pts, int n);
/* Largest uniform scale that fits an art box (aw x ah) into r, centred. */
geo_Fit geo_fit(float aw, float ah, geo_Rect r);
geo_Pt geo_fit_pt(geo_Fit f, geo_Pt p);
geo_Rect geo_fit_rect(geo_Fit f, geo_Rect r);

#endif
