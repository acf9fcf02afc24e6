/* bench_hist.c - the history figures of tests/bench/run: with a long
 * history (make_history.py writes one), how long the history screen takes
 * to open and to draw, with facemap's own core and renderer (render.c on
 * SDL's software renderer into an off-screen surface, as --headless draws).
 *
 *   bench_hist --progress FILE --now RFC3339 [--window 1920x1080]
 *              [--levels DIR] [--assets DIR] [--iterations N]
 * Prints one JSON object, each iteration's time in ms:
 *   open_ms    map -> history: app_go (the summary, hist.c, and the
 *              layout) and the first frame drawn (app_draw + rnd_draw)
 *   build_ms   the summary alone (hst_build, through app_go's prepare)
 *   frame_ms   a whole frame of the history screen (rnd_invalidate first)
 *   cursor_ms  a frame after the day cursor moved (what a key costs)
 * and the first open separately (open_cold_ms: no text of it drawn yet;
 * open_cold_core_ms: of which app_go).
 * Exits 1 when something cannot be loaded. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/timefmt.h"
#include "platform/fio.h"
#include "platform/loader.h"
#include "render.h"

#define MAX_ITER 200

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void print_list(const char *key, const double *v, int n)
{
    printf("\"%s\":[", key);
    for (int i = 0; i < n; i++)
        printf("%s%.3f", i ? "," : "", v[i]);
    printf("]");
}

static lvl_Content content;
static anim_Set anims;
static prog_Data prog;
static app_State app;
static dl_List draw;
static rnd_Ctx rnd;

static int load(const char *levels, const char *assets, const char *progress)
{
    prb_List *p = calloc(1, sizeof *p);
    char err[512];
    size_t len;
    if (!p || ldr_load(levels, assets, &content, &anims, p) != 0) {
        fprintf(stderr, "bench_hist: %s\n", p && p->count ? p->line[0] : "the content does not load");
        return -1;
    }
    char *text = fio_read_all(progress, PROG_MAX_FILE, &len, err, sizeof err);
    p->count = 0;
    if (!text || prog_parse(&prog, progress, text, len, p) != 0) {
        fprintf(stderr, "bench_hist: %s\n", text ? p->line[0] : err);
        return -1;
    }
    free(text);
    free(p);
    return 0;
}

static double frame(void)
{
    double t0 = now_ms();
    app_draw(&app, &draw);
    rnd_draw(&rnd, &draw);
    return now_ms() - t0;
}

int main(int argc, char **argv)
{
    const char *levels = FM_SOURCE_LEVELS, *assets = FM_SOURCE_ASSETS, *progress = NULL, *now = NULL;
    int w = 1920, h = 1080, iters = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--progress") == 0) progress = argv[i + 1];
        else if (strcmp(argv[i], "--now") == 0) now = argv[i + 1];
        else if (strcmp(argv[i], "--levels") == 0) levels = argv[i + 1];
        else if (strcmp(argv[i], "--assets") == 0) assets = argv[i + 1];
        else if (strcmp(argv[i], "--iterations") == 0) iters = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--window") != 0 || sscanf(argv[i + 1], "%dx%d", &w, &h) != 2) progress = NULL;
    }
    int64_t wall;
    if (!progress || !now || tf_parse_rfc3339(now, &wall) != 0 || iters < 1 || iters > MAX_ITER || w < 64 || h < 64) {
        fprintf(stderr, "usage: bench_hist --progress FILE --now RFC3339 [--window WxH] [--iterations N]\n");
        return 2;
    }
    prog_init(&prog);
    if (load(levels, assets, progress) != 0)
        return 1;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!ren || TTF_Init() != 0 || rnd_init(&rnd, ren, assets, content.art) != 0) {
        fprintf(stderr, "bench_hist: %s\n", SDL_GetError());
        return 1;
    }
    app_init(&app, &content, &anims, &prog, w, h, 0, wall, 0);
    app.text_w = rnd_text_w;
    app.text_ctx = &rnd;
    app_layout(&app);
    frame(); /* the map, as the app shows it first */
    static double open[MAX_ITER], build[MAX_ITER], full[MAX_ITER], cursor[MAX_ITER];
    double cold = 0, cold_core = 0;
    for (int i = 0; i < iters; i++) {
        double t0 = now_ms();
        app_go(&app, SCR_PROGRESS);
        double t1 = now_ms();
        app.redraw = 1;
        double f = frame();
        open[i] = t1 - t0 + f;
        if (i == 0) {
            cold = open[i];
            cold_core = t1 - t0;
        }
        t0 = now_ms();
        hst_build(&app.hist.sum, &content, &prog, (int[LVL_MAX_ROUTINES]){0}, (int[LVL_MAX_ROUTINES]){0}, wall, 0);
        build[i] = now_ms() - t0;
        app_go(&app, SCR_PROGRESS); /* the summary again as the screen makes it */
        frame();
        rnd_invalidate(&rnd);
        full[i] = frame();
        app_Input in = {.kind = IN_KEY, .key = i % 2 ? KEY_RIGHT : KEY_LEFT};
        app_input(&app, &in);
        cursor[i] = frame();
        app_go(&app, SCR_MAP);
        frame();
    }
    printf("{\"entries\":%d,\"window\":\"%dx%d\",\"open_cold_ms\":%.3f,\"open_cold_core_ms\":%.3f,", prog.n, w,
           h, cold, cold_core);
    print_list("open_ms", open, iters);
    printf(",");
    print_list("build_ms", build, iters);
    printf(",");
    print_list("frame_ms", full, iters);
    printf(",");
    print_list("cursor_ms", cursor, iters);
    printf(",\"draw_overflow\":%d}\n", draw.overflow);
    rnd_free(&rnd);
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(surf);
    TTF_Quit();
    prog_free(&prog);
    lvl_free(&content);
    anim_free(&anims);
    return 0;
}
