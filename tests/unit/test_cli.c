/* test_cli.c - the command-line contract: defaults, every option in both
 * "--opt value" and "--opt=value" forms, and one-line errors that name the
 * option and quote the bad value. */
#include "check.h"
#include "core/cli.h"

#include <stdint.h>

static char err[256];

/* Parses a NULL-terminated list of arguments (argv[0] is added). */
#define PARSE(o, ...) parse_args(o, (const char *[]){"facemap", __VA_ARGS__, NULL})

static int parse_args(cli_Options *o, const char **args)
{
    char *argv[32];
    int argc = 0;
    while (args[argc] && argc < 31) {
        argv[argc] = (char *)(uintptr_t)args[argc]; /* argv is not const in main */
        argc++;
    }
    argv[argc] = NULL;
    err[0] = '\0';
    return cli_parse(o, argc, argv, err, sizeof err);
}

static void no_arguments_give_the_defaults(void)
{
    cli_Options o;
    char *argv[] = {NULL};
    CHECK_INT(cli_parse(&o, 0, argv, err, sizeof err), 0);
    CHECK_NEAR(o.time_scale, 1.0, 1e-12);
    CHECK_INT(o.help + o.version + o.headless + o.fullscreen + o.kiosk + o.check + o.dump_layout, 0);
    CHECK_INT(o.win_w, 0);
    CHECK_INT(o.win_h, 0);
    CHECK(!o.levels && !o.assets && !o.progress && !o.config && !o.replay && !o.events &&
          !o.now && !o.renderer);
    CHECK_INT(PARSE(&o, "--kiosk"), 0);
    CHECK_NEAR(o.time_scale, 1.0, 1e-12);
}

static void every_flag_sets_its_field(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--help", "--version", "--headless", "--fullscreen", "--kiosk",
                    "--check", "--dump-layout"),
              0);
    CHECK(o.help && o.version && o.headless && o.fullscreen && o.kiosk && o.check &&
          o.dump_layout);
    CHECK_INT(PARSE(&o, "-h"), 0);
    CHECK_INT(o.help, 1);
}

static void path_options_take_the_next_argument_or_the_text_after_equals(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--levels", "lv", "--assets=as", "--progress", "p.json",
                    "--replay=tour.replay", "--events", "-"),
              0);
    CHECK_STR(o.levels, "lv");
    CHECK_STR(o.assets, "as");
    CHECK_STR(o.progress, "p.json");
    CHECK_STR(o.replay, "tour.replay");
    CHECK_STR(o.events, "-");
    CHECK_INT(PARSE(&o, "--events=-"), 0);
    CHECK_STR(o.events, "-");
}

static void the_last_of_a_repeated_option_wins(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--levels", "a", "--levels=b"), 0);
    CHECK_STR(o.levels, "b");
}

static void the_kiosk_config_is_a_file_given_in_either_form(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--check", "--config", "kiosk.json"), 0);
    CHECK_STR(o.config, "kiosk.json");
    CHECK(o.check);
    CHECK_INT(PARSE(&o, "--kiosk", "--config=/etc/facemap/kiosk.json"), 0);
    CHECK_STR(o.config, "/etc/facemap/kiosk.json");
    CHECK_INT(PARSE(&o, "--config"), -1);
    CHECK_STR(err, "--config: expected a file after it, got nothing");
    CHECK_INT(PARSE(&o, "--config", "--kiosk"), -1);
    CHECK_STR(err, "--config: expected a file after it, got '--kiosk'");
    CHECK_INT(PARSE(&o, "--config="), -1);
    CHECK_STR(err, "--config: expected a file, got ''");
}

static void a_window_size_is_parsed_in_both_forms(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--window", "1280x800"), 0);
    CHECK_INT(o.win_w, 1280);
    CHECK_INT(o.win_h, 800);
    CHECK_INT(PARSE(&o, "--window=200X8192"), 0);
    CHECK_INT(o.win_w, 200);
    CHECK_INT(o.win_h, 8192);
}

static void a_malformed_window_names_the_option_and_the_value(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--window", "abc"), -1);
    CHECK_STR(err, "--window: expected WxH, e.g. 1280x800, got 'abc'");
    const char *bad[] = {"1280", "1280x", "x800", "1280x800x2", "-1280x800", "1280 x800",
                         "12.5x800", ""};
    for (int i = 0; i < 8; i++) {
        CHECK_INT(PARSE(&o, "--window", bad[i]), -1);
        CHECK(strncmp(err, "--window: expected WxH", 22) == 0);
    }
}

static void a_window_outside_200_to_8192_is_refused(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--window=199x800"), -1);
    CHECK_STR(err, "--window: width and height must each be 200..8192, got '199x800'");
    CHECK_INT(PARSE(&o, "--window=800x8193"), -1);
    CHECK_INT(PARSE(&o, "--window=99999999999x800"), -1);
    CHECK(strncmp(err, "--window: ", 10) == 0);
}

static void a_time_scale_must_be_positive_and_at_most_1000(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--time-scale", "8"), 0);
    CHECK_NEAR(o.time_scale, 8, 1e-12);
    CHECK_INT(PARSE(&o, "--time-scale=0.25"), 0);
    CHECK_NEAR(o.time_scale, 0.25, 1e-12);
    CHECK_INT(PARSE(&o, "--time-scale=1000"), 0);
    const char *bad[] = {"0", "-2", "1000.5", "fast", "nan", "inf", "2x", "1e999", ""};
    for (int i = 0; i < 9; i++) {
        CHECK_INT(PARSE(&o, "--time-scale", bad[i]), -1);
        CHECK(strncmp(err, "--time-scale: expected a number > 0", 35) == 0);
    }
    CHECK_INT(PARSE(&o, "--time-scale=0"), -1);
    CHECK_STR(err, "--time-scale: expected a number > 0 and at most 1000, got '0'");
}

static void now_must_be_an_rfc3339_time(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--now", "2024-05-01T09:00:00+02:00"), 0);
    CHECK_STR(o.now, "2024-05-01T09:00:00+02:00");
    CHECK_INT(PARSE(&o, "--now=yesterday"), -1);
    CHECK(strncmp(err, "--now: expected an RFC 3339 time", 32) == 0);
    CHECK(strstr(err, "got 'yesterday'") != NULL);
}

static void the_renderer_is_one_of_two_names(void)
{
    cli_Options o;
    const char *ok[] = {"software", "accelerated"};
    for (int i = 0; i < 2; i++) {
        CHECK_INT(PARSE(&o, "--renderer", ok[i]), 0);
        CHECK_STR(o.renderer, ok[i]);
    }
    CHECK_INT(PARSE(&o, "--renderer=opengl"), -1);
    CHECK_STR(err, "--renderer: expected software or accelerated, got 'opengl'");
    CHECK_INT(PARSE(&o, "--renderer", "auto"), -1);
    CHECK_STR(err, "--renderer: expected software or accelerated, got 'auto'");
}

static void an_option_without_its_value_is_an_error(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--levels"), -1);
    CHECK_STR(err, "--levels: expected a folder after it, got nothing");
    CHECK_INT(PARSE(&o, "--replay", "--headless"), -1);
    CHECK_STR(err, "--replay: expected a file after it, got '--headless'");
    CHECK_INT(PARSE(&o, "--progress="), -1);
    CHECK_STR(err, "--progress: expected a file, got ''");
}

static void a_flag_given_a_value_is_an_error(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--kiosk=yes"), -1);
    CHECK_STR(err, "--kiosk: takes no value, got 'yes'");
}

static void unknown_options_and_stray_arguments_are_errors(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--colour"), -1);
    CHECK_STR(err, "unknown option '--colour' (see --help)");
    CHECK_INT(PARSE(&o, "--levelz", "x"), -1);
    CHECK_STR(err, "unknown option '--levelz' (see --help)");
    CHECK_INT(PARSE(&o, "-l"), -1); /* no short option but -h, and no prefix of one */
    CHECK_STR(err, "unknown option '-l' (see --help)");
    CHECK_INT(PARSE(&o, "levels"), -1);
    CHECK_STR(err, "unexpected argument 'levels' (see --help)");
    CHECK_INT(PARSE(&o, "-"), -1);
}

static void the_usage_text_lists_every_option_and_the_file_formats(void)
{
    const char *u = cli_usage();
    const char *need[] = {"--help", "--version", "--levels DIR", "--assets DIR",
                          "--progress FILE", "--config FILE", "--window WxH", "--fullscreen",
                          "--kiosk", "--headless", "--replay FILE", "--events FILE",
                          "--time-scale X", "--now", "--renderer", "--dump-layout", "--check",
                          "--export FILE", "--due",
                          "Replay files", "tap-zone", "expect screen", "Events file"};
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
        if (!strstr(u, need[i]))
            printf("    usage lacks %s\n", need[i]);
        CHECK(strstr(u, need[i]) != NULL);
    }
    /* fits an 80-column terminal */
    int col = 0, widest = 0;
    for (const char *c = u; *c; c++) {
        col = *c == '\n' ? 0 : col + 1;
        widest = col > widest ? col : widest;
    }
    CHECK(widest <= 80);
}

static void a_long_option_may_be_a_prefix_that_names_only_it(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--vers"), 0);
    CHECK_INT(o.version, 1);
    CHECK_INT(PARSE(&o, "--level", "lv", "--ass=as", "--time=4", "--hea"), 0);
    CHECK_STR(o.levels, "lv");
    CHECK_STR(o.assets, "as");
    CHECK_NEAR(o.time_scale, 4.0, 1e-12);
    CHECK_INT(o.help, 0);
    CHECK_INT(o.headless, 1);
    CHECK_INT(PARSE(&o, "--dum"), 0);
    CHECK_INT(o.dump_layout, 1);
    /* an exact name wins over the longer names it begins: none today, but
       a prefix is only tried when no name is equal */
    CHECK_INT(PARSE(&o, "--due"), 0);
    CHECK_INT(o.due, 1);
    /* the value's checks name the whole option */
    CHECK_INT(PARSE(&o, "--win", "1x1"), -1);
    CHECK_STR(err, "--window: width and height must each be 200..8192, got '1x1'");
}

static void an_ambiguous_prefix_names_the_candidates(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--d"), -1);
    CHECK_STR(err, "option '--d' is ambiguous; possibilities: '--dump-layout' '--due'");
    CHECK_INT(PARSE(&o, "--pro=x"), -1);
    CHECK_STR(err, "option '--pro' is ambiguous; possibilities: '--progress' '--profile'");
    CHECK_INT(PARSE(&o, "--h"), -1);
    CHECK_STR(err, "option '--h' is ambiguous; possibilities: '--help' '--headless'");
    CHECK_INT(PARSE(&o, "--"), 0); /* "--" alone is the end of the options, not a prefix */
}

static void a_double_dash_ends_the_options(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--kiosk", "--"), 0);
    CHECK_INT(o.kiosk, 1);
    CHECK_INT(PARSE(&o, "--", "--kiosk"), -1);
    CHECK_STR(err, "unexpected argument '--kiosk' (see --help)");
    CHECK_INT(o.kiosk, 0);
    CHECK_INT(PARSE(&o, "--levels", "--"), -1);
    CHECK_STR(err, "--levels: expected a folder after it, got '--'");
}

static void the_help_ends_with_where_to_report_problems(void)
{
    const char *u = cli_usage();
    const char *bug = strstr(u, "Report problems to ");
    CHECK(bug != NULL);
    CHECK(bug && strstr(bug, "\"Reporting problems\"") != NULL);
    /* it is the last paragraph: nothing but its two lines follow */
    int lines = 0;
    for (const char *c = bug; c && *c; c++)
        lines += *c == '\n';
    CHECK_INT(lines, 2);
    CHECK(strstr(u, "-- ends the") != NULL);
    CHECK(strstr(CLI_LICENCE, "MIT") != NULL);
}

static void the_version_is_a_dotted_number(void)
{
    CHECK(strlen(FM_VERSION) >= 5);
    CHECK(strchr(FM_VERSION, '.') != NULL);
}

static void export_takes_a_csv_or_json_file_and_due_is_a_flag(void)
{
    cli_Options o;
    CHECK_INT(PARSE(&o, "--export", "out.CSV", "--due"), 0);
    CHECK_STR(o.export_file, "out.CSV");
    CHECK_INT(o.due, 1);
    CHECK_INT(PARSE(&o, "--export=/tmp/h.json"), 0);
    CHECK_STR(o.export_file, "/tmp/h.json");
    CHECK_INT(o.due, 0);
    CHECK_INT(PARSE(&o, "--export", "history.txt"), -1);
    CHECK_STR(err, "--export: expected a file name ending in .csv or .json, got 'history.txt'");
    CHECK_INT(PARSE(&o, "--export"), -1);
    CHECK_INT(PARSE(&o, "--due=1"), -1);
    CHECK_STR(err, "--due: takes no value, got '1'");
}

int main(void)
{
    RUN(no_arguments_give_the_defaults);
    RUN(every_flag_sets_its_field);
    RUN(path_options_take_the_next_argument_or_the_text_after_equals);
    RUN(the_last_of_a_repeated_option_wins);
    RUN(the_kiosk_config_is_a_file_given_in_either_form);
    RUN(a_window_size_is_parsed_in_both_forms);
    RUN(a_malformed_window_names_the_option_and_the_value);
    RUN(a_window_outside_200_to_8192_is_refused);
    RUN(a_time_scale_must_be_positive_and_at_most_1000);
    RUN(now_must_be_an_rfc3339_time);
    RUN(the_renderer_is_one_of_two_names);
    RUN(an_option_without_its_value_is_an_error);
    RUN(a_flag_given_a_value_is_an_error);
    RUN(unknown_options_and_stray_arguments_are_errors);
    RUN(the_usage_text_lists_every_option_and_the_file_formats);
    RUN(a_long_option_may_be_a_prefix_that_names_only_it);
    RUN(an_ambiguous_prefix_names_the_candidates);
    RUN(a_double_dash_ends_the_options);
    RUN(the_help_ends_with_where_to_report_problems);
    RUN(the_version_is_a_dotted_number);
    RUN(export_takes_a_csv_or_json_file_and_due_is_a_flag);
    return check_summary();
}
