/* test_replay.c - replay scripts: every command shape, comments and blank
 * lines, CRLF, and a clear "FILE: line N: message" for each bad line while
 * the good lines are kept. */
#include "check.h"
#include "core/replay.h"

#include <stdlib.h>

static prb_List probs;

static int parse(rpl_Script *s, const char *text)
{
    prb_clear(&probs);
    return rpl_parse(s, "t.replay", text, strlen(text), &probs);
}

/* 1 when some problem line contains every one of the two fragments. */
static int reported(const char *a, const char *b)
{
    for (int i = 0; i < probs.count; i++)
        if (strstr(probs.line[i], a) && (!b || strstr(probs.line[i], b)))
            return 1;
    for (int i = 0; i < probs.count; i++)
        printf("    problem: %s\n", probs.line[i]);
    return 0;
}

static void every_documented_command_parses(void)
{
    rpl_Script s;
    const char *text = "wait 500\n"
                       "tap 10 20\n"
                       "touch 30 40\n"
                       "tap-zone nose\n"
                       "key Return\n"
                       "shot out/frame.png\n"
                       "expect screen map\n"
                       "quit\n";
    CHECK_INT(parse(&s, text), 0);
    CHECK_INT(s.n, 8);
    if (s.n == 8) {
        CHECK_INT(s.cmd[0].kind, RPL_WAIT);
        CHECK_INT(s.cmd[0].ms, 500);
        CHECK_INT(s.cmd[1].kind, RPL_TAP);
        CHECK_INT(s.cmd[1].x, 10);
        CHECK_INT(s.cmd[1].y, 20);
        CHECK_INT(s.cmd[2].kind, RPL_TOUCH);
        CHECK_INT(s.cmd[2].y, 40);
        CHECK_INT(s.cmd[3].kind, RPL_TAP_ZONE);
        CHECK_STR(s.cmd[3].arg, "nose");
        CHECK_INT(s.cmd[4].kind, RPL_KEY);
        CHECK_STR(s.cmd[4].arg, "Return");
        CHECK_INT(s.cmd[4].shift, 0);
        CHECK_INT(s.cmd[5].kind, RPL_SHOT);
        CHECK_STR(s.cmd[5].arg, "out/frame.png");
        CHECK_INT(s.cmd[6].kind, RPL_EXPECT_SCREEN);
        CHECK_STR(s.cmd[6].arg, "map");
        CHECK_INT(s.cmd[7].kind, RPL_QUIT);
        CHECK_INT(s.cmd[7].line, 8);
    }
    rpl_free(&s);
    CHECK(s.cmd == NULL);
    CHECK_INT(s.n, 0);
}

static void the_finer_commands_parse(void)
{
    rpl_Script s;
    const char *text = "press 1 2\nrelease 3 4\nfinger-down 5 6\nfinger-up 7 8\n"
                       "move 9 10\nresize 1280 800\n";
    CHECK_INT(parse(&s, text), 0);
    CHECK_INT(s.n, 6);
    if (s.n == 6) {
        rpl_Kind want[] = {RPL_PRESS, RPL_RELEASE, RPL_FINGER_DOWN, RPL_FINGER_UP, RPL_MOVE,
                           RPL_RESIZE};
        for (int i = 0; i < 6; i++)
            CHECK_INT(s.cmd[i].kind, want[i]);
        CHECK_INT(s.cmd[3].x, 7);
        CHECK_INT(s.cmd[5].x, 1280);
        CHECK_INT(s.cmd[5].y, 800);
    }
    rpl_free(&s);
}

static void comments_blank_lines_and_crlf_are_ignored(void)
{
    rpl_Script s;
    const char *text = "# a tour of the map\r\n"
                       "\r\n"
                       "   \t\n"
                       "wait 100   # settle\r\n"
                       "  tap   5\t6  \r\n"
                       "shot a#b.png\n"
                       "quit";
    CHECK_INT(parse(&s, text), 0);
    CHECK_INT(s.n, 4);
    if (s.n == 4) {
        CHECK_INT(s.cmd[0].line, 4);
        CHECK_INT(s.cmd[0].ms, 100);
        CHECK_INT(s.cmd[1].line, 5);
        CHECK_INT(s.cmd[1].y, 6);
        CHECK_STR(s.cmd[2].arg, "a#b.png");
        CHECK_INT(s.cmd[3].kind, RPL_QUIT);
        CHECK_INT(s.cmd[3].line, 7);
    }
    rpl_free(&s);
}

static void a_shift_prefix_is_recorded_and_stripped(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "key Shift+Tab\nkey shift+Tab\nkey Space\n"), 0);
    CHECK_INT(s.n, 3);
    if (s.n == 3) {
        CHECK_INT(s.cmd[0].shift, 1);
        CHECK_STR(s.cmd[0].arg, "Tab");
        CHECK_INT(s.cmd[1].shift, 1);
        CHECK_INT(s.cmd[2].shift, 0);
        CHECK_STR(s.cmd[2].arg, "Space");
    }
    rpl_free(&s);
}

static void shift_with_no_key_name_is_a_problem(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "key Shift+\n"), 1);
    CHECK(reported("t.replay: line 1: key NAME", "after 'Shift+'"));
    CHECK_INT(s.n, 0);
    rpl_free(&s);
}

static void an_unknown_command_is_reported_with_file_and_line(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "wait 1\n\njump 3\nquit\n"), 1);
    CHECK(reported("t.replay: line 3: unknown command 'jump'", NULL));
    CHECK_INT(s.n, 2);
    rpl_free(&s);
}

static void missing_and_extra_arguments_are_problems(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "tap 10\nwait\nquit now\nkey Return Space\nexpect screen\n"), 5);
    CHECK(reported("line 1: tap X Y: expected 2 arguments, got 1", NULL));
    CHECK(reported("line 2: wait MS: expected 1 argument, got 0", NULL));
    CHECK(reported("line 3: quit: expected 0 arguments, got 1", NULL));
    CHECK(reported("line 4: key NAME: expected 1 argument, got 2", NULL));
    CHECK(reported("line 5: expect screen NAME: expected 2 arguments, got 1", NULL));
    CHECK_INT(s.n, 0);
    rpl_free(&s);
}

static void numbers_must_be_non_negative_whole_numbers(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "wait -5\nwait 1.5\ntap 10 -1\ntouch x 3\nwait +3\nresize 0 600\n"),
              6);
    CHECK(reported("line 1: wait MS", "got '-5'"));
    CHECK(reported("line 2: wait MS", "got '1.5'"));
    CHECK(reported("line 3: tap X Y", "got '-1'"));
    CHECK(reported("line 4: touch X Y", "got 'x'"));
    CHECK(reported("line 5: wait MS", "got '+3'"));
    CHECK(reported("line 6: resize W H", "got '0'"));
    rpl_free(&s);
}

static void a_wait_of_up_to_a_day_is_accepted_and_longer_is_not(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "wait 86400000\nwait 0\nwait 86400001\nwait 99999999999999999999\n"), 2);
    CHECK_INT(s.n, 2);
    if (s.n == 2) {
        CHECK_INT(s.cmd[0].ms, 86400000LL);
        CHECK_INT(s.cmd[1].ms, 0);
    }
    CHECK(reported("line 3: wait MS", "24 hours"));
    CHECK(reported("line 4: wait MS", NULL));
    rpl_free(&s);
}

static void expect_accepts_only_the_known_screens(void)
{
    const char *ok[] = {"attract", "map", "zone", "routine", "done", "progress", "safety",
                        "admin"};
    char line[64];
    rpl_Script s;
    for (int i = 0; i < 8; i++) {
        snprintf(line, sizeof line, "expect screen %s\n", ok[i]);
        CHECK_INT(parse(&s, line), 0);
        CHECK_INT(s.n, 1);
        if (s.n == 1)
            CHECK_STR(s.cmd[0].arg, ok[i]);
        rpl_free(&s);
    }
    CHECK_INT(parse(&s, "expect screen Map\nexpect screen menu\nexpect zone nose\n"), 3);
    CHECK(reported("line 1: expect screen NAME: unknown screen 'Map'", NULL));
    CHECK(reported("line 2: expect screen NAME: unknown screen 'menu'", NULL));
    CHECK(reported("line 3: expect screen NAME: can only expect 'screen'", NULL));
    rpl_free(&s);
}

static void a_shot_must_name_a_png_file(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "shot frame.jpg\nshot .png\nshot A.PNG\n"), 2);
    CHECK(reported("line 1: shot FILE.png", "got 'frame.jpg'"));
    CHECK(reported("line 2: shot FILE.png", NULL));
    CHECK_INT(s.n, 1);
    rpl_free(&s);
}

static void an_over_long_argument_is_a_problem_not_a_cut(void)
{
    char text[600];
    memcpy(text, "tap-zone ", 9);
    memset(text + 9, 'a', 300);
    memcpy(text + 309, "\n", 2);
    rpl_Script s;
    CHECK_INT(parse(&s, text), 1);
    CHECK(reported("line 1: tap-zone: argument is 300 characters", NULL));
    CHECK_INT(s.n, 0);
    rpl_free(&s);
}

static void a_line_with_a_nul_byte_is_a_problem(void)
{
    rpl_Script s;
    const char text[] = "wait 1\nta\0p 1 2\nquit\n";
    prb_clear(&probs);
    CHECK_INT(rpl_parse(&s, "t.replay", text, sizeof text - 1, &probs), 1);
    CHECK(reported("line 2: ", "NUL"));
    CHECK_INT(s.n, 2);
    rpl_free(&s);
}

static void a_long_script_grows_its_array(void)
{
    size_t n = 5000, len = 0;
    char *text = malloc(n * 12 + 1);
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(text + len, 13, "wait %zu\n", i % 1000);
    rpl_Script s;
    prb_clear(&probs);
    CHECK_INT(rpl_parse(&s, "big", text, len, &probs), 0);
    CHECK_INT(s.n, (int)n);
    if (s.n == (int)n) {
        CHECK_INT(s.cmd[4999].ms, 999);
        CHECK_INT(s.cmd[4999].line, 5000);
    }
    rpl_free(&s);
    free(text);
}

static void a_script_over_the_command_cap_stops_with_one_problem(void)
{
    size_t n = RPL_MAX_CMDS + 10, len = 0;
    char *text = malloc(n * 7 + 1);
    for (size_t i = 0; i < n; i++) {
        memcpy(text + len, "wait 1\n", 7);
        len += 7;
    }
    rpl_Script s;
    prb_clear(&probs);
    CHECK_INT(rpl_parse(&s, "huge", text, len, &probs), 1);
    CHECK_INT(s.n, RPL_MAX_CMDS);
    CHECK(reported("huge: line 200001: too many commands", NULL));
    rpl_free(&s);
    free(text);
}

static void an_empty_script_has_no_commands_and_no_problems(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, ""), 0);
    CHECK_INT(s.n, 0);
    rpl_free(&s);
    prb_clear(&probs);
    CHECK_INT(rpl_parse(&s, "x", NULL, 0, NULL), 0);
    rpl_free(&s);
}

static void problems_are_counted_without_a_list(void)
{
    rpl_Script s;
    CHECK_INT(rpl_parse(&s, "x", "bogus\nwait z\nquit\n", 18, NULL), 2);
    CHECK_INT(s.n, 1);
    rpl_free(&s);
}

static void type_takes_the_rest_of_the_line_as_utf8_text(void)
{
    rpl_Script s;
    CHECK_INT(parse(&s, "type Ben  Smith #2  \r\ntype Zo\xC3\xAB\ntype\ntype a\xff\n"), 2);
    CHECK_INT(s.n, 2);
    CHECK_INT(s.cmd[0].kind, RPL_TYPE);
    CHECK_STR(s.cmd[0].arg, "Ben  Smith #2");
    CHECK_STR(s.cmd[1].arg, "Zo\xC3\xAB");
    CHECK(reported("t.replay: line 3: type TEXT: expected the text to type", NULL));
    CHECK(reported("t.replay: line 4: type TEXT: the text is not UTF-8", NULL));
    CHECK_STR(rpl_kind_name(RPL_TYPE), "type");
    rpl_free(&s);
}

static void kind_names_match_the_file_words(void)
{
    CHECK_STR(rpl_kind_name(RPL_WAIT), "wait");
    CHECK_STR(rpl_kind_name(RPL_TAP_ZONE), "tap-zone");
    CHECK_STR(rpl_kind_name(RPL_EXPECT_SCREEN), "expect");
    CHECK_STR(rpl_kind_name(RPL_FINGER_DOWN), "finger-down");
    CHECK_STR(rpl_kind_name(RPL_RESIZE), "resize");
}

int main(void)
{
    RUN(every_documented_command_parses);
    RUN(type_takes_the_rest_of_the_line_as_utf8_text);
    RUN(the_finer_commands_parse);
    RUN(comments_blank_lines_and_crlf_are_ignored);
    RUN(a_shift_prefix_is_recorded_and_stripped);
    RUN(shift_with_no_key_name_is_a_problem);
    RUN(an_unknown_command_is_reported_with_file_and_line);
    RUN(missing_and_extra_arguments_are_problems);
    RUN(numbers_must_be_non_negative_whole_numbers);
    RUN(a_wait_of_up_to_a_day_is_accepted_and_longer_is_not);
    RUN(expect_accepts_only_the_known_screens);
    RUN(a_shot_must_name_a_png_file);
    RUN(an_over_long_argument_is_a_problem_not_a_cut);
    RUN(a_line_with_a_nul_byte_is_a_problem);
    RUN(a_long_script_grows_its_array);
    RUN(a_script_over_the_command_cap_stops_with_one_problem);
    RUN(an_empty_script_has_no_commands_and_no_problems);
    RUN(problems_are_counted_without_a_list);
    RUN(kind_names_match_the_file_words);
    return check_summary();
}
