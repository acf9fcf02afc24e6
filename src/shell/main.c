/* main.c - facemap's entry point: reads the command line (core/cli.h),
 * answers --help, --version, --check, --export, --due and --dump-layout, then runs the
 * trainer in a window, or plays a replay (in a window or headless). */
#include <SDL.h>
#include <SDL_image.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cli.h"
#include "core/replay.h"
#include "core/scr_map.h"
#include "loop.h"
#include "platform/check.h"
#include "platform/fio.h"
#include "platform/watch.h"
#include "trace.h"

static int dump_layout(ses_Session *s)
{
    const app_Layout *l = &s->app.lay;
    printf("{\"window\":[%d,%d],\"zones\":[", l->w, l->h);
    for (int z = 0; z < s->content.nzones; z++) {
        const lvl_Zone *zn = &s->content.zones[z];
        geo_Pt c = map_zone_point(&s->app, z);
        geo_Rect b = geo_poly_bbox(l->zpts[z], zn->npts);
        printf("%s{\"id\":\"%s\",\"name\":\"%s\",\"center\":[%d,%d],\"bbox\":[%d,%d,%d,%d]}", z ? "," : "",
               zn->id, zn->name, (int)(c.x + 0.5f), (int)(c.y + 0.5f), (int)b.x, (int)b.y, (int)(b.w + 0.5f),
               (int)(b.h + 0.5f));
    }
    printf("]}\n");
    return 0;
}

static int no_display(const char *why)
{
    fprintf(stderr,
            "facemap: no display to open a window on (%s); to see the trainer without one, run the headless tour: "
            "facemap --headless --time-scale 20 --events - --progress /tmp/facemap-tour.json --replay "
            "tests/replay/tour.txt\n",
            why);
    return 1;
}

static int replay(ses_Session *s)
{
    size_t len;
    char err[512];
    char *text = fio_read_all(s->opt.replay, 64u << 20, &len, err, sizeof err);
    if (!text) {
        fprintf(stderr, "facemap: --replay: %s\n", err);
        return 2;
    }
    rpl_Script sc = {0};
    prb_List *p = calloc(1, sizeof *p);
    int bad = !p || rpl_parse(&sc, s->opt.replay, text, len, p) > 0;
    for (int i = 0; p && i < p->count; i++)
        fprintf(stderr, "facemap: %s\n", p->line[i]);
    free(p);
    free(text);
    int rc = bad ? 2 : rr_run(s, &sc, s->opt.replay);
    rpl_free(&sc);
    return rc;
}

/* --check, --export and --due: no SDL_Init, they work without a display. */
static int no_window(const cli_Options *o)
{
    char levels[1024], assets[1024];
    if (o->export_file)
        return xpt_export(o);
    if (o->due)
        return xpt_due(o);
    if (ses_resolve_dir(levels, sizeof levels, o->levels, "levels") != 0 ||
        ses_resolve_dir(assets, sizeof assets, o->assets, "assets") != 0)
        return 2;
    return chk_run(levels, assets, o->progress, o->config, stdout);
}

/* The fastest renderer where no GPU is present is SDL's software one
 * presenting straight to the window surface; --renderer chooses another. */
static void renderer_hints(const cli_Options *o)
{
    const char *r = o->renderer ? o->renderer : "software";
    if (strcmp(r, "software") == 0) {
        SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software", SDL_HINT_DEFAULT);
        SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
    } else if (strcmp(r, "accelerated") == 0) {
        SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "1", SDL_HINT_DEFAULT);
    }
}

/* Watches the content for hot reload and takes the signals; when that is
 * impossible the signals get their default effect back. */
static void start_watch(ses_Session *s, int signals)
{
    if (rld_start(s, signals) != 0 && signals)
        wat_unblock_signals();
}

int main(int argc, char **argv)
{
    cli_Options o;
    char err[512];
    trc_init(); /* FACEMAP_TRACE=FILE: timings for tests/bench (trace.h) */
#ifdef __GLIBC__
    /* A fixed mmap threshold (glibc would raise its own to the largest
     * block freed). At 256 KiB every raster had its own mapping, returned
     * when freed, but SDL's software renderer makes and frees two surfaces
     * for each rotated sprite in every frame (the hands of "wash hands"),
     * and each new mapping was zeroed page by page: half of a frame's time.
     * Below 8 MiB blocks now come from the heap and are reused frame to
     * frame; at rest the renderer frees its rasters and malloc_trim gives
     * the heap's free pages back (render_frame.c). */
    mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
#endif
    signal(SIGPIPE, SIG_IGN); /* a closed --events pipe: EPIPE, and ses_emit stops the events */
    if (cli_parse(&o, argc, argv, err, sizeof err) != 0) {
        fprintf(stderr, "facemap: %s\nTry 'facemap --help'.\n", err);
        return 2;
    }
    if (o.help) {
        fputs(cli_usage(), stdout);
        return 0;
    }
    if (o.version) {
        printf("facemap %s\n%s\n", FM_VERSION, CLI_LICENCE);
        return 0;
    }
    if (o.check || o.export_file || o.due)
        return no_window(&o);
    static ses_Session s;
    int loaded = ses_load(&s, &o);
    if (loaded != 0)
        return loaded == -2 ? 2 : 1; /* -2: a bad --profile */
    if (o.dump_layout) {
        int rc = dump_layout(&s);
        return ses_close(&s) ? 3 : rc;
    }
    if (o.headless)
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    renderer_hints(&o);
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1"); /* held off only while in use (kiosk.c) */
    /* SDL drops a click that comes within 10 ms of the window taking the
     * focus; on a touchscreen that is the visitor's first tap, lost. */
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    /* Interactive runs take SIGTERM, SIGINT and SIGUSR1 through the watch
     * thread (save and quit; reload), so they are blocked before any thread
     * starts and SDL installs no handler of its own. */
    int signals = !o.replay;
    if (signals) {
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        wat_block_signals();
    }
    if (SDL_Init(o.headless ? SDL_INIT_EVENTS : SDL_INIT_VIDEO) != 0) {
        char why[256];
        snprintf(why, sizeof why, "%s", SDL_GetError());
        ses_close(&s);
        if (o.headless)
            fprintf(stderr, "facemap: %s\n", why);
        return o.headless ? 1 : no_display(why);
    }
    /* With no display SDL falls back to a driver that shows nothing; unless
     * that was asked for, say so instead of running invisibly. */
    const char *driver = o.headless ? NULL : SDL_GetCurrentVideoDriver();
    if (driver && !SDL_getenv("SDL_VIDEODRIVER") &&
        (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0)) {
        ses_close(&s);
        SDL_Quit();
        return no_display("SDL found no X11, Wayland or KMS/DRM display");
    }
    int rc = ses_open_video(&s) == 0 ? 0 : 1;
    if (rc == 0)
        rc = o.replay ? replay(&s) : (start_watch(&s, signals), loop_run(&s));
    if (ses_close(&s) != 0)
        rc = 3; /* progress not saved: this wins over every other outcome */
    IMG_Quit();
    SDL_Quit();
    return rc;
}
