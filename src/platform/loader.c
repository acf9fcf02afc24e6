/* loader.c - loads the content from disk (see loader.h): levels/zones.json,
 * then assets/animations.json, then every other levels/NAME.json as a routine
 * in file-name order, then the cross-file checks. This is the only place
 * that knows the folder layout; the parsing is the core's (lvl_*, anim_*),
 * which gets text and a file name and never touches the disk. A file is
 * named in problems as levels_dir + "/" + name, the way the user gave it.
 * A file over LVL_MAX_FILE is reported and skipped without being read, so a
 * stray huge file cannot eat the memory of a small device. Skipped as not
 * routines: zones.json, safety.json (the safety screen), facts.json (the
 * sources' facts, checked against the rest by lvl_check_facts), schema.json and any
 * *.schema.json (JSON Schemas for
 * editors), and hidden files (fio_list leaves them out).
 *
 * c and a must be zero-initialised or hold an earlier load: both are freed
 * and filled again, so the same call reloads the content after an edit.
 * The result is -1 only when the app has nothing to show: zones.json or
 * animations.json could not be read, or gave no zone or no preset at all.
 * Problems inside files that still gave something are in p, for --check.
 *
 * A translation (ldr_translate) is the folder levels/<lang>/: every *.json
 * in it is an overlay (transl.h), read with the same size limit, laid over
 * the English content already loaded. The folder is optional: without one,
 * the content stays English and nothing is reported. */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/transl.h"
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

static int parse_facts(void *f, const char *file, const char *t, size_t n, prb_List *p)
{
    return fct_parse(f, file, t, n, p);
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

/* Whether dir/name is a regular file. */
static int has_file(const char *dir, const char *name)
{
    char path[LDR_PATH];
    struct stat st;
    return fio_join(path, sizeof path, dir, name) == 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Whether a *.json name in levels/ is a routine file. */
static int is_routine_file(const char *name)
{
    size_t n = strlen(name), k = strlen(".schema.json");
    if (strcmp(name, "zones.json") == 0 || strcmp(name, "schema.json") == 0 ||
        strcmp(name, "safety.json") == 0 || strcmp(name, "facts.json") == 0)
        return 0;
    return !(n > k && strcmp(name + n - k, ".schema.json") == 0);
}

/* What is done with one file's text (dir's file name, its path, its text). */
typedef void (*use_fn)(void *ctx, const char *name, const char *path, const char *text, size_t len,
                       prb_List *p);

/* Reads each *.json of dir (in name order) that keep accepts (NULL: all)
 * and hands its text to use; -1 when the folder cannot be listed. */
static int each_json(const char *dir, int (*keep)(const char *name), use_fn use, void *ctx, prb_List *p)
{
    char **names = NULL;
    int n = fio_list(dir, ".json", &names);
    if (n < 0) {
        prb_add(p, dir, "/", "cannot list the folder: %s", strerror(errno));
        return -1;
    }
    for (int i = 0; i < n; i++) {
        char path[LDR_PATH];
        size_t len = 0;
        if (keep && !keep(names[i]))
            continue;
        if (fio_join(path, sizeof path, dir, names[i]) != 0) {
            prb_add(p, names[i], "/", "path too long");
            continue;
        }
        char *text = read_content(path, &len, p);
        if (!text)
            continue;
        use(ctx, names[i], path, text, len, p);
        free(text);
    }
    fio_free_names(names, n);
    return 0;
}

/* The routines' content and animations (a NULL: the steps' animations are
 * not checked, as animations.json is missing: one problem for that file
 * says so, rather than one per step). */
typedef struct {
    lvl_Content *c;
    anim_Set *a;
} ldr_Routines;

static void use_routine(void *ctx, const char *name, const char *path, const char *text, size_t len,
                        prb_List *p)
{
    ldr_Routines *r = ctx;
    (void)name;
    lvl_parse_routine(r->c, path, text, len, r->a ? anim_known : NULL, r->a, p);
}

int ldr_load(const char *levels_dir, const char *assets_dir, lvl_Content *c, anim_Set *a,
             prb_List *p)
{
    lvl_free(c);
    anim_free(a);
    int zones = load_one(levels_dir, "zones.json", parse_zones, c, p);
    int anims = load_one(assets_dir, "animations.json", parse_anims, a, p);
    load_one(levels_dir, "safety.json", parse_safety, &c->safety, p);
    if (has_file(levels_dir, "facts.json")) /* optional for the app; --check asks for it */
        load_one(levels_dir, "facts.json", parse_facts, &c->facts, p);
    ldr_Routines r = {c, anims >= 0 ? a : NULL};
    each_json(levels_dir, is_routine_file, use_routine, &r, p);
    lvl_validate(c, p);
    char facts[LDR_PATH], safety[LDR_PATH];
    if (fio_join(facts, sizeof facts, levels_dir, "facts.json") == 0 &&
        fio_join(safety, sizeof safety, levels_dir, "safety.json") == 0)
        lvl_check_facts(c, facts, safety, p);
    if (zones < 0 || anims < 0 || c->nzones == 0 || a->n == 0 || !c->art)
        return -1;
    return 0;
}

int ldr_load_lang(const char *levels_dir, const char *assets_dir, const char *lang, lvl_Content *c,
                  anim_Set *a, prb_List *p)
{
    int rc = ldr_load(levels_dir, assets_dir, c, a, p);
    if (rc == 0)
        ldr_translate(levels_dir, lang, c, p);
    return rc;
}

/* levels_dir/<code> into dir when it is a folder; 0 then, else -1. */
static int lang_dir(const char *levels_dir, const char *code, char *dir, size_t n)
{
    struct stat st;
    if (!trn_lang_ok(code) || fio_join(dir, n, levels_dir, code) != 0)
        return -1;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

typedef struct {
    lvl_Content *c;
    trn_Seen seen;
} ldr_Overlay;

static void use_overlay(void *ctx, const char *name, const char *path, const char *text, size_t len,
                        prb_List *p)
{
    ldr_Overlay *o = ctx;
    trn_apply(o->c, &o->seen, path, name, text, len, p);
}

/* Lays every *.json of the folder dir over c. */
static void translate_dir(const char *dir, const char *code, lvl_Content *c, prb_List *p)
{
    ldr_Overlay *o = calloc(1, sizeof *o);
    if (!o) {
        prb_add(p, dir, "/", "out of memory");
        return;
    }
    o->c = c;
    trn_begin(&o->seen, dir, code);
    if (each_json(dir, NULL, use_overlay, o, p) == 0)
        trn_finish(c, &o->seen, p);
    free(o);
}

int ldr_translate(const char *levels_dir, const char *lang, lvl_Content *c, prb_List *p)
{
    char dir[LDR_PATH], code[TRN_LANG];
    if (!lang || strcmp(lang, "en") == 0 || !trn_lang_ok(lang))
        return 0;
    snprintf(code, sizeof code, "%s", lang);
    if (lang_dir(levels_dir, code, dir, sizeof dir) != 0) {
        code[strcspn(code, "_-")] = '\0'; /* "de_DE": the folder de */
        if (strcmp(code, "en") == 0 || lang_dir(levels_dir, code, dir, sizeof dir) != 0)
            return 0;
    }
    translate_dir(dir, code, c, p);
    return 1;
}

int ldr_languages(const char *levels_dir, char ***codes)
{
    int n = fio_list_folders(levels_dir, codes), k = 0;
    for (int i = 0; i < n; i++) {
        if (trn_lang_ok((*codes)[i]))
            (*codes)[k++] = (*codes)[i];
        else
            free((*codes)[i]);
    }
    return n < 0 ? -1 : k;
}
