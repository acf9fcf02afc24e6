/* dirty.h - which parts of the window changed since the last frame, the way
 * rxi/lite's rencache finds them. The window is cut into DIRTY_CELL-pixel
 * cells; every drawn thing folds a hash of everything that sets its pixels
 * (kind, position, colours, texture key, clip) into each cell its bounds
 * touch, in draw order. A cell whose hash differs from the last frame's is
 * dirty: something there appeared, went, moved, changed or was reordered.
 * Dirty cells are merged into a few rectangles that do not overlap.
 *
 * Some things must be drawn whole or not at all (a scaled copy: SDL's
 * clipped scaled blit samples differently from the unclipped one): they
 * are added with whole = 1, and a rectangle that touches one grows until it
 * holds it, so that drawing it clipped to the rectangle sets the same
 * pixels as a full redraw.
 *
 * A dirty_Grid owns two hash arrays (dirty_free frees them); it draws
 * nothing. When they cannot be allocated, every frame is all dirty. */
#ifndef FM_DIRTY_H
#define FM_DIRTY_H

#include <SDL.h>
#include <stdint.h>

#define DIRTY_CELL 32
#define DIRTY_MAX_RECTS 48
#define DIRTY_MAX_WHOLE 64

typedef struct {
    int w, h, cols, rows;
    uint64_t *prev, *cur;  /* cell hashes of the last frame and this one */
    uint64_t seed;         /* what every cell starts from this frame */
    int all;               /* this frame is all dirty (new size, invalidated) */
    SDL_Rect whole[DIRTY_MAX_WHOLE];
    int nwhole, whole_overflow;
    SDL_Rect rect[DIRTY_MAX_RECTS]; /* dirty_end's answer */
    int n;
} dirty_Grid;

/* Folds v into the hash h: the one mixer for the cells' hashes and for the
 * hash of each drawn thing (render_frame.c). */
static inline uint64_t dirty_mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 31);
}

/* Starts a frame of a w x h window whose background hashes to seed. */
void dirty_begin(dirty_Grid *g, int w, int h, uint64_t seed);
/* Adds one drawn thing: the pixels it may set (already clipped) and the
 * hash of how it sets them. */
void dirty_add(dirty_Grid *g, SDL_Rect bounds, uint64_t hash, int whole);
/* Ends the frame: fills rect[0..n) with what to redraw and returns n (0
 * when nothing changed). The whole window comes back as one rectangle. */
int dirty_end(dirty_Grid *g);
/* Makes the next frame all dirty (the pixels were lost or are unknown). */
void dirty_invalidate(dirty_Grid *g);
void dirty_free(dirty_Grid *g);

#endif
