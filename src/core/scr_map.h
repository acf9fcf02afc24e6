/* scr_map.h - the face map (scr_map.c) and its zone labels
 * (scr_map_labels.c): what the two files share, and where a tap opens a
 * zone, for the shell (replays' tap-zone, --dump-layout). */
#ifndef FM_SCR_MAP_H
#define FM_SCR_MAP_H

#include "app.h"

enum { MAP_ZONE = ACT_SCREEN }; /* arg: the zone */

/* A label's name is drawn on a pill this much (in u, times the label's
 * scale) wider than its text box on every side; a tap there opens it. */
#define MAP_PILL 0.1f

/* Where to tap zone z on the map: the middle of its label (the name where
 * it shows, else the badge), else its label point. */
geo_Pt map_zone_point(const app_State *a, int z);
/* Places the zone labels of the n zones in zones[] into l->label. */
void map_place_labels(const app_State *a, app_Layout *l, const int *zones, int n);
/* A zone's badge: which routine followed there is due ("Exfoliation
 * due"), or "Done" / "New" (app_due_badge). */
void map_badge_text(const app_State *a, int z, char *out, int len);
/* The zones' labels (names, and status badges where there is a history). */
void map_draw_labels(const app_State *a, dl_List *l);

#endif
