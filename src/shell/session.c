/* session.c - see session.h: loading, the SDL side, clocks, events out and
 * saving progress. */
#include "session.h"

#include "core/ui.h"

#include <SDL_image.h>
#include <SDL_ttf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/scr_routine.h"
#include "core/timefmt.h"
#include "platform/fio.h"
#include "platform/loader.h"
#include "platform/progstore.h"
#include "trace.h"

#define SAVE_RETRY_MS 30000
#define SES_EXIT_TRIES 3
#define SES_EXIT_PAUSE_MS 300
#define SES_EXIT_SHOW_MS 3000

int ses_resolve_dir(char *out, size_t len, const char *opt, const char *sub)
{
    if (opt) {
        int n = snprintf(out, len, "%s", opt);
        if (n >= 0 && (size_t)n < len)
            return 0;
        fprintf(stderr, "facemap: --%s: the path is %d bytes, too long (the limit is %zu)\n", sub, n, len - 1);
        return -1;
    }
    char *base = SDL_GetBasePath();
    if (!base) {
        fprintf(stderr, "facemap: cannot find the program's own folder (%s); give --%s DIR\n", SDL_GetError(), sub);
        return -1;
    }
    char installed[1024];
    int n = snprintf(installed, sizeof installed, "%s%s/facemap/%s", base, FM_DATADIR_REL, sub);
    int ok = n >= 0 && (size_t)n < sizeof installed && (size_t)n < len && fio_exists(installed);
    if (ok) {
        snprintf(out, len, "%s", installed);
    } else {
        n = snprintf(out, len, "%s%s", base, sub);
        ok = n >= 0 && (size_t)n < len && fio_exists(out);
        if (!ok)
            fprintf(stderr, "facemap: no %s folder in %s nor in %s%s; give --%s DIR\n", sub, installed, base, sub,
                    sub);
    }
    SDL_free(base);
    return ok ? 0 : -1;
}

int ses_local_offset(int64_t t)
{
    time_t tt = (time_t)t;
    struct tm lt;
    if (!localtime_r(&tt, &lt))
        return 0;
    int64_t local = tf_days_from_civil(lt.tm_year + 1900, lt.tm_mon + 1, lt.tm_mday) * 86400 +
                    lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec;
    return (int)(local - t);
}

void ses_keep_original(ses_Session *s, const char *tag, int stamped, const char *why)
{
    char full[96], stamp[32], copy[PST_PATH], err[PST_MSG];
    size_t len = 0;
    tf_format_utc(s->wall0, stamp);
    snprintf(full, sizeof full, "%s%s%s", tag, stamped ? "-" : "", stamped ? stamp : "");
    char *text = fio_read_all(s->progress_path, PROG_MAX_FILE, &len, err, sizeof err);
    if (text && pst_keep_copy(s->progress_path, full, text, len, copy, err) == 0) {
        fprintf(stderr, "facemap: %s: %s; the file as it was is kept as %s\n", s->progress_path, why, copy);
    } else {
        fprintf(stderr, "facemap: %s; saving is off to keep %s as it is\n", err, s->progress_path);
        s->save_off = 1;
    }
    free(text);
}

/* A progress file that cannot be read is kept beside itself under a new
 * name, never overwritten; the person starts with an empty history. When
 * it cannot be moved aside, saving stays off so it is never written over.
 * Temporary files of saves killed midway are cleared first. */
static void load_main(ses_Session *s)
{
    char err[512];
    size_t len = 0;
    fio_remove_stale_temps(s->progress_path);
    int what = fio_plain(s->progress_path, err, sizeof err);
    if (what == 0)
        return;
    if (what < 0) { /* a folder, a FIFO, a device, unreadable: never moved, never replaced */
        char msg[700];
        snprintf(msg, sizeof msg, _("Your progress file cannot be used (%s). It was left as it is; saving is off."), err);
        fprintf(stderr, "facemap: %s\n", msg);
        app_set_banner(&s->app, BANNER_PROGRESS_FILE, msg);
        s->save_off = 1;
        return;
    }
    char *text = fio_read_all(s->progress_path, PROG_MAX_FILE, &len, err, sizeof err);
    prb_List *p = calloc(1, sizeof *p);
    int bad = !text || !p || prog_parse(&s->prog, s->progress_path, text, len, p) > 0;
    if (bad) {
        char stamp[32], tag[64], aside[1100], msg[256];
        if (!text)
            fprintf(stderr, "facemap: %s\n", err);
        for (int i = 0; p && i < p->count; i++)
            fprintf(stderr, "facemap: %s\n", p->line[i]);
        tf_format_utc(s->wall0, stamp);
        snprintf(tag, sizeof tag, "unreadable-%s", stamp);
        if (fio_move_aside(s->progress_path, tag, aside, sizeof aside) == 0) {
            snprintf(msg, sizeof msg, _("Your progress file could not be read. It was kept as %s; a new one was started."),
                     aside);
        } else {
            snprintf(msg, sizeof msg, _("Your progress file could not be read (%s); saving is off to keep it."),
                     strerror(errno));
            s->save_off = 1;
        }
        fprintf(stderr, "facemap: %s\n", msg);
        app_set_banner(&s->app, BANNER_PROGRESS_FILE, msg);
        prog_free(&s->prog);
        prog_init(&s->prog);
    } else if (s->prog.migrated_from >= 0) {
        char tag[32], why[96];
        snprintf(tag, sizeof tag, "version-%d", s->prog.migrated_from);
        snprintf(why, sizeof why, "version %d, migrated to %d", s->prog.migrated_from, PROG_VERSION);
        ses_keep_original(s, tag, 0, why);
    }
    free(p);
    free(text);
}

/* The progress file, then the archives of older history beside it. */
void ses_load_progress(ses_Session *s)
{
    char msg[PST_MSG];
    load_main(s);
    if (pst_load_archives(s->progress_path, &s->prog, msg) > 0) {
        fprintf(stderr, "facemap: %s (an archive of older history; it is left as it is)\n", msg);
        app_set_banner(&s->app, BANNER_PROGRESS_FILE, _("Part of your older history could not be read; it is left as it is."));
    }
}

/* The progress file: --progress, else the XDG data folder (made now, as
 * the folder of a file the person did not name); with no place for it,
 * nothing is saved, and the banner says so. Never the working folder. */
/* Where progress is saved: --progress, else the XDG data folder; -1 when
 * --progress is longer than a path may be (never a shorter name than the
 * one given). */
static int progress_place(ses_Session *s, const cli_Options *o)
{
    char dir[PST_PATH], msg[PST_PATH + 200];
    if (o->progress) {
        int n = snprintf(s->progress_path, sizeof s->progress_path, "%s", o->progress);
        if (n < 0 || (size_t)n >= sizeof s->progress_path) {
            fprintf(stderr, "facemap: the progress file's path is %d bytes, too long (the limit is %zu)\n", n,
                    sizeof s->progress_path - 1);
            return -1;
        }
        return 0;
    }
    if (pst_default_path(s->progress_path, sizeof s->progress_path) != 0) {
        snprintf(msg, sizeof msg, "%s", _("Your progress is not saved: neither XDG_DATA_HOME nor HOME is an absolute "
                                          "path. Set HOME, or start with --progress FILE."));
        s->save_off = 1;
    } else {
        snprintf(dir, sizeof dir, "%s", s->progress_path);
        *strrchr(dir, '/') = '\0';
        if (fio_mkdirs(dir) == 0)
            return 0;
        snprintf(msg, sizeof msg, _("Your progress cannot be saved: the folder %s cannot be made (%s)."), dir,
                 strerror(errno));
    }
    fprintf(stderr, "facemap: %s\n", msg);
    app_set_banner(&s->app, BANNER_SAVE, msg);
    return 0;
}

int ses_load(ses_Session *s, const cli_Options *o)
{
    memset(s, 0, sizeof *s);
    s->opt = *o;
    snprintf(s->lang, sizeof s->lang, "en");
    s->scale = o->time_scale > 0 ? o->time_scale : 1.0;
    s->wall0 = (int64_t)time(NULL);
    s->wall_fixed = o->now != NULL;
    if (o->now && tf_parse_rfc3339(o->now, &s->wall0) != 0) {
        fprintf(stderr, "facemap: --now: not an RFC 3339 time: %s\n", o->now);
        return -1;
    }
    if (ses_resolve_dir(s->levels, sizeof s->levels, o->levels, "levels") != 0 ||
        ses_resolve_dir(s->assets, sizeof s->assets, o->assets, "assets") != 0)
        return -1;
    loc_init(s); /* --lang or the environment's; the settings' once read (loc_sync) */
    prb_List *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    int rc = ldr_load_lang(s->levels, s->assets, s->lang, &s->content, &s->anims, p);
    for (int i = 0; i < p->count; i++)
        fprintf(stderr, "facemap: %s\n", p->line[i]);
    if (p->dropped)
        fprintf(stderr, "facemap: ... and %d more problems\n", p->dropped);
    free(p);
    if (rc != 0) {
        fprintf(stderr, "facemap: cannot start without the face zones and animations (levels: %s, assets: %s)\n",
                s->levels, s->assets);
        return -1;
    }
    int w = o->win_w ? o->win_w : 1280, h = o->win_h ? o->win_h : 800;
    app_init(&s->app, &s->content, &s->anims, &s->prog, w, h, 0, s->wall0, ses_local_offset(s->wall0));
    snprintf(s->app.lang, sizeof s->app.lang, "%s", s->lang);
    app_layout(&s->app); /* the language button names the other language */
    prog_init(&s->prog);
    if (progress_place(s, o) != 0)
        return -1;
    if ((rc = psw_load(s)) != 0)
        return rc;
    if (s->progress_path[0])
        ses_load_progress(s);
    if (o->kiosk && kio_load(s) != 0)
        return -1;
    prf_load(s);
    loc_sync(s);
    if (o->events) {
        s->events = strcmp(o->events, "-") == 0 ? stdout : fopen(o->events, "a");
        if (!s->events) {
            fprintf(stderr, "facemap: --events: cannot open %s: %s\n", o->events, strerror(errno));
            return -1;
        }
    }
    return 0;
}

/* A window launch shows the last launch's snapshot when it holds this
 * very first frame (snapshot.h); its first frame is saved for the next
 * launch either way. Only the software renderer draws into the window
 * surface that the snapshot fills. */
static void show_snapshot(ses_Session *s)
{
    int w = s->app.lay.w, h = s->app.lay.h;
    trc_Frame tf;
    trc_frame_begin(&tf);
    app_draw(&s->app, &s->draw);
    s->snap_wanted = 1;
    if (snp_find(&s->snap, snp_key(&s->draw, rnd_identity(&s->rnd), w, h), w, h) && snp_show(&s->snap, s->win)) {
        trc_frame_end(&tf, 1, s->app.screen == SCR_MAP, 0);
        trc_mark("snapshot_shown");
        s->snap_shown = 1;
        s->frames = 1;
    }
}

void ses_emit_window(ses_Session *s)
{
    char line[224];
    const app_State *a = &s->app;
    float px = (float)ui_step_px(&a->lay);
    snprintf(line, sizeof line,
             "{\"t\":%lld,\"event\":\"window\",\"size\":[%d,%d],\"dpi\":%.0f,\"step_text_px\":%.0f,"
             "\"step_text_mm\":%.1f,\"lang\":\"%s\"}",
             s->clock_ms, a->lay.w, a->lay.h, a->px_per_mm * 25.4f, px, ui_cap_mm(a, px), s->lang);
    ses_emit(s, line);
}

int ses_open_offscreen(ses_Session *s, int w, int h)
{
    int again = s->surface != NULL;
    if (again) {
        /* the cache's textures die with the renderer: free them first */
        rnd_free(&s->rnd);
        SDL_DestroyRenderer(s->ren);
        SDL_FreeSurface(s->surface);
    }
    s->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    s->ren = s->surface ? SDL_CreateSoftwareRenderer(s->surface) : NULL;
    if (!s->ren)
        return -1;
    return again ? rnd_init(&s->rnd, s->ren, s->assets, s->content.art) : 0;
}

float ses_px_per_mm(const ses_Session *s)
{
    float ddpi = 0;
    int display = s->win ? SDL_GetWindowDisplayIndex(s->win) : -1;
    if (display < 0 || SDL_GetDisplayDPI(display, &ddpi, NULL, NULL) != 0 || ddpi <= 20 || ddpi >= 1000)
        return 0;
    int ww = 0, wh = 0, rw = 0, rh = 0;
    SDL_GetWindowSize(s->win, &ww, &wh);
    SDL_GetRendererOutputSize(s->ren, &rw, &rh);
    return ddpi / 25.4f * (ww > 0 && rw > ww ? (float)rw / (float)ww : 1.0f);
}

int ses_open_video(ses_Session *s)
{
    int w = s->app.lay.w, h = s->app.lay.h;
    if (s->opt.kiosk) {
        if (s->opt.headless)
            ses_open_offscreen(s, w, h);
        if (kio_open_window(s) != 0)
            s->ren = NULL;
    } else if (s->opt.headless) {
        ses_open_offscreen(s, w, h);
    } else {
        Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
        SDL_Rect b = {SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h};
        /* fullscreen: made at the display's size and place, then fitted to
         * it, since with no window manager (a Raspberry Pi booting into X)
         * SDL leaves the window at its asked size, centred off screen */
        if (s->opt.fullscreen && SDL_GetDisplayBounds(0, &b) != 0)
            b = (SDL_Rect){SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h};
        if (s->opt.fullscreen)
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        s->win = SDL_CreateWindow("Face Map Trainer", b.x, b.y, b.w, b.h, flags);
        if (s->win && s->opt.fullscreen)
            ses_fit_display(s);
        s->ren = s->win ? SDL_CreateRenderer(s->win, -1, 0) : NULL;
        if (s->ren) {
            SDL_GetRendererOutputSize(s->ren, &w, &h);
            app_resize(&s->app, w, h);
        }
    }
    if (!s->ren) {
        fprintf(stderr, "facemap: cannot create the %s: %s\n", s->opt.headless ? "off-screen renderer" : "window",
                SDL_GetError());
        return -1;
    }
    if (TTF_Init() != 0 || rnd_init(&s->rnd, s->ren, s->assets, s->content.art) != 0) {
        fprintf(stderr, "facemap: %s\n", SDL_GetError());
        return -1;
    }
    /* text is wrapped by the font's own measure, and sized by the display's */
    s->app.text_w = rnd_text_w;
    s->app.text_ctx = &s->rnd;
    s->app.px_per_mm = ses_px_per_mm(s);
    app_layout(&s->app);
    if (s->win && !s->opt.kiosk && s->rnd.keeps)
        show_snapshot(s);
    if (s->win)
        ses_emit_window(s);
    return 0;
}

void ses_event(ses_Session *s, const SDL_Event *e)
{
    app_Input in;
    if (kio_event(s, e)) {
        return;
    } else if (s->reload_event && e->type == s->reload_event + 1) { /* SIGTERM, SIGINT */
        s->quit = 1;
    } else if (e->type == SDL_QUIT) {
        s->quit = 1;
    } else if (s->win && s->opt.fullscreen &&
               (e->type == SDL_DISPLAYEVENT ||
                (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_MOVED))) {
        ses_fit_display(s); /* a display that changed size, or a window moved off it */
    } else if (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
        int w = e->window.data1, h = e->window.data2;
        if (s->ren)
            SDL_GetRendererOutputSize(s->ren, &w, &h);
        app_resize(&s->app, w, h);
        rnd_invalidate(&s->rnd); /* a new window surface: paint it all */
        ses_emit_window(s);
    } else if (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_EXPOSED) {
        rnd_invalidate(&s->rnd); /* send the whole window again */
        s->app.redraw = 1;
    } else if (e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_q && (e->key.keysym.mod & KMOD_CTRL)) {
        s->quit = 1;
    } else if ((e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_F5) ||
               (s->reload_event && e->type == s->reload_event)) {
        rld_reload(s);
    } else if (inp_translate(s, e, &in)) {
        app_input(&s->app, &in);
    }
}

void ses_emit(ses_Session *s, const char *line)
{
    if (!s->events)
        return;
    if (fprintf(s->events, "%s\n", line) >= 0 && fflush(s->events) == 0)
        return;
    /* the reader left (EPIPE: SIGPIPE is ignored, main.c) or the disk is
     * full: the events stop, the trainer goes on and still saves */
    fprintf(stderr, "facemap: --events: cannot write to %s (%s); no more events are written\n",
            s->opt.events, strerror(errno));
    if (s->events != stdout)
        fclose(s->events);
    s->events = NULL;
}

/* Read-merge-write under the lock (pst_save): what another copy saved in
 * the meantime is kept, and shows here too. */
static void save(ses_Session *s)
{
    char err[PST_MSG], note[PST_MSG], line[PST_MSG + 1200], stamp[32];
    if (s->save_off) {
        s->unsaved = 1;
        s->app.save_pending = 0;
        return;
    }
    int before = s->prog.n, kiosk = s->app.k.on;
    tf_format_utc(s->wall0 + s->clock_ms / 1000, stamp);
    int ok = pst_save(s->progress_path, &s->prog, kiosk ? &s->stats : NULL, kiosk ? &s->stats_base : NULL,
                      &s->seen, stamp, err, note) == 0;
    if (note[0]) {
        fprintf(stderr, "facemap: %s\n", note);
        app_set_banner(&s->app, BANNER_PROGRESS_FILE, _("Your progress file on disk could not be read; it was kept aside."));
    }
    if (s->prog.n != before)
        s->app.redraw = 1; /* another copy's routines */
    s->unsaved = !ok;
    s->app.save_pending = !ok; /* a failed save stays pending until a retry works */
    app_saved_json(s->clock_ms, "", s->progress_path, ok, ok ? NULL : err, line, sizeof line);
    ses_emit(s, line);
    if (ok) {
        s->retry_save_at = 0;
        app_set_banner(&s->app, BANNER_SAVE, "");
        return;
    }
    char msg[PST_MSG + 100];
    snprintf(msg, sizeof msg, _("Could not save your progress (%s). It is kept in memory; retrying."), err);
    fprintf(stderr, "facemap: %s\n", msg);
    app_set_banner(&s->app, BANNER_SAVE, msg);
    s->retry_save_at = s->clock_ms + SAVE_RETRY_MS;
}

/* The wall clock now: read from the system each time (it may be set after
 * the start, as a Raspberry Pi does by network time), or with --now the
 * start time plus the clock. Local days use the offset in force now. */
static int64_t wall_now(ses_Session *s, long long clock_ms)
{
    int64_t wall = s->wall_fixed ? s->wall0 + clock_ms / 1000 : (int64_t)time(NULL);
    s->app.tz_offset = ses_local_offset(wall);
    return wall;
}

/* The app's events out to --events, a cue to the speaker, a step to the voice. */
static void drain_events(ses_Session *s, long long clock_ms)
{
    app_Event ev[APP_MAX_EVENTS];
    int n;
    while ((n = app_take_events(&s->app, ev, APP_MAX_EVENTS)) > 0)
        for (int i = 0; i < n; i++) {
            char line[1024];
            ev[i].t = clock_ms;
            app_event_json(&ev[i], line, sizeof line);
            ses_emit(s, line);
            if (ev[i].kind == EV_CUE)
                prf_cue(s, (app_Cue)ev[i].flag);
            else if (ev[i].kind == EV_STEP)
                voc_step(s);
        }
}

void ses_advance(ses_Session *s, long long clock_ms)
{
    s->clock_ms = clock_ms;
    app_tick(&s->app, (long long)((double)clock_ms * s->scale), wall_now(s, clock_ms));
    kio_after_tick(s);
    xpt_after_tick(s);
    drain_events(s, clock_ms);
    voc_poll(s);
    prf_save(s);
    if (s->app.save_pending && (!s->retry_save_at || clock_ms >= s->retry_save_at))
        save(s);
    psw_after_tick(s); /* after the saves: a switch leaves nothing unsaved behind */
    loc_sync(s);       /* the language button, or another profile's language */
    drain_events(s, clock_ms);
}

void ses_render(ses_Session *s, int force)
{
    int animating = app_animating(&s->app);
    if (!force && !s->app.redraw && !animating)
        return;
    trc_Frame tf;
    trc_frame_begin(&tf);
    app_draw(&s->app, &s->draw);
    uint64_t key = 0;
    if (s->snap_shown || (s->snap_wanted && s->frames == 0))
        key = snp_key(&s->draw, rnd_identity(&s->rnd), s->app.lay.w, s->app.lay.h);
    if (s->snap_shown && key == s->snap.key)
        rnd_adopt(&s->rnd); /* the snapshot on screen is this frame */
    s->snap_shown = 0;
    trc_frame_lap(&tf);
    rnd_draw(&s->rnd, &s->draw);
    trc_frame_lap(&tf);
    rnd_present(&s->rnd, s->win); /* only what changed, where the renderer allows */
    if (s->snap_wanted && s->frames == 0)
        snp_save(&s->snap, s->win, key); /* drawn whole: the next launch can show it at once */
    trc_frame_end(&tf, s->frames == 0, s->app.screen == SCR_MAP && !animating, animating);
    s->app.redraw = 0;
    s->rested = 0;
    s->drawn_at = s->clock_ms;
    s->frames++;
}

int ses_shot(ses_Session *s, const char *path)
{
    ses_render(s, 1);
    int w = s->app.lay.w, h = s->app.lay.h, rc = -1;
    SDL_Surface *shot = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (shot && SDL_RenderReadPixels(s->ren, NULL, SDL_PIXELFORMAT_ARGB8888, shot->pixels, shot->pitch) == 0)
        rc = IMG_SavePNG(shot, path);
    if (rc != 0)
        fprintf(stderr, "facemap: shot %s: %s\n", path, SDL_GetError());
    SDL_FreeSurface(shot);
    return rc;
}

/* The last saves before exit: tried again a few times, and a failure is
 * shown (stderr, the banner, a window keeps it up a moment) and becomes
 * the exit code. */
static void save_at_exit(ses_Session *s)
{
    for (int i = 0; i < SES_EXIT_TRIES && s->app.save_pending; i++) {
        if (i)
            SDL_Delay(SES_EXIT_PAUSE_MS);
        s->retry_save_at = 0; /* now, even between retries */
        ses_advance(s, s->clock_ms);
    }
    if (!s->unsaved)
        return;
    fprintf(stderr, "facemap: %s was not saved: what was done since the last save is lost (exit code 3)\n",
            s->progress_path[0] ? s->progress_path : "progress");
    if (s->win && s->ren) {
        ses_render(s, 1);
        SDL_Delay(SES_EXIT_SHOW_MS);
    }
}

int ses_close(ses_Session *s)
{
    rld_stop(s);
    routine_leave(&s->app); /* quitting mid-routine: it can be continued */
    save_at_exit(s);
    spk_close(&s->spk);
    aud_close(&s->aud);
    rnd_free(&s->rnd); /* before its renderer (a zeroed one is fine) */
    if (s->ren)
        SDL_DestroyRenderer(s->ren);
    if (s->win)
        SDL_DestroyWindow(s->win);
    SDL_FreeSurface(s->surface);
    if (s->events && s->events != stdout)
        fclose(s->events);
    lvl_free(&s->content);
    anim_free(&s->anims);
    prog_free(&s->prog);
    if (TTF_WasInit())
        TTF_Quit();
    return s->unsaved ? 3 : 0;
}
