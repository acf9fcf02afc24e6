/* app.h - the app as a state machine: input in (pointer, finger, wheel,
 * key, resize, clock), state, events and a draw list out. No SDL, no I/O,
 * no clock: the shell passes now_ms (app milliseconds, already
 * time-scaled) and the wall clock (UTC seconds and the local offset).
 *
 * The generic part (app.c) knows no screen by name. Each screen is one
 * file, src/core/scr_*.c, defining an scr_Def (below): its name, where
 * back goes, its layout (rectangles and targets), its focus on opening,
 * its own actions and keys, and its draw list. The table of screens is
 * screens.h. Shared drawing and layout pieces are ui.h; the kiosk's
 * visitor session is visit.h.
 *
 * Ownership: app_State borrows content, animations and progress (the shell
 * owns them and must keep them alive); it owns its events, which the shell
 * drains after each call (app_take_events). When progress changes the app
 * sets save_pending; the shell saves and clears it. */
#ifndef FM_APP_H
#define FM_APP_H

#include <stdint.h>
#include "anim.h"
#include "drawlist.h"
#include "geo.h"
#include "hist.h"
#include "kconfig.h"
#include "kstats.h"
#include "level.h"
#include "player.h"
#include "profiles.h"
#include "progress.h"
#include "safety.h"
#include "settings.h"
#include "screens.h"
#include "timefmt.h"

typedef enum {
    SCR_UNSET, /* no screen yet; a table entry's back left unset */
#define APP_SCREEN_ID(id, def) id,
    SCR_LIST(APP_SCREEN_ID)
#undef APP_SCREEN_ID
    SCR_COUNT,
    SCR_NO_BACK = -1 /* back: Escape does nothing here */
} app_Screen;

typedef enum {
    KEY_NONE, KEY_TAB, KEY_RETURN, KEY_SPACE, KEY_ESCAPE, KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN,
    KEY_HOME, KEY_END, KEY_PAGEUP, KEY_PAGEDOWN,
    KEY_OTHER /* a letter, digit, F or media key: a remote's or a pedal's (hands-free goes on) */
} app_Key;

typedef enum { IN_DOWN, IN_MOVE, IN_UP, IN_LEAVE, IN_KEY, IN_WHEEL, IN_TEXT } app_InKind;

typedef struct {
    app_InKind kind;
    float x, y;        /* window pixels (pointer kinds) */
    int touch;         /* 1 when it comes from a finger */
    app_Key key;
    int shift;
    int wheel;         /* IN_WHEEL: notches, > 0 away from the user (up) */
    int erase;         /* IN_KEY: Backspace (key is KEY_ESCAPE: it goes back where nothing is typed) */
    char text[32];     /* IN_TEXT: UTF-8 typed (a keyboard's text input), for a screen's text function */
} app_Input;

typedef enum {
    EV_SCREEN, EV_STEP, EV_ROUTINE_DONE, EV_TIMER_END, EV_PAUSE, EV_SKIP, EV_FOCUS, EV_ABANDONED,
    EV_PIN, EV_DIM, EV_LIST, EV_CUE,
    EV_DAY, EV_DELETED, EV_RESTORED /* history: a day shown (target: its date, of: its
                                       entries); an entry deleted, put back (routine;
                                       target: its completed_at) */
} app_EvKind;

/* A sound cue (EV_CUE's flag), played by the shell where sound is on. */
typedef enum { CUE_STEP, CUE_TICK, CUE_END, CUE_DONE, CUE_COUNT } app_Cue;

#define APP_NAME (LVL_ID + 16)

typedef struct {
    app_EvKind kind;
    long long t;                 /* app ms */
    app_Screen screen;
    char zone[LVL_ID];
    char routine[LVL_ID];
    int index, of;               /* step: 1-based index of total; list: first shown, of items */
    int flag;                    /* pause: 1 paused / 0 resumed; list: last shown */
    int steps_done, steps_skipped;
    char target[APP_NAME];       /* focus: the target's name */
} app_Event;

/* Actions every screen has; a screen numbers its own from ACT_SCREEN. */
enum {
    ACT_NONE, ACT_BACK, ACT_GO /* arg: the screen to open */, ACT_LIST_PREV, ACT_LIST_NEXT,
    ACT_LANG /* arg: the language's index in lng_codes (lang.h) */,
    ACT_SCREEN = 16
};

#define APP_MAX_TARGETS 48
#define APP_MAX_EVENTS 64

typedef struct {
    int act;
    int arg;                /* the screen's own meaning: a zone, a routine, a key */
    geo_Rect r;             /* hit box; with a shape, the shape's bounding box */
    int shape;              /* 1 + index into the layout's zpts, or 0: a plain box */
    float area;             /* of the shape: where shapes overlap, the smallest wins */
    geo_Rect tag[2];        /* a label drawn for a shape: a hit there wins over shapes */
    char name[APP_NAME];    /* in focus events and tap-target: "next", "zone:nose" */
} app_Target;

/* A zone's label on the map, as scr_map_labels.c placed it: the name above
 * the status badge, or without a history (kiosk) the name alone (badge w
 * 0), drawn at scale times the usual size. A label that found no free
 * place (placed 0) is not shown until its zone lights up. */
typedef struct {
    geo_Rect name, badge;
    int placed;
    float scale;
} app_Label;

/* A page of the safety screen: the rules side by side, or where they do
 * not fit, items first..first+n-1 of the "never" list or of when to see a
 * professional (notice: 1, the not-medical-advice notice under them, or
 * alone where n is 0; 2, in the right column beside them), then the
 * "why" cards. */
typedef enum { PAGE_RULES, PAGE_NEVER, PAGE_PRO, PAGE_WHY } app_PageKind;
typedef struct {
    app_PageKind kind;
    int first, n, notice;
} app_Page;
#define APP_MAX_PAGES (3 * SAF_MAX_ITEMS + 1)

/* The screen's list (ui_list_layout): items first..first+shown-1 of count
 * are in view, each at item(i); the page control shows when they do not
 * all fit. */
typedef struct {
    int count, first, shown, per_page;
    geo_Rect box;            /* the items and their page control */
    geo_Rect items;          /* where the items go */
    geo_Rect bar;            /* the page control, h 0 when every item fits */
    float item_h, gap;
} app_List;

/* A line of the routine's step card: what it is, its bytes of the step's
 * text (off, len), its size, and its place on its page (y from the top of
 * the card's text area). */
typedef enum { ROW_TITLE, ROW_TEXT, ROW_CAUTION_HEAD, ROW_CAUTION, ROW_NOTE, ROW_SOURCES } app_RowKind;
typedef struct {
    unsigned char kind;
    short page;
    int off, len;
    float y, h, px;
} app_Row;
#define APP_MAX_ROWS 128

typedef struct {
    int w, h;
    float u;                       /* the layout unit in px: text and spacing scale with it */
    float tu;                      /* the text unit: u at the normal text size, a quarter and a
                                      half more at large and largest (ui_text_unit) */
    float su;                      /* the step text's unit: tu, and at large and largest at least
                                      what makes it readable from 1.5 m (ui_step_unit); step,
                                      caution and safety text are sized in it */
    app_Row row[APP_MAX_ROWS];     /* routine: the step card's lines (list item = a page of them) */
    int nrows;
    int n;
    app_Target t[APP_MAX_TARGETS];
    geo_Fit fit;                   /* art -> window for the face (map, attract) */
    geo_Rect face;                 /* where the face art is drawn */
    geo_Pt zpts[LVL_MAX_ZONES][LVL_MAX_POLY]; /* zone polygons in window px (map, attract) */
    app_Label label[LVL_MAX_ZONES]; /* zone labels in window px (map) */
    app_Page page[APP_MAX_PAGES];  /* safety: its pages */
    int pages;
    app_List list;                 /* the screen's list, count 0 when it has none */
    geo_Rect header, title, body, panel, closeup, card, controls, ring;
} app_Layout;

/* Kiosk mode (visit.c): the visitor's session, the attract loop, the
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
    int export_counts;           /* a request for the shell: the daily counts to the config's export_csv */
} app_Kiosk;

/* The history screen (scr_history.c): its tab, the summary it shows, the
 * day cursor and the day shown, and the entry last deleted for Undo. */
#define APP_DAY_MAX 64
typedef struct {
    int tab;                     /* 0: the year, 1: every entry */
    int built_n;                 /* the history's size when the summary was made */
    int64_t cursor;              /* the day cursor (local day) */
    int64_t day;                 /* the day shown, -1 none */
    prog_Entry day_entry[APP_DAY_MAX]; /* its entries, newest first */
    int nday;
    int has_undo;                /* the Undo bar shows */
    prog_Entry undo;             /* the entry deleted, and where it stood */
    int undo_at;
    long long undo_until;        /* app ms the bar goes by itself */
    hst_Summary sum;
} app_History;

/* What a banner says, so that the shell can clear its own kind only. */
typedef enum {
    BANNER_NONE, BANNER_SAVE, BANNER_PROGRESS_FILE, BANNER_CONTENT, BANNER_HISTORY, BANNER_SETTINGS,
    BANNER_EXPORT, BANNER_EXPORTED /* an export failed; one worked (not an alarm: drawn in UI_ACCENT) */
} app_BannerKind;

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
    float down_x, down_y;        /* where the press began (a drag pages a list) */
    int page;                    /* safety screen: which of its pages */
    int list_first;              /* the screen's list: its first item in view */
    long long screen_t0;         /* when the current screen opened */
    long long anim_t0;           /* when the current step's animation started */
    int choice;                  /* hands-free: a cautioned step waits for Do it or Skip */
    int speaking;                /* the step's words are being spoken: its countdown waits */
    long long anim_ms, anim_last; /* the step's animation clock: it stands still only while paused */
    int tick_secs;               /* the countdown's last second that ticked */
    float min_target_px;         /* the smallest target the display allows (kiosk: ~9 mm) */
    float px_per_mm;             /* the display's pixels a millimetre; 0: not known (96 dpi) */
    /* The width of n bytes of s drawn at px: the shell's exact measure of
     * its font, or (NULL, in tests) ui_text_w's estimate. */
    float (*text_w)(void *ctx, const char *s, int n, int px, int bold);
    void *text_ctx;
    app_Layout lay;
    app_Event ev[APP_MAX_EVENTS];
    int nev;
    int save_pending;
    int redraw;                  /* something changed since the last frame */
    int zone_routines[LVL_MAX_ROUTINES];
    int nzone_routines;
    prog_Entry last;             /* the routine just finished (done screen) */
    set_Settings settings;       /* the person's (the shell loads and saves them) */
    int settings_pending;        /* changed: the shell saves them and clears it */
    app_History hist;            /* the history screen's state */
    int export_pending;          /* the history's Export was pressed: the shell writes the
                                    history to the documents folder, says where, clears it */
    int voice_available;         /* built with speech and it started */
    pfl_State pf;                /* the household's profiles (profiles.h); list.n 0 in a kiosk */
    char banner[256];            /* a message shown on every screen, e.g. a failed save */
    app_BannerKind banner_kind;
    app_Kiosk k;
    char lang[LNG_CODE];         /* the interface's language, as the shell set it ("en") */
    char lang_want[LNG_CODE];    /* the language button was pressed: the shell switches to
                                    this language, reloads the content, clears it */
} app_State;

/* One screen: see screens.h for the table and HACKING.md for how to add
 * one. name, back, layout and draw are required; the rest may be NULL. */
typedef struct {
    const char *name;           /* in events, "expect screen" and --help */
    app_Screen back;            /* where Escape and the back button go, or SCR_NO_BACK */
    int shows_zone, shows_routine; /* its screen event names the open zone, routine */
    /* Derives what the screen shows from the content (its list of
     * routines): when it opens and after a content reload. */
    void (*prepare)(app_State *a);
    void (*layout)(app_State *a, app_Layout *l);
    /* After the layout, on opening: the focus, and what it leaves behind. */
    void (*open)(app_State *a, app_Screen from);
    /* Before another screen opens in its place (to: that screen). */
    void (*close)(app_State *a, app_Screen to);
    void (*act)(app_State *a, const app_Target *t);  /* its own actions, ACT_SCREEN and up */
    int (*key)(app_State *a, const app_Input *in);   /* keys it takes itself: 1 when used */
    int (*text)(app_State *a, const char *utf8);     /* typed text (IN_TEXT): 1 when used */
    void (*tick)(app_State *a);
    int (*animating)(const app_State *a);
    long long (*deadline)(const app_State *a);      /* app ms, or -1 */
    /* After a content reload: the screen to show (itself if it still can). */
    app_Screen (*reloaded)(app_State *a);
    void (*draw)(const app_State *a, dl_List *l);
} scr_Def;

/* The table: the definition of screen s (NULL for SCR_UNSET or out of
 * range), and the screen of a name (SCR_UNSET when none). */
const scr_Def *app_screen_def(app_Screen s);
app_Screen app_screen_by_name(const char *name, int len);
const char *app_screen_name(app_Screen s);
/* Every screen's name, in table order, ", " between them. */
void app_screen_names(char *out, int len);

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
/* The current screen's draw list, with the banner over it. */
void app_draw(const app_State *a, dl_List *l);
/* Copies out and clears the pending events; returns how many. */
int app_take_events(app_State *a, app_Event *out, int max);
/* One JSON object (no newline) for an event; returns its length. */
int app_event_json(const app_Event *e, char *buf, int len);
/* s as the body of a JSON string (no quotes), escaped, cut to fit len;
 * returns the bytes written. */
int app_json_string(const char *s, char *out, int len);
/* The shell's event line for a file it saved: "<what>saved", or
 * "<what>save_failed" with the error (what: "" for the progress file,
 * "settings_" for the settings file). */
int app_saved_json(long long t, const char *what, const char *file, int ok, const char *error, char *buf, int len);
/* The plan and the due rules (app_plan.c). Zone status: the most urgent
 * of the routines followed in it (TF_DUE_NEVER when none is); a routine
 * not followed never makes a zone due. A daily routine is a habit: done
 * today it is done, else due today, never overdue. */
tf_DueInfo app_zone_due(const app_State *a, int zone);
/* The routine that gives zone its status (-1: none followed), its status in *out. */
int app_zone_due_routine(const app_State *a, int zone, tf_DueInfo *out);
tf_DueInfo app_routine_due(const app_State *a, int routine);
/* Whether the person follows a routine (their plan; until they chose: one
 * done at least once), and its interval in days: their own where they set
 * one, else the content's every_days. */
int app_follows(const app_State *a, int routine);
int app_routine_every(const app_State *a, int routine);
/* A routine's short name (its title's last word: "Exfoliation"), and a
 * badge that says which routine is due: "Exfoliation due", "Cleanse
 * today", "Clean-out overdue"; "Done" or "New" when none is due. */
void app_routine_short(const app_State *a, int routine, char *out, int len);
void app_due_badge(const app_State *a, int routine, tf_DueInfo d, char *out, int len);
/* The person's changes to their plan (each sets save_pending): follow or
 * not, an own interval one step down or up (dir -1/1; back at the
 * routine's own it is "as the routine suggests"), and the first-time
 * choice. */
typedef enum { PLAN_SOURCES, PLAN_GENTLE, PLAN_BOTH, PLAN_MYSELF } app_PlanChoice;
void app_plan_follow(app_State *a, int routine, int follow);
void app_plan_every(app_State *a, int routine, int dir);
void app_plan_choose(app_State *a, app_PlanChoice c);
/* Whether the unfinished routine (prog->current) is routine's and can be
 * continued: at home, left less than PROG_CONTINUE_S ago, past step 1. */
int app_can_continue(const app_State *a, int routine);
/* Drops an unfinished routine left too long ago (the next save writes it
 * without); called by app_tick. */
void app_expire_continue(app_State *a);
/* Whether this app keeps a person's history (not in a kiosk). */
int app_keeps_history(const app_State *a);
/* Index of the target under a point, or -1: a box, else a shape whose
 * label is there, else of the shapes there the smallest. */
int app_hit(const app_State *a, float x, float y);
/* Sets (msg non-empty) or clears the banner; clearing with a kind clears
 * only a banner of that kind (BANNER_NONE: any). */
void app_set_banner(app_State *a, app_BannerKind kind, const char *msg);
/* The person chose a language (ACT_LANG): it is asked of the shell
 * (lang_want) and kept in the settings (settings_pending; a kiosk saves
 * none). */
void app_choose_lang(app_State *a, const char *code);
/* The content was replaced (a reload): find the open zone and routine again
 * by their ids (zone_id, routine_id: as they were before; may be empty);
 * the screen decides whether it can stay. */
void app_content_changed(app_State *a, const char *zone_id, const char *routine_id);
/* A target's name (see app_Target), or "none". */
void app_target_name(const app_State *a, int target, char *out, int len);
/* Index of the target with that name on the current screen, or -1. */
int app_find_target(const app_State *a, const char *name);
/* The local day number now. */
int64_t app_today(const app_State *a);

/* For the screens (scr_*.c) and visit.c. */
void app_go(app_State *a, app_Screen s);
void app_back(app_State *a);
app_Event *app_push_event(app_State *a, app_EvKind k);
/* Recomputes the layout of the current screen for the window size; the
 * focus stays on the target of the same name, or is cleared. */
void app_layout(app_State *a);
/* The first target with act (and arg, unless arg < 0), or -1. */
int app_target_of(const app_State *a, int act, int arg);
/* Adds a target to l with a name (printf format); returns it or NULL when full. */
app_Target *app_add_target(app_Layout *l, int act, int arg, geo_Rect r, const char *name_fmt, ...)
    __attribute__((format(printf, 5, 6)));

#endif
