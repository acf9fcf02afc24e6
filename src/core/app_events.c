/* app_events.c - event lines for --events (README "Command line"): one
 * JSON object per event, keys in a fixed order so transcripts diff cleanly. */
#include "app.h"

#include <stdio.h>

int app_event_json(const app_Event *e, char *buf, int len)
{
    int n = 0;
#define PUT(...)                                                               \
    do {                                                                       \
        int k_ = snprintf(buf + n, n < len ? (size_t)(len - n) : 0, __VA_ARGS__); \
        n += k_ > 0 ? k_ : 0;                                                  \
    } while (0)
    PUT("{\"t\":%lld,", e->t);
    switch (e->kind) {
    case EV_SCREEN:
        PUT("\"event\":\"screen\",\"screen\":\"%s\"", app_screen_name(e->screen));
        if (e->zone[0])
            PUT(",\"zone\":\"%s\"", e->zone);
        if (e->routine[0])
            PUT(",\"routine\":\"%s\"", e->routine);
        break;
    case EV_STEP:
        PUT("\"event\":\"step\",\"routine\":\"%s\",\"index\":%d,\"of\":%d", e->routine, e->index, e->of);
        break;
    case EV_ROUTINE_DONE:
        PUT("\"event\":\"routine_done\",\"routine\":\"%s\",\"zone\":\"%s\",\"steps_done\":%d,"
            "\"steps_skipped\":%d", e->routine, e->zone, e->steps_done, e->steps_skipped);
        break;
    case EV_TIMER_END:
        PUT("\"event\":\"timer_end\",\"routine\":\"%s\"", e->routine);
        break;
    case EV_PAUSE:
        PUT("\"event\":\"%s\",\"routine\":\"%s\"", e->flag ? "pause" : "resume", e->routine);
        break;
    case EV_SKIP:
        PUT("\"event\":\"skip\",\"routine\":\"%s\"", e->routine);
        break;
    case EV_ABANDONED:
        PUT("\"event\":\"routine_abandoned\",\"routine\":\"%s\",\"zone\":\"%s\"", e->routine, e->zone);
        break;
    case EV_PIN:
        PUT("\"event\":\"%s\"", e->flag ? "admin_unlocked" : "pin_refused");
        break;
    case EV_DIM:
        PUT("\"event\":\"%s\"", e->flag ? "dimmed" : "woken");
        break;
    case EV_LIST:
        PUT("\"event\":\"list\",\"screen\":\"%s\",\"first\":%d,\"last\":%d,\"of\":%d",
            app_screen_name(e->screen), e->index, e->flag, e->of);
        break;
    case EV_CUE: {
        static const char *const cues[CUE_COUNT] = {"step", "tick", "end", "done"};
        PUT("\"event\":\"cue\",\"cue\":\"%s\",\"routine\":\"%s\"",
            e->flag >= 0 && e->flag < CUE_COUNT ? cues[e->flag] : "?", e->routine);
        break;
    }
    case EV_DAY:
        PUT("\"event\":\"day\",\"screen\":\"%s\",\"day\":\"%s\",\"of\":%d", app_screen_name(e->screen),
            e->target, e->of);
        break;
    case EV_DELETED:
    case EV_RESTORED:
        PUT("\"event\":\"%s\",\"routine\":\"%s\",\"completed_at\":\"%s\"",
            e->kind == EV_DELETED ? "entry_deleted" : "entry_restored", e->routine, e->target);
        break;
    case EV_FOCUS:
        PUT("\"event\":\"focus\",\"screen\":\"%s\",\"target\":\"%s\"", app_screen_name(e->screen), e->target);
        break;
    }
    PUT("}");
#undef PUT
    return n;
}

int app_json_string(const char *s, char *out, int len)
{
    int n = 0;
    for (; *s && n < len - 7; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            out[n++] = '\\';
            out[n++] = (char)ch;
        } else if (ch < 0x20) {
            n += snprintf(out + n, (size_t)(len - n), "\\u%04x", ch);
        } else {
            out[n++] = (char)ch;
        }
    }
    out[n < len ? n : len - 1] = 0;
    return n;
}

int app_saved_json(long long t, const char *what, const char *file, int ok, const char *error, char *buf, int len)
{
    char f[1024], e[1024];
    app_json_string(file, f, sizeof f);
    if (ok)
        return snprintf(buf, (size_t)len, "{\"t\":%lld,\"event\":\"%ssaved\",\"file\":\"%s\"}", t, what, f);
    app_json_string(error ? error : "", e, sizeof e);
    return snprintf(buf, (size_t)len, "{\"t\":%lld,\"event\":\"%ssave_failed\",\"file\":\"%s\",\"error\":\"%s\"}",
                    t, what, f, e);
}
