/* test_plan.c - the person's plan (plan.c, app_plan.c, scr_plan.c,
 * scr_zone_plan.c) on the real content: which zone is due and by which
 * routine, a routine not followed never makes a zone due, daily routines
 * as a habit, own intervals and their steps, today's rule until the
 * person chooses, the first-time choice, the plan in the progress file
 * (round trip, migration from versions 0 and 1, bad plans refused with
 * their JSON pointer), and continuing a routine left half-done. */
#include "drive.h"
#include "quotes.h"

#include "core/scr_routine.h"

static int R(const char *id)
{
    int r = lvl_routine_index(&content, id);
    CHECK(r >= 0);
    return r;
}

static int Z(const char *id)
{
    return lvl_zone_index(&content, id);
}

/* A fresh history and plan; routine id done days_ago days before WALL0. */
static void reset(void)
{
    prog_free(&prog);
    prog_init(&prog);
}

static void done(const char *id, int days_ago)
{
    prog_Entry e = {0};
    const lvl_Routine *r = &content.routines[R(id)];
    snprintf(e.routine, sizeof e.routine, "%s", r->id);
    snprintf(e.zone, sizeof e.zone, "%s", r->zone);
    e.completed_at = WALL0 - (int64_t)days_ago * DAY;
    e.steps_done = e.steps_total = r->nsteps;
    CHECK_INT(prog_add(&prog, &e), 0);
}

static void follow_only(const char *const *ids)
{
    prog.plan.chosen = 1;
    prog.plan.n = 0;
    for (; *ids; ids++)
        CHECK_INT(pln_follow(&prog.plan, *ids, 1), 0);
}

static void badge_of_zone(const char *zone, const char *want)
{
    char text[96];
    tf_DueInfo d;
    int r = app_zone_due_routine(&app, Z(zone), &d);
    app_due_badge(&app, r, d, text, sizeof text);
    CHECK_STR(text, want);
}

static void before_a_choice_a_routine_done_once_is_followed(void)
{
    reset();
    done("nose-clean-out", 60);
    start(&content, 800, 600, 0);
    CHECK(app_follows(&app, R("nose-clean-out")));
    CHECK(!app_follows(&app, R("gentle-nose-cleanse")));
    CHECK_INT(app_zone_due(&app, Z("nose")).status, TF_DUE_OVERDUE);
    badge_of_zone("nose", "Clean-out overdue");
    CHECK_INT(app_zone_due(&app, Z("forehead")).status, TF_DUE_NEVER);
    CHECK(app_find_target(&app, "plan") >= 0); /* the choice is offered */
}

static void a_routine_not_followed_never_makes_a_zone_due(void)
{
    static const char *const none[] = {NULL};
    reset();
    done("nose-clean-out", 60);
    done("gentle-nose-cleanse", 9);
    follow_only(none);
    start(&content, 800, 600, 0);
    CHECK(!app_follows(&app, R("nose-clean-out")));
    CHECK_INT(app_zone_due_routine(&app, Z("nose"), NULL), -1);
    CHECK_INT(app_zone_due(&app, Z("nose")).status, TF_DUE_NEVER);
    badge_of_zone("nose", "New");
    CHECK(app_find_target(&app, "plan") < 0); /* chosen: not offered again */
}

/* The case: right after the clean-out the nose said "Overdue"
 * for the weekly exfoliation; it must say that the exfoliation is due. */
static void the_zone_says_which_routine_is_due(void)
{
    static const char *const both[] = {"nose-clean-out", "gentle-nose-exfoliate", NULL};
    reset();
    done("gentle-nose-exfoliate", 20);
    done("nose-clean-out", 0);
    follow_only(both);
    start(&content, 800, 600, 0);
    CHECK_INT(app_routine_due(&app, R("nose-clean-out")).status, TF_DUE_RECENT);
    tf_DueInfo d;
    CHECK_INT(app_zone_due_routine(&app, Z("nose"), &d), R("gentle-nose-exfoliate"));
    CHECK_INT(d.status, TF_DUE_OVERDUE);
    badge_of_zone("nose", "Exfoliation overdue");
    /* soon and due, by the same routine's word */
    reset();
    done("gentle-nose-exfoliate", 6);
    follow_only(both);
    badge_of_zone("nose", "Exfoliation soon");
    reset();
    done("gentle-nose-exfoliate", 7);
    follow_only(both);
    badge_of_zone("nose", "Exfoliation due");
}

static void a_daily_routine_is_a_habit_not_a_debt(void)
{
    static const char *const daily[] = {"gentle-chin-cleanse", NULL};
    reset();
    done("gentle-chin-cleanse", 0);
    follow_only(daily);
    start(&content, 800, 600, 0);
    CHECK_INT(app_zone_due(&app, Z("chin")).status, TF_DUE_RECENT);
    badge_of_zone("chin", "Done");
    for (int days = 1; days <= 40; days += 13) {
        reset();
        done("gentle-chin-cleanse", days);
        follow_only(daily);
        tf_DueInfo d = app_routine_due(&app, R("gentle-chin-cleanse"));
        CHECK_INT(d.status, TF_DUE_NOW); /* never overdue */
        CHECK_INT(d.days_left, 0);
        badge_of_zone("chin", "Cleanse today");
    }
}

static void an_own_interval_steps_and_goes_back_to_the_suggested_one(void)
{
    CHECK_INT(pln_step_every(0, 30, -1), 21);
    CHECK_INT(pln_step_every(21, 30, 1), 0); /* back at the routine's own */
    CHECK_INT(pln_step_every(0, 30, 1), 45);
    CHECK_INT(pln_step_every(90, 30, 1), 90); /* the ends stay */
    CHECK_INT(pln_step_every(1, 30, -1), 1);
    CHECK_INT(pln_step_every(0, 1, -1), 0);
    CHECK_INT(pln_step_every(0, 7, -1), 5);
    CHECK_INT(pln_step_every(6, 30, 1), 7); /* a hand-written value moves to its neighbours */
    CHECK_INT(pln_step_every(6, 30, -1), 5);
    CHECK_INT(pln_step_every(0, 366, -1), 90); /* a suggestion off the steps is one of them */
    CHECK_INT(pln_step_every(90, 366, 1), 0);
    static const char *const one[] = {"nose-clean-out", NULL};
    reset();
    done("nose-clean-out", 25);
    follow_only(one);
    start(&content, 800, 600, 0);
    CHECK_INT(app_routine_due(&app, R("nose-clean-out")).status, TF_DUE_SOON);
    tap("zone:nose");
    tap("every-less:nose-clean-out");
    CHECK_INT(app_routine_every(&app, R("nose-clean-out")), 21);
    CHECK_INT(prog.plan.f[0].every_days, 21);
    CHECK(app.save_pending);
    CHECK_INT(app_routine_due(&app, R("nose-clean-out")).status, TF_DUE_NOW);
    tap("every-more:nose-clean-out");
    CHECK_INT(prog.plan.f[0].every_days, 0);
    CHECK_INT(app_routine_every(&app, R("nose-clean-out")), 30);
}

static void the_first_change_writes_down_todays_rule(void)
{
    reset();
    done("nose-clean-out", 3);
    start(&content, 800, 600, 0);
    tap("zone:nose");
    CHECK(app_find_target(&app, "every-less:gentle-nose-cleanse") < 0); /* not followed: no interval */
    tap("follow:gentle-nose-cleanse");
    CHECK_INT(prog.plan.chosen, 1);
    CHECK(app_follows(&app, R("nose-clean-out"))); /* still followed, now written down */
    CHECK(app_follows(&app, R("gentle-nose-cleanse")));
    CHECK(app_find_target(&app, "every-less:gentle-nose-cleanse") >= 0);
    tap("follow:nose-clean-out");
    CHECK(!app_follows(&app, R("nose-clean-out")));
    CHECK_INT(prog.plan.n, 1);
}

static int count(int gentle)
{
    int n = 0;
    for (int i = 0; i < content.nroutines; i++)
        n += !content.routines[i].broken && (gentle < 0 || content.routines[i].gentle == gentle);
    return n;
}

static void the_first_time_choice(void)
{
    static const struct { const char *name; int gentle; } picks[] = {
        {"plan:sources", 0}, {"plan:gentle", 1}, {"plan:both", -1}, {"plan:myself", 2}};
    for (int i = 0; i < 4; i++) {
        reset();
        done("nose-clean-out", 3);
        start(&content, 800, 600, 0);
        tap("plan");
        CHECK_INT(app.screen, SCR_PLAN);
        tap(picks[i].name);
        CHECK_INT(app.screen, SCR_MAP);
        CHECK(app.save_pending);
        CHECK_INT(prog.plan.chosen, 1);
        CHECK_INT(prog.plan.n, picks[i].gentle == 2 ? 0 : count(picks[i].gentle));
        CHECK(app_find_target(&app, "plan") < 0);
    }
    /* Not now: today's rule, and the map offers it again */
    reset();
    done("nose-clean-out", 3);
    start(&content, 800, 600, 0);
    tap("plan");
    key(KEY_ESCAPE);
    CHECK_INT(app.screen, SCR_MAP);
    CHECK_INT(prog.plan.chosen, 0);
    CHECK(app_follows(&app, R("nose-clean-out")));
    CHECK(app_find_target(&app, "plan") >= 0);
    /* a kiosk keeps no one's plan */
    start(&content, 800, 600, 1);
    tap_at(400, 300);
    CHECK_INT(app.screen, SCR_MAP);
    CHECK(app_find_target(&app, "plan") < 0);
}

/* ---- the file ---- */

static int parse(prog_Data *d, prb_List *p, const char *text)
{
    prb_clear(p);
    return prog_parse(d, "progress.json", text, strlen(text), p);
}

static void the_plan_goes_round_the_file(void)
{
    static prb_List p;
    prog_Data d, back;
    prog_init(&d);
    prog_init(&back);
    d.plan.chosen = 1;
    pln_follow(&d.plan, "nose-clean-out", 1);
    pln_follow(&d.plan, "gentle-chin-cleanse", 1);
    d.plan.f[0].every_days = 21;
    char *text = prog_serialize(&d);
    CHECK(strstr(text, "\"plan\": {\"chosen\": true, \"follow\": [\n"
                       "    {\"routine\": \"nose-clean-out\", \"every_days\": 21},\n"
                       "    {\"routine\": \"gentle-chin-cleanse\"}\n  ]}") != NULL);
    CHECK_INT(parse(&back, &p, text), 0);
    CHECK_INT(back.plan.chosen, 1);
    CHECK_INT(back.plan.n, 2);
    CHECK_STR(back.plan.f[0].routine, "nose-clean-out");
    CHECK_INT(back.plan.f[0].every_days, 21);
    CHECK_STR(back.plan.f[1].routine, "gentle-chin-cleanse");
    CHECK_INT(back.plan.f[1].every_days, 0);
    free(text);
    prog_free(&d);
    prog_free(&back);
}

static void versions_0_and_1_migrate_with_no_plan_chosen(void)
{
    static prb_List p;
    prog_Data d;
    prog_init(&d);
    CHECK_INT(parse(&d, &p, J("{'version': 1, 'history': [{'routine': 'nose-clean-out', 'zone': 'nose', "
                              "'completed_at': '2026-10-01T09:00:00Z', 'steps_done': 9, 'steps_total': 9}], "
                              "'in_progress': {'routine': 'a', 'zone': 'chin', 'step': 2, 'steps_done': 2, "
                              "'started_at': '2026-10-02T09:00:00Z'}}")),
              0);
    CHECK_INT(d.version, 2);
    CHECK_INT(d.migrated_from, 1);
    CHECK_INT(d.plan.chosen, 0);
    CHECK_INT(d.n, 1);
    CHECK_INT(d.current.left_at, d.current.started_at); /* no left_at before version 2 */
    char *text = prog_serialize(&d);
    CHECK(strstr(text, "\"version\": 2,\n  \"plan\": {\"chosen\": false, \"follow\": []},") != NULL);
    CHECK(strstr(text, "\"left_at\": \"2026-10-02T09:00:00Z\"") != NULL);
    free(text);
    CHECK_INT(parse(&d, &p, J("{'history': [{'routine': 'nose-clean-out', 'zone': 'nose', "
                              "'completed_at': 1790000000, 'steps_done': 9, 'steps_total': 9}]}")),
              0);
    CHECK_INT(d.migrated_from, 0);
    CHECK_INT(d.plan.chosen, 0);
    /* the app: before a choice, what was done is followed */
    prog_free(&prog);
    prog = d;
    start(&content, 800, 600, 0);
    CHECK(app_follows(&app, R("nose-clean-out")));
    reset();
}

static void expect_bad(const char *plan, const char *line)
{
    static prb_List p;
    char text[2048];
    prog_Data d;
    prog_init(&d);
    snprintf(text, sizeof text, "{\"version\": 2, \"plan\": %s, \"history\": []}", plan);
    CHECK(parse(&d, &p, text) >= 1);
    CHECK_STR(p.line[0], line);
    CHECK_INT(d.plan.chosen, 0); /* all or nothing */
    CHECK_INT(d.plan.n, 0);
    prog_free(&d);
}

static void bad_plans_are_refused_with_their_pointer(void)
{
    expect_bad("5", "progress.json: /plan: must be an object");
    expect_bad(J("{'follow': []}"), "progress.json: /plan: missing \"chosen\"");
    expect_bad(J("{'chosen': 1, 'follow': []}"), "progress.json: /plan/chosen: must be true or false");
    expect_bad(J("{'chosen': true}"), "progress.json: /plan: missing \"follow\"");
    expect_bad(J("{'chosen': true, 'follow': [{'routine': 'a', 'every_days': 0}]}"),
               "progress.json: /plan/follow/0/every_days: must be between 1 and 366");
    expect_bad(J("{'chosen': true, 'follow': [{'routine': 'a'}, {'routine': 'a'}]}"),
               "progress.json: /plan/follow/1/routine: \"a\" is followed twice");
    expect_bad(J("{'chosen': true, 'follow': [{'routine': 'Nose'}]}"),
               "progress.json: /plan/follow/0/routine: \"Nose\" is not an id (1-47 characters of a-z, 0-9 and -)");
    expect_bad(J("{'chosen': true, 'follow': ['a']}"), "progress.json: /plan/follow/0: must be an object");
    expect_bad(J("{'chosen': true, 'chosen': false, 'follow': []}"),
               "progress.json: /plan/chosen: duplicate key \"chosen\"");
    static char many[PLN_MAX * 24 + 100];
    int n = snprintf(many, sizeof many, "{\"chosen\": true, \"follow\": [");
    for (int i = 0; i <= PLN_MAX; i++)
        n += snprintf(many + n, sizeof many - (size_t)n, "%s{\"routine\": \"r%d\"}", i ? "," : "", i);
    snprintf(many + n, sizeof many - (size_t)n, "]}");
    static prb_List p;
    prog_Data d;
    prog_init(&d);
    static char text[PLN_MAX * 24 + 200];
    snprintf(text, sizeof text, "{\"version\": 2, \"plan\": %s, \"history\": []}", many);
    CHECK_INT(parse(&d, &p, text), 1);
    CHECK(strncmp(p.line[0], "progress.json: /plan/follow: ", 29) == 0);
    prog_free(&d);
}

/* ---- continue ---- */

static void a_routine_left_half_done_is_offered_for_a_day(void)
{
    reset();
    start(&content, 800, 600, 0);
    tap("zone:nose");
    tap("routine:nose-clean-out");
    tap("next");
    tap("next");
    CHECK_INT(app.player.index, 2);
    wait_ms(60 * 1000);
    key(KEY_ESCAPE);
    CHECK_INT(app.screen, SCR_ZONE);
    CHECK_INT(prog.current.active, 1);
    CHECK_STR(prog.current.routine, "nose-clean-out");
    CHECK_INT(prog.current.step, 2);
    CHECK_INT(prog.current.steps_done, 2);
    CHECK_INT(prog.current.left_at, app.wall);
    CHECK(app.save_pending);
    int ti = app_find_target(&app, "continue:nose-clean-out");
    CHECK(ti >= 0);
    CHECK_INT(app.focus, ti); /* the zone opens on it */
    CHECK(!app_can_continue(&app, R("gentle-nose-cleanse")));
    tap("continue:nose-clean-out");
    CHECK_INT(app.screen, SCR_ROUTINE);
    CHECK_INT(app.player.index, 2);
    CHECK(has(last_json(EV_STEP), "\"index\":3,\"of\":10"));
    /* quitting the app leaves it too */
    tap("next");
    routine_leave(&app);
    CHECK_INT(prog.current.step, 3);
    /* a day later it is no longer offered, and dropped */
    key(KEY_ESCAPE);
    wait_ms((long long)PROG_CONTINUE_S * 1000 + 1000);
    CHECK_INT(prog.current.active, 0);
    CHECK(app_find_target(&app, "continue:nose-clean-out") < 0);
    /* starting afresh forgets it */
    tap("routine:nose-clean-out");
    tap("next");
    key(KEY_ESCAPE);
    CHECK_INT(prog.current.active, 1);
    tap("routine:nose-clean-out");
    CHECK_INT(prog.current.active, 0);
}

static void a_kiosk_keeps_no_routine_to_continue(void)
{
    reset();
    start(&content, 800, 600, 1);
    tap_at(400, 300);
    tap("zone:nose");
    tap("routine:nose-clean-out");
    tap("next");
    key(KEY_ESCAPE);
    CHECK_INT(prog.current.active, 0);
    CHECK(app_find_target(&app, "continue:nose-clean-out") < 0);
    CHECK(app_find_target(&app, "follow:nose-clean-out") < 0);
}

int main(void)
{
    if (load_real() != 0)
        return 1;
    static prb_List probs;
    static const char cfg[] = "{\"kind\": \"kiosk-config\", \"pin\": \"" KIOSK_PIN "\"}";
    kcf_defaults(&kcfg);
    if (kcf_parse(&kcfg, "test.json", cfg, strlen(cfg), &probs) != 0) {
        printf("the kiosk config does not parse: %s\n", probs.line[0]);
        return 1;
    }
    RUN(before_a_choice_a_routine_done_once_is_followed);
    RUN(a_routine_not_followed_never_makes_a_zone_due);
    RUN(the_zone_says_which_routine_is_due);
    RUN(a_daily_routine_is_a_habit_not_a_debt);
    RUN(an_own_interval_steps_and_goes_back_to_the_suggested_one);
    RUN(the_first_change_writes_down_todays_rule);
    RUN(the_first_time_choice);
    RUN(the_plan_goes_round_the_file);
    RUN(versions_0_and_1_migrate_with_no_plan_chosen);
    RUN(bad_plans_are_refused_with_their_pointer);
    RUN(a_routine_left_half_done_is_offered_for_a_day);
    RUN(a_kiosk_keeps_no_routine_to_continue);
    return unload_real();
}
