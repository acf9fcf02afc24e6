/* test_fio.c - the file edge: whole-file reads with a limit, atomic saves
 * that keep a .bak and never leave a temporary file or a half-written file,
 * sorted folder listings, and folder creation. Every test works in its own
 * mkdtemp folder under /tmp. Tests run as root in CI, so "cannot write" is
 * made with a missing folder or a parent that is a regular file, not chmod. */
#include "check.h"
#include "platform/fio.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char tmpdir[256];

static void make_tmpdir(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/fm-test-fio-XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        exit(2);
    }
}

static void path_in(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", tmpdir, name);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* Returns 1 when path holds exactly text. */
static int holds(const char *path, const char *text)
{
    char err[256];
    size_t len = 0;
    char *data = fio_read_all(path, 1 << 20, &len, err, sizeof err);
    int same = data && len == strlen(text) && memcmp(data, text, len) == 0;
    free(data);
    return same;
}

/* Number of names in the temp folder containing ".tmp-". */
static int temp_files_left(void)
{
    char **names = NULL;
    int n = fio_list(tmpdir, "", &names), found = 0;
    for (int i = 0; i < n; i++)
        found += strstr(names[i], ".tmp-") != NULL;
    fio_free_names(names, n);
    return found;
}

static void reading_a_file_gives_its_bytes_and_length(void)
{
    char path[512], err[256];
    size_t len = 99;
    path_in(path, sizeof path, "read.txt");
    write_file(path, "hello\nworld");
    char *data = fio_read_all(path, 100, &len, err, sizeof err);
    CHECK_STR(data, "hello\nworld");
    CHECK_INT(len, 11);
    free(data);
}

static void reading_an_empty_file_gives_an_empty_string(void)
{
    char path[512], err[256];
    size_t len = 99;
    path_in(path, sizeof path, "empty.txt");
    write_file(path, "");
    char *data = fio_read_all(path, 100, &len, err, sizeof err);
    CHECK_STR(data, "");
    CHECK_INT(len, 0);
    free(data);
}

static void reading_a_missing_file_fails_naming_the_file(void)
{
    char path[512], err[256] = "";
    path_in(path, sizeof path, "missing.json");
    CHECK(fio_read_all(path, 100, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, path) == err);
    CHECK(strstr(err, "No such file") != NULL);
}

static void reading_a_file_over_the_limit_fails_with_its_size(void)
{
    char path[512], err[256] = "";
    path_in(path, sizeof path, "big.txt");
    write_file(path, "0123456789");
    CHECK(fio_read_all(path, 9, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, path) == err);
    CHECK(strstr(err, "10 bytes") != NULL);
    char *ok = fio_read_all(path, 10, NULL, err, sizeof err);
    CHECK_STR(ok, "0123456789");
    free(ok);
}

static void reading_a_folder_fails_saying_it_is_a_folder(void)
{
    char err[256] = "";
    CHECK(fio_read_all(tmpdir, 100, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "folder") != NULL);
}

static void a_first_save_creates_the_file_and_no_backup(void)
{
    char path[512], bak[512], err[256] = "";
    path_in(path, sizeof path, "first.json");
    path_in(bak, sizeof bak, "first.json.bak");
    CHECK_INT(fio_save_atomic(path, "{}", 2, err, sizeof err), 0);
    CHECK(holds(path, "{}"));
    CHECK(!fio_exists(bak));
    CHECK_INT(temp_files_left(), 0);
}

static void a_save_replaces_the_content_and_keeps_the_old_as_bak(void)
{
    char path[512], bak[512], err[256] = "";
    path_in(path, sizeof path, "progress.json");
    path_in(bak, sizeof bak, "progress.json.bak");
    write_file(path, "old");
    CHECK_INT(fio_save_atomic(path, "new content", 11, err, sizeof err), 0);
    CHECK(holds(path, "new content"));
    CHECK(holds(bak, "old"));
    CHECK_INT(temp_files_left(), 0);
}

static void a_second_save_replaces_the_old_bak(void)
{
    char path[512], bak[512], err[256] = "";
    path_in(path, sizeof path, "twice.json");
    path_in(bak, sizeof bak, "twice.json.bak");
    CHECK_INT(fio_save_atomic(path, "one", 3, err, sizeof err), 0);
    CHECK_INT(fio_save_atomic(path, "two", 3, err, sizeof err), 0);
    CHECK_INT(fio_save_atomic(path, "three", 5, err, sizeof err), 0);
    CHECK(holds(path, "three"));
    CHECK(holds(bak, "two"));
    CHECK_INT(temp_files_left(), 0);
}

static void a_save_into_a_missing_folder_fails_naming_the_step(void)
{
    char path[512], err[256] = "";
    path_in(path, sizeof path, "no-such-folder/progress.json");
    CHECK_INT(fio_save_atomic(path, "x", 1, err, sizeof err), -1);
    CHECK(strstr(err, path) == err);
    CHECK(strstr(err, "create temporary file") != NULL);
    CHECK(strstr(err, "No such file") != NULL);
    CHECK(!fio_exists(path));
}

static void a_failed_save_leaves_the_old_file_untouched(void)
{
    /* The parent "folder" is a regular file, so nothing can be created in
     * it, not even by root; the real file next to it must not change. */
    char path[512], blocker[512], bad[600], err[256] = "";
    path_in(path, sizeof path, "keep.json");
    path_in(blocker, sizeof blocker, "keep.json.d");
    snprintf(bad, sizeof bad, "%s/keep.json", blocker);
    write_file(path, "precious");
    write_file(blocker, "a file, not a folder");
    CHECK_INT(fio_save_atomic(bad, "x", 1, err, sizeof err), -1);
    CHECK(strstr(err, "create temporary file") != NULL);
    CHECK(strstr(err, "Not a directory") != NULL);
    CHECK(holds(path, "precious"));
    CHECK(holds(blocker, "a file, not a folder"));
    CHECK_INT(temp_files_left(), 0);
}

static void a_save_over_a_folder_is_refused_before_any_write(void)
{
    char path[512], err[256] = "";
    path_in(path, sizeof path, "is-a-folder");
    CHECK_INT(fio_mkdirs(path), 0);
    CHECK_INT(fio_save_atomic(path, "x", 1, err, sizeof err), -1);
    CHECK(strstr(err, path) == err);
    CHECK(strstr(err, "is a folder, not a regular file") != NULL);
    CHECK_INT(temp_files_left(), 0);
}

static void a_save_of_binary_data_keeps_every_byte(void)
{
    char path[512], err[256] = "";
    const char data[5] = {'a', '\0', 'b', '\n', '\xff'};
    size_t len = 0;
    path_in(path, sizeof path, "binary.dat");
    CHECK_INT(fio_save_atomic(path, data, sizeof data, err, sizeof err), 0);
    char *back = fio_read_all(path, 100, &len, err, sizeof err);
    CHECK_INT(len, 5);
    CHECK(back && memcmp(back, data, 5) == 0);
    free(back);
}

static void a_listing_holds_only_matching_regular_files_sorted(void)
{
    char dir[512], path[600], sub[600];
    char **names = NULL;
    path_in(dir, sizeof dir, "list");
    CHECK_INT(fio_mkdirs(dir), 0);
    const char *files[] = {"zeta.json", "alpha.json", "Beta.json", "notes.txt", ".hidden.json"};
    for (int i = 0; i < 5; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        write_file(path, "{}");
    }
    snprintf(sub, sizeof sub, "%s/folder.json", dir);
    CHECK_INT(fio_mkdirs(sub), 0);
    int n = fio_list(dir, ".json", &names);
    CHECK_INT(n, 3);
    if (n == 3) {
        CHECK_STR(names[0], "Beta.json");
        CHECK_STR(names[1], "alpha.json");
        CHECK_STR(names[2], "zeta.json");
    }
    fio_free_names(names, n);
}

static void listing_a_missing_folder_gives_minus_one(void)
{
    char dir[512];
    char **names = NULL;
    path_in(dir, sizeof dir, "nope");
    CHECK_INT(fio_list(dir, ".json", &names), -1);
    CHECK(names == NULL);
}

static void mkdirs_creates_every_parent_and_accepts_existing_ones(void)
{
    char dir[512];
    struct stat st;
    path_in(dir, sizeof dir, "a/b/c/");
    CHECK_INT(fio_mkdirs(dir), 0);
    CHECK(stat(dir, &st) == 0 && S_ISDIR(st.st_mode));
    CHECK_INT(st.st_mode & 0777, 0700);
    CHECK_INT(fio_mkdirs(dir), 0);
}

static void mkdirs_fails_when_a_parent_is_a_file(void)
{
    char file[512], dir[600];
    path_in(file, sizeof file, "plain-file");
    write_file(file, "x");
    snprintf(dir, sizeof dir, "%s/child", file);
    CHECK_INT(fio_mkdirs(dir), -1);
    CHECK_INT(fio_mkdirs(file), -1);
    CHECK_INT(fio_mkdirs(""), -1);
}

static void join_puts_one_slash_between_folder_and_name(void)
{
    char out[16];
    CHECK_INT(fio_join(out, sizeof out, "levels", "a.json"), 0);
    CHECK_STR(out, "levels/a.json");
    CHECK_INT(fio_join(out, sizeof out, "levels/", "a.json"), 0);
    CHECK_STR(out, "levels/a.json");
    CHECK_INT(fio_join(out, 9, "abc", "defg"), 0);
    CHECK_STR(out, "abc/defg");
    CHECK_INT(fio_join(out, 8, "abc", "defg"), -1);
}

static void exists_tells_files_from_missing_ones(void)
{
    char path[512];
    path_in(path, sizeof path, "exists.txt");
    CHECK(!fio_exists(path));
    write_file(path, "x");
    CHECK(fio_exists(path));
    CHECK(fio_exists(tmpdir));
}

/* A PID that was just used and is no longer running. */
static long dead_pid(void)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    waitpid(pid, NULL, 0);
    return (long)pid;
}

static void stale_temps_of_dead_saves_are_removed_and_live_ones_kept(void)
{
    char path[512], name[600];
    long dead = dead_pid(), live = (long)getppid();
    path_in(path, sizeof path, "stale.json");
    write_file(path, "{}");
    const char *keep[] = {"stale.json.tmp-", "stale.json.bak.tmp-", "stale.json.tmp-x",
                          "other.json.tmp-", "stale.json.tmp-12ab"};
    snprintf(name, sizeof name, "%s.tmp-%ld", path, dead);
    write_file(name, "half");
    snprintf(name, sizeof name, "%s.bak.tmp-%ld", path, dead);
    write_file(name, "half");
    snprintf(name, sizeof name, "%s.tmp-%ld", path, live);
    write_file(name, "a save going on in another process");
    snprintf(name, sizeof name, "%s.tmp-%ld", path, (long)getpid());
    write_file(name, "ours");
    for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++) {
        snprintf(name, sizeof name, "%s/%s%s", tmpdir, keep[i], i == 3 ? "1" : "");
        write_file(name, "not ours to remove");
    }
    CHECK_INT(fio_remove_stale_temps(path), 2);
    snprintf(name, sizeof name, "%s.tmp-%ld", path, dead);
    CHECK(!fio_exists(name));
    snprintf(name, sizeof name, "%s.bak.tmp-%ld", path, dead);
    CHECK(!fio_exists(name));
    snprintf(name, sizeof name, "%s.tmp-%ld", path, live);
    CHECK(fio_exists(name));
    unlink(name);
    snprintf(name, sizeof name, "%s.tmp-%ld", path, (long)getpid());
    CHECK(fio_exists(name));
    unlink(name);
    for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++) {
        snprintf(name, sizeof name, "%s/%s%s", tmpdir, keep[i], i == 3 ? "1" : "");
        CHECK(fio_exists(name));
        unlink(name);
    }
    CHECK(holds(path, "{}"));
    CHECK_INT(fio_remove_stale_temps("/nonexistent-folder/x.json"), 0);
}

static void moving_aside_never_replaces_an_earlier_copy(void)
{
    char path[512], out[600], name[600];
    path_in(path, sizeof path, "aside.json");
    write_file(path, "first");
    CHECK_INT(fio_move_aside(path, "unreadable-T", out, sizeof out), 0);
    snprintf(name, sizeof name, "%s.unreadable-T", path);
    CHECK_STR(out, name);
    CHECK(holds(name, "first"));
    CHECK(!fio_exists(path));
    write_file(path, "second");
    CHECK_INT(fio_move_aside(path, "unreadable-T", out, sizeof out), 0);
    snprintf(name, sizeof name, "%s.unreadable-T-2", path);
    CHECK_STR(out, name);
    CHECK(holds(name, "second"));
    snprintf(name, sizeof name, "%s.unreadable-T", path);
    CHECK(holds(name, "first"));
    path_in(path, sizeof path, "missing.json");
    CHECK_INT(fio_move_aside(path, "unreadable-T", out, sizeof out), -1);
    char small[8];
    path_in(path, sizeof path, "aside.json.unreadable-T");
    CHECK_INT(fio_move_aside(path, "x", small, sizeof small), -1);
    CHECK(holds(path, "first"));
}

/* A FIFO and a device are refused by name, at once: nothing waits for a
 * writer, and nothing is read from a device. */
static void reading_a_fifo_or_a_device_is_refused_without_waiting(void)
{
    char path[512], err[256] = "";
    path_in(path, sizeof path, "pipe.json");
    CHECK_INT(mkfifo(path, 0600), 0);
    CHECK(fio_read_all(path, 100, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "is a FIFO (named pipe), not a regular file") != NULL);
    CHECK_INT(fio_plain(path, err, sizeof err), -1);
    CHECK(fio_read_all("/dev/null", 100, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "/dev/null: open: is a device, not a regular file") != NULL);
    CHECK_INT(fio_save_atomic(path, "x", 1, err, sizeof err), -1);
    CHECK(strstr(err, "is a FIFO") != NULL);
    struct stat st;
    CHECK(stat(path, &st) == 0 && S_ISFIFO(st.st_mode));
    path_in(path, sizeof path, "missing.json");
    CHECK_INT(fio_plain(path, err, sizeof err), 0);
}

/* A save through a symlink replaces its target, in the target's folder;
 * the link stays a link. A dangling link is written through too. */
static void a_save_through_a_symlink_writes_its_target(void)
{
    char dir[512], target[600], bak[600], link_[512], err[256] = "";
    path_in(dir, sizeof dir, "real");
    CHECK_INT(fio_mkdirs(dir), 0);
    snprintf(target, sizeof target, "%s/progress.json", dir);
    snprintf(bak, sizeof bak, "%s/progress.json.bak", dir);
    path_in(link_, sizeof link_, "link.json");
    CHECK_INT(symlink("real/progress.json", link_), 0);
    CHECK_INT(fio_save_atomic(link_, "one", 3, err, sizeof err), 0);
    CHECK(holds(target, "one"));
    CHECK_INT(fio_save_atomic(link_, "two", 3, err, sizeof err), 0);
    struct stat st;
    CHECK(lstat(link_, &st) == 0 && S_ISLNK(st.st_mode));
    CHECK(holds(target, "two"));
    CHECK(holds(bak, "one"));
    CHECK_INT(temp_files_left(), 0);
}

/* A file someone keeps private stays private after a save. */
static void a_save_keeps_the_mode_of_the_file(void)
{
    char path[512], err[256] = "";
    struct stat st;
    path_in(path, sizeof path, "private.json");
    write_file(path, "old");
    CHECK_INT(chmod(path, 0600), 0);
    CHECK_INT(fio_save_atomic(path, "new", 3, err, sizeof err), 0);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 07777) == 0600);
    CHECK_INT(chmod(path, 0640), 0);
    CHECK_INT(fio_save_atomic(path, "newer", 5, err, sizeof err), 0);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 07777) == 0640);
    CHECK(holds(path, "newer"));
}

/* A path longer than the system takes is reported as such, not cut. */
static void a_path_too_long_is_reported(void)
{
    char path[5000], err[256] = "";
    size_t k = (size_t)snprintf(path, sizeof path, "%s/", tmpdir);
    memset(path + k, 'a', sizeof path - k - 1);
    path[sizeof path - 1] = '\0';
    CHECK(fio_read_all(path, 100, NULL, err, sizeof err) == NULL);
    CHECK(strstr(err, "path too long") != NULL);
    CHECK_INT(fio_plain(path, err, sizeof err), -1);
    CHECK_INT(fio_save_atomic(path, "x", 1, err, sizeof err), -1);
    CHECK(strstr(err, "too long") != NULL);
}

int main(void)
{
    make_tmpdir();
    RUN(reading_a_file_gives_its_bytes_and_length);
    RUN(reading_an_empty_file_gives_an_empty_string);
    RUN(reading_a_missing_file_fails_naming_the_file);
    RUN(reading_a_file_over_the_limit_fails_with_its_size);
    RUN(reading_a_folder_fails_saying_it_is_a_folder);
    RUN(a_first_save_creates_the_file_and_no_backup);
    RUN(a_save_replaces_the_content_and_keeps_the_old_as_bak);
    RUN(a_second_save_replaces_the_old_bak);
    RUN(a_save_into_a_missing_folder_fails_naming_the_step);
    RUN(a_failed_save_leaves_the_old_file_untouched);
    RUN(a_save_over_a_folder_is_refused_before_any_write);
    RUN(a_save_of_binary_data_keeps_every_byte);
    RUN(a_listing_holds_only_matching_regular_files_sorted);
    RUN(listing_a_missing_folder_gives_minus_one);
    RUN(mkdirs_creates_every_parent_and_accepts_existing_ones);
    RUN(mkdirs_fails_when_a_parent_is_a_file);
    RUN(join_puts_one_slash_between_folder_and_name);
    RUN(exists_tells_files_from_missing_ones);
    RUN(stale_temps_of_dead_saves_are_removed_and_live_ones_kept);
    RUN(moving_aside_never_replaces_an_earlier_copy);
    RUN(reading_a_fifo_or_a_device_is_refused_without_waiting);
    RUN(a_save_through_a_symlink_writes_its_target);
    RUN(a_save_keeps_the_mode_of_the_file);
    RUN(a_path_too_long_is_reported);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        printf("note: could not remove %s\n", tmpdir);
    return check_summary();
}
