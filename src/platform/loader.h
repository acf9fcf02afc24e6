/* loader.h - loads the content from disk: levels/zones.json, every routine
 * file levels/NAME.json (except zones.json and schema.json), and
 * assets/animations.json, reporting every problem to a prb_List.
 * A broken routine file does not stop the others. No SDL. */
#ifndef FM_LOADER_H
#define FM_LOADER_H

#include "../core/anim.h"
#include "../core/level.h"
#include "../core/problems.h"

/* Returns 0 when the zones and animations loaded (routines may still be
 * broken; see lvl_Routine.broken), -1 when the app cannot start. */
int ldr_load(const char *levels_dir, const char *assets_dir, lvl_Content *c, anim_Set *a, prb_List *p);

#endif
