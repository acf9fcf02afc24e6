/* ui_text.c - the size of what people read (see ui.h): the text unit of
 * the text size setting, the width of a run of text (the shell's exact
 * measure, or an estimate in tests), and word wrapping into lines, so a
 * screen knows how many lines its words take before it draws them and can
 * page what does not fit instead of shrinking it. */
#include "ui.h"

#include <stdio.h>
#include <string.h>

#define CAP_EM 0.729f      /* DejaVu Sans: the height of a capital, in em */
#define LARGE_CAP_MM 7.0f  /* "large": step text readable from 1.5 m */
#define LARGEST_K 1.25f    /* "largest": a quarter larger again */
#define DEFAULT_DPI 96.0f  /* when the display does not say */

/* The display's pixels a millimetre, 96 dpi where it does not say. */
static float px_per_mm(const app_State *a)
{
    return a->px_per_mm > 0 ? a->px_per_mm : DEFAULT_DPI / 25.4f;
}

/* never so large that a line of a small window holds a word or two: a
 * part of the short side (14: labels, 10: step text) */
static float at_most(float tu, float u, int w, int h, float part)
{
    float most = (float)(w < h ? w : h) / part;
    tu = tu < most ? tu : most;
    return tu > u ? tu : u;
}

float ui_text_unit(const app_State *a, float u, int w, int h)
{
    return at_most(u * set_text_scale(a->settings.text_size), u, w, h, 14);
}

float ui_step_unit(const app_State *a, float u, int w, int h)
{
    set_TextSize size = a->settings.text_size;
    if (size != SET_TEXT_LARGE && size != SET_TEXT_LARGEST)
        return u;
    float ppm = px_per_mm(a);
    float mm = LARGE_CAP_MM * (size == SET_TEXT_LARGEST ? LARGEST_K : 1.0f);
    float need = (mm * ppm / CAP_EM + 1) / UI_STEP_TEXT; /* + 1: px are whole */
    float tu = u * set_text_scale(size);
    return at_most(tu > need ? tu : need, u, w, h, 10);
}

int ui_step_px(const app_Layout *l)
{
    return (int)(UI_STEP_TEXT * l->su);
}

float ui_cap_mm(const app_State *a, float px)
{
    return px * CAP_EM / px_per_mm(a);
}

float ui_measure(const app_State *a, const char *s, int n, int px, int bold)
{
    if (a->text_w)
        return a->text_w(a->text_ctx, s, n, px, bold);
    int chars = 0;
    for (int i = 0; i < n && s[i]; i++)
        chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    return (float)chars * 0.62f * (float)px * (bold ? 1.0f : 0.92f);
}

/* The end of the character that starts at i. */
static int next_char(const char *s, int i, int len)
{
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* The longest run of whole characters from i that fits width (at least
 * one character): a word longer than a line is cut. */
static int cut_word(const app_State *a, const char *s, int i, int len, int px, int bold, float width)
{
    int best = next_char(s, i, len);
    for (int e = best; e < len && s[e] != ' ' && s[e] != '\n';) {
        int nx = next_char(s, e, len);
        if (ui_measure(a, s + i, nx - i, px, bold) > width)
            break;
        best = e = nx;
    }
    return best;
}

int ui_wrap(const app_State *a, const char *s, int px, int bold, float width, ui_Span *out, int max)
{
    int n = 0, i = 0, len = s ? (int)strlen(s) : 0;
    while (n < max) {
        while (i < len && s[i] == ' ')
            i++;
        if (i >= len)
            break;
        int best = -1;
        for (int j = i;;) { /* add words while the line fits */
            int k = j, e;
            while (k < len && s[k] == ' ')
                k++;
            for (e = k; e < len && s[e] != ' ' && s[e] != '\n';)
                e++;
            if (e == k || ui_measure(a, s + i, e - i, px, bold) > width)
                break;
            best = j = e;
        }
        if (best < 0)
            best = s[i] == '\n' ? i : cut_word(a, s, i, len, px, bold, width);
        out[n++] = (ui_Span){i, best - i};
        i = best;
        while (i < len && s[i] == ' ')
            i++;
        if (i < len && s[i] == '\n')
            i++;
    }
    return n;
}

float ui_lines_h(const app_State *a, const char *s, int px, int bold, float width, float lead)
{
    ui_Span sp[UI_MAX_LINES];
    return (float)ui_wrap(a, s, px, bold, width, sp, UI_MAX_LINES) * lead * (float)px;
}

float ui_text_lines(const app_State *a, dl_List *l, geo_Rect r, const char *s, int px, int bold, float lead,
                    dl_Color c)
{
    ui_Span sp[UI_MAX_LINES];
    char line[512];
    int n = ui_wrap(a, s, px, bold, r.w, sp, UI_MAX_LINES);
    float h = lead * (float)px, y = r.y;
    for (int i = 0; i < n && y + h <= r.y + r.h + 0.5f; i++, y += h) {
        snprintf(line, sizeof line, "%.*s", sp[i].len, s + sp[i].off);
        dl_text(l, geo_rect(r.x, y, r.w, h), line, px, bold, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, c);
    }
    return y - r.y;
}

int ui_fit_px(const app_State *a, const char *s, float k, int bold, geo_Rect box)
{
    float least = 0.6f * k * a->lay.u, px = k * a->lay.tu;
    int n = s ? (int)strlen(s) : 0;
    while (px * 0.92f >= least && (ui_measure(a, s, n, (int)px, bold) > box.w || 1.2f * px > box.h))
        px *= 0.92f;
    return (int)px;
}

void ui_fit_lines(const app_State *a, dl_List *l, geo_Rect box, const char *s, float k, int bold, dl_Color c)
{
    float least = 0.6f * k * a->lay.u, px = k * a->lay.tu;
    while (px * 0.92f >= least && ui_lines_h(a, s, (int)px, bold, box.w, 1.2f) > box.h)
        px *= 0.92f;
    float h = ui_lines_h(a, s, (int)px, bold, box.w, 1.2f);
    float y = h < box.h ? box.y + (box.h - h) / 2 : box.y;
    ui_text_lines(a, l, geo_rect(box.x, y, box.w, box.y + box.h - y), s, (int)px, bold, 1.2f, c);
}
