/* audio.c - the sound cues (audio.h): each cue is a few notes, each note a
 * few sine partials with a short linear attack and an exponential decay;
 * the cue fades out over its last FADE_S and is scaled to its peak level.
 * Playing converts the mono cue to the device's format and channels (the
 * first two channels get it, any others silence) and queues it. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* dup, dup2, fileno */
#endif
#include "audio.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PI 3.14159265358979323846
#define FADE_S 0.03         /* every cue fades to zero over its last 30 ms */
#define MAX_PARTIAL_OF_RATE 0.45 /* partials above 0.45 x the rate are left out */

typedef struct {
    float ratio; /* of the note's frequency */
    float amp;   /* relative */
    float decay; /* times the note's decay time */
} Partial;

typedef struct {
    float at;   /* s from the cue's start */
    float freq; /* Hz */
    float tau;  /* s for the fundamental to fall to 1/e */
} Note;

typedef struct {
    const Note *note;
    int nnote;
    const Partial *part;
    int npart;
    float attack; /* s */
    float dur;    /* s */
    float peak_db;
} CueDef;

/* A bell: the partials of a struck bar (1, 2.76) with an octave, and a hum
 * an octave down that outlasts them. */
static const Partial BELL[] = {{0.5f, 0.12f, 1.3f}, {1.0f, 1.0f, 1.0f}, {2.0f, 0.5f, 0.6f}, {2.76f, 0.35f, 0.4f}};
/* A soft mallet: mostly the fundamental. */
static const Partial MALLET[] = {{1.0f, 1.0f, 1.0f}, {2.0f, 0.2f, 0.5f}, {3.0f, 0.06f, 0.3f}};
/* A woodblock-like tick. */
static const Partial TICK[] = {{1.0f, 1.0f, 1.0f}, {2.7f, 0.35f, 0.6f}};

static const Note STEP_NOTES[] = {{0.0f, 880.0f, 0.09f}, {0.14f, 1174.66f, 0.11f}};
static const Note TICK_NOTES[] = {{0.0f, 1760.0f, 0.008f}};
static const Note END_NOTES[] = {{0.0f, 1174.66f, 0.24f}};
static const Note DONE_NOTES[] = {{0.0f, 1046.5f, 0.10f}, {0.15f, 1318.51f, 0.10f}, {0.30f, 1567.98f, 0.18f}};

#define N(arr) (int)(sizeof(arr) / sizeof(arr)[0])
static const CueDef CUES[AUD_NCUES] = {
    [AUD_STEP] = {STEP_NOTES, N(STEP_NOTES), MALLET, N(MALLET), 0.003f, 0.35f, -9.0f},
    [AUD_TICK] = {TICK_NOTES, N(TICK_NOTES), TICK, N(TICK), 0.001f, 0.04f, -18.0f},
    [AUD_END] = {END_NOTES, N(END_NOTES), BELL, N(BELL), 0.002f, 1.1f, -3.0f},
    [AUD_DONE] = {DONE_NOTES, N(DONE_NOTES), MALLET, N(MALLET), 0.003f, 0.9f, -6.0f},
};

/* Adds one note of cue d to x[0..len) at rate Hz. */
static void add_note(float *x, int len, int rate, const CueDef *d, const Note *nt)
{
    int start = (int)(nt->at * (float)rate);
    int attack = (int)(d->attack * (float)rate) + 1;
    for (int p = 0; p < d->npart; p++) {
        const Partial *pa = &d->part[p];
        double f = (double)nt->freq * pa->ratio;
        if (f >= MAX_PARTIAL_OF_RATE * rate)
            continue;
        double w = 2.0 * PI * f / rate;
        double k = exp(-1.0 / ((double)nt->tau * pa->decay * rate)); /* decay per sample */
        double env = pa->amp;
        for (int i = start; i < len; i++) {
            int t = i - start;
            double ramp = t < attack ? (double)t / attack : 1.0;
            x[i] += (float)(env * ramp * sin(w * t));
            env *= k;
        }
    }
}

/* Renders cue d at rate Hz into a malloc'd buffer of *len frames. */
static float *render(const CueDef *d, int rate, int *len)
{
    int n = (int)(d->dur * (float)rate);
    float *x = calloc((size_t)n, sizeof *x);
    if (!x)
        return NULL;
    for (int i = 0; i < d->nnote; i++)
        add_note(x, n, rate, d, &d->note[i]);
    int fade = (int)(FADE_S * rate);
    if (fade > n)
        fade = n;
    for (int i = 0; i < fade; i++) /* raised cosine from 1 to 0 */
        x[n - fade + i] *= (float)(0.5 + 0.5 * cos(PI * (i + 1) / fade));
    float peak = 0;
    for (int i = 0; i < n; i++)
        peak = fmaxf(peak, fabsf(x[i]));
    float scale = peak > 0 ? powf(10.0f, d->peak_db / 20.0f) / peak : 0.0f;
    for (int i = 0; i < n; i++)
        x[i] *= scale;
    *len = n;
    return x;
}

/* stderr, sent to a temporary file while the device opens. */
typedef struct {
    int saved; /* the real stderr, or -1 when not hushed */
    FILE *tmp;
} Hush;

static Hush hush_stderr(void)
{
    Hush h = {-1, NULL};
    fflush(stderr);
    h.tmp = tmpfile();
    if (!h.tmp)
        return h;
    h.saved = dup(STDERR_FILENO);
    if (h.saved < 0 || dup2(fileno(h.tmp), STDERR_FILENO) < 0) {
        if (h.saved >= 0)
            close(h.saved);
        h.saved = -1;
        fclose(h.tmp);
        h.tmp = NULL;
    }
    return h;
}

/* Gives stderr back; what went to it meanwhile follows when pass_on. */
static void unhush_stderr(Hush h, int pass_on)
{
    if (!h.tmp)
        return;
    fflush(stderr);
    dup2(h.saved, STDERR_FILENO);
    close(h.saved);
    if (pass_on) {
        char buf[512];
        size_t n;
        rewind(h.tmp);
        while ((n = fread(buf, 1, sizeof buf, h.tmp)) > 0)
            fwrite(buf, 1, n, stderr);
    }
    fclose(h.tmp);
}

static int spec_usable(const SDL_AudioSpec *s)
{
    return (s->format == AUDIO_S16SYS || s->format == AUDIO_F32SYS) && s->channels >= 1 &&
           s->freq >= 8000 && s->freq <= 384000 && s->samples > 0;
}

/* Starts SDL's audio and opens the device into a->dev and a->spec;
 * returns 1, or 0 with why filled and nothing left open. */
static int open_device(aud_Ctx *a, int freq, SDL_AudioFormat format, int channels, char *why, size_t n)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, n, "%s", SDL_GetError());
        return 0;
    }
    const char *drv = SDL_GetCurrentAudioDriver();
    SDL_AudioSpec want;
    SDL_zero(want);
    want.freq = freq;
    want.format = format;
    want.channels = (Uint8)channels;
    want.samples = AUD_PERIOD;
    if (drv && strcmp(drv, "dummy") == 0) {
        snprintf(why, n, "the audio driver is \"dummy\"");
    } else if (!spec_usable(&want) || channels > 8) {
        snprintf(why, n, "cannot ask for %d Hz, format 0x%x, %d channels", freq, (unsigned)format, channels);
    } else {
        a->dev = SDL_OpenAudioDevice(NULL, 0, &want, &a->spec,
                                     SDL_AUDIO_ALLOW_FREQUENCY_CHANGE | SDL_AUDIO_ALLOW_CHANNELS_CHANGE);
        if (a->dev && spec_usable(&a->spec))
            return 1;
        if (a->dev)
            snprintf(why, n, "the device gave %d Hz, format 0x%x, %d channels", a->spec.freq,
                     (unsigned)a->spec.format, a->spec.channels);
        else
            snprintf(why, n, "%s", *SDL_GetError() ? SDL_GetError() : "no output device");
        if (a->dev)
            SDL_CloseAudioDevice(a->dev);
        a->dev = 0;
    }
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return 0;
}

int aud_open_as(aud_Ctx *a, int freq, SDL_AudioFormat format, int channels)
{
    char why[256] = "";
    memset(a, 0, sizeof *a);
    Hush h = hush_stderr();
    int ok = open_device(a, freq, format, channels, why, sizeof why);
    unhush_stderr(h, ok);
    for (int c = 0; ok && c < AUD_NCUES; c++) {
        a->cue[c] = render(&CUES[c], a->spec.freq, &a->len[c]);
        if (!a->cue[c]) {
            snprintf(why, sizeof why, "out of memory");
            aud_close(a);
            ok = 0;
        }
    }
    if (!ok) {
        fprintf(stderr, "facemap: no sound: %s; the trainer runs silently\n", why);
        return -1;
    }
    a->ready = 1;
    a->quiet_since = SDL_GetTicks64();
    return 0;
}

/* Opens the device again (closed after a quiet spell) as it was: SDL
 * converts to the hardware's format where that changed. */
static int reopen(aud_Ctx *a)
{
    if (a->dev)
        return 1;
    if (!a->ready || SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return 0;
    SDL_AudioSpec want = a->spec, got;
    a->dev = SDL_OpenAudioDevice(NULL, 0, &want, &got, 0);
    if (!a->dev)
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return a->dev != 0;
}

int aud_open(aud_Ctx *a)
{
    return aud_open_as(a, AUD_RATE, AUDIO_S16SYS, 1);
}

static int frame_bytes(const aud_Ctx *a)
{
    return a->spec.channels * (a->spec.format == AUDIO_F32SYS ? 4 : 2);
}

/* Converts x[0..n) times gain to the device's format and queues it, a
 * chunk at a time; unpauses the device. */
static void queue_mono(aud_Ctx *a, const float *x, int n, float gain)
{
    union {
        float f[4096];
        int16_t s[8192];
    } buf;
    int ch = a->spec.channels, f32 = a->spec.format == AUDIO_F32SYS;
    int per = (int)sizeof buf / frame_bytes(a);
    for (int i = 0; i < n; i += per) {
        int m = n - i < per ? n - i : per;
        for (int j = 0; j < m; j++) {
            float v = fminf(1.0f, fmaxf(-1.0f, x[i + j] * gain));
            for (int c = 0; c < ch; c++) {
                float s = c < 2 ? v : 0.0f;
                if (f32)
                    buf.f[j * ch + c] = s;
                else
                    buf.s[j * ch + c] = (int16_t)lrintf(s * 32767.0f);
            }
        }
        SDL_QueueAudio(a->dev, &buf, (Uint32)(m * frame_bytes(a)));
    }
    SDL_PauseAudioDevice(a->dev, 0);
    a->playing = 1;
}

static float gain_of(int volume)
{
    return (float)(volume > 100 ? 100 : volume) / 100.0f;
}

void aud_play(aud_Ctx *a, aud_Cue c, int volume)
{
    if ((int)c < 0 || c >= AUD_NCUES || volume <= 0 || !reopen(a))
        return;
    long long queued = SDL_GetQueuedAudioSize(a->dev) / (Uint32)frame_bytes(a);
    if (queued * 1000 > (long long)AUD_MAX_WAIT_MS * a->spec.freq)
        return;
    queue_mono(a, a->cue[c], a->len[c], gain_of(volume));
}

void aud_play_samples(aud_Ctx *a, const int16_t *pcm, int n, int rate, int volume)
{
    if (!pcm || n <= 0 || rate < 1000 || rate > 384000 || volume <= 0 || !reopen(a))
        return;
    long long out = (long long)(n - 1) * a->spec.freq / rate + 1;
    if (out > (long long)AUD_MAX_SAMPLES_S * a->spec.freq)
        return;
    float *x = malloc((size_t)out * sizeof *x);
    if (!x)
        return;
    double step = (double)rate / a->spec.freq;
    for (long long i = 0; i < out; i++) {
        double p = (double)i * step;
        int k = (int)p;
        float s0 = pcm[k] / 32768.0f, s1 = k + 1 < n ? pcm[k + 1] / 32768.0f : s0; /* a piece of a stream: no click */
        x[i] = s0 + (s1 - s0) * (float)(p - k);
    }
    queue_mono(a, x, (int)out, gain_of(volume));
    free(x);
}

void aud_poll(aud_Ctx *a)
{
    if (a->dev && a->playing && SDL_GetQueuedAudioSize(a->dev) == 0) {
        SDL_PauseAudioDevice(a->dev, 1);
        a->playing = 0;
        a->quiet_since = SDL_GetTicks64();
    } else if (a->dev && !a->playing && SDL_GetTicks64() - a->quiet_since >= AUD_CLOSE_AFTER_MS) {
        SDL_CloseAudioDevice(a->dev); /* no audio thread while quiet */
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        a->dev = 0;
    }
}

long long aud_busy_ms(const aud_Ctx *a)
{
    if (a->dev && !a->playing) { /* quiet: wake to close it */
        Uint64 q = SDL_GetTicks64() - a->quiet_since;
        return q >= AUD_CLOSE_AFTER_MS ? 1 : (long long)(AUD_CLOSE_AFTER_MS - q);
    }
    if (!a->dev || !a->playing)
        return 0;
    long long frames = SDL_GetQueuedAudioSize(a->dev) / (Uint32)frame_bytes(a) + a->spec.samples;
    return (frames * 1000 + a->spec.freq - 1) / a->spec.freq;
}

void aud_clear(aud_Ctx *a)
{
    if (a->dev)
        SDL_ClearQueuedAudio(a->dev);
}

void aud_close(aud_Ctx *a)
{
    if (a->dev) {
        SDL_CloseAudioDevice(a->dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    for (int c = 0; c < AUD_NCUES; c++)
        free(a->cue[c]);
    memset(a, 0, sizeof *a);
}
