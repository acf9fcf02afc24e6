/* app_parts.h - what app.c and app_kiosk.c share inside the app module. */
#ifndef FM_APP_PARTS_H
#define FM_APP_PARTS_H

#include "app.h"

enum { KIOSK_STARTED, KIOSK_DONE, KIOSK_ABANDONED };
#define KIOSK_LONG_PRESS_MS 3000
#define KIOSK_PIN_TRIES 5
#define KIOSK_PIN_LOCK_MS 30000

void app_go(app_State *a, app_Screen s);
app_Event *app_push_event(app_State *a, app_EvKind k);
/* Kiosk hooks: 1 when the input was used up (attract, dimmed screen). */
int app_kiosk_input(app_State *a, const app_Input *in);
void app_kiosk_tick(app_State *a);
long long app_kiosk_deadline(const app_State *a);
void app_kiosk_activate(app_State *a, const app_Target *t);
void app_kiosk_count(app_State *a, const lvl_Routine *r, int what);
void app_kiosk_count_zone(app_State *a, int zone);

#endif
