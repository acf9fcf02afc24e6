/* test_progmerge.c - two histories made one (progmerge.c): every entry of
 * either side kept, an entry identified by routine and completion time,
 * duplicates within one side kept, into's order kept and other's added
 * after it; the oldest entries beyond a file's keep picked for archives;
 * archive names. And the store (platform/progstore.c) on real files in a
 * mkdtemp folder: two copies' saves merged, a kiosk's counts added to
 * those on disk, a damaged file on disk set aside before a save.
 * Deleted entries (progdel.c): a delete is written in the "deleted" list
 * and read back; Undo puts the entry back where it was; a merge takes both
 * copies' deleted lists and never brings a deleted entry back, from either
 * side, a file or an archive; a restored entry is not deleted again by a
 * file saved before the Undo; the list is bounded. */
#include "check.h"

#include <stdlib.h>
#include <unistd.h>

#include "core/progdel.h"
#include "core/progmerge.h"
#include "platform/fio.h"
#include "platform/progstore.h"

static prog_Entry entry(const char *routine, int64_t at)
{
    prog_Entry e;
    memset(&e, 0, sizeof e);
    snprintf(e.routine, sizeof e.routine, "%s", routine);
    snprintf(e.zone, sizeof e.zone, "nose");
    e.completed_at = at;
    e.steps_done = e.steps_total = 3;
    return e;
}

static void of(prog_Data *d, const char *const *routines, const int64_t *at, int n)
{
    prog_init(d);
    for (int i = 0; i < n; i++) {
        prog_Entry e = entry(routines[i], at[i]);
        prog_add(d, &e);
    }
}

static void every_entry_of_either_side_is_kept_once_in_into_order_then_others(void)
{
    prog_Data a, b;
    of(&a, (const char *[]){"x", "y", "z"}, (const int64_t[]){30, 10, 20}, 3);
    of(&b, (const char *[]){"w", "y", "x", "v"}, (const int64_t[]){40, 10, 31, 5}, 4);
    CHECK_INT(pmg_merge(&a, &b), 3);
    CHECK_INT(a.n, 6);
    const char *want[] = {"x", "y", "z", "w", "x", "v"};
    const int64_t when[] = {30, 10, 20, 40, 31, 5};
    for (int i = 0; i < 6 && i < a.n; i++) {
        CHECK_STR(a.h[i].routine, want[i]);
        CHECK_INT(a.h[i].completed_at, when[i]);
    }
    CHECK_INT(pmg_merge(&a, &b), 0); /* again: nothing new */
    CHECK_INT(a.n, 6);
    prog_free(&a);
    prog_free(&b);
}

/* A hand-made file may hold one entry twice: both stay, and a side with
 * three of them gives three. */
static void an_entry_held_twice_stays_twice_and_the_side_with_more_wins(void)
{
    prog_Data a, b;
    of(&a, (const char *[]){"x", "x"}, (const int64_t[]){7, 7}, 2);
    of(&b, (const char *[]){"x"}, (const int64_t[]){7}, 1);
    CHECK_INT(pmg_merge(&a, &b), 0);
    CHECK_INT(a.n, 2);
    prog_free(&b);
    of(&b, (const char *[]){"x", "x", "x"}, (const int64_t[]){7, 7, 7}, 3);
    CHECK_INT(pmg_merge(&a, &b), 1);
    CHECK_INT(a.n, 3);
    prog_free(&a);
    prog_free(&b);
}

static void an_entry_archived_on_either_side_stays_archived(void)
{
    prog_Data a, b;
    of(&a, (const char *[]){"x", "y"}, (const int64_t[]){1, 2}, 2);
    of(&b, (const char *[]){"y"}, (const int64_t[]){2}, 1);
    b.h[0].archived = 1;
    pmg_merge(&a, &b);
    CHECK_INT(a.h[0].archived, 0);
    CHECK_INT(a.h[1].archived, 1);
    prog_free(&a);
    prog_free(&b);
}

static void the_oldest_entries_not_archived_overflow_oldest_first(void)
{
    prog_Data a;
    of(&a, (const char *[]){"a", "b", "c", "d", "e"}, (const int64_t[]){50, 10, 40, 20, 30}, 5);
    a.h[1].archived = 1; /* b, the oldest, is in an archive already */
    int n = 0;
    int *due = pmg_overflow(&a, 2, &n);
    CHECK_INT(n, 2);
    CHECK_INT(due[0], 3); /* d at 20 */
    CHECK_INT(due[1], 4); /* e at 30 */
    free(due);
    due = pmg_overflow(&a, 4, &n);
    CHECK_INT(n, 0);
    free(due);
    prog_free(&a);
}

static void archive_names_are_the_year_beside_the_file(void)
{
    char out[256];
    int year = 0;
    CHECK_INT(pmg_archive_name(out, sizeof out, "/d/progress.json", 2025, 1), 0);
    CHECK_STR(out, "/d/progress-2025.json");
    CHECK_INT(pmg_archive_name(out, sizeof out, "/d/progress.json", 2025, 2), 0);
    CHECK_STR(out, "/d/progress-2025-2.json");
    CHECK_INT(pmg_archive_name(out, sizeof out, "/d/history", 1999, 1), 0);
    CHECK_STR(out, "/d/history-1999");
    CHECK_INT(pmg_archive_name(out, 10, "/d/progress.json", 2025, 1), -1);
    CHECK_INT(pmg_is_archive("/d/progress.json", "progress-2025.json", &year), 1);
    CHECK_INT(year, 2025);
    CHECK_INT(pmg_is_archive("/d/progress.json", "progress-2024-12.json", &year), 1);
    CHECK_INT(year, 2024);
    CHECK_INT(pmg_is_archive("/d/progress.json", "progress.json", &year), 0);
    CHECK_INT(pmg_is_archive("/d/progress.json", "progress-2025.json.bak", &year), 0);
    CHECK_INT(pmg_is_archive("/d/progress.json", "progress-20x5.json", &year), 0);
    CHECK_INT(pmg_is_archive("/d/progress.json", "other-2025.json", &year), 0);
    CHECK_INT(pmg_year(0), 1970);
    CHECK_INT(pmg_year(1735689599), 2024); /* 2024-12-31T23:59:59Z */
    CHECK_INT(pmg_year(1735689600), 2025);
}

/* ---- deleted entries (progdel.c) ---------------------------------------- */

/* d holds routines x, y, z finished at 100, 200, 300. */
static void three(prog_Data *d)
{
    const char *r[] = {"x", "y", "z"};
    prog_init(d);
    for (int i = 0; i < 3; i++) {
        prog_Entry e = entry(r[i], 100 * (i + 1));
        prog_add(d, &e);
    }
}

static int parse(prog_Data *d, const char *text, prb_List *p)
{
    prog_init(d);
    return prog_parse(d, "p.json", text, strlen(text), p);
}

static void a_deleted_entry_is_written_in_the_list_and_stays_out_when_read_back(void)
{
    prog_Data d, back;
    prog_Entry gone;
    three(&d);
    CHECK_INT(pdl_delete(&d, 1, &gone), 0);
    CHECK_STR(gone.routine, "y");
    CHECK_INT(d.n, 2);
    CHECK_STR(d.h[1].routine, "z");
    CHECK(pdl_has(&d, "y", 200));
    char *json = prog_serialize(&d);
    CHECK(json && strstr(json, "\"deleted\": [\n    {\"routine\": \"y\", \"completed_at\": \"1970-01-01T00:03:20Z\"}"));
    CHECK(json && strstr(json, "\"version\": 2")); /* the current version, as ever */
    static prb_List p;
    CHECK_INT(parse(&back, json, &p), 0);
    CHECK_INT(back.n, 2);
    CHECK_INT(back.ndel, 1);
    CHECK(pdl_has(&back, "y", 200));
    free(json);
    prog_free(&d);
    prog_free(&back);
}

static void a_file_without_deletes_has_no_deleted_key_and_a_listed_entry_is_dropped_on_reading(void)
{
    prog_Data d;
    three(&d);
    char *json = prog_serialize(&d);
    CHECK(json && !strstr(json, "deleted"));
    free(json);
    prog_free(&d);
    static prb_List p;
    const char *both = "{\"version\":1,\"history\":[{\"routine\":\"x\",\"zone\":\"nose\",\"completed_at\":"
                       "\"2026-01-01T00:00:00Z\",\"steps_done\":1,\"steps_total\":1}],"
                       "\"deleted\":[{\"routine\":\"x\",\"completed_at\":\"2026-01-01T00:00:00Z\"}]}";
    CHECK_INT(parse(&d, both, &p), 0);
    CHECK_INT(d.n, 0);
    CHECK_INT(d.ndel, 1);
    prog_free(&d);
}

static void a_bad_deleted_list_is_named_by_its_pointer(void)
{
    prog_Data d;
    static prb_List p;
    CHECK_INT(parse(&d, "{\"version\":1,\"history\":[],\"deleted\":[{\"routine\":\"X!\",\"completed_at\":\"then\"}]}", &p),
              2);
    CHECK(p.count == 2 && strstr(p.line[0], "p.json: /deleted/0/routine"));
    CHECK(p.count == 2 && strstr(p.line[1], "p.json: /deleted/0/completed_at: must be an RFC 3339 time"));
    CHECK_INT(d.n + d.ndel, 0);
    memset(&p, 0, sizeof p);
    CHECK_INT(parse(&d, "{\"version\":1,\"history\":[],\"deleted\":{}}", &p), 1);
    CHECK(p.count == 1 && strstr(p.line[0], "/deleted"));
}

static void undo_puts_the_entry_back_where_it_was_and_off_the_list(void)
{
    prog_Data d;
    prog_Entry gone;
    three(&d);
    pdl_delete(&d, 0, &gone);
    CHECK_INT(pdl_restore(&d, &gone, 0), 0);
    CHECK_INT(d.n, 3);
    CHECK_STR(d.h[0].routine, "x");
    CHECK_INT(d.ndel, 0);
    CHECK_INT(d.nundel, 1);
    char *json = prog_serialize(&d);
    CHECK(json && !strstr(json, "deleted"));
    free(json);
    prog_free(&d);
}

static void a_merge_never_brings_back_what_either_side_deleted(void)
{
    prog_Data a, b;
    prog_Entry gone;
    three(&a);
    three(&b);
    pdl_delete(&a, 0, &gone); /* a deleted x, b still has it */
    pdl_delete(&b, 2, &gone); /* b deleted z, a still has it */
    CHECK_INT(pmg_merge(&a, &b), 0);
    CHECK_INT(a.n, 1);
    CHECK_STR(a.h[0].routine, "y");
    CHECK_INT(a.ndel, 2);
    CHECK(pdl_has(&a, "x", 100) && pdl_has(&a, "z", 300));
    prog_free(&b);
    prog_init(&b); /* an archive with all three: none of the deleted come back */
    three(&b);
    CHECK_INT(pmg_merge(&a, &b), 0);
    CHECK_INT(a.n, 1);
    prog_free(&a);
    prog_free(&b);
}

static void a_restored_entry_is_not_deleted_again_by_a_copy_saved_before_the_undo(void)
{
    prog_Data a, disk;
    prog_Entry gone;
    three(&a);
    three(&disk);
    pdl_delete(&disk, 1, &gone); /* the file as saved right after the delete */
    pdl_delete(&a, 1, &gone);
    pdl_restore(&a, &gone, 1);
    CHECK_INT(pmg_merge(&a, &disk), 0);
    CHECK_INT(a.n, 3);
    CHECK_INT(a.ndel, 0);
    pdl_saved(&a);
    CHECK_INT(a.nundel, 0);
    prog_free(&a);
    prog_free(&disk);
}

static void the_list_is_bounded_and_a_merge_keeps_the_newest(void)
{
    prog_Data d, other;
    prog_Entry gone;
    prog_init(&d);
    for (int i = 0; i <= PROG_MAX_DELETED; i++) {
        prog_Entry e = entry("x", 1000 + i);
        prog_add(&d, &e);
    }
    for (int i = 0; i < PROG_MAX_DELETED; i++)
        CHECK_INT(pdl_delete(&d, 0, &gone), 0);
    CHECK_INT(pdl_delete(&d, 0, &gone), -1); /* full: refused, nothing changed */
    CHECK_INT(d.n, 1);
    prog_init(&other);
    prog_Entry e = entry("y", 5);
    prog_add(&other, &e);
    pdl_delete(&other, 0, &gone);
    pmg_merge(&d, &other);
    CHECK_INT(d.ndel, PROG_MAX_DELETED);
    CHECK(!pdl_has(&d, "y", 5)); /* the oldest went */
    CHECK(pdl_has(&d, "x", 1000 + PROG_MAX_DELETED - 1));
    prog_free(&d);
    prog_free(&other);
}

/* ---- the store, on real files ------------------------------------------- */

static char dir[] = "/tmp/fm-test-progmerge-XXXXXX";

static void two_copies_saving_in_turn_keep_both_routines(void)
{
    char path[600], err[PST_MSG], note[PST_MSG];
    snprintf(path, sizeof path, "%s/two.json", dir);
    prog_Data a, b;
    of(&a, (const char *[]){"x"}, (const int64_t[]){100}, 1);
    of(&b, (const char *[]){"y"}, (const int64_t[]){200}, 1);
    pst_Seen sa = {0}, sb = {0}; /* what each copy last read or wrote */
    CHECK_INT(pst_save(path, &a, NULL, NULL, &sa, "T", err, note), 0);
    CHECK_INT(pst_save(path, &b, NULL, NULL, &sb, "T", err, note), 0); /* b read a's */
    CHECK_INT(b.n, 2);
    CHECK_INT(pst_save(path, &b, NULL, NULL, &sb, "T", err, note), 0); /* unchanged: not read again */
    CHECK_INT(pst_save(path, &a, NULL, NULL, &sa, "T", err, note), 0); /* and a reads b's */
    CHECK_INT(a.n, 2);
    CHECK_STR(note, "");
    prog_free(&a);
    prog_free(&b);
}

static void a_kiosk_adds_its_counts_to_those_on_disk_and_a_home_run_keeps_them(void)
{
    char path[600], err[PST_MSG], note[PST_MSG];
    snprintf(path, sizeof path, "%s/kiosk.json", dir);
    static kst_Stats k1, base1, k2, base2;
    pst_Seen s1 = {0}, s2 = {0}, sh = {0};
    prog_Data p1, p2, home;
    prog_init(&p1);
    prog_init(&p2);
    of(&home, (const char *[]){"x"}, (const int64_t[]){100}, 1);
    kst_session(&k1, 20000);
    kst_session(&k2, 20000);
    kst_session(&k2, 20001);
    CHECK_INT(pst_save(path, &p1, &k1, &base1, &s1, "T", err, note), 0);
    CHECK_INT(pst_save(path, &home, NULL, NULL, &sh, "T", err, note), 0);
    CHECK_INT(pst_save(path, &p2, &k2, &base2, &s2, "T", err, note), 0);
    CHECK_INT(kst_sessions(&k2, 0, 100000), 3);
    CHECK_INT(p2.n, 1); /* the home run's routine came along */
    kst_session(&k1, 20001); /* one more visit on the first kiosk */
    CHECK_INT(pst_save(path, &p1, &k1, &base1, &s1, "T", err, note), 0);
    CHECK_INT(kst_sessions(&k1, 0, 100000), 4);
    CHECK_INT(pst_save(path, &home, NULL, NULL, &sh, "T", err, note), 0);
    static kst_Stats seen;
    CHECK(home.kiosk && kst_parse(&seen, path, home.kiosk, NULL) == 0);
    CHECK_INT(kst_sessions(&seen, 0, 100000), 4); /* the disk's, kept as they are */
    prog_free(&p1);
    prog_free(&p2);
    prog_free(&home);
}

static void a_damaged_file_on_disk_is_set_aside_before_a_save(void)
{
    char path[600], aside[700], err[PST_MSG], note[PST_MSG];
    snprintf(path, sizeof path, "%s/damaged.json", dir);
    snprintf(aside, sizeof aside, "%s.unreadable-T", path);
    CHECK_INT(fio_save_atomic(path, "{\"version\": 1, \"hist", 20, err, sizeof err), 0);
    pst_Seen seen = {0};
    prog_Data a;
    of(&a, (const char *[]){"x"}, (const int64_t[]){100}, 1);
    CHECK_INT(pst_save(path, &a, NULL, NULL, &seen, "T", err, note), 0);
    CHECK(strstr(note, "kept as") != NULL);
    CHECK(fio_exists(aside));
    prog_free(&a);
}

static void two_copies_saving_in_turn_keep_a_delete(void)
{
    char path[600], err[PST_MSG], note[PST_MSG];
    snprintf(path, sizeof path, "%s/two.json", dir);
    prog_Data a, b;
    prog_Entry gone;
    three(&a);
    three(&b);
    pst_Seen sa = {0}, sb = {0};
    CHECK_INT(pst_save(path, &a, NULL, NULL, &sa, "T", err, note), 0);
    CHECK_INT(pst_save(path, &b, NULL, NULL, &sb, "T", err, note), 0);
    pdl_delete(&a, 1, &gone);
    CHECK_INT(pst_save(path, &a, NULL, NULL, &sa, "T", err, note), 0);
    CHECK_INT(pst_save(path, &b, NULL, NULL, &sb, "T", err, note), 0); /* b still held y */
    CHECK_INT(b.n, 2);
    size_t len;
    char *text = fio_read_all(path, PROG_MAX_FILE, &len, err, sizeof err);
    CHECK(text && !strstr(text, "\"routine\": \"y\", \"zone\""));
    CHECK(text && strstr(text, "\"deleted\""));
    free(text);
    pdl_restore(&a, &gone, 1); /* undo, after b saved the delete too */
    CHECK_INT(pst_save(path, &a, NULL, NULL, &sa, "T", err, note), 0);
    CHECK_INT(a.n, 3);
    CHECK_INT(pst_save(path, &b, NULL, NULL, &sb, "T", err, note), 0);
    CHECK_INT(b.n, 2); /* b's own delete list still names it: it keeps it deleted */
    prog_free(&a);
    prog_free(&b);
}

static void an_archive_holding_a_deleted_entry_does_not_bring_it_back(void)
{
    char path[600], arch[700], err[PST_MSG], note[PST_MSG], msg[PST_MSG] = "";
    snprintf(path, sizeof path, "%s/arch.json", dir);
    snprintf(arch, sizeof arch, "%s/arch-1970.json", dir);
    prog_Data a, old;
    prog_Entry gone;
    three(&old);
    char *json = prog_serialize(&old);
    CHECK_INT(fio_save_atomic(arch, json, strlen(json), err, sizeof err), 0);
    free(json);
    prog_init(&a);
    CHECK_INT(pst_load_archives(path, &a, msg), 0);
    CHECK_INT(a.n, 3);
    pdl_delete(&a, 0, &gone);
    pst_Seen s = {0};
    CHECK_INT(pst_save(path, &a, NULL, NULL, &s, "T", err, note), 0);
    prog_free(&a); /* the next start: the file, then the archives */
    size_t len;
    char *text = fio_read_all(path, PROG_MAX_FILE, &len, err, sizeof err);
    static prb_List p;
    CHECK(text && parse(&a, text, &p) == 0);
    free(text);
    CHECK_INT(pst_load_archives(path, &a, msg), 0);
    CHECK_INT(a.n, 2);
    CHECK(a.n == 2 && strcmp(a.h[0].routine, "x") != 0 && strcmp(a.h[1].routine, "x") != 0);
    prog_free(&a);
    prog_free(&old);
}

int main(void)
{
    RUN(every_entry_of_either_side_is_kept_once_in_into_order_then_others);
    RUN(an_entry_held_twice_stays_twice_and_the_side_with_more_wins);
    RUN(an_entry_archived_on_either_side_stays_archived);
    RUN(the_oldest_entries_not_archived_overflow_oldest_first);
    RUN(archive_names_are_the_year_beside_the_file);
    RUN(a_deleted_entry_is_written_in_the_list_and_stays_out_when_read_back);
    RUN(a_file_without_deletes_has_no_deleted_key_and_a_listed_entry_is_dropped_on_reading);
    RUN(a_bad_deleted_list_is_named_by_its_pointer);
    RUN(undo_puts_the_entry_back_where_it_was_and_off_the_list);
    RUN(a_merge_never_brings_back_what_either_side_deleted);
    RUN(a_restored_entry_is_not_deleted_again_by_a_copy_saved_before_the_undo);
    RUN(the_list_is_bounded_and_a_merge_keeps_the_newest);
    if (!mkdtemp(dir))
        return 1;
    RUN(two_copies_saving_in_turn_keep_both_routines);
    RUN(a_kiosk_adds_its_counts_to_those_on_disk_and_a_home_run_keeps_them);
    RUN(a_damaged_file_on_disk_is_set_aside_before_a_save);
    RUN(two_copies_saving_in_turn_keep_a_delete);
    RUN(an_archive_holding_a_deleted_entry_does_not_bring_it_back);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        return 1;
    return check_summary();
}
