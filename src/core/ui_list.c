/* ui_list.c - the one list widget (see ui.h). A list shows as many items
 * as fit its box; when they do not all fit, a page control takes a band
 * at the bottom ("Previous", "12-20 of 117", "Next") and the items go by
 * pages. The app pages it (app.c) by that control, Page Up / Page Down /
 * Home / End, the mouse wheel and a vertical drag on the list; pages start
 * at multiples of the page size, so a resize keeps the first item in view
 * on the page it lands on. Nothing a user owns is ever out of reach. */
#include "ui.h"

#include <stdio.h>

/* How many items of h with gap between fit into avail (1 px of slack). */
static int fits(float avail, float h, float gap)
{
    if (h <= 0 || avail + 1 < h)
        return 0;
    return (int)((avail + 1 - h) / (h + gap)) + 1;
}

const app_List *ui_list_layout(app_State *a, app_Layout *l, geo_Rect box, int count, float item_h, float gap)
{
    app_List *ls = &l->list;
    float u = l->u;
    *ls = (app_List){.count = count, .box = box, .items = box, .item_h = item_h, .gap = gap};
    int fit = fits(box.h, item_h, gap);
    if (count > fit) {
        float bh = UI_TARGET * u, bw = ui_clampf(box.w * 0.3f, UI_TARGET * u, 9 * u);
        ls->bar = geo_rect(box.x, box.y + box.h - bh, box.w, bh);
        ls->items.h = box.h - bh - 0.6f * u;
        fit = fits(ls->items.h, item_h, gap);
        app_add_target(l, ACT_LIST_PREV, 0, geo_rect(box.x, ls->bar.y, bw, bh), "list-previous");
        app_add_target(l, ACT_LIST_NEXT, 0, geo_rect(box.x + box.w - bw, ls->bar.y, bw, bh), "list-next");
    }
    ls->per_page = fit > 0 ? fit : 1;
    int first = a->list_first < count ? a->list_first : count - 1;
    first = first > 0 ? first / ls->per_page * ls->per_page : 0;
    a->list_first = ls->first = first;
    ls->shown = count - first < ls->per_page ? count - first : ls->per_page;
    return ls;
}

geo_Rect ui_list_item(const app_List *ls, int i)
{
    return geo_rect(ls->items.x, ls->items.y + (float)(i - ls->first) * (ls->item_h + ls->gap), ls->items.w,
                    ls->item_h);
}

void ui_list_bar(const app_State *a, dl_List *l)
{
    const app_List *ls = &a->lay.list;
    if (ls->bar.h <= 0)
        return;
    float u = a->lay.u;
    int prev = app_target_of(a, ACT_LIST_PREV, -1), next = app_target_of(a, ACT_LIST_NEXT, -1);
    if (prev < 0 || next < 0)
        return;
    geo_Rect p = a->lay.t[prev].r, n = a->lay.t[next].r;
    int words = p.w >= 7.5f * u; /* else the arrows alone */
    int paged = ls->per_page == 1 && ls->item_h > 2 * ls->bar.h; /* pages of a text, not items */
    char where[64];
    if (paged)
        snprintf(where, sizeof where, _("Page %d of %d"), ls->first + 1, ls->count);
    else
        /* TRANSLATORS: a list's items shown: first-last of all */
        snprintf(where, sizeof where, _("%d\xE2\x80\x93%d of %d"), ls->first + 1, ls->first + ls->shown, ls->count);
    dl_text(l, geo_rect(p.x + p.w + 0.4f * u, ls->bar.y, n.x - p.x - p.w - 0.8f * u, ls->bar.h), where,
            (int)(1.05f * u), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    ui_button(a, l, prev, !words ? "\xE2\x80\xB9" : paged ? _("\xE2\x80\xB9 Back") : _("\xE2\x80\xB9 Previous"), 0,
              ls->first > 0);
    ui_button(a, l, next, !words ? "\xE2\x80\xBA" : paged ? _("More \xE2\x80\xBA") : _("Next \xE2\x80\xBA"), 0,
              ls->first + ls->shown < ls->count);
}

int ui_list_page(app_State *a, int dir)
{
    const app_List *ls = &a->lay.list;
    if (ls->count <= ls->per_page)
        return 0;
    int last = (ls->count - 1) / ls->per_page * ls->per_page;
    int first = dir == -2 ? 0 : dir == 2 ? last : ls->first + dir * ls->per_page;
    first = first < 0 ? 0 : first > last ? last : first;
    if (first == ls->first)
        return 0;
    a->list_first = first;
    return 1;
}
