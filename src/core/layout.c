/* layout.c - where everything goes, derived from the screen, the content
 * and the window size: rectangles for the view and the list of targets
 * (what a pointer, a finger or keyboard focus can activate). Landscape
 * windows put panels beside the face; portrait ones stack them. Sizes
 * scale with the layout unit u so text stays readable at arm's length and
 * every target is at least ~3u (48 px at 800x600) tall. */
#include "app.h"
#include "view.h"

#include <stdlib.h>

static float clampf(float v, float lo, float hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static geo_Rect rect(float x, float y, float w, float h)
{
    geo_Rect r = {x, y, w, h};
    return r;
}

static void add(app_Layout *l, app_Action act, int arg, geo_Rect r)
{
    if (l->n >= APP_MAX_TARGETS)
        return;
    app_Target *t = &l->t[l->n++];
    t->act = act;
    t->arg = arg;
    t->r = r;
}

static int landscape(const app_Layout *l)
{
    return l->w >= l->h;
}

/* Header band with the back button at its left (when back is set). */
static void header(app_Layout *l, int back)
{
    float u = l->u;
    l->header = rect(0, 0, (float)l->w, 4.4f * u);
    float bx = u;
    if (back) {
        geo_Rect b = rect(u, 0.6f * u, 7.5f * u, 3.2f * u);
        add(l, ACT_BACK, 0, b);
        bx = b.x + b.w + u;
    }
    l->title = rect(bx, 0.4f * u, (float)l->w - bx - u, 3.6f * u);
}

/* Zones ordered for the keyboard: top to bottom, then left to right. */
static const lvl_Content *sort_content;
static int by_reading_order(const void *pa, const void *pb)
{
    const lvl_Zone *a = &sort_content->zones[*(const int *)pa];
    const lvl_Zone *b = &sort_content->zones[*(const int *)pb];
    float dy = a->label.y - b->label.y;
    if (dy < -40 || dy > 40)
        return dy < 0 ? -1 : 1;
    return a->label.x < b->label.x ? -1 : a->label.x > b->label.x;
}

static void map_layout(app_State *a, app_Layout *l)
{
    const lvl_Content *c = a->content;
    float u = l->u;
    header(l, 0);
    float top = l->header.h;
    if (landscape(l)) {
        float pw = clampf(0.27f * (float)l->w, 15 * u, 24 * u);
        l->panel = rect((float)l->w - pw, top, pw, (float)l->h - top);
        l->body = rect(0, top, (float)l->w - pw, (float)l->h - top);
    } else {
        float ph = 9.5f * u;
        l->panel = rect(0, (float)l->h - ph, (float)l->w, ph);
        l->body = rect(0, top, (float)l->w, (float)l->h - top - ph);
    }
    l->face = geo_rect_inset(l->body, 0.6f * u);
    l->fit = geo_fit(c->art_w, c->art_h, l->face);
    int order[LVL_MAX_ZONES];
    for (int i = 0; i < c->nzones; i++) {
        order[i] = i;
        for (int k = 0; k < c->zones[i].npts; k++)
            l->zpts[i][k] = geo_fit_pt(l->fit, c->zones[i].pts[k]);
    }
    sort_content = c;
    qsort(order, (size_t)c->nzones, sizeof order[0], by_reading_order);
    for (int i = 0; i < c->nzones; i++) {
        int z = order[i];
        if (!a->k.on || kcf_offers_zone(a->k.cfg, c->zones[z].id))
            add(l, ACT_ZONE, z, geo_poly_bbox(l->zpts[z], c->zones[z].npts));
    }
    view_place_labels(a, l);
    geo_Rect p = geo_rect_inset(l->panel, u);
    float bh = 3.4f * u;
    if (a->k.on) { /* a kiosk keeps no history to show */
        add(l, ACT_SAFETY, 0, landscape(l) ? rect(p.x, p.y + p.h - bh, p.w, bh)
                                           : rect(p.x + p.w / 2, p.y + p.h - bh, p.w / 2, bh));
    } else if (landscape(l)) {
        add(l, ACT_SAFETY, 0, rect(p.x, p.y + p.h - 2 * bh - 0.8f * u, p.w, bh));
        add(l, ACT_PROGRESS, 0, rect(p.x, p.y + p.h - bh, p.w, bh));
    } else {
        float bw = (p.w - u) / 2;
        add(l, ACT_SAFETY, 0, rect(p.x, p.y + p.h - bh, bw, bh));
        add(l, ACT_PROGRESS, 0, rect(p.x + bw + u, p.y + p.h - bh, bw, bh));
    }
}

/* Close-up on the left (landscape) or top (portrait); the rest is body. */
static void split_closeup(app_Layout *l, float frac)
{
    float u = l->u, top = l->header.h;
    float bottom = (float)l->h - l->controls.h;
    if (landscape(l)) {
        float cw = ((float)l->w - 3 * u) * frac;
        l->closeup = rect(u, top, cw, bottom - top - u);
        l->card = rect(2 * u + cw, top, (float)l->w - 3 * u - cw, bottom - top - u);
    } else {
        float ch = (bottom - top - u) * 0.42f;
        l->closeup = rect(u, top, (float)l->w - 2 * u, ch);
        l->card = rect(u, top + ch + u, (float)l->w - 2 * u, bottom - top - ch - 2 * u);
    }
}

static void zone_layout(app_State *a, app_Layout *l)
{
    float u = l->u;
    header(l, 1);
    l->controls = rect(0, (float)l->h, (float)l->w, 0);
    split_closeup(l, 0.38f);
    int n = a->nzone_routines;
    float gap = 0.8f * u;
    float avail = l->card.h;
    float ch = n ? clampf((avail - gap * (float)(n - 1)) / (float)n, 3.4f * u, 6.6f * u) : 0;
    for (int i = 0; i < n; i++) {
        geo_Rect r = rect(l->card.x, l->card.y + (float)i * (ch + gap), l->card.w, ch);
        if (r.y + r.h > l->card.y + avail + 1)
            break;
        add(l, ACT_ROUTINE, a->zone_routines[i], r);
    }
}

/* A row of equal buttons across the bottom band. */
static void controls(app_Layout *l, const app_Action *acts, int n)
{
    float u = l->u;
    l->controls = rect(0, (float)l->h - 5.2f * u, (float)l->w, 5.2f * u);
    float maxw = 16 * u, gap = u;
    float bw = ((float)l->w - 2 * u - gap * (float)(n - 1)) / (float)n;
    if (bw > maxw)
        bw = maxw;
    float total = bw * (float)n + gap * (float)(n - 1);
    float x = ((float)l->w - total) / 2;
    for (int i = 0; i < n; i++)
        add(l, acts[i], 0, rect(x + (float)i * (bw + gap), l->controls.y + u, bw, 3.4f * u));
}

static void routine_layout(app_Layout *l)
{
    static const app_Action acts[] = {ACT_PREV, ACT_PAUSE, ACT_SKIP, ACT_NEXT};
    header(l, 1);
    controls(l, acts, 4);
    split_closeup(l, 0.42f);
    float d = clampf(0.34f * (l->closeup.w < l->closeup.h ? l->closeup.w : l->closeup.h), 5 * l->u,
                     12 * l->u);
    l->ring = rect(l->closeup.x + l->closeup.w - d - 0.5f * l->u, l->closeup.y + 0.5f * l->u, d, d);
}

/* The attract loop: the face on one side, the invitation and a demo of a
 * routine's first steps on the other; the whole screen is the target. */
static void attract_layout(app_State *a, app_Layout *l)
{
    float u = l->u, W = (float)l->w, H = (float)l->h;
    if (landscape(l)) {
        l->body = rect(u, u, W * 0.5f - 1.5f * u, H - 2 * u);
        l->card = rect(W * 0.5f + 0.5f * u, 2 * u, W * 0.5f - 2.5f * u, H - 4 * u);
    } else {
        l->body = rect(u, u, W - 2 * u, H * 0.45f - 1.5f * u);
        l->card = rect(2 * u, H * 0.45f, W - 4 * u, H * 0.55f - 2 * u);
    }
    l->face = l->body;
    l->fit = geo_fit(a->content->art_w, a->content->art_h, l->face);
    for (int i = 0; i < a->content->nzones; i++)
        for (int k = 0; k < a->content->zones[i].npts; k++)
            l->zpts[i][k] = geo_fit_pt(l->fit, a->content->zones[i].pts[k]);
    float th = l->card.h * 0.4f;
    l->title = rect(l->card.x, l->card.y, l->card.w, th);
    l->closeup = rect(l->card.x, l->card.y + th, l->card.w, l->card.h - th);
}

/* The admin screen: a PIN keypad until unlocked, then counts and actions. */
static void admin_layout(app_State *a, app_Layout *l)
{
    float u = l->u;
    header(l, 1);
    l->controls = rect(0, (float)l->h, (float)l->w, 0);
    if (!a->k.unlocked) {
        float top = l->header.h + u, avail = (float)l->h - top - u;
        float key = (avail - 4.5f * u) / 4.6f;
        if (key > 7 * u)
            key = 7 * u;
        float gap = 0.6f * key / 3.4f, w = 3 * key + 2 * gap, x0 = ((float)l->w - w) / 2;
        l->card = rect(x0, top, w, 3.6f * u);
        float y0 = top + 4.5f * u;
        static const int keys[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 11};
        for (int i = 0; i < 12; i++)
            add(l, ACT_PIN, keys[i], rect(x0 + (float)(i % 3) * (key + gap), y0 + (float)(i / 3) * (key * 0.8f + gap),
                                          key, key * 0.8f));
        return;
    }
    split_closeup(l, 0.55f);
    geo_Rect c = l->card;
    /* the buttons close up where the card is short; the default-PIN
     * warning goes under them where there is room (view_kiosk.c) */
    float bh = 3.6f * u, bw = (c.w - u) / 2, gap = 1.5f * u;
    if (3 * u + 3 * bh + 2 * gap + 6.2f * u > c.h)
        gap = 0.6f * u;
    add(l, ACT_IDLE, -1, rect(c.x, c.y + 3 * u, bw, bh));
    add(l, ACT_IDLE, 1, rect(c.x + bw + u, c.y + 3 * u, bw, bh));
    add(l, ACT_RELOAD, 0, rect(c.x, c.y + 3 * u + bh + gap, c.w, bh));
    add(l, ACT_EXIT, 0, rect(c.x, c.y + 3 * u + 2 * (bh + gap), c.w, bh));
}

static void simple_layout(app_Layout *l, const app_Action *acts, int n, int back)
{
    header(l, back);
    controls(l, acts, n);
    split_closeup(l, 0.40f);
}

void lay_compute(app_State *a)
{
    app_Layout *l = &a->lay;
    int w = l->w, h = l->h;
    float u = clampf((float)(w < h ? w : h) / 36.0f, 12.0f, 48.0f);
    if (a->k.on && u * 3.4f < a->k.min_target_px) /* targets of at least ~9 mm */
        u = a->k.min_target_px / 3.4f;
    *l = (app_Layout){0};
    l->w = w;
    l->h = h;
    l->u = u;
    static const app_Action done_acts[] = {ACT_AGAIN, ACT_MAP};
    static const app_Action info_acts[] = {ACT_MAP};
    static const app_Action safety_acts[] = {ACT_PAGE, ACT_MAP};
    switch (a->screen) {
    case SCR_MAP: map_layout(a, l); break;
    case SCR_ZONE: zone_layout(a, l); break;
    case SCR_ROUTINE: routine_layout(l); break;
    case SCR_DONE: simple_layout(l, done_acts, 2, 0); break;
    case SCR_ATTRACT: attract_layout(a, l); break;
    case SCR_ADMIN: admin_layout(a, l); break;
    case SCR_SAFETY: {
        header(l, 1);
        controls(l, safety_acts, 2);
        split_closeup(l, 0.5f);
        view_safety_pages(a, l);
        if (a->page >= l->pages) /* a resize can leave fewer pages */
            a->page = l->pages - 1;
        break;
    }
    default: simple_layout(l, info_acts, 1, 1); break;
    }
    a->redraw = 1;
}
