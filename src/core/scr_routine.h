/* scr_routine.h - the routine player (scr_routine.c): starting a routine,
 * for the screens that offer one (zone, done). */
#ifndef FM_SCR_ROUTINE_H
#define FM_SCR_ROUTINE_H

#include "app.h"

/* Starts routine r in the player (nothing when it is broken or r < 0). */
void routine_start(app_State *a, int r);
/* Continues routine r at the step it was left (app_can_continue), or
 * starts it afresh when it cannot be continued. */
void routine_continue(app_State *a, int r);
/* Leaving the player before the end (Back, Escape, quitting the app):
 * remembers the routine in progress (prog->current, with when it was left)
 * and asks for a save; at home only, and only once a step was passed.
 * The player's close calls it; the shell calls it before quitting. */
void routine_leave(app_State *a);
/* What the voice says for the current step: where it is, the title, the
 * text, the caution, and on a step that waits for a choice, the choice. */
void routine_words(const app_State *a, char *out, int len);
/* The step's words have been spoken (or could not be): its countdown may
 * start. With the voice on, each step waits for this. */
void routine_speech_done(app_State *a);

#endif
