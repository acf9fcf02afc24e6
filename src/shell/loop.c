/* loop.c - the interactive loop: sleep in SDL_WaitEventTimeout until the
 * next input or deadline (a frame while something animates, the next
 * second of a countdown, a save retry), so an idle map costs no CPU. After
 * REST_MS with nothing to draw, the renderer frees what it can remake. */
#include "loop.h"

#define FRAME_MS 33 /* animations are slow and gentle: 30 frames a second is enough, and halves the CPU */
#define IDLE_MAX_MS 60000

/* Milliseconds to sleep until something needs doing. */
static int timeout_ms(const ses_Session *s, long long now)
{
    if (s->app.redraw || app_animating(&s->app))
        return FRAME_MS;
    long long wait = IDLE_MAX_MS;
    long long d = app_next_deadline(&s->app);
    if (d >= 0) {
        long long until = (long long)((double)(d - s->app.now) / s->scale) + 1;
        if (until < wait)
            wait = until;
    }
    if (s->retry_save_at && s->retry_save_at - now < wait)
        wait = s->retry_save_at - now;
    long long sound = aud_busy_ms(&s->aud); /* wake to pause, then close, the audio device */
    if (sound > 0 && sound < wait)
        wait = sound;
    long long words = voc_deadline(s); /* the voice: ready to play, or ended */
    if (words >= 0 && words < wait)
        wait = words;
    return (int)(wait < 0 ? 0 : wait);
}

int loop_run(ses_Session *s)
{
    Uint64 t0 = SDL_GetTicks64();
    ses_advance(s, 0);
    ses_render(s, 1);
    while (!s->quit) {
        aud_poll(&s->aud);
        long long now = (long long)(SDL_GetTicks64() - t0);
        int wait = timeout_ms(s, now);
        int rest = !s->rested && wait > REST_MS;
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, rest ? REST_MS : wait)) {
            /* the clock first: input acts at the time it comes, not at the
             * time the loop last woke (a resume after a long pause) */
            ses_advance(s, (long long)(SDL_GetTicks64() - t0));
            ses_event(s, &e);
            while (SDL_PollEvent(&e))
                ses_event(s, &e);
        } else if (rest) {
            rnd_rest(&s->rnd);
            s->rested = 1;
        }
        ses_advance(s, (long long)(SDL_GetTicks64() - t0));
        ses_render(s, 0);
    }
    return 0;
}
