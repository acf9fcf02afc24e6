/* test_palette.c - the themes' colours (core/ui.h UI_THEMES), measured
 * from the tables the app draws with, for every theme:
 *  - the five due statuses differ by CIEDE2000 >= 20 pairwise, in normal
 *    vision and under simulated protanopia, deuteranopia and tritanopia
 *    (Machado, Oliveira and Fernandes 2009, severity 1.0, applied in
 *    linear sRGB);
 *  - every text on its background meets WCAG 2 AA (contrast ratio
 *    >= 4.5:1; the badges' words are white or dark, whichever passes);
 *    disabled text is exempt in WCAG (1.4.3) and only printed;
 *  - the focus ring is seen against the paper and cards (>= 3:1, WCAG
 *    1.4.11), and the high-contrast theme's ring is bold.
 * The worst pairs are printed. The measures are checked against published
 * values first, so a broken formula cannot pass. */
#include "check.h"

#include <stddef.h>

#define PI 3.14159265358979323846

#include "core/ui.h"

/* ---- colour science --------------------------------------------------------- */

typedef struct {
    double r, g, b;
} Rgb;
typedef struct {
    double L, a, b;
} Lab;

static double to_linear(int c8)
{
    double c = c8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static Rgb linear(uint32_t rgba)
{
    return (Rgb){to_linear((int)(rgba >> 24) & 255), to_linear((int)(rgba >> 16) & 255),
                 to_linear((int)(rgba >> 8) & 255)};
}

/* fg with alpha a (0..255) over bg, as the renderer blends (in sRGB). */
static uint32_t over(uint32_t fg, int a, uint32_t bg)
{
    uint32_t out = 0xFF;
    for (int sh = 24; sh >= 8; sh -= 8) {
        int f = (int)(fg >> sh) & 255, b = (int)(bg >> sh) & 255;
        out |= (uint32_t)((f * a + b * (255 - a) + 127) / 255) << sh;
    }
    return out;
}

/* WCAG 2 relative luminance and contrast ratio. */
static double luminance(uint32_t c)
{
    Rgb v = linear(c);
    return 0.2126 * v.r + 0.7152 * v.g + 0.0722 * v.b;
}

static double contrast(uint32_t a, uint32_t b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

enum { NORMAL, PROTAN, DEUTAN, TRITAN, VIEWS };
static const char *const VIEW_NAME[VIEWS] = {"normal", "protanopia", "deuteranopia", "tritanopia"};
/* Machado et al. 2009, Table 1, severity 1.0. */
static const double MACHADO[VIEWS][3][3] = {
    [NORMAL] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
    [PROTAN] = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
    [DEUTAN] = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
    [TRITAN] = {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
};

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

static Rgb simulate(Rgb v, int view)
{
    const double(*m)[3] = MACHADO[view];
    return (Rgb){clamp01(m[0][0] * v.r + m[0][1] * v.g + m[0][2] * v.b),
                 clamp01(m[1][0] * v.r + m[1][1] * v.g + m[1][2] * v.b),
                 clamp01(m[2][0] * v.r + m[2][1] * v.g + m[2][2] * v.b)};
}

static double lab_f(double t)
{
    return t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116;
}

/* CIELAB (D65) of linear sRGB. */
static Lab lab(Rgb v)
{
    double x = 0.4124564 * v.r + 0.3575761 * v.g + 0.1804375 * v.b;
    double y = 0.2126729 * v.r + 0.7151522 * v.g + 0.0721750 * v.b;
    double z = 0.0193339 * v.r + 0.1191920 * v.g + 0.9503041 * v.b;
    double fx = lab_f(x / 0.95047), fy = lab_f(y), fz = lab_f(z / 1.08883);
    return (Lab){116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

static double deg(double r)
{
    return r * 180.0 / PI;
}

static double rad(double d)
{
    return d * PI / 180.0;
}

static double hue(double b, double a)
{
    if (a == 0 && b == 0)
        return 0;
    double h = deg(atan2(b, a));
    return h < 0 ? h + 360 : h;
}

/* CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
static double de2000(Lab x, Lab y)
{
    double c1 = hypot(x.a, x.b), c2 = hypot(y.a, y.b), cb = (c1 + c2) / 2, cb7 = pow(cb, 7);
    double g = 0.5 * (1 - sqrt(cb7 / (cb7 + pow(25, 7))));
    double a1 = (1 + g) * x.a, a2 = (1 + g) * y.a;
    double c1p = hypot(a1, x.b), c2p = hypot(a2, y.b), h1 = hue(x.b, a1), h2 = hue(y.b, a2);
    double dl = y.L - x.L, dc = c2p - c1p, dh = 0;
    if (c1p * c2p != 0)
        dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
    double dH = 2 * sqrt(c1p * c2p) * sin(rad(dh / 2));
    double lbp = (x.L + y.L) / 2, cbp = (c1p + c2p) / 2, hb = h1 + h2;
    if (c1p * c2p != 0)
        hb = fabs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    double t = 1 - 0.17 * cos(rad(hb - 30)) + 0.24 * cos(rad(2 * hb)) + 0.32 * cos(rad(3 * hb + 6)) -
               0.20 * cos(rad(4 * hb - 63));
    double dth = 30 * exp(-pow((hb - 275) / 25, 2)), cbp7 = pow(cbp, 7);
    double rc = 2 * sqrt(cbp7 / (cbp7 + pow(25, 7)));
    double sl = 1 + 0.015 * pow(lbp - 50, 2) / sqrt(20 + pow(lbp - 50, 2));
    double sc = 1 + 0.045 * cbp, sh = 1 + 0.015 * cbp * t, rt = -sin(rad(2 * dth)) * rc;
    return sqrt(pow(dl / sl, 2) + pow(dc / sc, 2) + pow(dH / sh, 2) + rt * (dc / sc) * (dH / sh));
}

static double de76(Lab x, Lab y)
{
    return sqrt(pow(x.L - y.L, 2) + pow(x.a - y.a, 2) + pow(x.b - y.b, 2));
}

static double status_diff(uint32_t a, uint32_t b, int view, double (*de)(Lab, Lab))
{
    return de(lab(simulate(linear(a), view)), lab(simulate(linear(b), view)));
}

/* ---- the measures agree with published values ----------------------------------- */

static void the_measures_give_published_values(void)
{
    /* Sharma et al. 2005, test data pairs 1, 7 and 17 */
    CHECK_NEAR(de2000((Lab){50, 2.6772, -79.7751}, (Lab){50, 0, -82.7485}), 2.0425, 1e-4);
    CHECK_NEAR(de2000((Lab){50, 0, 0}, (Lab){50, -1, 2}), 2.3669, 1e-4);
    CHECK_NEAR(de2000((Lab){50, 2.5, 0}, (Lab){73, 25, -18}), 27.1492, 1e-4);
    /* sRGB white is L* 100 a* 0 b* 0; WCAG: black on white 21:1, #767676 4.54:1 */
    Lab w = lab(linear(0xFFFFFFFFu));
    CHECK_NEAR(w.L, 100, 1e-3);
    CHECK_NEAR(w.a, 0, 1e-2);
    CHECK_NEAR(w.b, 0, 1e-2);
    CHECK_NEAR(contrast(0x000000FFu, 0xFFFFFFFFu), 21, 1e-9);
    CHECK_NEAR(contrast(0x767676FFu, 0xFFFFFFFFu), 4.54, 0.01);
    /* Machado's matrices keep greys grey */
    for (int v = 0; v < VIEWS; v++) {
        Rgb g = simulate((Rgb){0.4, 0.4, 0.4}, v);
        CHECK(fabs(g.r - 0.4) < 1e-3 && fabs(g.g - 0.4) < 1e-3 && fabs(g.b - 0.4) < 1e-3);
    }
    /* the palette before this test: Soon #A86B00 and Due #C2410C were about
     * 3 apart under deuteranopia, and white on Soon 4.40:1 */
    double old = status_diff(0xA86B00FFu, 0xC2410CFFu, DEUTAN, de2000);
    printf("    old Soon/Due under deuteranopia: CIEDE2000 %.1f, CIE76 %.1f\n", old,
           status_diff(0xA86B00FFu, 0xC2410CFFu, DEUTAN, de76));
    CHECK(old > 1 && old < 4);
    CHECK_NEAR(contrast(0xFFFFFFFFu, 0xA86B00FFu), 4.40, 0.01);
}

/* ---- the themes ------------------------------------------------------------------ */

static const char *const STATUS[5] = {"New", "Done", "Soon", "Due", "Overdue"};
#define MIN_STATUS_DIFF 20.0
#define AA 4.5
#define AA_LARGE 3.0

static void every_two_statuses_differ_by_20_in_every_view(void)
{
    for (int t = 0; t < SET_THEME_COUNT; t++) {
        const ui_Theme *th = &UI_THEMES[t];
        for (int v = 0; v < VIEWS; v++) {
            double worst = 1e9, worst76 = 1e9;
            int wi = 0, wj = 0;
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    double d = status_diff(th->due[i], th->due[j], v, de2000);
                    double d76 = status_diff(th->due[i], th->due[j], v, de76);
                    worst76 = d76 < worst76 ? d76 : worst76;
                    if (d < worst)
                        worst = d, wi = i, wj = j;
                    if (d < MIN_STATUS_DIFF)
                        printf("    %s, %s: %s/%s CIEDE2000 %.1f < %.0f\n", th->name, VIEW_NAME[v], STATUS[i],
                               STATUS[j], d, MIN_STATUS_DIFF);
                    CHECK(d >= MIN_STATUS_DIFF);
                }
            }
            printf("    %-13s %-12s closest %s/%s: CIEDE2000 %.1f (closest CIE76 %.1f)\n", th->name, VIEW_NAME[v],
                   STATUS[wi], STATUS[wj], worst, worst76);
        }
    }
}

/* A text colour on a background: fields of ui_Theme (by offset), the text's
 * alpha over the background (255: opaque), and whether it is large. */
typedef struct {
    const char *what;
    size_t fg, bg;
    int bg_alpha; /* bg drawn at this alpha over the paper (the banner, the label pills) */
    int large;
} Pair;

#define F(field) offsetof(ui_Theme, field)
#define WHITE_FIELD ((size_t)-1)
static const Pair PAIRS[] = {
    {"ink on the paper", F(ink), F(bg), 255, 0},
    {"ink on the header band", F(ink), F(band), 255, 0},
    {"ink on a card", F(ink), F(card), 255, 0},
    {"ink on a hovered card/button", F(ink), F(card_hover), 255, 0},
    {"ink on a pressed button", F(ink), F(card_down), 255, 0},
    {"ink on a lit card", F(ink), F(card_lit), 255, 0},
    {"ink on a routine that cannot be played", F(ink), F(card_off), 255, 0},
    {"ink on the close-up", F(ink), F(closeup), 255, 0},
    {"ink on the caution box", F(ink), F(caution_bg), 255, 0},
    {"ink on the due band (history)", F(ink), F(accent_soft), 255, 0},
    {"muted on the paper", F(muted), F(bg), 255, 0},
    {"muted on the header band", F(muted), F(band), 255, 0},
    {"muted on a card", F(muted), F(card), 255, 0},
    {"muted on a lit card", F(muted), F(card_lit), 255, 0},
    {"muted on a routine that cannot be played", F(muted), F(card_off), 255, 0},
    {"muted on the close-up", F(muted), F(closeup), 255, 0},
    {"caution head on the caution box", F(caution), F(caution_bg), 255, 0},
    {"caution ink on the caution box", F(caution_ink), F(caution_bg), 255, 0},
    {"accent text on a card", F(accent), F(card), 255, 0},
    {"accent text on the paper", F(accent), F(bg), 255, 0},
    {"accent text on a lit card", F(accent), F(card_lit), 255, 0},
    {"danger text on a card", F(danger), F(card), 255, 0},
    {"danger text on the paper", F(danger), F(bg), 255, 0},
    {"why unavailable on its card", F(error_ink), F(card_off), 255, 0},
    {"white on an accent button", WHITE_FIELD, F(accent), 255, 0},
    {"white on a hovered accent button", WHITE_FIELD, F(accent_hover), 255, 0},
    {"white on a pressed accent button", WHITE_FIELD, F(accent_down), 255, 0},
    {"white on the danger banner", WHITE_FIELD, F(danger), 0xF0, 0},
    {"white on the export banner", WHITE_FIELD, F(accent), 0xF0, 0},
    {"white on the ink bar (Undo)", WHITE_FIELD, F(ink), 255, 0},
};

static uint32_t field(const ui_Theme *th, size_t off)
{
    return off == WHITE_FIELD ? UI_WHITE : *(const uint32_t *)(const void *)((const char *)th + off);
}

static void every_text_meets_wcag_aa(void)
{
    for (int t = 0; t < SET_THEME_COUNT; t++) {
        const ui_Theme *th = &UI_THEMES[t];
        double worst = 1e9;
        const char *worst_what = "";
        for (size_t i = 0; i < sizeof PAIRS / sizeof PAIRS[0]; i++) {
            const Pair *p = &PAIRS[i];
            uint32_t bg = p->bg_alpha == 255 ? field(th, p->bg) : over(field(th, p->bg), p->bg_alpha, th->bg);
            double c = contrast(field(th, p->fg), bg), need = p->large ? AA_LARGE : AA;
            if (c < need)
                printf("    %s: %s %.2f:1 < %.1f:1\n", th->name, p->what, c, need);
            CHECK(c >= need);
            if (c < worst)
                worst = c, worst_what = p->what;
        }
        printf("    %-13s worst text: %s %.2f:1\n", th->name, worst_what, worst);
        printf("    %-13s disabled text (exempt, WCAG 1.4.3): %.2f:1\n", th->name,
               contrast(th->disabled_ink, th->disabled));
    }
}

/* The word on each badge is white or the theme's ink, whichever passes;
 * where both pass, the one with more contrast. */
static void every_status_word_is_white_or_dark_whichever_passes(void)
{
    for (int t = 0; t < SET_THEME_COUNT; t++) {
        const ui_Theme *th = &UI_THEMES[t];
        for (int i = 0; i < 5; i++) {
            uint32_t ink = th->due_ink[i];
            double c = contrast(ink, th->due[i]), white = contrast(UI_WHITE, th->due[i]);
            double dark = contrast(th->ink, th->due[i]);
            printf("    %-13s %-7s #%06X: %s %.2f:1 (white %.2f, dark %.2f)\n", th->name, STATUS[i],
                   (unsigned)(th->due[i] >> 8), ink == UI_WHITE ? "white" : "dark", c, white, dark);
            CHECK(ink == UI_WHITE || luminance(ink) <= luminance(th->ink) + 1e-9);
            CHECK(c >= AA);
            CHECK(c + 1e-9 >= (white > dark ? white : dark));
        }
        /* and the badge's word at the map's labels, over its white ring, is the same */
    }
}

static void the_focus_ring_is_seen_and_bold_in_high_contrast(void)
{
    for (int t = 0; t < SET_THEME_COUNT; t++) {
        const ui_Theme *th = &UI_THEMES[t];
        uint32_t under[] = {th->bg, th->card, th->band, th->card_lit};
        for (size_t i = 0; i < sizeof under / sizeof under[0]; i++)
            CHECK(contrast(th->focus, under[i]) >= AA_LARGE);
        printf("    %-13s focus ring %.2f u, %.2f:1 on the paper\n", th->name, th->focus_w,
               contrast(th->focus, th->bg));
    }
    CHECK(UI_THEMES[SET_THEME_HIGH_CONTRAST].focus_w >= 2 * UI_THEMES[SET_THEME_STANDARD].focus_w);
    /* high contrast: black ink on white */
    CHECK(contrast(UI_THEMES[SET_THEME_HIGH_CONTRAST].ink, UI_THEMES[SET_THEME_HIGH_CONTRAST].bg) >= 20);
}

static void the_active_theme_follows_ui_use_theme(void)
{
    CHECK(ui_theme == &UI_THEMES[SET_THEME_STANDARD]);
    ui_use_theme(SET_THEME_HIGH_CONTRAST);
    CHECK_INT(UI_BG, UI_THEMES[SET_THEME_HIGH_CONTRAST].bg);
    CHECK_INT(dl_rgba(UI_DUE_SOON).r, (UI_THEMES[SET_THEME_HIGH_CONTRAST].due[TF_DUE_SOON] >> 24) & 255);
    CHECK(ui_due_ink(TF_DUE_SOON).r == 0 && ui_due_ink(TF_DUE_OVERDUE).r == 255);
    ui_use_theme((set_Theme)7);
    CHECK(ui_theme == &UI_THEMES[SET_THEME_STANDARD]);
    for (int t = 0; t < SET_THEME_COUNT; t++)
        CHECK_STR(UI_THEMES[t].name, set_theme_name((set_Theme)t));
}

int main(void)
{
    RUN(the_measures_give_published_values);
    RUN(every_two_statuses_differ_by_20_in_every_view);
    RUN(every_text_meets_wcag_aa);
    RUN(every_status_word_is_white_or_dark_whichever_passes);
    RUN(the_focus_ring_is_seen_and_bold_in_high_contrast);
    RUN(the_active_theme_follows_ui_use_theme);
    return check_summary();
}
