/* app.c - the generic part of the state machine (see app.h): the table of
 * screens, going to a screen and back, targets and hit testing, keyboard
 * focus, the screen's list, the clock and the events. What a screen shows
 * and does is in its own file (scr_*.c); nothing here names a screen. */
#include "app.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"
#include "visit.h"

/* ---- the table ---------------------------------------------------------------- */

#define APP_SCREEN_EXTERN(id, def) extern const scr_Def def;
SCR_LIST(APP_SCREEN_EXTERN)
#undef APP_SCREEN_EXTERN

static const scr_Def *const table[SCR_COUNT] = {
#define APP_SCREEN_ROW(id, def) [id] = &def,
    SCR_LIST(APP_SCREEN_ROW)
#undef APP_SCREEN_ROW
};

const scr_Def *app_screen_def(app_Screen s)
{
    return s > SCR_UNSET && s < SCR_COUNT ? table[s] : NULL;
}

const char *app_screen_name(app_Screen s)
{
    const scr_Def *d = app_screen_def(s);
    return d && d->name ? d->name : "?";
}

void app_screen_names(char *out, int len)
{
    int n = 0;
    out[0] = 0;
    for (int s = SCR_UNSET + 1; s < SCR_COUNT && n < len; s++)
        n += snprintf(out + n, (size_t)(len - n), "%s%s", s > SCR_UNSET + 1 ? ", " : "", app_screen_name((app_Screen)s));
}

app_Screen app_screen_by_name(const char *name, int len)
{
    for (int s = SCR_UNSET + 1; s < SCR_COUNT; s++) {
        const char *n = app_screen_name((app_Screen)s);
        if ((int)strlen(n) == len && strncmp(n, name, (size_t)len) == 0)
            return (app_Screen)s;
    }
    return SCR_UNSET;
}

app_Event *app_push_event(app_State *a, app_EvKind k)
{
    if (a->nev >= APP_MAX_EVENTS)
        return NULL;
    app_Event *e = &a->ev[a->nev++];
    memset(e, 0, sizeof *e);
    e->kind = k;
    e->t = a->now;
    e->screen = a->screen;
    if (a->zone >= 0)
        snprintf(e->zone, sizeof e->zone, "%s", a->content->zones[a->zone].id);
    if (a->routine >= 0)
        snprintf(e->routine, sizeof e->routine, "%s", a->content->routines[a->routine].id);
    return e;
}

int app_keeps_history(const app_State *a)
{
    return !a->k.on;
}

int64_t app_today(const app_State *a)
{
    return tf_local_day(a->wall, a->tz_offset);
}

/* ---- targets -------------------------------------------------------------------- */

app_Target *app_add_target(app_Layout *l, int act, int arg, geo_Rect r, const char *name_fmt, ...)
{
    if (l->n >= APP_MAX_TARGETS)
        return NULL;
    app_Target *t = &l->t[l->n++];
    memset(t, 0, sizeof *t);
    t->act = act;
    t->arg = arg;
    t->r = r;
    va_list ap;
    va_start(ap, name_fmt);
    vsnprintf(t->name, sizeof t->name, name_fmt, ap);
    va_end(ap);
    return t;
}

int app_target_of(const app_State *a, int act, int arg)
{
    for (int i = 0; i < a->lay.n; i++)
        if (a->lay.t[i].act == act && (arg < 0 || a->lay.t[i].arg == arg))
            return i;
    return -1;
}

void app_target_name(const app_State *a, int ti, char *out, int len)
{
    snprintf(out, (size_t)len, "%s", ti >= 0 && ti < a->lay.n ? a->lay.t[ti].name : "none");
}

int app_find_target(const app_State *a, const char *name)
{
    for (int i = 0; i < a->lay.n; i++)
        if (strcmp(a->lay.t[i].name, name) == 0)
            return i;
    return -1;
}

static int on_tag(const app_Target *t, float x, float y)
{
    return (t->tag[0].w > 0 && geo_rect_contains(t->tag[0], x, y)) ||
           (t->tag[1].w > 0 && geo_rect_contains(t->tag[1], x, y));
}

int app_hit(const app_State *a, float x, float y)
{
    int best = -1, tagged = -1;
    float best_area = 0;
    for (int i = 0; i < a->lay.n; i++) {
        const app_Target *t = &a->lay.t[i];
        if (!t->shape) {
            if (geo_rect_contains(t->r, x, y))
                return i;
            continue;
        }
        if (on_tag(t, x, y))
            tagged = i;
        const geo_Pt *pts = a->lay.zpts[t->shape - 1];
        int npts = a->content->zones[t->shape - 1].npts;
        if (!geo_rect_contains(t->r, x, y) || !geo_poly_contains(pts, npts, x, y))
            continue;
        if (best < 0 || t->area < best_area) {
            best = i;
            best_area = t->area;
        }
    }
    return tagged >= 0 ? tagged : best;
}

/* ---- screens -------------------------------------------------------------------- */

void app_layout(app_State *a)
{
    char was[APP_NAME];
    app_target_name(a, a->focus, was, sizeof was);
    app_Layout *l = &a->lay;
    int w = l->w, h = l->h;
    float u = ui_clampf((float)(w < h ? w : h) / 36.0f, 12.0f, 48.0f);
    if (u * UI_TARGET < a->min_target_px) /* a kiosk's targets: at least ~9 mm */
        u = a->min_target_px / UI_TARGET;
    *l = (app_Layout){0};
    l->w = w;
    l->h = h;
    l->u = u;
    l->tu = ui_text_unit(a, u, w, h);
    l->su = ui_step_unit(a, u, w, h);
    const scr_Def *d = app_screen_def(a->screen);
    if (d)
        d->layout(a, l);
    a->focus = app_find_target(a, was);
    a->redraw = 1;
}

void app_go(app_State *a, app_Screen s)
{
    const scr_Def *d = app_screen_def(s);
    const scr_Def *was = app_screen_def(a->screen);
    app_Screen from = a->screen;
    if (!d)
        return;
    if (was && was->close)
        was->close(a, s);
    a->screen = s;
    a->screen_t0 = a->now;
    a->pressed = -1;
    a->hover = -1;
    a->list_first = 0;
    if (d->prepare)
        d->prepare(a);
    app_layout(a);
    a->focus = -1;
    if (d->open)
        d->open(a, from);
    app_Event *e = app_push_event(a, EV_SCREEN);
    if (e && !d->shows_zone)
        e->zone[0] = 0;
    if (e && !d->shows_routine)
        e->routine[0] = 0;
}

void app_back(app_State *a)
{
    const scr_Def *d = app_screen_def(a->screen);
    if (d && d->back != SCR_NO_BACK)
        app_go(a, d->back);
}

/* Where the list is: items first..last of count in view. */
static void list_event(app_State *a)
{
    app_Event *e = app_push_event(a, EV_LIST);
    if (e) {
        e->index = a->lay.list.first + 1;
        e->flag = a->lay.list.first + a->lay.list.shown;
        e->of = a->lay.list.count;
    }
}

/* The list moved: lay out its page, keep the focus on the same target,
 * or where that has gone (an item of the page before), on the target in
 * its place, and say where the list is. */
static void list_moved(app_State *a)
{
    int old = a->focus;
    app_layout(a);
    if (a->focus < 0 && old >= 0)
        a->focus = old < a->lay.n ? old : a->lay.n - 1;
    list_event(a);
}

static void page_list(app_State *a, int dir)
{
    if (ui_list_page(a, dir))
        list_moved(a);
}

static void activate(app_State *a, int ti)
{
    if (ti < 0 || ti >= a->lay.n)
        return;
    app_Target t = a->lay.t[ti];
    const scr_Def *d = app_screen_def(a->screen);
    switch (t.act) {
    case ACT_BACK: app_back(a); break;
    case ACT_GO: app_go(a, (app_Screen)t.arg); break;
    case ACT_LIST_PREV: page_list(a, -1); break;
    case ACT_LIST_NEXT: page_list(a, 1); break;
    case ACT_LANG:
        app_choose_lang(a, lng_code(t.arg));
        break;
    default:
        if (d && d->act)
            d->act(a, &t);
        break;
    }
    a->redraw = 1;
}

/* ---- input ---------------------------------------------------------------------- */

static void focus_event(app_State *a)
{
    app_Event *e = app_push_event(a, EV_FOCUS);
    if (e)
        app_target_name(a, a->focus, e->target, sizeof e->target);
}

/* The first key press shows where the focus is; later ones move it. */
static void move_focus(app_State *a, int dir)
{
    if (a->lay.n == 0)
        return;
    if (a->focus < 0)
        a->focus = dir > 0 ? 0 : a->lay.n - 1;
    else if (a->focus_visible)
        a->focus = (a->focus + dir + a->lay.n) % a->lay.n;
    a->focus_visible = 1;
    focus_event(a);
}

/* Home and End: the list's first or last page where it has pages, else
 * the first or last target. */
static void home_end(app_State *a, int end)
{
    if (a->lay.list.count > a->lay.list.per_page) {
        page_list(a, end ? 2 : -2);
        return;
    }
    a->focus = end ? a->lay.n - 1 : 0;
    a->focus_visible = 1;
}

static void key(app_State *a, const app_Input *in)
{
    const scr_Def *d = app_screen_def(a->screen);
    a->redraw = 1;
    if (d && d->key && d->key(a, in))
        return;
    switch (in->key) {
    case KEY_TAB: move_focus(a, in->shift ? -1 : 1); break;
    case KEY_UP: case KEY_LEFT: move_focus(a, -1); break;
    case KEY_DOWN: case KEY_RIGHT: move_focus(a, 1); break;
    case KEY_HOME: home_end(a, 0); break;
    case KEY_END: home_end(a, 1); break;
    case KEY_PAGEUP: page_list(a, -1); break;
    case KEY_PAGEDOWN: page_list(a, 1); break;
    case KEY_SPACE:
    case KEY_RETURN:
        if (a->focus < 0) {
            move_focus(a, 1);
            break;
        }
        a->focus_visible = 1;
        activate(a, a->focus);
        break;
    case KEY_ESCAPE: app_back(a); break;
    default: break;
    }
}

/* Typed text goes to a screen that takes it (a name being typed), else nowhere. */
static void text(app_State *a, const app_Input *in)
{
    const scr_Def *d = app_screen_def(a->screen);
    if (d && d->text && d->text(a, in->text))
        a->redraw = 1;
}

/* A press that moved 2u or more up or down, begun on the list: a drag
 * that pages it (up: the next page). */
static int dragged_list(app_State *a, const app_Input *in)
{
    const app_List *ls = &a->lay.list;
    float dy = in->y - a->down_y, min = 2 * a->lay.u;
    if (ls->count <= ls->per_page || (dy < min && dy > -min) || !geo_rect_contains(ls->items, a->down_x, a->down_y))
        return 0;
    page_list(a, dy < 0 ? 1 : -1);
    return 1;
}

void app_input(app_State *a, const app_Input *in)
{
    if (vis_input(a, in))
        return;
    int hit = in->kind == IN_KEY || in->kind == IN_WHEEL || in->kind == IN_TEXT ? -1 : app_hit(a, in->x, in->y);
    switch (in->kind) {
    case IN_KEY: key(a, in); return;
    case IN_TEXT: text(a, in); return;
    case IN_WHEEL: page_list(a, in->wheel > 0 ? -1 : 1); break;
    case IN_DOWN:
        a->pressed = hit;
        a->focus_visible = 0;
        a->down_x = in->x;
        a->down_y = in->y;
        break;
    case IN_MOVE:
        if (!in->touch)
            a->hover = hit;
        if (a->pressed >= 0 && hit != a->pressed)
            a->pressed = -1;
        break;
    case IN_UP: {
        int p = a->pressed;
        a->pressed = -1;
        if (!in->touch)
            a->hover = hit;
        if (dragged_list(a, in))
            break;
        if (p >= 0 && p == hit) {
            a->focus = p;
            activate(a, p);
        }
        break;
    }
    case IN_LEAVE: a->hover = -1; a->pressed = -1; break;
    }
    a->redraw = 1;
}

/* ---- clock ---------------------------------------------------------------------- */

void app_tick(app_State *a, long long now_ms, int64_t wall)
{
    const scr_Def *d = app_screen_def(a->screen);
    a->now = now_ms;
    a->wall = wall;
    if (d && d->tick)
        d->tick(a);
    vis_tick(a);
    app_expire_continue(a);
}

int app_animating(const app_State *a)
{
    const scr_Def *d = app_screen_def(a->screen);
    return d && d->animating ? d->animating(a) : 0;
}

long long app_next_deadline(const app_State *a)
{
    const scr_Def *d = app_screen_def(a->screen);
    long long s = d && d->deadline ? d->deadline(a) : -1;
    long long k = vis_deadline(a);
    return s < 0 ? k : k < 0 ? s : s < k ? s : k;
}

/* ---- the rest ----------------------------------------------------------------- */

void app_draw(const app_State *a, dl_List *l)
{
    const scr_Def *d = app_screen_def(a->screen);
    ui_use_theme(a->settings.theme);
    dl_reset(l, dl_rgba(UI_BG));
    if (d)
        d->draw(a, l);
    if (a->banner[0]) {
        float u = a->lay.u;
        geo_Rect b = geo_rect(0, (float)a->lay.h - 2.6f * u, (float)a->lay.w, 2.6f * u);
        dl_rect(l, b, ui_alpha(a->banner_kind == BANNER_EXPORTED ? UI_ACCENT : UI_DANGER, 0xF0));
        dl_text(l, geo_rect_inset(b, 0.4f * u), a->banner, (int)(1.0f * u), 1, DL_ALIGN_CENTER,
                DL_VALIGN_MIDDLE, dl_rgba(UI_WHITE));
    }
}

/* After a resize: the list's page that holds the focused target (an item
 * of the page before may be on another page now). */
static void refind_focus(app_State *a, const char *name)
{
    int keep = a->list_first;
    for (int first = 0; first < a->lay.list.count; first += a->lay.list.per_page) {
        a->list_first = first;
        app_layout(a);
        if ((a->focus = app_find_target(a, name)) >= 0)
            return;
    }
    a->list_first = keep;
    app_layout(a);
}

void app_resize(app_State *a, int w, int h)
{
    char was[APP_NAME];
    app_target_name(a, a->focus, was, sizeof was);
    app_List before = a->lay.list;
    a->lay.w = w;
    a->lay.h = h;
    app_layout(a);
    if (a->focus < 0 && strcmp(was, "none") != 0 && a->lay.list.count > a->lay.list.per_page)
        refind_focus(a, was);
    const app_List *ls = &a->lay.list;
    if (ls->count > 0 && (ls->first != before.first || ls->shown != before.shown))
        list_event(a); /* what is in view changed */
}

void app_set_banner(app_State *a, app_BannerKind kind, const char *msg)
{
    if (msg && msg[0]) {
        snprintf(a->banner, sizeof a->banner, "%s", msg);
        a->banner_kind = kind;
        a->redraw = 1;
    } else if (a->banner[0] && (kind == BANNER_NONE || kind == a->banner_kind)) {
        a->banner[0] = 0;
        a->banner_kind = BANNER_NONE;
        a->redraw = 1; /* clearing what is not there draws nothing again (each save clears its kind) */
    }
}

void app_choose_lang(app_State *a, const char *code)
{
    if (lng_index(code) < 0)
        return;
    snprintf(a->lang_want, sizeof a->lang_want, "%s", code);
    snprintf(a->settings.lang, sizeof a->settings.lang, "%s", code);
    a->settings_pending = a->redraw = 1;
}

void app_content_changed(app_State *a, const char *zone_id, const char *routine_id)
{
    const lvl_Content *c = a->content;
    const scr_Def *d = app_screen_def(a->screen);
    a->zone = zone_id && *zone_id ? lvl_zone_index(c, zone_id) : -1;
    a->routine = routine_id && *routine_id ? lvl_routine_index(c, routine_id) : -1;
    app_Screen to = d && d->reloaded ? d->reloaded(a) : a->screen;
    if (to != a->screen) {
        app_go(a, to);
        return;
    }
    if (d && d->prepare)
        d->prepare(a);
    a->hover = a->pressed = -1;
    app_layout(a);
}

void app_init(app_State *a, const lvl_Content *c, const anim_Set *anims, prog_Data *prog, int w,
              int h, long long now_ms, int64_t wall, int tz_offset)
{
    memset(a, 0, sizeof *a);
    a->content = c;
    a->anims = anims;
    a->prog = prog;
    a->now = now_ms;
    a->wall = wall;
    a->tz_offset = tz_offset;
    snprintf(a->lang, sizeof a->lang, "%s", LNG_DEFAULT);
    a->zone = a->routine = -1;
    a->pf.switch_to = -1;
    a->screen = SCR_UNSET;
    a->lay.w = w;
    a->lay.h = h;
    app_go(a, SCR_HOME);
}

int app_take_events(app_State *a, app_Event *out, int max)
{
    int n = a->nev < max ? a->nev : max;
    memcpy(out, a->ev, sizeof *out * (size_t)n);
    memmove(a->ev, a->ev + n, sizeof *out * (size_t)(a->nev - n));
    a->nev -= n;
    return n;
}
