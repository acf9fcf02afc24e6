/* scr_zone.h - the zone screen (scr_zone.c) and the plan's rows on its
 * routine cards (scr_zone_plan.c): Continue, Follow and the interval. */
#ifndef FM_SCR_ZONE_H
#define FM_SCR_ZONE_H

#include "app.h"

/* The zone screen's actions (arg: the routine). */
enum { ZONE_ROUTINE = ACT_SCREEN, ZONE_FOLLOW, ZONE_LESS, ZONE_MORE, ZONE_CONTINUE };

/* The height of the plan's rows at the bottom of every card of the open
 * zone, for cards of width w (0 where nothing is kept: a kiosk): a row for
 * Continue where a routine of the zone can be continued, then Follow with
 * the interval beside it, or under it where the card is narrow. */
float zone_plan_h(const app_State *a, float w);
/* Adds routine r's plan targets in rows, the bottom of its card
 * (continue:ID, follow:ID, every-less:ID, every-more:ID). */
void zone_plan_targets(const app_State *a, app_Layout *l, int r, geo_Rect rows);
/* Draws routine r's plan rows. */
void zone_plan_draw(const app_State *a, dl_List *l, int r, geo_Rect rows);
/* Handles a plan action; 1 when it was one. */
int zone_plan_act(app_State *a, const app_Target *t);

#endif
