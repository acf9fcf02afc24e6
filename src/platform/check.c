/* check.c - `facemap --check` (see check.h). Everything the app itself
 * checks comes from ldr_load, so --check and the app never disagree; this
 * file adds only what needs the disk beyond the loader: the sprite files
 * that animation layers name and the face art file (each there, and within
 * the size the renderer reads: ANIM_MAX_SPRITE_FILE, LVL_MAX_ART), the progress file (with
 * the profile list beside it and the other profiles' progress files), and
 * the kiosk configuration (its own parse, then its ids against the content).
 * Each language folder levels/<lang>/ is checked on a fresh copy of the
 * English content (its problems reported once, by the first load), so a
 * translation's problems are exactly the overlay's (transl.h).
 * The sprites are checked by walking animations.json's tree rather than the
 * parsed anim_Set, because a preset with a problem is left out of the set
 * and its pointer (index in the file) is not kept there. */
#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/jsonv.h"
#include "../core/kconfig.h"
#include "../core/progress.h"
#include "profstore.h"
#include "fio.h"
#include "loader.h"

#define CHK_PATH 4096
/* Larger than kcf_parse's own limit, so that it is kcf_parse that refuses
 * a big file, with the message the app gives; kconfig.c's limits, for the
 * second look at the file's tree. */
#define CHK_CONFIG_READ (1024 * 1024)
#define CHK_CONFIG_MAX KCF_MAX_FILE
#define CHK_CONFIG_DEPTH 3

/* The size of the regular file at path, or -1 when there is none. */
static long long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
}

/* Each layer's sprite (when it is a valid id: other values are the
 * loader's to report) must be a file assets/sprites/NAME.svg. */
static void check_sprites(const char *assets_dir, prb_List *p)
{
    char path[CHK_PATH], err[512];
    size_t len = 0;
    if (fio_join(path, sizeof path, assets_dir, "animations.json") != 0)
        return;
    char *text = fio_read_all(path, LVL_MAX_FILE, &len, err, sizeof err);
    if (!text)
        return; /* the loader reported it */
    jv_Ctx quiet, v;
    jv_init(&quiet, path, NULL);
    jv_init(&v, path, p);
    cJSON *root = jv_parse(&quiet, text, len, LVL_MAX_FILE, JV_MAX_DEPTH);
    free(text);
    const cJSON *list = cJSON_IsObject(root) ? cJSON_GetObjectItemCaseSensitive(root, "animations") : NULL;
    const cJSON *a, *l;
    int i = 0;
    if (!cJSON_IsArray(list))
        list = NULL;
    cJSON_ArrayForEach(a, list) {
        const cJSON *layers = cJSON_IsObject(a) ? cJSON_GetObjectItemCaseSensitive(a, "layers") : NULL;
        int j = 0;
        if (!cJSON_IsArray(layers))
            layers = NULL;
        cJSON_ArrayForEach(l, layers) {
            const cJSON *s = cJSON_IsObject(l) ? cJSON_GetObjectItemCaseSensitive(l, "sprite") : NULL;
            if (cJSON_IsString(s) && s->valuestring && jv_is_id(s->valuestring)) {
                char name[JV_ID + 16], sprite[CHK_PATH], at[JV_PTR];
                snprintf(name, sizeof name, "sprites/%s.svg", s->valuestring);
                long long size = fio_join(sprite, sizeof sprite, assets_dir, name) != 0 ? -1 : file_size(sprite);
                jv_ptr_i(at, "/animations", i);
                jv_ptr(at, at, "layers");
                jv_ptr_i(at, at, j);
                jv_ptr(at, at, "sprite");
                if (size < 0)
                    jv_report(&v, at, "no sprite file %s in the assets folder", name);
                else if (size > ANIM_MAX_SPRITE_FILE)
                    jv_report(&v, at, "%s is %lld bytes, over the %d KiB limit for a sprite: it would take too "
                              "long to draw", name, size, ANIM_MAX_SPRITE_FILE / 1024);
            }
            j++;
        }
        i++;
    }
    cJSON_Delete(root);
}

/* The face art zones.json names (already checked by the parser to be a
 * relative path inside assets/) must exist there. */
static void check_art(const char *levels_dir, const char *assets_dir, const lvl_Content *c,
                      prb_List *p)
{
    char zones[CHK_PATH], art[CHK_PATH], q[JV_CLIP];
    if (!c->art || fio_join(zones, sizeof zones, levels_dir, "zones.json") != 0)
        return;
    long long size = fio_join(art, sizeof art, assets_dir, c->art) != 0 ? -1 : file_size(art);
    if (size < 0)
        prb_add(p, zones, "/art", "no file \"%s\" in the assets folder", jv_clip(q, c->art));
    else if (size > LVL_MAX_ART)
        prb_add(p, zones, "/art", "\"%s\" is %lld bytes, over the %d KiB limit for the face art: each frame "
                "would take seconds to draw", jv_clip(q, c->art), size, LVL_MAX_ART / 1024);
}

/* The app runs without levels/facts.json (no source names are shown);
 * the content is not complete without it. */
static void check_facts_file(const char *levels_dir, prb_List *p)
{
    char path[CHK_PATH];
    if (fio_join(path, sizeof path, levels_dir, "facts.json") == 0 && file_size(path) < 0)
        prb_add(p, path, "/", "missing: the list of the source texts' facts (levels/README.md, \"facts.json\")");
}

static void check_progress(const char *file, prb_List *p)
{
    char err[512];
    size_t len = 0;
    char *text = fio_read_all(file, PROG_MAX_FILE, &len, err, sizeof err);
    if (!text) {
        prb_add(p, file, "/", "cannot read the file: %s", fio_why(err, file));
        return;
    }
    prog_Data d;
    prog_init(&d);
    prog_parse(&d, file, text, len, p);
    prog_free(&d);
    free(text);
}

/* With --progress, the profile list beside it when there is one, and
 * each other profile's progress file that is there; how many files were
 * read. */
static int check_profiles(const char *progress, prb_List *p)
{
    char path[PFS_PATH], err[512];
    size_t len = 0;
    if (pfs_beside(progress, PFL_LIST_NAME, path, sizeof path) != 0 || !fio_exists(path))
        return 0;
    char *text = fio_read_all(path, PFL_MAX_FILE, &len, err, sizeof err);
    if (!text) {
        prb_add(p, path, "/", "cannot read the file: %s", fio_why(err, path));
        return 1;
    }
    const char *slash = strrchr(progress, '/');
    pfl_List l;
    pfl_init(&l, slash ? slash + 1 : progress);
    int n = 1, bad = pfl_parse(&l, l.p[0].file, path, text, len, p);
    free(text);
    for (int i = 1; !bad && i < l.n; i++)
        if (pfs_beside(progress, l.p[i].file, path, sizeof path) == 0 && fio_exists(path)) {
            check_progress(path, p);
            n++;
        }
    return n;
}

/* Each item of root[key] (zones or routines) that is an id at all (the
 * others kcf_parse reported) must be in the content, and an offered
 * routine must be on a zone that k offers. The file's tree is walked, not
 * k, so that an unknown id is reported even when the list had another
 * problem (k then holds the default, an empty list). */
static void check_id_list(jv_Ctx *v, const cJSON *root, const char *key, const kcf_Config *k,
                          const lvl_Content *c)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, key), *it;
    char base[JV_PTR], at[JV_PTR];
    int i = 0, zones = strcmp(key, "zones") == 0;
    if (!cJSON_IsArray(list))
        return;
    jv_ptr(base, "", key);
    cJSON_ArrayForEach(it, list) {
        const char *id = cJSON_IsString(it) ? it->valuestring : NULL;
        jv_ptr_i(at, base, i++);
        if (!id || !jv_is_id(id))
            continue;
        int r = zones ? -1 : lvl_routine_index(c, id);
        if (zones && lvl_zone_index(c, id) < 0)
            jv_report(v, at, "unknown zone \"%s\"", id);
        else if (!zones && r < 0)
            jv_report(v, at, "unknown routine \"%s\"", id);
        else if (!zones && !kcf_offers_zone(k, c->routines[r].zone))
            jv_report(v, at, "routine \"%s\" is on zone \"%s\", which /zones does not offer", id,
                      c->routines[r].zone);
    }
}

/* attract_routine, the file's or the default, must be a routine of the
 * content on an offered zone. */
static void check_attract(jv_Ctx *v, const cJSON *root, const kcf_Config *k,
                          const lvl_Content *c)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, "attract_routine");
    const char *id = a ? (cJSON_IsString(a) ? a->valuestring : NULL) : k->attract_routine;
    if (!id || !jv_is_id(id))
        return; /* kcf_parse reported it */
    int r = lvl_routine_index(c, id);
    if (r < 0 && a)
        jv_report(v, "/attract_routine", "unknown routine \"%s\"", id);
    else if (r < 0)
        jv_report(v, "", "attract_routine is \"%s\" by default, which is not a routine in the "
                  "levels folder; set attract_routine", id);
    else if (k->nroutines > 0 || kcf_offers_zone(k, c->routines[r].zone))
        return; /* in /routines (kcf_parse saw to it), whose zones were checked */
    else if (a)
        jv_report(v, "/attract_routine",
                  "routine \"%s\" is on zone \"%s\", which /zones does not offer", id,
                  c->routines[r].zone);
    else
        jv_report(v, "", "attract_routine is \"%s\" by default, on zone \"%s\", which /zones "
                  "does not offer; set attract_routine", id, c->routines[r].zone);
}

/* The kiosk configuration, parsed as the app parses it (kcf_parse), then
 * its ids checked against the loaded content (not when zones.json did not
 * load: that is reported already, and every id would look unknown). */
static void check_config(const char *file, const lvl_Content *c, prb_List *p)
{
    char err[512];
    size_t len = 0;
    char *text = fio_read_all(file, CHK_CONFIG_READ, &len, err, sizeof err);
    if (!text) {
        prb_add(p, file, "/", "cannot read the file: %s", fio_why(err, file));
        return;
    }
    kcf_Config k;
    jv_Ctx quiet, v;
    kcf_defaults(&k);
    kcf_parse(&k, file, text, len, p);
    jv_init(&quiet, file, NULL);
    jv_init(&v, file, p);
    cJSON *root = jv_parse(&quiet, text, len, CHK_CONFIG_MAX, CHK_CONFIG_DEPTH);
    free(text);
    if (cJSON_IsObject(root) && !cJSON_GetObjectItemCaseSensitive(root, "pin")) /* a wrong one: kcf_parse */
        prb_add(p, file, "/pin", "missing: the kiosk does not start without a staff PIN; " KCF_PIN_HOWTO);
    if (cJSON_IsObject(root) && c->nzones > 0) {
        check_id_list(&v, root, "zones", &k, c);
        check_id_list(&v, root, "routines", &k, c);
        check_attract(&v, root, &k, c);
    }
    cJSON_Delete(root);
}

/* Every language folder laid over its own fresh load of the English; how
 * many files that was when they are clean (each routine, zones.json and
 * safety.json). */
static int check_languages(const char *levels_dir, const char *assets_dir, prb_List *p)
{
    char **codes = NULL;
    int n = ldr_languages(levels_dir, &codes), files = 0;
    prb_List *english = calloc(1, sizeof *english);
    for (int i = 0; english && i < n; i++) {
        lvl_Content c;
        anim_Set a;
        memset(&c, 0, sizeof c);
        memset(&a, 0, sizeof a);
        prb_clear(english);
        if (ldr_load(levels_dir, assets_dir, &c, &a, english) == 0 && ldr_translate(levels_dir, codes[i], &c, p))
            files += c.nroutines + 2;
        lvl_free(&c);
        anim_free(&a);
    }
    free(english);
    if (n > 0)
        fio_free_names(codes, n);
    return files;
}

/* Prints line with control characters as '?', then a newline. */
static void put_line(FILE *out, const char *line)
{
    for (const unsigned char *s = (const unsigned char *)line; *s; s++)
        fputc((*s < 0x20 || *s == 0x7f) ? '?' : *s, out);
    fputc('\n', out);
}

/* How many different FILE parts (the text before the first ": /") the
 * problem lines have. */
static int count_files(const prb_List *p)
{
    int n = 0;
    for (int i = 0; i < p->count; i++) {
        const char *end = strstr(p->line[i], ": /");
        size_t k = end ? (size_t)(end - p->line[i]) : strlen(p->line[i]);
        int seen = 0;
        for (int j = 0; j < i && !seen; j++) {
            const char *e2 = strstr(p->line[j], ": /");
            size_t k2 = e2 ? (size_t)(e2 - p->line[j]) : strlen(p->line[j]);
            seen = k == k2 && strncmp(p->line[i], p->line[j], k) == 0;
        }
        n += !seen;
    }
    return n;
}

int chk_run(const char *levels_dir, const char *assets_dir, const char *progress_file,
            const char *config_file, FILE *out)
{
    lvl_Content c;
    anim_Set a;
    memset(&c, 0, sizeof c);
    memset(&a, 0, sizeof a);
    prb_List *p = calloc(1, sizeof *p);
    if (!p) {
        fprintf(stderr, "facemap --check: out of memory\n");
        return 1;
    }
    ldr_load(levels_dir, assets_dir, &c, &a, p);
    check_facts_file(levels_dir, p);
    check_art(levels_dir, assets_dir, &c, p);
    check_sprites(assets_dir, p);
    int more = check_languages(levels_dir, assets_dir, p);
    if (progress_file) {
        check_progress(progress_file, p);
        more += check_profiles(progress_file, p);
    }
    if (config_file)
        check_config(config_file, &c, p);

    for (int i = 0; i < p->count; i++)
        put_line(out, p->line[i]);
    fflush(out);
    int total = prb_total(p), files = count_files(p);
    if (total == 0) {
        int n = 2 + c.nroutines + (progress_file ? 1 : 0) + more + (config_file ? 1 : 0);
        fprintf(stderr, "facemap --check: %d files, no problems\n", n);
    } else {
        fprintf(stderr, "facemap --check: %d problem%s in %d file%s", total, total == 1 ? "" : "s",
                files, files == 1 ? "" : "s");
        if (p->dropped)
            fprintf(stderr, " (only the first %d are listed)", p->count);
        fputc('\n', stderr);
    }
    lvl_free(&c);
    anim_free(&a);
    free(p);
    return total == 0 ? 0 : 1;
}
