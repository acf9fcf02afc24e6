/* card.c - the routine's step card (see card.h). */
#include "card.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "ui.h"

#define HEAD_U 3.0f  /* "Step 2 of 9" and the step bar, in u */
#define PAD_U 0.7f   /* inside the caution box, in u */
#define INSET_U 1.2f /* inside the card, in u */
#define CARD_NOTE 480 /* the timer's note, the sources' names */

/* The caution's heading, as the step stands: a choice to make, a step
 * that may be skipped, or a caution alone. */
static const char *caution_head(const app_State *a, const lvl_Step *st)
{
    return a->choice       ? _("\xE2\x9A\xA0 Caution \xC2\xB7 Do it or Skip?")
           : st->skippable ? _("\xE2\x9A\xA0 Caution \xC2\xB7 you can skip this step")
                           : _("\xE2\x9A\xA0 Caution");
}

static void timer_note(const lvl_Step *st, char *out, int len)
{
    /* TRANSLATORS: seconds, then who suggests them */
    snprintf(out, (size_t)len, _("Timer: %d s \xC2\xB7 %s"), st->seconds,
             st->seconds_is_suggestion ? _("the trainer's suggestion") : _("from the sources"));
}

/* On a routine's first step: the source texts it comes from, by name. */
static void sources_note(const app_State *a, char *out, int len)
{
    const lvl_Routine *r = a->player.r;
    char names[400];
    fct_source_names(&a->content->facts, &r->sources, names, sizeof names);
    snprintf(out, (size_t)len, P_("From the source text: %s", "From the source texts: %s", r->sources.n), names);
}

/* Whether the step shown is a routine's first: it names the sources. */
static int first_step(const app_State *a)
{
    return a->player.r && a->player.index == 0 && a->player.r->sources.n > 0;
}

/* The text a row's bytes are taken from. */
static const char *row_source(const app_State *a, const lvl_Step *st, int kind, char *note, int len)
{
    switch (kind) {
    case ROW_SOURCES: sources_note(a, note, len); return note;
    case ROW_TITLE: return st->title;
    case ROW_TEXT: return st->text;
    case ROW_CAUTION_HEAD: return caution_head(a, st);
    case ROW_CAUTION: return st->caution;
    default: timer_note(st, note, len); return note;
    }
}

/* Rows of one block (the title, the text, the caution, the note), placed
 * together on a page where they fit one. */
typedef struct {
    app_Row r[APP_MAX_ROWS];
    int n;
    float h;
} Block;

typedef struct {
    app_Layout *l;
    float page_h, y; /* y: where the next row goes on the current page */
    int page;
} Flow;

static void lines(const app_State *a, Block *b, int kind, const char *s, int px, int bold, float width,
                  float lead)
{
    ui_Span sp[APP_MAX_ROWS];
    int n = ui_wrap(a, s, px, bold, width, sp, APP_MAX_ROWS - b->n);
    for (int i = 0; i < n; i++) {
        b->r[b->n++] = (app_Row){.kind = (unsigned char)kind, .off = sp[i].off, .len = sp[i].len,
                                 .h = lead * (float)px, .px = (float)px};
        b->h += lead * (float)px;
    }
}

/* Places a block after gap, line by line; a block kept whole (the
 * caution) that fits a page but not the rest of this one starts the next
 * page. */
static void place(Flow *f, const Block *b, float gap, int whole)
{
    if (b->n == 0)
        return;
    if (whole && f->y > 0 && f->y + gap + b->h > f->page_h && b->h <= f->page_h) {
        f->page++;
        f->y = 0;
    } else if (f->y > 0) {
        f->y += gap;
    }
    for (int i = 0; i < b->n && f->l->nrows < APP_MAX_ROWS; i++) {
        app_Row r = b->r[i];
        if (f->y > 0 && f->y + r.h > f->page_h + 0.5f) {
            f->page++;
            f->y = 0;
        }
        r.page = (short)f->page;
        r.y = f->y;
        f->y += r.h;
        f->l->row[f->l->nrows++] = r;
    }
}

/* Lays the rows out at k times the text unit on pages page_h tall; returns
 * how many pages they take. */
static int flow(const app_State *a, app_Layout *l, const lvl_Step *st, float k, float page_h)
{
    float tu = l->su * k, u = l->u, w = l->card.w - 2 * INSET_U * u;
    /* the title a size above the text: at large sizes, less above */
    float title_k = a->settings.text_size == SET_TEXT_NORMAL ? 1.7f : 1.5f;
    int tpx = (int)(title_k * tu), px = (int)(UI_STEP_TEXT * tu), npx = (int)(0.9f * tu);
    Flow f = {l, page_h, 0, 0};
    Block b = {.n = 0};
    l->nrows = 0;
    lines(a, &b, ROW_TITLE, st->title, tpx, 1, w, 1.25f);
    place(&f, &b, 0, 0);
    b.n = 0, b.h = 0;
    lines(a, &b, ROW_TEXT, st->text, px, 0, w, 1.3f);
    place(&f, &b, 0.4f * tu, 0);
    if (st->caution) {
        b.n = 0, b.h = 0;
        lines(a, &b, ROW_CAUTION_HEAD, caution_head(a, st), px, 1, w - 2 * PAD_U * u, 1.4f);
        b.r[0].h += PAD_U * u; /* the box's top */
        lines(a, &b, ROW_CAUTION, st->caution, px, 0, w - 2 * PAD_U * u, 1.3f);
        b.r[b.n - 1].h += PAD_U * u; /* its bottom */
        b.h += 2 * PAD_U * u;
        place(&f, &b, 0.8f * tu, 1);
    }
    if (first_step(a)) {
        char note[CARD_NOTE];
        sources_note(a, note, sizeof note);
        b.n = 0, b.h = 0;
        lines(a, &b, ROW_SOURCES, note, npx, 0, w, 1.4f);
        place(&f, &b, 0.5f * tu, 1);
    }
    if (st->seconds > 0) {
        char note[CARD_NOTE];
        timer_note(st, note, sizeof note);
        b.n = 0, b.h = 0;
        lines(a, &b, ROW_NOTE, note, npx, 0, w, 1.5f);
        place(&f, &b, 0.5f * tu, 1);
    }
    return f.page + 1;
}

/* Where the rows go: the card inside its margin, below the step bar. */
static geo_Rect text_area(const app_Layout *l)
{
    geo_Rect in = geo_rect_inset(l->card, INSET_U * l->u);
    return geo_rect(in.x, in.y + HEAD_U * l->u, in.w, in.h - HEAD_U * l->u);
}

void card_layout(app_State *a, app_Layout *l, const lvl_Step *st)
{
    geo_Rect area = text_area(l);
    float bar = UI_TARGET * l->u + 0.6f * l->u, k = 1;
    /* "normal" may be a little smaller (down to u) to fit one page */
    float least = a->settings.text_size == SET_TEXT_NORMAL ? l->u / (UI_STEP_TEXT * l->su) : 1;
    int pages = flow(a, l, st, k, area.h);
    while (pages > 1 && k * 0.94f >= least) {
        k *= 0.94f;
        pages = flow(a, l, st, k, area.h);
    }
    if (pages > 1)
        pages = flow(a, l, st, k, area.h - bar);
    ui_list_layout(a, l, area, pages, pages > 1 ? area.h - bar : area.h, 0);
}

/* Segments for the steps: done (filled), skipped (outlined), current. */
static void step_bar(const app_State *a, dl_List *l, geo_Rect r)
{
    const ply_State *p = &a->player;
    int n = p->r->nsteps;
    float gap = a->lay.u * 0.3f, w = (r.w - gap * (float)(n - 1)) / (float)n;
    for (int i = 0; i < n; i++) {
        geo_Rect s = geo_rect(r.x + (float)i * (w + gap), r.y, w, r.h);
        uint32_t fill = i == p->index ? UI_ACCENT
                        : p->mark[i] == PLY_DONE ? UI_ACCENT_MID
                        : p->mark[i] == PLY_SKIPPED ? UI_WHITE : UI_TRACK;
        dl_rrect(l, s, r.h / 2, dl_rgba(fill), dl_rgba(p->mark[i] == PLY_SKIPPED ? UI_DISABLED_INK : UI_NONE),
                 p->mark[i] == PLY_SKIPPED ? a->lay.u * 0.1f : 0);
    }
}

/* The caution box behind the caution's rows on this page. */
static void caution_box(const app_State *a, dl_List *l, geo_Rect area, int page)
{
    float top = -1, bottom = 0;
    for (int i = 0; i < a->lay.nrows; i++) {
        const app_Row *r = &a->lay.row[i];
        if (r->page != page || (r->kind != ROW_CAUTION_HEAD && r->kind != ROW_CAUTION))
            continue;
        if (top < 0)
            top = r->y;
        bottom = r->y + r->h;
    }
    if (top >= 0)
        ui_caution_box(a, l, geo_rect(area.x, area.y + top, area.w, bottom - top), PAD_U);
}

static void row(const app_State *a, dl_List *l, const lvl_Step *st, int i, geo_Rect area)
{
    const uint32_t ink[] = {UI_INK, UI_INK, UI_CAUTION, UI_CAUTION_INK, UI_MUTED, UI_MUTED};
    const app_Row *r = &a->lay.row[i];
    char note[CARD_NOTE], line[512];
    const char *src = row_source(a, st, r->kind, note, sizeof note);
    if (!src || r->off + r->len > (int)strlen(src))
        return; /* laid out for another step: the next layout fixes it */
    snprintf(line, sizeof line, "%.*s", r->len, src + r->off);
    int boxed = r->kind == ROW_CAUTION_HEAD || r->kind == ROW_CAUTION;
    float pad = boxed ? PAD_U * a->lay.u : 0, y = area.y + r->y, h = r->h;
    if (r->kind == ROW_CAUTION_HEAD && (i == 0 || r[-1].kind != ROW_CAUTION_HEAD))
        y += pad, h -= pad; /* the box's top */
    if (r->kind == ROW_CAUTION && (i + 1 == a->lay.nrows || r[1].kind != ROW_CAUTION))
        h -= pad; /* its bottom */
    dl_text(l, geo_rect(area.x + pad, y, area.w - 2 * pad, h), line, (int)r->px,
            r->kind == ROW_TITLE || r->kind == ROW_CAUTION_HEAD, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(ink[r->kind]));
}

void card_draw(const app_State *a, dl_List *l, const lvl_Step *st)
{
    const ply_State *p = &a->player;
    float u = a->lay.u;
    geo_Rect c = a->lay.card, in = geo_rect_inset(c, INSET_U * u), area = text_area(&a->lay);
    ui_card(a, l, c, u);
    char head[96];
    snprintf(head, sizeof head, _("Step %d of %d"), p->index + 1, p->r->nsteps);
    if (p->mark[p->index] == PLY_DONE) /* TRANSLATORS: after "Step 2 of 9": this step was done already */
        snprintf(head + strlen(head), sizeof head - strlen(head), "%s", _(" \xC2\xB7 done before"));
    dl_text(l, geo_rect(in.x, in.y, in.w, 1.4f * u), head, (int)(1.0f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(UI_ACCENT));
    step_bar(a, l, geo_rect(in.x, in.y + 1.8f * u, in.w, 0.55f * u));
    int page = a->lay.list.count > 0 ? a->lay.list.first : 0;
    caution_box(a, l, area, page);
    for (int i = 0; i < a->lay.nrows; i++)
        if (a->lay.row[i].page == page)
            row(a, l, st, i, area);
    ui_list_bar(a, l);
}
