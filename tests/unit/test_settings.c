/* test_settings.c - a person's settings (core/settings.h): the defaults,
 * each key and its range, problems at their pointers with the other keys
 * still taken, the version, writing and reading back, and the text scale. */
#include "check.h"
#include "problem_lines.h"
#include "quotes.h"

#include "core/settings.h"

static set_Settings s;

/* Parses the single-quoted JSON over fresh defaults; the problem count. */
static int parse(const char *single_quoted)
{
    const char *t = J(single_quoted);
    prb_clear(&problems);
    set_defaults(&s);
    return set_parse(&s, "settings.json", t, strlen(t), &problems);
}

/* Every field of s is the default. */
static int all_defaults(void)
{
    set_Settings d;
    set_defaults(&d);
    return memcmp(&s, &d, sizeof s) == 0;
}

static void the_defaults_are_the_documented_ones(void)
{
    set_Settings d;
    memset(&d, 0x5a, sizeof d);
    set_defaults(&d);
    CHECK(settings_are(&d, 1, 80, 0, 160, 0, SET_TEXT_NORMAL));
    CHECK_INT(d.theme, SET_THEME_STANDARD);
}

static void an_empty_object_or_kind_and_version_alone_keep_every_default(void)
{
    CHECK_INT(parse("{}"), 0);
    CHECK(all_defaults());
    CHECK_INT(parse("{'kind':'settings','version':1}"), 0);
    CHECK(all_defaults());
    CHECK_INT(parse("{'$schema':'x.json','kind':'settings','version':1.0}"), 0);
}

static void a_complete_file_sets_every_field(void)
{
    CHECK_INT(parse("{'kind':'settings','version':1,'sound':false,'volume':35,'voice':true,"
                    "'voice_rate':220,'hands_free':true,'text_size':'largest'}"),
              0);
    CHECK(settings_are(&s, 0, 35, 1, 220, 1, SET_TEXT_LARGEST));
    CHECK_INT(parse("{'text_size':'large'}"), 0);
    CHECK_INT(s.text_size, SET_TEXT_LARGE);
    CHECK_INT(parse("{'text_size':'normal','sound':true}"), 0);
    CHECK(all_defaults());
}

static void volume_is_an_integer_from_0_to_100(void)
{
    CHECK_INT(parse("{'volume':0}"), 0);
    CHECK_INT(s.volume, 0);
    CHECK_INT(parse("{'volume':100}"), 0);
    CHECK_INT(s.volume, 100);
    const char *range[] = {"{'volume':101}", "{'volume':-1}", "{'volume':1e9}"};
    for (size_t i = 0; i < sizeof range / sizeof range[0]; i++) {
        CHECK_INT(parse(range[i]), 1);
        CHECK(only("settings.json: /volume: must be between 0 and 100"));
        CHECK_INT(s.volume, 80);
    }
    const char *type[] = {"{'volume':50.5}", "{'volume':'80'}", "{'volume':true}",
                          "{'volume':null}", "{'volume':[80]}"};
    for (size_t i = 0; i < sizeof type / sizeof type[0]; i++) {
        CHECK_INT(parse(type[i]), 1);
        CHECK(only("settings.json: /volume: must be an integer"));
        CHECK_INT(s.volume, 80);
    }
}

static void the_voice_rate_is_80_to_300_words_a_minute(void)
{
    CHECK_INT(parse("{'voice_rate':80}"), 0);
    CHECK_INT(s.voice_rate, 80);
    CHECK_INT(parse("{'voice_rate':300}"), 0);
    CHECK_INT(s.voice_rate, 300);
    CHECK_INT(parse("{'voice_rate':79}"), 1);
    CHECK(only("settings.json: /voice_rate: must be between 80 and 300"));
    CHECK_INT(s.voice_rate, 160);
    CHECK_INT(parse("{'voice_rate':301}"), 1);
    CHECK(only("settings.json: /voice_rate: must be between 80 and 300"));
    CHECK_INT(parse("{'voice_rate':'fast'}"), 1);
    CHECK(only("settings.json: /voice_rate: must be an integer"));
    CHECK_INT(s.voice_rate, 160);
}

static void sound_voice_and_hands_free_must_be_true_or_false(void)
{
    const char *keys[] = {"sound", "voice", "hands_free"};
    const char *values[] = {"1", "0", "'true'", "'yes'", "null"};
    char text[128], line[160];
    for (size_t k = 0; k < 3; k++) {
        for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
            snprintf(text, sizeof text, "{'%s':%s}", keys[k], values[i]);
            snprintf(line, sizeof line, "settings.json: /%s: must be true or false", keys[k]);
            CHECK_INT(parse(text), 1);
            CHECK(only(line));
            CHECK(all_defaults());
        }
    }
    CHECK_INT(parse("{'sound':false,'voice':true,'hands_free':true}"), 0);
    CHECK_INT(s.sound + 2 * s.voice + 4 * s.hands_free, 6);
}

static void the_text_size_is_normal_large_or_largest(void)
{
    const char *bad[] = {"{'text_size':'huge'}", "{'text_size':'Large'}", "{'text_size':1}",
                         "{'text_size':''}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT(parse(bad[i]), 1);
        CHECK(only("settings.json: /text_size: must be one of \"normal\", \"large\", \"largest\""));
        CHECK_INT(s.text_size, SET_TEXT_NORMAL);
    }
}

static void the_theme_is_standard_or_high_contrast_and_a_version_1_file_reads(void)
{
    CHECK_INT(parse("{}"), 0);
    CHECK_INT(s.theme, SET_THEME_STANDARD);
    CHECK_INT(parse("{'kind':'settings','version':2,'theme':'high-contrast'}"), 0);
    CHECK_INT(s.theme, SET_THEME_HIGH_CONTRAST);
    CHECK_INT(parse("{'theme':'standard'}"), 0);
    CHECK_INT(s.theme, SET_THEME_STANDARD);
    /* a file written before the theme: version 1, every key taken */
    CHECK_INT(parse("{'kind':'settings','version':1,'volume':30,'text_size':'large'}"), 0);
    CHECK(settings_are(&s, 1, 30, 0, 160, 0, SET_TEXT_LARGE));
    const char *bad[] = {"{'theme':'dark'}", "{'theme':'High-Contrast'}", "{'theme':true}", "{'theme':''}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT(parse(bad[i]), 1);
        CHECK(only("settings.json: /theme: must be \"standard\" or \"high-contrast\""));
        CHECK_INT(s.theme, SET_THEME_STANDARD);
    }
    CHECK_INT(parse("{'theme':'contrast','volume':40}"), 1);
    CHECK_INT(s.volume, 40);
    CHECK_STR(set_theme_name(SET_THEME_HIGH_CONTRAST), "high-contrast");
    CHECK_STR(set_theme_name(SET_THEME_COUNT), "standard");
}

static void a_key_with_a_problem_keeps_its_default_and_the_others_are_taken(void)
{
    CHECK_INT(parse("{'sound':'on','volume':150,'voice':true,'voice_rate':200,"
                    "'hands_free':true,'text_size':'huge'}"),
              3);
    CHECK(reported("settings.json: /sound: must be true or false"));
    CHECK(reported("settings.json: /volume: must be between 0 and 100"));
    CHECK(reported("settings.json: /text_size: must be one of \"normal\", \"large\", \"largest\""));
    CHECK(settings_are(&s, 1, 80, 1, 200, 1, SET_TEXT_NORMAL));
}

static void an_unknown_key_is_reported_and_the_rest_are_taken(void)
{
    CHECK_INT(parse("{'volum':30,'voice':true}"), 1);
    CHECK(only("settings.json: /volum: unknown key \"volum\" (did you mean \"volume\"?)"));
    CHECK_INT(s.volume, 80);
    CHECK_INT(s.voice, 1);
    CHECK_INT(parse("{'colour':'red'}"), 1);
    CHECK(only("settings.json: /colour: unknown key \"colour\""));
    CHECK_INT(parse("{'volume':30,'volume':40}"), 1);
    CHECK(only("settings.json: /volume: duplicate key \"volume\""));
}

static void the_kind_when_given_must_be_settings(void)
{
    CHECK_INT(parse("{'kind':'kiosk-config','volume':30}"), 1);
    CHECK(only("settings.json: /kind: must be \"settings\""));
    CHECK_INT(s.volume, 30);
}

static void a_file_from_a_newer_facemap_is_reported_and_none_of_it_taken(void)
{
    CHECK_INT(parse("{'kind':'settings','version':3,'volume':30,'talk':'loud'}"), 1);
    CHECK(only("settings.json: /version: the file is from a newer facemap (version 3; this "
               "one reads version 1 or 2)"));
    CHECK(all_defaults());
    CHECK_INT(parse("{'version':1e20}"), 1);
    CHECK(only("settings.json: /version: the file is from a newer facemap (version 1e+20; "
               "this one reads version 1 or 2)"));
    const char *bad[] = {"{'version':0}", "{'version':-3}", "{'version':1.5}", "{'version':'1'}",
                         "{'version':null}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT(parse(bad[i]), 1);
        CHECK(only("settings.json: /version: must be 1 or 2"));
    }
}

static void a_file_that_is_not_a_small_flat_object_is_refused(void)
{
    CHECK_INT(parse("[]"), 1);
    CHECK(only("settings.json: /: must be an object"));
    CHECK_INT(parse("{'volume':30,}"), 1);
    CHECK(only("settings.json: /: invalid JSON at line 1, column 14"));
    CHECK(all_defaults());
    CHECK_INT(parse(""), 1);
    CHECK(only("settings.json: /: empty file (expected a JSON object)"));
    CHECK_INT(parse("{'volume':[[30]]}"), 1);
    CHECK(only("settings.json: /volume/0: nested deeper than 2 levels"));

    size_t big = SET_MAX_FILE + 1;
    char *text = big_object(big);
    CHECK(text != NULL);
    if (!text)
        return;
    prb_clear(&problems);
    CHECK_INT(set_parse(&s, "settings.json", text, big, &problems), 1);
    CHECK(only("settings.json: /: file is larger than 65536 bytes"));
    CHECK_INT(set_parse(&s, "settings.json", text, big - 1, NULL), 0);
    free(text);
}

static void what_is_written_reads_back_the_same(void)
{
    set_Settings a, b;
    for (int i = 0; i < 2 * 2 * 2 * SET_TEXT_COUNT * SET_THEME_COUNT; i++) {
        set_defaults(&a);
        a.sound = i & 1;
        a.voice = (i >> 1) & 1;
        a.hands_free = (i >> 2) & 1;
        a.text_size = (set_TextSize)((i >> 3) % SET_TEXT_COUNT);
        a.theme = (set_Theme)(i / (8 * SET_TEXT_COUNT));
        a.volume = i * 7 % 101;
        a.voice_rate = SET_RATE_MIN + i * 13 % (SET_RATE_MAX - SET_RATE_MIN + 1);
        char *text = set_serialize(&a);
        CHECK(text != NULL);
        if (!text)
            return;
        memset(&b, 0x5a, sizeof b);
        set_defaults(&b);
        CHECK_INT(set_parse(&b, "settings.json", text, strlen(text), NULL), 0);
        CHECK(memcmp(&a, &b, sizeof a) == 0);
        free(text);
    }
}

static void the_file_is_one_key_a_line_in_the_documented_order(void)
{
    set_Settings a;
    set_defaults(&a);
    a.voice = 1;
    a.text_size = SET_TEXT_LARGE;
    a.theme = SET_THEME_HIGH_CONTRAST;
    char *text = set_serialize(&a);
    CHECK_STR(text, "{\n"
                    "  \"kind\": \"settings\",\n"
                    "  \"version\": 2,\n"
                    "  \"sound\": true,\n"
                    "  \"volume\": 80,\n"
                    "  \"voice\": true,\n"
                    "  \"voice_rate\": 160,\n"
                    "  \"hands_free\": false,\n"
                    "  \"text_size\": \"large\",\n"
                    "  \"theme\": \"high-contrast\"\n"
                    "}\n");
    free(text);
}

static void values_out_of_range_are_written_clamped_so_they_read_back(void)
{
    set_Settings a, b;
    set_defaults(&a);
    a.volume = 250;
    a.voice_rate = 10;
    a.sound = 7;
    a.text_size = (set_TextSize)9;
    char *text = set_serialize(&a);
    CHECK(text != NULL);
    if (!text)
        return;
    set_defaults(&b);
    CHECK_INT(set_parse(&b, "settings.json", text, strlen(text), NULL), 0);
    CHECK_INT(b.volume, 100);
    CHECK_INT(b.voice_rate, 80);
    CHECK_INT(b.sound, 1);
    CHECK_INT(b.text_size, SET_TEXT_NORMAL);
    free(text);
}

static void each_text_size_has_its_name_and_scale(void)
{
    CHECK_STR(set_text_size_name(SET_TEXT_NORMAL), "normal");
    CHECK_STR(set_text_size_name(SET_TEXT_LARGE), "large");
    CHECK_STR(set_text_size_name(SET_TEXT_LARGEST), "largest");
    CHECK_STR(set_text_size_name(SET_TEXT_COUNT), "normal");
    CHECK_STR(set_text_size_name((set_TextSize)-1), "normal");
    CHECK_NEAR(set_text_scale(SET_TEXT_NORMAL), 1.0, 1e-6);
    CHECK_NEAR(set_text_scale(SET_TEXT_LARGE), 1.25, 1e-6);
    CHECK_NEAR(set_text_scale(SET_TEXT_LARGEST), 1.5, 1e-6);
    CHECK_NEAR(set_text_scale(SET_TEXT_COUNT), 1.0, 1e-6);
    CHECK_NEAR(set_text_scale((set_TextSize)-1), 1.0, 1e-6);
}

static void parsing_starts_from_the_defaults_whatever_s_held(void)
{
    const char *t = "{\"voice\": true, \"volume\": -1}";
    memset(&s, 0x5a, sizeof s);
    CHECK_INT(set_parse(&s, "settings.json", t, strlen(t), NULL), 1);
    CHECK(settings_are(&s, 1, 80, 1, 160, 0, SET_TEXT_NORMAL));
}

static void the_keys_are_read_from_any_object_at_its_pointer(void)
{
    const char *t = J("{'visitor':{'volume':101,'voice':true,'kind':'x'}}");
    jv_Ctx v;
    prb_clear(&problems);
    jv_init(&v, "kiosk.json", &problems);
    cJSON *root = jv_parse(&v, t, strlen(t), 1024, 3);
    CHECK(root != NULL);
    set_defaults(&s);
    s.volume = 55;
    CHECK_INT(set_read_keys(&v, cJSON_GetObjectItem(root, "visitor"), "/visitor", &s), 1);
    CHECK(only("kiosk.json: /visitor/volume: must be between 0 and 100"));
    CHECK_INT(s.volume, 55);
    CHECK_INT(s.voice, 1);
    CHECK_INT(v.count, 1);
    cJSON_Delete(root);
}

int main(void)
{
    RUN(the_defaults_are_the_documented_ones);
    RUN(an_empty_object_or_kind_and_version_alone_keep_every_default);
    RUN(a_complete_file_sets_every_field);
    RUN(volume_is_an_integer_from_0_to_100);
    RUN(the_voice_rate_is_80_to_300_words_a_minute);
    RUN(sound_voice_and_hands_free_must_be_true_or_false);
    RUN(the_text_size_is_normal_large_or_largest);
    RUN(the_theme_is_standard_or_high_contrast_and_a_version_1_file_reads);
    RUN(a_key_with_a_problem_keeps_its_default_and_the_others_are_taken);
    RUN(an_unknown_key_is_reported_and_the_rest_are_taken);
    RUN(the_kind_when_given_must_be_settings);
    RUN(a_file_from_a_newer_facemap_is_reported_and_none_of_it_taken);
    RUN(a_file_that_is_not_a_small_flat_object_is_refused);
    RUN(what_is_written_reads_back_the_same);
    RUN(the_file_is_one_key_a_line_in_the_documented_order);
    RUN(values_out_of_range_are_written_clamped_so_they_read_back);
    RUN(each_text_size_has_its_name_and_scale);
    RUN(parsing_starts_from_the_defaults_whatever_s_held);
    RUN(the_keys_are_read_from_any_object_at_its_pointer);
    return check_summary();
}
