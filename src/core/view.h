/* view.h - turns the app's state and layout into a draw list: colours,
 * words and pictures of every screen. Reads the state, never changes it. */
#ifndef FM_VIEW_H
#define FM_VIEW_H

#include "app.h"
#include "drawlist.h"

void view_build(const app_State *a, dl_List *l);
/* Places the map's zone labels (view_labels.c) into l->label: called by
 * the layout once its zone targets, fit and polygons are set. */
void view_place_labels(const app_State *a, app_Layout *l);
/* Shares the safety screen out into pages that fit the layout l
 * (view_info.c): sets l->page and l->pages. */
void view_safety_pages(const app_State *a, app_Layout *l);
/* The art region shown in a close-up of zone z drawn into dst: the zone's
 * bounding box with a margin, widened to dst's aspect ratio. */
geo_Rect view_closeup_src(const lvl_Content *c, int z, geo_Rect dst);

#endif
