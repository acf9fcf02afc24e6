/* tween.c - easing curves and keyframe tracks (see tween.h). The curves are
 * the quadratic family (ease-in u^2, ease-out its mirror, ease-in-out the two
 * halves joined), a half-cosine "sine" that starts and ends at rest, and a
 * "step" that holds the previous key's value until the segment's end. Every
 * curve maps 0 to 0 and 1 to 1, so a track is continuous at its keys (except
 * for step, by design). A track is evaluated by finding the segment that
 * holds t and easing across it with the later key's curve. Pure functions of
 * their arguments: time is passed in, never read. */
#include "tween.h"

#include <math.h>
#include <string.h>

/* M_PI is not in strict C11 with only POSIX visible. */
#define TW_PI 3.14159265358979323846

static const char *const ease_names[TW_COUNT] = {
    "linear", "ease-in", "ease-out", "ease-in-out", "step", "sine",
};

static float clamp01(float u)
{
    if (!(u > 0)) /* also catches NaN */
        return 0;
    return u < 1 ? u : 1;
}

float tw_ease(tw_Ease e, float u)
{
    u = clamp01(u);
    switch (e) {
    case TW_EASE_IN:
        return u * u;
    case TW_EASE_OUT:
        return 1 - (1 - u) * (1 - u);
    case TW_EASE_IN_OUT:
        return u < 0.5f ? 2 * u * u : 1 - 2 * (1 - u) * (1 - u);
    case TW_STEP:
        return u >= 1 ? 1.0f : 0.0f;
    case TW_SINE:
        return (float)(0.5 - 0.5 * cos(TW_PI * u));
    case TW_LINEAR:
    default:
        return u;
    }
}

int tw_ease_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < TW_COUNT; i++)
        if (strcmp(name, ease_names[i]) == 0)
            return i;
    return -1;
}

/* Unknown values give "linear", the curve tw_ease uses for them. */
const char *tw_ease_name(tw_Ease e)
{
    if ((int)e < 0 || (int)e >= TW_COUNT)
        return ease_names[TW_LINEAR];
    return ease_names[e];
}

float tw_track_eval(const tw_Track *tr, float t, float dflt)
{
    if (!tr || tr->n <= 0)
        return dflt;
    int n = tr->n < TW_MAX_KEYS ? tr->n : TW_MAX_KEYS;
    const tw_Key *k = tr->key;
    t = clamp01(t);
    if (t <= k[0].t)
        return k[0].v;
    if (t >= k[n - 1].t)
        return k[n - 1].v;
    int i = 1;
    while (i < n - 1 && t >= k[i].t)
        i++;
    float span = k[i].t - k[i - 1].t;
    if (span <= 0)
        return k[i].v;
    float u = (t - k[i - 1].t) / span;
    return k[i - 1].v + (k[i].v - k[i - 1].v) * tw_ease(k[i].ease, u);
}
