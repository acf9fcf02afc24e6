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

/* path as messages show it: a path of more than 160 bytes as its start and
 * end, so that the reason after it always fits. */
static void shown(char *out, size_t n, const char *path)
{
    size_t k = strlen(path);
    if (k > 160)
        snprintf(out, n, "%.70s...%s", path, path + k - 70);
    else
        snprintf(out, n, "%s", path);
}

/* Sets err to "path: step: reason" (reason from errno when why is NULL). */
static void fail(char *err, size_t errlen, const char *path, const char *step, const char *why)
{
    char p[160];
    const char *reason = why ? why : strerror(errno);
    shown(p, sizeof p, path);
    if (err && errlen)
        snprintf(err, errlen, "%s: %s: %s", p, step, reason);
}

const char *fio_why(const char *err, const char *path)
{
    char p[160];
    shown(p, sizeof p, path);
    size_t k = strlen(p);
    return (strncmp(err, p, k) == 0 && err[k] == ':' && err[k + 1] == ' ') ? err + k + 2 : err;
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

/* What a mode that is not a regular file is, for a message; NULL for a
 * regular file. */
static const char *kind_of(mode_t m)
{
    if (S_ISREG(m))
        return NULL;
    if (S_ISDIR(m))
        return "a folder";
    if (S_ISFIFO(m))
        return "a FIFO (named pipe)";
    if (S_ISCHR(m) || S_ISBLK(m))
        return "a device";
    if (S_ISSOCK(m))
        return "a socket";
    return "not a file";
}

/* "is a folder, not a regular file" into why, or "" for a regular file. */
static int not_regular(mode_t m, char *why, size_t n)
{
    const char *k = kind_of(m);
    snprintf(why, n, k ? "is %s, not a regular file" : "", k);
    return k != NULL;
}

/* open's reason, with a plainer word for a path the system cannot take. */
static void fail_open(char *err, size_t errlen, const char *path, const char *step)
{
    fail(err, errlen, path, step, errno == ENAMETOOLONG ? "path too long for this system" : NULL);
}

int fio_open_regular(const char *path, char *err, size_t errlen)
{
    struct stat st;
    char why[64];
    if (stat(path, &st) != 0) {
        fail_open(err, errlen, path, "open");
        return -1;
    }
    if (not_regular(st.st_mode, why, sizeof why)) { /* never opened: a FIFO would wait */
        fail(err, errlen, path, "open", why);
        errno = FIO_ENOTREG;
        return -1;
    }
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        fail_open(err, errlen, path, "open");
        return -1;
    }
    why[0] = '\0';
    if (fstat(fd, &st) != 0 || not_regular(st.st_mode, why, sizeof why)) {
        int saved = why[0] ? FIO_ENOTREG : errno;
        fail(err, errlen, path, why[0] ? "open" : "stat", why[0] ? why : NULL);
        close(fd);
        errno = saved;
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

FILE *fio_fopen_regular(const char *path, char *err, size_t errlen)
{
    int fd = fio_open_regular(path, err, errlen);
    FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
    if (fd >= 0 && !f) {
        fail(err, errlen, path, "open", NULL);
        close(fd);
    }
    return f;
}

int fio_plain(const char *path, char *err, size_t errlen)
{
    struct stat st;
    /* nothing there, or a folder on its way that is a file now: a save
     * tries (and says why it fails), as for a folder it cannot write */
    if (stat(path, &st) != 0 && (errno == ENOENT || errno == ENOTDIR)) {
        if (err && errlen)
            err[0] = '\0';
        return 0;
    }
    int fd = fio_open_regular(path, err, errlen);
    if (fd < 0)
        return -1;
    close(fd);
    return 1;
}

char *fio_read_all(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    struct stat st;
    char *buf = NULL;
    int fd = fio_open_regular(path, err, errlen);
    FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
    if (!f) {
        if (fd >= 0) {
            fail(err, errlen, path, "open", NULL);
            close(fd);
        }
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0) {
        fail(err, errlen, path, "stat", NULL);
    } else if ((unsigned long long)st.st_size > max) {
        char why[128];
        snprintf(why, sizeof why, "file is %lld bytes, over the limit of %zu bytes",
                 (long long)st.st_size, max);
        fail(err, errlen, path, "read", why);
        errno = EFBIG;
    } else {
        buf = read_stream(f, path, (size_t)st.st_size, max, len, err, errlen);
    }
    int saved = errno;
    fclose(f);
    errno = saved;
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
 * The file gets mode and owner of *like when there is one (the file it will
 * replace), else 0666 less the umask. Returns NULL, or the name of the step
 * that failed (errno set). */
static const char *write_temp(const char *tmp, const char *data, size_t len, const struct stat *like)
{
    int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
    int fd = open(tmp, flags, like ? 0600 : 0666);
    if (fd < 0 && errno == EEXIST && unlink(tmp) == 0) /* this process's own, left by a failed save */
        fd = open(tmp, flags, like ? 0600 : 0666);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        return "create temporary file";
    }
    const char *step = NULL;
    if (like && geteuid() == 0 && fchown(fd, like->st_uid, like->st_gid) != 0)
        step = "keep the owner";
    else if (like && fchmod(fd, like->st_mode & 07777) != 0)
        step = "keep the mode";
    else if (len && fwrite(data, 1, len, f) != len)
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
    struct stat st;
    int rc = stat(src, &st) != 0 || write_temp(dst, data, len, &st) ? -1 : 0;
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

/* Follows path through its symlinks to the file they name, which need not
 * exist yet (a dangling link is written through too). 0, or -1 (errno set:
 * ELOOP, ENAMETOOLONG, or readlink's). */
static int resolve(const char *path, char *out, size_t n)
{
    char cur[FIO_PATH], link[FIO_PATH], dir[FIO_PATH];
    if (snprintf(cur, sizeof cur, "%s", path) >= (int)sizeof cur) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (int hops = 0; hops < 40; hops++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) {
            if (snprintf(out, n, "%s", cur) < (int)n)
                return 0;
            errno = ENAMETOOLONG;
            return -1;
        }
        ssize_t k = readlink(cur, link, sizeof link - 1);
        if (k < 0)
            return -1;
        link[k] = '\0';
        dir_of(cur, dir, sizeof dir);
        int w = link[0] == '/' ? snprintf(cur, sizeof cur, "%s", link)
                               : snprintf(cur, sizeof cur, "%s/%s", dir, link);
        if (w < 0 || (size_t)w >= sizeof cur || (size_t)k >= sizeof link - 1) {
            errno = ENAMETOOLONG;
            return -1;
        }
    }
    errno = ELOOP;
    return -1;
}

int fio_target(const char *path, char *out, size_t n, char *err, size_t errlen)
{
    if (resolve(path, out, n) == 0)
        return 0;
    fail_open(err, errlen, path, "follow the link");
    return -1;
}

/* The file a save of path replaces: its stat into *st and 1, 0 when there
 * is none yet, -1 with err set when it is something a save must not
 * replace (a folder, a FIFO, a device...). */
static int existing(const char *target, const char *path, struct stat *st, char *err, size_t errlen)
{
    char why[64];
    if (stat(target, st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return 0; /* creating the temporary file will say what is wrong */
        fail_open(err, errlen, path, "stat");
        return -1;
    }
    if (not_regular(st->st_mode, why, sizeof why)) {
        fail(err, errlen, path, "save", why);
        errno = FIO_ENOTREG;
        return -1;
    }
    return 1;
}

/* The save itself: target is path with its symlinks followed, so the
 * temporary file, the backup and the rename are all in the target's folder
 * and a link stays a link. */
int fio_save_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
    char target[FIO_PATH], tmp[FIO_PATH], bak[FIO_PATH], baktmp[FIO_PATH];
    long pid = (long)getpid();
    const char *step = NULL;
    struct stat st;
    if (!path || !*path || (!data && len)) {
        fail(err, errlen, path ? path : "(null)", "save", "no file name or no data");
        return -1;
    }
    if (fio_target(path, target, sizeof target, err, errlen) != 0)
        return -1;
    int have = existing(target, path, &st, err, errlen);
    if (have < 0)
        return -1;
    int a = snprintf(tmp, sizeof tmp, "%s.tmp-%ld", target, pid);
    int b = snprintf(bak, sizeof bak, "%s.bak", target);
    int c = snprintf(baktmp, sizeof baktmp, "%s.bak.tmp-%ld", target, pid);
    if (a < 0 || b < 0 || c < 0 || (size_t)c >= sizeof baktmp) {
        fail(err, errlen, path, "save", "path too long for this system");
        return -1;
    }
    step = write_temp(tmp, data, len, have ? &st : NULL);
    if (!step && keep_backup(target, bak, baktmp) != 0)
        step = "keep backup";
    if (!step && rename(tmp, target) != 0)
        step = "rename";
    if (step) {
        int saved = errno;
        if (strcmp(step, "create temporary file") != 0)
            unlink(tmp);
        errno = saved;
        fail_open(err, errlen, path, step);
        return -1;
    }
    if (fsync_dir_of(target) != 0) {
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
    char target[FIO_PATH], err[8];
    struct stat st;
    if (fio_target(path, target, sizeof target, err, sizeof err) != 0)
        return -1;
    if (stat(target, &st) != 0)
        return -1;
    if (!S_ISREG(st.st_mode)) {
        errno = FIO_ENOTREG;
        return -1;
    }
    path = target;
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
