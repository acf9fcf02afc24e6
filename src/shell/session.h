/* session.h - one run of the trainer: the loaded content, the progress file,
 * the app state, the output for --events, and the SDL side (window or
 * off-screen surface, renderer). It is the only place that turns SDL
 * events into app input (input.c helps) and that saves progress.
 * A ses_Session owns everything it holds; ses_close frees it. */
#ifndef FM_SESSION_H
#define FM_SESSION_H

#include <SDL.h>
#include <stdio.h>

#include "core/anim.h"
#include "core/app.h"
#include "core/cli.h"
#include "core/kconfig.h"
#include "core/kstats.h"
#include "core/drawlist.h"
#include "core/i18n.h"
#include "core/level.h"
#include "core/progress.h"
#include "platform/progstore.h"
#include "audio.h"
#include "render.h"
#include "speech.h"
#include "snapshot.h"

typedef struct {
    cli_Options opt;
    char levels[1024], assets[1024], progress_path[1024];
    /* The language of the interface and the content: "en" (the source
     * language) or a code such as "de" with a catalogue and levels/<code>/. */
    char lang[16];
    lvl_Content content;
    anim_Set anims;
    prog_Data prog;
    app_State app;
    dl_List draw;
    FILE *events;            /* NULL when --events was not given */
    SDL_Window *win;         /* NULL when headless */
    SDL_Surface *surface;    /* headless target */
    SDL_Renderer *ren;
    rnd_Ctx rnd;
    double scale;            /* --time-scale */
    int64_t wall0;           /* wall clock at start (UTC s) */
    int wall_fixed;          /* --now: the wall clock is wall0 + clock_ms, else the system's */
    long long clock_ms;      /* unscaled ms since start (real or virtual) */
    SDL_FingerID finger;     /* the one finger being followed, or 0 */
    int finger_down;
    int quit;
    int rested;              /* rnd_rest done since the last frame drawn */
    long long drawn_at;      /* clock_ms of the last frame drawn */
    snp_Ctx snap;            /* the launch snapshot (windowed launches only) */
    int snap_wanted;         /* save the first frame as the next launch's snapshot */
    int snap_shown;          /* it is on screen: the first frame need not be painted */
    int frames;
    long long retry_save_at; /* clock_ms of the next save retry, 0 if none */
    int save_off;            /* 1: not saved (no place for the file, or an unreadable one
                                could not be moved aside) */
    int unsaved;             /* 1: the last save failed or was refused: exit code 3 */
    pst_Seen seen;           /* the progress file as last read or written (progstore.h) */
    struct wat_Watch *watch; /* level and asset folders watched for edits */
    SDL_Thread *watcher;     /* waits on watch, pushes reload_event */
    Uint32 reload_event;     /* SDL user event types (reload, then terminate), 0 until rld_start */
    kcf_Config kcfg;         /* --kiosk: the configuration (defaults or --config) */
    kst_Stats stats;         /* --kiosk: anonymous counts, saved in the progress file */
    kst_Stats stats_base;    /* the counts as last read or saved (what another copy may have added to) */
    int awake;               /* screensaver held off (-1 unknown) */
    char settings_path[1024]; /* the settings file ("" when there is none to use) */
    int settings_off;        /* 1: not saved (no folder for it, or a bad file could not be moved aside) */
    aud_Ctx aud;             /* the sound cues, opened at the first one (windowed runs) */
    int audio_tried, audio_ok;
    spk_Ctx spk;             /* the voice (espeak-ng), opened at the first step spoken, once */
    int speech_tried, speech_ok;
    int speech_id, speech_wait; /* the words asked for, not yet synthesised */
    int speech_step;         /* the step (1-based) they are for */
    long long speech_until;  /* clock_ms the words end, 0 when none is being spoken */
    int profiles_off;        /* 1: the profile list is not saved (a bad one left where it was) */
} ses_Session;

/* Writes into out the folder to use for sub ("levels" or "assets"): opt
 * when given, else the installed copy found from the binary's own folder
 * (BASE/FM_DATADIR_REL/facemap/sub, e.g. /usr/bin/../share/facemap/levels),
 * else BASE/sub (the build tree, where CMake links levels/ and assets/).
 * No path of the build machine is compiled in. Needs no SDL_Init
 * (SDL_GetBasePath works before it), so --check can use it. Returns 0, or
 * -1 after saying on stderr why (opt does not fit in len bytes: a path is
 * never cut short; neither folder exists: both are named). */
int ses_resolve_dir(char *out, size_t len, const char *opt, const char *sub);
/* Local time minus UTC, in seconds, at UTC time t (the TZ in force). */
int ses_local_offset(int64_t t);
/* Loads content and progress (messages to stderr), returns 0 or -1 (-2: no
 * profile has --profile's name). */
int ses_load(ses_Session *s, const cli_Options *o);
/* Creates the window (or off-screen surface) and the renderer. */
int ses_open_video(ses_Session *s);
/* Headless: makes the w x h off-screen surface and its software renderer.
 * When there is one already (a replay's resize), it is made again at the
 * new size: the render context is freed first (its cached textures die
 * with the renderer), then the renderer and the surface, and after the new
 * ones are made the render context is built again on them (rnd_init).
 * Returns 0, or -1 with SDL's error (s->ren is NULL when it could not be
 * made). */
int ses_open_offscreen(ses_Session *s, int w, int h);
/* Moves and sizes the window to exactly its display's bounds (kiosk.c):
 * --kiosk and --fullscreen, where no window manager may do it. */
void ses_fit_display(ses_Session *s);
/* The display's pixels a millimetre in the renderer's pixels (a HiDPI
 * window draws more pixels than its size), 0 when it does not say. */
float ses_px_per_mm(const ses_Session *s);
/* Feeds one SDL event to the app. */
void ses_event(ses_Session *s, const SDL_Event *e);
/* Sets the clock (unscaled ms since start), ticks the app, writes events,
 * saves progress when needed. */
void ses_advance(ses_Session *s, long long clock_ms);
/* Draws a frame when something changed or force is set. */
void ses_render(ses_Session *s, int force);
/* Saves the current frame as a PNG; 0 or -1 (message on stderr). */
int ses_shot(ses_Session *s, const char *path);
/* Saves what is pending (tried SES_EXIT_TRIES times; a failure is shown in
 * the banner, a window keeps it up for SES_EXIT_SHOW_MS) and frees
 * everything. Returns 0, or 3 when progress could not be saved: the
 * exit code (README "Command line"). */
int ses_close(ses_Session *s);

/* Keeps the progress file as it is on disk as FILE.tag (FILE.tag-TIME
 * when stamped) before a save changes what it holds, saying why on
 * stderr; when that copy cannot be made, saving stays off. */
void ses_keep_original(ses_Session *s, const char *tag, int stamped, const char *why);

/* Writes one event line to --events (when given) and flushes it. When a
 * write fails (a reader that left: EPIPE), says so once on stderr and
 * writes no more events; the run goes on. */
void ses_emit(ses_Session *s, const char *line);
/* A "window" event with the size drawn to (windowed runs: at the start and
 * on every resize), so a test can tell the window fills its display. */
void ses_emit_window(ses_Session *s);

/* reload.c: hot reload. rld_start watches the level and asset folders from
 * a thread that pushes an event on every change (the loop stays asleep
 * until then); rld_reload (on that event and on F5) loads everything again
 * and swaps it in, keeping the last good version of a file that broke;
 * rld_stop ends the thread. With with_signals (the signals blocked with
 * wat_block_signals), SIGUSR1 reloads too and SIGTERM or SIGINT quit
 * cleanly, saving first. Returns 0, or -1 when nothing is watched. */
int rld_start(ses_Session *s, int with_signals);
void rld_reload(ses_Session *s);
void rld_stop(ses_Session *s);

/* prefs.c: the settings and the sounds. prf_load reads the settings file
 * (a kiosk: its config's) into the app; prf_save writes it when the app
 * changed them, with a "settings_saved" event; prf_cue plays a sound cue
 * (windowed runs only; the device is opened at the first). */
void prf_load(ses_Session *s);
void prf_save(ses_Session *s);
void prf_cue(ses_Session *s, app_Cue c);
/* The audio device, opened at the first need; 1 when there is sound. */
int prf_audio(ses_Session *s);

/* voice.c: the step's words spoken. voc_step (on a step event) asks the
 * speech worker for them; voc_poll (each advance) plays them when they are
 * ready, writes speech_start and speech_end, and lets the step's countdown
 * start when they end (routine_speech_done); voc_deadline is when it must
 * be called next (-1: not needed). */
void voc_step(ses_Session *s);
void voc_poll(ses_Session *s);
long long voc_deadline(const ses_Session *s);

/* kiosk.c: kiosk mode in the shell. kio_load reads --config and the counts
 * in the progress file; kio_open_window fills the display with a borderless
 * window (with or without a window manager) and hides the cursor;
 * kio_event refuses every way out for visitors (returns 1 when it used the
 * event); kio_after_tick carries out the admin screen's requests and holds
 * the screensaver off while someone uses the screen. The counts are saved
 * with the progress (pst_save merges them with those on disk). */
int kio_load(ses_Session *s);
int kio_open_window(ses_Session *s);
int kio_event(ses_Session *s, const SDL_Event *e);
void kio_after_tick(ses_Session *s);

/* exports.c: --export FILE (xpt_export) and --due (xpt_due), each the
 * whole run, no SDL_Init: the exit code; and xpt_after_tick, the history
 * screen's Export (app_State.export_pending: a new CSV in the documents
 * folder) and the kiosk admin's "Export counts" (app_Kiosk.export_counts:
 * the daily counts to the config's export_csv), each with a banner that
 * names the file or why it failed, and an event. */
int xpt_export(const cli_Options *o);
int xpt_due(const cli_Options *o);
void xpt_after_tick(ses_Session *s);

/* Loads the progress file at progress_path and its archives (a file that
 * cannot be read is kept aside, as at the start). */
void ses_load_progress(ses_Session *s);

/* profsw.c: the household's profiles (core/profiles.h) in the shell, none
 * in a kiosk. psw_load (in ses_load, before the progress is read) reads
 * the list beside the progress file, takes --profile (returns -2 after a
 * message when no profile has that name: exit 2) and opens the profiles
 * screen first when there is more than one; the progress path becomes the
 * active profile's file. psw_settings (in prf_load) turns the settings
 * path into the active profile's. psw_after_tick (each advance, after the
 * saves) carries out the app's requests: saving the list, switching
 * (the current profile is saved first; its progress, archives and
 * settings are then read for the other, and the map laid out again), and
 * keeping a deleted profile's files aside. */
/* locale.c: the interface's language. loc_init (in ses_load, before the
 * content is read) sets the locale (the environment's, else C.UTF-8, so
 * that LANGUAGE is heeded where no de_DE locale was generated; numbers
 * stay "C" for JSON), binds the catalogue to <base>/FM_DATADIR_REL/locale
 * when that folder exists (installed), else <base>/locale (the build
 * tree), and takes --lang, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else
 * "en". loc_sync (after the settings are read, and each advance) switches
 * to the language the button asked for (app.lang_want), or without --lang
 * to the settings' "lang" (a profile's, a kiosk config's): the catalogue,
 * the content through rld_reload, the voice at its next step, and a
 * {"event":"lang_changed","lang":CODE} line. */
void loc_init(ses_Session *s);
void loc_sync(ses_Session *s);

int psw_load(ses_Session *s);
void psw_settings(ses_Session *s);
void psw_after_tick(ses_Session *s);

/* input.c: SDL event -> app input; returns 0 when the event is not for the app. */
int inp_translate(ses_Session *s, const SDL_Event *e, app_Input *out);

#endif
