/* profstore.c - see profstore.h: the profile list's file, and a deleted
 * profile's files kept aside. */
#include "profstore.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/progmerge.h"
#include "fio.h"
#include "lock.h"

int pfs_beside(const char *progress, const char *name, char *out, size_t len)
{
    const char *slash = strrchr(progress, '/');
    int n = slash ? snprintf(out, len, "%.*s/%s", (int)(slash - progress), progress, name)
                  : snprintf(out, len, "%s", name);
    return n >= 0 && (size_t)n < len ? 0 : -1;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Reads and parses the list; the number of problems (-1: it could not be
 * read at all, why in msg). */
static int read_list(const char *path, const char *main_file, pfl_List *l, FILE *err_out, char *msg, size_t len)
{
    char err[PFS_MSG];
    size_t size = 0;
    char *text = fio_read_all(path, PFL_MAX_FILE, &size, err, sizeof err);
    if (!text) {
        snprintf(msg, len, "%s", err);
        return -1;
    }
    prb_List *p = calloc(1, sizeof *p);
    int count = pfl_parse(l, main_file, path, text, size, p);
    for (int i = 0; p && err_out && i < p->count; i++)
        fprintf(err_out, "facemap: %s\n", p->line[i]);
    if (count > 0)
        snprintf(msg, len, "%s", p && p->count ? p->line[0] : "the profile list has problems");
    free(p);
    free(text);
    return count;
}

/* The highest N of the files STEM-pN.json beside progress (0: none). */
static int highest_file_id(const char *progress)
{
    char dir[PFS_PATH], **names = NULL;
    const char *base = base_name(progress);
    size_t stem = strlen(base) > 5 && strcmp(base + strlen(base) - 5, ".json") == 0 ? strlen(base) - 5 : strlen(base);
    int top = 0, n = pfs_beside(progress, ".", dir, sizeof dir) == 0 ? fio_list(dir, ".json", &names) : -1;
    for (int i = 0; i < n; i++) {
        const char *p = names[i] + stem;
        int id = 0;
        if (strncmp(names[i], base, stem) != 0 || strncmp(p, "-p", 2) != 0)
            continue;
        for (p += 2; *p >= '0' && *p <= '9' && id <= PFL_MAX_ID; p++)
            id = id * 10 + (*p - '0');
        top = strcmp(p, ".json") == 0 && id <= PFL_MAX_ID && id > top ? id : top;
    }
    fio_free_names(names, n > 0 ? n : 0);
    return top;
}

static int load(const char *progress, pfl_List *l, const char *stamp, FILE *err_out, char *msg, size_t len);

int pfs_load(const char *progress, pfl_List *l, const char *stamp, FILE *err_out, char *msg, size_t len)
{
    int rc = load(progress, l, stamp, err_out, msg, len);
    l->files_up_to = highest_file_id(progress);
    return rc;
}

static int load(const char *progress, pfl_List *l, const char *stamp, FILE *err_out, char *msg, size_t len)
{
    char path[PFS_PATH], why[PFS_MSG], tag[64], aside[PFS_PATH];
    const char *main_file = base_name(progress);
    pfl_init(l, main_file);
    msg[0] = '\0';
    if (pfs_beside(progress, PFL_LIST_NAME, path, sizeof path) != 0)
        return 0;
    fio_remove_stale_temps(path);
    int what = fio_plain(path, why, sizeof why);
    if (what == 0)
        return 0;
    if (what < 0) {
        snprintf(msg, len, "The profile list %s cannot be used (%s); it was left as it is, and only the first "
                 "profile is used.", path, fio_why(why, path));
        return 2;
    }
    if (read_list(path, main_file, l, err_out, why, sizeof why) == 0)
        return 0;
    pfl_init(l, main_file);
    if (!stamp) {
        snprintf(msg, len, "The profile list %s could not be read (%s); only the first profile is used.", path, why);
        return 2;
    }
    snprintf(tag, sizeof tag, "unreadable-%s", stamp);
    if (fio_move_aside(path, tag, aside, sizeof aside) == 0) {
        snprintf(msg, len, "The profile list could not be read (%s). It was kept as %s; every progress file is "
                 "where it was, and only the first profile is used.", why, aside);
        return 1;
    }
    snprintf(msg, len, "The profile list could not be read (%s) nor kept aside (%s); it was left as it is, and "
             "only the first profile is used.", why, strerror(errno));
    return 2;
}

int pfs_save(const char *progress, const pfl_List *l, char *err, size_t len)
{
    char path[PFS_PATH];
    if (pfs_beside(progress, PFL_LIST_NAME, path, sizeof path) != 0) {
        snprintf(err, len, "%s: the profile list's path is too long", progress);
        return -1;
    }
    char *text = pfl_serialize(l);
    if (!text) {
        snprintf(err, len, "%s: out of memory", path);
        return -1;
    }
    int fd = lck_take(path, err, len);
    int rc = fd < 0 ? -1 : fio_save_atomic(path, text, strlen(text), err, len);
    lck_release(fd);
    free(text);
    return rc;
}

int pfs_settings_path(const char *settings, const pfl_List *l, int i, char *out, size_t len)
{
    char name[64];
    pfl_settings_name(l, i, name, sizeof name);
    return pfs_beside(settings, name, out, len);
}

/* Moves one file aside when it is there; 1 moved, 0 nothing there, -1. */
static int aside_one(const char *path, const char *tag, char *out, size_t len)
{
    if (!fio_exists(path))
        return 0;
    return fio_move_aside(path, tag, out, len) == 0 ? 1 : -1;
}

/* The profile's yearly archives beside file; how many were moved, or -1. */
static int aside_archives(const char *file, const char *tag)
{
    char dir[PFS_PATH], one[PFS_PATH], moved[PFS_PATH], **names = NULL;
    int year = 0, count = 0;
    if (pfs_beside(file, ".", dir, sizeof dir) != 0)
        return -1;
    int n = fio_list(dir, ".json", &names);
    for (int i = 0; i < n; i++)
        if (pmg_is_archive(file, names[i], &year) && fio_join(one, sizeof one, dir, names[i]) == 0) {
            int r = aside_one(one, tag, moved, sizeof moved);
            count = r < 0 || count < 0 ? -1 : count + r;
        }
    fio_free_names(names, n > 0 ? n : 0);
    return count;
}

int pfs_set_aside(const char *progress, const pfl_Profile *p, const char *settings, const char *stamp, char *msg,
                  size_t len)
{
    char file[PFS_PATH], moved[PFS_PATH], tag[64], err[PFS_MSG];
    snprintf(tag, sizeof tag, "deleted-%s", stamp);
    if (pfs_beside(progress, p->file, file, sizeof file) != 0) {
        snprintf(msg, len, "%s: the path is too long", p->file);
        return -1;
    }
    int fd = lck_take(file, err, sizeof err);
    if (fd < 0) {
        snprintf(msg, len, "%s", err);
        return -1;
    }
    moved[0] = '\0';
    int a = aside_one(file, tag, moved, sizeof moved), b = a < 0 ? 0 : aside_archives(file, tag);
    lck_release(fd);
    char sm[PFS_PATH];
    int c = settings && settings[0] ? aside_one(settings, tag, sm, sizeof sm) : 0;
    if (a < 0 || b < 0 || c < 0) {
        snprintf(msg, len, "%s: could not be kept aside (%s); it was left where it was",
                 a < 0 ? file : c < 0 ? settings : "an archive", strerror(errno));
        return -1;
    }
    snprintf(msg, len, "%s", a ? moved : ""); /* "": it had no progress file yet */
    return a + b + c;
}
