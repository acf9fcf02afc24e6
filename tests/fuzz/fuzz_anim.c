/* fuzz_anim.c - libFuzzer target for the animation presets file
 * (core/anim.c) and the tweens it feeds (core/tween.c): any input parses
 * or is refused without a crash, a leak or undefined behaviour, and every
 * pose of a kept preset, at any time (negative, huge, mid-loop), is made
 * of finite numbers. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"

#include "core/anim.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static prb_List problems;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const long long times[] = {-1000000000000LL, -1, 0, 1, 7, 250, 999, 1000,
                                      123457, 600000, 1000000000000LL};
    anim_Set s;
    memset(&s, 0, sizeof s);
    prb_clear(&problems);
    anim_parse(&s, "animations.json", guarded(data, size), size, &problems);
    for (int i = 0; i < s.n; i++) {
        const anim_Preset *a = &s.p[i];
        if (anim_find(&s, a->id) < 0 || a->nlayers < 1 || a->nlayers > ANIM_MAX_LAYERS)
            abort();
        for (int l = -1; l <= a->nlayers; l++)
            for (size_t k = 0; k < sizeof times / sizeof times[0]; k++) {
                anim_Pose p = anim_pose(a, l, times[k]);
                if (!isfinite(p.x) || !isfinite(p.y) || !isfinite(p.scale) || !isfinite(p.rot) ||
                    !isfinite(p.alpha)) {
                    fprintf(stderr, "fuzz_anim: %s layer %d at %lld ms is not finite\n", a->id,
                            l, times[k]);
                    abort();
                }
            }
    }
    anim_free(&s);
    return 0;
}
