/* speech.h - the routine's steps spoken: text turned into 16-bit mono PCM
 * by espeak-ng (libespeak-ng, the engine Linux screen readers use), ready
 * to be played through SDL audio. Nothing here plays a sound.
 *
 * Threads. Every spk_ function is called from one thread, the caller's
 * (the main loop), never from the SDL audio callback. spk_open starts one
 * worker thread; it is the only thread that calls espeak-ng (espeak-ng keeps
 * its state in globals and is not thread-safe; in synchronous mode it also
 * keeps one idle thread of its own while it is started). spk_prepare and spk_take
 * never wait for a synthesis: they hold the context's lock only to move a
 * pointer. spk_open waits while espeak-ng loads its data (tens of ms) and
 * spk_close waits for a running synthesis to stop (a few ms).
 *
 * Once per process. espeak-ng keeps its state in globals, so one spk_Ctx at
 * a time; and bookworm's espeak-ng 1.51 hangs in espeak_Terminate when it
 * was started a second time in the process, so spk_open starts it at most
 * once: after spk_close (or an spk_open that failed after starting it) a
 * further spk_open fails. Open it once and keep it open while the program
 * runs; to be quiet, stop preparing and playing.
 *
 * Ownership. An spk_Ctx lives where the caller puts it and owns its queued
 * text and its one finished buffer; spk_close frees them. spk_take hands a
 * finished buffer over: the caller frees it with free().
 *
 * Without FM_SPEECH (configured with -DFACEMAP_SPEECH=OFF) every function
 * is a stub: spk_open says "built without speech" on stderr and returns -1. */
#ifndef FM_SPEECH_H
#define FM_SPEECH_H

#include <SDL.h>
#include <stdint.h>

#define SPK_RATE_MIN 80     /* words per minute, spk_set_rate's range */
#define SPK_RATE_MAX 300
#define SPK_RATE_DEFAULT 175 /* espeak-ng's own default */

/* The fields are the module's; the caller only passes the pointer. */
typedef struct {
    int open;        /* spk_open succeeded and spk_close has not run */
    int sample_rate; /* espeak-ng's, in Hz (22050 with bookworm's voices) */
    const char *lang;
    SDL_Thread *thread;
    SDL_mutex *lock; /* guards everything below (SDL's mutexes are recursive) */
    SDL_cond *wake;  /* the worker waits on it for work; spk_open for its start */
    int state;       /* the worker's start: 0 starting, 1 running, -1 failed */
    char error[200]; /* why it failed, for spk_open's line on stderr */
    int quit;
    int wpm;           /* the rate the next synthesis uses */
    char lang_want[16]; /* the language the next synthesis uses ("": spk_open's) */
    char *pending;     /* text waiting for the worker (owned), or NULL */
    int pending_id;
    int running, running_id;
    SDL_atomic_t stop; /* tells the running synthesis to stop */
    int done, done_id, done_ok;
    int16_t *done_pcm; /* the newest finished synthesis (owned until taken) */
    int done_n;
    void *live;        /* the running synthesis's samples so far (the worker's) */
    int live_taken;    /* of them, handed over by spk_take_some */
    int done_taken;    /* of done_pcm, handed over while it ran */
} spk_Ctx;

/* Starts espeak-ng without audio output of its own (synchronous mode: the
 * worker gets the samples), selects the best voice for the language code
 * lang ("en", "en-us", "fr", ...) and starts the worker. 0 on success. On
 * failure (no espeak-ng-data, no voice for lang, already started once in
 * this process, built without speech) it writes one line on stderr,
 * returns -1, and every other call on s does nothing. */
int spk_open(spk_Ctx *s, const char *lang);

/* The speaking rate of syntheses that start after this call, in words per
 * minute, held to SPK_RATE_MIN..SPK_RATE_MAX. */
void spk_set_rate(spk_Ctx *s, int words_per_minute);
/* The voice's language for the next synthesis ("de"): the worker selects
 * the best voice for it before that; a language with no voice keeps the
 * voice there was. Does nothing when not open. */
void spk_set_lang(spk_Ctx *s, const char *lang);

/* Queues text (UTF-8 plain sentences; espeak-ng reads the punctuation) for
 * the worker under the caller's id (a step's index, say). The text is
 * copied. One text waits at a time: a newer spk_prepare replaces one that
 * has not started, and one with the id of the running synthesis stops it.
 * Returns 0, or -1 when s is not open, text is NULL or empty (nothing to
 * say), or memory ran out. */
int spk_prepare(spk_Ctx *s, int id, const char *text);

/* Never waits. Returns 1 when the synthesis of id has finished: *pcm gets
 * the samples (16-bit mono at *rate Hz; the caller frees them with free();
 * NULL when *n is 0), *n their count; the buffer is handed over once. 0
 * while id waits or is being synthesised. -1 when it failed, was replaced,
 * cancelled or already taken, or id is unknown. Only the newest finished
 * synthesis is kept: a later one that finishes frees it. */
int spk_take(spk_Ctx *s, int id, int16_t **pcm, int *n, int *rate);

/* Never waits. Hands over the samples of id made since the last call,
 * while the synthesis still runs, so playing can start with its first
 * words (espeak-ng makes them in pieces of some tens of ms): returns 1 with
 * *pcm (freed by the caller; NULL when *n is 0), *n and *rate, and *more
 * 1 while more may come, 0 when these were the last (then *n may be 0).
 * 0 (and *more 1) while id waits or nothing new has been made; -1 as
 * spk_take. Use
 * either this or spk_take for an id, not both. */
int spk_take_some(spk_Ctx *s, int id, int16_t **pcm, int *n, int *rate, int *more);

/* Drops the waiting text, stops the running synthesis and frees the
 * finished buffer that was not taken. */
void spk_cancel(spk_Ctx *s);

/* Stops the running synthesis, makes the worker call espeak_Terminate,
 * joins it and frees what s holds (s is left zeroed). Does nothing when s
 * is not open. A later spk_open fails (see "Once per process"). */
void spk_close(spk_Ctx *s);

#endif
