/* setfile.c - see setfile.h. Loading reads the whole file with a limit
 * (fio_read_all), parses it (set_parse), and on any problem renames it
 * aside as the progress file is (src/shell/session.c load_progress), so
 * the next save cannot replace it. */
#include "setfile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/timefmt.h"
#include "fio.h"
#include "xdg.h"

#define SETF_PATH 4096
#define SETF_WHY (PRB_LINE + 64)

/* printf into msg when there is one. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void say(char *msg, size_t msglen, const char *fmt, ...)
{
    va_list ap;
    if (!msg || !msglen)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, msglen, fmt, ap);
    va_end(ap);
}

int setf_path(char *out, size_t len)
{
    return xdg_path(out, len, "XDG_CONFIG_HOME", ".config", "facemap/settings.json");
}

/* line without its leading "path: " (problem lines
 * start with the file, which the message names once already). */
static const char *after_path(const char *line, const char *path)
{
    size_t k = strlen(path);
    return strncmp(line, path, k) == 0 && line[k] == ':' && line[k + 1] == ' ' ? line + k + 2
                                                                              : line;
}

/* Reads and parses path into s. Returns 0, or -1 with why set to the first
 * problem and how many more there were. */
static int read_settings(const char *path, set_Settings *s, char *why, size_t whylen)
{
    char err[SETF_WHY];
    size_t len = 0;
    char *text = fio_read_all(path, SET_MAX_FILE, &len, err, sizeof err);
    if (!text) {
        say(why, whylen, "%s", fio_why(err, path));
        return -1;
    }
    prb_List *p = calloc(1, sizeof *p);
    int count = set_parse(s, path, text, len, p);
    free(text);
    if (count > 0 && (!p || p->count == 0))
        say(why, whylen, "%d problem%s", count, count == 1 ? "" : "s");
    else if (count > 1)
        say(why, whylen, "%s (and %d more problem%s)", after_path(p->line[0], path), count - 1,
            count == 2 ? "" : "s");
    else if (count == 1)
        say(why, whylen, "%s", after_path(p->line[0], path));
    free(p);
    return count > 0 ? -1 : 0;
}

int setf_load_tag(const char *path, const char *tag, set_Settings *s, char *msg, size_t msglen)
{
    char why[SETF_WHY], stamp[32], own_tag[64], aside[SETF_PATH];
    set_defaults(s);
    say(msg, msglen, "%s", "");
    fio_remove_stale_temps(path);
    int what = fio_plain(path, why, sizeof why);
    if (what == 0)
        return 0;
    if (what < 0) { /* a folder, a FIFO, a device, no permission: never moved, never replaced */
        say(msg, msglen, "The settings file %s cannot be used: %s. It was left as it is; the "
            "default settings are used and are not saved over it.", path, fio_why(why, path));
        return 2;
    }
    if (read_settings(path, s, why, sizeof why) == 0)
        return 0;
    set_defaults(s);
    if (!tag) {
        tf_format_utc((int64_t)time(NULL), stamp);
        snprintf(own_tag, sizeof own_tag, "unreadable-%s", stamp);
        tag = own_tag;
    }
    if (fio_move_aside(path, tag, aside, sizeof aside) == 0) {
        say(msg, msglen, "The settings file %s could not be read: %s. It was kept as %s; the "
            "default settings are used.", path, why, aside);
        return 1;
    }
    say(msg, msglen, "The settings file %s could not be read: %s. It could not be kept aside "
        "either (%s), so it was left as it is; the default settings are used and are not "
        "saved over it.", path, why, strerror(errno));
    return 2;
}

int setf_load(const char *path, set_Settings *s, char *msg, size_t msglen)
{
    return setf_load_tag(path, NULL, s, msg, msglen);
}

int setf_save(const char *path, const set_Settings *s, char *err, size_t errlen)
{
    char dir[SETF_PATH];
    const char *slash = path ? strrchr(path, '/') : NULL;
    if (!path || !*path) {
        say(err, errlen, "settings: save: no file name");
        return -1;
    }
    if (slash && slash > path) {
        size_t k = (size_t)(slash - path);
        if (k >= sizeof dir) {
            say(err, errlen, "%s: make folder: file name too long", path);
            return -1;
        }
        memcpy(dir, path, k);
        dir[k] = '\0';
        if (fio_mkdirs(dir) != 0) {
            say(err, errlen, "%s: make folder %s: %s", path, dir, strerror(errno));
            return -1;
        }
    }
    char *text = set_serialize(s);
    if (!text) {
        say(err, errlen, "%s: save: out of memory", path);
        return -1;
    }
    int rc = fio_save_atomic(path, text, strlen(text), err, errlen);
    free(text);
    return rc;
}
