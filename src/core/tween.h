/* tween.h - easing curves and keyframe tracks, evaluated at a time value
 * passed in (never read from a clock). Plain values, no allocation. */
#ifndef FM_TWEEN_H
#define FM_TWEEN_H

typedef enum {
    TW_LINEAR, TW_EASE_IN, TW_EASE_OUT, TW_EASE_IN_OUT, TW_STEP, TW_SINE, TW_COUNT
} tw_Ease;

#define TW_MAX_KEYS 16

/* A keyframe: at fraction t (0..1 of the animation) the value is v; the
 * segment that ends at this key uses ease. */
typedef struct { float t, v; tw_Ease ease; } tw_Key;
typedef struct { tw_Key key[TW_MAX_KEYS]; int n; } tw_Track;

/* Easing of u in 0..1 (clamped). */
float tw_ease(tw_Ease e, float u);
/* Name as used in data files ("linear", "ease-in", "ease-out",
 * "ease-in-out", "step", "sine"); returns -1 for an unknown name. */
int tw_ease_from_name(const char *name);
const char *tw_ease_name(tw_Ease e);
/* Value of the track at fraction t; an empty track gives dflt. Keys must be
 * sorted by t (the parser guarantees it). */
float tw_track_eval(const tw_Track *tr, float t, float dflt);

#endif
