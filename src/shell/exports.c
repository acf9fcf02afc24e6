/* exports.c - see session.h: --export, --due, and the exports the screens
 * ask for (the history's Export, the kiosk admin's "Export counts"). The
 * text comes from core/export.h, the files from platform/export_io.h; the
 * due rules are the app's own (app_follows, app_routine_due). */
#include "session.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/export.h"
#include "core/timefmt.h"
#include "platform/export_io.h"
#include "platform/profstore.h"
#include "platform/fio.h"
#include "platform/loader.h"

/* The progress file for --export and --due: --progress, else the default. */
static int progress_of(const cli_Options *o, char *path, size_t n, const char *opt)
{
    if (o->progress && (size_t)snprintf(path, n, "%s", o->progress) < n)
        return 0;
    if (!o->progress && pst_default_path(path, n) == 0)
        return 0;
    fprintf(stderr, "facemap: %s: %s\n", opt,
            o->progress ? "the --progress path is too long"
                        : "no progress file: neither XDG_DATA_HOME nor HOME is an absolute path; give --progress FILE");
    return -1;
}

/* Reads the history for opt; 0, or -1 after saying why. */
static int load_history(const char *path, prog_Data *d, const char *opt)
{
    char err[PST_MSG], note[PST_MSG];
    int rc = eio_load_history(path, d, err, sizeof err, note, sizeof note);
    if (rc < 0)
        fprintf(stderr, "facemap: %s: %s\n", opt, err);
    if (note[0])
        fprintf(stderr, "facemap: %s: %s\n", opt, note);
    return rc < 0 ? -1 : 0;
}

static int same_file(const char *a, const char *b)
{
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* Every profile's history (the list beside path, read and never moved:
 * profstore.h) into d[], one a profile; 0, or -1 after saying why. */
static int load_profiles(const char *path, pfl_List *list, prog_Data *d, const char *opt)
{
    char msg[PFS_MSG], file[PST_PATH];
    pfs_load(path, list, NULL, stderr, msg, sizeof msg);
    if (msg[0])
        fprintf(stderr, "facemap: %s: %s\n", opt, msg);
    for (int i = 0; i < list->n; i++) {
        prog_init(&d[i]);
        if (pfs_beside(path, list->p[i].file, file, sizeof file) != 0 || load_history(file, &d[i], opt) != 0) {
            for (int k = 0; k <= i; k++)
                prog_free(&d[k]);
            return -1;
        }
    }
    return 0;
}

int xpt_export(const cli_Options *o)
{
    char path[PST_PATH], err[PST_MSG];
    const char *out = o->export_file;
    static pfl_List list;
    static prog_Data d[PFL_MAX];
    exp_Source src[PFL_MAX];
    if (progress_of(o, path, sizeof path, "--export") != 0 || load_profiles(path, &list, d, "--export") != 0)
        return 1;
    int rows = 0, ok = 0;
    for (int i = 0; i < list.n; i++) {
        src[i] = (exp_Source){list.p[i].name, &d[i]};
        rows += d[i].n;
    }
    if (same_file(path, out)) {
        fprintf(stderr, "facemap: --export: %s is the progress file itself; choose another name\n", out);
    } else {
        size_t len = 0;
        char *text = exp_history(src, list.n, exp_format_of(out), &len);
        ok = text && fio_save_atomic(out, text, len, err, sizeof err) == 0;
        if (ok)
            printf("facemap: wrote %d finished routines (%d %s) to %s\n", rows, list.n,
                   list.n == 1 ? "profile" : "profiles", out);
        else
            fprintf(stderr, "facemap: --export: cannot write %s (%s); nothing was written there\n", out,
                    text ? fio_why(err, out) : "out of memory");
        free(text);
    }
    for (int i = 0; i < list.n; i++)
        prog_free(&d[i]);
    return ok ? 0 : 1;
}

/* ---- --due ------------------------------------------------------------------ */

/* One line of --due: KIND ROUTINE ZONE DATE WHEN TITLE, a tab between. */
static void due_line(const app_State *a, const char *kind, int r, tf_DueInfo di)
{
    const lvl_Routine *rt = &a->content->routines[r];
    char title[512], when[48];
    int y, m, d, left = di.days_left;
    snprintf(title, sizeof title, "%s", rt->title);
    for (char *p = title; *p; p++)
        if (*p == '\t' || *p == '\n' || *p == '\r')
            *p = ' ';
    tf_civil_from_days(app_today(a) + left, &y, &m, &d); /* the day "today" and "in N days" count to */
    if (left == 0)
        snprintf(when, sizeof when, "today");
    else
        snprintf(when, sizeof when, left < 0 ? "%d day%s late" : "in %d day%s", abs(left), abs(left) == 1 ? "" : "s");
    printf("%s\t%s\t%s\t%04d-%02d-%02d\t%s\t%s\n", kind, rt->id, rt->zone, y, m, d, when, title);
}

typedef struct {
    int r, left;
} Due;

static int by_days_left(const void *x, const void *y)
{
    const Due *a = x, *b = y;
    return a->left != b->left ? (a->left < b->left ? -1 : 1) : a->r - b->r;
}

/* Prints the due routines, most late first, then the next one; returns
 * how many are due. */
static int print_due(const app_State *a)
{
    Due due[LVL_MAX_ROUTINES], next = {-1, 0};
    int n = 0;
    for (int i = 0; i < a->content->nroutines; i++) {
        if (a->content->routines[i].broken || !app_follows(a, i))
            continue;
        tf_DueInfo di = app_routine_due(a, i);
        if (di.status >= TF_DUE_NOW && n < LVL_MAX_ROUTINES)
            due[n++] = (Due){i, di.days_left};
        else if (di.status != TF_DUE_NEVER && (next.r < 0 || di.days_left < next.left))
            next = (Due){i, di.days_left};
    }
    qsort(due, (size_t)n, sizeof *due, by_days_left);
    for (int i = 0; i < n; i++)
        due_line(a, "due", due[i].r, app_routine_due(a, due[i].r));
    if (next.r >= 0)
        due_line(a, "next", next.r, app_routine_due(a, next.r));
    return n;
}

/* --profile NAME's progress file (the list beside path) in path; 0, or
 * -1 after naming the profiles there are. Without --profile, the first. */
static int profile_path(const cli_Options *o, char *path, size_t n)
{
    static pfl_List list;
    char msg[PFS_MSG], names[PFL_MAX * (PFL_NAME + 2)];
    if (!o->profile)
        return 0;
    pfs_load(path, &list, NULL, stderr, msg, sizeof msg);
    int i = pfl_find(&list, o->profile);
    char file[PST_PATH];
    if (i >= 0 && pfs_beside(path, list.p[i].file, file, sizeof file) == 0 && strlen(file) < n) {
        memcpy(path, file, strlen(file) + 1);
        return 0;
    }
    if (i >= 0) {
        fprintf(stderr, "facemap: --profile: the path of %s's progress file is too long\n", list.p[i].name);
        return -1;
    }
    pfl_names(&list, names, sizeof names);
    fprintf(stderr, "facemap: --profile: no profile is named \"%s\" (there are: %s)\n", o->profile, names);
    return -1;
}

int xpt_due(const cli_Options *o)
{
    static lvl_Content c;
    static anim_Set an;
    static prog_Data d;
    static app_State a;
    char levels[1024], assets[1024], path[PST_PATH];
    int64_t wall = (int64_t)time(NULL);
    if (ses_resolve_dir(levels, sizeof levels, o->levels, "levels") != 0 ||
        ses_resolve_dir(assets, sizeof assets, o->assets, "assets") != 0 ||
        progress_of(o, path, sizeof path, "--due") != 0 || profile_path(o, path, sizeof path) != 0)
        return 2;
    if (o->now && tf_parse_rfc3339(o->now, &wall) != 0)
        return 2;
    prb_List *p = calloc(1, sizeof *p);
    int rc = p ? ldr_load(levels, assets, &c, &an, p) : -1;
    for (int i = 0; p && i < p->count; i++)
        fprintf(stderr, "facemap: %s\n", p->line[i]);
    free(p);
    prog_init(&d);
    if (rc != 0)
        fprintf(stderr, "facemap: --due: cannot read the content (levels: %s, assets: %s)\n", levels, assets);
    else if (load_history(path, &d, "--due") != 0)
        rc = -1;
    if (rc == 0) {
        app_init(&a, &c, &an, &d, 800, 600, 0, wall, ses_local_offset(wall));
        rc = print_due(&a) > 0 ? 1 : 0;
    } else {
        rc = 2;
    }
    prog_free(&d);
    lvl_free(&c);
    anim_free(&an);
    return rc;
}

/* ---- exports the screens ask for ---------------------------------------------- */

/* The outcome of an export: a banner naming the file or why not, stderr
 * when it failed, and an event (what: "export_" or "counts_export_"). */
static void exported(ses_Session *s, const char *what, const char *file, int ok, const char *err, const char *msg)
{
    char line[PST_MSG + 1200];
    app_saved_json(s->clock_ms, what, file, ok, ok ? NULL : err, line, sizeof line);
    ses_emit(s, line);
    if (!ok)
        fprintf(stderr, "facemap: %s\n", msg);
    app_set_banner(&s->app, ok ? BANNER_EXPORTED : BANNER_EXPORT, msg);
    s->app.redraw = 1;
}

static void export_history(ses_Session *s)
{
    char file[PST_PATH], err[PST_MSG], msg[PST_PATH + PST_MSG];
    const pfl_State *pf = &s->app.pf;
    exp_Source src = {pf->list.n > 0 ? pf->list.p[pf->active].name : PFL_FIRST_NAME, &s->prog};
    int ok = eio_export_documents(&src, 1, app_today(&s->app), file, sizeof file, err, sizeof err) == 0;
    if (ok)
        snprintf(msg, sizeof msg, P_("Your history (%d routine) was saved as %s", "Your history (%d routines) was saved as %s", s->prog.n),
                 s->prog.n, file);
    else
        snprintf(msg, sizeof msg, _("Your history could not be exported: %s"), err);
    exported(s, "export_", file, ok, err, msg);
}

static void export_counts(ses_Session *s)
{
    const char *file = s->kcfg.export_csv;
    char err[PST_MSG], msg[PST_MSG + 1200];
    const char *zones[LVL_MAX_ZONES];
    int nz = 0, ok = 0;
    for (int z = 0; z < s->content.nzones && nz < LVL_MAX_ZONES; z++)
        zones[nz++] = s->content.zones[z].id;
    int64_t today = app_today(&s->app);
    size_t len = 0;
    char *text = file[0] ? exp_counts_csv(&s->stats, today - EXP_COUNT_DAYS + 1, today, zones, nz, &len) : NULL;
    if (!file[0])
        snprintf(err, sizeof err, "the kiosk config has no \"export_csv\" path");
    else if (!text)
        snprintf(err, sizeof err, "%s: out of memory", file);
    else
        ok = fio_save_atomic(file, text, len, err, sizeof err) == 0;
    int made = text != NULL;
    free(text);
    if (ok)
        snprintf(msg, sizeof msg, _("The daily counts of the last %d days were saved as %s"), EXP_COUNT_DAYS, file);
    else if (made)
        snprintf(msg, sizeof msg, _("The counts could not be saved as %s: %s"), file, fio_why(err, file));
    else
        snprintf(msg, sizeof msg, _("The counts could not be exported: %s"), err);
    exported(s, "counts_export_", file, ok, err, msg);
}

void xpt_after_tick(ses_Session *s)
{
    /* what an export said is for the screen it was asked on (a visitor
     * never sees where the kiosk's counts went) */
    if (s->app.screen != SCR_ADMIN && s->app.screen != SCR_PROGRESS) {
        app_set_banner(&s->app, BANNER_EXPORT, "");
        app_set_banner(&s->app, BANNER_EXPORTED, "");
    }
    if (s->app.export_pending) {
        s->app.export_pending = 0;
        export_history(s);
    }
    if (s->app.k.export_counts) {
        s->app.k.export_counts = 0;
        export_counts(s);
    }
}
