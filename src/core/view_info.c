/* view_info.c - the screens that inform: safety (the "never" list, when
 * to see a professional, the not-medical-advice notice, and the "why"
 * cards on a second page) and history (per-zone status and the newest
 * finished routines). */
#include "view_parts.h"

#include <stdio.h>

static geo_Rect rect(float x, float y, float w, float h)
{
    geo_Rect r = {x, y, w, h};
    return r;
}

/* A heading and a list of items (title in bold, then text), in box; the
 * text size goes down from 1.05u (not below 0.8u) until the list fits. */
static void item_list(const app_State *a, dl_List *l, geo_Rect box, const char *heading, uint32_t accent,
                      const saf_Item *it, int n)
{
    float u = a->lay.u, px = 1.05f * u, total = 0;
    dl_rrect(l, box, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
    geo_Rect in = geo_rect_inset(box, 1.1f * u);
    dl_text(l, rect(in.x, in.y, in.w, 2 * u), heading, (int)(1.3f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(accent));
    float top = in.y + 2.6f * u, avail = in.y + in.h - top;
    for (;; px *= 0.95f) {
        total = 0;
        for (int i = 0; i < n; i++)
            total += 1.3f * px + view_text_h(it[i].text, px * 0.95f, in.w - 0.9f * u) + 0.6f * u;
        if (total <= avail || px <= 0.75f * u)
            break;
    }
    float y = top;
    for (int i = 0; i < n && y < in.y + in.h; i++) {
        float th = view_text_h(it[i].text, px * 0.95f, in.w - 0.9f * u);
        dl_rect(l, rect(in.x, y + 0.2f * px, 0.25f * u, 1.1f * px + th), dl_rgba(accent));
        dl_text(l, rect(in.x + 0.9f * u, y, in.w - 0.9f * u, 1.3f * px), it[i].title, (int)px, 1, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
        dl_text(l, rect(in.x + 0.9f * u, y + 1.3f * px, in.w - 0.9f * u, th + 0.2f * px), it[i].text,
                (int)(px * 0.95f), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_MUTED));
        y += 1.3f * px + th + 0.6f * u;
    }
}

/* The "why" cards, in a grid over both columns. */
static void why_cards(const app_State *a, dl_List *l, geo_Rect body)
{
    const saf_Info *s = &a->content->safety;
    float u = a->lay.u;
    int cols = a->lay.w >= a->lay.h ? 2 : 1;
    int rows = (s->nwhy + cols - 1) / cols;
    float gap = u, cw = (body.w - gap * (float)(cols - 1)) / (float)cols;
    float ch = rows ? (body.h - gap * (float)(rows - 1)) / (float)rows : 0;
    for (int i = 0; i < s->nwhy; i++) {
        geo_Rect c = rect(body.x + (float)(i % cols) * (cw + gap), body.y + (float)(i / cols) * (ch + gap), cw, ch);
        dl_rrect(l, c, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
        geo_Rect in = geo_rect_inset(c, 0.9f * u);
        char src[120];
        snprintf(src, sizeof src, "Source: %s", s->why[i].source ? s->why[i].source : "the source texts");
        dl_text(l, rect(in.x, in.y, in.w, 1.6f * u), s->why[i].title, (int)(1.15f * u), 1, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_ACCENT));
        dl_text(l, rect(in.x, in.y + 1.8f * u, in.w, in.h - 3.2f * u), s->why[i].text, (int)(1.0f * u), 0,
                DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_INK));
        dl_text(l, rect(in.x, in.y + in.h - 1.3f * u, in.w, 1.3f * u), src, (int)(0.8f * u), 0, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    }
}

void view_safety(const app_State *a, dl_List *l)
{
    const saf_Info *s = &a->content->safety;
    float u = a->lay.u;
    view_header(a, l, a->page ? "Why: the background" : "Safety", "Not medical advice");
    geo_Rect left = a->lay.closeup, right = a->lay.card;
    if (!s->loaded) {
        dl_text(l, geo_rect_inset(left, u), "The safety notes could not be loaded (see levels/safety.json).",
                (int)(1.2f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_MUTED));
    } else if (a->page) {
        geo_Rect body = {left.x, left.y, right.x + right.w - left.x, left.h > right.h ? left.h : right.h};
        if (a->lay.w < a->lay.h)
            body = rect(left.x, left.y, left.w, right.y + right.h - left.y);
        why_cards(a, l, body);
    } else {
        item_list(a, l, left, "\xE2\x9C\x95 Never at home", 0xB42318FFu, s->never, s->nnever);
        float nh = view_text_h(s->notice, 0.95f * u, right.w - 2.4f * u) + 2.4f * u;
        geo_Rect pro = rect(right.x, right.y, right.w, right.h - nh - u);
        item_list(a, l, pro, "See a professional", VIEW_ACCENT, s->pro, s->npro);
        geo_Rect nb = rect(right.x, right.y + right.h - nh, right.w, nh);
        dl_rrect(l, nb, u, dl_rgba(VIEW_CAUTION_BG), dl_rgba(0xE0A240FFu), 0.15f * u);
        dl_text(l, geo_rect_inset(nb, 1.1f * u), s->notice, (int)(0.95f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(0x4A3000FFu));
    }
    view_button(a, l, view_target_of(a, ACT_PAGE), a->page ? "Safety rules" : "Why? Background facts", 0, 1);
    view_button(a, l, view_target_of(a, ACT_MAP), "Back to map", 1, 1);
}

/* History: per-zone status beside the newest entries. */
void view_progress(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Content *c = a->content;
    view_header(a, l, "History", NULL);
    geo_Rect z = a->lay.closeup, h = a->lay.card;
    dl_rrect(l, z, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
    dl_rrect(l, h, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
    geo_Rect zi = geo_rect_inset(z, u), hi = geo_rect_inset(h, u);
    float row = 2.2f * u;
    char line[200], date[40], due[64];
    dl_text(l, rect(zi.x, zi.y, zi.w, row), "Zones", (int)(1.2f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(VIEW_INK));
    for (int i = 0; i < c->nzones && zi.y + (float)(i + 2) * row <= zi.y + zi.h; i++) {
        tf_DueInfo d = app_zone_due(a, i);
        float y = zi.y + (float)(i + 1) * row;
        geo_Rect b = rect(zi.x + zi.w - 5 * u, y + 0.3f * u, 5 * u, row - 0.6f * u);
        view_due_text(d, due, sizeof due);
        snprintf(line, sizeof line, "%s \xC2\xB7 %s", c->zones[i].name, due);
        dl_text(l, rect(zi.x, y, zi.w - 5.5f * u, row), line, (int)(1.0f * u), 0, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
        dl_rrect(l, b, 0.6f * u, view_due_color(d.status), dl_rgba(0), 0);
        dl_text(l, b, tf_due_badge(d.status), (int)(0.85f * u), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
                dl_rgba(0xFFFFFFFFu));
    }
    snprintf(line, sizeof line, "Finished routines: %d", a->prog->n);
    dl_text(l, rect(hi.x, hi.y, hi.w, row), line, (int)(1.2f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(VIEW_INK));
    int shown = 0;
    for (int i = a->prog->n - 1; i >= 0 && hi.y + (float)(shown + 2) * row <= hi.y + hi.h; i--, shown++) {
        const prog_Entry *e = &a->prog->h[i];
        int ri = lvl_routine_index(c, e->routine);
        view_date(e->completed_at, a->tz_offset, date, sizeof date);
        snprintf(line, sizeof line, "%s \xC2\xB7 %s \xC2\xB7 %d/%d steps", date,
                 ri >= 0 ? c->routines[ri].title : e->routine, e->steps_done, e->steps_total);
        dl_text(l, rect(hi.x, hi.y + (float)(shown + 1) * row, hi.w, row), line, (int)(1.0f * u), 0,
                DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    }
    if (a->prog->n == 0)
        dl_text(l, rect(hi.x, hi.y + row, hi.w, 3 * row), "Nothing yet. Finished routines appear here.",
                (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_MUTED));
    view_button(a, l, view_target_of(a, ACT_MAP), "Back to map", 1, 1);
}
