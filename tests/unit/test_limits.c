/* test_limits.c - every hard limit on what the app reads, in one place:
 * file sizes, nesting depth, string lengths, and the numbers of zones,
 * polygon points, routines, steps, presets, layers, keyframes, history
 * entries and replay commands. Each limit is hit by one item too many (or
 * one byte too much) and must give one clear problem line that names the
 * limit, never a crash, a hang or a half-read file.
 * Problem lists are static: a prb_List is large (problems.h). */
#include "check.h"

#include <stdarg.h>
#include <stdlib.h>

#include "core/anim.h"
#include "core/level.h"
#include "core/progress.h"
#include "core/replay.h"
#include "core/safety.h"

static prb_List p;

/* ---- a growing text buffer ---------------------------------------------- */

typedef struct {
    char *s;
    size_t n, cap;
} Text;

static void add(Text *t, const char *fmt, ...)
{
    char piece[1024];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(piece, sizeof piece, fmt, ap);
    va_end(ap);
    if (k < 0)
        return;
    if (t->n + (size_t)k + 1 > t->cap) {
        t->cap = (t->n + (size_t)k + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (!t->s)
            exit(2);
    }
    memcpy(t->s + t->n, piece, (size_t)k + 1);
    t->n += (size_t)k;
}

/* text n times, separated by sep (%d in text gets the index). */
static void repeat(Text *t, int n, const char *sep, const char *text)
{
    for (int i = 0; i < n; i++) {
        if (i)
            add(t, "%s", sep);
        add(t, text, i);
    }
}

/* Whether one of the problems is exactly line. */
static int reported(const char *line)
{
    for (int i = 0; i < p.count; i++)
        if (strcmp(p.line[i], line) == 0)
            return 1;
    for (int i = 0; i < p.count && i < 5; i++)
        printf("    got: %s\n", p.line[i]);
    return 0;
}

#define STEP "{\"id\": \"s%d\", \"title\": \"Step\", \"text\": \"Do it.\", \"animation\": \"pat\"}"
#define ZONE "{\"id\": \"z%d\", \"name\": \"Zone\", \"label\": [5, 5], " \
             "\"polygon\": [[0, 0], [10, 0], [10, 10], [0, 10]]}"

static int any_anim(void *ctx, const char *id)
{
    (void)ctx;
    (void)id;
    return 1;
}

static int routine_problems(const char *text)
{
    lvl_Content c = {0};
    prb_clear(&p);
    int n = lvl_parse_routine(&c, "r.json", text, strlen(text), any_anim, NULL, &p);
    lvl_free(&c);
    return n;
}

/* ---- levels ------------------------------------------------------------- */

static void more_than_32_zones_are_refused(void)
{
    Text t = {0};
    add(&t, "{\"kind\": \"zones\", \"art\": \"face.svg\", \"size\": [100, 100], \"zones\": [");
    repeat(&t, LVL_MAX_ZONES + 1, ", ", ZONE);
    add(&t, "]}");
    lvl_Content c = {0};
    prb_clear(&p);
    CHECK_INT(lvl_parse_zones(&c, "zones.json", t.s, t.n, &p), 1);
    CHECK(reported("zones.json: /zones: must have 1 to 32 items"));
    CHECK_INT(c.nzones, 0);
    lvl_free(&c);
    free(t.s);
}

static void more_than_32_steps_are_refused_and_the_rest_not_read(void)
{
    Text t = {0};
    add(&t, "{\"kind\": \"routine\", \"id\": \"r\", \"zone\": \"nose\", \"title\": \"R\", "
            "\"every_days\": 7, \"every_days_source\": \"sources\", \"steps\": [");
    repeat(&t, 1000, ", ", STEP);
    add(&t, "]}");
    CHECK_INT(routine_problems(t.s), 1);
    CHECK(reported("r.json: /steps: must have 1 to 32 items"));
    free(t.s);
}

static void the_257th_routine_file_is_refused(void)
{
    const char *one = "{\"kind\": \"routine\", \"id\": \"r\", \"zone\": \"nose\", \"title\": \"R\", "
                      "\"every_days\": 7, \"every_days_source\": \"sources\", \"steps\": [{\"id\": \"s\", \"title\": \"S\", "
                      "\"text\": \"T\", \"animation\": \"pat\"}]}";
    lvl_Content c = {0};
    prb_clear(&p);
    for (int i = 0; i < LVL_MAX_ROUTINES; i++)
        lvl_parse_routine(&c, "r.json", one, strlen(one), any_anim, NULL, &p);
    CHECK_INT(p.count, 0);
    CHECK_INT(c.nroutines, LVL_MAX_ROUTINES);
    CHECK_INT(lvl_parse_routine(&c, "last.json", one, strlen(one), any_anim, NULL, &p), 1);
    CHECK(reported("last.json: /: too many routine files (at most 256)"));
    CHECK_INT(c.nroutines, LVL_MAX_ROUTINES);
    lvl_free(&c);
}

static void a_level_file_over_1_mib_is_refused_before_parsing(void)
{
    size_t big = LVL_MAX_FILE + 1;
    char *text = malloc(big + 1);
    CHECK(text != NULL);
    memset(text, ' ', big);
    text[big] = '\0';
    CHECK_INT(routine_problems(text), 1); /* refused on its length, before any parsing */
    free(text);
}

static void long_titles_and_texts_are_refused_counting_characters(void)
{
    Text t = {0};
    add(&t, "{\"kind\": \"routine\", \"id\": \"r\", \"zone\": \"nose\", \"title\": \"");
    repeat(&t, 81, "", "\xc3\xa9"); /* 81 characters, 162 bytes */
    add(&t, "\", \"every_days\": 7, \"every_days_source\": \"sources\", \"steps\": [{\"id\": \"s\", \"title\": \"S\", \"text\": \"");
    repeat(&t, 401, "", "x");
    add(&t, "\", \"animation\": \"pat\"}]}");
    CHECK_INT(routine_problems(t.s), 2);
    CHECK(reported("r.json: /title: must be 1 to 80 characters"));
    CHECK(reported("r.json: /steps/0/text: must be 1 to 400 characters"));
    free(t.s);
}

static void level_nesting_deeper_than_8_is_refused(void)
{
    Text t = {0};
    add(&t, "{\"kind\": \"routine\", \"x\": ");
    repeat(&t, 20, "", "[");
    repeat(&t, 20, "", "]");
    add(&t, "}");
    CHECK_INT(routine_problems(t.s), 1);
    CHECK(reported("r.json: /x/0/0/0/0/0/0/0: nested deeper than 8 levels"));
    free(t.s);
}

/* ---- animations --------------------------------------------------------- */

#define PRESET "{\"id\": \"a%d\", \"duration_ms\": 1000, \"layers\": [{\"sprite\": \"dot\"}]}"

static void more_than_64_presets_or_8_layers_are_refused(void)
{
    Text t = {0};
    anim_Set s = {0};
    add(&t, "{\"kind\": \"animations\", \"animations\": [");
    repeat(&t, ANIM_MAX_PRESETS + 1, ", ", PRESET);
    add(&t, "]}");
    prb_clear(&p);
    CHECK_INT(anim_parse(&s, "a.json", t.s, t.n, &p), 1);
    CHECK(reported("a.json: /animations: must have 1 to 64 items"));
    CHECK(s.n <= ANIM_MAX_PRESETS);
    t.n = 0;
    add(&t, "{\"kind\": \"animations\", \"animations\": [{\"id\": \"a\", \"duration_ms\": 9, "
            "\"layers\": [");
    repeat(&t, ANIM_MAX_LAYERS + 1, ", ", "{\"sprite\": \"dot\"}");
    add(&t, "]}]}");
    prb_clear(&p);
    CHECK_INT(anim_parse(&s, "a.json", t.s, t.n, &p), 1);
    CHECK(reported("a.json: /animations/0/layers: must have 1 to 8 items"));
    CHECK_INT(s.n, 0);
    anim_free(&s);
    free(t.s);
}

/* ---- progress ----------------------------------------------------------- */

static void more_than_100000_history_entries_are_refused(void)
{
    Text t = {0};
    prog_Data d;
    prog_init(&d);
    add(&t, "{\"version\": 1, \"history\": [");
    repeat(&t, PROG_MAX_HISTORY + 1, ",", "{}");
    add(&t, "]}");
    prb_clear(&p);
    CHECK_INT(prog_parse(&d, "progress.json", t.s, t.n, &p), 1);
    CHECK(reported("progress.json: /history: must have at most 100000 items"));
    CHECK_INT(d.n, 0);
    prog_free(&d);
    free(t.s);
}

static void a_progress_file_of_over_a_million_tiny_values_is_refused_before_parsing(void)
{
    Text t = {0};
    prog_Data d;
    prog_init(&d);
    add(&t, "{\"version\": 1, \"history\": [], \"x\": [");
    repeat(&t, PROG_MAX_VALUES, ",", "0");
    add(&t, "]}");
    prb_clear(&p);
    CHECK_INT(prog_parse(&d, "progress.json", t.s, t.n, &p), 1);
    CHECK(reported("progress.json: /: holds more than 1001000 JSON values (a history of 100000 "
                   "entries holds 700000)"));
    /* commas and brackets inside strings are not values */
    t.n = 0;
    add(&t, "{\"version\": 1, \"history\": [], \"x\": \"");
    repeat(&t, PROG_MAX_VALUES, "", ",[{\\\"");
    add(&t, "\"}");
    prb_clear(&p);
    CHECK_INT(prog_parse(&d, "progress.json", t.s, t.n, &p), 0);
    prog_free(&d);
    free(t.s);
}

static void a_progress_id_of_48_bytes_is_refused_and_47_accepted(void)
{
    char id[PROG_ID + 1];
    Text t = {0};
    prog_Data d;
    prog_init(&d);
    for (int len = PROG_ID - 1; len <= PROG_ID; len++) {
        memset(id, 'a', (size_t)len);
        id[len] = '\0';
        t.n = 0;
        add(&t, "{\"version\": 1, \"history\": [{\"routine\": \"%s\", \"zone\": \"nose\", "
                "\"completed_at\": \"2024-05-01T09:30:00Z\", \"steps_done\": 1, "
                "\"steps_total\": 1}]}", id);
        prb_clear(&p);
        CHECK_INT(prog_parse(&d, "progress.json", t.s, t.n, &p), len == PROG_ID);
        if (len == PROG_ID)
            CHECK(reported("progress.json: /history/0/routine: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" "
                           "is not an id (1-47 characters of a-z, 0-9 and -)"));
    }
    prog_free(&d);
    free(t.s);
}

/* ---- safety and replay -------------------------------------------------- */

static void more_than_12_safety_items_are_refused(void)
{
    Text t = {0};
    saf_Info s;
    memset(&s, 0, sizeof s);
    add(&t, "{\"kind\": \"safety\", \"never\": [");
    repeat(&t, SAF_MAX_ITEMS + 1, ", ", "{\"title\": \"T\", \"text\": \"X\"}");
    add(&t, "], \"pro\": [{\"title\": \"T\", \"text\": \"X\"}], \"why\": [], \"notice\": \"N\"}");
    prb_clear(&p);
    CHECK(saf_parse(&s, "safety.json", t.s, t.n, &p) >= 1);
    CHECK(reported("safety.json: /never: must have 1 to 12 items"));
    CHECK_INT(s.loaded, 0);
    saf_free(&s);
    free(t.s);
}

static void replay_arguments_over_255_bytes_and_scripts_over_the_cap_are_refused(void)
{
    Text t = {0};
    rpl_Script s;
    add(&t, "key ");
    repeat(&t, RPL_ARG, "", "x");
    add(&t, "\n");
    prb_clear(&p);
    CHECK_INT(rpl_parse(&s, "r.txt", t.s, t.n, &p), 1);
    CHECK(reported("r.txt: line 1: key: argument is 256 characters, at most 255 allowed"));
    CHECK_INT(s.n, 0);
    rpl_free(&s);
    free(t.s);
}

int main(void)
{
    RUN(more_than_32_zones_are_refused);
    RUN(more_than_32_steps_are_refused_and_the_rest_not_read);
    RUN(the_257th_routine_file_is_refused);
    RUN(a_level_file_over_1_mib_is_refused_before_parsing);
    RUN(long_titles_and_texts_are_refused_counting_characters);
    RUN(level_nesting_deeper_than_8_is_refused);
    RUN(more_than_64_presets_or_8_layers_are_refused);
    RUN(more_than_100000_history_entries_are_refused);
    RUN(a_progress_file_of_over_a_million_tiny_values_is_refused_before_parsing);
    RUN(a_progress_id_of_48_bytes_is_refused_and_47_accepted);
    RUN(more_than_12_safety_items_are_refused);
    RUN(replay_arguments_over_255_bytes_and_scripts_over_the_cap_are_refused);
    return check_summary();
}
