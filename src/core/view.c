/* view.c - the map and zone screens, and the pieces every screen shares.
 * Sizes come from the layout unit u: body text 1.25u, titles 1.7u. */
#include "view_parts.h"

#include <stdio.h>
#include <string.h>

static geo_Rect rect(float x, float y, float w, float h)
{
    geo_Rect r = {x, y, w, h};
    return r;
}

dl_Color view_due_color(tf_Due d)
{
    switch (d) {
    case TF_DUE_RECENT: return dl_rgba(0x2E7D4FFFu);
    case TF_DUE_SOON: return dl_rgba(0xA86B00FFu);
    case TF_DUE_NOW: return dl_rgba(0xC2410CFFu);
    case TF_DUE_OVERDUE: return dl_rgba(0xB42318FFu);
    default: return dl_rgba(0x55627AFFu);
    }
}

void view_due_text(tf_DueInfo d, char *out, int len)
{
    switch (d.status) {
    case TF_DUE_NEVER: snprintf(out, (size_t)len, "Not done yet"); break;
    case TF_DUE_RECENT:
    case TF_DUE_SOON:
        if (d.days_left == 1)
            snprintf(out, (size_t)len, "Due tomorrow");
        else
            snprintf(out, (size_t)len, "Due in %d days", d.days_left);
        break;
    default:
        if (d.days_left >= 0)
            snprintf(out, (size_t)len, "Due today");
        else
            snprintf(out, (size_t)len, "%d day%s overdue", -d.days_left, d.days_left == -1 ? "" : "s");
        break;
    }
}

void view_date(int64_t t, int tz_offset, char *out, int len)
{
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int64_t local = t + tz_offset;
    int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    int y, m, d;
    tf_civil_from_days(days, &y, &m, &d);
    snprintf(out, (size_t)len, "%d %s %d", d, mon[(m - 1) % 12], y);
}

int view_target_of(const app_State *a, app_Action act)
{
    for (int i = 0; i < a->lay.n; i++)
        if (a->lay.t[i].act == act)
            return i;
    return -1;
}

void view_focus_ring(const app_State *a, dl_List *l, geo_Rect r)
{
    float u = a->lay.u;
    geo_Rect o = geo_rect_inset(r, -0.35f * u);
    dl_rrect(l, o, 0.9f * u, dl_rgba(0), dl_rgba(VIEW_FOCUS), 0.22f * u);
}

void view_button(const app_State *a, dl_List *l, int ti, const char *label, int primary, int enabled)
{
    if (ti < 0)
        return;
    float u = a->lay.u;
    geo_Rect r = a->lay.t[ti].r;
    int down = a->pressed == ti && enabled, hover = a->hover == ti && enabled;
    uint32_t bg = primary ? (down ? 0x12504CFFu : hover ? 0x185F5AFFu : VIEW_ACCENT)
                          : (down ? 0xE4DBD0FFu : hover ? 0xF3EEE8FFu : VIEW_CARD);
    uint32_t fg = primary ? 0xFFFFFFFFu : VIEW_INK;
    if (!enabled) {
        bg = 0xECE6DFFFu;
        fg = 0x9A94A0FFu;
    }
    if (down)
        r = geo_rect_inset(r, 0.08f * u);
    dl_rrect(l, r, 0.7f * u, dl_rgba(bg), dl_rgba(primary ? bg : VIEW_LINE), primary ? 0 : 0.12f * u);
    dl_text(l, geo_rect_inset(r, 0.4f * u), label, (int)(1.2f * u), 1, DL_ALIGN_CENTER,
            DL_VALIGN_MIDDLE, dl_rgba(fg));
    if (a->focus == ti && a->focus_visible)
        view_focus_ring(a, l, a->lay.t[ti].r);
}

geo_Rect view_closeup_src(const lvl_Content *c, int z, geo_Rect dst)
{
    geo_Rect b = geo_poly_bbox(c->zones[z].pts, c->zones[z].npts);
    float m = (b.w > b.h ? b.w : b.h) * 0.35f;
    b = geo_rect_inset(b, -m);
    float want = dst.w / (dst.h > 1 ? dst.h : 1);
    if (b.w / b.h < want) {
        float nw = b.h * want;
        b.x -= (nw - b.w) / 2;
        b.w = nw;
    } else {
        float nh = b.w / want;
        b.y -= (nh - b.h) / 2;
        b.h = nh;
    }
    return b;
}

geo_Fit view_closeup(const app_State *a, dl_List *l, int zone, geo_Rect box, int outline)
{
    float u = a->lay.u;
    dl_rrect(l, box, u, dl_rgba(0xEFE4D8FFu), dl_rgba(VIEW_LINE), 0.1f * u);
    geo_Rect inner = geo_rect_inset(box, 0.5f * u);
    geo_Rect src = view_closeup_src(a->content, zone, inner);
    dl_clip(l, inner);
    dl_art(l, src, inner, 1.0f);
    geo_Fit f = {inner.w / src.w, inner.x - src.x * (inner.w / src.w), inner.y - src.y * (inner.w / src.w)};
    if (outline) {
        const lvl_Zone *zn = &a->content->zones[zone];
        geo_Pt pts[LVL_MAX_POLY];
        for (int i = 0; i < zn->npts; i++)
            pts[i] = geo_fit_pt(f, zn->pts[i]);
        dl_poly(l, pts, zn->npts, dl_rgba(0x1D6F6A22u), dl_rgba(0x1D6F6AC0u), 0.15f * u);
    }
    return f;
}

void view_header(const app_State *a, dl_List *l, const char *title, const char *note)
{
    float u = a->lay.u;
    geo_Rect t = a->lay.title;
    dl_rect(l, a->lay.header, dl_rgba(0xEFE6DCFFu));
    dl_rect(l, rect(0, a->lay.header.h - 0.1f * u, (float)a->lay.w, 0.1f * u), dl_rgba(VIEW_LINE));
    float nw = note ? t.w * 0.38f : 0;
    dl_text(l, rect(t.x, t.y, t.w - nw, t.h), title, (int)(1.7f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    if (note)
        dl_text(l, rect(t.x + t.w - nw, t.y, nw, t.h), note, (int)(1.1f * u), 0, DL_ALIGN_RIGHT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    int back = view_target_of(a, ACT_BACK);
    if (back >= 0)
        view_button(a, l, back,
                    a->screen == SCR_ROUTINE  ? "\xE2\x80\xB9 Routines"
                    : a->screen == SCR_ADMIN ? "\xE2\x80\xB9 Close"
                                             : "\xE2\x80\xB9 Map",
                    0, 1);
}

/* ---- map -------------------------------------------------------------------- */

float view_text_w(const char *t, float px)
{
    int n = 0;
    for (; *t; t++)
        n += ((unsigned char)*t & 0xC0) != 0x80;
    return (float)n * 0.62f * px;
}

float view_text_h(const char *t, float px, float width)
{
    float w = view_text_w(t, px) * 0.92f; /* regular weight is narrower than bold */
    int lines = 1;
    if (width > px) /* word wrapping leaves lines about 15 % short */
        lines = (int)(w / (width * 0.85f)) + 1;
    return (float)lines * 1.2f * px;
}

static void legend(const app_State *a, dl_List *l)
{
    static const tf_Due order[] = {TF_DUE_NEVER, TF_DUE_RECENT, TF_DUE_SOON, TF_DUE_NOW, TF_DUE_OVERDUE};
    static const char *const what[] = {"never done", "done recently", "due soon", "due now", "overdue"};
    float u = a->lay.u;
    geo_Rect p = geo_rect_inset(a->lay.panel, u);
    int land = a->lay.w >= a->lay.h;
    dl_rect(l, a->lay.panel, dl_rgba(0xEFE6DCFFu));
    if (a->k.on) {
        dl_text(l, rect(p.x, p.y, land ? p.w : p.w / 2 - u, p.h - (land ? 4.4f * u : 0)),
                "Touch a zone of the face to see its care routines, one step at a time. "
                "The safety notes are below.",
                (int)(1.15f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_INK));
        view_button(a, l, view_target_of(a, ACT_SAFETY), "\xE2\x9A\xA0 Safety", 0, 1);
        return;
    }
    if (land)
        dl_text(l, rect(p.x, p.y, p.w, 2 * u), "Colours and badges", (int)(1.1f * u), 1, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    for (int i = 0; i < 5; i++) {
        float x = land ? p.x : p.x + (float)(i % 3) * (p.w / 3);
        float y = land ? p.y + 2.4f * u + (float)i * 2.0f * u : p.y + (float)(i / 3) * 2.0f * u;
        geo_Rect b = rect(x, y, 4.6f * u, 1.4f * u);
        dl_rrect(l, b, 0.6f * u, view_due_color(order[i]), dl_rgba(0), 0);
        dl_text(l, b, tf_due_badge(order[i]), (int)(0.85f * u), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
                dl_rgba(0xFFFFFFFFu));
        dl_text(l, rect(x + 5.0f * u, y, (land ? p.w : p.w / 3) - 5.0f * u, 1.4f * u), what[i],
                (int)(0.95f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    }
    if (land)
        dl_text(l, rect(p.x, p.y + 13 * u, p.w, p.h - 13 * u - 8.6f * u),
                "Tap a zone to see its routines. Keyboard: Tab moves, Return opens, Escape goes back.",
                (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_MUTED));
    view_button(a, l, view_target_of(a, ACT_SAFETY), "\xE2\x9A\xA0 Safety", 0, 1);
    view_button(a, l, view_target_of(a, ACT_PROGRESS), "History", 0, 1);
}

static void map_screen(const app_State *a, dl_List *l)
{
    const lvl_Content *c = a->content;
    float u = a->lay.u;
    view_header(a, l, "Face Map Trainer", "Tap a zone to start");
    geo_Rect art = {0, 0, c->art_w, c->art_h};
    dl_art(l, art, geo_fit_rect(a->lay.fit, art), 1.0f);
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (t->act != ACT_ZONE)
            continue;
        int z = t->arg, lit = a->hover == i || a->pressed == i || (a->focus == i && a->focus_visible);
        tf_Due status = a->k.on ? TF_DUE_NEVER : app_zone_due(a, z).status;
        dl_Color tint = a->k.on ? dl_rgba(VIEW_ACCENT) : view_due_color(status);
        tint.a = lit ? 0x70 : status == TF_DUE_NEVER ? 0 : 0x22;
        dl_Color edge = lit ? dl_rgba(a->focus == i && a->focus_visible ? VIEW_FOCUS : VIEW_ACCENT)
                            : dl_rgba(0xFFFFFFB0u);
        dl_poly(l, a->lay.zpts[z], c->zones[z].npts, tint, edge, (lit ? 0.28f : 0.12f) * u);
    }
    view_zone_labels(a, l);
    legend(a, l);
}

/* ---- zone ------------------------------------------------------------------- */

static void routine_card(const app_State *a, dl_List *l, int ti)
{
    float u = a->lay.u;
    const app_Target *t = &a->lay.t[ti];
    const lvl_Routine *r = &a->content->routines[t->arg];
    geo_Rect b = t->r;
    int lit = a->hover == ti || a->pressed == ti;
    dl_rrect(l, b, 0.8f * u, dl_rgba(r->broken ? 0xF1ECE6FFu : lit ? 0xF4FBFAFFu : VIEW_CARD),
             dl_rgba(lit ? VIEW_ACCENT : VIEW_LINE), (lit ? 0.2f : 0.1f) * u);
    geo_Rect in = geo_rect_inset(b, 0.8f * u);
    float bw = 6.4f * u;
    char line[200], due[64], when[40];
    dl_text(l, rect(in.x, in.y, in.w - bw - u, in.h * 0.45f), r->title, (int)(1.25f * u), 1,
            DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(r->broken ? VIEW_MUTED : VIEW_INK));
    if (r->broken) {
        snprintf(line, sizeof line, "Unavailable: %s", r->error ? r->error : "the level file has problems");
    } else if (a->k.on) {
        snprintf(line, sizeof line, "%s%d steps \xC2\xB7 about every %d day%s", r->gentle ? "Gentle \xC2\xB7 " : "",
                 r->nsteps, r->every_days, r->every_days == 1 ? "" : "s");
    } else {
        tf_DueInfo d = app_routine_due(a, t->arg);
        const prog_Entry *e = prog_last_routine(a->prog, r->id);
        view_due_text(d, due, sizeof due);
        if (e)
            view_date(e->completed_at, a->tz_offset, when, sizeof when);
        char every[32];
        if (r->every_days == 1 || r->every_days == 7)
            snprintf(every, sizeof every, "every %s", r->every_days == 1 ? "day" : "week");
        else
            snprintf(every, sizeof every, "every %d days", r->every_days);
        snprintf(line, sizeof line, "%s%d steps \xC2\xB7 %s \xC2\xB7 %s%s%s", r->gentle ? "Gentle \xC2\xB7 " : "",
                 r->nsteps, every, e ? "last done " : "", e ? when : "", e ? "" : due);
        geo_Rect badge = rect(in.x + in.w - bw, in.y + 0.2f * u, bw, 1.5f * u);
        dl_rrect(l, badge, 0.7f * u, view_due_color(d.status), dl_rgba(0), 0);
        dl_text(l, badge, tf_due_badge(d.status), (int)(0.95f * u), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
                dl_rgba(0xFFFFFFFFu));
        if (e)
            dl_text(l, rect(in.x + in.w - bw - 2 * u, in.y + 1.9f * u, bw + 2 * u, 1.3f * u), due,
                    (int)(0.9f * u), 0, DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE, view_due_color(d.status));
    }
    dl_text(l, rect(in.x, in.y + in.h * 0.48f, in.w - (r->broken || a->k.on ? 0 : bw + 2.2f * u), in.h * 0.52f), line,
            (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(r->broken ? 0xA8321EFFu : VIEW_MUTED));
    if (a->focus == ti && a->focus_visible)
        view_focus_ring(a, l, b);
}

static void zone_screen(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Zone *z = &a->content->zones[a->zone];
    char note[96];
    view_due_text(app_zone_due(a, a->zone), note, sizeof note);
    view_header(a, l, z->name, a->k.on ? NULL : note);
    view_closeup(a, l, a->zone, a->lay.closeup, 1);
    dl_unclip(l);
    int shown = 0;
    for (int i = 0; i < a->lay.n; i++)
        if (a->lay.t[i].act == ACT_ROUTINE) {
            routine_card(a, l, i);
            shown++;
        }
    if (shown == 0)
        dl_text(l, a->lay.card, "No routine for this zone yet.", (int)(1.25f * u), 0, DL_ALIGN_LEFT,
                DL_VALIGN_TOP, dl_rgba(VIEW_MUTED));
}

/* ---- all screens -------------------------------------------------------------- */

void view_build(const app_State *a, dl_List *l)
{
    dl_reset(l, dl_rgba(VIEW_BG));
    switch (a->screen) {
    case SCR_MAP: map_screen(a, l); break;
    case SCR_ZONE: zone_screen(a, l); break;
    case SCR_ROUTINE: view_player(a, l); break;
    case SCR_DONE: view_done(a, l); break;
    case SCR_PROGRESS: view_progress(a, l); break;
    case SCR_SAFETY: view_safety(a, l); break;
    case SCR_ATTRACT: view_attract(a, l); break;
    case SCR_ADMIN: view_admin(a, l); break;
    default: view_header(a, l, app_screen_name(a->screen), NULL); break;
    }
    if (a->banner[0]) {
        float u = a->lay.u;
        geo_Rect b = rect(0, (float)a->lay.h - 2.6f * u, (float)a->lay.w, 2.6f * u);
        dl_rect(l, b, dl_rgba(0xB42318F0u));
        dl_text(l, geo_rect_inset(b, 0.4f * u), a->banner, (int)(1.0f * u), 1, DL_ALIGN_CENTER,
                DL_VALIGN_MIDDLE, dl_rgba(0xFFFFFFFFu));
    }
}
