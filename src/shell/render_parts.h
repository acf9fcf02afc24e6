/* render_parts.h - what render.c and render_frame.c share, and nothing
 * else uses. */
#ifndef FM_RENDER_PARTS_H
#define FM_RENDER_PARTS_H

#include "render.h"

/* Gets the texture of a drawn command (made when missing) and fills in
 * where it lands; DL_CLIP and DL_UNCLIP are the caller's. */
void rnd_prep_cmd(rnd_Ctx *r, rnd_Item *it, const dl_Cmd *c);

#endif
