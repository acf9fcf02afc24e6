/* ui_art.c - the close-up of a zone and the animation drawn on it (see
 * ui.h): the zone screen, the player, the done screen and the attract
 * loop show a zone this way. */
#include "ui.h"

geo_Rect ui_closeup_src(const lvl_Content *c, int z, geo_Rect dst)
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

void ui_closeup(const app_State *a, dl_List *l, int zone, geo_Rect box, int outline)
{
    float u = a->lay.u;
    dl_rrect(l, box, u, dl_rgba(UI_CLOSEUP), dl_rgba(UI_LINE), 0.1f * u);
    geo_Rect inner = geo_rect_inset(box, 0.5f * u);
    geo_Rect src = ui_closeup_src(a->content, zone, inner);
    dl_clip(l, inner);
    dl_art(l, src, inner, 1.0f);
    geo_Fit f = {inner.w / src.w, inner.x - src.x * (inner.w / src.w), inner.y - src.y * (inner.w / src.w)};
    if (outline) {
        const lvl_Zone *zn = &a->content->zones[zone];
        geo_Pt pts[LVL_MAX_POLY];
        for (int i = 0; i < zn->npts; i++)
            pts[i] = geo_fit_pt(f, zn->pts[i]);
        dl_poly(l, pts, zn->npts, ui_alpha(UI_ACCENT, 0x22), ui_alpha(UI_ACCENT, 0xC0), 0.15f * u);
    }
}

void ui_animation(const app_State *a, dl_List *l, const char *id, geo_Rect box, long long t_ms)
{
    int i = anim_find(a->anims, id);
    if (i < 0)
        return;
    const anim_Preset *p = &a->anims->p[i];
    float side = box.w < box.h ? box.w : box.h;
    for (int k = 0; k < p->nlayers; k++) {
        anim_Pose s = anim_pose(p, k, t_ms);
        float size = s.scale * side;
        geo_Rect r = geo_rect(box.x + s.x * box.w - size / 2, box.y + s.y * box.h - size / 2, size, size);
        if (s.alpha > 0.01f && size >= 1)
            dl_sprite(l, s.sprite, r, s.rot, s.alpha);
    }
    float u = a->lay.u;
    if (p->label) { /* the captions are in the catalogue too (tools/update-po.sh) */
        const char *label = _(p->label);
        float cw = ui_text_w(label, 0.95f * u) * 0.92f + 1.4f * u;
        if (cw > box.w - 1.2f * u)
            cw = box.w - 1.2f * u;
        geo_Rect cap = geo_rect(box.x + u * 0.6f, box.y + box.h - 2.2f * u, cw, 1.6f * u);
        dl_rrect(l, cap, 0.8f * u, ui_alpha(UI_WHITE, 0xD0), dl_rgba(UI_NONE), 0);
        geo_Rect in = geo_rect_inset(cap, 0.2f * u);
        int px = ui_fit_px(a, label, 0.95f, 0, in);
        dl_text(l, in, label, px < (int)(0.95f * u) ? px : (int)(0.95f * u), 0, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE,
                dl_rgba(UI_INK));
    }
}
