/* scr_history.h - what scr_history.c (layout, actions, keys) and
 * scr_history_draw.c (the drawing) share: the screen's areas, worked out
 * the same way for both from the window and the screen's state, and its
 * actions. */
#ifndef FM_SCR_HISTORY_H
#define FM_SCR_HISTORY_H

#include "ui.h"

enum {
    HV_TAB = ACT_SCREEN, /* arg: 0 the year, 1 every entry */
    HV_EXPORT,
    HV_CAL,              /* the calendar: the day under the press, or the cursor's */
    HV_LINE,             /* the timelines: the mark (or day) under the press */
    HV_DELETE,           /* arg: the item of the list */
    HV_UNDO
};

typedef struct {
    geo_Rect cal;        /* the calendar with its month names */
    geo_Rect legend;     /* h 0 in a small window */
    geo_Rect lines;      /* the zones' timelines (h 0 in a small window: no room) */
    geo_Rect stats;      /* beside them: each zone's on time in 90 days and streak */
    geo_Rect day;        /* the day shown (year) or every entry: title, then the list */
    geo_Rect bar;        /* the Undo bar, h 0 when none */
    float label_w;       /* a timeline's name and numbers */
} histv_Areas;

histv_Areas histv_areas(const app_State *a, const app_Layout *l);
hst_Cal histv_cal(const app_State *a, const histv_Areas *ar);
hst_Tl histv_tl(const app_State *a, const histv_Areas *ar);
/* The entry shown as item i of the list: of the day, or of every entry
 * (newest first). */
const prog_Entry *histv_item(const app_State *a, int i);
/* "09:30" local. */
void histv_clock(int64_t t, int tz, char *out, int len);
/* The year (calendar, legend, timelines) and the list's rows. */
void histv_draw_year(const app_State *a, dl_List *l, const histv_Areas *ar);
void histv_draw_rows(const app_State *a, dl_List *l, const histv_Areas *ar);

#endif
