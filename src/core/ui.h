/* ui.h - what the screens share: the palette, text metrics, the layout
 * bands (header, controls, close-up split), and the widgets (button,
 * header, focus ring, due badge, card, caution box, close-up with its
 * animation, and the list with its page control in ui_list.c). Screens
 * draw every colour from this palette and size everything in the layout
 * unit u (lay.u), so text stays readable at arm's length.
 * They read the app's state and append to a draw list or a layout; of the
 * state, only the list's first item in view (list_first) is theirs to set. */
#ifndef FM_UI_H
#define FM_UI_H

#include "app.h"
#include "drawlist.h"
#include "i18n.h"

/* The smallest target, in units of u: 48 px at 800x600. */
#define UI_TARGET 3.4f

/* The palette: two themes (settings.h set_Theme), each a table of
 * 0xRRGGBBAA colours; the UI_* names below read the active one, which
 * app_draw chooses from the settings before each frame (ui_use_theme).
 * Standard: warm paper, dark ink, a calm teal accent. High contrast:
 * white and black, a black accent, a bold focus ring. In both, one colour
 * per due status, always shown together with its word (in due_ink), and
 * told apart under protanopia, deuteranopia and tritanopia: every number
 * here is checked by tests/unit/test_palette.c (WCAG 2 contrast of every
 * text on its background, and CIEDE2000 between the statuses after a
 * simulated colour-vision deficiency). */
typedef struct {
    const char *name;           /* set_theme_name's */
    uint32_t bg, band;          /* the paper; the header and side panel */
    uint32_t ink, muted;        /* text; secondary text */
    uint32_t card, card_hover, card_down, card_lit, card_off; /* card_off: a routine that cannot be played */
    uint32_t line, track;       /* thin lines; the countdown ring's track, steps to come */
    uint32_t closeup;
    uint32_t accent, accent_hover, accent_down;
    uint32_t accent_mid, accent_soft; /* steps done; the history's due bands */
    uint32_t focus;
    uint32_t disabled, disabled_ink;
    uint32_t caution_bg, caution_line, caution, caution_ink;
    uint32_t danger;            /* the "never" list, a wrong PIN, the banner */
    uint32_t error_ink;         /* why a routine is unavailable */
    uint32_t due[5], due_ink[5]; /* by tf_Due: the badge and its word */
    float focus_w;              /* the focus ring's line, in u */
} ui_Theme;

extern const ui_Theme UI_THEMES[SET_THEME_COUNT];
/* The active theme: UI_THEMES[SET_THEME_STANDARD] until ui_use_theme. */
extern const ui_Theme *ui_theme;
/* Makes theme t (out of range: the standard one) the active one. */
void ui_use_theme(set_Theme t);

#define UI_WHITE 0xFFFFFFFFu
#define UI_BLACK 0x000000FFu
#define UI_NONE 0x00000000u
#define UI_BG (ui_theme->bg)
#define UI_BAND (ui_theme->band)
#define UI_INK (ui_theme->ink)
#define UI_MUTED (ui_theme->muted)
#define UI_CARD (ui_theme->card)
#define UI_CARD_HOVER (ui_theme->card_hover)
#define UI_CARD_DOWN (ui_theme->card_down)
#define UI_CARD_LIT (ui_theme->card_lit)
#define UI_CARD_OFF (ui_theme->card_off)
#define UI_LINE (ui_theme->line)
#define UI_TRACK (ui_theme->track)
#define UI_CLOSEUP (ui_theme->closeup)
#define UI_ACCENT (ui_theme->accent)
#define UI_ACCENT_HOVER (ui_theme->accent_hover)
#define UI_ACCENT_DOWN (ui_theme->accent_down)
#define UI_ACCENT_MID (ui_theme->accent_mid)
#define UI_ACCENT_SOFT (ui_theme->accent_soft)
#define UI_FOCUS (ui_theme->focus)
#define UI_DISABLED (ui_theme->disabled)
#define UI_DISABLED_INK (ui_theme->disabled_ink)
#define UI_CAUTION_BG (ui_theme->caution_bg)
#define UI_CAUTION_LINE (ui_theme->caution_line)
#define UI_CAUTION (ui_theme->caution)
#define UI_CAUTION_INK (ui_theme->caution_ink)
#define UI_DANGER (ui_theme->danger)
#define UI_ERROR_INK (ui_theme->error_ink)
#define UI_DUE_NEVER (ui_theme->due[TF_DUE_NEVER])
#define UI_DUE_RECENT (ui_theme->due[TF_DUE_RECENT])
#define UI_DUE_SOON (ui_theme->due[TF_DUE_SOON])
#define UI_DUE_NOW (ui_theme->due[TF_DUE_NOW])
#define UI_DUE_OVERDUE (ui_theme->due[TF_DUE_OVERDUE])
/* A profile's colour (profiles.h PFL_COLOURS, in that order): dark enough
 * for its white initial, and always drawn with it. */
#define UI_PROFILE_COLOURS 0x1D6F6AFFu, 0x2457C5FFu, 0x6B3FA0FFu, 0xB0306AFFu, 0xB42318FFu, 0x8A5A00FFu, \
                           0x2E7D4FFFu, 0x4A5568FFu

/* A palette colour with another alpha. */
dl_Color ui_alpha(uint32_t rgba, uint8_t alpha);
dl_Color ui_due_color(tf_Due d);
/* The colour of the word on a badge of status d: white or dark. */
dl_Color ui_due_ink(tf_Due d);
/* "Due in 5 days", "Due today", "3 days overdue", "Not done yet". */
void ui_due_text(tf_DueInfo d, char *out, int len);
/* "21 Nov 2026" in local time, in the catalogue's order ("21. November
 * 2026" in German). */
void ui_date(int64_t t, int tz_offset, char *out, int len);
/* A month's short name (1-12) for calendars and charts, translated. */
const char *ui_month_short(int m);
/* "every day", "every week", "every 30 days". */
void ui_every(int days, char *out, int len);

/* Estimated width of a line of text at px (DejaVu Sans Bold averages about
 * 0.62 em a character), and height of a paragraph wrapped to width. The
 * shell fits text exactly; these only share out space. */
float ui_text_w(const char *t, float px);
float ui_text_h(const char *t, float px, float width);

/* ---- what people read (ui_text.c) ---- */
/* The step text's size in step text units (su): caution and safety text
 * are never smaller. */
#define UI_STEP_TEXT 1.3f
/* The text unit (tu) for a window of w x h whose layout unit is u: u at
 * the "normal" text size, a quarter and a half more at "large" and
 * "largest", but never over a 14th of the window's short side. */
float ui_text_unit(const app_State *a, float u, int w, int h);
/* The step text unit (su): tu, and at "large" and "largest" at least what
 * makes the step text's capitals 7 mm or 8.75 mm tall on the display
 * (a->px_per_mm, 96 dpi when it is not known), but never over a 10th of
 * the window's short side. */
float ui_step_unit(const app_State *a, float u, int w, int h);
/* The step text's size in px (caution and safety text are this size). */
int ui_step_px(const app_Layout *l);
/* How tall a capital of text at px is on the display, in millimetres. */
float ui_cap_mm(const app_State *a, float px);
/* The width of n bytes of s at px: the shell's measure (a->text_w) or an
 * estimate. */
float ui_measure(const app_State *a, const char *s, int n, int px, int bold);
/* A line of wrapped text: len bytes from off. */
typedef struct {
    int off, len;
} ui_Span;
/* Wraps s into at most max lines no wider than width at px, breaking at
 * spaces and at newlines (a word wider than a line is cut between
 * characters). Returns the number of lines. */
int ui_wrap(const app_State *a, const char *s, int px, int bold, float width, ui_Span *out, int max);
/* The size of a one-line label asked at k text units: k * tu, or smaller
 * (not under 0.6 k u) until it fits box by the font's measure. */
int ui_fit_px(const app_State *a, const char *s, float k, int bold, geo_Rect box);
/* Draws s in box, centred top to bottom, wrapped at k text units, or
 * smaller (not under 0.6 k u) until its lines fit the box. */
void ui_fit_lines(const app_State *a, dl_List *l, geo_Rect box, const char *s, float k, int bold, dl_Color c);
#define UI_MAX_LINES 64
/* The height of s wrapped to width at px, lines lead * px apart. */
float ui_lines_h(const app_State *a, const char *s, int px, int bold, float width, float lead);
/* Draws s wrapped to r's width, line by line from r's top, as many lines
 * as r holds; returns the height drawn. */
float ui_text_lines(const app_State *a, dl_List *l, geo_Rect r, const char *s, int px, int bold, float lead,
                    dl_Color c);

/* ---- layout (ui.c) ---- */
int ui_landscape(const app_Layout *l);
float ui_clampf(float v, float lo, float hi);
/* The header band, with the back button at its left when back is set. */
void ui_header_band(app_Layout *l, int back);
/* A button of a row of controls: its action, argument and name. */
typedef struct {
    int act, arg;
    const char *name;
} ui_Control;
/* A row of equal buttons across the bottom band. */
void ui_controls(app_Layout *l, const ui_Control *c, int n);
/* Close-up on the left (landscape, frac of the width) or top (portrait);
 * the rest is the card. */
void ui_split_closeup(app_Layout *l, float frac);

/* ---- widgets (ui.c) ---- */
/* A button: its target's rect, label, look (primary/normal) and state. */
void ui_button(const app_State *a, dl_List *l, int target, const char *label, int primary, int enabled);
/* The language button's width (in pixels at l's unit), its target at r
 * (ACT_LANG, named "lang": it switches to the next language), and the
 * button drawn, labelled with that language's own name ("Deutsch"). */
float ui_lang_w(const app_Layout *l);
void ui_lang_target(const app_State *a, app_Layout *l, geo_Rect r);
void ui_lang_button(const app_State *a, dl_List *l);
void ui_focus_ring(const app_State *a, dl_List *l, geo_Rect r);
/* Header: title, an optional right-aligned note, and the back button
 * (labelled back_label) where the layout has one. */
void ui_header(const app_State *a, dl_List *l, const char *title, const char *note, const char *back_label);
/* A profile's chip: its colour as a disc in r with the name's initial on it. */
void ui_profile_chip(const app_State *a, dl_List *l, geo_Rect r, const char *name, int colour);
/* A white card with a thin line round it, corners of radius. */
void ui_card(const app_State *a, dl_List *l, geo_Rect r, float radius);
/* A due status: its word on its colour, with a white line round it of
 * ring_k (0: none; over the face). Text size, corner radius and line in
 * units of u (the caller's: a label's is scaled). */
void ui_badge(dl_List *l, geo_Rect r, tf_Due d, float u, float px_k, float radius_k, float ring_k);
/* The same with its own words ("Exfoliation due": app_due_badge). */
void ui_badge_text(dl_List *l, geo_Rect r, tf_Due d, const char *text, float u, float px_k, float radius_k,
                   float ring_k);
/* The caution colours: a box (corner radius in u) and its text. */
void ui_caution_box(const app_State *a, dl_List *l, geo_Rect r, float radius_u);

/* ---- the close-up of a zone (ui_art.c) ---- */
/* The art region shown in a close-up of zone z drawn into dst: the zone's
 * bounding box with a margin, widened to dst's aspect ratio. */
geo_Rect ui_closeup_src(const lvl_Content *c, int z, geo_Rect dst);
/* The zone's close-up: card, art, zone outline. Leaves drawing clipped to
 * the close-up (for an animation on top): the caller ends it with
 * dl_unclip. */
void ui_closeup(const app_State *a, dl_List *l, int zone, geo_Rect box, int outline);
/* Sprite layers of an animation preset, posed at t_ms, in box, with its
 * caption. */
void ui_animation(const app_State *a, dl_List *l, const char *id, geo_Rect box, long long t_ms);

/* ---- the list (ui_list.c) ---- */
/* Lays out the screen's list of count items, each item_h tall with gap
 * between, in box, from the app's list_first: how many fit, the page
 * control (a band at the bottom of box with its two buttons) where not
 * all do. Returns the list, also kept in l->list. */
const app_List *ui_list_layout(app_State *a, app_Layout *l, geo_Rect box, int count, float item_h, float gap);
/* The place of item i (first <= i < first + shown). */
geo_Rect ui_list_item(const app_List *ls, int i);
/* Draws the page control: previous, "12-20 of 117", next. */
void ui_list_bar(const app_State *a, dl_List *l);
/* Moves the screen's list by pages (dir < 0 back), or to its first
 * (dir = -2) or last (dir = 2) page; 1 when it moved. */
int ui_list_page(app_State *a, int dir);

#endif
