/* voice.c - the spoken voice in the shell (see session.h): the words of
 * each step (routine_words decides them) synthesised by espeak-ng on its
 * worker (speech.h, about 10 ms for a step) and played through the same
 * audio device as the cues (with the voice on, the words are the step's
 * cue: the core plays no tone before them). The step's countdown
 * waits until they have been spoken (the app holds it: routine_speech_done
 * lets it go), so speech never eats a step's time. Leaving the step or the
 * routine stops the words. With no voice (a build without it, no data,
 * no sound) the countdown is let go at once. */
#include <stdio.h>
#include <stdlib.h>

#include "core/scr_routine.h"
#include "session.h"

#define SPEECH_POLL_MS 10 /* while the worker synthesises */

static void speech_event(ses_Session *s, const char *what)
{
    char line[256];
    snprintf(line, sizeof line, "{\"t\":%lld,\"event\":\"%s\",\"routine\":\"%s\",\"step\":%d}", s->clock_ms, what,
             s->app.player.r ? s->app.player.r->id : "", s->speech_step);
    ses_emit(s, line);
}

static int speech_ready(ses_Session *s)
{
    if (!s->speech_tried) {
        s->speech_tried = 1;
        s->speech_ok = spk_open(&s->spk, "en") == 0; /* the content's language */
        if (!s->speech_ok)
            s->app.voice_available = 0;
    }
    return s->speech_ok;
}

/* Stops words asked for or playing (a new step, the routine left). */
static void stop(ses_Session *s)
{
    if (s->speech_until)
        aud_clear(&s->aud);
    if (s->speech_wait || s->speech_until)
        spk_cancel(&s->spk);
    s->speech_wait = 0;
    s->speech_until = 0;
}

void voc_step(ses_Session *s)
{
    char words[2048];
    stop(s);
    if (!s->app.speaking)
        return;
    if (!speech_ready(s) || !prf_audio(s)) {
        routine_speech_done(&s->app);
        return;
    }
    routine_words(&s->app, words, sizeof words);
    spk_set_rate(&s->spk, s->app.settings.voice_rate);
    s->speech_step = s->app.player.index + 1;
    if (spk_prepare(&s->spk, ++s->speech_id, words) == 0)
        s->speech_wait = 1;
    else
        routine_speech_done(&s->app);
}

/* The words are ready: queued after the step's cue; they end when all
 * that is queued has played. */
static void play(ses_Session *s)
{
    int16_t *pcm = NULL;
    int n = 0, rate = 0;
    int r = spk_take(&s->spk, s->speech_id, &pcm, &n, &rate);
    if (r == 0)
        return;
    s->speech_wait = 0;
    if (r < 0 || n <= 0 || rate <= 0) {
        free(pcm);
        routine_speech_done(&s->app);
        return;
    }
    aud_play_samples(&s->aud, pcm, n, rate, s->app.settings.volume);
    free(pcm);
    long long busy = aud_busy_ms(&s->aud), words = (long long)n * 1000 / rate;
    s->speech_until = s->clock_ms + (busy > words ? busy : words);
    speech_event(s, "speech_start");
}

void voc_poll(ses_Session *s)
{
    if (!s->speech_wait && !s->speech_until)
        return;
    if (s->app.screen != SCR_ROUTINE || !s->app.speaking) {
        stop(s);
        return;
    }
    if (s->speech_wait)
        play(s);
    if (s->speech_until && s->clock_ms >= s->speech_until) {
        s->speech_until = 0;
        speech_event(s, "speech_end");
        routine_speech_done(&s->app);
    }
}

long long voc_deadline(const ses_Session *s)
{
    if (s->speech_wait)
        return SPEECH_POLL_MS;
    return s->speech_until ? (s->speech_until > s->clock_ms ? s->speech_until - s->clock_ms : 0) : -1;
}
