/* render_frame.c - see render.h: drawing one frame. prep() gets every
 * command's texture and place (rnd_prep_cmd) and tells the dirty grid what
 * sits where; paint() then draws the commands that touch one dirty
 * rectangle, clipped to it; rnd_present sends only those rectangles. */
#include "render_parts.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t mixf(uint64_t h, float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return dirty_mix(h, u);
}

/* The pixels a copy or fill into d can set, with a pixel to spare; for a
 * copy rotated about its centre, the circle it sweeps. */
static SDL_Rect outer(SDL_FRect d, int rotated)
{
    if (rotated) {
        float rad = sqrtf(d.w * d.w + d.h * d.h) / 2 + 2;
        d = (SDL_FRect){d.x + d.w / 2 - rad, d.y + d.h / 2 - rad, 2 * rad, 2 * rad};
    }
    int x0 = (int)floorf(d.x) - 1, y0 = (int)floorf(d.y) - 1;
    int x1 = (int)ceilf(d.x + d.w) + 1, y1 = (int)ceilf(d.y + d.h) + 1;
    return (SDL_Rect){x0, y0, x1 - x0, y1 - y0};
}

/* First pass: every command's texture made when missing, placed, and
 * hashed into the dirty grid with everything that sets its pixels. */
static void prep(rnd_Ctx *r, const dl_List *l)
{
    SDL_Rect win = {0, 0, r->w, r->h}, clip = win;
    dirty_begin(&r->dirty, r->w, r->h, (uint64_t)l->clear.r << 16 | (uint64_t)l->clear.g << 8 | l->clear.b);
    for (int i = 0; i < l->n && i < DL_MAX_CMDS; i++) {
        const dl_Cmd *c = &l->cmd[i];
        rnd_Item *it = &r->item[i];
        SDL_memset(it, 0, sizeof *it);
        it->alpha = 255;
        if (c->kind == DL_CLIP) {
            SDL_Rect cr = {(int)c->rect.x, (int)c->rect.y, (int)c->rect.w, (int)c->rect.h};
            if (!SDL_IntersectRect(&cr, &win, &clip))
                clip = (SDL_Rect){0, 0, 0, 0};
            continue;
        }
        if (c->kind == DL_UNCLIP) {
            clip = win;
            continue;
        }
        rnd_prep_cmd(r, it, c);
        if (c->kind != DL_RECT && !it->key)
            continue;
        SDL_Rect b = outer(it->dst, it->rot != 0);
        if (!SDL_IntersectRect(&b, &clip, &it->bounds))
            continue;
        it->clip = clip;
        uint64_t rgba = (uint64_t)c->fill.r << 24 | (uint64_t)c->fill.g << 16 | (uint64_t)c->fill.b << 8 | c->fill.a;
        uint64_t h = dirty_mix(dirty_mix((uint64_t)c->kind, it->key), (uint64_t)it->alpha << 32 | rgba);
        h = dirty_mix(h, (uint64_t)(uint32_t)clip.x << 48 ^ (uint64_t)(uint32_t)clip.y << 32 ^
                         (uint64_t)(uint32_t)clip.w << 16 ^ (uint64_t)(uint32_t)clip.h);
        h = mixf(mixf(mixf(mixf(mixf(h, it->dst.x), it->dst.y), it->dst.w), it->dst.h), it->rot);
        /* a scaled copy samples differently when clipped, so it is drawn
         * whole; a rotated one is scaled first, then blitted unscaled */
        dirty_add(&r->dirty, it->bounds, h, c->kind == DL_SPRITE && it->rot == 0);
    }
}

/* DL_RECTS: SDL's batch fill, a chunk at a time. */
static void paint_rects(rnd_Ctx *r, const dl_Cmd *c)
{
    SDL_FRect buf[256];
    int n = c->npts / 2;
    SDL_SetRenderDrawBlendMode(r->ren, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r->ren, c->fill.r, c->fill.g, c->fill.b, c->fill.a);
    for (int i = 0; i < n; i += 256) {
        int k = n - i < 256 ? n - i : 256;
        for (int j = 0; j < k; j++) {
            const geo_Pt *p = c->pts + 2 * (i + j);
            buf[j] = (SDL_FRect){p[0].x, p[0].y, p[1].x, p[1].y};
        }
        SDL_RenderFillRectsF(r->ren, buf, k);
    }
}

static void paint_item(rnd_Ctx *r, const dl_Cmd *c, const rnd_Item *it)
{
    if (c->kind == DL_RECTS) {
        paint_rects(r, c);
        return;
    }
    if (c->kind == DL_RECT) {
        SDL_SetRenderDrawBlendMode(r->ren, SDL_BLENDMODE_BLEND);
        SDL_SetRenderDrawColor(r->ren, c->fill.r, c->fill.g, c->fill.b, c->fill.a);
        SDL_RenderFillRectF(r->ren, &it->dst);
        return;
    }
    tc_Entry *e = tc_get(&r->cache, it->key);
    if (!e)
        return;
    SDL_SetTextureAlphaMod(e->tex, it->alpha);
    if (it->rot != 0)
        SDL_RenderCopyExF(r->ren, e->tex, NULL, &it->dst, it->rot, NULL, SDL_FLIP_NONE);
    else
        SDL_RenderCopyF(r->ren, e->tex, NULL, &it->dst);
}

/* Second pass: area cleared, and every command that touches it drawn,
 * clipped to it. */
static void paint(rnd_Ctx *r, const dl_List *l, SDL_Rect area)
{
    SDL_SetRenderDrawColor(r->ren, l->clear.r, l->clear.g, l->clear.b, 255);
    SDL_RenderSetClipRect(r->ren, &area);
    SDL_SetRenderDrawBlendMode(r->ren, SDL_BLENDMODE_NONE);
    SDL_RenderFillRect(r->ren, &area); /* SDL_RenderClear would ignore the clip */
    SDL_Rect set = area;
    for (int i = 0; i < l->n && i < DL_MAX_CMDS; i++) {
        const rnd_Item *it = &r->item[i];
        SDL_Rect cl;
        if (it->bounds.w <= 0 || !SDL_IntersectRect(&it->clip, &area, &cl) ||
            !SDL_HasIntersection(&it->bounds, &cl))
            continue;
        if (!SDL_RectEquals(&cl, &set)) {
            SDL_RenderSetClipRect(r->ren, &cl);
            set = cl;
        }
        paint_item(r, &l->cmd[i], it);
    }
    SDL_RenderSetClipRect(r->ren, NULL);
}

/* FACEMAP_CHECK_DIRTY=1: each frame painted in part is compared with the
 * same frame painted whole; a difference is reported and exits (3). */
static void check_partial(rnd_Ctx *r, const dl_List *l)
{
    size_t px = (size_t)r->w * (size_t)r->h;
    Uint32 *a = malloc(px * 4), *b = malloc(px * 4);
    SDL_Rect all = {0, 0, r->w, r->h};
    if (a && b && SDL_RenderReadPixels(r->ren, &all, SDL_PIXELFORMAT_ARGB8888, a, r->w * 4) == 0) {
        paint(r, l, all);
        if (SDL_RenderReadPixels(r->ren, &all, SDL_PIXELFORMAT_ARGB8888, b, r->w * 4) == 0)
            for (size_t i = 0; i < px; i++)
                if (a[i] != b[i]) {
                    fprintf(stderr,
                            "facemap: FACEMAP_CHECK_DIRTY: frame %u painted in %d rectangles differs at "
                            "(%d, %d) from the whole frame: %08x, not %08x\n",
                            r->frame, r->painted, (int)(i % (size_t)r->w), (int)(i / (size_t)r->w),
                            (unsigned)a[i], (unsigned)b[i]);
                    exit(3);
                }
    }
    free(a);
    free(b);
}

int rnd_draw(rnd_Ctx *r, const dl_List *l)
{
    r->frame++;
    tc_next_frame(&r->cache);
    if (SDL_GetRendererOutputSize(r->ren, &r->w, &r->h) != 0)
        r->w = r->h = 0;
    prep(r, l);
    int n = dirty_end(&r->dirty);
    if (!r->keeps && n > 0) { /* the target's pixels are undefined after a present */
        r->dirty.rect[0] = (SDL_Rect){0, 0, r->w, r->h};
        n = 1;
    }
    for (int i = 0; i < n && !r->adopt; i++)
        paint(r, l, r->dirty.rect[i]);
    r->painted = n;
    if (r->check && n > 0 && (r->adopt || !(n == 1 && r->dirty.rect[0].w == r->w && r->dirty.rect[0].h == r->h)))
        check_partial(r, l);
    r->adopt = 0;
    return n;
}

void rnd_present(rnd_Ctx *r, SDL_Window *win)
{
    if (!win || r->painted == 0)
        return;
    if (r->keeps && SDL_GetWindowSurface(win)) { /* the renderer draws into the window surface */
        SDL_RenderFlush(r->ren);
        if (SDL_UpdateWindowSurfaceRects(win, r->dirty.rect, r->painted) == 0)
            return;
    }
    SDL_RenderPresent(r->ren);
}

void rnd_adopt(rnd_Ctx *r)
{
    r->adopt = 1;
}

void rnd_rest(rnd_Ctx *r)
{
    tc_drop_all_but(&r->cache, r->art_key);
#ifdef __GLIBC__
    malloc_trim(0); /* freed rasters sit between live blocks: give their pages back */
#endif
}

void rnd_invalidate(rnd_Ctx *r)
{
    dirty_invalidate(&r->dirty);
}
