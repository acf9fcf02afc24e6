/* scr_settings.c - the settings screen, one tap from the map: the text
 * size, high contrast (the theme), sound and its volume, the spoken voice and its speed, and
 * hands-free advance, a
 * row each with what it does and its controls (a switch, or - and +). A
 * change takes effect at once and is saved (the app sets
 * settings_pending; the shell writes the file and says "settings_saved").
 * The rows are a list: in a small window they page. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "ui.h"

enum { SETTINGS_TOGGLE = ACT_SCREEN /* arg: the row */, SETTINGS_DOWN, SETTINGS_UP };
enum { ROW_TEXT_SIZE, ROW_CONTRAST, ROW_SOUND, ROW_VOLUME, ROW_VOICE, ROW_RATE, ROW_HANDS_FREE, ROW_PROFILES, ROW_COUNT };

#define ROW_H 4.8f      /* a row, in u: text left, controls right */
#define ROW_H_TALL 7.6f /* in portrait: the description under them, full width */
#define VOLUME_STEP 10
#define RATE_STEP 20

typedef struct {
    const char *title, *what, *name; /* name: its targets' names start so */
    int stepper;                     /* - and + rather than a switch */
} Row;

static const Row rows[ROW_COUNT] = {
    [ROW_TEXT_SIZE] = {N_("Text size"), N_("Large makes step text readable from a step back from the mirror."), "text-size", 1},
    [ROW_CONTRAST] = {N_("High contrast"), N_("Black text on white, and a bold ring round the chosen button."),
                      "contrast", 0},
    [ROW_SOUND] = {N_("Sound"), N_("A tone for each step, ticks, and a chime when a timer ends."), "sound", 0},
    [ROW_VOLUME] = {N_("Volume"), N_("How loud the sounds and the voice are."), "volume", 1},
    [ROW_VOICE] = {N_("Voice"), N_("Reads each step aloud, with its caution."), "voice", 0},
    [ROW_RATE] = {N_("Voice speed"), N_("Words a minute."), "voice-speed", 1},
    [ROW_HANDS_FREE] = {N_("Hands-free"), N_("Timed steps go on by themselves; tap the picture or press a key (a remote, a pedal) for the next."),
                        "hands-free", 0},
    [ROW_PROFILES] = {N_("Profiles"), N_("Each person at the mirror has their own plan, history and settings."), "profiles", 0},
};

/* The rows shown: Profiles only at home (a kiosk has none). */
static int row_count(const app_State *a)
{
    return a->pf.list.n > 0 ? ROW_COUNT : ROW_PROFILES;
}

/* The switch of a row: sound, voice, hands-free (high contrast: act). */
static int *flag_of(set_Settings *s, int row)
{
    return row == ROW_SOUND ? &s->sound : row == ROW_VOICE ? &s->voice : &s->hands_free;
}

static int flag(const set_Settings *s, int row)
{
    if (row == ROW_CONTRAST)
        return s->theme == SET_THEME_HIGH_CONTRAST;
    return row == ROW_SOUND ? s->sound : row == ROW_VOICE ? s->voice : s->hands_free;
}

/* Whether the row can be changed now (the voice needs a build with it, a
 * window with sound, and espeak-ng starting). */
static int usable(const app_State *a, int row)
{
    return (row != ROW_VOICE && row != ROW_RATE) || a->voice_available;
}

/* Where a row's words go: its title, and what it does (beside the
 * controls in landscape, under them in portrait). */
static void row_text(const app_Layout *l, int i, geo_Rect r, geo_Rect *title, geo_Rect *what)
{
    float u = l->u, tu = l->tu;
    geo_Rect in = geo_rect_inset(r, 0.9f * u);
    float text_w = in.w - (rows[i].stepper ? 2 * UI_TARGET + 6.5f : 8.5f) * u, th = 1.4f * 1.25f * tu;
    if (!ui_landscape(l)) {
        *title = geo_rect(in.x, r.y + 0.7f * u, text_w, th > UI_TARGET * u ? th : UI_TARGET * u);
        *what = geo_rect(in.x, title->y + title->h + 0.4f * u, in.w, r.y + r.h - title->y - title->h - 1.0f * u);
    } else {
        *title = geo_rect(in.x, in.y, text_w, th);
        *what = geo_rect(in.x, in.y + th + 0.1f * u, text_w, in.h - th - 0.1f * u);
    }
}

/* A row's height: its words at the text size, never under the least. */
static float row_h(const app_State *a, const app_Layout *l, float width)
{
    float least = (ui_landscape(l) ? ROW_H : ROW_H_TALL) * l->u, need = 0;
    for (int i = 0; i < ROW_COUNT; i++) {
        geo_Rect t, w;
        row_text(l, i, geo_rect(0, 0, width, least), &t, &w);
        float h = w.y + ui_lines_h(a, _(rows[i].what), (int)l->tu, 0, w.w, 1.3f) + 0.9f * l->u;
        need = h > need ? h : need;
    }
    return need > least ? need : least;
}

static void layout(app_State *a, app_Layout *l)
{
    float u = l->u;
    ui_header_band(l, 1);
    geo_Rect body = geo_rect(u, l->header.h + u, (float)l->w - 2 * u, (float)l->h - l->header.h - 2 * u);
    int tall = !ui_landscape(l);
    const app_List *ls = ui_list_layout(a, l, body, row_count(a), row_h(a, l, body.w), 0.8f * u);
    float side = UI_TARGET * u;
    for (int i = ls->first; i < ls->first + ls->shown; i++) {
        geo_Rect r = ui_list_item(ls, i);
        float y = tall ? r.y + 0.7f * u : r.y + (r.h - side) / 2, right = r.x + r.w - u;
        if (!usable(a, i))
            continue;
        if (i == ROW_PROFILES) {
            app_add_target(l, ACT_GO, SCR_PROFILES, geo_rect(right - 7 * u, y, 7 * u, side), "profiles");
        } else if (rows[i].stepper) {
            app_add_target(l, SETTINGS_DOWN, i, geo_rect(right - 2 * side - 5.5f * u, y, side, side), "%s-down",
                           rows[i].name);
            app_add_target(l, SETTINGS_UP, i, geo_rect(right - side, y, side, side), "%s-up", rows[i].name);
        } else {
            app_add_target(l, SETTINGS_TOGGLE, i, geo_rect(right - 7 * u, y, 7 * u, side), "%s", rows[i].name);
        }
    }
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    a->focus = app_target_of(a, SETTINGS_TOGGLE, ROW_SOUND);
}

static int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static void act(app_State *a, const app_Target *t)
{
    set_Settings *s = &a->settings, was = *s;
    int dir = t->act == SETTINGS_UP ? 1 : -1;
    if (t->act == SETTINGS_TOGGLE && t->arg == ROW_CONTRAST)
        s->theme = s->theme == SET_THEME_HIGH_CONTRAST ? SET_THEME_STANDARD : SET_THEME_HIGH_CONTRAST;
    else if (t->act == SETTINGS_TOGGLE)
        *flag_of(s, t->arg) = !*flag_of(s, t->arg);
    else if (t->arg == ROW_VOLUME)
        s->volume = clampi(s->volume + dir * VOLUME_STEP, 0, SET_VOLUME_MAX);
    else if (t->arg == ROW_RATE)
        s->voice_rate = clampi(s->voice_rate + dir * RATE_STEP, SET_RATE_MIN, SET_RATE_MAX);
    else if (t->arg == ROW_TEXT_SIZE)
        s->text_size = (set_TextSize)clampi((int)s->text_size + dir, SET_TEXT_NORMAL, SET_TEXT_LARGEST);
    if (memcmp(&was, s, sizeof was) == 0)
        return; /* at its end already: nothing to save */
    a->settings_pending = 1;
    if (t->arg == ROW_TEXT_SIZE)
        app_layout(a); /* every size of text changes; the focus stays on the button */
}

/* ---- drawing ------------------------------------------------------------------ */

/* What the row's control shows: "On", "80 %", "160". */
static void value_text(const app_State *a, int row, char *out, int len)
{
    const set_Settings *s = &a->settings;
    if (!usable(a, row))
        snprintf(out, (size_t)len, "%s", _("Not available"));
    else if (row == ROW_VOLUME)
        snprintf(out, (size_t)len, "%d %%", s->volume);
    else if (row == ROW_RATE)
        snprintf(out, (size_t)len, "%d", s->voice_rate);
    else if (row == ROW_TEXT_SIZE)
        snprintf(out, (size_t)len, "%s", s->text_size == SET_TEXT_LARGEST ? _("Largest")
                                         : s->text_size == SET_TEXT_LARGE ? _("Large") : _("Normal"));
    else
        snprintf(out, (size_t)len, "%s", flag(s, row) ? _("On") : _("Off"));
}

static void row(const app_State *a, dl_List *l, int i)
{
    float u = a->lay.u;
    geo_Rect r = ui_list_item(&a->lay.list, i), in = geo_rect_inset(r, 0.9f * u);
    char value[40];
    value_text(a, i, value, sizeof value);
    ui_card(a, l, r, 0.8f * u);
    geo_Rect title, what;
    row_text(&a->lay, i, r, &title, &what);
    float text_w = title.w, tu = a->lay.tu;
    dl_text(l, title, _(rows[i].title), (int)(1.25f * tu), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    ui_text_lines(a, l, what, _(rows[i].what), (int)tu, 0, 1.3f, dl_rgba(UI_MUTED));
    int down = app_target_of(a, SETTINGS_DOWN, i), up = app_target_of(a, SETTINGS_UP, i), sw = app_target_of(a, SETTINGS_TOGGLE, i);
    if (!usable(a, i)) {
        dl_text(l, geo_rect(in.x + text_w, title.y, in.w - text_w, title.h), value, (int)(1.0f * u), 0,
                DL_ALIGN_RIGHT, DL_VALIGN_MIDDLE, dl_rgba(UI_MUTED));
    } else if (rows[i].stepper && down >= 0 && up >= 0) {
        geo_Rect d = a->lay.t[down].r, p = a->lay.t[up].r;
        ui_button(a, l, down, "\xE2\x88\x92", 0, 1);
        ui_button(a, l, up, "+", 0, 1);
        dl_text(l, geo_rect(d.x + d.w, d.y, p.x - d.x - d.w, d.h), value, (int)(1.2f * u), 1, DL_ALIGN_CENTER,
                DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    } else if (sw >= 0) {
        ui_button(a, l, sw, value, flag(&a->settings, i), 1);
    } else if (i == ROW_PROFILES) {
        ui_button(a, l, app_target_of(a, ACT_GO, SCR_PROFILES), _("People"), 0, 1);
    }
}

static void draw(const app_State *a, dl_List *l)
{
    ui_header(a, l, _("Settings"), _("Saved as you change them"), _("\xE2\x80\xB9 Map"));
    for (int i = a->lay.list.first; i < a->lay.list.first + a->lay.list.shown; i++)
        row(a, l, i);
    ui_list_bar(a, l);
}

const scr_Def scr_settings = {
    .name = "settings",
    .back = SCR_MAP,
    .layout = layout,
    .open = open,
    .act = act,
    .draw = draw,
};
