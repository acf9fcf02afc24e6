/* dirty.c - see dirty.h. The grid is remade only when the window size
 * changes; a frame costs one pass over the cells its things touch. */
#include "dirty.h"

#include <stdlib.h>

void dirty_free(dirty_Grid *g)
{
    free(g->prev);
    free(g->cur);
    g->prev = g->cur = NULL;
    g->w = g->h = g->cols = g->rows = 0;
}

void dirty_invalidate(dirty_Grid *g)
{
    g->all = 1;
}

void dirty_begin(dirty_Grid *g, int w, int h, uint64_t seed)
{
    if (w != g->w || h != g->h || !g->prev) {
        dirty_free(g);
        g->w = w;
        g->h = h;
        g->cols = (w + DIRTY_CELL - 1) / DIRTY_CELL;
        g->rows = (h + DIRTY_CELL - 1) / DIRTY_CELL;
        size_t n = (size_t)(g->cols > 0 ? g->cols : 1) * (size_t)(g->rows > 0 ? g->rows : 1);
        g->prev = calloc(n, sizeof *g->prev);
        g->cur = calloc(n, sizeof *g->cur);
        if (!g->prev || !g->cur) {
            free(g->prev);
            free(g->cur);
            g->prev = g->cur = NULL;
        }
        g->all = 1;
    }
    g->seed = seed;
    g->nwhole = g->whole_overflow = 0;
    g->n = 0;
    if (g->cur)
        for (int i = 0; i < g->cols * g->rows; i++)
            g->cur[i] = seed;
}

void dirty_add(dirty_Grid *g, SDL_Rect b, uint64_t hash, int whole)
{
    SDL_Rect win = {0, 0, g->w, g->h}, r;
    if (!g->cur || !SDL_IntersectRect(&b, &win, &r))
        return;
    int x0 = r.x / DIRTY_CELL, x1 = (r.x + r.w - 1) / DIRTY_CELL;
    int y0 = r.y / DIRTY_CELL, y1 = (r.y + r.h - 1) / DIRTY_CELL;
    for (int y = y0; y <= y1; y++)
        for (int x = x0; x <= x1; x++)
            g->cur[y * g->cols + x] = dirty_mix(g->cur[y * g->cols + x], hash);
    if (!whole)
        return;
    if (g->nwhole < DIRTY_MAX_WHOLE)
        g->whole[g->nwhole++] = r;
    else
        g->whole_overflow = 1;
}

/* a and b overlap or share an edge */
static int touch(const SDL_Rect *a, const SDL_Rect *b)
{
    return a->x <= b->x + b->w && b->x <= a->x + a->w && a->y <= b->y + b->h && b->y <= a->y + a->h;
}

static int contains(const SDL_Rect *outer, const SDL_Rect *in)
{
    return in->x >= outer->x && in->y >= outer->y && in->x + in->w <= outer->x + outer->w &&
           in->y + in->h <= outer->y + outer->h;
}

/* Adds a dirty cell, merged into a rectangle it touches when there is one. */
static void push(dirty_Grid *g, SDL_Rect c)
{
    for (int i = g->n - 1; i >= 0; i--)
        if (touch(&g->rect[i], &c)) {
            SDL_UnionRect(&g->rect[i], &c, &g->rect[i]);
            return;
        }
    if (g->n < DIRTY_MAX_RECTS)
        g->rect[g->n++] = c;
    else
        SDL_UnionRect(&g->rect[g->n - 1], &c, &g->rect[g->n - 1]);
}

/* Merges overlapping rectangles and grows rectangles over the whole-only
 * things they touch, until neither changes anything. Returns 0, or -1
 * when the answer should be the whole window instead. */
static int settle(dirty_Grid *g)
{
    if (g->whole_overflow)
        return -1;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int i = 0; i < g->n; i++)
            for (int j = i + 1; j < g->n; j++)
                if (SDL_HasIntersection(&g->rect[i], &g->rect[j])) {
                    SDL_UnionRect(&g->rect[i], &g->rect[j], &g->rect[i]);
                    g->rect[j--] = g->rect[--g->n];
                    changed = 1;
                }
        for (int i = 0; i < g->n; i++)
            for (int k = 0; k < g->nwhole; k++)
                if (SDL_HasIntersection(&g->rect[i], &g->whole[k]) && !contains(&g->rect[i], &g->whole[k])) {
                    SDL_UnionRect(&g->rect[i], &g->whole[k], &g->rect[i]);
                    changed = 1;
                }
    }
    long long area = 0;
    for (int i = 0; i < g->n; i++)
        area += (long long)g->rect[i].w * g->rect[i].h;
    return area * 4 > (long long)g->w * g->h * 3 ? -1 : 0;
}

int dirty_end(dirty_Grid *g)
{
    g->n = 0;
    int all = g->all || !g->cur;
    if (!all) {
        for (int y = 0; y < g->rows; y++)
            for (int x = 0; x < g->cols; x++)
                if (g->cur[y * g->cols + x] != g->prev[y * g->cols + x]) {
                    SDL_Rect c = {x * DIRTY_CELL, y * DIRTY_CELL, DIRTY_CELL, DIRTY_CELL};
                    SDL_Rect win = {0, 0, g->w, g->h};
                    SDL_IntersectRect(&c, &win, &c);
                    push(g, c);
                }
        if (g->n > 0 && settle(g) != 0)
            all = 1;
    }
    if (all) {
        g->rect[0] = (SDL_Rect){0, 0, g->w, g->h};
        g->n = g->w > 0 && g->h > 0 ? 1 : 0;
    }
    uint64_t *t = g->prev;
    g->prev = g->cur;
    g->cur = t;
    g->all = 0;
    return g->n;
}
