/* progstore.c - see progstore.h. Every file is read whole with the size
 * limit the writer keeps to (PROG_MAX_FILE) and parsed all or nothing
 * (prog_parse); every write is fio_save_atomic. The lock is taken once
 * around the whole save, archives included. */
#include "progstore.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/progdel.h"
#include "../core/progmerge.h"
#include "fio.h"
#include "lock.h"
#include "xdg.h"

#define PST_PARTS 99 /* archive files a year may take */

int pst_default_path(char *out, size_t len)
{
    return xdg_path(out, len, "XDG_DATA_HOME", ".local/share", "facemap/facemap/progress.json");
}

void pst_note(const char *path, pst_Seen *seen)
{
    struct stat st;
    memset(seen, 0, sizeof *seen);
    if (stat(path, &st) != 0)
        return;
    seen->dev = (unsigned long long)st.st_dev;
    seen->ino = (unsigned long long)st.st_ino;
    seen->size = (unsigned long long)st.st_size;
    seen->ctime_ns = (long long)st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec;
    seen->known = 1;
}

/* 1 when path is still the file seen (nothing new to merge). */
static int unchanged(const char *path, const pst_Seen *seen)
{
    pst_Seen now;
    pst_note(path, &now);
    return seen->known && now.known && now.dev == seen->dev && now.ino == seen->ino &&
           now.size == seen->size && now.ctime_ns == seen->ctime_ns;
}

int pst_keep_copy(const char *path, const char *tag, const char *text, size_t len, char *copy, char *err)
{
    snprintf(copy, PST_PATH, "%s.%s", path, tag);
    return fio_exists(copy) ? 0 : fio_save_atomic(copy, text, len, err, PST_MSG);
}

/* Reads path into d (empty when there is no file). A file that cannot be
 * read or parsed is moved aside as path.unreadable-STAMP, with a note.
 * Returns 0, or -1 with err set when it could not be moved aside. */
static int read_or_set_aside(const char *path, prog_Data *d, const char *stamp, char *err, char *note)
{
    char why[PST_MSG], tag[64], aside[PST_PATH];
    size_t len = 0;
    prog_init(d);
    if (!fio_exists(path))
        return 0;
    char *text = fio_read_all(path, PROG_MAX_FILE, &len, why, sizeof why);
    prb_List *p = calloc(1, sizeof *p);
    int bad = !text || !p || prog_parse(d, path, text, len, p) > 0;
    if (bad && p && p->count > 0)
        snprintf(why, sizeof why, "%s", p->line[0]);
    free(text);
    free(p);
    if (!bad)
        return 0;
    snprintf(tag, sizeof tag, "unreadable-%s", stamp);
    if (fio_move_aside(path, tag, aside, sizeof aside) != 0) {
        snprintf(err, PST_MSG, "%.500s; it could not be moved aside (%s), so nothing was written", why,
                 strerror(errno));
        return -1;
    }
    snprintf(note, PST_MSG, "%.500s; it was kept as %.500s", why, aside);
    return 0;
}

/* d without its first k entries (they went on to the next part). */
static void split_at(prog_Data *d, int k, prog_Data *rest)
{
    prog_init(rest);
    for (int i = k; i < d->n; i++)
        prog_add(rest, &d->h[i]);
    d->n = k;
}

/* Merges the entries of one year (carry, all of that year) into its
 * archive files, part 1 first; a part holds PROG_KEEP and passes newer
 * ones on. Returns 0, or -1 with err set (carry is freed either way). */
static int archive_year(const char *path, int year, prog_Data *carry, const char *stamp, char *err,
                        char *note)
{
    char name[PST_PATH];
    int rc = 0;
    for (int part = 1; part <= PST_PARTS && carry->n > 0 && rc == 0; part++) {
        prog_Data arch;
        if (pmg_archive_name(name, sizeof name, path, year, part) != 0) {
            snprintf(err, PST_MSG, "%s: archive name too long", path);
            rc = -1;
            break;
        }
        if (read_or_set_aside(name, &arch, stamp, err, note) != 0) {
            rc = -1;
            break;
        }
        int before = arch.n, added = pmg_merge(&arch, carry);
        prog_free(carry);
        prog_init(carry);
        if (arch.n > PROG_KEEP)
            split_at(&arch, PROG_KEEP, carry);
        if (added < 0) {
            snprintf(err, PST_MSG, "%s: out of memory", name);
            rc = -1;
        } else if (added > 0 || arch.n != before) {
            char *json = prog_serialize(&arch);
            rc = json ? fio_save_atomic(name, json, strlen(json), err, PST_MSG) : -1;
            if (!json)
                snprintf(err, PST_MSG, "%s: out of memory", name);
            free(json);
        }
        prog_free(&arch);
    }
    if (rc == 0 && carry->n > 0) {
        snprintf(err, PST_MSG, "%s: the year %d fills %d archive files", path, year, PST_PARTS);
        rc = -1;
    }
    prog_free(carry);
    return rc;
}

/* Moves the entries beyond PROG_KEEP (the oldest) to their years'
 * archives, and marks them archived. Returns 0, or -1 with err set. */
static int archive_overflow(const char *path, prog_Data *d, const char *stamp, char *err, char *note)
{
    int n = 0, rc = 0;
    int *due = pmg_overflow(d, PROG_KEEP, &n);
    if (!due) {
        snprintf(err, PST_MSG, "%s: out of memory", path);
        return -1;
    }
    for (int i = 0; i < n && rc == 0; i++) {
        if (d->h[due[i]].archived)
            continue;
        int year = pmg_year(d->h[due[i]].completed_at);
        prog_Data carry;
        prog_init(&carry);
        for (int j = i; j < n; j++)
            if (!d->h[due[j]].archived && pmg_year(d->h[due[j]].completed_at) == year)
                prog_add(&carry, &d->h[due[j]]);
        rc = archive_year(path, year, &carry, stamp, err, note);
        for (int j = i; j < n && rc == 0; j++)
            if (pmg_year(d->h[due[j]].completed_at) == year)
                d->h[due[j]].archived = 1;
    }
    free(due);
    return rc;
}

/* The kiosk counts: a kiosk adds what it counted since it last read to the
 * counts on disk; a home run keeps the disk's counts. disk NULL: the file
 * is the one last read or written, so the counts on disk are base. */
static void merge_kiosk(prog_Data *mine, prog_Data *disk, kst_Stats *stats, kst_Stats *base)
{
    if (!stats) {
        if (disk && disk->kiosk) {
            free(mine->kiosk);
            mine->kiosk = disk->kiosk;
            disk->kiosk = NULL;
        }
        return;
    }
    kst_Stats *now = calloc(1, sizeof *now);
    if (!now)
        return;
    if (!disk)
        *now = *base;
    else if (disk->kiosk)
        kst_parse(now, "", disk->kiosk, NULL); /* what it holds that is good */
    kst_rebase(now, stats, base);
    char *json = kst_serialize(now);
    if (json) {
        *stats = *now;
        *base = *now;
        free(mine->kiosk);
        mine->kiosk = json;
    }
    free(now);
}

int pst_save(const char *path, prog_Data *mine, kst_Stats *stats, kst_Stats *base, pst_Seen *seen,
             const char *stamp, char *err, char *note)
{
    prog_Data disk;
    note[0] = '\0';
    prog_init(&disk);
    int fd = lck_take(path, err, PST_MSG);
    if (fd < 0)
        return -1;
    int same = unchanged(path, seen);
    int rc = same ? 0 : read_or_set_aside(path, &disk, stamp, err, note);
    if (rc == 0 && pmg_merge(mine, &disk) < 0) {
        snprintf(err, PST_MSG, "%s: out of memory", path);
        rc = -1;
    }
    if (rc == 0) {
        merge_kiosk(mine, same ? NULL : &disk, stats, base);
        rc = archive_overflow(path, mine, stamp, err, note);
    }
    if (rc == 0) {
        char *json = prog_serialize(mine);
        rc = json ? fio_save_atomic(path, json, strlen(json), err, PST_MSG) : -1;
        if (!json)
            snprintf(err, PST_MSG, "%s: out of memory", path);
        free(json);
    }
    if (rc == 0) {
        pst_note(path, seen);
        pdl_saved(mine);
    }
    prog_free(&disk);
    lck_release(fd);
    return rc;
}

/* Compares archive names newest year first, later parts first. */
static int newest_first(const void *a, const void *b)
{
    return -strcmp(*(char *const *)a, *(char *const *)b);
}

int pst_load_archives(const char *path, prog_Data *d, char *msg)
{
    char dir[PST_PATH], file[PST_PATH], why[PST_MSG];
    char **names = NULL;
    int bad = 0, year;
    const char *slash = strrchr(path, '/');
    if (slash)
        snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    else
        snprintf(dir, sizeof dir, ".");
    int n = fio_list(dir, NULL, &names);
    if (n > 0)
        qsort(names, (size_t)n, sizeof *names, newest_first);
    for (int i = 0; i < n; i++) {
        if (!pmg_is_archive(path, names[i], &year) || fio_join(file, sizeof file, dir, names[i]) != 0)
            continue;
        prog_Data arch;
        size_t len = 0;
        prog_init(&arch);
        char *text = fio_read_all(file, PROG_MAX_FILE, &len, why, sizeof why);
        prb_List *p = calloc(1, sizeof *p);
        if (!text || !p || prog_parse(&arch, file, text, len, p) > 0) {
            snprintf(msg, PST_MSG, "%.1100s", text && p && p->count ? p->line[0] : why);
            bad++;
        } else if (d->n + arch.n > PROG_MAX_HISTORY) {
            snprintf(msg, PST_MSG, "%s: not shown, the history holds %d entries already", file, d->n);
        } else {
            for (int k = 0; k < arch.n; k++)
                arch.h[k].archived = 1;
            pmg_merge(d, &arch);
        }
        free(text);
        free(p);
        prog_free(&arch);
    }
    fio_free_names(names, n > 0 ? n : 0);
    return bad;
}
