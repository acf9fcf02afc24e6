/* view.h - turns the app's state and layout into a draw list: colours,
 * words and pictures of every screen. Reads the state, never changes it. */
#ifndef FM_VIEW_H
#define FM_VIEW_H

#include "app.h"
#include "drawlist.h"

void view_build(const app_State *a, dl_List *l);
/* The art region shown in a close-up of zone z drawn into dst: the zone's
 * bounding box with a margin, widened to dst's aspect ratio. */
geo_Rect view_closeup_src(const lvl_Content *c, int z, geo_Rect dst);

#endif
