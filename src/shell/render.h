/* render.h - turns the core's draw list into pixels with an SDL_Renderer.
 * Shapes (rounded rectangles, polygons, rings), the face art and sprites
 * are drawn as small SVG documents rasterised by SDL2_image (nanosvg), so
 * every edge is anti-aliased at any size; text comes from SDL2_ttf. All of
 * it is cached as textures (texcache.h) and re-made only when its content
 * or size changes. The renderer owns its fonts, SVG sources and cache.
 * No raster is larger than twice the output's larger side (and 4096 px):
 * what is drawn larger is stretched from that, so content scaled far past
 * the window costs no more memory or time than the window itself. The face
 * art is read up to LVL_MAX_ART bytes and sprites up to
 * ANIM_MAX_SPRITE_FILE, the limits --check gives.
 *
 * Only what changed is drawn again: with the software renderer (the
 * default, which keeps its pixels between frames) each frame's commands are
 * hashed into a grid of cells (dirty.h), and only the rectangles whose cells
 * changed are cleared, redrawn and sent to the window. Other renderers, and
 * a frame after rnd_invalidate, are drawn whole. FACEMAP_CHECK_DIRTY=1 in
 * the environment compares every partly drawn frame with a whole one. */
#ifndef FM_RENDER_H
#define FM_RENDER_H

#include <SDL.h>
#include <SDL_ttf.h>

#include "core/drawlist.h"
#include "dirty.h"
#include "texcache.h"

#define RND_MAX_SPRITES 48

typedef struct {
    char name[48];
    char *svg;           /* owned; NULL when the file could not be read */
    uint64_t hash;       /* of svg, in its raster keys */
} rnd_Sprite;

typedef struct {
    int px;              /* the size it is set to now */
    TTF_Font *font;
    const void *file;    /* the font file mapped (fio_map): FreeType reads its glyphs from
                            memory, not through a stream that seeks and reads each time */
    size_t len;
} rnd_Font;

/* Where one draw-list command lands this frame. */
typedef struct {
    uint64_t key;        /* its texture (0: none, or a plain fill) */
    SDL_FRect dst;
    Uint8 alpha;
    float rot;
    SDL_Rect clip;       /* the clip it is drawn under */
    SDL_Rect bounds;     /* the pixels it can set (clipped); w 0: none */
} rnd_Item;

#define RND_MEASURED 4096
#define RND_MAX_FONT (16 << 20) /* bytes of a font file */

typedef struct {
    SDL_Renderer *ren;
    tc_Cache cache;
    char assets[1024];
    char *face;          /* face art SVG text, owned */
    size_t face_body;    /* offset just past the root <svg ...> tag */
    uint64_t face_hash;  /* of face, in its raster keys */
    uint64_t art_key;    /* the face art raster drawn last */
    rnd_Sprite sprite[RND_MAX_SPRITES];
    int nsprites;
    rnd_Font font[2];    /* regular, bold */
    struct {
        uint64_t key;    /* the text's bytes, size and weight (0: empty) */
        float w;
    } measured[RND_MEASURED]; /* rnd_text_w's answers: the core lays out often, and mostly the same */
    unsigned frame;
    int w, h;            /* output size this frame */
    int keeps;           /* the target keeps its pixels: draw only what changed */
    int check;           /* FACEMAP_CHECK_DIRTY (also checks an adopted frame) */
    int check_text;      /* FACEMAP_CHECK_TEXT: say each text drawn smaller than asked or out of its box */
    int adopt;           /* rnd_adopt: the next frame is on screen already */
    dirty_Grid dirty;
    rnd_Item item[DL_MAX_CMDS];
    int painted;         /* rectangles drawn this frame (dirty.rect) */
} rnd_Ctx;

/* Returns 0, or -1 with SDL_GetError() set to a message naming the file. */
int rnd_init(rnd_Ctx *r, SDL_Renderer *ren, const char *assets_dir, const char *art_file);
/* Draws the frame; returns how many rectangles were drawn (0: nothing
 * changed). */
int rnd_draw(rnd_Ctx *r, const dl_List *l);
/* The width in px of n bytes of s in the font at px (bold or regular);
 * ctx is the rnd_Ctx. The app's text_w, so the core wraps text as it will
 * be drawn. */
float rnd_text_w(void *ctx, const char *s, int n, int px, int bold);
/* Shows what rnd_draw drew in win (only those rectangles where it can). */
void rnd_present(rnd_Ctx *r, SDL_Window *win);
/* At rest: frees every raster but the face art's (the one that takes
 * milliseconds to make; the rest are remade in a few on the next frame)
 * and gives the freed memory back to the system. */
void rnd_rest(rnd_Ctx *r);
/* A hash of what draws: the face art, the fonts (by file identity), the
 * SDL, SDL2_image and SDL2_ttf versions and the raster code's version. */
uint64_t rnd_identity(const rnd_Ctx *r);
/* The target already shows the next frame (a launch snapshot): rnd_draw
 * makes its textures and notes it, but paints nothing. */
void rnd_adopt(rnd_Ctx *r);
/* The next frame is drawn and shown whole (a new or exposed window). */
void rnd_invalidate(rnd_Ctx *r);
void rnd_free(rnd_Ctx *r);

#endif
