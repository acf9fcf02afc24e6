/* kiosk.c - kiosk mode in the shell (see session.h): the configuration and
 * the counts on disk, a window that fills the display whatever manages it,
 * no cursor, no way out for visitors, and the screensaver held off only
 * while someone uses the screen. The decisions (idle, attract, admin, PIN)
 * are the core's (visit.c, scr_attract.c, scr_admin.c). */
#include <stdlib.h>
#include <string.h>

#include "platform/fio.h"
#include "core/visit.h"
#include "session.h"

#define KIO_TARGET_MM 9.0f
#define KIO_FALLBACK_TARGET_PX 48.0f /* about 9 mm at 135 dpi, when the display does not say */

/* Why the kiosk cannot start with this config, or NULL: it fails closed,
 * so a config that cannot be read or has no valid PIN of its own stops it
 * (there is no default PIN to fall back to). */
static const char *no_pin(const ses_Session *s, const char *read_err, char *buf, size_t len)
{
    if (!s->opt.config)
        return "no --config FILE was given";
    if (read_err) {
        snprintf(buf, len, "its config cannot be read (%s)", read_err);
        return buf;
    }
    return kcf_has_pin(&s->kcfg) ? NULL : "its config has no valid \"pin\"";
}

int kio_load(ses_Session *s)
{
    kcf_defaults(&s->kcfg);
    prb_List *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    char err[512];
    const char *read_err = NULL;
    if (s->opt.config) {
        size_t len;
        char *text = fio_read_all(s->opt.config, KCF_MAX_FILE, &len, err, sizeof err);
        if (!text)
            read_err = err;
        else if (kcf_parse(&s->kcfg, s->opt.config, text, len, p) > 0)
            fprintf(stderr, "facemap: %s has problems; the defaults stand for those fields\n", s->opt.config);
        free(text);
    }
    int bad = s->prog.kiosk && kst_parse(&s->stats, s->progress_path, s->prog.kiosk, p) > 0;
    s->stats_base = s->stats;
    for (int i = 0; i < p->count; i++)
        fprintf(stderr, "facemap: %s\n", p->line[i]);
    if (bad)
        ses_keep_original(s, "kiosk-counts", 1, "the kiosk counts had problems; only what was bad is left out");
    free(p);
    char buf[600];
    const char *why = no_pin(s, read_err, buf, sizeof buf);
    if (why) {
        fprintf(stderr, "facemap: --kiosk needs a staff PIN of its own from its config, and %s: the kiosk "
                "does not start. To set one: " KCF_PIN_HOWTO " (README, \"Run as a kiosk\")\n", why);
        return -1;
    }
    s->awake = -1;
    return 0;
}

/* The smallest target, about 9 mm on this display. */
static float min_target_px(const ses_Session *s)
{
    float ppm = ses_px_per_mm(s);
    return ppm > 0 ? KIO_TARGET_MM * ppm : KIO_FALLBACK_TARGET_PX;
}

/* A window exactly over its display: without a window manager SDL's
 * fullscreen modes leave the X window at its old size and place (session.h). */
void ses_fit_display(ses_Session *s)
{
    SDL_Rect b;
    int d = SDL_GetWindowDisplayIndex(s->win);
    if (SDL_GetDisplayBounds(d < 0 ? 0 : d, &b) != 0)
        return;
    int x, y, w, h;
    SDL_GetWindowPosition(s->win, &x, &y);
    SDL_GetWindowSize(s->win, &w, &h);
    if (x != b.x || y != b.y)
        SDL_SetWindowPosition(s->win, b.x, b.y);
    if (w != b.w || h != b.h)
        SDL_SetWindowSize(s->win, b.w, b.h);
}

int kio_open_window(ses_Session *s)
{
    SDL_Rect b = {0, 0, s->app.lay.w, s->app.lay.h};
    if (!s->opt.headless) {
        if (SDL_GetDisplayBounds(0, &b) != 0)
            b = (SDL_Rect){0, 0, 1280, 800};
        s->win = SDL_CreateWindow("Face Map Trainer", b.x, b.y, b.w, b.h,
                                  SDL_WINDOW_BORDERLESS | SDL_WINDOW_ALLOW_HIGHDPI);
        s->ren = s->win ? SDL_CreateRenderer(s->win, -1, 0) : NULL;
        if (!s->ren)
            return -1;
        SDL_RaiseWindow(s->win);
        SDL_ShowCursor(SDL_DISABLE);
        SDL_GetRendererOutputSize(s->ren, &b.w, &b.h);
    }
    app_resize(&s->app, b.w, b.h);
    vis_start(&s->app, &s->kcfg, &s->stats, min_target_px(s));
    return 0;
}

static void refused(ses_Session *s, const char *what)
{
    char line[160];
    snprintf(line, sizeof line, "{\"t\":%lld,\"event\":\"quit_refused\",\"by\":\"%s\"}", s->clock_ms, what);
    ses_emit(s, line);
}

int kio_event(ses_Session *s, const SDL_Event *e)
{
    if (!s->app.k.on)
        return 0;
    if (e->type == SDL_QUIT) { /* window close, Alt+F4, a window manager's request */
        refused(s, "window");
        return 1;
    }
    if (e->type == SDL_KEYDOWN && (e->key.keysym.mod & (KMOD_CTRL | KMOD_ALT)) &&
        (e->key.keysym.sym == SDLK_q || e->key.keysym.sym == SDLK_F4 || e->key.keysym.sym == SDLK_w)) {
        refused(s, "keyboard");
        return 1;
    }
    if (s->win && (e->type == SDL_DISPLAYEVENT ||
                   (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_MOVED)))
        ses_fit_display(s);
    return 0;
}

void kio_after_tick(ses_Session *s)
{
    app_Kiosk *k = &s->app.k;
    int awake = k->on ? s->app.screen != SCR_ATTRACT : s->app.screen == SCR_ROUTINE;
    if (awake != s->awake && s->win) {
        if (awake)
            SDL_DisableScreenSaver();
        else
            SDL_EnableScreenSaver();
    }
    if (k->on && awake != s->awake && !awake) /* the visit ended: forget a finger whose lift */
        s->finger_down = 0;                    /* was lost (a panel unplugged mid-press) */
    s->awake = awake;
    if (k->quit)
        s->quit = 1;
    if (k->reload) {
        k->reload = 0;
        rld_reload(s);
    }
}
