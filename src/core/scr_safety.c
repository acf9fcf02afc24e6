/* scr_safety.c - the safety screen: the "never" list, when to see a
 * professional and the not-medical-advice notice, then the "why" cards,
 * all from levels/safety.json, on as many pages as the window needs; the
 * page button goes through them in turn. Every text on it is the step
 * text's size (ui_step_px), never smaller. */
#include <math.h>
#include <stdio.h>

#include "i18n.h"
#include "ui.h"

enum { SAFETY_PAGE = ACT_SCREEN };

/* A list's heading, with the space under it. */
static float heading_h(const app_Layout *lay)
{
    float h = 1.35f * (float)ui_step_px(lay) + 0.6f * lay->u;
    return h > 2.6f * lay->u ? h : 2.6f * lay->u;
}

/* "Sources: " and the names of the source texts an item comes from. */
static void item_sources(const app_State *a, const saf_Item *it, char *out, int len)
{
    char names[400];
    fct_source_names(&a->content->facts, &it->sources, names, sizeof names);
    snprintf(out, (size_t)len, P_("Source: %s", "Sources: %s", it->sources.n), names);
}

/* The size of the sources' line under an item. */
static int source_px(const app_Layout *lay)
{
    float px = 0.8f * (float)ui_step_px(lay);
    return (int)(px > 0.9f * lay->su ? px : 0.9f * lay->su);
}

/* The height of item i of a list (title in bold, text, sources) inside in. */
static float item_h(const app_State *a, const saf_Item *it, geo_Rect in, int px)
{
    float w = in.w - 0.9f * a->lay.u;
    char src[480];
    item_sources(a, it, src, sizeof src);
    return ui_lines_h(a, it->title, px, 1, w, 1.3f) + ui_lines_h(a, it->text, px, 0, w, 1.3f) +
           ui_lines_h(a, src, source_px(&a->lay), 0, w, 1.3f);
}

/* The height the items of a list take inside in. */
static float list_need(const app_State *a, const saf_Item *it, int n, geo_Rect in)
{
    float total = 0;
    for (int i = 0; i < n; i++)
        total += item_h(a, &it[i], in, ui_step_px(&a->lay)) + 0.6f * a->lay.u;
    return total;
}

/* Whether a list fits box. */
static int list_fits(const app_State *a, const saf_Item *it, int n, geo_Rect box)
{
    float u = a->lay.u;
    geo_Rect in = geo_rect_inset(box, 1.1f * u);
    return list_need(a, it, n, in) <= in.h - heading_h(&a->lay);
}

/* A heading and a list of items (title in bold, then text), in box. */
static void item_column(const app_State *a, dl_List *l, geo_Rect box, const char *heading, uint32_t accent,
                        const saf_Item *it, int n)
{
    float u = a->lay.u;
    int px = ui_step_px(&a->lay);
    ui_card(a, l, box, u);
    geo_Rect in = geo_rect_inset(box, 1.1f * u);
    dl_text(l, geo_rect(in.x, in.y, in.w, heading_h(&a->lay) - 0.6f * u), heading, ui_step_px(&a->lay), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(accent));
    float y = in.y + heading_h(&a->lay), bottom = in.y + in.h;
    for (int i = 0; i < n && (i == 0 || y < bottom); i++) { /* a page holds at least one */
        float x = in.x + 0.9f * u, w = in.w - 0.9f * u;
        dl_rect(l, geo_rect(in.x, y + 0.2f * (float)px, 0.25f * u, item_h(a, &it[i], in, px) - 0.3f * (float)px),
                dl_rgba(accent));
        y += ui_text_lines(a, l, geo_rect(x, y, w, bottom - y), it[i].title, px, 1, 1.3f, dl_rgba(UI_INK));
        y += ui_text_lines(a, l, geo_rect(x, y, w, bottom - y), it[i].text, px, 0, 1.3f, dl_rgba(UI_MUTED));
        char src[480];
        item_sources(a, &it[i], src, sizeof src);
        y += ui_text_lines(a, l, geo_rect(x, y, w, bottom - y), src, source_px(&a->lay), 0, 1.3f,
                           dl_rgba(UI_MUTED));
        y += 0.6f * u;
    }
}

/* A box as wide as a landscape window's body holds its items in two
 * columns, as many in the left one as fit, the rest in the right one,
 * where a column holds about 30 characters a line; returns 1 and the
 * columns then. */
static int two_columns(const app_Layout *lay, geo_Rect box, geo_Rect *left, geo_Rect *right)
{
    float gap = lay->u, w = (box.w - gap) / 2;
    if (lay->w < lay->h || box.w < 0.6f * (float)lay->w || w < 18.0f * (float)ui_step_px(lay))
        return 0;
    *left = geo_rect(box.x, box.y, w, box.h);
    *right = geo_rect(box.x + w + gap, box.y, w, box.h);
    return 1;
}

/* How many of the first of the n items fit a column box (0: not even one). */
static int column_holds(const app_State *a, const saf_Item *it, int n, geo_Rect box)
{
    int k = 0;
    while (k < n && list_fits(a, it, k + 1, box))
        k++;
    return k;
}

/* The items in box: one column, or two where it is wide. */
static void item_list(const app_State *a, dl_List *l, geo_Rect box, const char *heading, uint32_t accent,
                      const saf_Item *it, int n)
{
    geo_Rect left, right;
    int k = two_columns(&a->lay, box, &left, &right) ? column_holds(a, it, n, left) : 0;
    if (k == 0) {
        item_column(a, l, box, heading, accent, it, n); /* one too tall for a column: the whole width */
        return;
    }
    item_column(a, l, left, heading, accent, it, k);
    if (k < n)
        item_column(a, l, right, heading, accent, it + k, n - k);
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
static geo_Rect above_notice(const app_State *a, geo_Rect box, geo_Rect *nb)
{
    float u = a->lay.u;
    float nh = ui_lines_h(a, a->content->safety.notice, ui_step_px(&a->lay), 0, box.w - 2.2f * u, 1.3f) + 2.4f * u;
    *nb = geo_rect(box.x, box.y + box.h - nh, box.w, nh);
    return geo_rect(box.x, box.y, box.w, box.h - nh - u);
}

/* The notice's box at the top of box, as tall as its words. */
static geo_Rect notice_top(const app_State *a, geo_Rect box)
{
    geo_Rect nb;
    above_notice(a, box, &nb);
    return geo_rect(box.x, box.y, box.w, nb.h < box.h ? nb.h : box.h);
}

/* Whether n items fit the left column of box and the notice its right
 * one (a page whose items leave the right column empty); *items and *nb
 * get the boxes then. */
static int notice_right(const app_State *a, const saf_Item *it, int n, geo_Rect box, geo_Rect *items, geo_Rect *nb)
{
    geo_Rect left, right;
    if (!two_columns(&a->lay, box, &left, &right) || column_holds(a, it, n, left) < n)
        return 0;
    geo_Rect top = notice_top(a, right);
    if (top.h >= right.h)
        return 0;
    if (items)
        *items = left;
    if (nb)
        *nb = top;
    return 1;
}

static void notice(const app_State *a, dl_List *l, geo_Rect nb)
{
    float u = a->lay.u;
    geo_Rect in = geo_rect_inset(nb, 1.1f * u);
    int px = ui_step_px(&a->lay); /* smaller only where a page of its own cannot hold it (under 800x480) */
    while (px > 8 && ui_lines_h(a, a->content->safety.notice, px, 0, in.w, 1.3f) > in.h + 0.5f)
        px = px * 9 / 10;
    ui_caution_box(a, l, nb, 1.0f);
    ui_text_lines(a, l, in, a->content->safety.notice, px, 0, 1.3f, dl_rgba(UI_CAUTION_INK));
}


static int why_cols(const app_Layout *lay)
{
    return lay->w >= lay->h ? 2 : 1;
}

/* The height of "why" card i at card width cw: padding, its title, its
 * text and its source. */
static float why_need(const app_State *a, int i, float cw)
{
    const saf_Info *s = &a->content->safety;
    float u = a->lay.u, w = cw - 1.8f * u;
    int px = ui_step_px(&a->lay), src_px = source_px(&a->lay);
    char src[480];
    item_sources(a, &s->why[i], src, sizeof src);
    return 2.2f * u + ui_lines_h(a, s->why[i].title, px, 1, w, 1.3f) + ui_lines_h(a, s->why[i].text, px, 0, w, 1.3f) +
           ui_lines_h(a, src, src_px, 0, w, 1.3f);
}

/* The height row r of "why" cards needs: its tallest card's. */
static float why_row_need(const app_State *a, int r, int cols, float cw)
{
    float need = 0;
    for (int i = r * cols; i < (r + 1) * cols && i < a->content->safety.nwhy; i++)
        need = fmaxf(need, why_need(a, i, cw));
    return need;
}

static float why_card_w(const app_Layout *lay, geo_Rect body)
{
    int cols = why_cols(lay);
    return (body.w - lay->u * (float)(cols - 1)) / (float)cols;
}

/* Whether each item of when to see a professional fits above the notice
 * in box (else the notice has a page of its own). */
static int notice_beside(const app_State *a, geo_Rect box)
{
    const saf_Info *s = &a->content->safety;
    geo_Rect nb, above = above_notice(a, box, &nb), right;
    two_columns(&a->lay, above, &above, &right); /* measured at the width it is drawn */
    for (int i = 0; i < s->npro; i++)
        if (!list_fits(a, s->pro + i, 1, above))
            return 0;
    return 1;
}

static void add_page(app_Layout *lay, app_PageKind kind, int first, int n)
{
    if (lay->pages < APP_MAX_PAGES)
        lay->page[lay->pages++] = (app_Page){kind, first, n, 0};
}

/* Whether all n items fit box, in its two columns where it has them. */
static int all_fit(const app_State *a, const saf_Item *it, int n, geo_Rect box)
{
    geo_Rect left, right;
    if (!two_columns(&a->lay, box, &left, &right))
        return list_fits(a, it, n, box);
    int k = column_holds(a, it, n, left);
    return k + column_holds(a, it + k, n - k, right) >= n;
}

/* Pages of a list's items, as many to a page as fit box at 0.9u. */
static void list_pages(const app_State *a, app_Layout *lay, app_PageKind kind, const saf_Item *it, int n,
                       geo_Rect box)
{
    float u = lay->u;
    geo_Rect in = geo_rect_inset(box, 1.1f * u), left, right;
    float avail = in.h - heading_h(lay);
    int cols = two_columns(lay, box, &left, &right);
    for (int first = 0, k = 0; first < n; first += k) {
        k = cols ? column_holds(a, it + first, n - first, left) : 0;
        if (k > 0) {
            if (first + k < n)
                k += column_holds(a, it + first + k, n - first - k, right);
        } else { /* one column, or a rule too tall for a column: the whole width */
            for (k = 1; first + k < n && list_need(a, it + first, k + 1, in) <= avail; k++)
                ;
        }
        add_page(lay, kind, first, k);
    }
}

static void share_pages(const app_State *a, app_Layout *lay)
{
    const saf_Info *s = &a->content->safety;
    float u = lay->u, gap = u, used = 0;
    geo_Rect body = safety_body(lay), nb;
    lay->pages = 0;
    if (list_fits(a, s->never, s->nnever, lay->closeup) &&
        list_fits(a, s->pro, s->npro, above_notice(a, lay->card, &nb))) {
        add_page(lay, PAGE_RULES, 0, 0);
    } else {
        list_pages(a, lay, PAGE_NEVER, s->never, s->nnever, body);
        int pro = lay->pages;
        if (notice_beside(a, body)) {
            list_pages(a, lay, PAGE_PRO, s->pro, s->npro, above_notice(a, body, &nb));
            for (int i = pro; i < lay->pages; i++)
                lay->page[i].notice = 1;
        } else { /* the notice under the last page's items, or a page of its own */
            list_pages(a, lay, PAGE_PRO, s->pro, s->npro, body);
            app_Page *last = &lay->page[lay->pages - 1];
            if (lay->pages > pro && all_fit(a, s->pro + last->first, last->n, above_notice(a, body, &nb))) {
                last->notice = 1;
            } else if (lay->pages > pro && notice_right(a, s->pro + last->first, last->n, body, NULL, NULL)) {
                last->notice = 2;
            } else {
                add_page(lay, PAGE_PRO, s->npro, 0);
                lay->page[lay->pages - 1].notice = 1;
            }
        }
    }
    int cols = why_cols(lay), first = 0;
    float cw = why_card_w(lay, body);
    for (int r = 0; r * cols < s->nwhy; r++) {
        float need = why_row_need(a, r, cols, cw);
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
        left -= why_row_need(a, r0 + r, cols, cw);
    for (int r = 0; r < rows; r++) {
        float ch = why_row_need(a, r0 + r, cols, cw) + fmaxf(left, 0) / (float)rows;
        for (int c = 0; c < cols && (r0 + r) * cols + c < pg->first + pg->n; c++) {
            int i = (r0 + r) * cols + c;
            geo_Rect card = geo_rect(body.x + (float)c * (cw + gap), y, cw, ch);
            ui_card(a, l, card, u);
            geo_Rect in = geo_rect_inset(card, 0.9f * u);
            int px = ui_step_px(&a->lay);
            char src[480];
            item_sources(a, &s->why[i], src, sizeof src);
            float ty = in.y + ui_text_lines(a, l, in, s->why[i].title, px, 1, 1.3f, dl_rgba(UI_ACCENT)) + 0.4f * u;
            ui_text_lines(a, l, geo_rect(in.x, ty, in.w, in.y + in.h - ty), s->why[i].text, px, 0, 1.3f,
                          dl_rgba(UI_INK));
            float sh = ui_lines_h(a, src, source_px(&a->lay), 0, in.w, 1.3f);
            ui_text_lines(a, l, geo_rect(in.x, in.y + in.h - sh, in.w, sh), src, source_px(&a->lay), 0, 1.3f,
                          dl_rgba(UI_MUTED));
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
        return _("Safety rules");
    if (k == PAGE_WHY)
        return was == PAGE_WHY ? _("More facts \xE2\x80\xBA") : _("Why? Background facts");
    return k == PAGE_PRO && was != PAGE_PRO ? _("See a professional \xE2\x80\xBA") : _("More rules \xE2\x80\xBA");
}

static void draw(const app_State *a, dl_List *l)
{
    const saf_Info *s = &a->content->safety;
    const app_Layout *lay = &a->lay;
    float u = lay->u;
    int p = a->page < lay->pages ? a->page : 0, nth = 1, of = count_kind(lay, p, &nth);
    const app_Page *pg = &lay->page[p];
    const char *name = pg->kind == PAGE_WHY ? _("Why: the background") : _("Safety");
    char title[96];
    if (of > 1) /* TRANSLATORS: a page title: the page's name, page n of m */
        snprintf(title, sizeof title, _("%s, %d of %d"), name, nth, of);
    else
        snprintf(title, sizeof title, "%s", name);
    ui_header(a, l, title, _("Not medical advice"), _("\xE2\x80\xB9 Map"));
    geo_Rect body = safety_body(lay), nb;
    if (!s->loaded) {
        dl_text(l, geo_rect_inset(lay->closeup, u), _("The safety notes could not be loaded (see levels/safety.json)."),
                (int)(1.2f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
    } else if (pg->kind == PAGE_WHY) {
        why_cards(a, l, pg);
    } else if (pg->kind == PAGE_NEVER) {
        item_list(a, l, body, _("\xE2\x9C\x95 Never at home"), UI_DANGER, s->never + pg->first, pg->n);
    } else if (pg->kind == PAGE_PRO && pg->n == 0) { /* the notice alone, as tall as its words */
        notice(a, l, notice_top(a, body));
    } else if (pg->kind == PAGE_PRO && pg->notice == 2) {
        geo_Rect items;
        notice_right(a, s->pro + pg->first, pg->n, body, &items, &nb);
        item_column(a, l, items, _("See a professional"), UI_ACCENT, s->pro + pg->first, pg->n);
        notice(a, l, nb);
    } else if (pg->kind == PAGE_PRO && !pg->notice) {
        item_list(a, l, body, _("See a professional"), UI_ACCENT, s->pro + pg->first, pg->n);
    } else if (pg->kind == PAGE_PRO) {
        item_list(a, l, above_notice(a, body, &nb), _("See a professional"), UI_ACCENT, s->pro + pg->first, pg->n);
        notice(a, l, nb);
    } else {
        item_list(a, l, lay->closeup, _("\xE2\x9C\x95 Never at home"), UI_DANGER, s->never, s->nnever);
        item_list(a, l, above_notice(a, lay->card, &nb), _("See a professional"), UI_ACCENT, s->pro, s->npro);
        notice(a, l, nb);
    }
    ui_button(a, l, app_target_of(a, SAFETY_PAGE, -1), next_page_name(lay, p), 0, 1);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_MAP), _("Back to map"), 1, 1);
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
