/* snapshot.h - the launch snapshot: the pixels of the first frame of the
 * last windowed launch, kept in the user's cache folder, so that the next
 * launch that would draw the very same frame shows it as soon as its
 * window exists, instead of after rasterising the face art and every
 * shape and text (about 25 ms of work on a small CPU).
 *
 * "The very same frame" is a key: a hash of every command of the draw
 * list (kinds, places, colours, texts, points), of what the renderer
 * draws them with (rnd_identity: the face art, the fonts, the library
 * versions), and of the window's size. A file whose key, size, pixel
 * format or checksum does not match is never shown. The renderer still
 * makes the frame's textures afterwards (they are needed for the next
 * change) but does not paint what is already on screen (rnd_adopt).
 * Only for the software renderer, which draws into the window surface.
 *
 * The file is $XDG_CACHE_HOME/facemap/launch-WxH.bin (else under
 * ~/.cache/facemap/), written under a temporary name and renamed; it is a
 * cache: losing it costs one slower launch. A snp_Ctx owns nothing. */
#ifndef FM_SNAPSHOT_H
#define FM_SNAPSHOT_H

#include <SDL.h>
#include <stdint.h>

#include "core/drawlist.h"

typedef struct {
    char path[1100];     /* "" when there is no cache folder */
    uint64_t key;        /* of the frame the file should hold */
    int w, h;
    int found;           /* snp_find: a file with this key exists */
} snp_Ctx;

/* The key of draw list l drawn by a renderer of identity `identity` at
 * w x h. */
uint64_t snp_key(const dl_List *l, uint64_t identity, int w, int h);
/* Sets the path for a w x h window and notes key; returns 1 when a file
 * with that key is there (found). */
int snp_find(snp_Ctx *s, uint64_t key, int w, int h);
/* Copies the file's pixels into the window's surface and shows them;
 * returns 1 when shown, 0 when the file does not match (then the surface
 * may hold part of it: draw the first frame whole). */
int snp_show(snp_Ctx *s, SDL_Window *win);
/* Saves what the window's surface shows as the frame of key. */
void snp_save(snp_Ctx *s, SDL_Window *win, uint64_t key);

#endif
