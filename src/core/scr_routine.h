/* scr_routine.h - the routine player (scr_routine.c): starting a routine,
 * for the screens that offer one (zone, done). */
#ifndef FM_SCR_ROUTINE_H
#define FM_SCR_ROUTINE_H

#include "app.h"

/* Starts routine r in the player (nothing when it is broken or r < 0). */
void routine_start(app_State *a, int r);
/* What the voice says for the current step: where it is, the title, the
 * text, the caution, and on a step that waits for a choice, the choice. */
void routine_words(const app_State *a, char *out, int len);
/* The step's words have been spoken (or could not be): its countdown may
 * start. With the voice on, each step waits for this. */
void routine_speech_done(app_State *a);

#endif
