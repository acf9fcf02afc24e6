/* texcache.c - see texcache.h. A small array searched linearly: a frame
 * uses a few dozen textures, so a hash table would not pay for itself. */
#include "texcache.h"

uint64_t tc_hash(const void *data, size_t len, uint64_t h)
{
    const unsigned char *p = data;
    if (!h)
        h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t tc_hash_str(const char *s, uint64_t seed)
{
    return tc_hash(s, SDL_strlen(s), seed);
}

void tc_init(tc_Cache *c, SDL_Renderer *ren, size_t budget)
{
    SDL_memset(c, 0, sizeof *c);
    c->ren = ren;
    c->budget = budget;
}

tc_Entry *tc_get(tc_Cache *c, uint64_t key)
{
    for (int i = 0; i < c->n; i++)
        if (c->e[i].key == key) {
            c->e[i].last_frame = c->frame;
            c->hits++;
            return &c->e[i];
        }
    return NULL;
}

static void drop(tc_Cache *c, int i)
{
    c->bytes -= (size_t)c->e[i].w * (size_t)c->e[i].h * 4;
    SDL_DestroyTexture(c->e[i].tex);
    c->e[i] = c->e[--c->n];
}

/* Evicts least recently used entries (not from this frame) until the new
 * bytes fit the budget and there is a free slot. */
static void make_room(tc_Cache *c, size_t need)
{
    while (c->n > 0 && (c->n >= TC_MAX || c->bytes + need > c->budget)) {
        int old = -1;
        for (int i = 0; i < c->n; i++)
            if (c->e[i].last_frame != c->frame && (old < 0 || c->e[i].last_frame < c->e[old].last_frame))
                old = i;
        if (old < 0)
            break;
        drop(c, old);
    }
}

tc_Entry *tc_put_surface(tc_Cache *c, uint64_t key, SDL_Surface *s)
{
    if (!s)
        return NULL;
    size_t need = (size_t)s->w * (size_t)s->h * 4;
    make_room(c, need);
    SDL_Texture *t = c->n < TC_MAX ? SDL_CreateTextureFromSurface(c->ren, s) : NULL;
    tc_Entry *e = NULL;
    if (t) {
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
        e = &c->e[c->n++];
        e->key = key;
        e->tex = t;
        e->w = s->w;
        e->h = s->h;
        e->last_frame = c->frame;
        c->bytes += need;
        c->made++;
    }
    SDL_FreeSurface(s);
    return e;
}

void tc_next_frame(tc_Cache *c)
{
    c->frame++;
}

void tc_clear(tc_Cache *c)
{
    tc_drop_all_but(c, 0);
}

void tc_drop_all_but(tc_Cache *c, uint64_t keep)
{
    for (int i = c->n - 1; i >= 0; i--)
        if (c->e[i].key != keep || !keep)
            drop(c, i);
}
