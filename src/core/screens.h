/* screens.h - the table of screens, one line each: the screen's id (used
 * by the screens that open it) and its definition (an scr_Def, in the
 * screen's own file, src/core/scr_*.c). The enum app_Screen, the table
 * app.c looks screens up in, and so every list of screen names (events,
 * replays' "expect screen", --help) are made from this list.
 *
 * Adding a screen: write scr_NAME.c with a `const scr_Def scr_NAME`, add a
 * line here, and give some screen a button that opens it (ACT_GO with the
 * new id). See HACKING.md. */
#ifndef FM_SCREENS_H
#define FM_SCREENS_H

#define SCR_LIST(X)               \
    X(SCR_ATTRACT, scr_attract)   \
    X(SCR_MAP, scr_map)           \
    X(SCR_ZONE, scr_zone)         \
    X(SCR_ROUTINE, scr_routine)   \
    X(SCR_DONE, scr_done)         \
    X(SCR_PROGRESS, scr_history)  \
    X(SCR_SAFETY, scr_safety)     \
    X(SCR_ADMIN, scr_admin)       \
    X(SCR_SETTINGS, scr_settings) \
    X(SCR_PLAN, scr_plan)         \
    X(SCR_PROFILES, scr_profiles)

/* The screen the app opens on (a kiosk opens on the attract loop). */
#define SCR_HOME SCR_MAP

#endif
