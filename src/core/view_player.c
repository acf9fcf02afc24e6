/* view_player.c - the routine player (step card, animated close-up,
 * countdown ring, controls) and the done screen. */
#include "view_parts.h"

#include <stdio.h>
#include <string.h>

static geo_Rect rect(float x, float y, float w, float h)
{
    geo_Rect r = {x, y, w, h};
    return r;
}

void view_animation(const app_State *a, dl_List *l, const char *id, geo_Rect box, long long t_ms)
{
    int i = anim_find(a->anims, id);
    if (i < 0)
        return;
    const anim_Preset *p = &a->anims->p[i];
    float side = box.w < box.h ? box.w : box.h;
    for (int k = 0; k < p->nlayers; k++) {
        anim_Pose s = anim_pose(p, k, t_ms);
        float size = s.scale * side;
        geo_Rect r = rect(box.x + s.x * box.w - size / 2, box.y + s.y * box.h - size / 2, size, size);
        if (s.alpha > 0.01f && size >= 1)
            dl_sprite(l, s.sprite, r, s.rot, s.alpha);
    }
    float u = a->lay.u;
    if (p->label) {
        float cw = view_text_w(p->label, 0.95f * u) * 0.92f + 1.4f * u;
        if (cw > box.w - 1.2f * u)
            cw = box.w - 1.2f * u;
        geo_Rect cap = rect(box.x + u * 0.6f, box.y + box.h - 2.2f * u, cw, 1.6f * u);
        dl_rrect(l, cap, 0.8f * u, dl_rgba(0xFFFFFFD0u), dl_rgba(0), 0);
        dl_text(l, geo_rect_inset(cap, 0.2f * u), p->label, (int)(0.95f * u), 0, DL_ALIGN_CENTER,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    }
}

static void ring(const app_State *a, dl_List *l, const lvl_Step *st)
{
    const ply_State *p = &a->player;
    float u = a->lay.u;
    geo_Rect r = a->lay.ring;
    long long left = ply_remaining_ms(p);
    int secs = (int)((left + 999) / 1000);
    char big[16];
    snprintf(big, sizeof big, "%d:%02d", secs / 60, secs % 60);
    dl_rrect(l, geo_rect_inset(r, -0.3f * u), r.w, dl_rgba(0xFFFFFFE8u), dl_rgba(0), 0);
    dl_ring(l, r, 1.0f - ply_timer_fraction(p), dl_rgba(0xE3DAD0FFu),
            dl_rgba(p->timer_ended ? 0x2E7D4FFFu : VIEW_ACCENT), r.w * 0.09f);
    const char *sub = p->timer_ended ? "time's up" : p->paused ? "paused" : "seconds";
    dl_text(l, rect(r.x, r.y + r.h * 0.22f, r.w, r.h * 0.36f), p->timer_ended ? "Done" : big,
            (int)(r.h * 0.24f), 1, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    dl_text(l, rect(r.x + r.w * 0.15f, r.y + r.h * 0.56f, r.w * 0.7f, r.h * 0.2f), sub,
            (int)(r.h * 0.11f), 0, DL_ALIGN_CENTER, DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    (void)st;
}

/* Segments for the steps: done (filled), skipped (outlined), current. */
static void step_bar(const app_State *a, dl_List *l, geo_Rect r)
{
    const ply_State *p = &a->player;
    int n = p->r->nsteps;
    float gap = a->lay.u * 0.3f, w = (r.w - gap * (float)(n - 1)) / (float)n;
    for (int i = 0; i < n; i++) {
        geo_Rect s = rect(r.x + (float)i * (w + gap), r.y, w, r.h);
        uint32_t fill = i == p->index ? VIEW_ACCENT
                        : p->mark[i] == PLY_DONE ? 0x7DB8B2FFu
                        : p->mark[i] == PLY_SKIPPED ? 0xFFFFFFFFu : 0xE3DAD0FFu;
        dl_rrect(l, s, r.h / 2, dl_rgba(fill), dl_rgba(p->mark[i] == PLY_SKIPPED ? 0x9A94A0FFu : 0),
                 p->mark[i] == PLY_SKIPPED ? a->lay.u * 0.1f : 0);
    }
}

static void step_card(const app_State *a, dl_List *l, const lvl_Step *st)
{
    const ply_State *p = &a->player;
    float u = a->lay.u;
    geo_Rect c = a->lay.card;
    dl_rrect(l, c, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
    geo_Rect in = geo_rect_inset(c, 1.2f * u);
    char head[96];
    snprintf(head, sizeof head, "Step %d of %d%s", p->index + 1, p->r->nsteps,
             p->mark[p->index] == PLY_DONE ? " \xC2\xB7 done before" : "");
    dl_text(l, rect(in.x, in.y, in.w, 1.4f * u), head, (int)(1.0f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_ACCENT));
    step_bar(a, l, rect(in.x, in.y + 1.8f * u, in.w, 0.55f * u));
    float y = in.y + 3.0f * u, bottom = in.y + in.h;
    dl_text(l, rect(in.x, y, in.w, 2.6f * u), st->title, (int)(1.7f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    y += 3.0f * u;
    /* Share the rest between the text, the timer note and the caution by
     * their estimated heights, making the text smaller (not below 0.9u)
     * when both do not fit. */
    float note_h = st->seconds > 0 ? 1.6f * u : 0, avail = bottom - y - note_h;
    float px = 1.3f * u, cpx = 1.1f * u, text_h, caution_h;
    for (;;) {
        text_h = view_text_h(st->text, px, in.w);
        caution_h = st->caution ? view_text_h(st->caution, cpx, in.w - 1.4f * u) + 3.4f * u : 0;
        if (text_h + caution_h + (st->caution ? u : 0) <= avail || px <= 0.9f * u)
            break;
        px *= 0.94f;
        cpx *= 0.94f;
    }
    if (caution_h > avail - text_h - u)
        caution_h = avail - text_h - u;
    dl_text(l, rect(in.x, y, in.w, text_h + 0.5f * u), st->text, (int)px, 0, DL_ALIGN_LEFT, DL_VALIGN_TOP,
            dl_rgba(VIEW_INK));
    if (note_h > 0) {
        char note[96];
        snprintf(note, sizeof note, "Timer: %d s \xC2\xB7 %s", st->seconds,
                 st->seconds_is_suggestion ? "the trainer's suggestion" : "from the sources");
        dl_text(l, rect(in.x, bottom - note_h, in.w, note_h), note, (int)(0.9f * u), 0, DL_ALIGN_LEFT,
                DL_VALIGN_MIDDLE, dl_rgba(VIEW_MUTED));
    }
    if (st->caution) {
        geo_Rect b = rect(in.x, bottom - note_h - caution_h, in.w, caution_h);
        dl_rrect(l, b, 0.7f * u, dl_rgba(VIEW_CAUTION_BG), dl_rgba(0xE0A240FFu), 0.15f * u);
        geo_Rect bi = geo_rect_inset(b, 0.7f * u);
        dl_text(l, rect(bi.x, bi.y, bi.w, 1.5f * u),
                st->skippable ? "\xE2\x9A\xA0 Caution \xC2\xB7 you can skip this step" : "\xE2\x9A\xA0 Caution",
                (int)(1.05f * u), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(VIEW_CAUTION));
        dl_text(l, rect(bi.x, bi.y + 1.9f * u, bi.w, bi.h - 1.9f * u), st->caution, (int)cpx, 0,
                DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(0x4A3000FFu));
    }
}

void view_player(const app_State *a, dl_List *l)
{
    const ply_State *p = &a->player;
    const lvl_Step *st = ply_step(p);
    if (!st)
        return;
    char note[64];
    snprintf(note, sizeof note, "Step %d of %d", p->index + 1, p->r->nsteps);
    view_header(a, l, p->r->title, note);
    geo_Fit f = view_closeup(a, l, a->zone, a->lay.closeup, 0);
    (void)f;
    long long t = p->paused ? p->step_ms : a->now - a->anim_t0;
    view_animation(a, l, st->anim, geo_rect_inset(a->lay.closeup, 0.5f * a->lay.u), t);
    dl_unclip(l);
    if (st->seconds > 0)
        ring(a, l, st);
    step_card(a, l, st);
    int last = p->index + 1 == p->r->nsteps;
    view_button(a, l, view_target_of(a, ACT_PREV), "\xE2\x80\xB9 Previous", 0, p->index > 0);
    view_button(a, l, view_target_of(a, ACT_PAUSE), p->paused ? "Resume" : "Pause", 0, 1);
    view_button(a, l, view_target_of(a, ACT_SKIP), "Skip", 0, st->skippable);
    view_button(a, l, view_target_of(a, ACT_NEXT), last ? "Finish \xE2\x9C\x93" : "Next \xE2\x80\xBA", 1, 1);
}

void view_done(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    const lvl_Routine *r = &a->content->routines[a->routine];
    view_header(a, l, "Routine complete", NULL);
    view_closeup(a, l, a->zone, a->lay.closeup, 1);
    view_animation(a, l, "check-done", geo_rect_inset(a->lay.closeup, 0.5f * u), a->now - a->screen_t0);
    dl_unclip(l);
    geo_Rect c = a->lay.card;
    dl_rrect(l, c, u, dl_rgba(VIEW_CARD), dl_rgba(VIEW_LINE), 0.1f * u);
    geo_Rect in = geo_rect_inset(c, 1.4f * u);
    char line[160], date[40], due[64];
    dl_text(l, rect(in.x, in.y, in.w, 3 * u), r->title, (int)(1.7f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    snprintf(line, sizeof line, "%d of %d steps done%s", a->last.steps_done, a->last.steps_total,
             a->last.steps_skipped ? "" : ". Well done.");
    if (a->last.steps_skipped)
        snprintf(line + strlen(line), sizeof line - strlen(line), ", %d skipped.", a->last.steps_skipped);
    dl_text(l, rect(in.x, in.y + 3.4f * u, in.w, 2.2f * u), line, (int)(1.3f * u), 0, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_INK));
    tf_DueInfo d = app_routine_due(a, a->routine);
    view_date(d.next_due, a->tz_offset, date, sizeof date);
    view_due_text(d, due, sizeof due);
    if (a->k.on)
        snprintf(line, sizeof line, "Repeat about every %d day%s.", r->every_days, r->every_days == 1 ? "" : "s");
    else
        snprintf(line, sizeof line, "Next due: %s (%s).", date, due);
    dl_text(l, rect(in.x, in.y + 6.0f * u, in.w, 2.2f * u), line, (int)(1.3f * u), 1, DL_ALIGN_LEFT,
            DL_VALIGN_MIDDLE, dl_rgba(VIEW_ACCENT));
    dl_text(l, rect(in.x, in.y + 9.0f * u, in.w, in.h - 9.0f * u),
            a->k.on ? "How often is right depends on your skin: if your pores fill up faster or slower, "
                      "adjust. For infected or painful spots, see a dermatologist."
                    : "Your history is saved on this device. How often is right depends on your skin: "
                      "if your pores fill up faster or slower, adjust. For infected or painful spots, see a "
                      "dermatologist.",
            (int)(1.05f * u), 0, DL_ALIGN_LEFT, DL_VALIGN_TOP, dl_rgba(VIEW_MUTED));
    view_button(a, l, view_target_of(a, ACT_AGAIN), "Do it again", 0, 1);
    view_button(a, l, view_target_of(a, ACT_MAP), "Back to map", 1, 1);
}
