/* drawlist.c - see drawlist.h. Appends commands into fixed pools. */
#include "drawlist.h"

#include <string.h>

dl_Color dl_rgba(uint32_t v)
{
    dl_Color c = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    return c;
}

void dl_reset(dl_List *l, dl_Color clear)
{
    l->n = 0;
    l->npts = 0;
    l->ntext = 0;
    l->overflow = 0;
    l->clear = clear;
}

static dl_Cmd *push(dl_List *l, dl_Kind k, geo_Rect r)
{
    if (l->n >= DL_MAX_CMDS) {
        l->overflow = 1;
        return NULL;
    }
    dl_Cmd *c = &l->cmd[l->n++];
    memset(c, 0, sizeof *c);
    c->kind = k;
    c->rect = r;
    c->alpha = 1.0f;
    return c;
}

static const char *keep_text(dl_List *l, const char *s)
{
    size_t n = strlen(s) + 1;
    if (l->ntext + n > DL_MAX_TEXT) {
        l->overflow = 1;
        return NULL;
    }
    char *dst = l->text + l->ntext;
    memcpy(dst, s, n);
    l->ntext += (int)n;
    return dst;
}

void dl_rect(dl_List *l, geo_Rect r, dl_Color fill)
{
    dl_Cmd *c = push(l, DL_RECT, r);
    if (c)
        c->fill = fill;
}

void dl_rects(dl_List *l, const geo_Rect *r, int n, dl_Color fill)
{
    if (n <= 0)
        return;
    if (l->npts + 2 * n > DL_MAX_PTS) {
        l->overflow = 1;
        return;
    }
    float x0 = r[0].x, y0 = r[0].y, x1 = r[0].x + r[0].w, y1 = r[0].y + r[0].h;
    geo_Pt *p = l->pts + l->npts;
    for (int i = 0; i < n; i++) {
        p[2 * i] = (geo_Pt){r[i].x, r[i].y};
        p[2 * i + 1] = (geo_Pt){r[i].w, r[i].h};
        x0 = r[i].x < x0 ? r[i].x : x0;
        y0 = r[i].y < y0 ? r[i].y : y0;
        x1 = r[i].x + r[i].w > x1 ? r[i].x + r[i].w : x1;
        y1 = r[i].y + r[i].h > y1 ? r[i].y + r[i].h : y1;
    }
    dl_Cmd *c = push(l, DL_RECTS, geo_rect(x0, y0, x1 - x0, y1 - y0));
    if (!c)
        return;
    l->npts += 2 * n;
    c->pts = p;
    c->npts = 2 * n;
    c->fill = fill;
}

void dl_rrect(dl_List *l, geo_Rect r, float radius, dl_Color fill, dl_Color stroke, float stroke_w)
{
    dl_Cmd *c = push(l, DL_RRECT, r);
    if (!c)
        return;
    c->radius = radius;
    c->fill = fill;
    c->stroke = stroke;
    c->stroke_w = stroke_w;
}

void dl_poly(dl_List *l, const geo_Pt *pts, int n, dl_Color fill, dl_Color stroke, float stroke_w)
{
    if (n < 3 || l->npts + n > DL_MAX_PTS) {
        l->overflow |= n >= 3;
        return;
    }
    dl_Cmd *c = push(l, DL_POLY, geo_poly_bbox(pts, n));
    if (!c)
        return;
    memcpy(&l->pts[l->npts], pts, sizeof *pts * (size_t)n);
    c->pts = &l->pts[l->npts];
    c->npts = n;
    l->npts += n;
    c->fill = fill;
    c->stroke = stroke;
    c->stroke_w = stroke_w;
}

void dl_text(dl_List *l, geo_Rect r, const char *text, int px, int bold, int align, int valign, dl_Color col)
{
    if (!text || !*text)
        return;
    const char *t = keep_text(l, text);
    dl_Cmd *c = t ? push(l, DL_TEXT, r) : NULL;
    if (!c)
        return;
    c->text = t;
    c->px = px;
    c->bold = bold;
    c->align = align;
    c->valign = valign;
    c->fill = col;
}

void dl_art(dl_List *l, geo_Rect src, geo_Rect dst, float alpha)
{
    dl_Cmd *c = push(l, DL_ART, dst);
    if (!c)
        return;
    c->src = src;
    c->alpha = alpha;
}

void dl_sprite(dl_List *l, const char *name, geo_Rect r, float rot, float alpha)
{
    const char *t = keep_text(l, name);
    dl_Cmd *c = t ? push(l, DL_SPRITE, r) : NULL;
    if (!c)
        return;
    c->text = t;
    c->rot = rot;
    c->alpha = alpha;
}

void dl_ring(dl_List *l, geo_Rect r, float frac, dl_Color track, dl_Color arc, float width)
{
    dl_Cmd *c = push(l, DL_RING, r);
    if (!c)
        return;
    c->frac = frac;
    c->fill = track;
    c->stroke = arc;
    c->stroke_w = width;
}

void dl_clip(dl_List *l, geo_Rect r)
{
    push(l, DL_CLIP, r);
}

void dl_unclip(dl_List *l)
{
    geo_Rect none = {0, 0, 0, 0};
    push(l, DL_UNCLIP, none);
}
