/* snapshot.c - see snapshot.h. The file: a header (magic, key, size,
 * pixel format, checksum of the pixels) and then the rows, w * 4 bytes
 * each. */
#include "snapshot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/fio.h"
#include "texcache.h"

#define MAGIC "FMSNAP1"

typedef struct {
    char magic[8];
    uint64_t key;
    int32_t w, h;
    uint32_t format, pad;
    uint64_t sum;
} Header;

static uint64_t h_float(uint64_t h, float f)
{
    return tc_hash(&f, sizeof f, h);
}

static uint64_t h_int(uint64_t h, int v)
{
    return tc_hash(&v, sizeof v, h);
}

static uint64_t h_rect(uint64_t h, geo_Rect r)
{
    return h_float(h_float(h_float(h_float(h, r.x), r.y), r.w), r.h);
}

static uint64_t h_color(uint64_t h, dl_Color c)
{
    uint32_t v = (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a; /* no int overflow */
    return tc_hash(&v, sizeof v, h);
}

uint64_t snp_key(const dl_List *l, uint64_t identity, int w, int h)
{
    uint64_t k = h_int(h_int(h_color(tc_hash(MAGIC, sizeof MAGIC, identity), l->clear), w), h);
    for (int i = 0; i < l->n; i++) {
        const dl_Cmd *c = &l->cmd[i];
        k = h_rect(h_rect(h_int(k, (int)c->kind), c->rect), c->src);
        k = h_color(h_color(k, c->fill), c->stroke);
        k = h_float(h_float(h_float(h_float(h_float(k, c->stroke_w), c->radius), c->rot), c->alpha), c->frac);
        k = h_int(h_int(h_int(h_int(h_int(k, c->px), c->bold), c->align), c->valign), c->npts);
        if (c->pts && c->npts > 0)
            k = tc_hash(c->pts, (size_t)c->npts * sizeof *c->pts, k);
        if (c->text)
            k = tc_hash(c->text, strlen(c->text) + 1, k);
    }
    return k;
}

/* $XDG_CACHE_HOME/facemap (else $HOME/.cache/facemap), made if missing
 * (fio_mkdirs: mode 0700). */
static int folder(char *out, size_t len)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        snprintf(out, len, "%s/facemap", xdg);
    else if (home && home[0] == '/')
        snprintf(out, len, "%s/.cache/facemap", home);
    else
        return -1;
    return fio_mkdirs(out);
}

/* A Fletcher-style checksum of one row, eight bytes at a time, folded
 * into *a and *b: cheap enough to run as each row is read (about 0.3 ms
 * for 1280x800), and it tells where a byte sits, not only what it is. */
static void sum_row(const unsigned char *row, size_t len, uint64_t *a, uint64_t *b)
{
    for (size_t i = 0; i + 8 <= len; i += 8) {
        uint64_t v;
        memcpy(&v, row + i, 8);
        *a += v;
        *b += *a;
    }
}

static uint64_t sum_rows(const SDL_Surface *s)
{
    uint64_t a = 1, b = 0;
    for (int y = 0; y < s->h; y++)
        sum_row((const unsigned char *)s->pixels + (size_t)y * (size_t)s->pitch, (size_t)s->w * 4, &a, &b);
    return a ^ (b << 1 | b >> 63);
}

int snp_find(snp_Ctx *s, uint64_t key, int w, int h)
{
    char dir[1024];
    SDL_memset(s, 0, sizeof *s);
    s->key = key;
    s->w = w;
    s->h = h;
    if (w <= 0 || h <= 0 || folder(dir, sizeof dir) != 0)
        return 0;
    int n = snprintf(s->path, sizeof s->path, "%s/launch-%dx%d.bin", dir, w, h);
    if (n < 0 || (size_t)n >= sizeof s->path) { /* never a shorter name: no cache at all */
        s->path[0] = '\0';
        return 0;
    }
    char err[256];
    FILE *f = fio_fopen_regular(s->path, err, sizeof err); /* a FIFO never makes the launch wait */
    Header hd;
    s->found = f && fread(&hd, sizeof hd, 1, f) == 1 && memcmp(hd.magic, MAGIC, sizeof MAGIC) == 0 &&
               hd.key == key && hd.w == w && hd.h == h;
    if (f)
        fclose(f);
    return s->found;
}

/* The window's surface when it is w x h in a 32-bit format, else NULL. */
static SDL_Surface *surface(const snp_Ctx *s, SDL_Window *win)
{
    SDL_Surface *ws = win ? SDL_GetWindowSurface(win) : NULL;
    if (!ws || ws->w != s->w || ws->h != s->h || ws->format->BytesPerPixel != 4 || SDL_MUSTLOCK(ws))
        return NULL;
    return ws;
}

int snp_show(snp_Ctx *s, SDL_Window *win)
{
    SDL_Surface *ws = s->found ? surface(s, win) : NULL;
    char err[256];
    FILE *f = ws ? fio_fopen_regular(s->path, err, sizeof err) : NULL;
    Header hd;
    int ok = f && fread(&hd, sizeof hd, 1, f) == 1 && memcmp(hd.magic, MAGIC, sizeof MAGIC) == 0 &&
             hd.key == s->key && hd.w == s->w && hd.h == s->h && hd.format == ws->format->format;
    size_t row = (size_t)s->w * 4;
    uint64_t a = 1, b = 0;
    for (int y = 0; ok && y < s->h; y++) {
        unsigned char *p = (unsigned char *)ws->pixels + (size_t)y * (size_t)ws->pitch;
        ok = fread(p, 1, row, f) == row;
        sum_row(p, row, &a, &b); /* while the row is in the cache */
    }
    ok = ok && fgetc(f) == EOF && (a ^ (b << 1 | b >> 63)) == hd.sum;
    if (f)
        fclose(f);
    return ok && SDL_UpdateWindowSurface(win) == 0;
}

void snp_save(snp_Ctx *s, SDL_Window *win, uint64_t key)
{
    SDL_Surface *ws = s->path[0] ? surface(s, win) : NULL;
    if (!ws)
        return;
    Header hd;
    SDL_memset(&hd, 0, sizeof hd);
    memcpy(hd.magic, MAGIC, sizeof MAGIC);
    hd.key = key;
    hd.w = s->w;
    hd.h = s->h;
    hd.format = ws->format->format;
    hd.sum = sum_rows(ws);
    char target[1100], tmp[1200], err[256];
    struct stat st;
    if (fio_target(s->path, target, sizeof target, err, sizeof err) != 0 ||
        (stat(target, &st) == 0 && !S_ISREG(st.st_mode)))
        return; /* a folder, a FIFO, a device where the cache would go: left alone */
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", target, (long)getpid());
    unlink(tmp);
    FILE *f = fopen(tmp, "wbx"); /* a new file: never opens a FIFO left under its name */
    int ok = f && fwrite(&hd, sizeof hd, 1, f) == 1;
    size_t row = (size_t)s->w * 4;
    for (int y = 0; ok && y < s->h; y++)
        ok = fwrite((const unsigned char *)ws->pixels + (size_t)y * (size_t)ws->pitch, 1, row, f) == row;
    if (f && fclose(f) != 0)
        ok = 0;
    if (!ok || rename(tmp, target) != 0)
        remove(tmp); /* a cache: a failed write costs a slower launch, nothing else */
    else
        s->key = key;
}
