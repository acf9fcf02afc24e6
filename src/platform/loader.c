/* loader.c - loads the content from disk (see loader.h): levels/zones.json,
 * then assets/animations.json, then every other levels/NAME.json as a routine
 * in file-name order, then the cross-file checks. This is the only place
 * that knows the folder layout; the parsing is the core's (lvl_*, anim_*),
 * which gets text and a file name and never touches the disk. A file is
 * named in problems as levels_dir + "/" + name, the way the user gave it.
 * A file over LVL_MAX_FILE is reported and skipped without being read, so a
 * stray huge file cannot eat the memory of a small device. Skipped as not
 * routines: zones.json, safety.json (the safety screen), schema.json and any
 * *.schema.json (JSON Schemas for
 * editors), and hidden files (fio_list leaves them out).
 *
 * c and a must be zero-initialised or hold an earlier load: both are freed
 * and filled again, so the same call reloads the content after an edit.
 * The result is -1 only when the app has nothing to show: zones.json or
 * animations.json could not be read, or gave no zone or no preset at all.
 * Problems inside files that still gave something are in p, for --check. */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fio.h"

#define LDR_PATH 4096

/* Reads path whole, or reports why not (naming the file) and returns NULL.
 * The caller frees the text. */
static char *read_content(const char *path, size_t *len, prb_List *p)
{
    struct stat st;
    char err[PRB_LINE];
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > LVL_MAX_FILE) {
        prb_add(p, path, "/", "file is %lld bytes, over the 1 MiB limit", (long long)st.st_size);
        return NULL;
    }
    char *text = fio_read_all(path, LVL_MAX_FILE, len, err, sizeof err);
    if (!text) {
        prb_add(p, path, "/", "cannot read the file: %s", fio_why(err, path));
    }
    return text;
}

/* The parsers of the single files, in one shape. */
typedef int (*parse_fn)(void *dst, const char *file, const char *text, size_t len, prb_List *p);

static int parse_zones(void *c, const char *f, const char *t, size_t n, prb_List *p)
{
    return lvl_parse_zones(c, f, t, n, p);
}

static int parse_anims(void *a, const char *f, const char *t, size_t n, prb_List *p)
{
    return anim_parse(a, f, t, n, p);
}

static int parse_safety(void *s, const char *f, const char *t, size_t n, prb_List *p)
{
    return saf_parse(s, f, t, n, p);
}

/* Reads and parses dir/name into dst; returns the number of problems it
 * had, or -1 when it could not be read at all. */
static int load_one(const char *dir, const char *name, parse_fn parse, void *dst, prb_List *p)
{
    char path[LDR_PATH];
    size_t len = 0;
    if (fio_join(path, sizeof path, dir, name) != 0) {
        prb_add(p, dir, "/", "folder name too long");
        return -1;
    }
    char *text = read_content(path, &len, p);
    if (!text)
        return -1;
    int n = parse(dst, path, text, len, p);
    free(text);
    return n;
}

/* Whether a *.json name in levels/ is a routine file. */
static int is_routine_file(const char *name)
{
    size_t n = strlen(name), k = strlen(".schema.json");
    if (strcmp(name, "zones.json") == 0 || strcmp(name, "schema.json") == 0 ||
        strcmp(name, "safety.json") == 0)
        return 0;
    return !(n > k && strcmp(name + n - k, ".schema.json") == 0);
}

/* Parses every routine file in levels_dir into c. When a is NULL the steps'
 * animations are not checked (animations.json is missing: one problem for
 * that file says so, rather than one per step). */
static void load_routines(const char *levels_dir, lvl_Content *c, anim_Set *a, prb_List *p)
{
    char **names = NULL;
    int n = fio_list(levels_dir, ".json", &names);
    if (n < 0) {
        prb_add(p, levels_dir, "/", "cannot list the folder: %s", strerror(errno));
        return;
    }
    for (int i = 0; i < n; i++) {
        char path[LDR_PATH];
        size_t len = 0;
        if (!is_routine_file(names[i]))
            continue;
        if (fio_join(path, sizeof path, levels_dir, names[i]) != 0) {
            prb_add(p, names[i], "/", "path too long");
            continue;
        }
        char *text = read_content(path, &len, p);
        if (!text)
            continue;
        lvl_parse_routine(c, path, text, len, a ? anim_known : NULL, a, p);
        free(text);
    }
    fio_free_names(names, n);
}

int ldr_load(const char *levels_dir, const char *assets_dir, lvl_Content *c, anim_Set *a,
             prb_List *p)
{
    lvl_free(c);
    anim_free(a);
    int zones = load_one(levels_dir, "zones.json", parse_zones, c, p);
    int anims = load_one(assets_dir, "animations.json", parse_anims, a, p);
    load_one(levels_dir, "safety.json", parse_safety, &c->safety, p);
    load_routines(levels_dir, c, anims >= 0 ? a : NULL, p);
    lvl_validate(c, p);
    if (zones < 0 || anims < 0 || c->nzones == 0 || a->n == 0 || !c->art)
        return -1;
    return 0;
}
