/* replay.h - scripted input files for --replay (README.md "Command line",
 * the paragraph on replay files; also in the --help text, cli.c): one
 * command a line, '#' starts a comment:
 *   wait MS | tap X Y | touch X Y | tap-zone ID | key NAME | shot FILE.png |
 *   expect screen NAME | quit
 * plus, for finer control: press X Y / release X Y (mouse button down / up),
 * finger-down X Y / finger-up X Y, move X Y, resize W H, wheel DX DY (mouse
 * wheel notches: DY > 0 scrolls up, away from the user), and
 * tap-target NAME / touch-target NAME (a click / a touch at the centre of a
 * target on the current screen: "zone:nose", "routine:ID", "next", ...;
 * one on another page of the screen's list is reached through its page
 * controls first, "list-previous" then "list-next"), and type TEXT (text
 * typed on a keyboard: the rest of the line, UTF-8, spaces between words
 * kept, '#' in it too).
 * Key names are SDL key names, optionally prefixed "Shift+".
 * An rpl_Script owns its command array; free with rpl_free. No I/O. */
#ifndef FM_REPLAY_H
#define FM_REPLAY_H

#include <stddef.h>
#include "problems.h"

#define RPL_ARG 256
#define RPL_MAX_CMDS 200000

typedef enum {
    RPL_WAIT, RPL_TAP, RPL_TOUCH, RPL_TAP_ZONE, RPL_KEY, RPL_SHOT,
    RPL_EXPECT_SCREEN, RPL_QUIT, RPL_PRESS, RPL_RELEASE, RPL_FINGER_DOWN,
    RPL_FINGER_UP, RPL_MOVE, RPL_RESIZE, RPL_TAP_TARGET, RPL_TOUCH_TARGET, RPL_WHEEL, RPL_TYPE
} rpl_Kind;

typedef struct {
    rpl_Kind kind;
    int line;            /* 1-based line in the file */
    long long ms;        /* wait */
    int x, y;            /* tap, touch, press, release, finger-*, move; w,h for resize */
    int shift;           /* key: "Shift+" prefix given */
    char arg[RPL_ARG];   /* tap-zone id, key name, shot file, screen name, target name, typed text */
} rpl_Cmd;

typedef struct {
    rpl_Cmd *cmd;
    int n;
} rpl_Script;

/* Parses the whole script; every bad line is reported as
 * "FILE: line N: message" (the pointer slot holds "line N"). Returns the
 * number of problems; the script holds the good commands either way. */
int rpl_parse(rpl_Script *s, const char *file, const char *text, size_t len, prb_List *p);
const char *rpl_kind_name(rpl_Kind k);
void rpl_free(rpl_Script *s);

#endif
