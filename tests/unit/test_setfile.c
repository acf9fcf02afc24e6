/* test_setfile.c - the settings file at home (platform/setfile.h): where it
 * is ($XDG_CONFIG_HOME, else $HOME/.config), loading a missing, good or
 * broken file (a broken one is kept aside byte for byte and the defaults
 * used), and saving into folders that do not exist yet or cannot be
 * written. Every test works in its own mkdtemp folder under /tmp. Tests
 * run as root in CI, where chmod does not stop a write: "cannot write" is
 * made with a parent that is a regular file, a name that is a folder, and
 * a read-only folder (chmod, or /sys for root). */
#include "check.h"
#include "tmpdir.h"
#include "platform/fio.h"
#include "platform/setfile.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/fm-test-setfile-XXXXXX";

/* tmpdir + "/" + name */
static const char *in_tmp(char out[512], const char *name)
{
    snprintf(out, 512, "%s/%s", tmpdir, name);
    return out;
}

/* Makes path hold text. */
static void put(const char *path, const char *text)
{
    char err[600];
    if (fio_save_atomic(path, text, strlen(text), err, sizeof err) != 0)
        printf("    setting up: %s\n", err);
}

/* Returns 1 when path holds exactly the len bytes of text. */
static int holds(const char *path, const char *text, size_t len)
{
    char err[600];
    size_t got = 0;
    char *data = fio_read_all(path, 1 << 20, &got, err, sizeof err);
    int same = data && got == len && memcmp(data, text, len) == 0;
    free(data);
    return same;
}

static int is_defaults(const set_Settings *s)
{
    set_Settings d;
    set_defaults(&d);
    return memcmp(s, &d, sizeof d) == 0;
}

/* With XDG_CONFIG_HOME and HOME set so (NULL: unset), setf_path into a
 * buffer of len bytes gives want (NULL: -1 and ""). */
static int path_is(const char *xdg, const char *home, size_t len, const char *want)
{
    char out[512] = "x";
    if (xdg)
        setenv("XDG_CONFIG_HOME", xdg, 1);
    else
        unsetenv("XDG_CONFIG_HOME");
    if (home)
        setenv("HOME", home, 1);
    else
        unsetenv("HOME");
    int rc = setf_path(out, len);
    if (rc == (want ? 0 : -1) && strcmp(out, want ? want : "") == 0)
        return 1;
    printf("    XDG_CONFIG_HOME=%s HOME=%s: %d \"%s\", expected \"%s\"\n", xdg ? xdg : "(unset)",
           home ? home : "(unset)", rc, out, want ? want : "");
    return 0;
}

static void the_file_is_under_an_absolute_xdg_config_home(void)
{
    const char *want = "/srv/conf/facemap/settings.json";
    CHECK(path_is("/srv/conf", "/home/ana", 512, want));
    CHECK(path_is("/srv/conf/", "/home/ana", 512, want));
    CHECK(path_is("/srv/conf", NULL, 512, want));
}

static void a_relative_or_empty_xdg_config_home_is_ignored_for_home(void)
{
    const char *want = "/home/ana/.config/facemap/settings.json";
    CHECK(path_is("conf", "/home/ana", 512, want));
    CHECK(path_is("", "/home/ana", 512, want));
    CHECK(path_is(NULL, "/home/ana", 512, want));
    CHECK(path_is(NULL, "/", 512, "/.config/facemap/settings.json"));
}

static void without_an_absolute_xdg_config_home_or_home_there_is_no_file(void)
{
    CHECK(path_is(NULL, NULL, 512, NULL));
    CHECK(path_is(NULL, "", 512, NULL));
    CHECK(path_is("./conf", "ana", 512, NULL));
    CHECK(path_is(NULL, "/home/ana", 20, NULL)); /* does not fit */
}

static void a_missing_file_gives_the_defaults_and_no_message(void)
{
    char path[512], msg[512];
    set_Settings s;
    in_tmp(path, "none/settings.json");
    memset(&s, 0x5a, sizeof s);
    strcpy(msg, "x");
    CHECK_INT(setf_load(path, &s, msg, sizeof msg), 0);
    CHECK(is_defaults(&s));
    CHECK_STR(msg, "");
    CHECK(!fio_exists(path));
}

static void a_good_file_is_read(void)
{
    char path[512], msg[512];
    set_Settings s;
    in_tmp(path, "good.json");
    put(path, "{\"kind\": \"settings\", \"version\": 1, \"volume\": 35, \"voice\": true,"
                     " \"text_size\": \"largest\"}\n");
    strcpy(msg, "x");
    CHECK_INT(setf_load(path, &s, msg, sizeof msg), 0);
    CHECK_STR(msg, "");
    CHECK_INT(s.volume, 35);
    CHECK_INT(s.voice, 1);
    CHECK_INT(s.text_size, SET_TEXT_LARGEST);
    CHECK_INT(s.sound, 1);
    CHECK(fio_exists(path));
}

static void a_broken_file_gives_the_defaults_and_is_kept_aside_byte_for_byte(void)
{
    char path[512], aside[600], want[1200], msg[1024];
    const char *text = "{\"volume\": 150, \"voice\": true, \"text_size\": \"huge\", \"x\": 1}";
    set_Settings s;
    in_tmp(path, "broken.json");
    put(path, text);
    CHECK_INT(setf_load_tag(path, "unreadable-T", &s, msg, sizeof msg), 1);
    CHECK(is_defaults(&s)); /* not even the good "voice" is believed */
    snprintf(aside, sizeof aside, "%s.unreadable-T", path);
    CHECK(!fio_exists(path));
    CHECK(holds(aside, text, strlen(text)));
    snprintf(want, sizeof want, "The settings file %s could not be read: /x: unknown key \"x\" "
             "(and 2 more problems). It was kept as %s; the default settings are used.",
             path, aside);
    CHECK_STR(msg, want);
    /* a second broken file does not replace the first one kept */
    put(path, "{\"volume\": 1,");
    CHECK_INT(setf_load_tag(path, "unreadable-T", &s, msg, sizeof msg), 1);
    CHECK(holds(aside, text, strlen(text)));
    snprintf(aside, sizeof aside, "%s.unreadable-T-2", path);
    CHECK(holds(aside, "{\"volume\": 1,", 13));
    snprintf(want, sizeof want, "The settings file %s could not be read: /: invalid JSON at "
             "line 1, column 13. It was kept as %s; the default settings are used.", path, aside);
    CHECK_STR(msg, want);
}

static void a_file_from_a_newer_facemap_is_kept_aside_with_a_stamp_of_now(void)
{
    char path[512], msg[1024], prefix[600];
    set_Settings s;
    in_tmp(path, "newer.json");
    put(path, "{\"version\": 3, \"volume\": 10}");
    CHECK_INT(setf_load(path, &s, msg, sizeof msg), 1);
    CHECK(is_defaults(&s));
    CHECK(!fio_exists(path));
    CHECK(strstr(msg, "/version: the file is from a newer facemap (version 3; this one reads "
                      "version 1 or 2). It was kept as ") != NULL);
    /* path.unreadable-YYYY-MM-DDTHH:MM:SSZ */
    snprintf(prefix, sizeof prefix, "kept as %s.unreadable-20", path);
    const char *kept = strstr(msg, prefix);
    CHECK(kept != NULL);
    if (!kept)
        return;
    char name[700];
    snprintf(name, sizeof name, "%s", kept + strlen("kept as "));
    char *semi = strchr(name, ';');
    CHECK(semi != NULL && semi - name == (long)strlen(path) + 32);
    if (semi)
        *semi = '\0';
    CHECK(holds(name, "{\"version\": 3, \"volume\": 10}", 28));
}

static void a_file_over_64_kib_is_a_problem_too(void)
{
    char path[512], msg[1024], aside[600];
    set_Settings s;
    size_t big = SET_MAX_FILE + 1;
    char *text = malloc(big + 1);
    CHECK(text != NULL);
    if (!text)
        return;
    for (size_t i = 0; i <= big; i++) /* {, new lines, } */
        text[i] = i == 0 ? '{' : i == big - 1 ? '}' : i == big ? '\0' : '\n';
    in_tmp(path, "big.json");
    put(path, text);
    CHECK_INT(setf_load_tag(path, "t", &s, msg, sizeof msg), 1);
    CHECK(strstr(msg, "could not be read: read: file is 65537 bytes, over the limit of 65536 "
                      "bytes. It was kept as ") != NULL);
    snprintf(aside, sizeof aside, "%s.t", path);
    CHECK(holds(aside, text, big));
    text[big - 2] = '}'; /* 65536 bytes: read */
    text[big - 1] = '\0';
    put(path, text);
    CHECK_INT(setf_load_tag(path, "t", &s, msg, sizeof msg), 0);
    free(text);
}

static void a_broken_file_that_cannot_be_moved_is_left_and_said_so(void)
{
    char path[512], msg[1024];
    set_Settings s;
    in_tmp(path, "stuck.json");
    put(path, "{\"volume\": -5}");
    /* a tag with a '/' names a folder that does not exist: the rename fails */
    CHECK_INT(setf_load_tag(path, "no/such", &s, msg, sizeof msg), 2);
    CHECK(is_defaults(&s));
    CHECK(holds(path, "{\"volume\": -5}", 14));
    CHECK(strstr(msg, ": /volume: must be between 0 and 100. It could not be kept aside either "
                      "(No such file or directory), so it was left as it is") != NULL);
    CHECK(strstr(msg, path) != NULL);
}

static void loading_removes_the_temporary_files_a_killed_save_left(void)
{
    char path[512], stale[600], live[600], msg[512];
    set_Settings s;
    in_tmp(path, "temps.json");
    put(path, "{}");
    snprintf(stale, sizeof stale, "%s.tmp-999999999", path); /* no such process */
    snprintf(live, sizeof live, "%s.tmp-%ld", path, (long)getpid());
    put(stale, "{\"vol");
    put(live, "{\"vol");
    CHECK_INT(setf_load(path, &s, msg, sizeof msg), 0);
    CHECK(!fio_exists(stale));
    CHECK(fio_exists(live));
    unlink(live);
}

static void a_save_makes_the_folders_and_reads_back(void)
{
    char path[512], err[512], msg[512];
    set_Settings a, b;
    set_defaults(&a);
    a.volume = 12;
    a.hands_free = 1;
    a.text_size = SET_TEXT_LARGE;
    in_tmp(path, "home/.config/facemap/settings.json");
    strcpy(err, "x");
    CHECK_INT(setf_save(path, &a, err, sizeof err), 0);
    CHECK_INT(setf_load(path, &b, msg, sizeof msg), 0);
    CHECK_STR(msg, "");
    CHECK(memcmp(&a, &b, sizeof a) == 0);
    struct stat st;
    in_tmp(path, "home/.config/facemap");
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0700);
    /* a second save keeps the first as .bak */
    in_tmp(path, "home/.config/facemap/settings.json");
    a.volume = 13;
    CHECK_INT(setf_save(path, &a, err, sizeof err), 0);
    CHECK_INT(setf_load(path, &b, msg, sizeof msg), 0);
    CHECK_INT(b.volume, 13);
    strcat(path, ".bak");
    CHECK_INT(setf_load(path, &b, msg, sizeof msg), 0);
    CHECK_INT(b.volume, 12);
}

static void a_save_that_cannot_write_fails_with_a_message_naming_the_file(void)
{
    char path[512], blocker[512], want[1024], err[1024];
    set_Settings a;
    set_defaults(&a);
    /* the folder's parent is a regular file */
    in_tmp(blocker, "blocker");
    put(blocker, "x");
    in_tmp(path, "blocker/facemap/settings.json");
    CHECK_INT(setf_save(path, &a, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: make folder %s/facemap: Not a directory", path, blocker);
    CHECK_STR(err, want);
    /* the file's name is a folder */
    in_tmp(path, "taken");
    mkdir(path, 0700);
    CHECK_INT(setf_save(path, &a, err, sizeof err), -1);
    CHECK(strncmp(err, path, strlen(path)) == 0 && strstr(err, ": is a folder, not a regular file") != NULL);
    /* a read-only folder: made with chmod for a user other than root; root
     * is stopped by none of those, but cannot make a file in /sys */
    in_tmp(path, "ro");
    mkdir(path, 0500);
    strcat(path, "/settings.json");
    struct stat st;
    if (geteuid() == 0)
        snprintf(path, sizeof path, "/sys/facemap-settings.json");
    if (geteuid() == 0 && (stat("/sys", &st) != 0 || !S_ISDIR(st.st_mode))) {
        printf("    (root without /sys: the read-only folder case is not tried)\n");
        return;
    }
    CHECK_INT(setf_save(path, &a, err, sizeof err), -1);
    snprintf(want, sizeof want, "%s: create temporary file: Permission denied", path);
    CHECK_STR(err, want);
    CHECK(!fio_exists(path));
}

int main(void)
{
    if (tmp_make(tmpdir) != 0)
        return 2;
    RUN(the_file_is_under_an_absolute_xdg_config_home);
    RUN(a_relative_or_empty_xdg_config_home_is_ignored_for_home);
    RUN(without_an_absolute_xdg_config_home_or_home_there_is_no_file);
    RUN(a_missing_file_gives_the_defaults_and_no_message);
    RUN(a_good_file_is_read);
    RUN(a_broken_file_gives_the_defaults_and_is_kept_aside_byte_for_byte);
    RUN(a_file_from_a_newer_facemap_is_kept_aside_with_a_stamp_of_now);
    RUN(a_file_over_64_kib_is_a_problem_too);
    RUN(a_broken_file_that_cannot_be_moved_is_left_and_said_so);
    RUN(loading_removes_the_temporary_files_a_killed_save_left);
    RUN(a_save_makes_the_folders_and_reads_back);
    RUN(a_save_that_cannot_write_fails_with_a_message_naming_the_file);
    tmp_remove(tmpdir);
    return check_summary();
}
