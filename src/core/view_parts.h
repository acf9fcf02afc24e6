/* view_parts.h - pieces shared by the view's files (view.c draws the map
 * and zone screens, view_player.c the player, done and progress screens).
 * Internal to the view module. */
#ifndef FM_VIEW_PARTS_H
#define FM_VIEW_PARTS_H

#include "view.h"

/* The palette: warm paper, dark ink, a calm teal accent, and one colour per
 * due status (always shown together with its word). */
#define VIEW_BG 0xF6F0E9FFu
#define VIEW_INK 0x27262EFFu
#define VIEW_MUTED 0x5E5A66FFu
#define VIEW_CARD 0xFFFFFFFFu
#define VIEW_LINE 0xDCD3C8FFu
#define VIEW_ACCENT 0x1D6F6AFFu
#define VIEW_ACCENT_SOFT 0xD5ECE9FFu
#define VIEW_FOCUS 0x2457C5FFu
#define VIEW_CAUTION_BG 0xFFF1D6FFu
#define VIEW_CAUTION 0x8A4B00FFu

dl_Color view_due_color(tf_Due d);
/* "Due in 5 days", "Due today", "3 days overdue", "Not done yet". */
void view_due_text(tf_DueInfo d, char *out, int len);
/* "21 Nov 2026" in local time. */
void view_date(int64_t t, int tz_offset, char *out, int len);
/* A button: its target's rect, label, look (primary/normal) and state. */
void view_button(const app_State *a, dl_List *l, int target, const char *label, int primary, int enabled);
/* Focus ring around a rect. */
void view_focus_ring(const app_State *a, dl_List *l, geo_Rect r);
/* The zone's close-up: card, art, zone outline; returns the art->px fit.
 * Leaves drawing clipped to the close-up (for an animation on top): the
 * caller ends it with dl_unclip. */
geo_Fit view_closeup(const app_State *a, dl_List *l, int zone, geo_Rect box, int outline);
/* Header: title (and optional right-aligned note). */
void view_header(const app_State *a, dl_List *l, const char *title, const char *note);
/* Estimated width of a line of text at px (DejaVu Sans Bold averages about
 * 0.62 em a character), and height of a paragraph wrapped to width. The
 * shell fits text exactly; these only share out space. */
float view_text_w(const char *t, float px);
float view_text_h(const char *t, float px, float width);
int view_target_of(const app_State *a, app_Action act);

/* Sprite layers of an animation preset, posed at t_ms, in box, with its
 * caption. */
void view_animation(const app_State *a, dl_List *l, const char *id, geo_Rect box, long long t_ms);
/* Zone labels of the map (names, and status badges outside kiosk mode). */
void view_zone_labels(const app_State *a, dl_List *l);
void view_attract(const app_State *a, dl_List *l);
void view_admin(const app_State *a, dl_List *l);
void view_player(const app_State *a, dl_List *l);
void view_done(const app_State *a, dl_List *l);
void view_progress(const app_State *a, dl_List *l);
void view_safety(const app_State *a, dl_List *l);

#endif
