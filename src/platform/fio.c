/* fio.c - file I/O at the edge (see fio.h). Reading is one loop that grows
 * a buffer and stops at the size limit, so a file that grows while being read
 * (or a pipe with no size) still obeys it. Saving follows redis's rdbSave:
 * FILE.tmp-PID in the same folder, every byte written, fflush, fsync, checked
 * fclose; then the old FILE is kept as FILE.bak by hard-linking it to a
 * temporary name and renaming that over the old .bak (so .bak is always
 * whole), the temporary is renamed over FILE, and the folder is fsynced so
 * the rename itself survives a power cut. Each step that can fail has a name
 * that goes into the message ("progress.json: fsync: Input/output error"),
 * and every failure before the final rename removes the temporary file, so
 * FILE is never touched by a failed save. A save killed midway leaves its
 * FILE.tmp-PID (or FILE.bak.tmp-PID) behind; fio_remove_stale_temps clears
 * those whose process is gone, so kills never make them pile up. Plain
 * POSIX, no SDL. */
#include "fio.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define FIO_PATH 4096

/* ---------------------------------------------------------------- reading */

/* Sets err to "path: step: reason" (reason from errno when why is NULL). */
static void fail(char *err, size_t errlen, const char *path, const char *step, const char *why)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: %s: %s", path, step, why ? why : strerror(errno));
}

/* Reads every byte of f into a buffer that grows as needed; returns the
 * malloc'd buffer (NUL-terminated) or NULL with err set. */
static char *read_stream(FILE *f, const char *path, size_t hint, size_t max, size_t *len,
                         char *err, size_t errlen)
{
    size_t cap = (hint < max ? hint : max) + 1, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fail(err, errlen, path, "read", "out of memory");
        return NULL;
    }
    for (;;) {
        if (n + 1 >= cap) {
            size_t ncap = cap * 2 > max + 2 ? max + 2 : cap * 2;
            char *nb = ncap > cap ? realloc(buf, ncap) : NULL;
            if (!nb) {
                fail(err, errlen, path, "read", "out of memory");
                goto fail;
            }
            buf = nb;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - 1 - n, f);
        n += got;
        if (n > max) {
            char why[96];
            snprintf(why, sizeof why, "file is over the limit of %zu bytes", max);
            fail(err, errlen, path, "read", why);
            goto fail;
        }
        if (got == 0) {
            if (ferror(f)) {
                fail(err, errlen, path, "read", NULL);
                goto fail;
            }
            break;
        }
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
fail:
    free(buf);
    return NULL;
}

char *fio_read_all(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    struct stat st;
    char *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        fail(err, errlen, path, "open", NULL);
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0) {
        fail(err, errlen, path, "stat", NULL);
    } else if (S_ISDIR(st.st_mode)) {
        fail(err, errlen, path, "open", "is a folder, not a file");
    } else if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
        char why[128];
        snprintf(why, sizeof why, "file is %lld bytes, over the limit of %zu bytes",
                 (long long)st.st_size, max);
        fail(err, errlen, path, "read", why);
    } else {
        size_t hint = S_ISREG(st.st_mode) ? (size_t)st.st_size : 4096;
        buf = read_stream(f, path, hint, max, len, err, errlen);
    }
    fclose(f);
    return buf;
}

int fio_exists(const char *path)
{
    struct stat st;
    return path && stat(path, &st) == 0;
}

/* ----------------------------------------------------------------- saving */

/* Writes the folder part of path into dir ("." when there is none). */
static void dir_of(const char *path, char *dir, size_t n)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        snprintf(dir, n, ".");
    } else if (slash == path) {
        snprintf(dir, n, "/");
    } else {
        size_t k = (size_t)(slash - path);
        if (k >= n)
            k = n - 1;
        memcpy(dir, path, k);
        dir[k] = '\0';
    }
}

/* fsyncs the folder holding path; 0 or -1 (errno set). Like redis, a system
 * that cannot open or fsync folders at all is not an error. */
static int fsync_dir_of(const char *path)
{
    char dir[FIO_PATH];
    dir_of(path, dir, sizeof dir);
    int fd = open(dir, O_RDONLY);
    if (fd < 0)
        return errno == EISDIR ? 0 : -1;
    int rc = 0;
    if (fsync(fd) != 0 && errno != EBADF && errno != EINVAL)
        rc = -1;
    int saved = errno;
    close(fd);
    errno = saved;
    return rc;
}

/* Writes data to a new file tmp: write, fflush, fsync, checked fclose.
 * Returns NULL, or the name of the step that failed (errno set). */
static const char *write_temp(const char *tmp, const char *data, size_t len)
{
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return "create temporary file";
    const char *step = NULL;
    if (len && fwrite(data, 1, len, f) != len)
        step = "write";
    else if (fflush(f) != 0)
        step = "write";
    else if (fsync(fileno(f)) != 0)
        step = "fsync";
    int saved = errno;
    if (fclose(f) != 0 && !step) {
        step = "close";
        saved = errno;
    }
    errno = saved;
    return step;
}

/* Copies src to dst byte for byte (for file systems without hard links). */
static int copy_file(const char *src, const char *dst)
{
    char err[16];
    size_t len = 0;
    char *data = fio_read_all(src, (size_t)1 << 30, &len, err, sizeof err);
    if (!data)
        return -1;
    int rc = write_temp(dst, data, len) ? -1 : 0;
    free(data);
    return rc;
}

/* Keeps the current path (if any) as path.bak, replacing an older .bak in
 * one rename. Returns 0 or -1 (errno set). */
static int keep_backup(const char *path, const char *bak, const char *baktmp)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return errno == ENOENT ? 0 : -1;
    if (!S_ISREG(st.st_mode))
        return 0; /* nothing worth keeping; the rename will say what is wrong */
    unlink(baktmp);
    if (link(path, baktmp) != 0) {
        if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EMLINK &&
            errno != EXDEV)
            return -1;
        if (copy_file(path, baktmp) != 0) {
            int saved = errno;
            unlink(baktmp);
            errno = saved;
            return -1;
        }
    }
    if (rename(baktmp, bak) != 0) {
        int saved = errno;
        unlink(baktmp);
        errno = saved;
        return -1;
    }
    return 0;
}

int fio_save_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
    char tmp[FIO_PATH], bak[FIO_PATH], baktmp[FIO_PATH];
    long pid = (long)getpid();
    const char *step = NULL;
    if (!path || !*path || (!data && len)) {
        fail(err, errlen, path ? path : "(null)", "save", "no file name or no data");
        return -1;
    }
    int a = snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, pid);
    int b = snprintf(bak, sizeof bak, "%s.bak", path);
    int c = snprintf(baktmp, sizeof baktmp, "%s.bak.tmp-%ld", path, pid);
    if (a < 0 || b < 0 || c < 0 || (size_t)c >= sizeof baktmp) {
        fail(err, errlen, path, "save", "file name too long");
        return -1;
    }
    step = write_temp(tmp, data, len);
    if (!step && keep_backup(path, bak, baktmp) != 0)
        step = "keep backup";
    if (!step && rename(tmp, path) != 0)
        step = "rename";
    if (step) {
        int saved = errno;
        unlink(tmp);
        errno = saved;
        fail(err, errlen, path, step, NULL);
        return -1;
    }
    if (fsync_dir_of(path) != 0) {
        fail(err, errlen, path, "fsync folder", NULL);
        return -1;
    }
    return 0;
}

/* The PID in name when it is base + suffix + digits, else 0. */
static long temp_pid(const char *name, const char *base, size_t nbase, const char *suffix)
{
    size_t k = strlen(suffix);
    if (strncmp(name, base, nbase) != 0 || strncmp(name + nbase, suffix, k) != 0)
        return 0;
    const char *d = name + nbase + k;
    long pid = 0;
    if (!*d || strlen(d) > 9)
        return 0;
    for (; *d; d++) {
        if (*d < '0' || *d > '9')
            return 0;
        pid = pid * 10 + (*d - '0');
    }
    return pid;
}

int fio_remove_stale_temps(const char *path)
{
    char dir[FIO_PATH], full[FIO_PATH];
    const char *slash = path ? strrchr(path, '/') : NULL;
    const char *base = slash ? slash + 1 : path;
    int removed = 0;
    if (!path || !*base)
        return 0;
    dir_of(path, dir, sizeof dir);
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t nbase = strlen(base);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        long pid = temp_pid(e->d_name, base, nbase, ".tmp-");
        if (!pid)
            pid = temp_pid(e->d_name, base, nbase, ".bak.tmp-");
        if (!pid || pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue;
        int n = snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
        if (n > 0 && (size_t)n < sizeof full && unlink(full) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

/* link + unlink, so an existing name is never replaced (EEXIST); where
 * hard links are not supported, rename after checking the name is free. */
int fio_move_aside(const char *path, const char *tag, char *out, size_t outlen)
{
    for (int k = 1; k <= 99; k++) {
        int n = k == 1 ? snprintf(out, outlen, "%s.%s", path, tag)
                       : snprintf(out, outlen, "%s.%s-%d", path, tag, k);
        if (n < 0 || (size_t)n >= outlen) {
            errno = ENAMETOOLONG;
            return -1;
        }
        if (link(path, out) == 0) {
            if (unlink(path) == 0)
                return 0;
            int saved = errno;
            unlink(out);
            errno = saved;
            return -1;
        }
        if (errno == EEXIST)
            continue;
        if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EMLINK)
            return -1;
        if (fio_exists(out))
            continue;
        return rename(path, out);
    }
    errno = EEXIST;
    return -1;
}

/* ---------------------------------------------------------------- folders */

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = suffix ? strlen(suffix) : 0;
    return n >= k && memcmp(name + n - k, suffix ? suffix : "", k) == 0;
}

static int is_regular(const char *dir, const char *name)
{
    char path[FIO_PATH];
    struct stat st;
    int n = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof path)
        return 0;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hidden files (".#nose.json" editor locks, "._nose.json" macOS resource
 * forks) are skipped: they are never content. */
int fio_list(const char *dir, const char *suffix, char ***names)
{
    DIR *d = opendir(dir);
    char **out = NULL;
    int n = 0, cap = 0;
    struct dirent *e;
    *names = NULL;
    if (!d)
        return -1;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, suffix) || !is_regular(dir, e->d_name))
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
