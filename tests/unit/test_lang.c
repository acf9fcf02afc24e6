/* test_lang.c - the languages (core/lang.h): codes, own names, the
 * button's next language, the environment's language as gettext reads it;
 * the settings' "lang" read, checked and written back (a kiosk config takes
 * the same key); the language button as an action (ACT_LANG): it asks the
 * shell and keeps the choice in the settings. */
#include "check.h"
#include "drive.h"
#include "problem_lines.h"
#include "quotes.h"

#include "core/kconfig.h"
#include "core/lang.h"

static void every_language_has_a_code_and_its_own_name(void)
{
    CHECK_INT(lng_index("en"), 0);
    CHECK_INT(lng_index("de"), 1);
    CHECK_INT(lng_index("fr"), -1);
    CHECK_INT(lng_index(NULL), -1);
    CHECK_STR(lng_code(1), "de");
    CHECK(lng_code(2) == NULL && lng_code(-1) == NULL);
    CHECK_STR(lng_own_name("de"), "Deutsch");
    CHECK_STR(lng_own_name("en"), "English");
    CHECK_STR(lng_next("en"), "de");
    CHECK_STR(lng_next("de"), "en");
    CHECK_STR(lng_next("xx"), "en"); /* unknown: the first */
}

static void the_environment_is_read_as_gettext_reads_it(void)
{
    CHECK(lng_from_env(NULL, NULL, NULL, NULL) == NULL);
    CHECK_STR(lng_from_env(NULL, NULL, NULL, "de_DE.UTF-8"), "de");
    CHECK_STR(lng_from_env("", "", "", "de_AT@euro"), "de");
    CHECK_STR(lng_from_env(NULL, NULL, NULL, "C.UTF-8"), "en");
    CHECK_STR(lng_from_env(NULL, NULL, NULL, "POSIX"), "en");
    CHECK(lng_from_env(NULL, NULL, NULL, "fr_FR.UTF-8") == NULL);
    CHECK(lng_from_env(NULL, NULL, NULL, "deu") == NULL); /* not "de" by its first letters */
    /* LANGUAGE first, its first entry facemap has; then LC_ALL over LC_MESSAGES over LANG */
    CHECK_STR(lng_from_env("fr:de_CH:en", NULL, NULL, "en_GB.UTF-8"), "de");
    CHECK_STR(lng_from_env("fr", NULL, NULL, "de_DE.UTF-8"), "de");
    CHECK_STR(lng_from_env(NULL, "en_US.UTF-8", "de_DE.UTF-8", "de_DE.UTF-8"), "en");
    CHECK_STR(lng_from_env(NULL, NULL, "de_DE.UTF-8", "en_GB.UTF-8"), "de");
}

static void the_settings_keep_a_chosen_language(void)
{
    set_Settings s, back;
    set_defaults(&s);
    CHECK_STR(s.lang, "");
    const char *t = J("{'lang': 'de'}");
    prb_clear(&problems);
    CHECK_INT(set_parse(&s, "settings.json", t, strlen(t), &problems), 0);
    CHECK_STR(s.lang, "de");
    char *text = set_serialize(&s);
    CHECK(text && strstr(text, "\"theme\": \"standard\",\n  \"lang\": \"de\"\n}\n"));
    set_defaults(&back);
    CHECK_INT(set_parse(&back, "settings.json", text, strlen(text), &problems), 0);
    CHECK(memcmp(&s, &back, sizeof s) == 0);
    free(text);
    set_defaults(&s); /* none chosen: no key written */
    text = set_serialize(&s);
    CHECK(text && !strstr(text, "lang"));
    free(text);
}

static void a_language_facemap_lacks_is_named_and_not_taken(void)
{
    set_Settings s;
    const char *t = J("{'lang': 'fr'}");
    prb_clear(&problems);
    CHECK_INT(set_parse(&s, "settings.json", t, strlen(t), &problems), 1);
    CHECK(problems.count == 1 && strstr(problems.line[0], "settings.json: /lang: ") == problems.line[0]);
    CHECK_STR(s.lang, "");
    kcf_Config c;
    kcf_defaults(&c);
    t = J("{'kind': 'kiosk-config', 'lang': 'de'}");
    prb_clear(&problems);
    kcf_parse(&c, "kiosk.json", t, strlen(t), &problems);
    CHECK_STR(c.settings.lang, "de");
    t = J("{'kind': 'kiosk-config', 'lang': 7}");
    prb_clear(&problems);
    kcf_parse(&c, "kiosk.json", t, strlen(t), &problems);
    CHECK(problems.count == 1 && strstr(problems.line[0], "kiosk.json: /lang: ") == problems.line[0]);
}

/* The map's language button: a finger-sized target in the header, named
 * by the other language; a tap asks the shell and keeps the choice. */
static void the_map_button_asks_for_the_other_language(void)
{
    start(&content, 800, 480, 0);
    int ti = app_find_target(&app, "lang");
    CHECK(ti >= 0);
    if (ti < 0)
        return;
    CHECK(app.lay.t[ti].r.h >= UI_TARGET * app.lay.u - 0.5f && app.lay.t[ti].r.y + app.lay.t[ti].r.h <= app.lay.header.h);
    CHECK_STR(lng_code(app.lay.t[ti].arg), "de");
    tap("lang");
    CHECK_STR(app.lang_want, "de");
    CHECK_STR(app.settings.lang, "de");
    CHECK(app.settings_pending);
    CHECK_INT(app.screen, SCR_MAP);
    snprintf(app.lang, sizeof app.lang, "de"); /* as the shell does once it switched */
    app.lang_want[0] = '\0';
    app_layout(&app);
    CHECK_STR(lng_code(app.lay.t[app_find_target(&app, "lang")].arg), "en");
}

/* On the attract loop the button switches and starts no visit; Tab shows
 * the focus on it and Return presses it; any other touch starts a visit. */
static void the_attract_button_switches_without_a_visit(void)
{
    kcf_defaults(&kcfg);
    start(&content, 800, 480, 1);
    CHECK_INT(app.screen, SCR_ATTRACT);
    tap("lang");
    CHECK_STR(app.lang_want, "de");
    CHECK_INT(app.screen, SCR_ATTRACT);
    CHECK_INT(stats.n, 0); /* no visitor counted */
    app.lang_want[0] = '\0';
    key(KEY_TAB);
    CHECK_INT(app.focus, app_find_target(&app, "lang"));
    key(KEY_RETURN);
    CHECK_STR(app.lang_want, "de");
    CHECK_INT(app.screen, SCR_ATTRACT);
    tap_at(100, 300);
    CHECK_INT(app.screen, SCR_MAP);
    /* a visit in English on a German kiosk: the next visitor gets German */
    snprintf(kcfg.settings.lang, sizeof kcfg.settings.lang, "de");
    snprintf(app.lang, sizeof app.lang, "en");
    app.lang_want[0] = '\0';
    wait_ms((long long)kcfg.idle_seconds * 1000 + 200);
    CHECK_INT(app.screen, SCR_ATTRACT);
    CHECK_STR(app.lang_want, "de");
}

int main(void)
{
    if (load_real() != 0)
        return 1;
    RUN(every_language_has_a_code_and_its_own_name);
    RUN(the_environment_is_read_as_gettext_reads_it);
    RUN(the_settings_keep_a_chosen_language);
    RUN(a_language_facemap_lacks_is_named_and_not_taken);
    RUN(the_map_button_asks_for_the_other_language);
    RUN(the_attract_button_switches_without_a_visit);
    return unload_real();
}
