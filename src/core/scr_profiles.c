/* scr_profiles.c - who is at the mirror: the household's profiles, a big
 * button each (its colour with its initial, and its name, so the colour
 * never carries meaning alone), with Rename and Delete beside it and "Add
 * a person" under them (at most PFL_MAX). It is the start screen when
 * there is more than one profile, and opens from the map's header and
 * from the settings. A name is typed on a keyboard (IN_TEXT) or on the
 * on-screen letters; Return or Done keeps it, Escape or Cancel does not.
 * Delete asks first; the profile's files are kept aside by the shell.
 * The rules are profiles.c's; picking another profile asks the shell to
 * switch (pf.switch_to), a changed list to save it (pf.save_list). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"

enum {
    PR_PICK = ACT_SCREEN, /* arg: the profile */
    PR_RENAME, PR_DELETE, PR_ADD, PR_KEY /* arg: the key */, PR_DONE, PR_CANCEL, PR_CONFIRM
};

/* The on-screen keys: the letters, a hyphen, a space and erase. */
static const char keys[] = "abcdefghijklmnopqrstuvwxyz-";
#define KEY_SPACE_AT 27
#define KEY_ERASE_AT 28
#define NKEYS 29

static int editing(const app_State *a)
{
    return a->pf.mode == PFL_ADD || a->pf.mode == PFL_RENAME;
}

/* The next letter starts a word: it is typed in capitals. */
static int capital(const char *text)
{
    size_t n = strlen(text);
    return n == 0 || text[n - 1] == ' ' || text[n - 1] == '-';
}

/* The profiles and "Add a person", two to a row in a wide window: the
 * rows are a list that pages where they do not all fit. */
static void pick_layout(app_State *a, app_Layout *l)
{
    float u = l->u, gap = 0.6f * u;
    const pfl_List *pl = &a->pf.list;
    geo_Rect box = geo_rect(u, l->header.h + u, (float)l->w - 2 * u, (float)l->h - l->header.h - 2 * u);
    int count = pl->n + (pl->n < PFL_MAX), cols = ui_landscape(l) && (float)l->w >= 56 * u ? 2 : 1;
    float cw = (box.w - (float)(cols - 1) * 1.5f * u) / (float)cols;
    /* the Rename button as wide as its word needs ("Umbenennen"), up to 0.3 of the row */
    float word = 0.92f * ui_text_w(_("Rename"), 1.2f * u) + 1.0f * u;
    float side = ui_clampf(fmaxf(0.22f * cw, fminf(word, 0.3f * cw)), UI_TARGET * u, 12 * u);
    const app_List *ls = ui_list_layout(a, l, box, (count + cols - 1) / cols, 1.3f * UI_TARGET * u, gap);
    for (int i = ls->first * cols; i < (ls->first + ls->shown) * cols && i < count; i++) {
        geo_Rect row = ui_list_item(ls, i / cols);
        geo_Rect r = geo_rect(row.x + (float)(i % cols) * (cw + 1.5f * u), row.y, cw, row.h);
        if (i == pl->n) {
            app_add_target(l, PR_ADD, 0, r, "add");
            continue;
        }
        int id = pl->p[i].id;
        app_add_target(l, PR_PICK, i, geo_rect(r.x, r.y, r.w - 2 * (side + gap), r.h), "pick:%d", id);
        app_add_target(l, PR_RENAME, i, geo_rect(r.x + r.w - 2 * side - gap, r.y, side, r.h), "rename:%d", id);
        if (i > 0)
            app_add_target(l, PR_DELETE, i, geo_rect(r.x + r.w - side, r.y, side, r.h), "delete:%d", id);
    }
}

/* The name's field and Cancel and Done beside it, then the keys: as many
 * to a row as fit, the rows a list that pages where they do not all fit. */
static void edit_layout(app_State *a, app_Layout *l)
{
    float u = l->u, kmin = UI_TARGET * u, gap = 0.5f * u, bw = ui_clampf(0.16f * (float)l->w, kmin, 9 * u);
    float y = l->header.h + u, w = (float)l->w - 2 * u;
    l->card = geo_rect(u, y, w - 2 * (bw + gap), kmin);
    app_add_target(l, PR_CANCEL, 0, geo_rect(u + w - 2 * bw - gap, y, bw, kmin), "cancel");
    app_add_target(l, PR_DONE, 0, geo_rect(u + w - bw, y, bw, kmin), "done");
    y += kmin + 2.0f * u; /* the line saying why a name cannot be used */
    int cols = (int)((w + gap) / (kmin + gap));
    cols = cols > 10 ? 10 : cols < 3 ? 3 : cols;
    int rows = (NKEYS + cols - 1) / cols;
    float kw = (w - (float)(cols - 1) * gap) / (float)cols, kh = ui_clampf(kw * 0.8f, kmin, 1.4f * kmin);
    const app_List *ls = ui_list_layout(a, l, geo_rect(u, y, w, (float)l->h - y - u), rows, kh, gap);
    for (int r = ls->first; r < ls->first + ls->shown; r++) {
        geo_Rect row = ui_list_item(ls, r);
        for (int c = 0; c < cols && r * cols + c < NKEYS; c++) {
            int k = r * cols + c;
            geo_Rect kr = geo_rect(row.x + (float)c * (kw + gap), row.y, kw, row.h);
            if (k == KEY_SPACE_AT)
                app_add_target(l, PR_KEY, k, kr, "key:space");
            else if (k == KEY_ERASE_AT)
                app_add_target(l, PR_KEY, k, kr, "key:erase");
            else
                app_add_target(l, PR_KEY, k, kr, "key:%c", keys[k]);
        }
    }
}

static void layout(app_State *a, app_Layout *l)
{
    ui_header_band(l, a->pf.mode == PFL_PICK);
    if (a->pf.mode == PFL_PICK) {
        pick_layout(a, l);
    } else if (editing(a)) {
        edit_layout(a, l);
    } else {
        static const ui_Control acts[] = {{PR_CANCEL, 0, "cancel"}, {PR_CONFIRM, 0, "confirm-delete"}};
        ui_controls(l, acts, 2);
    }
}

/* Goes to mode, laid out afresh with the focus on what comes first. */
static void set_mode(app_State *a, pfl_Mode mode, int edit)
{
    a->pf.mode = mode;
    a->pf.edit = edit;
    a->pf.why[0] = '\0';
    a->list_first = 0;
    app_layout(a);
    a->focus = mode == PFL_PICK ? app_target_of(a, PR_PICK, a->pf.active)
               : mode == PFL_CONFIRM ? app_target_of(a, PR_CANCEL, -1) : -1;
}

static void open(app_State *a, app_Screen from)
{
    (void)from;
    set_mode(a, PFL_PICK, -1);
}

/* Done: the typed name is kept (a new profile, or a new name). */
static void done(app_State *a)
{
    pfl_State *pf = &a->pf;
    int ok = pf->mode == PFL_ADD ? pfl_add(&pf->list, pf->text, pf->why, sizeof pf->why) >= 0
                                 : pfl_rename(&pf->list, pf->edit, pf->text, pf->why, sizeof pf->why) == 0;
    if (!ok)
        return; /* why says so under the field */
    pf->save_list = 1;
    set_mode(a, PFL_PICK, -1);
}

static void press_key(app_State *a, int k)
{
    char one[2] = {keys[k < KEY_SPACE_AT ? k : 0], '\0'};
    if (k == KEY_ERASE_AT) {
        pfl_erase(a->pf.text);
    } else if (k == KEY_SPACE_AT) {
        pfl_type(a->pf.text, " ");
    } else {
        if (capital(a->pf.text) && one[0] >= 'a')
            one[0] = (char)(one[0] - 'a' + 'A');
        pfl_type(a->pf.text, one);
    }
    a->pf.why[0] = '\0';
}

static void act(app_State *a, const app_Target *t)
{
    pfl_State *pf = &a->pf;
    switch (t->act) {
    case PR_PICK:
        if (t->arg != pf->active)
            pf->switch_to = t->arg; /* the shell saves this one, loads that one, opens the map */
        else
            app_go(a, SCR_MAP);
        return;
    case PR_ADD:
    case PR_RENAME:
        snprintf(pf->text, sizeof pf->text, "%s", t->act == PR_RENAME ? pf->list.p[t->arg].name : "");
        set_mode(a, t->act == PR_ADD ? PFL_ADD : PFL_RENAME, t->arg);
        return;
    case PR_DELETE:
        if (pfl_can_delete(&pf->list, t->arg, pf->why, sizeof pf->why) == 0)
            set_mode(a, PFL_CONFIRM, t->arg);
        return;
    case PR_KEY: press_key(a, t->arg); return;
    case PR_DONE: done(a); return;
    case PR_CONFIRM:
        pfl_state_delete(pf, pf->edit);
        set_mode(a, PFL_PICK, -1);
        return;
    case PR_CANCEL: set_mode(a, PFL_PICK, -1); return;
    default: return;
    }
}

/* Typing: Return keeps the name (unless the focus shows on a button: then
 * it presses that), Escape leaves it, Backspace erases;
 * letters and Space come as text (IN_TEXT), so their keys are taken. */
static int key(app_State *a, const app_Input *in)
{
    if (a->pf.mode == PFL_PICK)
        return 0;
    if (in->key == KEY_ESCAPE && in->erase && editing(a)) {
        pfl_erase(a->pf.text);
        a->pf.why[0] = '\0';
    } else if (in->key == KEY_ESCAPE) {
        set_mode(a, PFL_PICK, -1);
    } else if (in->key == KEY_RETURN && editing(a) && (a->focus < 0 || !a->focus_visible)) {
        done(a);
    } else {
        return editing(a) && (in->key == KEY_SPACE || in->key == KEY_OTHER);
    }
    return 1;
}

static int text(app_State *a, const char *utf8)
{
    if (!editing(a))
        return 0;
    pfl_type(a->pf.text, utf8);
    a->pf.why[0] = '\0';
    return 1;
}

/* ---- drawing ------------------------------------------------------------------ */

/* A profile's row: its colour and initial, its name, and "now" on the
 * active one. */
static void profile_row(const app_State *a, dl_List *l, int i)
{
    float u = a->lay.u;
    int ti = app_target_of(a, PR_PICK, i);
    if (ti < 0)
        return;
    const pfl_Profile *p = &a->pf.list.p[i];
    ui_button(a, l, ti, "", i == a->pf.active, 1);
    geo_Rect r = geo_rect_inset(a->lay.t[ti].r, 0.5f * u);
    geo_Rect chip = geo_rect(r.x, r.y, r.h, r.h), name = geo_rect(r.x + r.h + u, r.y, r.w - r.h - u, r.h);
    ui_profile_chip(a, l, chip, p->name, p->colour);
    char label[PFL_NAME + 32];
    /* TRANSLATORS: after the active profile's name: the person at the mirror now */
    snprintf(label, sizeof label, "%s%s", p->name, i == a->pf.active ? _(" \xC2\xB7 now") : "");
    dl_text(l, name, label, ui_fit_px(a, label, 1.4f, 1, name), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(i == a->pf.active ? UI_WHITE : UI_INK));
    ui_button(a, l, app_target_of(a, PR_RENAME, i), _("Rename"), 0, 1);
    ui_button(a, l, app_target_of(a, PR_DELETE, i), _("Delete"), 0, 1);
}

static void draw_pick(const app_State *a, dl_List *l)
{
    for (int i = 0; i < a->pf.list.n; i++)
        profile_row(a, l, i); /* those laid out: the others have no target */
    ui_button(a, l, app_target_of(a, PR_ADD, -1), _("+ Add a person"), 0, 1);
    ui_list_bar(a, l);
}

static void draw_edit(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    geo_Rect f = a->lay.card, in = geo_rect_inset(f, 0.6f * u);
    dl_rrect(l, f, 0.6f * u, dl_rgba(UI_CARD), dl_rgba(UI_FOCUS), 0.16f * u);
    char shown[PFL_NAME + 8];
    snprintf(shown, sizeof shown, "%s|", a->pf.text);
    dl_text(l, in, shown, ui_fit_px(a, shown, 1.4f, 1, in), 1, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE, dl_rgba(UI_INK));
    geo_Rect why = geo_rect(f.x, f.y + f.h + 0.2f * u, (float)a->lay.w - 2 * u, 1.6f * u);
    /* the core's reasons are marked N_ in profiles.c and translated here */
    const char *line = a->pf.why[0] ? _(a->pf.why) : _("Type a name, up to 24 characters.");
    dl_text(l, why, line, ui_fit_px(a, line, 1.0f, 0, why), 0, DL_ALIGN_LEFT, DL_VALIGN_MIDDLE,
            dl_rgba(a->pf.why[0] ? UI_DANGER : UI_MUTED));
    ui_button(a, l, app_target_of(a, PR_CANCEL, -1), _("Cancel"), 0, 1);
    ui_button(a, l, app_target_of(a, PR_DONE, -1), _("Done"), 1, 1);
    int cap = capital(a->pf.text);
    for (int i = 0; i < a->lay.n; i++) {
        int k = a->lay.t[i].arg;
        if (a->lay.t[i].act != PR_KEY)
            continue;
        char label[8] = {keys[k < KEY_SPACE_AT ? k : 0], '\0'};
        if (cap && label[0] >= 'a')
            label[0] = (char)(label[0] - 'a' + 'A');
        /* TRANSLATORS: the on-screen keyboard's space bar */
        ui_button(a, l, i, k == KEY_SPACE_AT ? _("space") : k == KEY_ERASE_AT ? "\xE2\x8C\xAB" : label, 0, 1);
    }
    ui_list_bar(a, l);
}

static void draw_confirm(const app_State *a, dl_List *l)
{
    float u = a->lay.u;
    char msg[PFL_NAME + 200];
    const pfl_Profile *p = &a->pf.list.p[a->pf.edit];
    geo_Rect box = geo_rect(2 * u, a->lay.header.h + 2 * u, (float)a->lay.w - 4 * u,
                            a->lay.controls.y - a->lay.header.h - 3 * u);
    ui_card(a, l, box, 0.8f * u);
    float chip = ui_clampf(0.3f * box.h, 0, 6 * u);
    ui_profile_chip(a, l, geo_rect(box.x + (box.w - chip) / 2, box.y + u, chip, chip), p->name, p->colour);
    snprintf(msg, sizeof msg, _("Delete %s? Their history and settings are not destroyed: their files are kept "
                                "aside, renamed with \".deleted\" and the time."), p->name);
    ui_fit_lines(a, l, geo_rect(box.x + u, box.y + chip + 1.5f * u, box.w - 2 * u, box.h - chip - 2.5f * u), msg,
                 1.3f, 0, dl_rgba(UI_INK));
    ui_button(a, l, app_target_of(a, PR_CANCEL, -1), _("Keep"), 0, 1);
    ui_button(a, l, app_target_of(a, PR_CONFIRM, -1), _("Delete"), 1, 1);
}

static void draw(const app_State *a, dl_List *l)
{
    const char *const titles[] = {_("Who is at the mirror?"), _("New profile"), _("Rename"), _("Delete a profile")};
    char title[PFL_NAME + 48];
    snprintf(title, sizeof title, "%s", titles[a->pf.mode]);
    if (a->pf.mode == PFL_RENAME)
        snprintf(title, sizeof title, _("Rename %s"), a->pf.list.p[a->pf.edit].name);
    ui_header(a, l, title, a->pf.mode == PFL_PICK && a->pf.why[0] ? _(a->pf.why) : NULL, _("\xE2\x80\xB9 Map"));
    if (a->pf.mode == PFL_PICK)
        draw_pick(a, l);
    else if (editing(a))
        draw_edit(a, l);
    else
        draw_confirm(a, l);
}

const scr_Def scr_profiles = {
    .name = "profiles",
    .back = SCR_MAP,
    .layout = layout,
    .open = open,
    .act = act,
    .key = key,
    .text = text,
    .draw = draw,
};
