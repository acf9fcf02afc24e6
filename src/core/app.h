/* app.h - the app's screens as a state machine: input in (pointer, finger,
 * key, resize, clock), state and events out. No SDL, no I/O, no clock:
 * the shell passes now_ms (app milliseconds, already time-scaled) and the
 * wall clock (UTC seconds and the local offset).
 *
 * Screens: map -> zone -> routine (player) -> done; plus safety and
 * progress. The layout (app_Layout) is derived from the state and the
 * window size by layout.c; view.c turns state + layout into a draw list.
 *
 * Ownership: app_State borrows content, animations and progress (the shell
 * owns them and must keep them alive); it owns its events, which the shell
 * drains after each call (app_take_events). When progress changes the app
 * sets save_pending; the shell saves and clears it. */
#ifndef FM_APP_H
#define FM_APP_H

#include <stdint.h>
#include "anim.h"
#include "geo.h"
#include "kconfig.h"
#include "kstats.h"
#include "level.h"
#include "player.h"
#include "progress.h"
#include "timefmt.h"

typedef enum {
    SCR_ATTRACT, SCR_MAP, SCR_ZONE, SCR_ROUTINE, SCR_DONE, SCR_PROGRESS, SCR_SAFETY, SCR_ADMIN,
    SCR_COUNT
} app_Screen;

typedef enum {
    KEY_NONE, KEY_TAB, KEY_RETURN, KEY_SPACE, KEY_ESCAPE, KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN,
    KEY_HOME, KEY_END
} app_Key;

typedef enum { IN_DOWN, IN_MOVE, IN_UP, IN_LEAVE, IN_KEY } app_InKind;

typedef struct {
    app_InKind kind;
    float x, y;        /* window pixels (pointer kinds) */
    int touch;         /* 1 when it comes from a finger */
    app_Key key;
    int shift;
} app_Input;

typedef enum {
    EV_SCREEN, EV_STEP, EV_ROUTINE_DONE, EV_TIMER_END, EV_PAUSE, EV_SKIP, EV_FOCUS, EV_ABANDONED,
    EV_PIN, EV_DIM
} app_EvKind;

typedef struct {
    app_EvKind kind;
    long long t;                 /* app ms */
    app_Screen screen;
    char zone[LVL_ID];
    char routine[LVL_ID];
    int index, of;               /* step: 1-based index of total */
    int flag;                    /* pause: 1 paused / 0 resumed */
    int steps_done, steps_skipped;
    char target[LVL_ID + 16];    /* focus: the target's name */
} app_Event;

typedef enum {
    ACT_NONE, ACT_ZONE, ACT_ROUTINE, ACT_BACK, ACT_PREV, ACT_NEXT, ACT_PAUSE, ACT_SKIP,
    ACT_MAP, ACT_AGAIN, ACT_SAFETY, ACT_PROGRESS, ACT_PAGE, ACT_PIN, ACT_IDLE, ACT_RELOAD, ACT_EXIT
} app_Action;

#define APP_MAX_TARGETS 48
#define APP_MAX_EVENTS 64

typedef struct {
    app_Action act;
    int arg;           /* zone index, routine index */
    geo_Rect r;        /* hit box (zones: bbox; hit test uses the polygon) */
} app_Target;

/* A zone's label on the map, as view_place_labels (view_labels.c) placed
 * it: the name above the status badge, or in a kiosk the name alone (badge
 * w 0), drawn at scale times the usual size. A label that found no free
 * place (placed 0) is not shown until its zone lights up. */
typedef struct {
    geo_Rect name, badge;
    int placed;
    float scale;
} app_Label;

/* A page of the safety screen: the rules side by side, or where they do
 * not fit, items first..first+n-1 of the "never" list or of when to see a
 * professional (with the notice), then the "why" cards. */
typedef enum { PAGE_RULES, PAGE_NEVER, PAGE_PRO, PAGE_WHY } app_PageKind;
typedef struct {
    app_PageKind kind;
    int first, n;
} app_Page;
#define APP_MAX_PAGES (3 * SAF_MAX_ITEMS + 1)

typedef struct {
    int w, h;
    float u;                       /* the layout unit in px: text and spacing scale with it */
    int n;
    app_Target t[APP_MAX_TARGETS];
    geo_Fit fit;                   /* art -> window for the face on the map */
    geo_Rect face;                 /* where the face art is drawn */
    geo_Pt zpts[LVL_MAX_ZONES][LVL_MAX_POLY]; /* zone polygons in window px (map) */
    app_Label label[LVL_MAX_ZONES]; /* zone labels in window px (map) */
    app_Page page[APP_MAX_PAGES];  /* safety: its pages (view_safety_pages) */
    int pages;
    geo_Rect header, title, body, panel, closeup, card, controls, ring;
} app_Layout;

/* Kiosk mode (app_kiosk.c): the visitor's session, the attract loop, the
 * dimmed screen and the staff's admin screen behind a long press and a PIN. */
typedef struct {
    int on;
    const kcf_Config *cfg;       /* borrowed from the shell */
    kst_Stats *stats;            /* borrowed: lives in the shell, saved in the progress file */
    long long idle_ms, dim_ms;   /* from the config; the admin screen can change idle */
    long long last_input;        /* app ms of the last touch, click or key */
    long long corner_t0;         /* app ms the hidden corner was pressed, -1 when not */
    int dimmed;
    char pin[9];                 /* digits typed on the keypad */
    int unlocked, wrong, attempts;
    long long locked_until;      /* keypad refused until then after 5 wrong PINs */
    int quit, reload;            /* requests for the shell (exit, reload content) */
    float min_target_px;         /* the smallest target the screen allows (~9 mm) */
} app_Kiosk;

typedef struct {
    const lvl_Content *content;
    const anim_Set *anims;
    prog_Data *prog;
    long long now;               /* app ms */
    int64_t wall;                /* UTC seconds */
    int tz_offset;               /* local - UTC, seconds */
    app_Screen screen;
    int zone, routine;           /* open zone / routine, -1 when none */
    ply_State player;
    int focus, focus_visible, hover, pressed;
    int page;                    /* safety screen: 0 the rules, 1.. the pages of "why" cards */
    long long screen_t0;         /* when the current screen opened */
    long long anim_t0;           /* when the current step's animation started */
    app_Layout lay;
    app_Event ev[APP_MAX_EVENTS];
    int nev;
    int save_pending;
    int redraw;                  /* something changed since the last frame */
    int zone_routines[LVL_MAX_ROUTINES];
    int nzone_routines;
    prog_Entry last;             /* the routine just finished (done screen) */
    char banner[256];            /* a message shown on every screen, e.g. a failed save */
    app_Kiosk k;
} app_State;

void app_init(app_State *a, const lvl_Content *c, const anim_Set *anims, prog_Data *prog,
              int w, int h, long long now_ms, int64_t wall, int tz_offset);
void app_resize(app_State *a, int w, int h);
void app_input(app_State *a, const app_Input *in);
/* Advances the clocks; ends countdowns, auto-advances timer steps. */
void app_tick(app_State *a, long long now_ms, int64_t wall);
/* Whether frames are needed continuously (an animation is playing). */
int app_animating(const app_State *a);
/* App ms of the next moment the state changes on its own, or -1. */
long long app_next_deadline(const app_State *a);
/* Copies out and clears the pending events; returns how many. */
int app_take_events(app_State *a, app_Event *out, int max);
/* One JSON object (no newline) for an event; returns its length. */
int app_event_json(const app_Event *e, char *buf, int len);
/* The shell's "saved" / "save_failed" event line for the progress file. */
int app_saved_json(long long t, const char *file, int ok, const char *error, char *buf, int len);
const char *app_screen_name(app_Screen s);
/* Zone status: the most urgent of its routines done at least once. */
tf_DueInfo app_zone_due(const app_State *a, int zone);
tf_DueInfo app_routine_due(const app_State *a, int routine);
/* Index of the target under a point, or -1: a button, else the zone whose
 * label is there, else of the zones there the smallest. */
int app_hit(const app_State *a, float x, float y);
/* Where to tap zone z on the map: the middle of its label (the name where
 * it shows, else the badge), else its label point. */
geo_Pt app_zone_point(const app_State *a, int z);
void app_set_banner(app_State *a, const char *msg);
/* The content was replaced (a reload): find the open zone and routine again
 * by their ids (zone_id, routine_id: as they were before; may be empty) and
 * go back to the map when they are gone. */
void app_content_changed(app_State *a, const char *zone_id, const char *routine_id);
/* A target's name, as in focus events and the replay's tap-target:
 * "zone:ID", "routine:ID", or the action: "back", "previous", "pause",
 * "skip", "next", "map", "again", "safety", "history", "page". */
void app_target_name(const app_State *a, int target, char *out, int len);
/* Index of the target with that name on the current screen, or -1. */
int app_find_target(const app_State *a, const char *name);

/* app_kiosk.c: turns kiosk mode on (the attract loop first). cfg and
 * stats are borrowed and must outlive the app. */
void app_kiosk_start(app_State *a, const kcf_Config *cfg, kst_Stats *stats, float min_target_px);
/* The local day number now (for the kiosk's counts). */
int64_t app_today(const app_State *a);

/* layout.c */
void lay_compute(app_State *a);

#endif
