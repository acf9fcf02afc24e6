/* audio.h - the trainer's sound cues, made in code and played through
 * SDL2's own audio (SDL_QueueAudio on the default output device).
 *
 * Four cues, rendered once at the device's rate by aud_open (peak levels
 * at volume 100):
 *   AUD_STEP  a step starts: a soft rising two-note ding-dong, A5 then D6
 *             (880, 1175 Hz), 0.35 s, -9 dBFS;
 *   AUD_TICK  each of a countdown's last three seconds: a soft tick,
 *             A6 (1760 Hz) decaying in 8 ms, 40 ms, -18 dBFS;
 *   AUD_END   the timer ended: a bell chime on D6 (1175 Hz) with partials
 *             at 2 and 2.76 times it (2349, 3242 Hz) and a quiet hum an
 *             octave down, decaying exponentially over 1.1 s, -3 dBFS, so
 *             that it carries over running water;
 *   AUD_DONE  the routine is done: a rising arpeggio C6 E6 G6, 0.9 s,
 *             -6 dBFS.
 * Volume is 0..100 and scales the amplitude linearly (50 is half, -6 dB;
 * 0 plays nothing).
 *
 * Cues do not mix: a cue played while another sounds starts when the
 * sound before it ends, so the end chime and the next step's ding-dong
 * follow each other. A cue is dropped when more than AUD_MAX_WAIT_MS of
 * sound is already waiting (rapid taps do not pile up behind the screen).
 * aud_play_samples always queues.
 *
 * The device starts paused; aud_play unpauses it; aud_poll, called by the
 * main loop after each wake, pauses it once SDL has taken everything
 * queued (what it took is in the device's buffer and still plays out).
 * SDL2's audio thread keeps running while paused (it feeds the device
 * silence, one buffer of AUD_PERIOD frames at a time), so after
 * AUD_CLOSE_AFTER_MS of quiet aud_poll closes the device too, and an idle
 * app has no audio thread at all; the next aud_play opens it again (a few
 * ms; closing blocks for about two buffers, while nothing plays).
 *
 * With no sound (no device, SDL_AUDIODRIVER=dummy or a driver that does
 * not exist, SDL_InitSubSystem failing), aud_open prints one line on
 * stderr and returns -1; every other call then does nothing.
 *
 * An aud_Ctx owns its device, its reference on SDL's audio subsystem and
 * the cues' buffers; aud_close frees them all. Call everything from one
 * thread. */
#ifndef FM_AUDIO_H
#define FM_AUDIO_H

#include <SDL.h>
#include <stdint.h>

#define AUD_RATE 48000       /* asked of the device; it may give another */
#define AUD_PERIOD 2048      /* frames per device buffer asked (43 ms at 48 kHz) */
#define AUD_MAX_WAIT_MS 1200 /* a cue waits at most this long behind others */
#define AUD_MAX_SAMPLES_S 60 /* aud_play_samples plays at most 60 s */
#define AUD_CLOSE_AFTER_MS 2000 /* quiet this long: the device is closed */

typedef enum { AUD_STEP, AUD_TICK, AUD_END, AUD_DONE, AUD_NCUES } aud_Cue;

typedef struct {
    SDL_AudioDeviceID dev;  /* 0: no sound, every call does nothing */
    SDL_AudioSpec spec;     /* what the device gave: S16 or F32, any rate and channels */
    float *cue[AUD_NCUES];  /* each cue, mono at spec.freq, at its level */
    int len[AUD_NCUES];     /* frames */
    int playing;            /* unpaused by aud_play, not yet paused by aud_poll */
    int ready;              /* opened once: the cues are made; the device may be closed while quiet */
    Uint64 quiet_since;     /* SDL ticks when aud_poll paused it */
} aud_Ctx;

/* Opens the default output device (48 kHz mono S16 asked; another rate or
 * channel count is taken as given), renders the cues, leaves the device
 * paused. Returns 0, or -1 after one line on stderr ("facemap: no sound:
 * WHY; the trainer runs silently"). While it opens the device, stderr
 * goes to a temporary file: what SDL and its backends print there (ALSA
 * prints eight lines when there is no sound card) is dropped on failure
 * and passed on on success; open it before other threads write to stderr.
 * *a needs no initialisation (an open one must be closed first). */
int aud_open(aud_Ctx *a);
/* The same with the rate, format (AUDIO_S16SYS or AUDIO_F32SYS) and
 * channels asked of the device, for the tests. */
int aud_open_as(aud_Ctx *a, int freq, SDL_AudioFormat format, int channels);
/* Queues cue c at volume 0..100 (clamped; 0 queues nothing) after what
 * is already queued, and unpauses the device. */
void aud_play(aud_Ctx *a, aud_Cue c, int volume);
/* Queues n samples of 16-bit mono PCM at rate Hz (1000..384000), resampled
 * linearly to the device's rate (no low-pass: meant for speech at 22050 Hz
 * or so), like a cue but never dropped; at most AUD_MAX_SAMPLES_S seconds
 * (longer is ignored). */
void aud_play_samples(aud_Ctx *a, const int16_t *pcm, int n, int rate, int volume);
/* Pauses the device once SDL has taken everything queued. */
void aud_poll(aud_Ctx *a);
/* While the device plays: the sound still queued plus one device buffer,
 * in ms, rounded up (at least one buffer: wake then and call aud_poll).
 * While it is paused and open: the time until aud_poll closes it. 0 when
 * closed or without sound. */
long long aud_busy_ms(const aud_Ctx *a);
/* Drops whatever is queued and not yet played (a step left while its
 * words were being spoken). */
void aud_clear(aud_Ctx *a);
/* Closes the device and frees the cues; *a is then as after a failed
 * aud_open. Safe to call twice or after a failed aud_open. */
void aud_close(aud_Ctx *a);

#endif
