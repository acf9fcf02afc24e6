/* test_kconfig.c - the kiosk configuration file (core/kconfig.h). */
#include "check.h"
#include "problem_lines.h"
#include "quotes.h"

#include <stdlib.h>

#include "core/kconfig.h"

static kcf_Config c;

/* Parses the single-quoted JSON over fresh defaults; the problem count. */
static int parse(const char *single_quoted)
{
    const char *t = J(single_quoted);
    prb_clear(&problems);
    kcf_defaults(&c);
    return kcf_parse(&c, "kiosk.json", t, strlen(t), &problems);
}

static void the_defaults_are_the_documented_ones(void)
{
    kcf_Config d;
    memset(&d, 0x5a, sizeof d);
    kcf_defaults(&d);
    CHECK_INT(d.idle_seconds, 90);
    CHECK_INT(d.dim_seconds, 600);
    CHECK_STR(d.pin, ""); /* no default PIN: a kiosk needs its own */
    CHECK(!kcf_has_pin(&d));
    CHECK_INT(d.nzones, 0);
    CHECK_INT(d.nroutines, 0);
    CHECK_STR(d.attract_text, "Touch the face to start a care routine");
    CHECK_STR(d.attract_routine, "gentle-nose-cleanse");
}

static void an_empty_object_keeps_every_default(void)
{
    CHECK_INT(parse("{}"), 0);
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(c.dim_seconds, 600);
    CHECK(!kcf_has_pin(&c));
    CHECK_INT(c.nzones + c.nroutines, 0);
    CHECK_STR(c.attract_routine, "gentle-nose-cleanse");
    CHECK_INT(parse("{'$schema':'../levels/kiosk-config.schema.json','kind':'kiosk-config'}"), 0);
}

static void a_complete_file_sets_every_field(void)
{
    CHECK_INT(parse("{'kind':'kiosk-config','idle_seconds':120,'dim_seconds':0,'pin':'40719',"
                    "'zones':['nose','left-cheek'],'routines':['nose-clean-out','gentle-nose-cleanse'],"
                    "'attract_text':'Tap to begin','attract_routine':'gentle-nose-cleanse'}"),
              0);
    CHECK_INT(c.idle_seconds, 120);
    CHECK_INT(c.dim_seconds, 0);
    CHECK_STR(c.pin, "40719");
    CHECK(kcf_has_pin(&c));
    CHECK_INT(c.nzones, 2);
    CHECK_STR(c.zones[1], "left-cheek");
    CHECK_INT(c.nroutines, 2);
    CHECK_STR(c.routines[0], "nose-clean-out");
    CHECK_STR(c.attract_text, "Tap to begin");
    CHECK_STR(c.attract_routine, "gentle-nose-cleanse");
}

static void an_unknown_key_is_reported_with_a_near_miss(void)
{
    CHECK_INT(parse("{'idle_second':30}"), 1);
    CHECK(only("kiosk.json: /idle_second: unknown key \"idle_second\" (did you mean \"idle_seconds\"?)"));
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(parse("{'colour':'red'}"), 1);
    CHECK(only("kiosk.json: /colour: unknown key \"colour\""));
    CHECK_INT(parse("{'pin':'5555','pin':'6666'}"), 1);
    CHECK(only("kiosk.json: /pin: duplicate key \"pin\""));
}

static void a_value_of_the_wrong_type_is_reported_at_its_pointer(void)
{
    CHECK_INT(parse("{'idle_seconds':'90','dim_seconds':600.5,'zones':'nose','attract_text':5,"
                    "'attract_routine':true,'routines':{}}"),
              6);
    CHECK(reported("kiosk.json: /idle_seconds: must be an integer"));
    CHECK(reported("kiosk.json: /dim_seconds: must be an integer"));
    CHECK(reported("kiosk.json: /zones: must be an array"));
    CHECK(reported("kiosk.json: /routines: must be an array"));
    CHECK(reported("kiosk.json: /attract_text: must be a string"));
    CHECK(reported("kiosk.json: /attract_routine: must be a string"));
}

static void idle_seconds_must_be_10_to_3600(void)
{
    CHECK_INT(parse("{'idle_seconds':9}"), 1);
    CHECK(only("kiosk.json: /idle_seconds: must be between 10 and 3600"));
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(parse("{'idle_seconds':3601,'dim_seconds':0}"), 1);
    CHECK(only("kiosk.json: /idle_seconds: must be between 10 and 3600"));
    CHECK_INT(parse("{'idle_seconds':10}"), 0);
    CHECK_INT(c.idle_seconds, 10);
    CHECK_INT(parse("{'idle_seconds':3600,'dim_seconds':3601}"), 0);
    CHECK_INT(c.idle_seconds, 3600);
    CHECK_INT(c.dim_seconds, 3601);
}

static void the_screen_dims_never_or_only_after_the_session_has_ended(void)
{
    CHECK_INT(parse("{'dim_seconds':60}"), 1);
    CHECK(only("kiosk.json: /dim_seconds: must be 0 (never) or more than idle_seconds (90)"));
    CHECK_INT(c.dim_seconds, 600);
    CHECK_INT(parse("{'idle_seconds':300,'dim_seconds':300}"), 1);
    CHECK(only("kiosk.json: /dim_seconds: must be 0 (never) or more than idle_seconds (300)"));
    CHECK_INT(c.idle_seconds, 300);
    CHECK_INT(c.dim_seconds, 600);
    /* a refused dim time leaves the default, which an idle time past it
     * cannot stand beside (found by tests/fuzz/fuzz_config.c) */
    CHECK_INT(parse("{'idle_seconds':920,'dim_seconds':600}"), 2);
    CHECK(reported("kiosk.json: /dim_seconds: must be 0 (never) or more than idle_seconds (920)"));
    CHECK(reported("kiosk.json: /idle_seconds: not used either: it must be less than "
                   "dim_seconds (600, which stands)"));
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(c.dim_seconds, 600);
    CHECK_INT(parse("{'idle_seconds':920,'dim_seconds':'never'}"), 2);
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(parse("{'dim_seconds':86401}"), 1);
    CHECK(only("kiosk.json: /dim_seconds: must be between 0 and 86400"));
    CHECK_INT(parse("{'dim_seconds':-1}"), 1);
    CHECK(only("kiosk.json: /dim_seconds: must be between 0 and 86400"));
    CHECK_INT(parse("{'dim_seconds':0}"), 0);
    CHECK_INT(c.dim_seconds, 0);
    CHECK_INT(parse("{'idle_seconds':300,'dim_seconds':301}"), 0);
    CHECK_INT(parse("{'dim_seconds':86400}"), 0);
    CHECK_INT(c.dim_seconds, 86400);
}

static void an_idle_time_past_the_default_dim_time_needs_dim_seconds_too(void)
{
    CHECK_INT(parse("{'idle_seconds':900}"), 1);
    CHECK(only("kiosk.json: /idle_seconds: must be less than dim_seconds (600, the default); "
               "set dim_seconds higher or to 0 (never)"));
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(parse("{'idle_seconds':900,'dim_seconds':0}"), 0);
    CHECK_INT(c.idle_seconds, 900);
    CHECK_INT(parse("{'idle_seconds':900,'dim_seconds':1800}"), 0);
}

static void the_pin_is_4_to_8_ascii_digits(void)
{
    const char *bad[] = {"{'pin':'12a4'}", "{'pin':'123'}", "{'pin':'123456789'}",
                         "{'pin':''}", "{'pin':' 1234'}", "{'pin':'\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94'}",
                         "{'pin':1234}", "{'pin':null}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT(parse(bad[i]), 1);
        CHECK(only("kiosk.json: /pin: must be a string of 4 to 8 digits (0-9) of your own; the kiosk does not start without one"));
        CHECK(!kcf_has_pin(&c));
    }
    /* a NUL would cut the PIN short: the whole file is refused (jv_parse) */
    CHECK_INT(parse("{'pin':'12\\u00004'}"), 1);
    CHECK(only("kiosk.json: /: a string holds \\u0000 (NUL), which no text or id may hold, at line 1, column 11"));
    CHECK(!kcf_has_pin(&c)); /* and no PIN: there is no default one */
    CHECK_INT(parse("{'pin':'0000'}"), 0);
    CHECK_STR(c.pin, "0000");
    CHECK(kcf_has_pin(&c));
    CHECK_INT(parse("{'pin':'12345678'}"), 0);
    CHECK_STR(c.pin, "12345678");
    const char *public_pins[] = {"{'pin':'1234'}", "{'pin':'4071'}"};
    for (size_t i = 0; i < 2; i++) { /* printed in the documentation */
        CHECK_INT(parse(public_pins[i]), 1);
        CHECK(!kcf_has_pin(&c));
    }
    CHECK(only("kiosk.json: /pin: \"4071\" is printed in facemap's documentation, where anyone can read it: "
               "choose 4 to 8 digits of your own"));
}

static void a_problem_line_never_quotes_the_pin(void)
{
    CHECK_INT(parse("{'pin':'98x76'}"), 1);
    CHECK(strstr(problems.line[0], "98x76") == NULL);
}

static void zones_and_routines_are_lists_of_different_ids(void)
{
    CHECK_INT(parse("{'zones':['nose','Nose','nose'],'routines':['a','b','a','c','b']}"), 4);
    CHECK(reported("kiosk.json: /zones/1: \"Nose\" is not an id (1-47 characters of a-z, 0-9 and -)"));
    CHECK(reported("kiosk.json: /zones/2: \"nose\" is listed twice (also at /zones/0)"));
    CHECK(reported("kiosk.json: /routines/2: \"a\" is listed twice (also at /routines/0)"));
    CHECK(reported("kiosk.json: /routines/4: \"b\" is listed twice (also at /routines/1)"));
    CHECK_INT(c.nzones, 0);
    CHECK_INT(c.nroutines, 0);
    CHECK_INT(parse("{'zones':[7]}"), 1);
    CHECK(only("kiosk.json: /zones/0: must be a string"));
}

static void a_list_holds_at_most_64_ids(void)
{
    char text[2048];
    size_t n = 0;
    n += (size_t)snprintf(text + n, sizeof text - n, "{'zones':[");
    for (int i = 0; i < 65; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s'z%d'", i ? "," : "", i);
    snprintf(text + n, sizeof text - n, "]}");
    CHECK_INT(parse(text), 1);
    CHECK(only("kiosk.json: /zones: must have at most 64 items"));
    CHECK_INT(c.nzones, 0);
    n -= 6; /* drop ",'z64'" */
    snprintf(text + n, sizeof text - n, "]}");
    CHECK_INT(parse(text), 0);
    CHECK_INT(c.nzones, 64);
    CHECK_STR(c.zones[63], "z63");
}

static void empty_lists_offer_every_zone_and_routine(void)
{
    CHECK_INT(parse("{'zones':[],'routines':[]}"), 0);
    CHECK(kcf_offers_zone(&c, "nose"));
    CHECK(kcf_offers_zone(&c, "anything"));
    CHECK(kcf_offers_routine(&c, "nose-clean-out"));
    CHECK_INT(parse("{'zones':['nose','chin'],'routines':['nose-clean-out'],'attract_routine':'nose-clean-out'}"), 0);
    CHECK(kcf_offers_zone(&c, "chin"));
    CHECK(!kcf_offers_zone(&c, "forehead"));
    CHECK(kcf_offers_routine(&c, "nose-clean-out"));
    CHECK(!kcf_offers_routine(&c, "gentle-nose-cleanse"));
    CHECK(!kcf_offers_zone(&c, NULL));
}

static void the_attract_loop_plays_a_routine_that_is_offered(void)
{
    /* the default attract_routine then stands, so the list that leaves it
     * out cannot stand either (found by tests/fuzz/fuzz_config.c) */
    CHECK_INT(parse("{'routines':['gentle-chin-cleanse'],'attract_routine':'nose-clean-out'}"), 2);
    CHECK(reported("kiosk.json: /attract_routine: \"nose-clean-out\" is not one of the routines "
                   "offered (/routines)"));
    CHECK(reported("kiosk.json: /routines: not used either: it does not offer "
                   "\"gentle-nose-cleanse\", the attract_routine that stands"));
    CHECK_INT(c.nroutines, 0);
    CHECK(kcf_offers_routine(&c, c.attract_routine));
    /* the same when attract_routine is not even an id (found by fuzz_config) */
    CHECK_INT(parse("{'routines':['gentle-chin-cleanse'],'attract_routine':'no\\n-out'}"), 2);
    CHECK(reported("kiosk.json: /routines: not used either: it does not offer "
                   "\"gentle-nose-cleanse\", the attract_routine that stands"));
    CHECK_INT(c.nroutines, 0);
    CHECK(kcf_offers_routine(&c, c.attract_routine));
    /* a list that offers the default keeps it */
    CHECK_INT(parse("{'routines':['gentle-nose-cleanse','gentle-chin-cleanse'],"
                    "'attract_routine':'forehead-cleanse'}"), 1);
    CHECK_INT(c.nroutines, 2);
    CHECK_STR(c.attract_routine, "gentle-nose-cleanse");
    CHECK_INT(parse("{'routines':['gentle-chin-cleanse']}"), 1);
    CHECK(only("kiosk.json: /routines: does not offer attract_routine \"gentle-nose-cleanse\" "
               "(the default); add it or set attract_routine"));
    CHECK_INT(c.nroutines, 0);
    CHECK_INT(parse("{'attract_routine':'Nose clean-out'}"), 1);
    CHECK(only("kiosk.json: /attract_routine: \"Nose clean-out\" is not an id (1-47 characters "
               "of a-z, 0-9 and -)"));
    CHECK_STR(c.attract_routine, "gentle-nose-cleanse");
    CHECK_INT(parse("{'routines':['gentle-chin-cleanse'],'attract_routine':'gentle-chin-cleanse'}"),
              0);
    CHECK_STR(c.attract_routine, "gentle-chin-cleanse");
}

static void the_attract_text_is_1_to_120_characters_of_one_line(void)
{
    char text[1024];
    size_t n = (size_t)snprintf(text, sizeof text, "{'attract_text':'");
    for (int i = 0; i < 120; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "\xc3\xa9"); /* é: 2 bytes, 1 character */
    snprintf(text + n, sizeof text - n, "'}");
    CHECK_INT(parse(text), 0);
    CHECK_INT(strlen(c.attract_text), 240);
    snprintf(text + n, sizeof text - n, "x'}");
    CHECK_INT(parse(text), 1);
    CHECK(only("kiosk.json: /attract_text: must be 1 to 120 characters"));
    CHECK_STR(c.attract_text, "Touch the face to start a care routine");
    CHECK_INT(parse("{'attract_text':''}"), 1);
    CHECK(only("kiosk.json: /attract_text: must be 1 to 120 characters"));
    CHECK_INT(parse("{'attract_text':'Touch\\nhere'}"), 1);
    CHECK(only("kiosk.json: /attract_text: must be UTF-8 text without control characters"));
    CHECK_INT(parse("{'attract_text':'a\xff'}"), 1);
    CHECK(only("kiosk.json: /attract_text: is not UTF-8 text: byte 2 is 0xFF"));
}

static void the_kind_when_given_must_be_kiosk_config(void)
{
    CHECK_INT(parse("{'kind':'routine'}"), 1);
    CHECK(only("kiosk.json: /kind: must be \"kiosk-config\""));
}

static void a_file_that_is_not_a_small_flat_object_is_refused(void)
{
    CHECK_INT(parse("[]"), 1);
    CHECK(only("kiosk.json: /: must be an object"));
    CHECK_INT(parse("{'pin':'5678',}"), 1);
    CHECK(only("kiosk.json: /: invalid JSON at line 1, column 15"));
    CHECK(!kcf_has_pin(&c));
    CHECK_INT(parse(""), 1);
    CHECK(only("kiosk.json: /: empty file (expected a JSON object)"));
    CHECK_INT(parse("{'zones':[['nose']]}"), 1);
    CHECK(only("kiosk.json: /zones/0: must be a string"));
    CHECK_INT(parse("{'zones':[[['nose']]]}"), 1);
    CHECK(only("kiosk.json: /zones/0/0: nested deeper than 3 levels"));

    size_t big = 64 * 1024 + 1;
    char *text = big_object(big);
    CHECK(text != NULL);
    if (!text)
        return;
    prb_clear(&problems);
    kcf_defaults(&c);
    CHECK_INT(kcf_parse(&c, "kiosk.json", text, big, &problems), 1);
    CHECK(only("kiosk.json: /: file is larger than 65536 bytes"));
    CHECK_INT(kcf_parse(&c, "kiosk.json", text, big - 1, NULL), 0);
    free(text);
}

static void fields_with_a_problem_keep_their_defaults_and_the_rest_are_read(void)
{
    CHECK_INT(parse("{'idle_seconds':5,'dim_seconds':0,'pin':'12a4','zones':['nose'],"
                    "'routines':['nose-clean-out','x','x'],'attract_text':'Hello'}"),
              3);
    CHECK(reported("kiosk.json: /idle_seconds: must be between 10 and 3600"));
    CHECK(reported("kiosk.json: /pin: must be a string of 4 to 8 digits (0-9) of your own; the kiosk does not start without one"));
    CHECK(reported("kiosk.json: /routines/2: \"x\" is listed twice (also at /routines/1)"));
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(c.dim_seconds, 0);
    CHECK(!kcf_has_pin(&c));
    CHECK_INT(c.nzones, 1);
    CHECK_INT(c.nroutines, 0);
    CHECK_STR(c.attract_text, "Hello");
}

static void a_problem_in_one_file_names_that_file(void)
{
    const char *t = "{\"pin\": \"1\"}";
    prb_clear(&problems);
    kcf_defaults(&c);
    CHECK_INT(kcf_parse(&c, "/etc/facemap/kiosk.json", t, strlen(t), &problems), 1);
    CHECK(only("/etc/facemap/kiosk.json: /pin: must be a string of 4 to 8 digits (0-9) of your own; the kiosk does not start without one"));
}

static void the_visitor_settings_default_to_sound_on_and_the_voice_off(void)
{
    kcf_Config d;
    memset(&d, 0x5a, sizeof d);
    kcf_defaults(&d);
    CHECK(settings_are(&d.settings, 1, 80, 0, 160, 0, SET_TEXT_NORMAL));
}

static void the_settings_keys_are_read_at_the_top_level(void)
{
    CHECK_INT(parse("{'kind':'kiosk-config','pin':'5071','sound':false,'volume':40,'voice':true,"
                    "'voice_rate':120,'hands_free':true,'text_size':'large'}"),
              0);
    CHECK(settings_are(&c.settings, 0, 40, 1, 120, 1, SET_TEXT_LARGE));
    CHECK_STR(c.pin, "5071");
    CHECK_INT(c.settings.theme, SET_THEME_STANDARD);
}

static void the_theme_is_a_visitor_setting_too(void)
{
    CHECK_INT(parse("{'kind':'kiosk-config','pin':'5071','theme':'high-contrast'}"), 0);
    CHECK_INT(c.settings.theme, SET_THEME_HIGH_CONTRAST);
    CHECK_INT(parse("{'theme':'dark','volume':30}"), 1);
    CHECK(only("kiosk.json: /theme: must be \"standard\" or \"high-contrast\""));
    CHECK_INT(c.settings.theme, SET_THEME_STANDARD);
    CHECK_INT(c.settings.volume, 30);
}

static void a_settings_key_with_a_problem_keeps_its_default_and_the_rest_are_read(void)
{
    /* the rules are settings.c's (test_settings); here, that they apply */
    CHECK_INT(parse("{'volume':101,'voice':'yes','text_size':'largest','idle_seconds':30}"), 2);
    CHECK(reported("kiosk.json: /volume: must be between 0 and 100"));
    CHECK(reported("kiosk.json: /voice: must be true or false"));
    CHECK(settings_are(&c.settings, 1, 80, 0, 160, 0, SET_TEXT_LARGEST));
    CHECK_INT(c.idle_seconds, 30);
    CHECK_INT(parse("{'voice_rate':50.5}"), 1);
    CHECK(only("kiosk.json: /voice_rate: must be an integer"));
}

static void a_near_miss_of_a_settings_key_is_named_and_version_is_not_a_kiosk_key(void)
{
    CHECK_INT(parse("{'hands-free':true}"), 1);
    CHECK(only("kiosk.json: /hands-free: unknown key \"hands-free\" (did you mean \"hands_free\"?)"));
    CHECK_INT(c.settings.hands_free, 0);
    CHECK_INT(parse("{'version':1}"), 1);
    CHECK(only("kiosk.json: /version: unknown key \"version\""));
}

static void export_csv_is_an_absolute_path_to_a_csv_file(void)
{
    CHECK_INT(parse("{'pin':'7315','export_csv':'/media/usb/Kiosk Counts.CSV'}"), 0);
    CHECK_STR(c.export_csv, "/media/usb/Kiosk Counts.CSV");
    CHECK_INT(parse("{'pin':'7315'}"), 0);
    CHECK_STR(c.export_csv, ""); /* none: the button says so */
    static const char *const bad[] = {"{'export_csv':'counts.csv'}", "{'export_csv':'/media/usb/counts.txt'}",
                                      "{'export_csv':'/media/usb/\\u0007.csv'}", "{'export_csv':''}",
                                      "{'export_csv':'/media/usb/'}"};
    for (int i = 0; i < 5; i++) {
        CHECK_INT(parse(bad[i]), 1);
        CHECK_STR(c.export_csv, "");
        CHECK(problems.count == 1 && strstr(problems.line[0], "kiosk.json: /export_csv: ") == problems.line[0]);
    }
    CHECK_INT(parse("{'export_csv':5}"), 1);
    CHECK(reported("kiosk.json: /export_csv: must be a string"));
}

int main(void)
{
    RUN(the_defaults_are_the_documented_ones);
    RUN(an_empty_object_keeps_every_default);
    RUN(a_complete_file_sets_every_field);
    RUN(an_unknown_key_is_reported_with_a_near_miss);
    RUN(a_value_of_the_wrong_type_is_reported_at_its_pointer);
    RUN(idle_seconds_must_be_10_to_3600);
    RUN(the_screen_dims_never_or_only_after_the_session_has_ended);
    RUN(an_idle_time_past_the_default_dim_time_needs_dim_seconds_too);
    RUN(the_pin_is_4_to_8_ascii_digits);
    RUN(a_problem_line_never_quotes_the_pin);
    RUN(zones_and_routines_are_lists_of_different_ids);
    RUN(a_list_holds_at_most_64_ids);
    RUN(empty_lists_offer_every_zone_and_routine);
    RUN(the_attract_loop_plays_a_routine_that_is_offered);
    RUN(the_attract_text_is_1_to_120_characters_of_one_line);
    RUN(the_kind_when_given_must_be_kiosk_config);
    RUN(a_file_that_is_not_a_small_flat_object_is_refused);
    RUN(fields_with_a_problem_keep_their_defaults_and_the_rest_are_read);
    RUN(a_problem_in_one_file_names_that_file);
    RUN(the_visitor_settings_default_to_sound_on_and_the_voice_off);
    RUN(the_settings_keys_are_read_at_the_top_level);
    RUN(the_theme_is_a_visitor_setting_too);
    RUN(a_settings_key_with_a_problem_keeps_its_default_and_the_rest_are_read);
    RUN(a_near_miss_of_a_settings_key_is_named_and_version_is_not_a_kiosk_key);
    RUN(export_csv_is_an_absolute_path_to_a_csv_file);
    return check_summary();
}
