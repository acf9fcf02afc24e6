/* test_view.c - the map's zone labels (scr_map_labels.c) with the real
 * content, at the window sizes people use (a phone-sized portrait, a 7"
 * Raspberry Pi touchscreen, a laptop, 1080p, a portrait kiosk), with and
 * without kiosk mode: every zone is named, no label covers another, each
 * sits in its own zone, a tap on a label opens that zone, and every zone
 * keeps a point a tap opens even where the window is too small for all
 * the labels. */
#include "check.h"
#include "core/scr_map.h"
#include "core/visit.h"
#include "platform/loader.h"

static lvl_Content content;
static anim_Set anims;
static prog_Data prog;
static kcf_Config kcfg;
static kst_Stats stats;
static app_State app;
static dl_List list;

static const int SIZES[][2] = {{800, 600}, {1280, 800}, {1920, 1080}, {1080, 1920}, {800, 480},
                               {1024, 600}, {640, 480}, {480, 800}, {1366, 768}, {2560, 1440}};
#define NSIZES ((int)(sizeof SIZES / sizeof SIZES[0]))

static void open_map(int w, int h, int kiosk)
{
    app_init(&app, &content, &anims, &prog, w, h, 0, 1795251600, 0);
    if (kiosk)
        vis_start(&app, &kcfg, &stats, 0);
    app.screen = SCR_MAP;
    app_layout(&app);
}

/* Runs check for every zone z and its label on the map at every size in
 * SIZES, with and without kiosk mode; where says which map it is. */
typedef void ZoneCheck(int z, const app_Label *lb, int kiosk, const char *where);
static void on_every_map(ZoneCheck *check)
{
    for (int kiosk = 0; kiosk < 2; kiosk++)
        for (int s = 0; s < NSIZES; s++) {
            char where[64];
            snprintf(where, sizeof where, "%dx%d%s", SIZES[s][0], SIZES[s][1], kiosk ? " kiosk" : "");
            open_map(SIZES[s][0], SIZES[s][1], kiosk);
            for (int z = 0; z < content.nzones; z++)
                check(z, &app.lay.label[z], kiosk, where);
        }
}

static int target_of(int z)
{
    for (int i = 0; i < app.lay.n; i++)
        if (app.lay.t[i].act == MAP_ZONE && app.lay.t[i].arg == z)
            return i;
    return -1;
}

static int overlaps(geo_Rect a, geo_Rect b)
{
    return a.w > 0 && b.w > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static int within(geo_Rect in, geo_Rect r)
{
    return r.w <= 0 || (r.x >= in.x && r.y >= in.y && r.x + r.w <= in.x + in.w && r.y + r.h <= in.y + in.h);
}

static geo_Pt middle(geo_Rect r)
{
    return (geo_Pt){r.x + r.w / 2, r.y + r.h / 2};
}

static void all_named(int z, const app_Label *lb, int kiosk, const char *where)
{
    if (!lb->placed || lb->name.w <= 0 || lb->scale != 1.0f)
        printf("    %s: %s placed %d, scale %.2f\n", where, content.zones[z].id, lb->placed, (double)lb->scale);
    CHECK(lb->placed && lb->name.w > 0 && lb->scale == 1.0f);
    CHECK((lb->badge.w > 0) == !kiosk); /* a kiosk shows no one's history */
}

static void every_zone_is_named_at_full_size_in_every_window(void)
{
    on_every_map(all_named);
}

static void apart(int z, const app_Label *a, int kiosk, const char *where)
{
    (void)kiosk, (void)where;
    CHECK(within(app.lay.face, a->name) && within(app.lay.face, a->badge));
    CHECK(!overlaps(a->name, a->badge));
    for (int o = z + 1; o < content.nzones; o++) {
        const app_Label *b = &app.lay.label[o];
        CHECK(!overlaps(a->name, b->name) && !overlaps(a->name, b->badge));
        CHECK(!overlaps(a->badge, b->name) && !overlaps(a->badge, b->badge));
    }
}

static void labels_cover_no_other_label_and_stay_on_the_face(void)
{
    on_every_map(apart);
}

static void anchored(int z, const app_Label *lb, int kiosk, const char *where)
{
    (void)kiosk, (void)where;
    /* the anchor: between name and badge, or the name's middle */
    geo_Pt p = middle(lb->name);
    if (lb->badge.w > 0)
        p.y = (lb->name.y + lb->name.h + lb->badge.y) / 2;
    CHECK(geo_poly_contains(app.lay.zpts[z], content.zones[z].npts, p.x, p.y));
}

static void each_label_is_anchored_inside_its_own_zone(void)
{
    on_every_map(anchored);
}

static void tappable(int z, const app_Label *lb, int kiosk, const char *where)
{
    (void)kiosk, (void)where;
    int t = target_of(z);
    CHECK(t >= 0);
    geo_Rect n = lb->name;
    geo_Pt p = middle(n);
    CHECK_INT(app_hit(&app, p.x, p.y), t);
    CHECK_INT(app_hit(&app, n.x + 2, n.y + 2), t); /* its corners too */
    CHECK_INT(app_hit(&app, n.x + n.w - 2, n.y + n.h - 2), t);
    if (lb->badge.w > 0) {
        p = middle(lb->badge);
        CHECK_INT(app_hit(&app, p.x, p.y), t);
    }
    p = map_zone_point(&app, z); /* what --dump-layout and tap-zone use */
    CHECK_INT(app_hit(&app, p.x, p.y), t);
}

static void a_tap_on_a_label_opens_its_zone(void)
{
    on_every_map(tappable);
}

static void in_a_tiny_window_labels_shrink_or_wait_but_every_zone_can_be_tapped(void)
{
    static const int tiny[][2] = {{480, 320}, {320, 480}, {320, 240}, {200, 200}};
    for (int kiosk = 0; kiosk < 2; kiosk++)
        for (int s = 0; s < 4; s++) {
            open_map(tiny[s][0], tiny[s][1], kiosk);
            for (int z = 0; z < content.nzones; z++) {
                const app_Label *a = &app.lay.label[z];
                CHECK(a->placed || (a->name.w == 0 && a->badge.w == 0)); /* shown whole or not at all */
                for (int o = 0; o < content.nzones; o++)
                    if (o != z) {
                        const app_Label *b = &app.lay.label[o];
                        CHECK(!overlaps(a->name, b->name) && !overlaps(a->name, b->badge));
                        CHECK(!overlaps(a->badge, b->badge));
                    }
                geo_Pt p = map_zone_point(&app, z);
                int hit = app_hit(&app, p.x, p.y);
                if (hit != target_of(z))
                    printf("    %dx%d%s: tapping %s at (%.0f, %.0f) hits target %d\n", tiny[s][0], tiny[s][1],
                           kiosk ? " kiosk" : "", content.zones[z].id, (double)p.x, (double)p.y, hit);
                CHECK_INT(hit, target_of(z));
            }
        }
}

/* The draw list holds text t (a label's name drawn). */
/* Whether t is drawn whole, or wrapped into lines drawn one after the
 * other (the texts drawn, joined by spaces, hold it). */
static int draws_text(const char *t)
{
    static char all[65536];
    int n = 0;
    for (int i = 0; i < list.n && n < (int)sizeof all - 1; i++)
        if (list.cmd[i].kind == DL_TEXT && list.cmd[i].text)
            n += snprintf(all + n, sizeof all - (size_t)n, "%s ", list.cmd[i].text);
    return strstr(all, t) != NULL;
}

static void a_label_that_waits_shows_in_full_when_its_zone_has_the_focus(void)
{
    open_map(320, 240, 0);
    int hidden = -1;
    for (int z = 0; z < content.nzones && hidden < 0; z++)
        if (!app.lay.label[z].placed)
            hidden = z;
    CHECK(hidden >= 0); /* 320x240 has no room for every label */
    if (hidden < 0)
        return;
    app_draw(&app, &list);
    CHECK(!draws_text(content.zones[hidden].name));
    app.focus = target_of(hidden);
    app.focus_visible = 1;
    app_draw(&app, &list);
    CHECK(draws_text(content.zones[hidden].name));
}

/* Whether t is drawn whole on the last frame, wrapped over lines in any
 * way (the spaces of both left out). */
static int draws_whole(const char *t)
{
    static char all[65536], want[4096];
    int n = 0, m = 0;
    for (int i = 0; i < list.n; i++)
        for (const char *c = list.cmd[i].kind == DL_TEXT ? list.cmd[i].text : NULL; c && *c && n < (int)sizeof all - 1; c++)
            if (*c != ' ')
                all[n++] = *c;
    for (const char *c = t; *c && m < (int)sizeof want - 1; c++)
        if (*c != ' ')
            want[m++] = *c;
    all[n] = want[m] = 0;
    return strstr(all, want) != NULL;
}

/* Whether item i of a safety list is drawn whole: title, text, sources. */
static int draws_item(const lvl_Content *c, const saf_Item *it)
{
    char names[400];
    fct_source_names(&c->facts, &it->sources, names, sizeof names);
    return draws_whole(it->title) && draws_whole(it->text) && draws_whole(names);
}

/* The safety screen at this size: every item of both lists and every
 * "why" card is on exactly one page, in order, the rules first, each page
 * draws the titles of what it holds, and (whole: no page cuts a text
 * short) their texts and sources, and the notice is on a page, whole. */
static void safety_pages_hold_everything(const lvl_Content *c, const anim_Set *an, int w, int h, int whole,
                                         const char *where)
{
    const saf_Info *s = &c->safety;
    int notice = 0;
    app_init(&app, c, an, &prog, w, h, 0, 1795251600, 0);
    app.screen = SCR_SAFETY;
    app_layout(&app);
    int never = 0, pro = 0, why = 0, seen_why = 0;
    CHECK(app.lay.pages >= 1);
    for (int p = 0; p < app.lay.pages; p++) {
        const app_Page *pg = &app.lay.page[p];
        const saf_Item *items = pg->kind == PAGE_WHY ? s->why : pg->kind == PAGE_PRO ? s->pro : s->never;
        int *next = pg->kind == PAGE_WHY ? &why : pg->kind == PAGE_PRO ? &pro : &never;
        seen_why |= pg->kind == PAGE_WHY;
        CHECK(pg->kind == PAGE_WHY || !seen_why); /* the rules come first */
        app.page = p;
        app_draw(&app, &list);
        if (pg->kind == PAGE_RULES || pg->notice)
            notice += draws_whole(s->notice);
        if (pg->kind == PAGE_RULES) {
            CHECK_INT(p, 0);
            for (int i = 0; i < s->npro; i++)
                CHECK(draws_text(s->pro[i].title));
            never = s->nnever;
            pro = s->npro;
            for (int i = 0; i < s->nnever; i++)
                CHECK(draws_text(s->never[i].title));
            continue;
        }
        if (pg->kind == PAGE_PRO && pg->n == 0) /* a small window: the notice alone */
            continue;
        CHECK(pg->n >= 1);
        CHECK_INT(pg->first, *next); /* in order, none left out, none twice */
        for (int i = pg->first; i < pg->first + pg->n; i++) {
            if (!draws_text(items[i].title)) {
                printf("    %s: page %d does not draw \"%s\"\n", where, p, items[i].title);
                CHECK(0);
            } else if (whole && !draws_item(c, &items[i])) {
                printf("    %s: page %d cuts \"%s\" short\n", where, p, items[i].title);
                CHECK(0);
            }
        }
        *next = pg->first + pg->n;
    }
    if (notice < 1)
        printf("    %s: no page draws the notice whole\n", where);
    CHECK(notice >= 1);
    CHECK_INT(never, s->nnever);
    CHECK_INT(pro, s->npro);
    CHECK_INT(why, s->nwhy);
}

static void the_safety_screen_pages_hold_every_rule_and_fact_at_every_size(void)
{
    static const int more[][2] = {{480, 320}, {320, 480}, {320, 240}};
    char where[64];
    for (int i = 0; i < NSIZES + 3; i++) {
        const int *sz = i < NSIZES ? SIZES[i] : more[i - NSIZES];
        snprintf(where, sizeof where, "%dx%d", sz[0], sz[1]);
        safety_pages_hold_everything(&content, &anims, sz[0], sz[1], i < NSIZES, where);
    }
    app_init(&app, &content, &anims, &prog, 1920, 1080, 0, 1795251600, 0);
    app.screen = SCR_SAFETY;
    app_layout(&app);
    /* a big screen: 17 rules and facts, each with its sources, at the step text's size,
     * the lists in two columns */
    CHECK(app.lay.pages <= 9); /* 5 of rules, 4 of "why" cards */
}


/* In German, whose words are longer, too: no page cuts a rule short. */
static void in_german_the_safety_pages_hold_every_rule_whole(void)
{
    static lvl_Content de;
    static anim_Set de_anims;
    prb_List probs = {0};
    char where[64];
    CHECK(ldr_load_lang(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, "de", &de, &de_anims, &probs) == 0);
    for (int i = 0; i < NSIZES; i++) {
        snprintf(where, sizeof where, "German, %dx%d", SIZES[i][0], SIZES[i][1]);
        safety_pages_hold_everything(&de, &de_anims, SIZES[i][0], SIZES[i][1], 1, where);
    }
    lvl_free(&de);
    anim_free(&de_anims);
}

/* German names and badges are longer ("Nasenflügelränder", "Ausreinigen
 * überfällig"): with a history that puts a badge under every zone, every
 * zone still keeps at least its name on the map, at every size. */
static void in_german_with_a_history_every_zone_keeps_its_name(void)
{
    static lvl_Content de;
    static anim_Set de_anims;
    prb_List probs = {0};
    static prog_Data hist;
    prog_init(&hist);
    static const char text[] =
        "{\"version\": 1, \"history\": ["
        "{\"routine\": \"nose-clean-out\", \"zone\": \"nose\", \"completed_at\": \"2026-07-01T08:00:00Z\", \"steps_done\": 5, \"steps_total\": 6, \"steps_skipped\": 1},"
        "{\"routine\": \"forehead-clean-out\", \"zone\": \"forehead\", \"completed_at\": \"2026-07-02T08:00:00Z\", \"steps_done\": 5, \"steps_total\": 6, \"steps_skipped\": 1},"
        "{\"routine\": \"left-cheek-clean-out\", \"zone\": \"left-cheek\", \"completed_at\": \"2026-07-03T08:00:00Z\", \"steps_done\": 5, \"steps_total\": 6, \"steps_skipped\": 1},"
        "{\"routine\": \"gentle-chin-cleanse\", \"zone\": \"chin\", \"completed_at\": \"2026-07-04T08:00:00Z\", \"steps_done\": 5, \"steps_total\": 6, \"steps_skipped\": 1},"
        "{\"routine\": \"gentle-mouth-exfoliate\", \"zone\": \"mouth\", \"completed_at\": \"2026-07-05T08:00:00Z\", \"steps_done\": 5, \"steps_total\": 6, \"steps_skipped\": 1}]}";
    CHECK(ldr_load_lang(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, "de", &de, &de_anims, &probs) == 0);
    CHECK_INT(prog_parse(&hist, "progress.json", text, strlen(text), &probs), 0);
    for (int s = 0; s < NSIZES; s++) {
        app_init(&app, &de, &de_anims, &hist, SIZES[s][0], SIZES[s][1], 0, 1795251600, 0);
        app.screen = SCR_MAP;
        app_layout(&app);
        for (int z = 0; z < de.nzones; z++) {
            const app_Label *lb = &app.lay.label[z];
            if (!lb->placed || lb->name.w <= 0)
                printf("    %dx%d: %s has no name on the map\n", SIZES[s][0], SIZES[s][1], de.zones[z].id);
            CHECK(lb->placed && lb->name.w > 0);
        }
    }
    prog_free(&hist);
    lvl_free(&de);
    anim_free(&de_anims);
}

int main(void)
{
    prb_List probs = {0};
    if (ldr_load(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, &content, &anims, &probs) != 0) {
        printf("the real content does not load\n");
        return 1;
    }
    prog_init(&prog);
    kcf_defaults(&kcfg);
    RUN(every_zone_is_named_at_full_size_in_every_window);
    RUN(labels_cover_no_other_label_and_stay_on_the_face);
    RUN(each_label_is_anchored_inside_its_own_zone);
    RUN(a_tap_on_a_label_opens_its_zone);
    RUN(in_a_tiny_window_labels_shrink_or_wait_but_every_zone_can_be_tapped);
    RUN(a_label_that_waits_shows_in_full_when_its_zone_has_the_focus);
    RUN(the_safety_screen_pages_hold_every_rule_and_fact_at_every_size);
    RUN(in_german_the_safety_pages_hold_every_rule_whole);
    RUN(in_german_with_a_history_every_zone_keeps_its_name);
    prog_free(&prog);
    lvl_free(&content);
    anim_free(&anims);
    return check_summary();
}
