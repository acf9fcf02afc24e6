/* texcache.h - textures made from text and SVG, kept by a 64-bit key and
 * reused until evicted. Least recently used entries go first once the
 * cache holds more than its byte budget; entries used in the current frame
 * are never evicted. The cache owns its textures. */
#ifndef FM_TEXCACHE_H
#define FM_TEXCACHE_H

#include <SDL.h>
#include <stdint.h>

#define TC_MAX 384

typedef struct {
    uint64_t key;
    SDL_Texture *tex;
    int w, h;
    unsigned last_frame;
} tc_Entry;

typedef struct {
    SDL_Renderer *ren;
    tc_Entry e[TC_MAX];
    int n;
    unsigned frame;
    size_t bytes, budget;
    unsigned long made, hits; /* counters for the benchmark */
} tc_Cache;

uint64_t tc_hash(const void *data, size_t len, uint64_t seed);
uint64_t tc_hash_str(const char *s, uint64_t seed);
void tc_init(tc_Cache *c, SDL_Renderer *ren, size_t budget_bytes);
/* The texture for key, or NULL (then make it and tc_put it). */
tc_Entry *tc_get(tc_Cache *c, uint64_t key);
/* Takes ownership of a surface: makes a texture (blended) and stores it.
 * Frees the surface. Returns the entry or NULL. */
tc_Entry *tc_put_surface(tc_Cache *c, uint64_t key, SDL_Surface *s);
void tc_next_frame(tc_Cache *c);
void tc_clear(tc_Cache *c);
/* Drops every entry but the one with key keep (0: none). */
void tc_drop_all_but(tc_Cache *c, uint64_t keep);

#endif
