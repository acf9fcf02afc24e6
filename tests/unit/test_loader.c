/* test_loader.c - loading content from disk. A small fixture is built in a
 * mkdtemp folder (levels/ and assets/) so the test does not depend on the
 * real content, which is written in parallel; the real levels/ and assets/
 * are also loaded when both files the app needs are there. */
#include "check.h"
#include "platform/fio.h"
#include "platform/loader.h"

#include <stdlib.h>
#include <unistd.h>

static char root[256], levels[320], assets[320];
static prb_List probs;

static const char ZONES[] =
    "{\"$schema\":\"schema.json\",\"kind\":\"zones\",\"art\":\"face.svg\",\"size\":[100,100],"
    "\"zones\":["
    "{\"id\":\"nose\",\"name\":\"Nose\",\"label\":[50,50],"
    "\"polygon\":[[40,40],[60,40],[60,60],[40,60]]},"
    "{\"id\":\"chin\",\"name\":\"Chin\",\"label\":[50,85],"
    "\"polygon\":[[30,80],[70,80],[70,95],[30,95]]}]}";

static const char ANIMS[] =
    "{\"kind\":\"animations\",\"animations\":[{\"id\":\"circle-rub\",\"label\":\"small circles\","
    "\"duration_ms\":1200,\"loop\":true,\"layers\":[{\"sprite\":\"fingertip\","
    "\"x\":[[0,0.5],[1,0.6,\"sine\"]]}]}]}";

/* A routine file: id, zone, animation of its one step. */
static void write_routine(const char *name, const char *id, const char *zone, const char *anim)
{
    char path[512], text[1024];
    snprintf(path, sizeof path, "%s/%s", levels, name);
    snprintf(text, sizeof text,
             "{\"kind\":\"routine\",\"id\":\"%s\",\"zone\":\"%s\",\"title\":\"Wash\","
             "\"summary\":null,\"every_days\":7,\"every_days_source\":\"sources\",\"gentle\":true,\"sources\":[\"test\"],"
             "\"steps\":[{\"id\":\"rub\",\"title\":\"Rub\",\"text\":\"Rub gently.\","
             "\"caution\":null,\"seconds\":30,\"seconds_source\":\"suggestion\","
             "\"animation\":\"%s\",\"advance\":\"timer\",\"skippable\":true}]}",
             id, zone, anim);
    fio_save_atomic(path, text, strlen(text), NULL, 0);
}

static void write_in(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    fio_save_atomic(path, text, strlen(text), NULL, 0);
}

static void remove_in(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static void build_fixture(void)
{
    snprintf(root, sizeof root, "/tmp/fm-test-loader-XXXXXX");
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        exit(2);
    }
    snprintf(levels, sizeof levels, "%s/levels", root);
    snprintf(assets, sizeof assets, "%s/assets", root);
    fio_mkdirs(levels);
    fio_mkdirs(assets);
    write_in(levels, "zones.json", ZONES);
    write_in(assets, "animations.json", ANIMS);
    write_routine("a-nose.json", "nose-wash", "nose", "circle-rub");
    write_routine("b-chin.json", "chin-wash", "chin", "no-such-anim");
    write_in(levels, "c-broken.json", "{ \"kind\": \"routine\", oops");
    write_routine("d-ear.json", "ear-wash", "ear", "circle-rub");
    write_in(levels, "schema.json", "not a routine");
    write_in(levels, "animations.schema.json", "not a routine either");
    write_in(levels, "notes.txt", "not json at all");
    write_in(levels, ".hidden.json", "editor junk");
    size_t big = LVL_MAX_FILE + 10;
    char *huge = malloc(big + 1);
    memset(huge, ' ', big);
    huge[big] = '\0';
    write_in(levels, "e-huge.json", huge);
    free(huge);
}

/* Index of the first problem line containing both fragments, or -1. */
static int find_problem(const char *a, const char *b)
{
    for (int i = 0; i < probs.count; i++)
        if (strstr(probs.line[i], a) && (!b || strstr(probs.line[i], b)))
            return i;
    return -1;
}

static void show_problems(void)
{
    for (int i = 0; i < probs.count; i++)
        printf("    problem: %s\n", probs.line[i]);
}

static void the_fixture_loads_zones_presets_and_every_routine_file(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    prb_clear(&probs);
    CHECK_INT(ldr_load(levels, assets, &c, &a, &probs), 0);
    CHECK_INT(c.nzones, 2);
    CHECK_INT(a.n, 1);
    CHECK_INT(c.nroutines, 4);
    CHECK(lvl_routine_index(&c, "nose-wash") >= 0);
    int good = lvl_routine_index(&c, "nose-wash");
    if (good >= 0) {
        CHECK_INT(c.routines[good].broken, 0);
        CHECK_INT(c.routines[good].nsteps, 1);
        char want[600];
        snprintf(want, sizeof want, "%s/a-nose.json", levels);
        CHECK_STR(c.routines[good].file, want);
    }
    lvl_free(&c);
    anim_free(&a);
}

static void a_broken_routine_is_reported_and_marked_but_does_not_stop_the_others(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    char file[600];
    prb_clear(&probs);
    ldr_load(levels, assets, &c, &a, &probs);
    snprintf(file, sizeof file, "%s/c-broken.json: ", levels);
    CHECK(find_problem(file, NULL) >= 0);
    snprintf(file, sizeof file, "%s/b-chin.json: ", levels);
    CHECK(find_problem(file, "no-such-anim") >= 0);
    snprintf(file, sizeof file, "%s/d-ear.json: /zone: ", levels);
    CHECK(find_problem(file, "ear") >= 0);
    int n_broken = 0;
    for (int i = 0; i < c.nroutines; i++)
        n_broken += c.routines[i].broken;
    CHECK_INT(n_broken, 3);
    if (n_broken != 3)
        show_problems();
    lvl_free(&c);
    anim_free(&a);
}

static void a_file_over_one_mib_is_reported_and_skipped(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    char want[700];
    prb_clear(&probs);
    ldr_load(levels, assets, &c, &a, &probs);
    snprintf(want, sizeof want, "%s/e-huge.json: /: file is %d bytes, over the 1 MiB limit",
             levels, LVL_MAX_FILE + 10);
    CHECK(find_problem(want, NULL) >= 0);
    CHECK(lvl_routine_index(&c, "e-huge") < 0);
    lvl_free(&c);
    anim_free(&a);
}

static void schemas_hidden_files_and_other_files_are_not_read_as_routines(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    prb_clear(&probs);
    ldr_load(levels, assets, &c, &a, &probs);
    CHECK(find_problem("schema.json", NULL) < 0);
    CHECK(find_problem("notes.txt", NULL) < 0);
    CHECK(find_problem(".hidden", NULL) < 0);
    CHECK(find_problem("zones.json", NULL) < 0);
    CHECK(find_problem("animations.json", NULL) < 0);
    lvl_free(&c);
    anim_free(&a);
}

static void loading_again_into_the_same_content_replaces_it(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    prb_clear(&probs);
    ldr_load(levels, assets, &c, &a, &probs);
    prb_clear(&probs);
    CHECK_INT(ldr_load(levels, assets, &c, &a, &probs), 0);
    CHECK_INT(c.nzones, 2);
    CHECK_INT(c.nroutines, 4);
    CHECK_INT(a.n, 1);
    lvl_free(&c);
    anim_free(&a);
}

static void a_missing_zones_file_means_the_app_cannot_start(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    char want[600];
    remove_in(levels, "zones.json");
    prb_clear(&probs);
    CHECK_INT(ldr_load(levels, assets, &c, &a, &probs), -1);
    snprintf(want, sizeof want, "%s/zones.json: /: cannot read the file: open: No such file",
             levels);
    CHECK(find_problem(want, NULL) >= 0);
    if (find_problem(want, NULL) < 0)
        show_problems();
    write_in(levels, "zones.json", ZONES);
    lvl_free(&c);
    anim_free(&a);
}

static void missing_animations_are_one_problem_not_one_per_step(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    char want[600];
    remove_in(assets, "animations.json");
    prb_clear(&probs);
    CHECK_INT(ldr_load(levels, assets, &c, &a, &probs), -1);
    snprintf(want, sizeof want, "%s/animations.json: /: cannot read the file", assets);
    CHECK(find_problem(want, NULL) >= 0);
    CHECK(find_problem("circle-rub", NULL) < 0);
    CHECK_INT(c.nroutines, 4);
    write_in(assets, "animations.json", ANIMS);
    lvl_free(&c);
    anim_free(&a);
}

static void a_missing_levels_folder_is_reported(void)
{
    lvl_Content c = {0};
    anim_Set a = {0};
    char dir[400];
    snprintf(dir, sizeof dir, "%s/nowhere", root);
    prb_clear(&probs);
    CHECK_INT(ldr_load(dir, assets, &c, &a, &probs), -1);
    CHECK(find_problem("nowhere/zones.json: /: cannot read the file", NULL) >= 0);
    CHECK(find_problem("nowhere: /: cannot list the folder", NULL) >= 0);
    lvl_free(&c);
    anim_free(&a);
}

static void the_real_content_loads_when_it_is_there(void)
{
    char z[600], an[600];
    snprintf(z, sizeof z, "%s/zones.json", FM_SOURCE_LEVELS);
    snprintf(an, sizeof an, "%s/animations.json", FM_SOURCE_ASSETS);
    if (!fio_exists(z) || !fio_exists(an)) {
        printf("    (skipped: the real levels/ or assets/animations.json is not there yet)\n");
        return;
    }
    lvl_Content c = {0};
    anim_Set a = {0};
    prb_clear(&probs);
    CHECK_INT(ldr_load(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, &c, &a, &probs), 0);
    CHECK(c.nzones > 0);
    CHECK(c.nroutines > 0);
    if (prb_total(&probs) > 0)
        printf("    (note: the real content has %d problem(s); see facemap --check)\n",
               prb_total(&probs));
    lvl_free(&c);
    anim_free(&a);
}

/* The shipped German folder: every text German, no problem; a code with
 * a country finds the folder of its language; a language with no folder
 * (or English) is the English content, with no problem either. */
static void a_language_folder_is_laid_over_the_english_and_a_missing_one_means_english(void)
{
    char de[600];
    snprintf(de, sizeof de, "%s/de/nose.json", FM_SOURCE_LEVELS);
    if (!fio_exists(de)) {
        printf("    (skipped: no levels/de/ in the source tree)\n");
        return;
    }
    const char *langs[] = {"de", "de_DE", "fr", "en", NULL, "../levels/de"};
    const char *nose[] = {"Nasenporen ausreinigen", "Nasenporen ausreinigen", "Nose pore clean-out",
                          "Nose pore clean-out", "Nose pore clean-out", "Nose pore clean-out"};
    for (int i = 0; i < 6; i++) {
        lvl_Content c = {0};
        anim_Set a = {0};
        prb_clear(&probs);
        CHECK_INT(ldr_load_lang(FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, langs[i], &c, &a, &probs), 0);
        CHECK_INT(prb_total(&probs), 0);
        int r = lvl_routine_index(&c, "nose-clean-out");
        CHECK(r >= 0);
        if (r >= 0)
            CHECK_STR(c.routines[r].title, nose[i]);
        lvl_free(&c);
        anim_free(&a);
    }
    char **codes = NULL;
    int n = ldr_languages(FM_SOURCE_LEVELS, &codes);
    CHECK(n >= 1);
    CHECK(n >= 1 && strcmp(codes[0], "de") == 0);
    fio_free_names(codes, n);
}

int main(void)
{
    build_fixture();
    RUN(the_fixture_loads_zones_presets_and_every_routine_file);
    RUN(a_broken_routine_is_reported_and_marked_but_does_not_stop_the_others);
    RUN(a_file_over_one_mib_is_reported_and_skipped);
    RUN(schemas_hidden_files_and_other_files_are_not_read_as_routines);
    RUN(loading_again_into_the_same_content_replaces_it);
    RUN(a_missing_zones_file_means_the_app_cannot_start);
    RUN(missing_animations_are_one_problem_not_one_per_step);
    RUN(a_missing_levels_folder_is_reported);
    RUN(the_real_content_loads_when_it_is_there);
    RUN(a_language_folder_is_laid_over_the_english_and_a_missing_one_means_english);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        printf("note: could not remove %s\n", root);
    return check_summary();
}
