/* render.h - turns the core's draw list into pixels with an SDL_Renderer.
 * Shapes (rounded rectangles, polygons, rings), the face art and sprites
 * are drawn as small SVG documents rasterised by SDL2_image (nanosvg), so
 * every edge is anti-aliased at any size; text comes from SDL2_ttf. All of
 * it is cached as textures (texcache.h) and re-made only when its content
 * or size changes. The renderer owns its fonts, SVG sources and cache. */
#ifndef FM_RENDER_H
#define FM_RENDER_H

#include <SDL.h>
#include <SDL_ttf.h>

#include "core/drawlist.h"
#include "texcache.h"

#define RND_MAX_SPRITES 48
#define RND_MAX_FONTS 24

typedef struct {
    char name[48];
    char *svg;           /* owned; NULL when the file could not be read */
} rnd_Sprite;

typedef struct {
    int px, bold;
    TTF_Font *font;
    unsigned last;
} rnd_Font;

typedef struct {
    SDL_Renderer *ren;
    tc_Cache cache;
    char assets[1024];
    char *face;          /* face art SVG text, owned */
    size_t face_body;    /* offset just past the root <svg ...> tag */
    rnd_Sprite sprite[RND_MAX_SPRITES];
    int nsprites;
    rnd_Font font[RND_MAX_FONTS];
    int nfonts;
    unsigned frame;
} rnd_Ctx;

/* Returns 0, or -1 with SDL_GetError() set to a message naming the file. */
int rnd_init(rnd_Ctx *r, SDL_Renderer *ren, const char *assets_dir, const char *art_file);
void rnd_draw(rnd_Ctx *r, const dl_List *l);
void rnd_free(rnd_Ctx *r);

#endif
