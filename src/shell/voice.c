/* voice.c - the spoken voice in the shell (see session.h): the words of
 * each step (routine_words decides them) synthesised by espeak-ng on its
 * worker (speech.h) and played piece by piece as they are made, through the same
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

#define SPEECH_POLL_MS 10     /* while the worker synthesises */
#define FIRST_PIECE_WAIT_MS 8 /* at most, for the first piece of a step's words */

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
        s->speech_ok = spk_open(&s->spk, s->lang) == 0; /* the content's language (spk_set_lang follows it) */
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

static void play(ses_Session *s);

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
    spk_set_lang(&s->spk, s->lang); /* the language button may have changed it */
    s->speech_step = s->app.player.index + 1;
    if (spk_prepare(&s->spk, ++s->speech_id, words) != 0) {
        routine_speech_done(&s->app);
        return;
    }
    s->speech_wait = 1;
    /* the first piece takes a ms or two: queue it now, before the step's
     * first frame is drawn, rather than after it */
    for (int i = 0; i < FIRST_PIECE_WAIT_MS && s->speech_wait && !s->speech_until; i++) {
        SDL_Delay(1);
        play(s);
    }
}

/* The words made so far are queued as they come (the first within some
 * tens of ms of the step); they end when the last piece has played. */
static void play(ses_Session *s)
{
    int16_t *pcm = NULL;
    int n = 0, rate = 0, more = 0;
    int r = spk_take_some(&s->spk, s->speech_id, &pcm, &n, &rate, &more);
    if (r == 0)
        return;
    s->speech_wait = r > 0 && more;
    if (r < 0 || rate <= 0 || (n <= 0 && !s->speech_until && !more)) { /* failed, or no words at all */
        free(pcm);
        s->speech_until = 0;
        if (!s->speech_wait)
            routine_speech_done(&s->app);
        return;
    }
    if (n > 0) {
        int first = !s->speech_until;
        aud_play_samples(&s->aud, pcm, n, rate, s->app.settings.volume);
        long long busy = aud_busy_ms(&s->aud), words = (long long)n * 1000 / rate;
        long long until = s->clock_ms + (busy > words ? busy : words);
        s->speech_until = until > s->speech_until ? until : s->speech_until;
        if (first)
            speech_event(s, "speech_start");
    }
    free(pcm);
}

void voc_poll(ses_Session *s)
{
    /* espeak-ng takes a moment to load its voice (100-200 ms on a slow
     * machine): with the voice on, it starts while the zone's routines
     * are read, not when the first step wants its words */
    if (s->app.screen == SCR_ZONE && s->app.settings.voice && s->app.voice_available && !s->speech_tried)
        speech_ready(s);
    if (!s->speech_wait && !s->speech_until)
        return;
    if (s->app.screen != SCR_ROUTINE || !s->app.speaking) {
        stop(s);
        return;
    }
    if (s->speech_wait)
        play(s);
    if (!s->speech_wait && s->speech_until && s->clock_ms >= s->speech_until) {
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
