/* drive.h - drives the app as the shell does, for the unit tests of the
 * app and its screens (test_app.c, test_routine.c): the real content, an
 * event log with each event's JSON, input as the shell passes it, a clock
 * that ticks every 100 ms, and a fresh app at home or in a kiosk. The
 * including file defines nothing of its own under these names. */
#ifndef FM_TEST_DRIVE_H
#define FM_TEST_DRIVE_H

#include <stdlib.h>

#include "check.h"
#include "core/ui.h"
#include "core/visit.h"
#include "platform/loader.h"

#define WALL0 1795251600LL  /* 2026-11-21, UTC */
#define KIOSK_MIN_PX 48.0f  /* what the shell passes where the display gives no DPI */
#define KIOSK_PIN "2468"
#define DAY (24 * 3600)

static __attribute__((unused)) lvl_Content content; /* levels/ and assets/ as shipped */
static __attribute__((unused)) anim_Set anims;
static __attribute__((unused)) app_State app;
static __attribute__((unused)) long long now;       /* its clock, app ms */
static __attribute__((unused)) prog_Data prog;      /* the history it reads and adds to */
static __attribute__((unused)) kcf_Config kcfg;     /* a kiosk's config (main) and counts */
static __attribute__((unused)) kst_Stats stats;
static __attribute__((unused)) dl_List list;        /* what it draws */

static __attribute__((unused)) const int SIZES[][2] = {{800, 600}, {1080, 1920}};
#define NSIZES 2

/* ---- events: every event the app gave since the last forget(), with its JSON ---- */

#define LOG_MAX 512
static __attribute__((unused)) app_Event ev[LOG_MAX];
static __attribute__((unused)) char evj[LOG_MAX][256];
static __attribute__((unused)) int nev;

static inline void drain(void)
{
    app_Event e[APP_MAX_EVENTS];
    int n = app_take_events(&app, e, APP_MAX_EVENTS);
    for (int i = 0; i < n && nev < LOG_MAX; i++, nev++) {
        ev[nev] = e[i];
        app_event_json(&e[i], evj[nev], (int)sizeof evj[0]);
    }
}

static inline void forget(void)
{
    drain();
    nev = 0;
}

/* How many events' JSON hold frag. */
static inline int seen(const char *frag)
{
    int n = 0;
    for (int i = 0; i < nev; i++)
        n += strstr(evj[i], frag) != NULL;
    return n;
}

/* The JSON of the last event of kind k, or "". */
static inline const char *last_json(app_EvKind k)
{
    for (int i = nev - 1; i >= 0; i--)
        if (ev[i].kind == k)
            return evj[i];
    return "";
}

static inline int has(const char *s, const char *frag)
{
    return strstr(s, frag) != NULL;
}

static inline void print_events(void)
{
    for (int i = 0; i < nev; i++)
        printf("      %s\n", evj[i]);
}

/* ---- input, as the shell passes it ---- */

static inline void send(app_Input in)
{
    app_input(&app, &in);
    drain();
}

static inline void key(app_Key k)
{
    send((app_Input){.kind = IN_KEY, .key = k});
}

static inline void pointer(app_InKind kind, float x, float y)
{
    send((app_Input){.kind = kind, .x = x, .y = y, .touch = 1});
}

static inline void tap_at(float x, float y)
{
    pointer(IN_DOWN, x, y);
    pointer(IN_UP, x, y);
}

static inline void wheel(int notches)
{
    send((app_Input){.kind = IN_WHEEL, .wheel = notches});
}

/* A finger put down at (x, y), moved dy and lifted. */
static inline void drag(float x, float y, float dy)
{
    pointer(IN_DOWN, x, y);
    pointer(IN_MOVE, x, y + dy / 2);
    pointer(IN_UP, x, y + dy);
}

/* Taps the middle of the named target of the current screen. */
static inline void tap(const char *name)
{
    int ti = app_find_target(&app, name);
    /* on another page of the list: go there, to the later pages, then the earlier ones */
    static const char *const ways[] = {"list-next", "list-previous"};
    for (int w = 0; w < 2; w++)
        for (int page = 0; ti < 0 && page < 20; page++) {
            int next = app_find_target(&app, ways[w]);
            const app_List *ls = &app.lay.list;
            if (next < 0 || (w == 0 ? ls->first + ls->shown >= ls->count : ls->first <= 0))
                break;
            geo_Rect n = app.lay.t[next].r;
            tap_at(n.x + n.w / 2, n.y + n.h / 2);
            ti = app_find_target(&app, name);
        }
    if (ti < 0) {
        printf("    no target \"%s\" on %s\n", name, app_screen_name(app.screen));
        CHECK(ti >= 0);
        return;
    }
    geo_Rect r = app.lay.t[ti].r;
    float x = r.x + r.w / 2, y = r.y + r.h / 2;
    CHECK_INT(app_hit(&app, x, y), ti);
    tap_at(x, y);
}

/* Lets ms go by, the clock ticking every 100 ms as the shell's would. */
static inline void wait_ms(long long ms)
{
    for (long long end = now + ms; now < end;) {
        now = now + 100 < end ? now + 100 : end;
        app_tick(&app, now, WALL0 + now / 1000);
        drain();
    }
}

static inline int64_t today(void)
{
    return app_today(&app);
}

/* ---- getting somewhere ---- */

/* A fresh app on content c at w x h: the map at home, the attract loop in a kiosk. */
static inline void start(const lvl_Content *c, int w, int h, int kiosk)
{
    now = 0;
    app_init(&app, c, &anims, &prog, w, h, now, WALL0, 0);
    nev = 0;
    if (kiosk) {
        memset(&stats, 0, sizeof stats);
        vis_start(&app, &kcfg, &stats, KIOSK_MIN_PX);
    }
    drain();
}

/* A kiosk's staff: the long press on the corner, then a PIN and OK. */
static inline void hold_corner(void)
{
    pointer(IN_DOWN, 2, 2);
    wait_ms(VIS_LONG_PRESS_MS);
    pointer(IN_UP, 2, 2);
}

static inline void type_pin(const char *pin)
{
    char name[16];
    for (const char *p = pin; *p; p++) {
        snprintf(name, sizeof name, "pin-%c", *p);
        tap(name);
    }
    tap("pin-ok");
}

/* ---- the real content, for main() ---- */

/* Loads levels/ and assets/ as shipped and an empty history: 0, or 1
 * (said) when the content does not load. */
static inline int load_real(void)
{
    static prb_List probs;
    if (ldr_load(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, &content, &anims, &probs) != 0) {
        printf("the real content does not load\n");
        return 1;
    }
    prog_init(&prog);
    return 0;
}

/* Frees what load_real loaded; returns the tests' summary. */
static inline int unload_real(void)
{
    prog_free(&prog);
    lvl_free(&content);
    anim_free(&anims);
    return check_summary();
}

#endif
