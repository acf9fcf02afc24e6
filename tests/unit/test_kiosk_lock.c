/* test_kiosk_lock.c - the kiosk fails closed (issue 13): the keypad says
 * nothing about the PIN before the right one is typed, a config without a
 * PIN never unlocks the staff screen, and the attract loop plays a gentle
 * routine by default and never a step with a caution. */
#include "drive.h"

#include <string.h>

/* 1 when any text drawn now holds frag. */
static int drawn(const char *frag)
{
    app_draw(&app, &list);
    for (int i = 0; i < list.n; i++)
        if (list.cmd[i].kind == DL_TEXT && strstr(list.cmd[i].text, frag))
            return 1;
    return 0;
}

static void open_keypad(void)
{
    start(&content, 800, 600, 1);
    hold_corner();
}

static void the_keypad_says_nothing_about_the_pin_before_the_right_one(void)
{
    open_keypad();
    CHECK_INT(app.screen, SCR_ADMIN);
    CHECK(drawn("Enter the staff PIN"));
    const char *never[] = {"Default", "default", "in use", "1234", KIOSK_PIN, "digits"};
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++)
        CHECK(!drawn(never[i]));
    type_pin("1111");
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++)
        CHECK(!drawn(never[i]));
    type_pin(KIOSK_PIN);
    CHECK_INT(app.k.unlocked, 1);
    CHECK(!drawn("Default"));
}

static void a_config_without_a_pin_never_unlocks_the_staff_screen(void)
{
    kcf_Config keep = kcfg;
    kcf_defaults(&kcfg); /* no PIN at all: what a config that could not be read leaves */
    CHECK(!kcf_has_pin(&kcfg));
    open_keypad();
    const char *tries[] = {"", "1234", "0000", "4071"};
    for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
        type_pin(tries[i]);
        CHECK_INT(app.k.unlocked, 0);
        wait_ms(31000); /* past any lock */
    }
    CHECK(app_find_target(&app, "exit") < 0);
    kcfg = keep;
}

/* Every step the attract loop shows in two rounds, as its caption names
 * them ("Nose · step 2 of 9: TITLE"); 1 when none has a caution. */
static int demo_shows_no_caution(const char *routine)
{
    kcf_Config keep = kcfg;
    if (routine)
        snprintf(kcfg.attract_routine, sizeof kcfg.attract_routine, "%s", routine);
    start(&content, 800, 600, 1);
    int r = lvl_routine_index(&content, kcfg.attract_routine), shown = 0, ok = r >= 0;
    for (int t = 0; ok && t < 2 * 3 * 4000; t += 500) {
        wait_ms(500);
        const lvl_Routine *rt = &content.routines[r];
        for (int s = 0; s < rt->nsteps; s++) {
            char cap[160];
            snprintf(cap, sizeof cap, "step %d of %d: %s", s + 1, rt->nsteps, rt->steps[s].title);
            if (drawn(cap)) {
                shown++;
                if (rt->steps[s].caution) {
                    printf("    the attract loop shows %s, step %d, which has a caution\n", rt->id, s + 1);
                    ok = 0;
                }
            }
        }
    }
    kcfg = keep;
    return ok && shown > 0;
}

static void the_attract_loop_plays_a_gentle_routine_by_default_and_never_a_cautioned_step(void)
{
    kcf_Config d;
    kcf_defaults(&d);
    int r = lvl_routine_index(&content, d.attract_routine);
    CHECK(r >= 0);
    CHECK(r >= 0 && content.routines[r].gentle);
    for (int i = 0; r >= 0 && i < content.routines[r].nsteps && i < 3; i++)
        CHECK(content.routines[r].steps[i].caution == NULL);
    CHECK(demo_shows_no_caution(d.attract_routine));
    /* an operator who chooses the squeezing routine: its cautioned steps are left out */
    CHECK(demo_shows_no_caution("nose-clean-out"));
    CHECK(demo_shows_no_caution("forehead-clean-out"));
}

int main(void)
{
    static prb_List probs;
    if (ldr_load(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, &content, &anims, &probs) != 0) {
        printf("the real content does not load\n");
        return 1;
    }
    static const char cfg[] = "{\"kind\": \"kiosk-config\", \"pin\": \"" KIOSK_PIN "\"}";
    kcf_defaults(&kcfg);
    if (kcf_parse(&kcfg, "test.json", cfg, strlen(cfg), &probs) != 0 || !kcf_has_pin(&kcfg)) {
        printf("the kiosk config does not parse\n");
        return 1;
    }
    prog_init(&prog);
    RUN(the_keypad_says_nothing_about_the_pin_before_the_right_one);
    RUN(a_config_without_a_pin_never_unlocks_the_staff_screen);
    RUN(the_attract_loop_plays_a_gentle_routine_by_default_and_never_a_cautioned_step);
    prog_free(&prog);
    lvl_free(&content);
    anim_free(&anims);
    return check_summary();
}
