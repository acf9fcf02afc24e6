/* test_exports.c - the shell's side of the history screen's Export
 * (exports.c, xpt_after_tick) on a real session: the real content, a real
 * progress file, --events and --now, SDL's dummy video driver, HOME and
 * the XDG folders in a folder of its own. The history screen is open (as
 * after its Export button, which is another module's: until it is merged,
 * this test sets app.export_pending as the button does) and the session
 * advances once:
 * - the CSV goes to the documents folder that user-dirs.dirs names, as
 *   facemap-history-2026-12-01.csv, with the progress file's rows, then
 *   -2 for a second export; the request is cleared, the banner (an
 *   export's kind that worked) names the file, and export_saved is written;
 * - a documents folder that cannot be written: the banner says why and
 *   names the path, export_save_failed with the error, nothing written;
 * - leaving the history screen takes the banner away.
 * Built with every shell module but main.c (tests/CMakeLists.txt). */
#include "check.h"
#include "tmpdir.h"

#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/fio.h"
#include "session.h"

static char tmpdir[] = "/tmp/facemap-exports.XXXXXX";
static ses_Session s;

static void put(const char *rel, const char *text)
{
    char path[512], err[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    CHECK_INT(fio_save_atomic(path, text, strlen(text), err, sizeof err), 0);
}

static char *read_rel(const char *rel)
{
    char path[512], err[512];
    size_t len;
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    return fio_read_all(path, 1 << 20, &len, err, sizeof err);
}

static long long clock_ms;

static void export_now(void)
{
    s.app.export_pending = 1;
    ses_advance(&s, clock_ms += 100);
    CHECK_INT(s.app.export_pending, 0);
}

static void the_history_goes_to_the_documents_folder_under_a_new_name(void)
{
    char want[600];
    export_now();
    char *csv = read_rel("My Docs/facemap-history-2026-12-01.csv");
    CHECK(csv && strstr(csv, "profile,routine,zone,completed_at,steps_done,steps_skipped,steps_total\r\n"));
    CHECK(csv && strstr(csv, "\r\nMe,nose-clean-out,nose,2026-11-02T09:30:00Z,8,1,9\r\n"));
    free(csv);
    snprintf(want, sizeof want, "%s/My Docs/facemap-history-2026-12-01.csv", tmpdir);
    CHECK(strstr(s.app.banner, want) != NULL);
    CHECK_INT(s.app.banner_kind, BANNER_EXPORTED);
    export_now();
    snprintf(want, sizeof want, "%s/My Docs/facemap-history-2026-12-01-2.csv", tmpdir);
    CHECK(strstr(s.app.banner, want) != NULL);
    char *ev = read_rel("events.jsonl");
    snprintf(want, sizeof want, "\"event\":\"export_saved\",\"file\":\"%s/My Docs/facemap-history-2026-12-01-2.csv\"",
             tmpdir);
    CHECK(ev && strstr(ev, want));
    free(ev);
}

static void a_folder_that_cannot_be_written_is_said_in_the_banner(void)
{
    char docs[300];
    /* root writes anywhere, but not into /sys */
    snprintf(docs, sizeof docs, "%s/My Docs", tmpdir);
    if (geteuid() == 0)
        put("config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"/sys\"\n");
    else
        CHECK_INT(chmod(docs, 0500), 0);
    const char *where = geteuid() == 0 ? "/sys" : docs;
    export_now();
    CHECK_INT(s.app.banner_kind, BANNER_EXPORT);
    CHECK(strstr(s.app.banner, "could not be exported") != NULL);
    CHECK(strstr(s.app.banner, where) != NULL);
    CHECK(strstr(s.app.banner, "ermission denied") != NULL);
    char *ev = read_rel("events.jsonl");
    CHECK(ev && strstr(ev, "\"event\":\"export_save_failed\"") && strstr(ev, "ermission denied"));
    free(ev);
    chmod(docs, 0700);
    put("config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/My Docs\"\n");
}

static void leaving_the_history_screen_takes_the_banner_away(void)
{
    CHECK(s.app.banner[0] != 0);
    app_go(&s.app, SCR_MAP);
    ses_advance(&s, clock_ms += 100);
    CHECK_STR(s.app.banner, "");
}

int main(void)
{
    char path[600], events[600], config[600];
    if (tmp_make(tmpdir) != 0)
        return 2;
    snprintf(config, sizeof config, "%s/config", tmpdir);
    setenv("HOME", tmpdir, 1);
    setenv("XDG_CONFIG_HOME", config, 1);
    setenv("XDG_DATA_HOME", tmpdir, 1);
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    mkdir(config, 0700);
    put("config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/My Docs\"\n");
    snprintf(path, sizeof path, "%s/My Docs", tmpdir);
    mkdir(path, 0700);
    put("progress.json", "{\"version\":1,\"history\":[{\"routine\":\"nose-clean-out\",\"zone\":\"nose\","
                         "\"completed_at\":\"2026-11-02T09:30:00Z\",\"steps_done\":8,\"steps_total\":9,"
                         "\"steps_skipped\":1}]}");
    snprintf(path, sizeof path, "%s/progress.json", tmpdir);
    snprintf(events, sizeof events, "%s/events.jsonl", tmpdir);
    /* the source tree's content: this test is not beside the build tree's links */
    const char *args[] = {"facemap", "--headless", "--progress", path, "--events", events,
                          "--now", "2026-12-01T09:00:00Z", "--levels", FM_SOURCE_LEVELS,
                          "--assets", FM_SOURCE_ASSETS, NULL};
    char *argv[13];
    for (int i = 0; i < 13; i++)
        argv[i] = (char *)(uintptr_t)args[i]; /* argv is not const in main */
    cli_Options o;
    char err[256];
    if (cli_parse(&o, 12, argv, err, sizeof err) != 0 || ses_load(&s, &o) != 0) {
        printf("cannot start a session: %s\n", err);
        return 1;
    }
    app_go(&s.app, SCR_PROGRESS);
    RUN(the_history_goes_to_the_documents_folder_under_a_new_name);
    RUN(a_folder_that_cannot_be_written_is_said_in_the_banner);
    RUN(leaving_the_history_screen_takes_the_banner_away);
    CHECK_INT(ses_close(&s), 0);
    tmp_remove(tmpdir);
    return check_summary();
}
