/* render.c - see render.h: what each draw-list command looks like. Each
 * kind has one small function that gets its texture (made when the cache
 * lacks it) and says where it lands; a texture's key is a hash of
 * everything that changes its pixels. Also the renderer's start and end.
 * Drawing a frame is render_frame.c. */
#include "render_parts.h"

#include <SDL_image.h>
#include <math.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/anim.h"
#include "core/level.h"
#include "platform/fio.h"

/* Bump when a change here alters pixels in a way no raster key says (the
 * SVG documents and texts are in their keys; the code that draws them is
 * not): launch snapshots (snapshot.h) made before are then not shown. */
#define RND_RASTER_VERSION 1
#define RND_MAX_SIDE 4096 /* px: no raster is larger, whatever the window (64 MiB) */

#define SVG_HEAD "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"%g %g %g %g\">"

static void hex(dl_Color c, char out[8])
{
    snprintf(out, 8, "#%02x%02x%02x", c.r, c.g, c.b);
}

/* The largest side of any raster: twice the output's larger side, and
 * never more than RND_MAX_SIDE. What is drawn larger is stretched from it:
 * a sprite scaled far past the window costs no more than this. */
static int max_side(const rnd_Ctx *r)
{
    int m = 2 * (r->w > r->h ? r->w : r->h);
    return m <= 0 || m > RND_MAX_SIDE ? RND_MAX_SIDE : m;
}

static SDL_Surface *raster(const rnd_Ctx *r, const char *svg, size_t len, int w, int h)
{
    int cap = max_side(r);
    if (w > cap || h > cap) {
        float k = (float)cap / (float)(w > h ? w : h);
        w = w * k < 1 ? 1 : (int)(w * k);
        h = h * k < 1 ? 1 : (int)(h * k);
    }
    SDL_RWops *rw = SDL_RWFromConstMem(svg, (int)len);
    if (!rw)
        return NULL;
    SDL_Surface *s = IMG_LoadSizedSVG_RW(rw, w, h); /* does not close rw */
    SDL_RWclose(rw);
    return s;
}

static Uint8 alpha8(float a)
{
    return (Uint8)(a < 0 ? 0 : a > 1 ? 255 : a * 255);
}

/* The item shows texture e (may be NULL: then nothing) at dst. */
static void place(rnd_Item *it, const tc_Entry *e, float x, float y, float w, float h)
{
    if (!e)
        return;
    it->key = e->key;
    it->dst = (SDL_FRect){x, y, w, h};
}

/* An SVG snippet rasterised once at w x h, placed at (x, y). */
static void prep_svg(rnd_Ctx *r, rnd_Item *it, const char *svg, int len, float x, float y, int w, int h)
{
    if (len <= 0 || w <= 0 || h <= 0)
        return;
    uint64_t key = tc_hash(svg, (size_t)len, 0x5f3759df);
    tc_Entry *e = tc_get(&r->cache, key);
    if (!e)
        e = tc_put_surface(&r->cache, key, raster(r, svg, (size_t)len, w, h));
    place(it, e, x, y, (float)w, (float)h);
}

static void prep_rrect(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    char svg[640], f[8], s[8];
    int w = (int)ceilf(c->rect.w), h = (int)ceilf(c->rect.h);
    float sw = c->stroke_w, rad = fminf(c->radius, fminf(c->rect.w, c->rect.h) / 2);
    hex(c->fill, f);
    hex(c->stroke, s);
    int n = snprintf(svg, sizeof svg,
                     SVG_HEAD "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" "
                              "fill=\"%s\" fill-opacity=\"%.3f\" stroke=\"%s\" stroke-opacity=\"%.3f\" "
                              "stroke-width=\"%.1f\"/></svg>",
                     w, h, 0.0, 0.0, (double)w, (double)h, sw / 2, sw / 2, c->rect.w - sw, c->rect.h - sw,
                     rad, f, c->fill.a / 255.0, s, sw > 0 ? c->stroke.a / 255.0 : 0.0, sw);
    prep_svg(r, it, svg, n, floorf(c->rect.x), floorf(c->rect.y), w, h);
}

static void prep_poly(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    char svg[8192], f[8], s[8];
    float pad = c->stroke_w + 1;
    float x0 = floorf(c->rect.x - pad), y0 = floorf(c->rect.y - pad);
    int w = (int)ceilf(c->rect.w + 2 * pad) + 1, h = (int)ceilf(c->rect.h + 2 * pad) + 1;
    hex(c->fill, f);
    hex(c->stroke, s);
    int n = snprintf(svg, sizeof svg, SVG_HEAD "<path d=\"", w, h, 0.0, 0.0, (double)w, (double)h);
    for (int i = 0; i < c->npts && n < (int)sizeof svg - 256; i++)
        n += snprintf(svg + n, sizeof svg - (size_t)n, "%c%.1f %.1f ", i ? 'L' : 'M',
                      c->pts[i].x - x0, c->pts[i].y - y0);
    n += snprintf(svg + n, sizeof svg - (size_t)n,
                  "Z\" fill=\"%s\" fill-opacity=\"%.3f\" stroke=\"%s\" stroke-opacity=\"%.3f\" "
                  "stroke-width=\"%.1f\" stroke-linejoin=\"round\"/></svg>",
                  f, c->fill.a / 255.0, s, c->stroke_w > 0 ? c->stroke.a / 255.0 : 0.0, c->stroke_w);
    prep_svg(r, it, svg, n, x0, y0, w, h);
}

/* The countdown ring: a full track and an arc from 12 o'clock clockwise for
 * the part left; the arc is quantised to half a degree. */
static void prep_ring(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    char svg[1024], t[8], a[8];
    int d = (int)ceilf(fminf(c->rect.w, c->rect.h));
    float sw = c->stroke_w, rad = (float)d / 2 - sw / 2 - 1, cx = (float)d / 2;
    float frac = roundf(fmaxf(0, fminf(1, c->frac)) * 720) / 720;
    float ang = frac * 6.28318531f;
    hex(c->fill, t);
    hex(c->stroke, a);
    int n = snprintf(svg, sizeof svg,
                     SVG_HEAD "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" "
                              "stroke-width=\"%.1f\"/>",
                     d, d, 0.0, 0.0, (double)d, (double)d, cx, cx, rad, t, sw);
    if (frac >= 0.999f)
        n += snprintf(svg + n, sizeof svg - (size_t)n,
                      "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                      cx, cx, rad, a, sw);
    else if (frac > 0)
        n += snprintf(svg + n, sizeof svg - (size_t)n,
                      "<path d=\"M%.2f %.2f A%.2f %.2f 0 %d 1 %.2f %.2f\" fill=\"none\" stroke=\"%s\" "
                      "stroke-width=\"%.1f\" stroke-linecap=\"round\"/>",
                      cx, cx - rad, rad, rad, frac > 0.5f ? 1 : 0, cx + rad * sinf(ang),
                      cx - rad * cosf(ang), a, sw);
    n += snprintf(svg + n, sizeof svg - (size_t)n, "</svg>");
    prep_svg(r, it, svg, n, floorf(c->rect.x), floorf(c->rect.y), d, d);
}

/* The face art with its root tag replaced so that the viewBox shows src. */
static void prep_art(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    if (!r->face)
        return;
    int w = (int)ceilf(c->rect.w), h = (int)ceilf(c->rect.h);
    char head[256];
    int hn = snprintf(head, sizeof head, SVG_HEAD, w, h, (double)c->src.x, (double)c->src.y,
                      (double)c->src.w, (double)c->src.h);
    uint64_t key = tc_hash(head, (size_t)hn, r->face_hash);
    tc_Entry *e = tc_get(&r->cache, key);
    if (!e) {
        size_t body = SDL_strlen(r->face + r->face_body);
        char *doc = SDL_malloc((size_t)hn + body + 1);
        if (!doc)
            return;
        SDL_memcpy(doc, head, (size_t)hn);
        SDL_memcpy(doc + hn, r->face + r->face_body, body + 1);
        e = tc_put_surface(&r->cache, key, raster(r, doc, (size_t)hn + body, w, h));
        SDL_free(doc);
    }
    place(it, e, floorf(c->rect.x), floorf(c->rect.y), (float)w, (float)h);
    it->alpha = alpha8(c->alpha);
    r->art_key = key;
}

static rnd_Sprite *sprite(rnd_Ctx *r, const char *name)
{
    for (int i = 0; i < r->nsprites; i++)
        if (SDL_strcmp(r->sprite[i].name, name) == 0)
            return &r->sprite[i];
    if (r->nsprites >= RND_MAX_SPRITES)
        return NULL;
    rnd_Sprite *s = &r->sprite[r->nsprites++];
    char path[1200], err[256];
    size_t len;
    snprintf(s->name, sizeof s->name, "%s", name);
    snprintf(path, sizeof path, "%s/sprites/%s.svg", r->assets, name);
    s->svg = fio_read_all(path, ANIM_MAX_SPRITE_FILE, &len, err, sizeof err);
    if (!s->svg)
        SDL_Log("%s", err);
    else
        s->hash = tc_hash(s->svg, len, 0);
    return s;
}

/* The side a sprite drawn want px wide is rasterised at: rounded up to 16
 * px up to 128, to coarser steps above (8 sizes an octave, so a growing
 * sprite is not rasterised again each frame), at most max_side. */
static int sprite_side(const rnd_Ctx *r, float want)
{
    int w = want > (float)RND_MAX_SIDE ? RND_MAX_SIDE : (int)ceilf(want), step = 16;
    while (step * 8 < w)
        step *= 2;
    int side = (w + step - 1) / step * step, cap = max_side(r);
    return side > cap ? cap : side;
}

/* Sprites are rasterised at sprite_side, then scaled. */
static void prep_sprite(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    rnd_Sprite *s = sprite(r, c->text);
    if (!s || !s->svg)
        return;
    int size = sprite_side(r, fmaxf(c->rect.w, c->rect.h));
    char key[96];
    snprintf(key, sizeof key, "sprite|%s|%d", c->text, size);
    uint64_t k = tc_hash_str(key, s->hash);
    tc_Entry *e = tc_get(&r->cache, k);
    if (!e)
        e = tc_put_surface(&r->cache, k, raster(r, s->svg, SDL_strlen(s->svg), size, size));
    place(it, e, c->rect.x, c->rect.y, c->rect.w, c->rect.h);
    it->alpha = alpha8(c->alpha);
    it->rot = c->rot;
}

static void font_path(const rnd_Ctx *r, int bold, char *out, size_t len)
{
    snprintf(out, len, "%s/fonts/%s", r->assets, bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
}

/* The font of that weight at size px, or NULL. One face per weight, sized
 * as asked: a face open per size would hold its own copy of the font's
 * tables (about 150 KiB each) and parse the file again. */
static TTF_Font *font(rnd_Ctx *r, int px, int bold)
{
    rnd_Font *f = &r->font[bold ? 1 : 0];
    if (!f->font) {
        char path[1200];
        char err[256];
        font_path(r, bold, path, sizeof path);
        f->file = fio_map(path, RND_MAX_FONT, &f->len, err, sizeof err);
        SDL_RWops *rw = f->file ? SDL_RWFromConstMem(f->file, (int)f->len) : NULL;
        f->font = rw ? TTF_OpenFontRW(rw, 1, px) : TTF_OpenFont(path, px); /* the error: SDL_ttf's */
        f->px = px;
    } else if (f->px != px && TTF_SetFontSize(f->font, px) == 0) {
        f->px = px;
    }
    return f->font && f->px == px ? f->font : NULL;
}

float rnd_text_w(void *ctx, const char *s, int n, int px, int bold)
{
    rnd_Ctx *r = ctx;
    uint64_t key = tc_hash(s, (size_t)n, ((uint64_t)px << 1 | (uint64_t)(bold != 0)) + 1) | 1;
    size_t slot = (size_t)(key >> 7) % RND_MEASURED;
    if (r->measured[slot].key == key)
        return r->measured[slot].w;
    char buf[1024];
    int w = 0;
    TTF_Font *f = px > 0 ? font(r, px, bold) : NULL;
    snprintf(buf, sizeof buf, "%.*s", n, s);
    if (!f || TTF_SizeUTF8(f, buf, &w, NULL) != 0)
        return (float)n * 0.62f * (float)px; /* no font: the core's estimate */
    r->measured[slot].key = key;
    r->measured[slot].w = (float)w;
    return (float)w;
}

/* Renders text wrapped to the box, shrinking the size until it fits
 * (down to 75% of the asked size). */
static SDL_Surface *fit_text(rnd_Ctx *r, const dl_Cmd *c)
{
    SDL_Color col = {c->fill.r, c->fill.g, c->fill.b, c->fill.a};
    int wrap = (int)c->rect.w;
    SDL_Surface *s = NULL;
    for (int px = c->px; px >= 8; px = px * 9 / 10) {
        TTF_Font *f = font(r, px, c->bold);
        if (!f)
            return NULL;
        if (r->check_text && px < c->px)
            fprintf(stderr, "facemap: text shrunk from %d px to %d px to fit %dx%d: \"%.60s\"\n", c->px, px,
                    (int)c->rect.w, (int)c->rect.h, c->text);
        TTF_SetFontWrappedAlign(f, c->align == DL_ALIGN_CENTER  ? TTF_WRAPPED_ALIGN_CENTER
                                   : c->align == DL_ALIGN_RIGHT ? TTF_WRAPPED_ALIGN_RIGHT
                                                                : TTF_WRAPPED_ALIGN_LEFT);
        s = TTF_RenderUTF8_Blended_Wrapped(f, c->text, col, (Uint32)(wrap > 1 ? wrap : 1));
        if (!s || (s->h <= (int)c->rect.h + 1 && s->w <= wrap + 1) || px * 4 < c->px * 3)
            return s;
        SDL_FreeSurface(s);
    }
    return NULL;
}

static void prep_text(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    char key[128];
    snprintf(key, sizeof key, "text|%d|%d|%d|%d|%d|%02x%02x%02x%02x|", c->px, c->bold, c->align,
             (int)c->rect.w, (int)c->rect.h, c->fill.r, c->fill.g, c->fill.b, c->fill.a);
    uint64_t k = tc_hash_str(c->text, tc_hash_str(key, 0));
    tc_Entry *e = tc_get(&r->cache, k);
    if (!e)
        e = tc_put_surface(&r->cache, k, fit_text(r, c));
    if (!e)
        return;
    float x = c->rect.x, y = c->rect.y;
    if (c->align == DL_ALIGN_CENTER)
        x += (c->rect.w - (float)e->w) / 2;
    else if (c->align == DL_ALIGN_RIGHT)
        x += c->rect.w - (float)e->w;
    if (c->valign == DL_VALIGN_MIDDLE)
        y += (c->rect.h - (float)e->h) / 2;
    else if (c->valign == DL_VALIGN_BOTTOM)
        y += c->rect.h - (float)e->h;
    place(it, e, floorf(x), floorf(y), (float)e->w, (float)e->h);
}

void rnd_prep_cmd(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c)
{
    switch (c->kind) {
    case DL_RECT: it->dst = (SDL_FRect){c->rect.x, c->rect.y, c->rect.w, c->rect.h}; break;
    case DL_RECTS: /* no texture: the key is the rectangles' hash, so a change redraws them */
        it->dst = (SDL_FRect){c->rect.x, c->rect.y, c->rect.w, c->rect.h};
        it->key = tc_hash(c->pts, (size_t)c->npts * sizeof *c->pts, 0x5ec7) | 1;
        break;
    case DL_RRECT: prep_rrect(r, it, c); break;
    case DL_POLY: prep_poly(r, it, c); break;
    case DL_TEXT: prep_text(r, it, c); break;
    case DL_ART: prep_art(r, it, c); break;
    case DL_SPRITE: prep_sprite(r, it, c); break;
    case DL_RING: prep_ring(r, it, c); break;
    case DL_CLIP: case DL_UNCLIP: break;
    }
}

uint64_t rnd_identity(const rnd_Ctx *r)
{
    SDL_version v[3];
    SDL_GetVersion(&v[0]);
    v[1] = *IMG_Linked_Version();
    v[2] = *TTF_Linked_Version();
    uint64_t h = tc_hash(v, sizeof v, r->face_hash ^ RND_RASTER_VERSION);
    for (int bold = 0; bold < 2; bold++) { /* the fonts by identity: any change to them is a new file */
        char path[1200];
        struct stat st;
        font_path(r, bold, path, sizeof path);
        if (stat(path, &st) == 0) {
            long long id[4] = {(long long)st.st_dev, (long long)st.st_ino, (long long)st.st_size,
                               (long long)st.st_mtime};
            h = tc_hash(id, sizeof id, h);
        }
    }
    return h;
}

int rnd_init(rnd_Ctx *r, SDL_Renderer *ren, const char *assets_dir, const char *art_file)
{
    SDL_memset(r, 0, sizeof *r);
    r->ren = ren;
    SDL_RendererInfo info;
    /* only the software renderer keeps its pixels after a present */
    r->keeps = SDL_GetRendererInfo(ren, &info) == 0 && SDL_strcmp(info.name, "software") == 0;
    const char *check = SDL_getenv("FACEMAP_CHECK_DIRTY");
    r->check = check && check[0] && SDL_strcmp(check, "0") != 0;
    const char *check_text = SDL_getenv("FACEMAP_CHECK_TEXT");
    r->check_text = check_text && check_text[0] && SDL_strcmp(check_text, "0") != 0;
    /* FACEMAP_TEXTURE_CACHE_MB: a smaller cache, for the soak's leak check
     * (tests/robust/soak.py), where a warming 24 MiB cache hides the floor */
    const char *mb = SDL_getenv("FACEMAP_TEXTURE_CACHE_MB");
    int cache_mb = mb ? SDL_atoi(mb) : 0;
    tc_init(&r->cache, ren, (size_t)(cache_mb > 0 && cache_mb < 24 ? cache_mb : 24) << 20);
    snprintf(r->assets, sizeof r->assets, "%s", assets_dir);
    char path[1200], err[256];
    size_t len;
    snprintf(path, sizeof path, "%s/%s", assets_dir, art_file);
    r->face = fio_read_all(path, LVL_MAX_ART, &len, err, sizeof err);
    if (!r->face)
        return SDL_SetError("%s", err);
    char *root = SDL_strstr(r->face, "<svg");
    char *end = root ? SDL_strchr(root, '>') : NULL;
    if (!end)
        return SDL_SetError("%s: no <svg> root element", path);
    r->face_body = (size_t)(end + 1 - r->face);
    r->face_hash = tc_hash(r->face, len, 0xa27);
    return 0;
}

void rnd_free(rnd_Ctx *r)
{
    tc_clear(&r->cache);
    for (int i = 0; i < 2; i++) {
        if (r->font[i].font)
            TTF_CloseFont(r->font[i].font);
        fio_unmap(r->font[i].file, r->font[i].len);
    }
    for (int i = 0; i < r->nsprites; i++)
        free(r->sprite[i].svg);
    free(r->face);
    dirty_free(&r->dirty);
    SDL_memset(r, 0, sizeof *r);
}
