/* export_io.c - see export_io.h. */
#include "export_io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/timefmt.h"
#include "fio.h"
#include "progstore.h"
#include "xdg.h"

#define USER_DIRS_MAX (64 * 1024)

int eio_load_history(const char *path, prog_Data *d, char *err, size_t errlen, char *note, size_t notelen)
{
    char why[PST_MSG], msg[PST_MSG];
    size_t len = 0;
    note[0] = '\0';
    int what = fio_plain(path, why, sizeof why);
    if (what < 0) {
        snprintf(err, errlen, "%s", why);
        return -1;
    }
    int missing = what == 0;
    if (!missing) {
        char *text = fio_read_all(path, PROG_MAX_FILE, &len, why, sizeof why);
        prb_List *p = calloc(1, sizeof *p);
        int bad = !text || !p || prog_parse(d, path, text, len, p) > 0;
        if (bad)
            snprintf(err, errlen, "%s", text && p && p->count ? p->line[0] : text ? "out of memory" : why);
        free(text);
        free(p);
        if (bad)
            return -1;
    }
    if (pst_load_archives(path, d, msg) > 0)
        snprintf(note, notelen, "%s (an archive of older history; left out)", msg);
    return missing;
}

/* The value of XDG_DOCUMENTS_DIR in a user-dirs.dirs text, with $HOME
 * put in; 0, or -1 when there is none to use. */
static int user_dirs_documents(const char *text, const char *home, char *out, size_t n)
{
    static const char key[] = "XDG_DOCUMENTS_DIR=\"";
    for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        while (*line == ' ' || *line == '\t')
            line++;
        if (strncmp(line, key, sizeof key - 1) != 0)
            continue;
        const char *v = line + sizeof key - 1;
        size_t k = 0;
        if (strncmp(v, "$HOME", 5) == 0 && (v[5] == '/' || v[5] == '"')) {
            if (!home || home[0] != '/')
                return -1;
            k = (size_t)snprintf(out, n, "%s", home);
            v += 5;
        } else if (*v != '/') {
            return -1; /* only absolute paths or $HOME/..., as the specification says */
        }
        for (; *v && *v != '"' && *v != '\n' && k + 1 < n; v++) {
            if (*v == '\\' && v[1] && v[1] != '\n')
                v++;
            out[k++] = *v;
        }
        out[k] = '\0';
        return *v == '"' ? 0 : -1;
    }
    return -1;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int eio_documents_dir(char *out, size_t n)
{
    char conf[4096], err[512];
    const char *home = getenv("HOME");
    size_t len = 0;
    if (xdg_path(conf, sizeof conf, "XDG_CONFIG_HOME", ".config", "user-dirs.dirs") == 0) {
        char *text = fio_read_all(conf, USER_DIRS_MAX, &len, err, sizeof err);
        int ok = text && user_dirs_documents(text, home, out, n) == 0 && is_dir(out);
        free(text);
        if (ok)
            return 0;
    }
    if (home && home[0] == '/') {
        if (fio_join(out, n, home, "Documents") == 0 && is_dir(out))
            return 0;
        if ((size_t)snprintf(out, n, "%s", home) < n)
            return 0;
    }
    if (n)
        out[0] = '\0';
    return -1;
}

int eio_write_new(const char *dir, const char *base, const char *ext, const char *data, size_t len, char *out,
                  size_t outn, char *err, size_t errlen)
{
    char name[512];
    struct stat st;
    for (int i = 1; i <= EIO_MAX_TRIES; i++) {
        if (i == 1)
            snprintf(name, sizeof name, "%s.%s", base, ext);
        else
            snprintf(name, sizeof name, "%s-%d.%s", base, i, ext);
        if (fio_join(out, outn, dir, name) != 0) {
            snprintf(err, errlen, "%s/%s: the path is too long", dir, name);
            return -1;
        }
        if (lstat(out, &st) == 0) /* a file, a link (even a dangling one), anything: not replaced */
            continue;
        if (errno != ENOENT) {
            snprintf(err, errlen, "%s: %s", out, strerror(errno));
            return -1;
        }
        return fio_save_atomic(out, data, len, err, errlen);
    }
    snprintf(err, errlen, "%s: %s.%s and %d others like it exist already", dir, base, ext, EIO_MAX_TRIES - 1);
    return -1;
}

int eio_export_documents(const exp_Source *src, int n, int64_t today, char *out, size_t outn, char *err,
                         size_t errlen)
{
    char dir[4096], base[64];
    int y, m, d;
    size_t len = 0;
    if (outn)
        out[0] = '\0';
    if (eio_documents_dir(dir, sizeof dir) != 0) {
        snprintf(err, errlen, "there is no documents folder (HOME is not set)");
        return -1;
    }
    tf_civil_from_days(today, &y, &m, &d);
    snprintf(base, sizeof base, "facemap-history-%04d-%02d-%02d", y, m, d);
    char *text = exp_history(src, n, EXP_CSV, &len);
    if (!text) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = eio_write_new(dir, base, "csv", text, len, out, outn, err, errlen);
    free(text);
    return rc;
}
