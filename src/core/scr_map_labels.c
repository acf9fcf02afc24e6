/* scr_map_labels.c - the zones' labels on the map: where each goes (called
 * by the map's layout, which keeps them so that a tap on a label opens its zone)
 * and how each looks. A label is the zone's name above its status badge;
 * a kiosk shows no one's history, so there it is the name alone.
 *
 * Placing: the smallest zones first, since they have the fewest places.
 * A label goes at its zone's label point when that is free; else at the
 * free place nearest to it (searched on a grid of u/4 within 6u) whose
 * anchor is still inside the zone, so it reads as that zone's; always
 * inside the face's rectangle, never over another label, and never over
 * another zone's label point (so each zone keeps a place that a tap
 * opens, however large the others' labels are). When some label finds
 * no place, all are placed again a size smaller (0.85, then 0.72: German
 * badges are long); a label that still finds none is placed as its name
 * alone (the zone screen and the lit label give its status), and one that
 * finds no place even so is not shown until its zone lights up (hover,
 * focus, press), when it is drawn in full over the others. */
#include "scr_map.h"
#include "ui.h"

#define LABEL_STEP 0.25f /* of u */
#define LABEL_REACH 24   /* steps: 6u */

void map_badge_text(const app_State *a, int z, char *out, int len)
{
    tf_DueInfo d;
    int r = app_zone_due_routine(a, z, &d);
    app_due_badge(a, r, d, out, len);
    if (r >= 0 && d.status >= TF_DUE_SOON && a->lay.face.w < 24 * a->lay.u) /* a small face: the routine's */
        app_routine_short(a, r, out, len);                                 /* word alone, on its colour */
}

static int inside(geo_Rect in, geo_Rect r)
{
    return r.x >= in.x && r.y >= in.y && r.x + r.w <= in.x + in.w && r.y + r.h <= in.y + in.h;
}

/* Zone z's label anchored at p, at scale k: the name above p and the
 * badge below it; with no badge, the name centred on p. */
static app_Label label_at(const app_State *a, int z, geo_Pt p, int badge, float k)
{
    float u = a->lay.u * k, bw = 4.6f * u, bh = 1.3f * u;
    if (badge) { /* as wide as its words: which routine is due */
        char text[APP_NAME + 16];
        map_badge_text(a, z, text, sizeof text);
        float tw = ui_text_w(text, 0.9f * u) + 1.0f * u;
        bw = tw > bw ? tw : bw;
    }
    float nw = ui_text_w(a->content->zones[z].name, 1.05f * u) + 1.2f * u;
    app_Label lb = {{p.x - nw / 2, badge ? p.y - 1.55f * u : p.y - 0.75f * u, nw, 1.5f * u}, {0, 0, 0, 0}, 1, k};
    if (badge)
        lb.badge = (geo_Rect){p.x - bw / 2, p.y + 0.05f * u, bw, bh};
    return lb;
}

/* The rects a label takes, as drawn (the name's pill is 0.1u wider than
 * its text box), with gap added all round; returns how many. */
static int extent(const app_Label *lb, float u, float gap, geo_Rect out[2])
{
    int n = 0;
    if (lb->name.w > 0)
        out[n++] = geo_rect_inset(lb->name, -MAP_PILL * u * lb->scale - gap);
    if (lb->badge.w > 0)
        out[n++] = geo_rect_inset(lb->badge, -gap);
    return n;
}

/* What a label must stay clear of: the other labels, and the label points
 * of the other zones. */
typedef struct {
    geo_Rect area;
    geo_Rect taken[2 * LVL_MAX_ZONES];
    int nt;
    geo_Pt point[LVL_MAX_ZONES];
    int zone[LVL_MAX_ZONES], np;
} Clear;

static int is_free(const app_Label *lb, int z, float u, const Clear *c)
{
    geo_Rect r[2];
    int n = extent(lb, u, 0.1f * u, r);
    for (int i = 0; i < n; i++) {
        if (!inside(c->area, r[i]))
            return 0;
        for (int k = 0; k < c->nt; k++)
            if (geo_rect_overlaps(r[i], c->taken[k]))
                return 0;
        for (int k = 0; k < c->np; k++)
            if (c->zone[k] != z && geo_rect_contains(geo_rect_inset(r[i], -0.25f * u), c->point[k].x, c->point[k].y))
                return 0;
    }
    return 1;
}

/* The free place nearest to p0 whose anchor is inside zone z, or a label
 * with placed 0. */
static app_Label nearest_free(const app_State *a, const app_Layout *l, int z, geo_Pt p0, float k, int badges,
                              const Clear *c)
{
    float s = LABEL_STEP * l->u, best = -1;
    int npts = a->content->zones[z].npts;
    app_Label found = {{0, 0, 0, 0}, {0, 0, 0, 0}, 0, k};
    for (int j = -LABEL_REACH; j <= LABEL_REACH; j++)
        for (int i = -LABEL_REACH; i <= LABEL_REACH; i++) {
            float d = (float)(i * i + j * j);
            if (best >= 0 && d >= best)
                continue;
            geo_Pt p = {p0.x + (float)i * s, p0.y + (float)j * s};
            if (!geo_poly_contains(l->zpts[z], npts, p.x, p.y))
                continue;
            app_Label lb = label_at(a, z, p, badges, k);
            if (is_free(&lb, z, l->u, c)) {
                found = lb;
                best = d;
            }
        }
    return found;
}

/* Places every label at scale k, order[] smallest zone first; with last,
 * a label with its badge that finds no place tries its name alone.
 * Returns how many found no place. */
static int place_all(const app_State *a, app_Layout *l, const int *order, Clear *clear, float k, int last)
{
    int failed = 0, badges = app_keeps_history(a);
    clear->nt = 0;
    for (int i = 0; i < clear->np; i++) {
        int z = order[i];
        app_Label lb = label_at(a, z, clear->point[i], badges, k);
        if (!is_free(&lb, z, l->u, clear))
            lb = nearest_free(a, l, z, clear->point[i], k, badges, clear);
        if (!lb.placed && badges && last) {
            lb = label_at(a, z, clear->point[i], 0, k);
            if (!is_free(&lb, z, l->u, clear))
                lb = nearest_free(a, l, z, clear->point[i], k, 0, clear);
        }
        failed += !lb.placed;
        l->label[z] = lb;
        clear->nt += extent(&lb, l->u, 0, clear->taken + clear->nt);
    }
    return failed;
}

void map_place_labels(const app_State *a, app_Layout *l, const int *zones, int n)
{
    const lvl_Content *c = a->content;
    int order[LVL_MAX_ZONES];
    for (int i = 0; i < n; i++)
        order[i] = zones[i];
    for (int i = 1; i < n; i++) /* smallest first; equal areas in target order */
        for (int k = i; k > 0 && c->zones[order[k]].area < c->zones[order[k - 1]].area; k--) {
            int t = order[k];
            order[k] = order[k - 1];
            order[k - 1] = t;
        }
    Clear clear;
    clear.area = l->face;
    clear.np = n;
    for (int i = 0; i < n; i++) {
        clear.zone[i] = order[i];
        clear.point[i] = geo_fit_pt(l->fit, c->zones[order[i]].label);
    }
    if (place_all(a, l, order, &clear, 1.0f, 0) > 0 && place_all(a, l, order, &clear, 0.85f, 0) > 0)
        place_all(a, l, order, &clear, 0.72f, 1);
}

static void draw_label(const app_State *a, dl_List *l, int z, const app_Label *lb, int lit)
{
    float u = a->lay.u * lb->scale;
    if (lb->name.w > 0) {
        dl_rrect(l, geo_rect_inset(lb->name, -MAP_PILL * u), 0.5f * u, lit ? dl_rgba(UI_WHITE) : ui_alpha(UI_WHITE, 0xD8),
                 dl_rgba(lit ? UI_ACCENT : UI_NONE), lit ? 0.12f * u : 0);
        dl_text(l, lb->name, a->content->zones[z].name, (int)(1.05f * u), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
    }
    if (lb->badge.w > 0) {
        char text[APP_NAME + 16];
        map_badge_text(a, z, text, sizeof text);
        ui_badge_text(l, lb->badge, app_zone_due(a, z).status, text, u, 0.9f, 0.65f, 0.08f);
    }
}

/* The lit zone's label is drawn last, on top, and in full: one that gave
 * way, or its badge, shows at its label point. */
void map_draw_labels(const app_State *a, dl_List *l)
{
    int lit = -1;
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (t->act != MAP_ZONE)
            continue;
        if (a->hover == i || a->pressed == i || (a->focus == i && a->focus_visible))
            lit = t->arg;
        else if (a->lay.label[t->arg].placed)
            draw_label(a, l, t->arg, &a->lay.label[t->arg], 0);
    }
    if (lit < 0)
        return;
    app_Label lb = a->lay.label[lit];
    if (!lb.placed || (lb.badge.w <= 0 && app_keeps_history(a)))
        lb = label_at(a, lit, geo_fit_pt(a->lay.fit, a->content->zones[lit].label), app_keeps_history(a), 1.0f);
    draw_label(a, l, lit, &lb, 1);
}
