/* loop.h - the interactive main loop (loop.c) and the replay runner
 * (replay_run.c). Both drive a ses_Session; neither decides anything. */
#ifndef FM_LOOP_H
#define FM_LOOP_H

#include "core/replay.h"
#include "session.h"

/* This long with nothing drawn, the renderer frees what it can remake
 * (rnd_rest): on the real clock in the main loop, on the replay's virtual
 * clock in a replay, so that replays and soaks see what a user's run does. */
#define REST_MS 2000

/* Runs until the window closes; returns the exit code. */
int loop_run(ses_Session *s);
/* Plays the script on a virtual clock; returns 0, or 1 if an expect failed
 * or a command could not be carried out. */
int rr_run(ses_Session *s, const rpl_Script *sc, const char *file);

#endif
