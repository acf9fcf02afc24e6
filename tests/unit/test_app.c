/* test_app.c - the app driven as a person drives it, through its API only
 * (app_input, app_tick, app_take_events, app_find_target, app_draw), with
 * the real content: the table of screens; every screen reached at home and
 * in a kiosk by taps and keys, its screen event, its targets, the Tab order,
 * its draw list and where Escape goes; the player's keys and its paused
 * timer; the kiosk's visit, idle, dim, hidden corner and PIN; the list
 * widget on the history and zone screens. */
#include "drive.h"

/* Opens screen s from the start as a person would; 1 when it got there. */
static int reach(app_Screen s, int w, int h, int kiosk)
{
    start(&content, w, h, kiosk);
    if (kiosk && s != SCR_ATTRACT)
        tap_at((float)w / 2, (float)h / 2); /* a touch on the attract loop: the map */
    switch (s) {
    case SCR_SAFETY: tap("safety"); break;
    case SCR_PROGRESS: tap("history"); break;
    case SCR_ZONE: tap("zone:forehead"); break;
    case SCR_ROUTINE:
    case SCR_DONE:
        tap("zone:forehead");
        tap("routine:forehead-clean-out");
        for (int i = 0; s == SCR_DONE && app.screen == SCR_ROUTINE && i < LVL_MAX_STEPS; i++)
            key(KEY_RIGHT);
        break;
    case SCR_ADMIN: hold_corner(); break;
    default: break;
    }
    if (app.screen != s) {
        printf("    could not reach %s at %dx%d%s; events:\n", app_screen_name(s), w, h, kiosk ? " kiosk" : "");
        print_events();
    }
    return app.screen == s;
}

/* ---- what every screen must do ---- */

/* A button's size: UI_TARGET u each way. The zones on the face are shapes
 * of the art's size, not buttons. */
static int big_enough(const app_Target *t)
{
    float min = UI_TARGET * app.lay.u - 0.01f;
    return t->shape || (t->r.h >= min && t->r.w >= min);
}

/* Tab shows the focus, then walks every target in order and wraps, each
 * step a focus event naming the target. */
static void check_tab_order(void)
{
    int n = app.lay.n;
    int first = app.focus < 0 ? 0 : app.focus_visible ? (app.focus + 1) % n : app.focus;
    char frag[APP_NAME + 16];
    for (int i = 0; i <= n; i++) {
        forget();
        key(KEY_TAB);
        int want = (first + i) % n;
        snprintf(frag, sizeof frag, "\"target\":\"%s\"", app.lay.t[want].name);
        CHECK_INT(app.focus, want);
        CHECK_INT(nev, 1);
        CHECK(has(last_json(EV_FOCUS), "\"event\":\"focus\""));
        CHECK(has(last_json(EV_FOCUS), frag));
    }
    forget();
    send((app_Input){.kind = IN_KEY, .key = KEY_TAB, .shift = 1}); /* and back */
    CHECK_INT(app.focus, (first + n - 1) % n);
    CHECK_INT(app.focus_visible, 1);
}

/* Escape goes where the screen's back rule says, or nowhere. */
static void check_escape(app_Screen s)
{
    const scr_Def *d = app_screen_def(s);
    forget();
    key(KEY_ESCAPE);
    if (s == SCR_ATTRACT) { /* any key on the attract loop starts a visit (visit.h) */
        CHECK_INT(app.screen, SCR_MAP);
        return;
    }
    if (d->back == SCR_NO_BACK) {
        CHECK_INT(app.screen, s);
        CHECK_INT(seen("\"event\":\"screen\""), 0);
        return;
    }
    char frag[64];
    snprintf(frag, sizeof frag, "\"screen\":\"%s\"", app_screen_name(d->back));
    CHECK_INT(app.screen, d->back);
    CHECK_INT(seen("\"event\":\"screen\""), 1);
    CHECK(has(last_json(EV_SCREEN), frag));
}

/* The screen we are on is s, and it behaves: its screen event, its
 * targets (named once each, in the window, big enough), its draw list, its
 * Tab order, and Escape. where says which tour it is. */
static void check_screen(app_Screen s, const char *where)
{
    int failed_before = check_failed_now;
    check_failed_now = 0;
    const scr_Def *d = app_screen_def(s);
    const app_Layout *l = &app.lay;
    char frag[64];
    CHECK_INT(app.screen, s);
    snprintf(frag, sizeof frag, "\"event\":\"screen\",\"screen\":\"%s\"", d->name);
    const char *js = last_json(EV_SCREEN);
    CHECK(has(js, frag));
    CHECK(has(js, "\"zone\":") == d->shows_zone);       /* no stale zone */
    CHECK(has(js, "\"routine\":") == d->shows_routine);
    for (int i = 0; i < l->n; i++) {
        const app_Target *t = &l->t[i];
        CHECK(t->name[0] != 0);
        for (int o = 0; o < i; o++)
            if (strcmp(t->name, l->t[o].name) == 0) {
                printf("    two targets named \"%s\"\n", t->name);
                CHECK(0);
            }
        CHECK(t->r.x >= -0.5f && t->r.y >= -0.5f);
        CHECK(t->r.x + t->r.w <= (float)l->w + 0.5f && t->r.y + t->r.h <= (float)l->h + 0.5f);
        if (!big_enough(t)) {
            printf("    \"%s\" is %.1f x %.1f px, under %.1f\n", t->name, (double)t->r.w, (double)t->r.h,
                   (double)(UI_TARGET * l->u));
            CHECK(0);
        }
    }
    app_draw(&app, &list);
    CHECK(list.n > 0);
    CHECK(!list.overflow);
    if (s == SCR_ATTRACT) /* a touch anywhere starts a visit: nothing to aim at but the language */
        CHECK(l->n == 1 && strcmp(l->t[0].name, "lang") == 0);
    else
        check_tab_order();
    check_escape(s);
    if (check_failed_now)
        printf("    ^ on %s, %s\n", d->name, where);
    check_failed_now |= failed_before;
}

/* ---- 1. the table ---- */

/* A table entry without a name, a layout or a draw, with an empty or
 * repeated name, or whose .back was left out (0: SCR_UNSET) fails here. */
static void every_screen_in_the_table_has_a_unique_name_a_real_back_rule_a_layout_and_a_draw(void)
{
    char names[1024], expect[1024] = "";
    int n = 0;
    app_screen_names(names, sizeof names);
    CHECK(app_screen_def(SCR_UNSET) == NULL);
    CHECK(app_screen_def(SCR_COUNT) == NULL);
    for (int s = SCR_UNSET + 1; s < SCR_COUNT; s++) {
        const scr_Def *d = app_screen_def((app_Screen)s);
        CHECK(d != NULL);
        if (!d)
            continue;
        CHECK(d->name != NULL && d->name[0] != 0);
        CHECK(d->back == SCR_NO_BACK || (d->back > SCR_UNSET && d->back < SCR_COUNT));
        CHECK(d->layout != NULL);
        CHECK(d->draw != NULL);
        if (!d->name)
            continue;
        for (int o = SCR_UNSET + 1; o < s; o++)
            CHECK(strcmp(app_screen_name((app_Screen)o), d->name) != 0);
        CHECK_STR(app_screen_name((app_Screen)s), d->name);
        CHECK_INT(app_screen_by_name(d->name, (int)strlen(d->name)), s);
        n += snprintf(expect + n, sizeof expect - (size_t)n, "%s%s", n ? ", " : "", d->name);
    }
    CHECK_STR(names, expect);
    CHECK_INT(app_screen_by_name("nowhere", 7), SCR_UNSET);
    CHECK_INT(app_screen_by_name("map", 2), SCR_UNSET); /* "ma" is no screen */
    char small[8];
    app_screen_names(small, sizeof small);
    CHECK(strlen(small) < sizeof small);
}

/* Escape, then Escape again...: every screen gets to one where Escape
 * stays, with no loop. */
static void back_rules_lead_to_a_screen_without_back(void)
{
    for (int s = SCR_UNSET + 1; s < SCR_COUNT; s++) {
        app_Screen at = (app_Screen)s;
        int steps = 0;
        while (at != SCR_NO_BACK && app_screen_def(at) && app_screen_def(at)->back != SCR_NO_BACK &&
               steps < SCR_COUNT) {
            at = app_screen_def(at)->back;
            steps++;
        }
        CHECK(steps < SCR_COUNT);
        CHECK(app_screen_def(at) != NULL);
    }
}

/* ---- 2. every screen, at home and in a kiosk ---- */

static void tour(const app_Screen *screens, int n, int kiosk)
{
    char where[64];
    for (int z = 0; z < NSIZES; z++) {
        int w = SIZES[z][0], h = SIZES[z][1];
        snprintf(where, sizeof where, "%dx%d%s", w, h, kiosk ? " kiosk" : " home");
        for (int i = 0; i < n; i++) {
            CHECK(reach(screens[i], w, h, kiosk));
            if (app.screen == screens[i])
                check_screen(screens[i], where);
        }
    }
}

static void every_screen_at_home_has_its_event_targets_tab_order_drawing_and_escape(void)
{
    static const app_Screen home[] = {SCR_MAP, SCR_ZONE, SCR_ROUTINE, SCR_DONE, SCR_PROGRESS, SCR_SAFETY};
    tour(home, 6, 0);
}

static void every_screen_in_a_kiosk_has_its_event_targets_tab_order_drawing_and_escape(void)
{
    static const app_Screen kiosk[] = {SCR_ATTRACT, SCR_MAP, SCR_ZONE, SCR_ROUTINE, SCR_DONE, SCR_SAFETY, SCR_ADMIN};
    tour(kiosk, 7, 1);
    /* the admin screen once unlocked: its own buttons */
    for (int z = 0; z < NSIZES; z++) {
        char where[64];
        snprintf(where, sizeof where, "%dx%d kiosk, unlocked", SIZES[z][0], SIZES[z][1]);
        CHECK(reach(SCR_ADMIN, SIZES[z][0], SIZES[z][1], 1));
        type_pin(KIOSK_PIN);
        CHECK_INT(app.k.unlocked, 1);
        CHECK(app_find_target(&app, "exit") >= 0);
        /* the focus is left on the keypad's OK, past the last target (see
         * after_the_pin_unlocks_the_staff_screen_the_focus_is_on_one_of_its_targets):
         * Tab until it is on one, then walk from there */
        for (int i = 0; i < 2 && app.focus >= app.lay.n; i++)
            key(KEY_TAB);
        check_screen(SCR_ADMIN, where);
    }
}

static void the_map_has_no_history_button_in_a_kiosk_and_no_staff_screen_at_home(void)
{
    CHECK(reach(SCR_MAP, 800, 600, 1));
    CHECK(app_find_target(&app, "history") < 0); /* a kiosk keeps no one's history */
    CHECK(app_find_target(&app, "safety") >= 0);
    CHECK(reach(SCR_MAP, 800, 600, 0));
    CHECK(app_find_target(&app, "history") >= 0);
    hold_corner();
    CHECK_INT(app.screen, SCR_MAP);
}

/* The back button (ui_header_band) is a target like any other: at least
 * UI_TARGET (3.4u) each way; it was 3.2u, 45 px in a kiosk whose display
 * gives no DPI, where README promises 48. */
static void every_button_is_at_least_a_target_in_size_the_back_button_too(void)
{
    static const app_Screen home[] = {SCR_ZONE, SCR_ROUTINE, SCR_PROGRESS, SCR_SAFETY};
    static const app_Screen kiosk[] = {SCR_ZONE, SCR_ROUTINE, SCR_SAFETY, SCR_ADMIN};
    for (int z = 0; z < NSIZES; z++)
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < 4; i++)
                if (reach((k ? kiosk : home)[i], SIZES[z][0], SIZES[z][1], k))
                    for (int t = 0; t < app.lay.n; t++)
                        if (!big_enough(&app.lay.t[t])) {
                            printf("    %s %dx%d%s: \"%s\" is %.1f px tall, under %.1f\n",
                                   app_screen_name(app.screen), SIZES[z][0], SIZES[z][1], k ? " kiosk" : "",
                                   app.lay.t[t].name, (double)app.lay.t[t].r.h, (double)(UI_TARGET * app.lay.u));
                            CHECK(0);
                        }
    /* a small kiosk display without DPI: every target 48 px */
    CHECK(reach(SCR_ZONE, 480, 320, 1));
    int back = app_find_target(&app, "back");
    CHECK(back >= 0 && app.lay.t[back].r.h >= KIOSK_MIN_PX);
}

/* ---- 3. the player's keys ---- */

static void in_the_player_right_and_left_step_and_space_pauses_the_timer(void)
{
    CHECK(reach(SCR_ROUTINE, 800, 600, 0));
    const lvl_Routine *r = &content.routines[lvl_routine_index(&content, "forehead-clean-out")];
    CHECK(has(last_json(EV_STEP), "\"index\":1,\"of\":7"));
    forget();
    key(KEY_RIGHT);
    CHECK_INT(app.player.index, 1);
    CHECK(has(last_json(EV_STEP), "\"event\":\"step\",\"routine\":\"forehead-clean-out\",\"index\":2,\"of\":7"));
    forget();
    key(KEY_LEFT);
    CHECK_INT(app.player.index, 0);
    CHECK(has(last_json(EV_STEP), "\"index\":1,\"of\":7"));
    forget();
    key(KEY_LEFT); /* nothing before the first step */
    CHECK_INT(app.player.index, 0);
    CHECK_INT(seen("\"event\":\"step\""), 0);
    /* to the first step after the first with a countdown that waits for Next (advance manual) */
    int timed = -1;
    for (int i = 1; i < r->nsteps && timed < 0; i++)
        if (r->steps[i].seconds > 0 && r->steps[i].advance == LVL_ADV_MANUAL)
            timed = i;
    CHECK(timed > 0);
    for (int i = 0; i < timed; i++)
        key(KEY_RIGHT);
    CHECK_INT(app.player.index, timed);
    long long full = (long long)r->steps[timed].seconds * 1000;
    CHECK_INT(ply_remaining_ms(&app.player), full);
    wait_ms(1000);
    CHECK_INT(ply_remaining_ms(&app.player), full - 1000);
    forget();
    key(KEY_SPACE);
    CHECK(has(last_json(EV_PAUSE), "\"event\":\"pause\",\"routine\":\"forehead-clean-out\""));
    CHECK_INT(app.player.paused, 1);
    CHECK_INT(app_animating(&app), 0);
    CHECK_INT(app_next_deadline(&app), -1); /* nothing happens on its own */
    wait_ms(full * 3);
    CHECK_INT(seen("timer_end"), 0);
    CHECK_INT(ply_remaining_ms(&app.player), full - 1000);
    CHECK_INT(app.player.index, timed);
    forget();
    key(KEY_SPACE);
    CHECK(has(last_json(EV_PAUSE), "\"event\":\"resume\""));
    CHECK_INT(app.player.paused, 0);
    wait_ms(full - 1100);
    CHECK_INT(seen("timer_end"), 0);
    wait_ms(100);
    CHECK_INT(seen("\"event\":\"timer_end\",\"routine\":\"forehead-clean-out\""), 1);
    CHECK_INT(ply_remaining_ms(&app.player), 0);
    CHECK_INT(app.player.index, timed); /* a manual step waits for Next */
}

/* ---- 4. the kiosk ---- */

static void a_touch_on_the_attract_loop_opens_the_map_and_counts_one_visitor(void)
{
    start(&content, 800, 600, 1);
    CHECK_INT(app.screen, SCR_ATTRACT);
    CHECK(has(last_json(EV_SCREEN), "\"screen\":\"attract\""));
    CHECK_INT(kst_sessions(&stats, today(), today()), 0);
    forget();
    pointer(IN_DOWN, 400, 300);
    CHECK_INT(app.screen, SCR_ATTRACT); /* on lifting the finger */
    pointer(IN_UP, 400, 300);
    CHECK_INT(app.screen, SCR_MAP);
    CHECK_INT(seen("\"event\":\"screen\",\"screen\":\"map\""), 1);
    CHECK_INT(kst_sessions(&stats, today(), today()), 1);
    CHECK_INT(app.save_pending, 1);
    tap_at(400, 300); /* touches during the visit are no new visitor */
    CHECK_INT(kst_sessions(&stats, today(), today()), 1);
}

static void a_visit_left_alone_ends_on_the_attract_loop_with_its_routine_abandoned_never_done(void)
{
    CHECK(reach(SCR_ROUTINE, 800, 600, 1));
    key(KEY_RIGHT); /* mid-way */
    long long idle = (long long)kcfg.idle_seconds * 1000;
    CHECK_INT(app.k.idle_ms, idle);
    forget();
    wait_ms(idle - 100);
    CHECK_INT(app.screen, SCR_ROUTINE);
    wait_ms(100);
    CHECK_INT(app.screen, SCR_ATTRACT);
    CHECK_INT(seen("\"event\":\"routine_abandoned\",\"routine\":\"forehead-clean-out\",\"zone\":\"forehead\""), 1);
    CHECK_INT(seen("\"event\":\"screen\",\"screen\":\"attract\"}"), 1);
    CHECK_INT(seen("routine_done"), 0);
    int done, abandoned;
    CHECK_INT(kst_routine_sum(&stats, "forehead-clean-out", today(), today(), &done, &abandoned), 1);
    CHECK_INT(done, 0);
    CHECK_INT(abandoned, 1);
    CHECK_INT(kst_zone_opened(&stats, "forehead", today(), today()), 1);
    CHECK_INT(app.zone, -1);
    CHECK_INT(app.routine, -1);
    /* a finished routine is counted done, and the visit then ends with nothing abandoned */
    CHECK(reach(SCR_DONE, 800, 600, 1));
    forget();
    wait_ms(idle);
    CHECK_INT(app.screen, SCR_ATTRACT);
    CHECK_INT(seen("routine_abandoned"), 0);
    CHECK_INT(kst_routine_sum(&stats, "forehead-clean-out", today(), today(), &done, &abandoned), 1);
    CHECK_INT(done, 1);
    CHECK_INT(abandoned, 0);
}

static void after_the_dim_time_the_attract_loop_goes_black_and_still_and_a_touch_wakes_it(void)
{
    start(&content, 800, 600, 1);
    long long dim = (long long)kcfg.dim_seconds * 1000;
    CHECK_INT(app_animating(&app), 1);
    CHECK_INT(app_next_deadline(&app), dim);
    forget();
    wait_ms(dim - 100);
    CHECK_INT(seen("dimmed"), 0);
    CHECK_INT(app.k.dimmed, 0);
    wait_ms(100);
    CHECK_INT(seen("{\"t\":600000,\"event\":\"dimmed\"}"), 1);
    CHECK_INT(app.k.dimmed, 1);
    CHECK_INT(app_animating(&app), 0);
    CHECK_INT(app_next_deadline(&app), -1); /* no CPU until a touch */
    app_draw(&app, &list);
    CHECK_INT(list.n, 0);
    CHECK(list.clear.r == 0 && list.clear.g == 0 && list.clear.b == 0);
    wait_ms(60000);
    CHECK_INT(seen("\"event\":\"dimmed\""), 1); /* once */
    forget();
    tap_at(400, 300);
    CHECK_INT(seen("\"event\":\"woken\""), 1);
    CHECK_INT(app.k.dimmed, 0);
    CHECK_INT(app.screen, SCR_MAP);
    CHECK_INT(kst_sessions(&stats, today(), today()), 1);
}

static void holding_the_top_left_corner_for_3_seconds_opens_the_staff_screen(void)
{
    CHECK(reach(SCR_ROUTINE, 800, 600, 1));
    float u = app.lay.u;
    /* let go early: nothing */
    pointer(IN_DOWN, 2, 2);
    wait_ms(VIS_LONG_PRESS_MS - 100);
    pointer(IN_UP, 2, 2);
    wait_ms(VIS_LONG_PRESS_MS);
    CHECK_INT(app.screen, SCR_ROUTINE);
    /* held elsewhere: nothing */
    pointer(IN_DOWN, 10 * u, 10 * u);
    wait_ms(VIS_LONG_PRESS_MS);
    pointer(IN_UP, 10 * u, 10 * u);
    CHECK_INT(app.screen, SCR_ROUTINE);
    /* held in the corner */
    forget();
    pointer(IN_DOWN, u, u);
    char want[96];
    snprintf(want, sizeof want, "{\"t\":%lld,\"event\":\"screen\",\"screen\":\"admin\"}", now + VIS_LONG_PRESS_MS);
    wait_ms(VIS_LONG_PRESS_MS - 100);
    CHECK_INT(app.screen, SCR_ROUTINE);
    wait_ms(100);
    CHECK_INT(app.screen, SCR_ADMIN);
    CHECK_STR(last_json(EV_SCREEN), want); /* no stale zone or routine */
    pointer(IN_UP, u, u);
    CHECK_INT(app.screen, SCR_ADMIN);
    CHECK_INT(app.k.unlocked, 0);
    CHECK(app_find_target(&app, "pin-ok") >= 0);
    /* from the attract loop too */
    start(&content, 800, 600, 1);
    hold_corner();
    CHECK_INT(app.screen, SCR_ADMIN);
    CHECK_INT(kst_sessions(&stats, today(), today()), 0); /* staff are no visitors */
}

static void five_wrong_pins_lock_the_keypad_for_30_seconds_then_the_right_pin_unlocks(void)
{
    CHECK(reach(SCR_ADMIN, 800, 600, 1));
    forget();
    type_pin("1111");
    CHECK_INT(nev, 1);
    CHECK(has(last_json(EV_PIN), "\"event\":\"pin_refused\"}"));
    CHECK_INT(app.k.unlocked, 0);
    CHECK_INT(app.k.wrong, 1);
    CHECK_INT(app.k.pin[0], 0); /* the digits typed are forgotten */
    for (int i = 0; i < 4; i++)
        type_pin("13579");
    CHECK_INT(seen("pin_refused"), 5);
    long long until = now + 30000;
    CHECK_INT(app.k.locked_until, until);
    forget();
    type_pin(KIOSK_PIN); /* refused while locked */
    CHECK_INT(seen("admin_unlocked"), 0);
    CHECK_INT(app.k.unlocked, 0);
    /* closing and opening the keypad again does not lift the lock */
    key(KEY_ESCAPE);
    CHECK_INT(app.screen, SCR_ATTRACT);
    hold_corner();
    CHECK_INT(app.screen, SCR_ADMIN);
    wait_ms(until - now - 100);
    type_pin(KIOSK_PIN);
    CHECK_INT(seen("admin_unlocked"), 0);
    CHECK_INT(app.k.unlocked, 0);
    CHECK(app_find_target(&app, "exit") < 0);
    wait_ms(until - now);
    forget();
    type_pin(KIOSK_PIN);
    CHECK_INT(nev, 1);
    CHECK(has(last_json(EV_PIN), "\"event\":\"admin_unlocked\"}"));
    CHECK_INT(app.k.unlocked, 1);
    CHECK(app_find_target(&app, "exit") >= 0);
    CHECK(app_find_target(&app, "pin-ok") < 0);
}

/* Unlocking lays the screen out again, from the keypad's 13 targets to 5:
 * the focus must not stay on the OK key's index (12), where the first Tab
 * named target "none" and Return did nothing. */
static void after_the_pin_unlocks_the_staff_screen_the_focus_is_on_one_of_its_targets(void)
{
    CHECK(reach(SCR_ADMIN, 800, 600, 1));
    type_pin(KIOSK_PIN);
    CHECK_INT(app.k.unlocked, 1);
    CHECK(app.focus < app.lay.n);
    forget();
    key(KEY_TAB);
    CHECK(has(last_json(EV_FOCUS), "\"event\":\"focus\""));
    CHECK(!has(last_json(EV_FOCUS), "\"target\":\"none\""));
}

/* A visitor who leaves a routine with Back and then walks away has left
 * it unfinished too (README: "a routine left unfinished is counted as
 * abandoned"): it counts as abandoned when it is left, not only when the
 * visit ends on it. */
static void a_routine_left_with_back_before_the_visit_ends_is_counted_abandoned(void)
{
    CHECK(reach(SCR_ROUTINE, 800, 600, 1));
    key(KEY_RIGHT);
    key(KEY_ESCAPE);
    CHECK_INT(app.screen, SCR_ZONE);
    forget();
    wait_ms((long long)kcfg.idle_seconds * 1000);
    CHECK_INT(app.screen, SCR_ATTRACT);
    int done, abandoned;
    CHECK_INT(kst_routine_sum(&stats, "forehead-clean-out", today(), today(), &done, &abandoned), 1);
    CHECK_INT(done, 0);
    CHECK_INT(abandoned, 1);
}

/* ---- 5. the list widget ---- */

/* A history of n finished routines, one an hour, the newest an hour ago. */
static void give_history(int n)
{
    prog_free(&prog);
    prog_init(&prog);
    for (int i = 0; i < n; i++) {
        const lvl_Routine *r = &content.routines[i % content.nroutines];
        prog_Entry e = {0};
        snprintf(e.routine, sizeof e.routine, "%s", r->id);
        snprintf(e.zone, sizeof e.zone, "%s", r->zone);
        e.completed_at = WALL0 - (int64_t)(n - i) * 3600;
        e.steps_total = e.steps_done = r->nsteps;
        CHECK_INT(prog_add(&prog, &e), 0);
    }
}

/* One "list" event: the list now shows from item first (0-based). */
static void check_moved_to(int first, const char *how)
{
    const app_List *ls = &app.lay.list;
    int last = first + ls->per_page < ls->count ? first + ls->per_page : ls->count;
    char frag[128];
    snprintf(frag, sizeof frag, "\"event\":\"list\",\"screen\":\"%s\",\"first\":%d,\"last\":%d,\"of\":%d}",
             app_screen_name(app.screen), first + 1, last, ls->count);
    if (seen("\"event\":\"list\"") != 1 || !has(last_json(EV_LIST), frag) || ls->first != first) {
        printf("    %s: expected %s, got:\n", how, frag);
        print_events();
    }
    CHECK_INT(seen("\"event\":\"list\""), 1);
    CHECK(has(last_json(EV_LIST), frag));
    CHECK_INT(ls->first, first);
    CHECK_INT(ls->shown, last - first);
}

/* The ways a person pages a list: dir 1 the next page, -1 the previous. */
static void by_button(int dir)
{
    tap(dir > 0 ? "list-next" : "list-previous");
}

static void by_page_key(int dir)
{
    key(dir > 0 ? KEY_PAGEDOWN : KEY_PAGEUP);
}

static void by_wheel(int dir)
{
    wheel(-dir); /* a notch away from the user (> 0) scrolls up: back */
}

static void by_drag(int dir)
{
    geo_Rect it = app.lay.list.items;
    float u = app.lay.u;
    drag(it.x + it.w / 2, it.y + it.h * (dir > 0 ? 0.75f : 0.25f), dir > 0 ? -4 * u : 4 * u);
}

typedef void PageWay(int dir);
static PageWay *const WAYS[] = {by_button, by_page_key, by_wheel, by_drag};
static const char *const WAY_NAMES[] = {"list-next/previous", "Page Down/Up", "the wheel", "a drag"};
#define NWAYS 4

/* An entry of a routine the content no longer has (the lower-face wash,
 * now the nose routine's last step) is listed by its id in words and
 * marked as no longer offered, not by its bare id. */
static void a_routine_no_longer_in_the_content_is_listed_in_words(void)
{
    give_history(1);
    prog_Entry e = {0};
    snprintf(e.routine, sizeof e.routine, "lower-face-clean-up");
    snprintf(e.zone, sizeof e.zone, "mouth");
    e.completed_at = WALL0 - 600;
    e.steps_total = e.steps_done = 3;
    CHECK_INT(prog_add(&prog, &e), 0);
    CHECK(reach(SCR_PROGRESS, 1280, 800, 0));
    tap("tab:entries");
    app_draw(&app, &list);
    int found = 0, bare = 0;
    for (int i = 0; i < list.n; i++)
        if (list.cmd[i].kind == DL_TEXT && list.cmd[i].text) {
            found |= strstr(list.cmd[i].text, "Lower face clean up (no longer offered)") != NULL;
            bare |= strstr(list.cmd[i].text, "lower-face-clean-up") != NULL;
        }
    CHECK(found);
    CHECK(!bare);
}

static void the_history_list_pages_by_button_key_wheel_and_drag_and_never_past_its_ends(void)
{
    give_history(117);
    CHECK(reach(SCR_PROGRESS, 800, 600, 0));
    tap("tab:entries"); /* every entry, newest first (the year view lists a day's) */
    const app_List *ls = &app.lay.list;
    CHECK_INT(ls->count, 117);
    CHECK(ls->shown < ls->count);
    CHECK_INT(ls->shown, ls->per_page);
    CHECK_INT(ls->first, 0);
    CHECK(app_find_target(&app, "list-previous") >= 0);
    CHECK(app_find_target(&app, "list-next") >= 0);
    int per = ls->per_page, last = (ls->count - 1) / per * per;
    CHECK(NWAYS * per <= last);
    for (int w = 0; w < NWAYS; w++) {
        forget();
        WAYS[w](1);
        check_moved_to((w + 1) * per, WAY_NAMES[w]);
    }
    for (int w = 0; w < NWAYS; w++) {
        forget();
        WAYS[w](-1);
        check_moved_to((NWAYS - 1 - w) * per, WAY_NAMES[w]);
    }
    forget();
    for (int w = 0; w < NWAYS; w++)
        WAYS[w](-1);
    key(KEY_HOME);
    CHECK_INT(seen("\"event\":\"list\""), 0);
    CHECK_INT(ls->first, 0);
    forget();
    key(KEY_END);
    check_moved_to(last, "End");
    CHECK(has(last_json(EV_LIST), "\"last\":117,\"of\":117}"));
    forget();
    for (int w = 0; w < NWAYS; w++)
        WAYS[w](1);
    key(KEY_END);
    CHECK_INT(seen("\"event\":\"list\""), 0);
    CHECK_INT(ls->first, last);
    forget();
    key(KEY_HOME);
    check_moved_to(0, "Home");
    CHECK_INT(app.screen, SCR_PROGRESS);
    prog_free(&prog);
    prog_init(&prog);
}

/* Whole pages, something shown, and the item that was first still in view. */
static void check_list_after_resize(int was_first, const char *where)
{
    const app_List *ls = &app.lay.list;
    int ok = ls->per_page > 0 && ls->first % ls->per_page == 0 && ls->shown > 0 &&
             ls->first + ls->shown <= ls->count && ls->first <= was_first && was_first < ls->first + ls->shown;
    if (!ok)
        printf("    %s: first %d shown %d per page %d of %d, was first %d\n", where, ls->first, ls->shown,
               ls->per_page, ls->count, was_first);
    CHECK(ok);
    CHECK_INT(ls->count, 117);
    CHECK_INT(ls->shown, ls->count - ls->first < ls->per_page ? ls->count - ls->first : ls->per_page);
    CHECK(app_find_target(&app, "list-next") >= 0);
}

static void a_resize_keeps_the_history_list_on_whole_pages_with_its_first_item_in_view(void)
{
    static const int sizes[][2] = {{1080, 1920}, {640, 480}, {1920, 1080}, {480, 800}, {800, 600}, {320, 240}};
    give_history(117);
    CHECK(reach(SCR_PROGRESS, 800, 600, 0));
    tap("tab:entries"); /* every entry, newest first (the year view lists a day's) */
    for (int i = 0; i < 5; i++)
        key(KEY_PAGEDOWN);
    for (int end = 0; end < 2; end++) {
        if (end)
            key(KEY_END);
        for (int s = 0; s < 6; s++) {
            char where[32];
            int was = app.lay.list.first;
            snprintf(where, sizeof where, "%dx%d", sizes[s][0], sizes[s][1]);
            app_resize(&app, sizes[s][0], sizes[s][1]);
            check_list_after_resize(was, where);
        }
    }
    prog_free(&prog);
    prog_init(&prog);
}

/* The content with EXTRA more deep routines on the forehead (copies of
 * forehead-clean-out named forehead-extra-NN): more than fit at 640x480. */
#define EXTRA 10
static lvl_Content big;

static void make_big(void)
{
    big = content;
    big.routines = calloc((size_t)content.nroutines + EXTRA, sizeof *big.routines);
    memcpy(big.routines, content.routines, sizeof *big.routines * (size_t)content.nroutines);
    const lvl_Routine *src = &content.routines[lvl_routine_index(&content, "forehead-clean-out")];
    for (int k = 0; k < EXTRA; k++) {
        lvl_Routine *r = &big.routines[big.nroutines++];
        *r = *src;
        snprintf(r->id, sizeof r->id, "forehead-extra-%02d", k + 1);
    }
}

/* The forehead's routines as the zone screen lists them: the deep ones,
 * then the gentle ones, each in content order. */
static int forehead_order(int *out)
{
    int n = 0, z = lvl_zone_index(&big, "forehead");
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < big.nroutines; i++)
            if (strcmp(big.routines[i].zone, big.zones[z].id) == 0 && big.routines[i].gentle == pass)
                out[n++] = i;
    return n;
}

static void the_zone_screen_pages_its_routines_and_every_one_can_be_reached(void)
{
    int order[LVL_MAX_ROUTINES], n = forehead_order(order), place = 0, pages = 0;
    CHECK_INT(n, 3 + EXTRA);
    start(&big, 640, 480, 0);
    tap("zone:forehead");
    CHECK_INT(app.screen, SCR_ZONE);
    const app_List *ls = &app.lay.list;
    CHECK_INT(ls->count, n);
    CHECK(ls->shown < n);
    for (;;) {
        pages++;
        for (int i = 0; i < app.lay.n; i++) {
            const char *t = app.lay.t[i].name;
            if (strncmp(t, "routine:", 8) != 0)
                continue;
            CHECK(place < n);
            if (place < n)
                CHECK_STR(t + 8, big.routines[order[place]].id); /* each once, in order */
            place++;
        }
        forget();
        tap("list-next");
        if (seen("\"event\":\"list\"") == 0 || pages > n)
            break;
        CHECK(has(last_json(EV_LIST), "\"screen\":\"zone\""));
    }
    CHECK_INT(place, n);
    CHECK_INT(pages, (n + ls->per_page - 1) / ls->per_page);
    /* the last one opens from the last page */
    char name[APP_NAME];
    snprintf(name, sizeof name, "routine:%s", big.routines[order[n - 1]].id);
    forget();
    tap(name);
    CHECK_INT(app.screen, SCR_ROUTINE);
    CHECK(has(last_json(EV_SCREEN), big.routines[order[n - 1]].id));
}

static void the_zone_screen_opens_on_the_most_due_routine_even_on_a_later_page(void)
{
    int order[LVL_MAX_ROUTINES], n = forehead_order(order);
    start(&big, 640, 480, 0);
    tap("zone:forehead");
    int per = app.lay.list.per_page, due = per + 1; /* on page 2 */
    CHECK(due < n);
    /* every routine done yesterday but one, done a year ago: overdue */
    prog_free(&prog);
    prog_init(&prog);
    for (int i = 0; i < n; i++) {
        prog_Entry e = {0};
        snprintf(e.routine, sizeof e.routine, "%s", big.routines[order[i]].id);
        snprintf(e.zone, sizeof e.zone, "forehead");
        e.completed_at = WALL0 - (i == due ? 400 : 1) * DAY;
        e.steps_total = e.steps_done = big.routines[order[i]].nsteps;
        CHECK_INT(prog_add(&prog, &e), 0);
    }
    start(&big, 640, 480, 0);
    tap("zone:forehead");
    const app_List *ls = &app.lay.list;
    char name[APP_NAME];
    snprintf(name, sizeof name, "routine:%s", big.routines[order[due]].id);
    /* the page that holds it (cards grow with their "last done" line, so the
     * page size is the one with the history) */
    CHECK_INT(ls->first, due / ls->per_page * ls->per_page);
    CHECK(ls->first > 0);
    CHECK(ls->first <= due && due < ls->first + ls->shown);
    CHECK(app.focus >= 0);
    if (app.focus >= 0)
        CHECK_STR(app.lay.t[app.focus].name, name);
    forget();
    key(KEY_RETURN); /* shows the focus */
    key(KEY_RETURN);
    CHECK_INT(app.screen, SCR_ROUTINE);
    CHECK(has(last_json(EV_SCREEN), big.routines[order[due]].id));
    prog_free(&prog);
    prog_init(&prog);
}

/* The zone screen's list has fewer routines on a page in a smaller
 * window, so fewer targets: after a resize the focus is still on the
 * routine it was on (on the page that now holds it), and Return starts it. */
static void a_resize_leaves_the_focus_on_a_target(void)
{
    start(&big, 1080, 1920, 0);
    tap("zone:forehead");
    key(KEY_TAB);
    /* back from the first target to the last routine (its plan rows follow it) */
    for (int i = 0; i < APP_MAX_TARGETS && app.focus >= 0 &&
                    (i == 0 || strncmp(app.lay.t[app.focus].name, "routine:", 8) != 0); i++)
        send((app_Input){.kind = IN_KEY, .key = KEY_TAB, .shift = 1});
    CHECK(strncmp(app.lay.t[app.focus].name, "routine:", 8) == 0);
    app_resize(&app, 640, 480);
    CHECK(app.focus < app.lay.n);
    forget();
    key(KEY_RETURN);
    CHECK_INT(app.screen, SCR_ROUTINE);
}

int main(void)
{
    static prb_List probs;
    if (ldr_load(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, &content, &anims, &probs) != 0) {
        printf("the real content does not load\n");
        return 1;
    }
    static const char cfg[] = "{\"kind\": \"kiosk-config\", \"idle_seconds\": 90, \"dim_seconds\": 600, "
                              "\"pin\": \"" KIOSK_PIN "\", \"attract_routine\": \"forehead-clean-out\"}";
    kcf_defaults(&kcfg);
    prb_clear(&probs);
    if (kcf_parse(&kcfg, "test.json", cfg, strlen(cfg), &probs) != 0) {
        printf("the kiosk config does not parse: %s\n", probs.line[0]);
        return 1;
    }
    prog_init(&prog);
    make_big();
    RUN(every_screen_in_the_table_has_a_unique_name_a_real_back_rule_a_layout_and_a_draw);
    RUN(back_rules_lead_to_a_screen_without_back);
    RUN(every_screen_at_home_has_its_event_targets_tab_order_drawing_and_escape);
    RUN(every_screen_in_a_kiosk_has_its_event_targets_tab_order_drawing_and_escape);
    RUN(the_map_has_no_history_button_in_a_kiosk_and_no_staff_screen_at_home);
    RUN(in_the_player_right_and_left_step_and_space_pauses_the_timer);
    RUN(a_touch_on_the_attract_loop_opens_the_map_and_counts_one_visitor);
    RUN(a_visit_left_alone_ends_on_the_attract_loop_with_its_routine_abandoned_never_done);
    RUN(after_the_dim_time_the_attract_loop_goes_black_and_still_and_a_touch_wakes_it);
    RUN(holding_the_top_left_corner_for_3_seconds_opens_the_staff_screen);
    RUN(five_wrong_pins_lock_the_keypad_for_30_seconds_then_the_right_pin_unlocks);
    RUN(the_history_list_pages_by_button_key_wheel_and_drag_and_never_past_its_ends);
    RUN(a_routine_no_longer_in_the_content_is_listed_in_words);
    RUN(a_resize_keeps_the_history_list_on_whole_pages_with_its_first_item_in_view);
    RUN(the_zone_screen_pages_its_routines_and_every_one_can_be_reached);
    RUN(the_zone_screen_opens_on_the_most_due_routine_even_on_a_later_page);
    RUN(after_the_pin_unlocks_the_staff_screen_the_focus_is_on_one_of_its_targets);
    RUN(a_resize_leaves_the_focus_on_a_target);
    RUN(a_routine_left_with_back_before_the_visit_ends_is_counted_abandoned);
    RUN(every_button_is_at_least_a_target_in_size_the_back_button_too);
    free(big.routines);
    prog_free(&prog);
    lvl_free(&content);
    anim_free(&anims);
    return check_summary();
}
