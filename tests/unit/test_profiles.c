/* test_profiles.c - a household's profiles (core/profiles.h) and their
 * list on disk (platform/profstore.h): parsing and writing the list, its
 * limits, bad input named by file and field, at most eight, the rules of
 * names, renaming and deleting, typing a name, and the files (a broken
 * list moved aside with every progress file left where it was, a
 * deleted profile's files kept aside). Files go in a mkdtemp folder. */
#include "check.h"
#include "problem_lines.h"
#include "quotes.h"

#include "core/profiles.h"
#include "platform/fio.h"
#include "platform/profstore.h"

#include <unistd.h>

static pfl_List l;

static int parse(const char *single_quoted)
{
    const char *t = J(single_quoted);
    prb_clear(&problems);
    return pfl_parse(&l, "progress.json", "profiles.json", t, strlen(t), &problems);
}

#define TWO "{'kind': 'profiles', 'version': 1, 'profiles': [" \
            "{'id': 1, 'name': 'Ana', 'colour': 'teal', 'file': 'progress.json'}," \
            "{'id': 4, 'name': 'Ben', 'colour': 'amber', 'file': 'progress-p4.json'}]}"

static void a_good_list_is_read_whole(void)
{
    CHECK_INT(parse(TWO), 0);
    CHECK_INT(l.n, 2);
    CHECK_STR(l.p[0].name, "Ana");
    CHECK_INT(l.p[1].id, 4);
    CHECK_STR(pfl_colour_name(l.p[1].colour), "amber");
    CHECK_STR(l.p[1].file, "progress-p4.json");
}

static void what_is_written_reads_back_the_same(void)
{
    CHECK_INT(parse(TWO), 0);
    pfl_List was = l;
    char *text = pfl_serialize(&was);
    CHECK(text != NULL);
    prb_clear(&problems);
    CHECK_INT(pfl_parse(&l, "progress.json", "profiles.json", text, strlen(text), &problems), 0);
    CHECK(memcmp(&l, &was, sizeof l) == 0);
    free(text);
}

static void with_no_list_there_is_one_profile_the_progress_file(void)
{
    pfl_init(&l, "p.json");
    CHECK_INT(l.n, 1);
    CHECK_STR(l.p[0].file, "p.json");
    CHECK_STR(l.p[0].name, PFL_FIRST_NAME);
    char longest[256]; /* NAME_MAX: the progress file's own name is kept whole */
    memset(longest, 'x', 250);
    memcpy(longest + 250, ".json", 6);
    pfl_init(&l, longest);
    CHECK_STR(l.p[0].file, longest);
}

static void bad_fields_are_named_by_file_and_pointer_and_nothing_is_taken(void)
{
    CHECK_INT(parse("{'kind': 'profiles', 'version': 1, 'profiles': [{'id': 1, 'name': 'Ana', 'colour': 'teal', "
                    "'file': 'progress.json'}, {'id': 2, 'name': '', 'colour': 'pink', 'file': '../x.json'}]}"), 3);
    int named = 0;
    for (int i = 0; i < problems.count; i++)
        named += strncmp(problems.line[i], "profiles.json: /profiles/1/", 27) == 0;
    CHECK_INT(named, problems.count);
    CHECK(reported("profiles.json: /profiles/1/file: a file name beside the list, ending in .json"));
    CHECK(reported("profiles.json: /profiles/1/colour: must be one of \"teal\", \"blue\", \"purple\", \"rose\", "
                   "\"red\", \"amber\", \"green\", \"slate\""));
    CHECK(reported("profiles.json: /profiles/1/name: must be 1 to 24 characters"));
    CHECK_INT(problems.count, 3);
    CHECK_INT(l.n, 1); /* as pfl_init made it */
    CHECK_STR(l.p[0].file, "progress.json");
}

static void ids_files_and_names_are_each_given_once(void)
{
    CHECK(parse("{'kind': 'profiles', 'version': 1, 'profiles': ["
                "{'id': 1, 'name': 'Ana', 'colour': 'teal', 'file': 'progress.json'},"
                "{'id': 1, 'name': 'ana', 'colour': 'blue', 'file': 'progress.json'}]}") == 3);
    CHECK(reported("profiles.json: /profiles/1/id: id 1 is given twice"));
    CHECK(reported("profiles.json: /profiles/1/name: Somebody already has that name."));
    CHECK(reported("profiles.json: /profiles/1/file: two profiles share the file progress.json"));
}

static void a_file_may_not_be_another_profiles_yearly_archive(void)
{
    CHECK_INT(parse("{'kind': 'profiles', 'version': 1, 'profiles': ["
                    "{'id': 1, 'name': 'Ana', 'colour': 'teal', 'file': 'progress.json'},"
                    "{'id': 2, 'name': 'Ben', 'colour': 'blue', 'file': 'progress-2025.json'}]}"), 1);
    CHECK(only("profiles.json: /profiles/1/file: progress-2025.json is the name of another profile's yearly archive"));
}

static void the_first_profile_is_the_progress_file_itself(void)
{
    CHECK_INT(parse("{'kind': 'profiles', 'version': 1, 'profiles': ["
                    "{'id': 1, 'name': 'Ana', 'colour': 'teal', 'file': 'other.json'}]}"), 1);
    CHECK(only("profiles.json: /profiles/0/file: the first profile is the progress file itself, progress.json"));
}

static void kind_version_and_at_most_eight(void)
{
    CHECK_INT(parse("{'kind': 'settings', 'version': 1, 'profiles': []}"), 2);
    CHECK(reported("profiles.json: /kind: must be \"profiles\""));
    CHECK(reported("profiles.json: /profiles: must have 1 to 8 items"));
    CHECK_INT(parse("{'kind': 'profiles', 'version': 2, 'profiles': [{'id': 1, 'name': 'A', 'colour': 'teal', "
                    "'file': 'progress.json'}]}"), 1);
    CHECK(only("profiles.json: /version: version 2 is from a newer facemap (this one reads 1)"));
    char nine[4096] = "{'kind': 'profiles', 'version': 1, 'profiles': [";
    for (int i = 1; i <= 9; i++)
        snprintf(nine + strlen(nine), sizeof nine - strlen(nine), "%s{'id': %d, 'name': 'P%d', 'colour': 'teal', "
                 "'file': '%s%d.json'}", i > 1 ? "," : "", i, i, i == 1 ? "progress" : "p", i == 1 ? 0 : i);
    /* the first's file is progress0.json: fix it to progress.json */
    char *zero = strstr(nine, "progress0.json");
    memmove(zero + 8, zero + 9, strlen(zero + 9) + 1);
    strcat(nine, "]}");
    CHECK(parse(nine) >= 1);
    CHECK(only("profiles.json: /profiles: must have 1 to 8 items"));
    CHECK_INT(l.n, 1);
    CHECK_INT(parse("{'kind': 'profiles', 'version': 1, 'profiles': [], 'extra': 1}") >= 2, 1);
}

static void names_are_1_to_24_characters_unique_and_trimmed(void)
{
    char why[160];
    pfl_init(&l, "progress.json");
    CHECK_INT(pfl_check_name(&l, "Zoë", -1, why, sizeof why), 0);
    CHECK_INT(pfl_check_name(&l, "", -1, why, sizeof why), -1);
    CHECK_STR(why, "Type a name first.");
    CHECK_INT(pfl_check_name(&l, " Al", -1, why, sizeof why), -1);
    CHECK_INT(pfl_check_name(&l, "abcdefghijklmnopqrstuvwxy", -1, why, sizeof why), -1);
    CHECK_STR(why, "A name is at most 24 characters.");
    CHECK_INT(pfl_check_name(&l, "ééééééééééééééééééééééé\xC3\xA9", -1, why, sizeof why), 0); /* 24 */
    CHECK_INT(pfl_check_name(&l, "me", -1, why, sizeof why), -1);
    CHECK_STR(why, "Somebody already has that name.");
    CHECK_INT(pfl_check_name(&l, "me", 0, why, sizeof why), 0); /* its own name, other case */
    CHECK_INT(pfl_check_name(&l, "a\tb", -1, why, sizeof why), -1);
    CHECK_INT(pfl_check_name(&l, "a\xff", -1, why, sizeof why), -1);
}

static void adding_gives_a_new_id_file_and_free_colour_up_to_eight(void)
{
    char why[160], name[8];
    pfl_init(&l, "progress.json");
    for (int i = 1; i < PFL_MAX; i++) {
        snprintf(name, sizeof name, "P%d", i);
        CHECK_INT(pfl_add(&l, name, why, sizeof why), i);
    }
    CHECK_INT(l.p[1].id, 2);
    CHECK_STR(l.p[1].file, "progress-p2.json");
    for (int i = 0; i < PFL_MAX; i++)
        CHECK_INT(l.p[i].colour, i); /* each its own colour */
    CHECK_INT(pfl_add(&l, "Nine", why, sizeof why), -1);
    CHECK_STR(why, "There are 8 profiles already, the most a mirror keeps.");
    CHECK_INT(l.n, PFL_MAX);
}

static void renaming_and_deleting_follow_the_rules(void)
{
    char why[160], sname[64];
    pfl_init(&l, "progress.json");
    CHECK_INT(pfl_add(&l, "Ben", why, sizeof why), 1);
    CHECK_INT(pfl_add(&l, "Cy", why, sizeof why), 2);
    CHECK_INT(pfl_rename(&l, 1, "Cy", why, sizeof why), -1);
    CHECK_INT(pfl_rename(&l, 1, "Benjamin", why, sizeof why), 0);
    CHECK_STR(l.p[1].name, "Benjamin");
    CHECK_INT(pfl_can_delete(&l, 0, why, sizeof why), -1); /* the progress file itself */
    pfl_settings_name(&l, 2, sname, sizeof sname);
    CHECK_STR(sname, "settings-p3.json");
    pfl_settings_name(&l, 0, sname, sizeof sname);
    CHECK_STR(sname, "settings.json");
    CHECK_INT(pfl_delete(&l, 1), 0);
    CHECK_INT(l.n, 2);
    CHECK_STR(l.p[1].name, "Cy");
    CHECK_INT(pfl_find(&l, "cy"), 1);
    CHECK_INT(pfl_find(&l, "Benjamin"), -1);
    CHECK_INT(pfl_add(&l, "Dee", why, sizeof why), 2);
    CHECK_INT(l.p[2].id, 4); /* never the id of one still listed */
}

static void deleting_the_active_profile_switches_to_the_first(void)
{
    pfl_State st;
    char why[160];
    memset(&st, 0, sizeof st);
    st.switch_to = -1;
    pfl_init(&st.list, "progress.json");
    pfl_add(&st.list, "Ben", why, sizeof why);
    pfl_add(&st.list, "Cy", why, sizeof why);
    st.active = 2;
    CHECK_INT(pfl_state_delete(&st, 1), 0);
    CHECK_INT(st.active, 1); /* Cy moved up */
    CHECK_INT(st.switch_to, -1);
    CHECK_STR(st.gone.name, "Ben");
    CHECK_INT(pfl_state_delete(&st, 1), 0);
    CHECK_INT(st.switch_to, 0);
    CHECK_INT(st.active, 0);
    CHECK_INT(pfl_state_delete(&st, 0), -1);
    CHECK(st.save_list);
}

static void typing_keeps_to_24_characters_and_erasing_takes_a_whole_one(void)
{
    char name[PFL_NAME] = "";
    pfl_type(name, "Zo\xC3\xAB\n");
    CHECK_STR(name, "Zo\xC3\xAB"); /* the newline is dropped */
    pfl_erase(name);
    CHECK_STR(name, "Zo");
    pfl_type(name, "abcdefghijklmnopqrstuvwxyz");
    CHECK_INT((int)strlen(name), 24);
    char initial[5];
    pfl_initial("zo", initial);
    CHECK_STR(initial, "Z");
    pfl_initial("\xC3\xA9va", initial);
    CHECK_STR(initial, "\xC3\xA9");
}

/* ---- the files ---------------------------------------------------------------- */

static char dir[] = "/tmp/fm-test-profiles-XXXXXX";

static const char *at(char out[512], const char *name)
{
    snprintf(out, 512, "%s/%s", dir, name);
    return out;
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void a_broken_list_is_moved_aside_and_no_progress_file_is_lost(void)
{
    char p[512], list[512], other[512], aside[512], msg[PFS_MSG];
    put(at(p, "progress.json"), "{\"version\": 1, \"history\": []}");
    put(at(other, "progress-p2.json"), "{\"version\": 1, \"history\": []}");
    put(at(list, "profiles.json"), "{\"kind\": \"profiles\", \"version\": 1, \"profiles\": [{\"id\": 1}");
    CHECK_INT(pfs_load(p, &l, "2026-11-21T09:00:00Z", NULL, msg, sizeof msg), 1);
    CHECK(strstr(msg, "profiles.json: /: invalid JSON at line 1") != NULL);
    CHECK(fio_exists(at(aside, "profiles.json.unreadable-2026-11-21T09:00:00Z")));
    CHECK(!fio_exists(list));
    CHECK(fio_exists(p) && fio_exists(other));
    CHECK_INT(l.n, 1);
    CHECK_INT(l.files_up_to, 2); /* the lost list's progress-p2.json is never given to a new profile */
    char why[160];
    CHECK_INT(pfl_add(&l, "Ana", why, sizeof why), 1);
    CHECK_STR(l.p[1].file, "progress-p3.json");
}

static void a_saved_list_loads_again_and_a_deleted_profile_is_kept_aside(void)
{
    char p[512], file[512], set[512], msg[PFS_MSG], why[160];
    pfl_List saved;
    pfl_init(&saved, "progress.json");
    CHECK_INT(pfl_add(&saved, "Ben", why, sizeof why), 1);
    CHECK_INT(pfs_save(at(p, "progress.json"), &saved, msg, sizeof msg), 0);
    CHECK_INT(pfs_load(p, &l, "2026-11-21T09:00:00Z", NULL, msg, sizeof msg), 0);
    CHECK_INT(l.files_up_to, 2); /* progress-p2.json, left by the list before */
    saved.files_up_to = l.files_up_to;
    CHECK(memcmp(&l, &saved, sizeof l) == 0);
    put(at(file, "progress-p2.json"), "{\"version\": 1, \"history\": []}");
    put(at(set, "settings-p2.json"), "{}");
    CHECK_INT(pfs_set_aside(p, &l.p[1], set, "T1", msg, sizeof msg), 2);
    CHECK(!fio_exists(file) && !fio_exists(set));
    CHECK(fio_exists(at(file, "progress-p2.json.deleted-T1")));
    CHECK(fio_exists(at(set, "settings-p2.json.deleted-T1")));
    CHECK(fio_exists(p)); /* the first profile's file is untouched */
}

int main(void)
{
    RUN(a_good_list_is_read_whole);
    RUN(what_is_written_reads_back_the_same);
    RUN(with_no_list_there_is_one_profile_the_progress_file);
    RUN(bad_fields_are_named_by_file_and_pointer_and_nothing_is_taken);
    RUN(ids_files_and_names_are_each_given_once);
    RUN(the_first_profile_is_the_progress_file_itself);
    RUN(a_file_may_not_be_another_profiles_yearly_archive);
    RUN(kind_version_and_at_most_eight);
    RUN(names_are_1_to_24_characters_unique_and_trimmed);
    RUN(adding_gives_a_new_id_file_and_free_colour_up_to_eight);
    RUN(renaming_and_deleting_follow_the_rules);
    RUN(deleting_the_active_profile_switches_to_the_first);
    RUN(typing_keeps_to_24_characters_and_erasing_takes_a_whole_one);
    if (!mkdtemp(dir))
        return 1;
    RUN(a_broken_list_is_moved_aside_and_no_progress_file_is_lost);
    RUN(a_saved_list_loads_again_and_a_deleted_profile_is_kept_aside);
    int rc = check_summary();
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        rc = 1;
    return rc;
}
