/* scr_safety.c - the safety screen: the "never" list, when to see a
 * professional and the not-medical-advice notice, then the "why" cards,
 * all from levels/safety.json, on as many pages as the window needs; the
 * page button goes through them in turn. */
#include <math.h>
#include <stdio.h>

#include "ui.h"

enum { SAFETY_PAGE = ACT_SCREEN };

/* The height the items of a list take at text size px, inside in. */
static float list_need(const saf_Item *it, int n, geo_Rect in, float px, float u)
{
    float total = 0;
    for (int i = 0; i < n; i++)
        total += 1.3f * px + ui_text_h(it[i].text, px * 0.95f, in.w - 0.9f * u) + 0.6f * u;
    return total;
}

/* Whether a list fits box with its text at 0.75u or more. */
static int list_fits(const saf_Item *it, int n, geo_Rect box, float u)
{
    geo_Rect in = geo_rect_inset(box, 1.1f * u);
    return list_need(it, n, in, 0.75f * u, u) <= in.h - 2.6f * u;
}

/* A heading and a list of items (title in bold, then text), in box; the
 * text size goes down from 1.05u (not below 0.75u) until the list fits. */
static void item_list(const app_State *a, dl_List *l, geo_Rect box, const char *heading, uint32_t accent,
                      const saf_Item *it, int n)
{
    float u = a->lay.u, px = 1.05f * u;
    ui_card(a, l, box, u);
    geo_Rect in = geo_rect_inset(box, 1.1f * u);
    dl_text(l, geo_rect(in.x, in.y, in.w, 2 * u), heading, (int)(1.3f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(accent));
    float top = in.y + 2.6f * u, avail = in.y + in.h - top;
    while (list_need(it, n, in, px, u) > avail && px > 0.75f * u)
        px *= 0.95f;
    float y = top;
    for (int i = 0; i < n && (i == 0 || y < in.y + in.h); i++) { /* a page holds at least one */
        float th = ui_text_h(it[i].text, px * 0.95f, in.w - 0.9f * u);
        dl_rect(l, geo_rect(in.x, y + 0.2f * px, 0.25f * u, 1.1f * px + th), dl_rgba(accent));
        dl_text(l, geo_rect(in.x + 0.9f * u, y, in.w - 0.9f * u, 1.3f * px), it[i].title, (int)px, 1, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
        dl_text(l, geo_rect(in.x + 0.9f * u, y + 1.3f * px, in.w - 0.9f * u, th + 0.2f * px), it[i].text,
                (int)(px * 0.95f), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
        y += 1.3f * px + th + 0.6f * u;
    }
}

/* The safety screen's pages: the rules (the "never" list beside when to
 * see a professional and the notice) on one page where they fit at 0.75u,
 * else each list on as many pages as it needs at 0.9u; then the "why"
 * cards, as many pages as they need. */

/* The whole body: both columns (landscape) or the column. */
static geo_Rect safety_body(const app_Layout *lay)
{
    geo_Rect left = lay->closeup, right = lay->card;
    if (lay->w < lay->h)
        return geo_rect(left.x, left.y, left.w, right.y + right.h - left.y);
    return geo_rect(left.x, left.y, right.x + right.w - left.x, left.h > right.h ? left.h : right.h);
}

/* Box less the notice under it: where the list of when to see a
 * professional goes; *nb gets the notice's box. */
static geo_Rect above_notice(const saf_Info *s, geo_Rect box, float u, geo_Rect *nb)
{
    float nh = ui_text_h(s->notice, 0.95f * u, box.w - 2.4f * u) + 2.4f * u;
    *nb = geo_rect(box.x, box.y + box.h - nh, box.w, nh);
    return geo_rect(box.x, box.y, box.w, box.h - nh - u);
}

static void notice(const app_State *a, dl_List *l, geo_Rect nb)
{
    float u = a->lay.u;
    ui_caution_box(a, l, nb, 1.0f);
    dl_text(l, geo_rect_inset(nb, 1.1f * u), a->content->safety.notice, (int)(0.95f * u), 0, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_CAUTION_INK));
}

static int why_cols(const app_Layout *lay)
{
    return lay->w >= lay->h ? 2 : 1;
}

/* The height row r of "why" cards needs at card width cw: padding, title
 * and source (5u), and the longest text at the size the shell may shrink
 * it to (three quarters: about 0.56 of the height ui_text_h gives). */
static float why_row_need(const saf_Info *s, int r, int cols, float cw, float u)
{
    float text = 0;
    for (int i = r * cols; i < (r + 1) * cols && i < s->nwhy; i++)
        text = fmaxf(text, ui_text_h(s->why[i].text, 1.0f * u, cw - 1.8f * u));
    return 5.0f * u + 0.56f * text;
}

static float why_card_w(const app_Layout *lay, geo_Rect body)
{
    int cols = why_cols(lay);
    return (body.w - lay->u * (float)(cols - 1)) / (float)cols;
}

static void add_page(app_Layout *lay, app_PageKind kind, int first, int n)
{
    if (lay->pages < APP_MAX_PAGES)
        lay->page[lay->pages++] = (app_Page){kind, first, n};
}

/* Pages of a list's items, as many to a page as fit box at 0.9u. */
static void list_pages(app_Layout *lay, app_PageKind kind, const saf_Item *it, int n, geo_Rect box)
{
    float u = lay->u;
    geo_Rect in = geo_rect_inset(box, 1.1f * u);
    float avail = in.h - 2.6f * u;
    for (int first = 0, k = 0; first < n; first += k) {
        for (k = 1; first + k < n && list_need(it + first, k + 1, in, 0.9f * u, u) <= avail; k++)
            ;
        add_page(lay, kind, first, k);
    }
}

static void share_pages(const app_State *a, app_Layout *lay)
{
    const saf_Info *s = &a->content->safety;
    float u = lay->u, gap = u, used = 0;
    geo_Rect body = safety_body(lay), nb;
    lay->pages = 0;
    if (list_fits(s->never, s->nnever, lay->closeup, u) && list_fits(s->pro, s->npro, above_notice(s, lay->card, u, &nb), u)) {
        add_page(lay, PAGE_RULES, 0, 0);
    } else {
        list_pages(lay, PAGE_NEVER, s->never, s->nnever, body);
        list_pages(lay, PAGE_PRO, s->pro, s->npro, above_notice(s, body, u, &nb));
    }
    int cols = why_cols(lay), first = 0;
    float cw = why_card_w(lay, body);
    for (int r = 0; r * cols < s->nwhy; r++) {
        float need = why_row_need(s, r, cols, cw, u);
        if (used > 0 && used + gap + need > body.h) {
            add_page(lay, PAGE_WHY, first, r * cols - first);
            first = r * cols;
            used = 0;
        }
        used += (used > 0 ? gap : 0) + need;
    }
    if (s->nwhy > first)
        add_page(lay, PAGE_WHY, first, s->nwhy - first);
    if (lay->pages == 0)
        add_page(lay, PAGE_RULES, 0, 0);
}

/* How many pages like pg there are (rules, or "why" cards), and which of
 * them pg is (*nth, from 1). */
static int count_kind(const app_Layout *lay, int pg, int *nth)
{
    int n = 0;
    for (int i = 0; i < lay->pages; i++)
        if ((lay->page[i].kind == PAGE_WHY) == (lay->page[pg].kind == PAGE_WHY)) {
            n++;
            if (i == pg)
                *nth = n;
        }
    return n;
}

/* A page of "why" cards in a grid; each row gets what it needs and a
 * share of the height left over. */
static void why_cards(const app_State *a, dl_List *l, const app_Page *pg)
{
    const saf_Info *s = &a->content->safety;
    float u = a->lay.u, gap = u;
    int cols = why_cols(&a->lay), r0 = pg->first / cols, rows = (pg->n + cols - 1) / cols;
    geo_Rect body = safety_body(&a->lay);
    float cw = why_card_w(&a->lay, body), left = body.h - gap * (float)(rows - 1), y = body.y;
    for (int r = 0; r < rows; r++)
        left -= why_row_need(s, r0 + r, cols, cw, u);
    for (int r = 0; r < rows; r++) {
        float ch = why_row_need(s, r0 + r, cols, cw, u) + fmaxf(left, 0) / (float)rows;
        for (int c = 0; c < cols && (r0 + r) * cols + c < pg->first + pg->n; c++) {
            int i = (r0 + r) * cols + c;
            geo_Rect card = geo_rect(body.x + (float)c * (cw + gap), y, cw, ch);
            ui_card(a, l, card, u);
            geo_Rect in = geo_rect_inset(card, 0.9f * u);
            char src[120];
            snprintf(src, sizeof src, "Source: %s", s->why[i].source ? s->why[i].source : "the source texts");
            dl_text(l, geo_rect(in.x, in.y, in.w, 1.6f * u), s->why[i].title, (int)(1.15f * u), 1, DL_ALIGN_LEFT,
                    DL_VALIGN_MIDDLE, dl_rgba(UI_ACCENT));
            dl_text(l, geo_rect(in.x, in.y + 1.8f * u, in.w, in.h - 3.2f * u), s->why[i].text, (int)(1.0f * u), 0,
                    DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_INK));
            dl_text(l, geo_rect(in.x, in.y + in.h - 1.3f * u, in.w, 1.3f * u), src, (int)(0.8f * u), 0,
                    DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
        }
        y += ch + gap;
    }
}

/* What the page button says: where it goes next. */
static const char *next_page_name(const app_Layout *lay, int page)
{
    int next = (page + 1) % lay->pages;
    app_PageKind k = lay->page[next].kind, was = lay->page[page].kind;
    if (next == 0)
        return "Safety rules";
    if (k == PAGE_WHY)
        return was == PAGE_WHY ? "More facts \xE2\x80\xBA" : "Why? Background facts";
    return k == PAGE_PRO && was != PAGE_PRO ? "See a professional \xE2\x80\xBA" : "More rules \xE2\x80\xBA";
}

static void draw(const app_State *a, dl_List *l)
{
    const saf_Info *s = &a->content->safety;
    const app_Layout *lay = &a->lay;
    float u = lay->u;
    int p = a->page < lay->pages ? a->page : 0, nth = 1, of = count_kind(lay, p, &nth);
    const app_Page *pg = &lay->page[p];
    const char *name = pg->kind == PAGE_WHY ? "Why: the background" : "Safety";
    char title[64];
    if (of > 1)
        snprintf(title, sizeof title, "%s, %d of %d", name, nth, of);
    else
        snprintf(title, sizeof title, "%s", name);
    ui_header(a, l, title, "Not medical advice", "\xE2\x80\xB9 Map");
    geo_Rect body = safety_body(lay), nb;
    if (!s->loaded) {
        dl_text(l, geo_rect_inset(lay->closeup, u), "The safety notes could not be loaded (see levels/safety.json).",
                (int)(1.2f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
    } else if (pg->kind == PAGE_WHY) {
        why_cards(a, l, pg);
    } else if (pg->kind == PAGE_NEVER) {
        item_list(a, l, body, "\xE2\x9C\x95 Never at home", UI_DANGER, s->never + pg->first, pg->n);
    } else if (pg->kind == PAGE_PRO) {
        item_list(a, l, above_notice(s, body, u, &nb), "See a professional", UI_ACCENT, s->pro + pg->first, pg->n);
        notice(a, l, nb);
    } else {
        item_list(a, l, lay->closeup, "\xE2\x9C\x95 Never at home", UI_DANGER, s->never, s->nnever);
        item_list(a, l, above_notice(s, lay->card, u, &nb), "See a professional", UI_ACCENT, s->pro, s->npro);
        notice(a, l, nb);
    }
    ui_button(a, l, app_target_of(a, SAFETY_PAGE, -1), next_page_name(lay, p), 0, 1);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_MAP), "Back to map", 1, 1);
}

static void layout(app_State *a, app_Layout *l)
{
    static const ui_Control acts[] = {{SAFETY_PAGE, 0, "page"}, {ACT_GO, SCR_MAP, "map"}};
    ui_header_band(l, 1);
    ui_controls(l, acts, 2);
    ui_split_closeup(l, 0.5f);
    share_pages(a, l);
    if (a->page >= l->pages) /* a resize can leave fewer pages */
        a->page = l->pages - 1;
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    a->page = 0;
    a->focus = app_target_of(a, ACT_GO, SCR_MAP);
}

/* The page button: the rules, each page of "why" cards, the rules again. */
static void act(app_State *a, const app_Target *t)
{
    if (t->act == SAFETY_PAGE)
        a->page = a->lay.pages > 0 ? (a->page + 1) % a->lay.pages : 0;
}

const scr_Def scr_safety = {
    .name = "safety",
    .back = SCR_MAP,
    .layout = layout,
    .open = open,
    .act = act,
    .draw = draw,
};
