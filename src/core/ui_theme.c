/* ui_theme.c - the two themes' colours and the active theme (see ui.h).
 * The status colours were chosen so that any two differ by CIEDE2000 >= 20
 * in normal vision and under simulated protanopia, deuteranopia and
 * tritanopia (Machado et al. 2009, severity 1.0, in linear RGB): a person
 * who cannot tell red from green still tells Soon (pale yellow) from Due
 * (ochre) and Overdue (dark red) by lightness and the blue-yellow axis.
 * tests/unit/test_palette.c measures these tables and prints the worst
 * pairs; change a colour here and run it. */
#include "ui.h"

/* The statuses, by tf_Due: Not done yet, done, soon, due, overdue. */
#define DUE_COLOURS {0x383F60FFu, 0x338172FFu, 0xF1E013FFu, 0xB0892CFFu, 0x8E0A1EFFu}

const ui_Theme UI_THEMES[SET_THEME_COUNT] = {
    [SET_THEME_STANDARD] = {
        .name = "standard",
        .bg = 0xF6F0E9FFu, .band = 0xEFE6DCFFu,
        .ink = 0x27262EFFu, .muted = 0x5E5A66FFu,
        .card = 0xFFFFFFFFu, .card_hover = 0xF3EEE8FFu, .card_down = 0xE4DBD0FFu, .card_lit = 0xF4FBFAFFu,
        .card_off = 0xF1ECE6FFu,
        .line = 0xDCD3C8FFu, .track = 0xE3DAD0FFu, .closeup = 0xEFE4D8FFu,
        .accent = 0x1D6F6AFFu, .accent_hover = 0x185F5AFFu, .accent_down = 0x12504CFFu,
        .accent_mid = 0x7DB8B2FFu, .accent_soft = 0xD5ECE9FFu,
        .focus = 0x2457C5FFu,
        .disabled = 0xECE6DFFFu, .disabled_ink = 0x9A94A0FFu,
        .caution_bg = 0xFFF1D6FFu, .caution_line = 0xE0A240FFu, .caution = 0x8A4B00FFu, .caution_ink = 0x4A3000FFu,
        .danger = 0xB42318FFu, .error_ink = 0xA8321EFFu,
        .due = DUE_COLOURS,
        .due_ink = {UI_WHITE, UI_WHITE, 0x27262EFFu, 0x27262EFFu, UI_WHITE},
        .focus_w = 0.22f,
    },
    [SET_THEME_HIGH_CONTRAST] = {
        .name = "high-contrast",
        .bg = 0xFFFFFFFFu, .band = 0xFFFFFFFFu,
        .ink = 0x000000FFu, .muted = 0x2B2B2BFFu,
        .card = 0xFFFFFFFFu, .card_hover = 0xEBEBEBFFu, .card_down = 0xD4D4D4FFu, .card_lit = 0xE6EEFFFFu,
        .card_off = 0xEBEBEBFFu,
        .line = 0x767676FFu, .track = 0xDDDDDDFFu, .closeup = 0xFFFFFFFFu,
        .accent = 0x000000FFu, .accent_hover = 0x2B2B2BFFu, .accent_down = 0x474747FFu,
        .accent_mid = 0x6E6E6EFFu, .accent_soft = 0xD9D9D9FFu,
        .focus = 0x0038D1FFu,
        .disabled = 0xE6E6E6FFu, .disabled_ink = 0x595959FFu,
        .caution_bg = 0xFFF0B3FFu, .caution_line = 0x000000FFu, .caution = 0x6B3A00FFu, .caution_ink = 0x000000FFu,
        .danger = 0xA50000FFu, .error_ink = 0xA50000FFu,
        .due = DUE_COLOURS,
        .due_ink = {UI_WHITE, UI_WHITE, UI_BLACK, UI_BLACK, UI_WHITE},
        .focus_w = 0.45f,
    },
};

const ui_Theme *ui_theme = &UI_THEMES[SET_THEME_STANDARD];

void ui_use_theme(set_Theme t)
{
    ui_theme = &UI_THEMES[(unsigned)t < SET_THEME_COUNT ? t : SET_THEME_STANDARD];
}

dl_Color ui_due_color(tf_Due d)
{
    return dl_rgba(ui_theme->due[(unsigned)d < 5 ? d : TF_DUE_NEVER]);
}

dl_Color ui_due_ink(tf_Due d)
{
    return dl_rgba(ui_theme->due_ink[(unsigned)d < 5 ? d : TF_DUE_NEVER]);
}
