/* prefs.c - the person's settings and the sounds in the shell: loading
 * the settings file at start (a kiosk takes them from its config instead
 * and saves none), saving it when the settings screen changed something
 * (a "settings_saved" event, or a banner and "settings_save_failed"), and
 * playing the app's sound cues through audio.c. Sound is for a real
 * window: headless runs (replays, tours) play none. The audio device is
 * opened at the first cue, so a launch and an idle map pay nothing for it. */
#include <stdio.h>

#include "platform/setfile.h"
#include "session.h"

void prf_load(ses_Session *s)
{
    char msg[600];
    set_defaults(&s->app.settings);
#ifdef FM_SPEECH
    s->app.voice_available = !s->opt.headless; /* the words are heard through a real window's sound */
#endif
    if (s->opt.kiosk) {
        s->app.settings = s->kcfg.settings;
        return;
    }
    if (setf_path(s->settings_path, sizeof s->settings_path) != 0) {
        fprintf(stderr, "facemap: neither XDG_CONFIG_HOME nor HOME is an absolute path: settings are not saved\n");
        s->settings_off = 1;
        return;
    }
    psw_settings(s); /* the active profile's file */
    int rc = setf_load(s->settings_path, &s->app.settings, msg, sizeof msg);
    if (rc != 0) {
        fprintf(stderr, "facemap: %s\n", msg);
        app_set_banner(&s->app, BANNER_SETTINGS, msg);
    }
    s->settings_off = rc == 2; /* kept where it was: never saved over */
}

void prf_save(ses_Session *s)
{
    char err[600], line[2200];
    if (!s->app.settings_pending)
        return;
    s->app.settings_pending = 0;
    if (s->opt.kiosk || s->settings_off)
        return;
    int ok = setf_save(s->settings_path, &s->app.settings, err, sizeof err) == 0;
    app_saved_json(s->clock_ms, "settings_", s->settings_path, ok, ok ? NULL : err, line, sizeof line);
    if (!ok)
        fprintf(stderr, "facemap: %s\n", err);
    app_set_banner(&s->app, BANNER_SETTINGS, ok ? "" : err);
    ses_emit(s, line);
}

int prf_audio(ses_Session *s)
{
    if (!s->audio_tried && s->win) {
        s->audio_tried = 1;
        s->audio_ok = aud_open(&s->aud) == 0; /* one line on stderr where there is no sound */
    }
    return s->audio_ok;
}

void prf_cue(ses_Session *s, app_Cue c)
{
    static const aud_Cue sound[CUE_COUNT] = {[CUE_STEP] = AUD_STEP, [CUE_TICK] = AUD_TICK, [CUE_END] = AUD_END,
                                             [CUE_DONE] = AUD_DONE};
    if ((int)c >= 0 && c < CUE_COUNT && prf_audio(s))
        aud_play(&s->aud, sound[c], s->app.settings.volume);
}
