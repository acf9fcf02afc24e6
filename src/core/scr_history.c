/* scr_history.c - history: each zone's status beside the finished
 * routines, newest first, in the list widget (it pages when they do not
 * all fit: every entry can be reached). */
#include <stdio.h>

#include "ui.h"

#define ROW 2.2f /* a line, in u */

static void layout(app_State *a, app_Layout *l)
{
    static const ui_Control acts[] = {{ACT_GO, SCR_MAP, "map"}};
    float u = l->u, row = ROW * u;
    ui_header_band(l, 1);
    ui_controls(l, acts, 1);
    ui_split_closeup(l, 0.40f);
    geo_Rect hi = geo_rect_inset(l->card, u);
    ui_list_layout(a, l, geo_rect(hi.x, hi.y + row, hi.w, hi.h - row), a->prog->n, row, 0);
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    a->focus = app_target_of(a, ACT_GO, SCR_MAP);
}

/* Each zone's status: its due words and badge, a line each. */
static void zones(const app_State *a, dl_List *l, geo_Rect zi)
{
    const lvl_Content *c = a->content;
    float u = a->lay.u, row = ROW * u;
    char line[200], due[64];
    dl_text(l, geo_rect(zi.x, zi.y, zi.w, row), "Zones", (int)(1.2f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_INK));
    for (int i = 0; i < c->nzones && zi.y + (float)(i + 2) * row <= zi.y + zi.h; i++) {
        tf_DueInfo d = app_zone_due(a, i);
        float y = zi.y + (float)(i + 1) * row;
        ui_due_text(d, due, sizeof due);
        snprintf(line, sizeof line, "%s \xC2\xB7 %s", c->zones[i].name, due);
        dl_text(l, geo_rect(zi.x, y, zi.w - 5.5f * u, row), line, (int)(1.0f * u), 0, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
        ui_badge(l, geo_rect(zi.x + zi.w - 5 * u, y + 0.3f * u, 5 * u, row - 0.6f * u), d.status, u, 0.85f, 0.6f, 0);
    }
}

/* The finished routines, newest first: the page of them in view. */
static void entries(const app_State *a, dl_List *l, geo_Rect hi)
{
    const lvl_Content *c = a->content;
    const app_List *ls = &a->lay.list;
    float u = a->lay.u, row = ROW * u;
    char line[200], date[40];
    snprintf(line, sizeof line, "Finished routines: %d", a->prog->n);
    dl_text(l, geo_rect(hi.x, hi.y, hi.w, row), line, (int)(1.2f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(UI_INK));
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        const prog_Entry *e = &a->prog->h[a->prog->n - 1 - i];
        int ri = lvl_routine_index(c, e->routine);
        ui_date(e->completed_at, a->tz_offset, date, sizeof date);
        snprintf(line, sizeof line, "%s \xC2\xB7 %s \xC2\xB7 %d/%d steps", date,
                 ri >= 0 ? c->routines[ri].title : e->routine, e->steps_done, e->steps_total);
        dl_text(l, ui_list_item(ls, i), line, (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_MUTED));
    }
    if (a->prog->n == 0)
        dl_text(l, geo_rect(hi.x, hi.y + row, hi.w, 3 * row), "Nothing yet. Finished routines appear here.",
                (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
    ui_list_bar(a, l);
}

static void draw(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    ui_header(a, l, "History", NULL, "\xE2\x80\xB9 Map");
    ui_card(a, l, a->lay.closeup, u);
    ui_card(a, l, a->lay.card, u);
    zones(a, l, geo_rect_inset(a->lay.closeup, u));
    entries(a, l, geo_rect_inset(a->lay.card, u));
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_MAP), "Back to map", 1, 1);
}

const scr_Def scr_history = {
    .name = "progress",
    .back = SCR_MAP,
    .layout = layout,
    .open = open,
    .draw = draw,
};
