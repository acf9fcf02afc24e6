/* replay_run.c - plays a replay script (core/replay.h) on a virtual clock.
 * Input goes in as real SDL events pushed onto SDL's queue and read back by
 * the same code the interactive loop uses, so a replay exercises the
 * shell's event translation too. */
#include <stdio.h>
#include <string.h>

#include "core/scr_map.h"
#include "loop.h"

#define FRAME_MS 16

static void pump(ses_Session *s)
{
    SDL_Event e;
    while (SDL_PollEvent(&e))
        ses_event(s, &e);
    ses_advance(s, s->clock_ms);
    ses_render(s, 0);
    if (!s->rested && s->clock_ms - s->drawn_at > REST_MS) { /* as the main loop does */
        rnd_rest(&s->rnd);
        s->rested = 1;
    }
}

static void push_mouse(ses_Session *s, Uint32 type, int x, int y)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.x = x;
        e.motion.y = y;
    } else if (type == SDL_MOUSEWHEEL) {
        e.wheel.x = x;
        e.wheel.y = y;
        e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
    } else {
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = x;
        e.button.y = y;
    }
    SDL_PushEvent(&e);
    pump(s);
}

/* A finger event, followed by the mouse event SDL makes up from it on a
 * real touchscreen (which == SDL_TOUCH_MOUSEID), which the app must ignore. */
static void push_finger(ses_Session *s, Uint32 type, int x, int y)
{
    SDL_Event m;
    SDL_zero(m);
    m.type = type == SDL_FINGERDOWN ? SDL_MOUSEBUTTONDOWN : type == SDL_FINGERUP ? SDL_MOUSEBUTTONUP
                                                                                  : SDL_MOUSEMOTION;
    if (m.type == SDL_MOUSEMOTION) {
        m.motion.which = SDL_TOUCH_MOUSEID;
        m.motion.x = x;
        m.motion.y = y;
    } else {
        m.button.which = SDL_TOUCH_MOUSEID;
        m.button.button = SDL_BUTTON_LEFT;
        m.button.x = x;
        m.button.y = y;
    }
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 1;
    e.tfinger.x = (float)x / (float)s->app.lay.w;
    e.tfinger.y = (float)y / (float)s->app.lay.h;
    e.tfinger.pressure = type == SDL_FINGERUP ? 0.0f : 1.0f;
    SDL_PushEvent(&e);
    SDL_PushEvent(&m);
    pump(s);
}

static void click(ses_Session *s, int x, int y)
{
    push_mouse(s, SDL_MOUSEMOTION, x, y);
    push_mouse(s, SDL_MOUSEBUTTONDOWN, x, y);
    push_mouse(s, SDL_MOUSEBUTTONUP, x, y);
}

static void touch(ses_Session *s, int x, int y)
{
    push_finger(s, SDL_FINGERDOWN, x, y);
    push_finger(s, SDL_FINGERUP, x, y);
}

static int push_key(ses_Session *s, const rpl_Cmd *c)
{
    SDL_Keycode k = SDL_GetKeyFromName(c->arg);
    if (k == SDLK_UNKNOWN)
        return -1;
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    e.key.keysym.mod = c->shift ? KMOD_LSHIFT : KMOD_NONE;
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
    pump(s);
    return 0;
}

/* Text as a keyboard types it: SDL_TEXTINPUT events of at most 31 bytes,
 * each cut between UTF-8 characters. */
static void push_text(ses_Session *s, const char *text)
{
    size_t len = strlen(text);
    for (size_t at = 0; at < len;) {
        size_t most = SDL_TEXTINPUTEVENT_TEXT_SIZE - 1, n = len - at < most ? len - at : most;
        while (n > 0 && at + n < len && ((unsigned char)text[at + n] & 0xC0) == 0x80)
            n--;
        SDL_Event e;
        SDL_zero(e);
        e.type = SDL_TEXTINPUT;
        memcpy(e.text.text, text + at, n);
        SDL_PushEvent(&e);
        pump(s);
        at += n;
    }
}

static void wait_ms(ses_Session *s, long long ms)
{
    long long end = s->clock_ms + ms;
    while (s->clock_ms < end && !s->quit) {
        long long step = end - s->clock_ms < FRAME_MS ? end - s->clock_ms : FRAME_MS;
        s->clock_ms += step;
        pump(s);
    }
}

/* The centre of a zone on the current map, in window pixels. */
static int zone_centre(const ses_Session *s, const char *id, int *x, int *y)
{
    int z = lvl_zone_index(&s->content, id);
    if (z < 0 || s->app.screen != SCR_MAP)
        return -1;
    geo_Pt p = map_zone_point(&s->app, z);
    *x = (int)(p.x + 0.5f);
    *y = (int)(p.y + 0.5f);
    return 0;
}

/* The centre of a named target on the current screen. */
static int target_centre(const ses_Session *s, const char *name, int *x, int *y)
{
    int t = app_find_target(&s->app, name);
    if (t < 0)
        return -1;
    geo_Rect r = s->app.lay.t[t].r;
    if (s->app.lay.t[t].shape) /* a zone */
        return zone_centre(s, name + 5, x, y);
    *x = (int)(r.x + r.w / 2);
    *y = (int)(r.y + r.h / 2);
    return 0;
}

/* Pages the screen's list (list-previous, then list-next) until the named
 * target is on the page in view, as a person would; the events say so.
 * Only where the page in view has targets of the same kind (the name's
 * part before ':', "routine:"): other screens are left as they are. */
static void find_page(ses_Session *s, const char *name, int by_touch)
{
    static const char *const ways[] = {"list-previous", "list-next"};
    const char *colon = strchr(name, ':');
    int x, y, kin = 0;
    for (int i = 0; colon && i < s->app.lay.n && !kin; i++)
        kin = strncmp(s->app.lay.t[i].name, name, (size_t)(colon - name + 1)) == 0;
    for (int w = 0; w < 2 && kin; w++)
        for (int page = 0; page < 64 && target_centre(s, name, &x, &y) != 0; page++) {
            int before = s->app.list_first;
            if (target_centre(s, ways[w], &x, &y) != 0)
                break;
            if (by_touch)
                touch(s, x, y);
            else
                click(s, x, y);
            if (s->app.list_first == before)
                break;
        }
}

static int run_one(ses_Session *s, const rpl_Cmd *c, const char *file)
{
    int x = c->x, y = c->y;
    switch (c->kind) {
    case RPL_TAP_TARGET:
    case RPL_TOUCH_TARGET:
        if (target_centre(s, c->arg, &x, &y) != 0)
            find_page(s, c->arg, c->kind == RPL_TOUCH_TARGET);
        if (target_centre(s, c->arg, &x, &y) != 0) {
            fprintf(stderr, "%s:%d: %s %s: no such target on the %s screen\n", file, c->line,
                    rpl_kind_name(c->kind), c->arg, app_screen_name(s->app.screen));
            return -1;
        }
        if (c->kind == RPL_TOUCH_TARGET)
            touch(s, x, y);
        else
            click(s, x, y);
        return 0;
    case RPL_WAIT: wait_ms(s, c->ms); return 0;
    case RPL_TAP_ZONE:
        if (zone_centre(s, c->arg, &x, &y) != 0) {
            fprintf(stderr, "%s:%d: tap-zone %s: no such zone on the %s screen\n", file, c->line, c->arg,
                    app_screen_name(s->app.screen));
            return -1;
        }
        /* fall through */
    case RPL_TAP: click(s, x, y); return 0;
    case RPL_MOVE: push_mouse(s, SDL_MOUSEMOTION, x, y); return 0;
    case RPL_WHEEL: push_mouse(s, SDL_MOUSEWHEEL, x, y); return 0;
    case RPL_PRESS: push_mouse(s, SDL_MOUSEBUTTONDOWN, x, y); return 0;
    case RPL_RELEASE: push_mouse(s, SDL_MOUSEBUTTONUP, x, y); return 0;
    case RPL_TOUCH: touch(s, x, y); return 0;
    case RPL_FINGER_DOWN: push_finger(s, SDL_FINGERDOWN, x, y); return 0;
    case RPL_FINGER_UP: push_finger(s, SDL_FINGERUP, x, y); return 0;
    case RPL_KEY:
        if (push_key(s, c) == 0)
            return 0;
        fprintf(stderr, "%s:%d: key %s: not an SDL key name\n", file, c->line, c->arg);
        return -1;
    case RPL_TYPE: push_text(s, c->arg); return 0;
    case RPL_SHOT: return ses_shot(s, c->arg);
    case RPL_EXPECT_SCREEN:
        if (strcmp(app_screen_name(s->app.screen), c->arg) == 0)
            return 0;
        fprintf(stderr, "%s:%d: expected screen %s, got %s\n", file, c->line, c->arg,
                app_screen_name(s->app.screen));
        return -1;
    case RPL_RESIZE: {
        SDL_Event e;
        SDL_zero(e);
        e.type = SDL_WINDOWEVENT;
        e.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
        e.window.data1 = x;
        e.window.data2 = y;
        if (s->surface) {
            if (ses_open_offscreen(s, x, y) != 0) {
                fprintf(stderr, "%s:%d: resize %d %d: %s\n", file, c->line, x, y, SDL_GetError());
                s->quit = 1;
                return -1;
            }
        } else if (s->win) {
            SDL_SetWindowSize(s->win, x, y);
        }
        SDL_PushEvent(&e);
        pump(s);
        return 0;
    }
    case RPL_QUIT: s->quit = 1; return 0;
    }
    return 0;
}

int rr_run(ses_Session *s, const rpl_Script *sc, const char *file)
{
    int failed = 0;
    ses_advance(s, 0);
    ses_render(s, 1);
    for (int i = 0; i < sc->n && !s->quit; i++)
        if (run_one(s, &sc->cmd[i], file) != 0)
            failed = 1;
    return failed;
}
