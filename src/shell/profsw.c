/* profsw.c - the household's profiles in the shell (see session.h): the
 * list read at the start, --profile, and the app's requests carried out
 * (the list saved, a switch, a deleted profile's files kept aside). The
 * rules are core/profiles.c's; the files platform/profstore.c's. */
#include <stdio.h>
#include <string.h>

#include "core/timefmt.h"
#include "platform/profstore.h"
#include "session.h"

static void stamp_now(const ses_Session *s, char out[32])
{
    tf_format_utc(s->wall0 + s->clock_ms / 1000, out);
}

/* Says msg on stderr and in the banner. */
static void tell(ses_Session *s, const char *msg)
{
    fprintf(stderr, "facemap: %s\n", msg);
    app_set_banner(&s->app, BANNER_PROGRESS_FILE, msg);
}

/* The active profile's progress file becomes the one saved and read. */
static int use_file(ses_Session *s, int i)
{
    char path[sizeof s->progress_path];
    if (pfs_beside(s->progress_path, s->app.pf.list.p[i].file, path, sizeof path) != 0)
        return -1;
    snprintf(s->progress_path, sizeof s->progress_path, "%s", path);
    return 0;
}

int psw_load(ses_Session *s)
{
    pfl_State *pf = &s->app.pf;
    char stamp[32], msg[PFS_MSG], names[PFL_MAX * PFL_NAME];
    if (s->opt.kiosk || !s->progress_path[0])
        return 0; /* a kiosk has no profiles; with no progress file, none to keep apart */
    stamp_now(s, stamp);
    int rc = pfs_load(s->progress_path, &pf->list, stamp, stderr, msg, sizeof msg);
    if (rc != 0)
        tell(s, msg);
    s->profiles_off = rc == 2;
    const char *want = s->opt.profile;
    if (want && (pf->active = pfl_find(&pf->list, want)) < 0) {
        pfl_names(&pf->list, names, sizeof names);
        fprintf(stderr, "facemap: --profile: no profile is named '%.80s' (the profiles: %s)\n", want, names);
        return -2;
    }
    if (!want && pf->list.n > 1)
        app_go(&s->app, SCR_PROFILES); /* who is at the mirror? */
    return use_file(s, pf->active) == 0 ? 0 : -1;
}

void psw_settings(ses_Session *s)
{
    char path[sizeof s->settings_path];
    const pfl_State *pf = &s->app.pf;
    if (pf->list.n > 0 && pfs_settings_path(s->settings_path, &pf->list, pf->active, path, sizeof path) == 0)
        snprintf(s->settings_path, sizeof s->settings_path, "%s", path);
}

static void save_list(ses_Session *s)
{
    char err[PFS_MSG], path[PFS_PATH], line[PFS_MSG + PFS_PATH + 100];
    s->app.pf.save_list = 0;
    if (s->profiles_off) {
        tell(s, _("The profile list is not saved: the file there could not be read and is kept as it is."));
        return;
    }
    int ok = pfs_save(s->progress_path, &s->app.pf.list, err, sizeof err) == 0;
    pfs_beside(s->progress_path, PFL_LIST_NAME, path, sizeof path);
    app_saved_json(s->clock_ms, "profiles_", path, ok, ok ? NULL : err, line, sizeof line);
    ses_emit(s, line);
    if (!ok)
        tell(s, err);
}

/* The other profile's progress, archives and settings replace these (the
 * current ones were saved just before), and the map is laid out again. */
static void switch_to(ses_Session *s, int i)
{
    pfl_State *pf = &s->app.pf;
    char line[300], name[2 * PFL_NAME];
    pf->switch_to = -1;
    if (s->app.save_pending) { /* not saved: never leave what was done behind */
        tell(s, _("Your progress could not be saved, so the profile was not switched. Try again in a moment."));
        return;
    }
    if (i < 0 || i >= pf->list.n || use_file(s, i) != 0)
        return;
    pf->active = i;
    prog_free(&s->prog);
    prog_init(&s->prog);
    memset(&s->seen, 0, sizeof s->seen);
    s->save_off = s->unsaved = 0;
    s->retry_save_at = 0;
    app_set_banner(&s->app, BANNER_NONE, "");
    ses_load_progress(s);
    prf_load(s);
    app_json_string(pf->list.p[i].name, name, sizeof name);
    snprintf(line, sizeof line, "{\"t\":%lld,\"event\":\"profile\",\"name\":\"%s\",\"id\":%d}", s->clock_ms, name,
             pf->list.p[i].id);
    ses_emit(s, line);
    s->app.zone = s->app.routine = -1;
    app_go(&s->app, SCR_MAP);
    app_layout(&s->app); /* the other's text size */
    s->app.redraw = 1;
}

/* A deleted profile's files, renamed FILE.deleted-TIME. */
static void set_aside(ses_Session *s)
{
    pfl_Profile gone = s->app.pf.gone;
    char settings[sizeof s->settings_path], sname[64], stamp[32], msg[PFS_MSG], line[PFS_MSG + 200], n[2 * PFL_NAME];
    s->app.pf.gone.id = 0;
    snprintf(sname, sizeof sname, "settings-p%d.json", gone.id);
    settings[0] = '\0';
    if (s->settings_path[0])
        pfs_beside(s->settings_path, sname, settings, sizeof settings);
    stamp_now(s, stamp);
    int moved = pfs_set_aside(s->progress_path, &gone, settings, stamp, msg, sizeof msg);
    if (moved < 0) {
        tell(s, msg);
        return;
    }
    char kept[PFS_MSG];
    app_json_string(gone.name, n, sizeof n);
    app_json_string(msg, kept, sizeof kept);
    snprintf(line, sizeof line, "{\"t\":%lld,\"event\":\"profile_deleted\",\"name\":\"%s\",\"id\":%d,\"kept_as\":\"%s\"}",
             s->clock_ms, n, gone.id, kept);
    ses_emit(s, line);
    fprintf(stderr, "facemap: the profile %s was deleted; %s%s\n", gone.name,
            msg[0] ? "its progress is kept as " : "it had no progress saved yet", msg);
}

void psw_after_tick(ses_Session *s)
{
    pfl_State *pf = &s->app.pf;
    if (pf->save_list)
        save_list(s);
    if (pf->switch_to >= 0)
        switch_to(s, pf->switch_to);
    if (pf->gone.id > 0)
        set_aside(s);
}
