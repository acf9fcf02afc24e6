/* scr_map.c - the face map: the face art with its zones coloured by what
 * is due, a label on each (scr_map_labels.c), and a side panel with the
 * legend and the Safety and History buttons (Safety alone where there is
 * no history: a kiosk). Landscape windows put the panel beside the face;
 * portrait ones under it. A tap on a zone opens its zone screen. */
#include <math.h>
#include <stdlib.h>

#include "scr_map.h"
#include "ui.h"
#include "visit.h"

/* Zones ordered for the keyboard: top to bottom, then left to right. */
static const lvl_Content *sort_content;
static int by_reading_order(const void *pa, const void *pb)
{
    const lvl_Zone *a = &sort_content->zones[*(const int *)pa];
    const lvl_Zone *b = &sort_content->zones[*(const int *)pb];
    float dy = a->label.y - b->label.y;
    if (dy < -40 || dy > 40)
        return dy < 0 ? -1 : 1;
    return a->label.x < b->label.x ? -1 : a->label.x > b->label.x;
}

/* At home, while no plan is chosen, the map offers the choice (scr_plan.c). */
static int offers_plan(const app_State *a)
{
    return app_keeps_history(a) && !a->prog->plan.chosen;
}

static void panel_buttons(app_State *a, app_Layout *l)
{
    float u = l->u, bh = UI_TARGET * u;
    geo_Rect p = geo_rect_inset(l->panel, u);
    if (!app_keeps_history(a)) {
        app_add_target(l, ACT_GO, SCR_SAFETY, ui_landscape(l) ? geo_rect(p.x, p.y + p.h - bh, p.w, bh)
                                              : geo_rect(p.x + p.w / 2, p.y + p.h - bh, p.w / 2, bh), "safety");
    } else if (ui_landscape(l)) {
        app_add_target(l, ACT_GO, SCR_SAFETY, geo_rect(p.x, p.y + p.h - 3 * bh - 1.6f * u, p.w, bh), "safety");
        app_add_target(l, ACT_GO, SCR_PROGRESS, geo_rect(p.x, p.y + p.h - 2 * bh - 0.8f * u, p.w, bh), "history");
        app_add_target(l, ACT_GO, SCR_SETTINGS, geo_rect(p.x, p.y + p.h - bh, p.w, bh), "settings");
    } else {
        float bw = (p.w - 2 * u) / 3;
        app_add_target(l, ACT_GO, SCR_SAFETY, geo_rect(p.x, p.y + p.h - bh, bw, bh), "safety");
        app_add_target(l, ACT_GO, SCR_PROGRESS, geo_rect(p.x + bw + u, p.y + p.h - bh, bw, bh), "history");
        app_add_target(l, ACT_GO, SCR_SETTINGS, geo_rect(p.x + 2 * (bw + u), p.y + p.h - bh, bw, bh), "settings");
    }
}

/* A zone's label is part of its target: a tap on it (its name's pill or
 * its badge) opens the zone. */
static void tag_zones(app_Layout *l)
{
    for (int i = 0; i < l->n; i++) {
        app_Target *t = &l->t[i];
        const app_Label *lb = &l->label[t->arg];
        if (t->act != MAP_ZONE || !lb->placed)
            continue;
        if (lb->name.w > 0)
            t->tag[0] = geo_rect_inset(lb->name, -MAP_PILL * l->u * lb->scale);
        if (lb->badge.w > 0)
            t->tag[1] = lb->badge;
    }
}

/* With more than one profile, who is active, at the header's right: a
 * tap opens the profiles screen. */
static void profile_button(app_State *a, app_Layout *l)
{
    float u = l->u, bw = ui_clampf(0.3f * (float)l->w, 9 * u, 16 * u);
    if (a->pf.list.n < 2)
        return;
    app_add_target(l, ACT_GO, SCR_PROFILES, geo_rect((float)l->w - u - bw, 0.5f * u, bw, UI_TARGET * u), "profiles");
    l->title.w -= bw + u;
}

static void layout(app_State *a, app_Layout *l)
{
    const lvl_Content *c = a->content;
    float u = l->u;
    ui_header_band(l, 0);
    profile_button(a, l);
    float bw = ui_lang_w(l); /* the language button, left of the profile's */
    geo_Rect lang = geo_rect(l->title.x + l->title.w - bw, 0.5f * u, bw, UI_TARGET * u);
    l->title.w -= bw + u;
    float top = l->header.h;
    if (ui_landscape(l)) {
        float pw = ui_clampf(0.27f * (float)l->w, 15 * u, 24 * u);
        l->panel = geo_rect((float)l->w - pw, top, pw, (float)l->h - top);
        l->body = geo_rect(0, top, (float)l->w - pw, (float)l->h - top);
    } else {
        float ph = 9.5f * u;
        l->panel = geo_rect(0, (float)l->h - ph, (float)l->w, ph);
        l->body = geo_rect(0, top, (float)l->w, (float)l->h - top - ph);
    }
    l->face = geo_rect_inset(l->body, 0.6f * u);
    l->fit = geo_fit(c->art_w, c->art_h, l->face);
    int order[LVL_MAX_ZONES], shown[LVL_MAX_ZONES], n = 0;
    for (int i = 0; i < c->nzones; i++) {
        order[i] = i;
        for (int k = 0; k < c->zones[i].npts; k++)
            l->zpts[i][k] = geo_fit_pt(l->fit, c->zones[i].pts[k]);
    }
    sort_content = c;
    qsort(order, (size_t)c->nzones, sizeof order[0], by_reading_order);
    for (int i = 0; i < c->nzones; i++) {
        int z = order[i];
        if (!vis_offers_zone(a, c->zones[z].id))
            continue;
        app_Target *t = app_add_target(l, MAP_ZONE, z, geo_poly_bbox(l->zpts[z], c->zones[z].npts), "zone:%s",
                                       c->zones[z].id);
        if (t) {
            t->shape = z + 1;
            t->area = c->zones[z].area;
            shown[n++] = z;
        }
    }
    map_place_labels(a, l, shown, n);
    tag_zones(l);
    panel_buttons(a, l);
    if (offers_plan(a)) /* in the header, where the note goes; last, so the focus order stays */
        app_add_target(l, ACT_GO, SCR_PLAN, geo_rect(l->title.x + l->title.w * 0.62f, 0.5f * u,
                                                     l->title.w * 0.38f, UI_TARGET * u), "plan");
    ui_lang_target(a, l, lang); /* last too: the focus order of the others stays */
}

/* Coming back from a zone's screens, the focus is on that zone; from
 * anywhere else, no zone is open. */
static void open(app_State *a, app_Screen from)
{
    int from_zone = from == SCR_ZONE || from == SCR_ROUTINE || from == SCR_DONE;
    if (from_zone && a->zone >= 0)
        a->focus = app_target_of(a, MAP_ZONE, a->zone);
    a->routine = -1;
    if (!from_zone)
        a->zone = -1;
}

static void act(app_State *a, const app_Target *t)
{
    if (t->act != MAP_ZONE)
        return;
    a->zone = t->arg;
    vis_count_zone(a, t->arg);
    app_go(a, SCR_ZONE);
}

geo_Pt map_zone_point(const app_State *a, int z)
{
    const app_Label *lb = &a->lay.label[z];
    geo_Rect r = lb->name.w > 0 ? lb->name : lb->badge;
    geo_Pt p = lb->placed && r.w > 0 ? (geo_Pt){r.x + r.w / 2, r.y + r.h / 2}
                                     : geo_fit_pt(a->lay.fit, a->content->zones[z].label);
    int ti = app_target_of(a, MAP_ZONE, z);
    if (ti < 0 || app_hit(a, p.x, p.y) == ti)
        return p;
    /* a label over it, a smaller zone: the nearest point of its box on a
     * grid of u/4 that hits the zone */
    geo_Rect b = a->lay.t[ti].r;
    float s = a->lay.u / 4, best = -1;
    geo_Pt found = p;
    for (float y = b.y + s / 2; y < b.y + b.h; y += s)
        for (float x = b.x + s / 2; x < b.x + b.w; x += s) {
            float d = (x - p.x) * (x - p.x) + (y - p.y) * (y - p.y);
            if ((best < 0 || d < best) && app_hit(a, x, y) == ti) {
                best = d;
                found = (geo_Pt){x, y};
            }
        }
    return found;
}

/* ---- drawing ------------------------------------------------------------------ */

static void legend_rows(const app_State *a, dl_List *l, geo_Rect p, int land)
{
    static const tf_Due order[] = {TF_DUE_NEVER, TF_DUE_RECENT, TF_DUE_SOON, TF_DUE_NOW, TF_DUE_OVERDUE};
    /* TRANSLATORS: the map's legend, beside each status badge */
    const char *const what[] = {_("never done"), _("done recently"), _("due soon"), _("due now"), _("overdue")};
    float u = a->lay.u, bw = 4.6f * u; /* the badges as wide as the longest word needs ("Überfällig") */
    for (int i = 0; i < 5; i++)
        bw = fmaxf(bw, 0.92f * ui_text_w(tf_due_badge(order[i]), 0.85f * u) + 0.8f * u);
    if (land)
        dl_text(l, geo_rect(p.x, p.y, p.w, 2 * u), _("Colours and badges"), (int)(1.1f * u), 1, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    for (int i = 0; i < 5; i++) {
        float x = land ? p.x : p.x + (float)(i % 3) * (p.w / 3);
        float y = land ? p.y + 2.4f * u + (float)i * 2.0f * u : p.y + (float)(i / 3) * 2.0f * u;
        ui_badge(l, geo_rect(x, y, bw, 1.4f * u), order[i], u, 0.85f, 0.6f, 0);
        dl_text(l, geo_rect(x + bw + 0.4f * u, y, (land ? p.w : p.w / 3) - bw - 0.4f * u, 1.4f * u), what[i],
                (int)(0.95f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    }
    if (land)
        dl_text(l, geo_rect(p.x, p.y + 13 * u, p.w, p.h - 13 * u - 12.8f * u),
                _("Tap a zone to see its routines. Keyboard: Tab moves, Return opens, Escape goes back."),
                (int)(1.0f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_MUTED));
}

/* The side panel: the legend of colours and badges, or with no history
 * to colour by (a kiosk) a line of help. */
static void panel(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    geo_Rect p = geo_rect_inset(a->lay.panel, u);
    int land = ui_landscape(&a->lay);
    dl_rect(l, a->lay.panel, dl_rgba(UI_BAND));
    if (!app_keeps_history(a))
        dl_text(l, geo_rect(p.x, p.y, land ? p.w : p.w / 2 - u, p.h - (land ? 4.4f * u : 0)),
                _("Touch a zone of the face to see its care routines, one step at a time. "
                  "The safety notes are below."),
                (int)(1.15f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(UI_INK));
    else
        legend_rows(a, l, p, land);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_SAFETY), _("\xE2\x9A\xA0 Safety"), 0, 1);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_PROGRESS), _("History"), 0, 1);
    ui_button(a, l, app_target_of(a, ACT_GO, SCR_SETTINGS), _("Settings"), 0, 1);
}

static void draw(const app_State *a, dl_List *l)
{
    const lvl_Content *c = a->content;
    float u = a->lay.u;
    int history = app_keeps_history(a), who = app_target_of(a, ACT_GO, SCR_PROFILES);
    int plan = app_target_of(a, ACT_GO, SCR_PLAN);
    ui_header(a, l, _("Face Map Trainer"), plan >= 0 ? "" : who < 0 ? _("Tap a zone to start") : NULL, NULL);
    ui_button(a, l, plan, _("Choose your routines"), 1, 1);
    ui_lang_button(a, l);
    if (who >= 0) {
        const pfl_Profile *p = &a->pf.list.p[a->pf.active];
        ui_button(a, l, who, "", 0, 1);
        geo_Rect r = geo_rect_inset(a->lay.t[who].r, 0.45f * u);
        geo_Rect name = geo_rect(r.x + r.h + 0.6f * u, r.y, r.w - r.h - 0.6f * u, r.h);
        ui_profile_chip(a, l, geo_rect(r.x, r.y, r.h, r.h), p->name, p->colour);
        dl_text(l, name, p->name, ui_fit_px(a, p->name, 1.2f, 1, name), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
    }
    geo_Rect art = {0, 0, c->art_w, c->art_h};
    dl_art(l, art, geo_fit_rect(a->lay.fit, art), 1.0f);
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (t->act != MAP_ZONE)
            continue;
        int z = t->arg, focused = a->focus == i && a->focus_visible;
        int lit = a->hover == i || a->pressed == i || focused;
        tf_Due status = history ? app_zone_due(a, z).status : TF_DUE_NEVER;
        dl_Color tint = history ? ui_due_color(status) : dl_rgba(UI_ACCENT);
        tint.a = lit ? 0x70 : status == TF_DUE_NEVER ? 0 : 0x22;
        dl_Color edge = lit ? dl_rgba(focused ? UI_FOCUS : UI_ACCENT) : ui_alpha(UI_WHITE, 0xB0);
        dl_poly(l, a->lay.zpts[z], c->zones[z].npts, tint, edge, (lit ? 0.28f : 0.12f) * u);
    }
    map_draw_labels(a, l);
    panel(a, l);
}

const scr_Def scr_map = {
    .name = "map",
    .back = SCR_NO_BACK,
    .layout = layout,
    .open = open,
    .act = act,
    .draw = draw,
};
