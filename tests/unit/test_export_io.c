/* test_export_io.c - the files of an export (export_io.c), each test in
 * its own mkdtemp folder as HOME: the documents folder as the XDG user-dirs
 * file names it ($HOME/... or absolute, escapes), else ~/Documents, else
 * HOME; the history screen's Export writes facemap-history-DATE.csv there
 * and never replaces a file (-2, -3; a dangling link counts as a file);
 * a folder it cannot write into is an error that names the path; and the
 * history read with its yearly archives, a missing file being empty. */
#include "check.h"
#include "tmpdir.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/timefmt.h"
#include "platform/export_io.h"
#include "platform/fio.h"

static char tmpdir[] = "/tmp/facemap-eio.XXXXXX", home[256];

static void fresh_home(void)
{
    static int n;
    snprintf(home, sizeof home, "%s/%d", tmpdir, ++n);
    CHECK_INT(mkdir(home, 0700), 0);
    setenv("HOME", home, 1);
    unsetenv("XDG_CONFIG_HOME");
}

static void write_file(const char *rel, const char *text)
{
    char path[512], err[256];
    snprintf(path, sizeof path, "%s/%s", home, rel);
    CHECK_INT(fio_save_atomic(path, text, strlen(text), err, sizeof err), 0);
}

static void make_dir(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", home, rel);
    CHECK_INT(mkdir(path, 0700), 0);
}

static const char *under_home(const char *rel)
{
    static char path[512];
    snprintf(path, sizeof path, "%s%s%s", home, rel[0] ? "/" : "", rel);
    return path;
}

static void the_user_dirs_file_names_the_documents_folder(void)
{
    char out[512];
    fresh_home();
    make_dir(".config");
    make_dir("Docs Here");
    write_file(".config/user-dirs.dirs", "# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
                                         "XDG_DOCUMENTS_DIR=\"$HOME/Docs Here\"\n");
    CHECK_INT(eio_documents_dir(out, sizeof out), 0);
    CHECK_STR(out, under_home("Docs Here"));
    /* XDG_CONFIG_HOME moves the file; an absolute path with an escaped quote */
    make_dir("conf");
    make_dir("a\"b");
    write_file("conf/user-dirs.dirs", "");
    char text[600];
    snprintf(text, sizeof text, "  XDG_DOCUMENTS_DIR=\"%s/a\\\"b\"\n", home);
    write_file("conf/user-dirs.dirs", text);
    setenv("XDG_CONFIG_HOME", under_home("conf"), 1);
    CHECK_INT(eio_documents_dir(out, sizeof out), 0);
    CHECK_STR(out, under_home("a\"b"));
}

static void without_a_usable_entry_it_is_documents_then_home(void)
{
    char out[512];
    fresh_home();
    make_dir(".config");
    write_file(".config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/Missing\"\n");
    CHECK_INT(eio_documents_dir(out, sizeof out), 0);
    CHECK_STR(out, home); /* the folder named is not there, nor ~/Documents */
    make_dir("Documents");
    CHECK_INT(eio_documents_dir(out, sizeof out), 0);
    CHECK_STR(out, under_home("Documents"));
    write_file(".config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"relative/path\"\n"); /* not allowed */
    CHECK_INT(eio_documents_dir(out, sizeof out), 0);
    CHECK_STR(out, under_home("Documents"));
    unsetenv("HOME");
    CHECK_INT(eio_documents_dir(out, sizeof out), -1);
    CHECK_STR(out, "");
}

static void exports_get_a_new_name_and_replace_nothing(void)
{
    char out[600], err[600];
    prog_Data d;
    prog_init(&d);
    prog_Entry e = {"nose-clean-out", "nose", 1764576000, 9, 9, 0, 0};
    prog_add(&d, &e);
    exp_Source src = {"default", &d};
    int64_t day = tf_days_from_civil(2026, 12, 1);
    fresh_home();
    make_dir("Documents");
    CHECK_INT(eio_export_documents(&src, 1, day, out, sizeof out, err, sizeof err), 0);
    CHECK_STR(out, under_home("Documents/facemap-history-2026-12-01.csv"));
    CHECK_INT(eio_export_documents(&src, 1, day, out, sizeof out, err, sizeof err), 0);
    CHECK_STR(out, under_home("Documents/facemap-history-2026-12-01-2.csv"));
    CHECK_INT(symlink("/nowhere/at/all", under_home("Documents/facemap-history-2026-12-01-3.csv")), 0);
    CHECK_INT(eio_export_documents(&src, 1, day, out, sizeof out, err, sizeof err), 0);
    CHECK_STR(out, under_home("Documents/facemap-history-2026-12-01-4.csv"));
    size_t len;
    char *text = fio_read_all(out, 1 << 20, &len, err, sizeof err);
    CHECK(text && strstr(text, "default,nose-clean-out,nose,2025-12-01T08:00:00Z,9,0,9\r\n"));
    free(text);
    CHECK(!fio_exists(under_home("Documents/facemap-history-2026-12-01.csv.bak")));
    prog_free(&d);
}

static void a_folder_that_cannot_be_written_is_named_in_the_error(void)
{
    char out[600], err[600];
    prog_Data d;
    prog_init(&d);
    exp_Source src = {"default", &d};
    fresh_home();
    write_file("Documents", "a file where the folder should be");
    /* ~/Documents is no folder: HOME is used; HOME made read-only (root
     * writes there anyway, but cannot make a file in /sys) */
    CHECK_INT(chmod(home, 0500), 0);
    struct stat st;
    if (geteuid() == 0 && stat("/sys", &st) == 0 && S_ISDIR(st.st_mode))
        setenv("HOME", "/sys", 1);
    if (geteuid() != 0 || strcmp(getenv("HOME"), "/sys") == 0) {
        CHECK_INT(eio_export_documents(&src, 1, 20000, out, sizeof out, err, sizeof err), -1);
        CHECK(strstr(err, getenv("HOME")) != NULL);
        CHECK(strstr(err, "ermission denied") != NULL);
        CHECK(strstr(out, "facemap-history-2024-10-04.csv") != NULL);
    }
    chmod(home, 0700);
    int rc = eio_write_new(under_home("Documents"), "x", "csv", "a", 1, out, sizeof out, err, sizeof err);
    CHECK_INT(rc, -1);
    CHECK(strstr(err, under_home("Documents/x.csv")) != NULL);
    CHECK(strstr(err, "ot a directory") != NULL);
    prog_free(&d);
}

static void the_history_is_read_with_its_archives_and_a_missing_file_is_empty(void)
{
    char err[600], note[600];
    prog_Data d;
    fresh_home();
    prog_init(&d);
    CHECK_INT(eio_load_history(under_home("progress.json"), &d, err, sizeof err, note, sizeof note), 1);
    CHECK_INT(d.n, 0);
    write_file("progress.json", "{\"version\":1,\"history\":[{\"routine\":\"a\",\"zone\":\"nose\","
                                "\"completed_at\":\"2026-01-01T00:00:00Z\",\"steps_done\":1,\"steps_total\":1}]}");
    write_file("progress-2024.json", "{\"version\":1,\"history\":[{\"routine\":\"b\",\"zone\":\"nose\","
                                     "\"completed_at\":\"2024-01-01T00:00:00Z\",\"steps_done\":1,\"steps_total\":1}]}");
    write_file("progress-2023.json", "{broken");
    CHECK_INT(eio_load_history(under_home("progress.json"), &d, err, sizeof err, note, sizeof note), 0);
    CHECK_INT(d.n, 2);
    CHECK(strstr(note, "progress-2023.json") != NULL);
    prog_free(&d);
    prog_init(&d);
    CHECK_INT(mkfifo(under_home("fifo.json"), 0600), 0);
    CHECK_INT(eio_load_history(under_home("fifo.json"), &d, err, sizeof err, note, sizeof note), -1);
    CHECK(strstr(err, "FIFO") != NULL);
    write_file("bad.json", "{\"version\":1,\"history\":[{]}");
    CHECK_INT(eio_load_history(under_home("bad.json"), &d, err, sizeof err, note, sizeof note), -1);
    CHECK(strstr(err, "bad.json") != NULL);
    CHECK_INT(d.n, 0);
    prog_free(&d);
}

int main(void)
{
    if (tmp_make(tmpdir) != 0)
        return 2;
    RUN(the_user_dirs_file_names_the_documents_folder);
    RUN(without_a_usable_entry_it_is_documents_then_home);
    RUN(exports_get_a_new_name_and_replace_nothing);
    RUN(a_folder_that_cannot_be_written_is_named_in_the_error);
    RUN(the_history_is_read_with_its_archives_and_a_missing_file_is_empty);
    tmp_remove(tmpdir);
    return check_summary();
}
