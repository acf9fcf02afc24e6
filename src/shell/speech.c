/* speech.c - text to PCM with espeak-ng on one worker thread (see
 * speech.h). The worker makes every espeak-ng call: it starts the engine,
 * selects the voice, synthesises one text at a time in synchronous mode
 * (espeak_Synth returns when the samples have all gone through
 * on_samples) and terminates the engine when told to quit. */
#include "speech.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef FM_SPEECH

#include <dlfcn.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

/* libespeak-ng is opened at the first spk_open (dlopen), not linked: it
 * and the three libraries it brings cost every launch their loading,
 * though the voice is off until someone turns it on. Its functions are
 * called through this table, under their own names. */
#define SPK_ESPEAK_LIB "libespeak-ng.so.1"
#define SPK_FUNCS(X)                                                                        \
    X(espeak_Info) X(espeak_SetParameter) X(espeak_SetSynthCallback)                        \
    X(espeak_SetVoiceByProperties) X(espeak_Synchronize) X(espeak_Synth) X(espeak_Terminate) \
    X(espeak_ng_ClearErrorContext) X(espeak_ng_GetSampleRate) X(espeak_ng_GetStatusCodeMessage) \
    X(espeak_ng_Initialize) X(espeak_ng_InitializeOutput) X(espeak_ng_InitializePath)
static struct {
#define SPK_FIELD(f) __typeof__(&f) f;
    SPK_FUNCS(SPK_FIELD)
#undef SPK_FIELD
} lib;

/* Opens the library and finds every function; 0 with why filled in when
 * it is not there (a build with speech on a machine without espeak-ng). */
static int load_library(char *why, size_t n)
{
    if (lib.espeak_Synth)
        return 1;
    void *h = dlopen(SPK_ESPEAK_LIB, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(why, n, "%s could not be opened (%s); install espeak-ng", SPK_ESPEAK_LIB, dlerror());
        return 0;
    }
#define SPK_FIND(f)                                                              \
    if (!(*(void **)&lib.f = dlsym(h, #f))) {                                    \
        snprintf(why, n, "%s has no %s", SPK_ESPEAK_LIB, #f);                    \
        memset(&lib, 0, sizeof lib);                                             \
        return 0;                                                                \
    }
    SPK_FUNCS(SPK_FIND)
#undef SPK_FIND
    return 1; /* kept open for the process: espeak-ng starts once (speech.h) */
}

/* From here on, the library's names call through the table. */
#define SPK_CALL(f) (lib.f)
#define espeak_Info SPK_CALL(espeak_Info)
#define espeak_SetParameter SPK_CALL(espeak_SetParameter)
#define espeak_SetSynthCallback SPK_CALL(espeak_SetSynthCallback)
#define espeak_SetVoiceByProperties SPK_CALL(espeak_SetVoiceByProperties)
#define espeak_Synchronize SPK_CALL(espeak_Synchronize)
#define espeak_Synth SPK_CALL(espeak_Synth)
#define espeak_Terminate SPK_CALL(espeak_Terminate)
#define espeak_ng_ClearErrorContext SPK_CALL(espeak_ng_ClearErrorContext)
#define espeak_ng_GetSampleRate SPK_CALL(espeak_ng_GetSampleRate)
#define espeak_ng_GetStatusCodeMessage SPK_CALL(espeak_ng_GetStatusCodeMessage)
#define espeak_ng_Initialize SPK_CALL(espeak_ng_Initialize)
#define espeak_ng_InitializeOutput SPK_CALL(espeak_ng_InitializeOutput)
#define espeak_ng_InitializePath SPK_CALL(espeak_ng_InitializePath)

/* espeak-ng's samples are shorts; the caller gets int16_t. */
_Static_assert(sizeof(short) == sizeof(int16_t), "espeak-ng's samples are 16-bit");

/* Whether espeak-ng was started in this process (see speech.h). Only
 * spk_open reads and sets it, on the caller's thread. */
static int engine_started;

/* The samples of the synthesis in progress. Only the worker touches it. */
typedef struct {
    spk_Ctx *s;
    int16_t *pcm;
    int n, cap;
    int failed;
} Sink;
static Sink *sink;

/* espeak-ng's synth callback, on the worker: appends the samples (wav is
 * NULL at the end). Returns 1 to make espeak-ng stop. */
static int on_samples(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    Sink *k = sink;
    SDL_LockMutex(k->s->lock); /* spk_take_some reads the samples so far */
    if (wav && n > 0 && !k->failed && (size_t)k->n + (size_t)n > (size_t)k->cap) {
        size_t cap = k->cap ? (size_t)k->cap : 22050;
        while (cap < (size_t)k->n + (size_t)n)
            cap *= 2;
        int16_t *p = cap <= INT_MAX ? realloc(k->pcm, cap * sizeof *p) : NULL;
        if (p) {
            k->pcm = p;
            k->cap = (int)cap;
        } else {
            k->failed = 1;
        }
    }
    if (wav && n > 0 && !k->failed) {
        memcpy(k->pcm + k->n, wav, (size_t)n * sizeof *wav);
        k->n += n;
    }
    SDL_UnlockMutex(k->s->lock);
    return k->failed || SDL_AtomicGet(&k->s->stop);
}

/* Starts espeak-ng and selects the voice. On failure, fills s->error and
 * leaves espeak-ng terminated (or never started). Worker only. */
static int engine_start(spk_Ctx *s)
{
    /* espeak_Initialize would either exit the process when the data is
     * missing or, with espeakINITIALIZE_DONT_EXIT, print and return the
     * sample rate anyway; its three steps tell the failure apart. */
    if (!load_library(s->error, sizeof s->error))
        return 0;
    espeak_ng_InitializePath(NULL); /* $ESPEAK_DATA_PATH, else the system's */
    espeak_ng_ERROR_CONTEXT context = NULL;
    espeak_ng_STATUS st = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    if (st != ENS_OK) {
        char msg[80];
        const char *path = "?";
        espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
        espeak_Info(&path);
        snprintf(s->error, sizeof s->error,
                 "espeak-ng could not load its data from %s (%s); install espeak-ng-data", path, msg);
        return 0;
    }
    st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
    s->sample_rate = espeak_ng_GetSampleRate();
    espeak_VOICE want;
    memset(&want, 0, sizeof want);
    want.languages = s->lang;
    const char *why = NULL;
    if (st != ENS_OK || s->sample_rate <= 0)
        why = "espeak-ng's output did not start for language";
    else if (espeak_SetVoiceByProperties(&want) != EE_OK)
        why = "espeak-ng has no voice for language";
    else if (espeak_SetParameter(espeakRATE, s->wpm, 0) != EE_OK)
        why = "espeak-ng refused the rate for language";
    if (why) {
        snprintf(s->error, sizeof s->error, "%s \"%s\"", why, s->lang);
        espeak_Terminate();
        return 0;
    }
    espeak_SetSynthCallback(on_samples);
    return 1;
}

/* Synthesises text into k at the current voice and rate. Worker only. */
static void synthesise(spk_Ctx *s, const char *text, Sink *k)
{
    memset(k, 0, sizeof *k);
    k->s = s;
    sink = k;
    SDL_LockMutex(s->lock);
    s->live = k;
    s->live_taken = 0;
    SDL_UnlockMutex(s->lock);
    espeak_ERROR e = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                  NULL, NULL);
    /* In synchronous mode the samples are all out already; this returns the
     * synthesis's own status. */
    if (espeak_Synchronize() != EE_OK || e != EE_OK)
        k->failed = 1;
    sink = NULL;
    SDL_LockMutex(s->lock);
    s->live = NULL; /* what was handed over stays in live_taken for the worker */
    SDL_UnlockMutex(s->lock);
    int16_t *fit = k->n > 0 && k->n < k->cap ? realloc(k->pcm, (size_t)k->n * sizeof *fit) : NULL;
    if (fit) {
        k->pcm = fit;
        k->cap = k->n;
    }
}

/* Frees the finished buffer that was not taken. Under the lock. */
static void drop_done(spk_Ctx *s)
{
    free(s->done_pcm);
    s->done_pcm = NULL;
    s->done = s->done_n = s->done_taken = 0;
}

/* A copy of samples from..to of pcm for the caller (NULL when none or out
 * of memory, *n then 0). */
static int16_t *copy_out(const int16_t *pcm, int from, int to, int *n)
{
    int16_t *p = to > from ? malloc((size_t)(to - from) * sizeof *p) : NULL;
    if (p)
        memcpy(p, pcm + from, (size_t)(to - from) * sizeof *p);
    *n = p ? to - from : 0;
    return p;
}

static int worker(void *data)
{
    spk_Ctx *s = data;
    int ok = engine_start(s);
    SDL_LockMutex(s->lock);
    s->state = ok ? 1 : -1;
    SDL_CondBroadcast(s->wake);
    SDL_UnlockMutex(s->lock);
    if (!ok)
        return 0;
    int wpm_now = s->wpm;
    char lang_now[sizeof s->lang_want], lang[sizeof s->lang_want];
    snprintf(lang_now, sizeof lang_now, "%s", s->lang);
    for (;;) {
        SDL_LockMutex(s->lock);
        while (!s->quit && !s->pending)
            SDL_CondWait(s->wake, s->lock);
        if (s->quit) {
            SDL_UnlockMutex(s->lock);
            break;
        }
        char *text = s->pending;
        s->pending = NULL;
        s->running = 1;
        s->running_id = s->pending_id;
        SDL_AtomicSet(&s->stop, 0);
        int wpm = s->wpm;
        snprintf(lang, sizeof lang, "%s", s->lang_want[0] ? s->lang_want : lang_now);
        SDL_UnlockMutex(s->lock);

        if (strcmp(lang, lang_now) != 0) { /* a voice resets the rate: set it again */
            espeak_VOICE want;
            memset(&want, 0, sizeof want);
            want.languages = lang;
            if (espeak_SetVoiceByProperties(&want) == EE_OK && espeak_SetParameter(espeakRATE, wpm, 0) == EE_OK)
                wpm_now = wpm;
            snprintf(lang_now, sizeof lang_now, "%s", lang); /* tried once, even with no voice for it */
        }
        if (wpm != wpm_now && espeak_SetParameter(espeakRATE, wpm, 0) == EE_OK)
            wpm_now = wpm;
        Sink k;
        synthesise(s, text, &k);
        free(text);

        SDL_LockMutex(s->lock);
        s->running = 0;
        if (SDL_AtomicGet(&s->stop)) {
            free(k.pcm);
        } else {
            drop_done(s);
            s->done = 1;
            s->done_taken = s->live_taken;
            s->done_id = s->running_id;
            s->done_ok = !k.failed;
            s->done_pcm = k.failed ? NULL : k.pcm;
            s->done_n = k.failed ? 0 : k.n;
            if (k.failed)
                free(k.pcm);
        }
        SDL_UnlockMutex(s->lock);
    }
    espeak_Terminate();
    return 0;
}

static void release(spk_Ctx *s)
{
    free(s->pending);
    free(s->done_pcm);
    if (s->wake)
        SDL_DestroyCond(s->wake);
    if (s->lock)
        SDL_DestroyMutex(s->lock);
    memset(s, 0, sizeof *s);
}

int spk_open(spk_Ctx *s, const char *lang)
{
    memset(s, 0, sizeof *s);
    if (!lang || !*lang) {
        fprintf(stderr, "speech: off: no language given\n");
        return -1;
    }
    if (engine_started) {
        fprintf(stderr, "speech: off: espeak-ng was started once in this process and cannot "
                        "start again\n");
        return -1;
    }
    s->lang = lang;
    s->wpm = SPK_RATE_DEFAULT;
    s->lock = SDL_CreateMutex();
    s->wake = SDL_CreateCond();
    if (s->lock && s->wake) {
        engine_started = 1;
        s->thread = SDL_CreateThread(worker, "facemap-speech", s);
    }
    if (!s->thread) {
        fprintf(stderr, "speech: off: no worker thread: %s\n", SDL_GetError());
        release(s);
        return -1;
    }
    SDL_LockMutex(s->lock);
    while (s->state == 0)
        SDL_CondWait(s->wake, s->lock);
    SDL_UnlockMutex(s->lock);
    if (s->state < 0) {
        SDL_WaitThread(s->thread, NULL);
        fprintf(stderr, "speech: off: %s\n", s->error);
        release(s);
        return -1;
    }
    s->lang = NULL; /* the caller's string is not kept */
    s->open = 1;
    return 0;
}

void spk_set_rate(spk_Ctx *s, int words_per_minute)
{
    if (!s->open)
        return;
    int wpm = words_per_minute < SPK_RATE_MIN   ? SPK_RATE_MIN
              : words_per_minute > SPK_RATE_MAX ? SPK_RATE_MAX
                                                : words_per_minute;
    SDL_LockMutex(s->lock);
    s->wpm = wpm;
    SDL_UnlockMutex(s->lock);
}

void spk_set_lang(spk_Ctx *s, const char *lang)
{
    if (!s->open || !lang)
        return;
    SDL_LockMutex(s->lock);
    snprintf(s->lang_want, sizeof s->lang_want, "%s", lang);
    SDL_UnlockMutex(s->lock);
}

int spk_prepare(spk_Ctx *s, int id, const char *text)
{
    if (!s->open || !text || !*text)
        return -1;
    size_t len = strlen(text) + 1;
    char *copy = malloc(len);
    if (!copy)
        return -1;
    memcpy(copy, text, len);
    SDL_LockMutex(s->lock);
    free(s->pending);
    s->pending = copy;
    s->pending_id = id;
    if (s->done && s->done_id == id)
        drop_done(s);
    if (s->running && s->running_id == id)
        SDL_AtomicSet(&s->stop, 1);
    SDL_CondSignal(s->wake);
    SDL_UnlockMutex(s->lock);
    return 0;
}

int spk_take(spk_Ctx *s, int id, int16_t **pcm, int *n, int *rate)
{
    if (!s->open)
        return -1;
    int r = -1;
    SDL_LockMutex(s->lock);
    if (s->pending && s->pending_id == id)
        r = 0;
    else if (s->running && s->running_id == id && !SDL_AtomicGet(&s->stop))
        r = 0;
    else if (s->done && s->done_id == id) {
        if (s->done_ok) {
            *pcm = s->done_pcm;
            *n = s->done_n;
            *rate = s->sample_rate;
            s->done_pcm = NULL;
            r = 1;
        }
        drop_done(s);
    }
    SDL_UnlockMutex(s->lock);
    return r;
}

int spk_take_some(spk_Ctx *s, int id, int16_t **pcm, int *n, int *rate, int *more)
{
    *pcm = NULL;
    *n = 0;
    *rate = s->sample_rate;
    *more = 0;
    if (!s->open)
        return -1;
    int r = -1;
    SDL_LockMutex(s->lock);
    const Sink *k = s->live;
    if (s->pending && s->pending_id == id) {
        r = 0;
        *more = 1;
    } else if (s->running && s->running_id == id && !SDL_AtomicGet(&s->stop)) {
        r = k && k->n > s->live_taken ? 1 : 0;
        *more = 1;
        if (r) {
            *pcm = copy_out(k->pcm, s->live_taken, k->n, n);
            s->live_taken = k->n;
        }
    } else if (s->done && s->done_id == id) {
        if (s->done_ok) {
            *pcm = copy_out(s->done_pcm, s->done_taken, s->done_n, n);
            r = 1;
        }
        drop_done(s);
    }
    SDL_UnlockMutex(s->lock);
    return r;
}

void spk_cancel(spk_Ctx *s)
{
    if (!s->open)
        return;
    SDL_LockMutex(s->lock);
    free(s->pending);
    s->pending = NULL;
    if (s->running)
        SDL_AtomicSet(&s->stop, 1);
    drop_done(s);
    SDL_UnlockMutex(s->lock);
}

void spk_close(spk_Ctx *s)
{
    if (!s->open)
        return;
    SDL_LockMutex(s->lock);
    s->quit = 1;
    SDL_AtomicSet(&s->stop, 1);
    SDL_CondSignal(s->wake);
    SDL_UnlockMutex(s->lock);
    SDL_WaitThread(s->thread, NULL);
    release(s);
}

#else /* built without speech: stubs */

int spk_open(spk_Ctx *s, const char *lang)
{
    (void)lang;
    memset(s, 0, sizeof *s);
    fprintf(stderr, "speech: off: built without speech (FACEMAP_SPEECH=OFF)\n");
    return -1;
}

void spk_set_rate(spk_Ctx *s, int words_per_minute)
{
    (void)s;
    (void)words_per_minute;
}

void spk_set_lang(spk_Ctx *s, const char *lang)
{
    (void)s;
    (void)lang;
}

int spk_prepare(spk_Ctx *s, int id, const char *text)
{
    (void)s;
    (void)id;
    (void)text;
    return -1;
}

int spk_take(spk_Ctx *s, int id, int16_t **pcm, int *n, int *rate)
{
    (void)s;
    (void)id;
    (void)pcm;
    (void)n;
    (void)rate;
    return -1;
}

int spk_take_some(spk_Ctx *s, int id, int16_t **pcm, int *n, int *rate, int *more)
{
    (void)s;
    (void)id;
    (void)pcm;
    (void)n;
    (void)rate;
    (void)more;
    return -1;
}

void spk_cancel(spk_Ctx *s)
{
    (void)s;
}

void spk_close(spk_Ctx *s)
{
    (void)s;
}

#endif
