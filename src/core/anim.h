/* anim.h - animation presets as data (assets/animations.json): each preset
 * has sprite layers whose position, scale, rotation and opacity follow
 * keyframe tracks over a duration, optionally looping.
 *
 * Positions are fractions of the close-up box (0,0 top-left .. 1,1 bottom-
 * right); scale is the sprite's size as a fraction of the box's shorter
 * side; rot is degrees clockwise; alpha 0..1. An anim_Set owns its presets;
 * free it with anim_free. No I/O. */
#ifndef FM_ANIM_H
#define FM_ANIM_H

#include <stddef.h>
#include "problems.h"
#include "tween.h"

#define ANIM_ID 48
#define ANIM_MAX_LAYERS 8
#define ANIM_MAX_PRESETS 64
/* A layer's scale is at most this: a sprite twice the box already covers
 * the window. Measured headless at 1280x800 (tests/robust/test_heavy_
 * content.sh), 4 s of a layer growing to scale 1 take 1.7 s to draw, to 2
 * 4.4 s, to 3 8.1 s; at 10 it grew to 1 GB of rasters and took minutes.
 * The renderer caps its rasters too. */
#define ANIM_MAX_SCALE 2
/* A sprite file (assets/sprites/NAME.svg) is at most this many bytes: the
 * renderer reads no more, and --check says so. */
#define ANIM_MAX_SPRITE_FILE (64 * 1024)

typedef struct {
    char sprite[ANIM_ID]; /* assets/sprites/<sprite>.svg */
    tw_Track x, y, scale, rot, alpha;
} anim_Layer;

typedef struct {
    char id[ANIM_ID];
    char *label;          /* short caption, e.g. "small circles"; may be NULL */
    int duration_ms;
    int loop;
    anim_Layer layer[ANIM_MAX_LAYERS];
    int nlayers;
} anim_Preset;

typedef struct {
    anim_Preset *p;
    int n;
} anim_Set;

typedef struct {
    const char *sprite;
    float x, y, scale, rot, alpha;
} anim_Pose;

/* Parses the presets file; returns the number of problems added. */
int anim_parse(anim_Set *s, const char *file, const char *text, size_t len, prb_List *p);
int anim_find(const anim_Set *s, const char *id); /* index or -1 */
/* Callback shape for lvl_parse_routine: ctx is an anim_Set*. */
int anim_known(void *ctx, const char *id);
/* Pose of a layer at t_ms since the animation started (loops or holds the
 * last frame). Defaults: x=y=0.5, scale=0.3, rot=0, alpha=1. */
anim_Pose anim_pose(const anim_Preset *a, int layer, long long t_ms);
void anim_free(anim_Set *s);

#endif
