/* visit.h - kiosk mode's visitor session, apart from its two screens
 * (scr_attract.c, scr_admin.c): a touch on the attract loop starts a visit
 * and counts it; a visit ends after the idle time (a routine in progress
 * counted as abandoned, never as done) and the attract loop returns; the
 * screen dims after a longer wait; a long press on the hidden top-left
 * corner opens the admin screen. Counts go to kst_Stats; nothing personal
 * is kept. At home (k.on 0) every function here does nothing. */
#ifndef FM_VISIT_H
#define FM_VISIT_H

#include "app.h"

enum { VIS_STARTED, VIS_DONE, VIS_ABANDONED };
#define VIS_LONG_PRESS_MS 3000

/* Turns kiosk mode on (the attract loop first). cfg and stats are
 * borrowed and must outlive the app; min_target_px is the smallest target
 * the display allows (about 9 mm). */
void vis_start(app_State *a, const kcf_Config *cfg, kst_Stats *stats, float min_target_px);
/* Every input passes here first: 1 when it was used up (on the attract
 * loop a touch or key starts a visit and wakes a dimmed screen; the
 * language button, Tab, and Return or Space on it go to the app). A visit
 * that ends goes back to the config's language ("lang"), if it has one. */
int vis_input(app_State *a, const app_Input *in);
/* Ends an idle visit, dims, opens the admin screen after a long press. */
void vis_tick(app_State *a);
/* App ms of the next of those, or -1. */
long long vis_deadline(const app_State *a);
/* The player is left with its routine unfinished: counted as abandoned
 * (routine_abandoned event), never as done. */
void vis_abandoned(app_State *a);
/* Counts a routine started, done or abandoned (VIS_*), a zone opened. */
void vis_count(app_State *a, const lvl_Routine *r, int what);
void vis_count_zone(app_State *a, int zone);
/* Whether the kiosk's config offers a zone or routine (always at home). */
int vis_offers_zone(const app_State *a, const char *id);
int vis_offers_routine(const app_State *a, const char *id);

#endif
