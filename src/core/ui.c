/* ui.c - the palette's helpers, text metrics, layout bands and the small
 * widgets every screen uses (see ui.h). */
#include "ui.h"

#include "i18n.h"

#include <stdio.h>

/* ---- colours and words ------------------------------------------------------ */

dl_Color ui_alpha(uint32_t rgba, uint8_t alpha)
{
    dl_Color c = dl_rgba(rgba);
    c.a = alpha;
    return c;
}

void ui_due_text(tf_DueInfo d, char *out, int len)
{
    switch (d.status) {
    case TF_DUE_NEVER: snprintf(out, (size_t)len, "%s", _("Not done yet")); break;
    case TF_DUE_RECENT:
    case TF_DUE_SOON:
        if (d.days_left == 1)
            snprintf(out, (size_t)len, "%s", _("Due tomorrow"));
        else
            snprintf(out, (size_t)len, P_("Due in %d day", "Due in %d days", d.days_left), d.days_left);
        break;
    default:
        if (d.days_left >= 0)
            snprintf(out, (size_t)len, "%s", _("Due today"));
        else
            snprintf(out, (size_t)len, P_("%d day overdue", "%d days overdue", -d.days_left), -d.days_left);
        break;
    }
}

const char *ui_month_short(int m)
{
    /* TRANSLATORS: short month names under the history's calendar and the
     * kiosk chart; at most four letters. */
    const char *const mon[12] = {C_("short month", "Jan"), C_("short month", "Feb"), C_("short month", "Mar"),
                                 C_("short month", "Apr"), C_("short month", "May"), C_("short month", "Jun"),
                                 C_("short month", "Jul"), C_("short month", "Aug"), C_("short month", "Sep"),
                                 C_("short month", "Oct"), C_("short month", "Nov"), C_("short month", "Dec")};
    return mon[((m - 1) % 12 + 12) % 12];
}

void ui_date(int64_t t, int tz_offset, char *out, int len)
{
    /* TRANSLATORS: the month as it is written in a date (English shortens
     * it: "1 Dec 2026"); write it as your language writes dates. */
    const char *const mon[12] = {C_("date", "Jan"), C_("date", "Feb"), C_("date", "Mar"), C_("date", "Apr"),
                                 C_("date", "May"), C_("date", "Jun"), C_("date", "Jul"), C_("date", "Aug"),
                                 C_("date", "Sep"), C_("date", "Oct"), C_("date", "Nov"), C_("date", "Dec")};
    int y, m, d;
    tf_civil_from_days(tf_local_day(t, tz_offset), &y, &m, &d);
    /* TRANSLATORS: a date: the day, the month's name, the year
     * ("1 Dec 2026"); %1$d, %2$s and %3$d reorder them if you must. */
    snprintf(out, (size_t)len, _("%d %s %d"), d, mon[(m - 1) % 12], y);
}

void ui_every(int days, char *out, int len)
{
    if (days == 1)
        snprintf(out, (size_t)len, "%s", _("every day"));
    else if (days == 7)
        snprintf(out, (size_t)len, "%s", _("every week"));
    else
        snprintf(out, (size_t)len, P_("every %d day", "every %d days", days), days);
}

float ui_text_w(const char *t, float px)
{
    int n = 0;
    for (; *t; t++)
        n += ((unsigned char)*t & 0xC0) != 0x80;
    return (float)n * 0.62f * px;
}

float ui_text_h(const char *t, float px, float width)
{
    float w = ui_text_w(t, px) * 0.92f; /* regular weight is narrower than bold */
    int lines = 1;
    if (width > px) /* word wrapping leaves lines about 15 % short */
        lines = (int)(w / (width * 0.85f)) + 1;
    return (float)lines * 1.2f * px;
}

/* ---- layout bands ------------------------------------------------------------ */

int ui_landscape(const app_Layout *l)
{
    return l->w >= l->h;
}

float ui_clampf(float v, float lo, float hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

void ui_header_band(app_Layout *l, int back)
{
    float u = l->u;
    l->header = geo_rect(0, 0, (float)l->w, 4.4f * u);
    float bx = u;
    if (back) {
        geo_Rect b = geo_rect(u, 0.5f * u, 7.5f * u, UI_TARGET * u);
        app_add_target(l, ACT_BACK, 0, b, "back");
        bx = b.x + b.w + u;
    }
    l->title = geo_rect(bx, 0.4f * u, (float)l->w - bx - u, 3.6f * u);
}

void ui_controls(app_Layout *l, const ui_Control *c, int n)
{
    float u = l->u;
    l->controls = geo_rect(0, (float)l->h - 5.2f * u, (float)l->w, 5.2f * u);
    float maxw = 16 * u, gap = u;
    float bw = ((float)l->w - 2 * u - gap * (float)(n - 1)) / (float)n;
    if (bw > maxw)
        bw = maxw;
    float total = bw * (float)n + gap * (float)(n - 1);
    float x = ((float)l->w - total) / 2;
    for (int i = 0; i < n; i++)
        app_add_target(l, c[i].act, c[i].arg, geo_rect(x + (float)i * (bw + gap), l->controls.y + u, bw, UI_TARGET * u),
                       "%s", c[i].name);
}

void ui_split_closeup(app_Layout *l, float frac)
{
    float u = l->u, top = l->header.h;
    float bottom = (float)l->h - l->controls.h;
    if (ui_landscape(l)) {
        float cw = ((float)l->w - 3 * u) * frac;
        l->closeup = geo_rect(u, top, cw, bottom - top - u);
        l->card = geo_rect(2 * u + cw, top, (float)l->w - 3 * u - cw, bottom - top - u);
    } else {
        float ch = (bottom - top - u) * 0.42f;
        l->closeup = geo_rect(u, top, (float)l->w - 2 * u, ch);
        l->card = geo_rect(u, top + ch + u, (float)l->w - 2 * u, bottom - top - ch - 2 * u);
    }
}

/* ---- widgets ----------------------------------------------------------------- */

void ui_focus_ring(const app_State *a, dl_List *l, geo_Rect r)
{
    float u = a->lay.u;
    geo_Rect o = geo_rect_inset(r, -0.35f * u);
    dl_rrect(l, o, 0.9f * u, dl_rgba(UI_NONE), dl_rgba(UI_FOCUS), ui_theme->focus_w * u);
}

void ui_button(const app_State *a, dl_List *l, int ti, const char *label, int primary, int enabled)
{
    if (ti < 0)
        return;
    float u = a->lay.u;
    geo_Rect r = a->lay.t[ti].r;
    int down = a->pressed == ti && enabled, hover = a->hover == ti && enabled;
    uint32_t bg = primary ? (down ? UI_ACCENT_DOWN : hover ? UI_ACCENT_HOVER : UI_ACCENT)
                          : (down ? UI_CARD_DOWN : hover ? UI_CARD_HOVER : UI_CARD);
    uint32_t fg = primary ? UI_WHITE : UI_INK;
    if (!enabled) {
        bg = UI_DISABLED;
        fg = UI_DISABLED_INK;
    }
    if (down)
        r = geo_rect_inset(r, 0.08f * u);
    dl_rrect(l, r, 0.7f * u, dl_rgba(bg), dl_rgba(primary ? bg : UI_LINE), primary ? 0 : 0.12f * u);
    geo_Rect in = geo_rect_inset(r, 0.4f * u);
    dl_text(l, in, label, ui_fit_px(a, label, 1.2f, 1, in), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(fg));
    if (a->focus == ti && a->focus_visible)
        ui_focus_ring(a, l, a->lay.t[ti].r);
}

float ui_lang_w(const app_Layout *l)
{
    return 8.0f * l->u;
}

void ui_lang_target(const app_State *a, app_Layout *l, geo_Rect r)
{
    app_add_target(l, ACT_LANG, lng_index(lng_next(a->lang)), r, "lang");
}

void ui_lang_button(const app_State *a, dl_List *l)
{
    int ti = app_find_target(a, "lang");
    if (ti >= 0)
        ui_button(a, l, ti, lng_own_name(lng_code(a->lay.t[ti].arg)), 0, 1);
}

void ui_header(const app_State *a, dl_List *l, const char *title, const char *note, const char *back_label)
{
    float u = a->lay.u;
    geo_Rect t = a->lay.title;
    dl_rect(l, a->lay.header, dl_rgba(UI_BAND));
    dl_rect(l, geo_rect(0, a->lay.header.h - 0.1f * u, (float)a->lay.w, 0.1f * u), dl_rgba(UI_LINE));
    float nw = note ? t.w * 0.38f : 0;
    geo_Rect tr = geo_rect(t.x, t.y, t.w - nw, t.h), nr = geo_rect(t.x + t.w - nw, t.y, nw, t.h);
    ui_fit_lines(a, l, tr, title, 1.7f, 1, dl_rgba(UI_INK));
    if (note)
        dl_text(l, nr, note, ui_fit_px(a, note, 1.1f, 0, nr), 0, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_MUTED));
    int back = app_target_of(a, ACT_BACK, -1);
    if (back >= 0)
        ui_button(a, l, back, back_label, 0, 1);
}

void ui_profile_chip(const app_State *a, dl_List *l, geo_Rect r, const char *name, int colour)
{
    static const uint32_t colours[PFL_NCOLOURS] = {UI_PROFILE_COLOURS};
    char initial[5];
    float side = r.w < r.h ? r.w : r.h;
    geo_Rect disc = geo_rect(r.x + (r.w - side) / 2, r.y + (r.h - side) / 2, side, side);
    pfl_initial(name, initial);
    dl_rrect(l, disc, side / 2, dl_rgba(colours[colour >= 0 && colour < PFL_NCOLOURS ? colour : 0]),
             dl_rgba(UI_WHITE), 0.1f * a->lay.u);
    dl_text(l, disc, initial, (int)(0.55f * side), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(UI_WHITE));
}

void ui_card(const app_State *a, dl_List *l, geo_Rect r, float radius)
{
    dl_rrect(l, r, radius, dl_rgba(UI_CARD), dl_rgba(UI_LINE), 0.1f * a->lay.u);
}

void ui_badge(dl_List *l, geo_Rect r, tf_Due d, float u, float px_k, float radius_k, float ring_k)
{
    ui_badge_text(l, r, d, tf_due_badge(d), u, px_k, radius_k, ring_k);
}

void ui_badge_text(dl_List *l, geo_Rect r, tf_Due d, const char *text, float u, float px_k, float radius_k,
                   float ring_k)
{
    dl_rrect(l, r, radius_k * u, ui_due_color(d), dl_rgba(ring_k > 0 ? UI_WHITE : UI_NONE), ring_k * u);
    float w1 = ui_text_w(text, 1.0f); /* measured once: badges are drawn every frame */
    float fit = w1 > 0 ? (r.w - 0.5f * u) / w1 : px_k * u;
    float px = px_k * u < fit ? px_k * u : fit; /* a longer word ("Überfällig") a little smaller */
    dl_text(l, r, text, (int)px, 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, ui_due_ink(d));
}

void ui_caution_box(const app_State *a, dl_List *l, geo_Rect r, float radius_u)
{
    float u = a->lay.u;
    dl_rrect(l, r, radius_u * u, dl_rgba(UI_CAUTION_BG), dl_rgba(UI_CAUTION_LINE), 0.15f * u);
}
