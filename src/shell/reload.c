/* reload.c - hot reload of the content (see session.h). The new content is
 * loaded beside the old; only when it can be shown does it replace it, and
 * a routine file that broke keeps its last good version on screen while
 * the banner and stderr name the problem. The content is reloaded in the
 * session's language (s->lang), and the language folders are watched too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform/fio.h"
#include "platform/loader.h"
#include "platform/watch.h"
#include "session.h"

/* Turns what the watch saw into SDL events: a reload (a file changed, or
 * SIGUSR1) or a clean exit (SIGTERM, SIGINT). */
static int watch_thread(void *data)
{
    ses_Session *s = data;
    int what;
    while ((what = wat_wait(s->watch)) != WAT_STOPPED) {
        SDL_Event e;
        SDL_zero(e);
        e.type = what == WAT_TERM ? s->reload_event + 1 : s->reload_event;
        SDL_PushEvent(&e);
    }
    return 0;
}

/* Every language folder in levels/ is watched, not only s->lang's, so a
 * switch of language needs no new watch. */
#define RLD_LANGS 8

int rld_start(ses_Session *s, int with_signals)
{
    char sprites[1100], langs[RLD_LANGS][1100], **codes = NULL;
    snprintf(sprites, sizeof sprites, "%s/sprites", s->assets);
    const char *dirs[3 + RLD_LANGS] = {s->levels, s->assets, sprites};
    int ndirs = 3, ncodes = ldr_languages(s->levels, &codes);
    for (int i = 0; i < ncodes && ndirs < 3 + RLD_LANGS; i++) {
        snprintf(langs[i], sizeof langs[i], "%s/%s", s->levels, codes[i]);
        dirs[ndirs++] = langs[i];
    }
    if (ncodes > 0)
        fio_free_names(codes, ncodes);
    s->reload_event = SDL_RegisterEvents(2); /* reload, then terminate */
    if (s->reload_event == (Uint32)-1) {
        s->reload_event = 0;
        return -1;
    }
    s->watch = wat_open(dirs, ndirs, with_signals);
    s->watcher = s->watch ? SDL_CreateThread(watch_thread, "facemap-watch", s) : NULL;
    if (!s->watcher) {
        fprintf(stderr, "facemap: level files are not watched for changes (F5 reloads them)\n");
        wat_close(s->watch);
        s->watch = NULL;
        return -1;
    }
    return 0;
}

void rld_stop(ses_Session *s)
{
    if (s->watcher) {
        wat_stop(s->watch);
        SDL_WaitThread(s->watcher, NULL);
        s->watcher = NULL;
    }
    wat_close(s->watch);
    s->watch = NULL;
}

static void emit(ses_Session *s, int ok, int problems, int kept)
{
    char line[160];
    snprintf(line, sizeof line, "{\"t\":%lld,\"event\":\"reload\",\"ok\":%s,\"problems\":%d,\"kept\":%d}",
             s->clock_ms, ok ? "true" : "false", problems, kept);
    ses_emit(s, line);
}

void rld_reload(ses_Session *s)
{
    lvl_Content fresh = {0};
    anim_Set anims = {0};
    prb_List *p = calloc(1, sizeof *p);
    if (!p)
        return;
    int rc = ldr_load_lang(s->levels, s->assets, s->lang, &fresh, &anims, p);
    for (int i = 0; i < p->count; i++)
        fprintf(stderr, "facemap: %s\n", p->line[i]);
    char msg[PRB_LINE + 64];
    if (rc != 0) {
        /* the problem is --check's line, in English */
        snprintf(msg, sizeof msg, _("Not reloaded: %s"), p->count ? p->line[0] : _("the content is missing"));
        app_set_banner(&s->app, BANNER_CONTENT, msg);
        emit(s, 0, prb_total(p), 0);
        lvl_free(&fresh);
        anim_free(&anims);
        free(p);
        return;
    }
    int kept = lvl_keep_last_good(&fresh, &s->content);
    char zone[LVL_ID] = "", routine[LVL_ID] = "";
    if (s->app.zone >= 0)
        snprintf(zone, sizeof zone, "%s", s->content.zones[s->app.zone].id);
    if (s->app.routine >= 0)
        snprintf(routine, sizeof routine, "%s", s->content.routines[s->app.routine].id);
    lvl_Content old = s->content;
    anim_Set old_anims = s->anims;
    s->content = fresh;
    s->anims = anims;
    app_content_changed(&s->app, zone, routine);
    lvl_free(&old);
    anim_free(&old_anims);
    if (s->ren) {
        rnd_free(&s->rnd);
        rnd_init(&s->rnd, s->ren, s->assets, s->content.art);
    }
    if (p->count)
        snprintf(msg, sizeof msg, "%s%s", p->line[0], kept ? _(" (showing the last good version)") : "");
    /* clears a content banner only: a saving or progress-file one stays */
    app_set_banner(&s->app, BANNER_CONTENT, p->count ? msg : "");
    emit(s, 1, prb_total(p), kept);
    free(p);
}
