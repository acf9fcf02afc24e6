/* fio_dir.c - the folder half of fio.h: listing a folder, joining a path,
 * making folders. Plain POSIX, no SDL. */
#include "fio.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define FIO_PATH 4096

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = suffix ? strlen(suffix) : 0;
    return n >= k && memcmp(name + n - k, suffix ? suffix : "", k) == 0;
}

/* Anything but a folder: a FIFO or a device is listed so that its reader
 * can say what it is (fio_read_all refuses it without waiting). */
static int not_folder(const char *dir, const char *name)
{
    char path[FIO_PATH];
    struct stat st;
    int n = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof path)
        return 0;
    return stat(path, &st) != 0 || !S_ISDIR(st.st_mode);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Folders are left out (folders only are listed when folders is set).
 * Hidden files (".#nose.json" editor locks, "._nose.json" macOS resource
 * forks) are skipped: they are never content. */
static int list_names(const char *dir, const char *suffix, int folders, char ***names)
{
    DIR *d = opendir(dir);
    char **out = NULL;
    int n = 0, cap = 0;
    struct dirent *e;
    *names = NULL;
    if (!d)
        return -1;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, suffix) || not_folder(dir, e->d_name) == folders)
            continue;
        if (n == cap) {
            int ncap = cap ? cap * 2 : 16;
            char **no = realloc(out, (size_t)ncap * sizeof *out);
            if (!no)
                goto fail;
            out = no;
            cap = ncap;
        }
        size_t k = strlen(e->d_name) + 1;
        if (!(out[n] = malloc(k)))
            goto fail;
        memcpy(out[n++], e->d_name, k);
    }
    closedir(d);
    if (n > 1)
        qsort(out, (size_t)n, sizeof *out, cmp_names);
    *names = out;
    return n;
fail:
    closedir(d);
    fio_free_names(out, n);
    return -1;
}

int fio_list(const char *dir, const char *suffix, char ***names)
{
    return list_names(dir, suffix, 0, names);
}

int fio_list_folders(const char *dir, char ***names)
{
    return list_names(dir, "", 1, names);
}

void fio_free_names(char **names, int n)
{
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

int fio_join(char *out, size_t n, const char *dir, const char *name)
{
    size_t k = strlen(dir);
    const char *sep = (k > 0 && dir[k - 1] == '/') ? "" : "/";
    int w = snprintf(out, n, "%s%s%s", dir, sep, name);
    return (w < 0 || (size_t)w >= n) ? -1 : 0;
}

/* Makes one folder; an existing folder is fine, an existing file is not. */
static int mkdir_one(const char *path)
{
    struct stat st;
    if (mkdir(path, 0700) == 0)
        return 0;
    if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return 0;
    if (errno == EEXIST)
        errno = ENOTDIR;
    return -1;
}

int fio_mkdirs(const char *dir)
{
    char buf[FIO_PATH];
    size_t n = dir ? strlen(dir) : 0;
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, dir, n + 1);
    while (n > 1 && buf[n - 1] == '/')
        buf[--n] = '\0';
    for (char *s = buf + 1; *s; s++) {
        if (*s != '/' || s[-1] == '/')
            continue;
        *s = '\0';
        int rc = mkdir_one(buf);
        *s = '/';
        if (rc != 0)
            return -1;
    }
    return mkdir_one(buf);
}
