/* scr_routine.h - the routine player (scr_routine.c): starting a routine,
 * for the screens that offer one (zone, done). */
#ifndef FM_SCR_ROUTINE_H
#define FM_SCR_ROUTINE_H

#include "app.h"

/* Starts routine r in the player (nothing when it is broken or r < 0). */
void routine_start(app_State *a, int r);

#endif
