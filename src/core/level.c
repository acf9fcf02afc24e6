/* level.c - reads levels/zones.json and the routine files into an
 * lvl_Content (format: levels/README.md), reporting every problem through
 * jsonv. zones.json keeps the zones that are clean and leaves out a zone
 * with a problem; a routine file with any problem is still appended, marked
 * broken with its first problem line and no steps, so the map can show it
 * as unavailable and say why. A broken file's id may be a guess from its
 * file name, so lvl_validate checks duplicates only against earlier usable
 * routines. Optional step fields and their defaults:
 * caution null, seconds 0 (no timer), advance "manual", skippable true,
 * facts [] (schema.json asks for them; the coverage check in
 * level_facts.c is what keeps every fact carried). Routine: sources and
 * facts [] (schema.json asks for them too). */
#include "level.h"

#include <stdlib.h>
#include <string.h>

#include "jsonv.h"

#define LVL_MAX_DEPTH 8
#define LVL_MAX_COORD 100000.0

static const char *const ZONES_KEYS[] = {"kind", "art", "size", "zones", NULL};
static const char *const ZONE_KEYS[] = {"id", "name", "label", "polygon", NULL};
static const char *const ROUTINE_KEYS[] = {"kind", "id", "zone", "title", "summary", "every_days",
                                           "every_days_source", "gentle", "sources", "facts", "steps",
                                           NULL};
static const char *const STEP_KEYS[] = {"id", "title", "text", "caution", "seconds",
                                        "seconds_source", "animation", "advance", "skippable",
                                        "facts", NULL};
static const char *const KIND_ZONES[] = {"zones", NULL};
static const char *const KIND_ROUTINE[] = {"routine", NULL};
static const char *const SECONDS_SOURCES[] = {"sources", "suggestion", NULL};
static const char *const ADVANCES[] = {"manual", "timer", NULL};

typedef int (*known_fn)(void *ctx, const char *id);

/* ---- small helpers ------------------------------------------------------ */

/* Copies s into *out (NULL for NULL or ""), reporting when out of memory. */
static void dup_text(jv_Ctx *v, const char *at, const char *s, char **out)
{
    *out = NULL;
    if (!s || !*s)
        return;
    *out = strdup(s);
    if (!*out)
        jv_report(v, at, "out of memory");
}

/* A point [x, y] at pointer at. */
static int read_point(jv_Ctx *v, const cJSON *n, const char *at, geo_Pt *out)
{
    char ptr[JV_PTR];
    double x = 0, y = 0;
    if (!jv_node_arr(v, n, at, 2, 2))
        return 0;
    int ok = jv_node_num(v, cJSON_GetArrayItem(n, 0), jv_ptr_i(ptr, at, 0), -LVL_MAX_COORD,
                         LVL_MAX_COORD, &x);
    ok &= jv_node_num(v, cJSON_GetArrayItem(n, 1), jv_ptr_i(ptr, at, 1), -LVL_MAX_COORD,
                      LVL_MAX_COORD, &y);
    out->x = (float)x;
    out->y = (float)y;
    return ok;
}

/* ---- zones.json --------------------------------------------------------- */

/* The art path must name a file inside assets/: relative, with no ".."
 * segment (so the app never reads a file outside its assets). */
static int art_path_ok(jv_Ctx *v, const char *art)
{
    if (art[0] == '/' || art[0] == '\\') {
        jv_report(v, "/art", "must be a path relative to the assets folder, not an absolute one");
        return 0;
    }
    for (const char *s = art; *s;) {
        size_t n = strcspn(s, "/\\");
        if (n == 2 && s[0] == '.' && s[1] == '.') {
            jv_report(v, "/art", "must stay inside the assets folder (no \"..\")");
            return 0;
        }
        s += n + (s[n] != '\0');
    }
    return 1;
}

/* The face art is drawn from SVG (as the schema says: "\\.svg$"). */
static int art_is_svg(jv_Ctx *v, const char *art)
{
    size_t n = strlen(art);
    if (n > 4 && strcmp(art + n - 4, ".svg") == 0)
        return 1;
    jv_report(v, "/art", "must name an .svg file");
    return 0;
}

static void free_zones(lvl_Content *c)
{
    for (int i = 0; i < c->nzones; i++) {
        free(c->zones[i].name);
        free(c->zones[i].pts);
    }
    free(c->zones);
    c->zones = NULL;
    c->nzones = 0;
}

static int read_polygon(jv_Ctx *v, const cJSON *zone, const char *at, lvl_Zone *z)
{
    char ptr[JV_PTR], item[JV_PTR];
    const cJSON *poly = NULL;
    int ok = jv_arr(v, zone, at, "polygon", JV_REQUIRED, 3, LVL_MAX_POLY, &poly);
    if (!ok || !poly)
        return 0;
    z->pts = calloc((size_t)cJSON_GetArraySize(poly), sizeof *z->pts);
    if (!z->pts) {
        jv_report(v, at, "out of memory");
        return 0;
    }
    jv_ptr(ptr, at, "polygon");
    const cJSON *pt;
    cJSON_ArrayForEach(pt, poly) {
        ok &= read_point(v, pt, jv_ptr_i(item, ptr, z->npts), &z->pts[z->npts]);
        z->npts++;
    }
    return ok;
}

/* Reads one zone into z (owning its strings); 1 when it is clean. */
static int read_zone(jv_Ctx *v, const cJSON *n, const char *at, lvl_Zone *z)
{
    char ptr[JV_PTR];
    const char *name = NULL;
    const cJSON *label;
    int before = v->count;
    if (!jv_is_object(v, n, at))
        return 0;
    jv_keys(v, n, at, ZONE_KEYS);
    jv_id(v, n, at, "id", JV_REQUIRED, z->id);
    if (jv_str(v, n, at, "name", JV_REQUIRED, 1, 60, &name) && name)
        dup_text(v, at, name, &z->name);
    int label_ok = 0;
    if ((label = jv_field(v, n, at, "label", JV_REQUIRED, ptr)) != NULL)
        label_ok = read_point(v, label, ptr, &z->label);
    if (read_polygon(v, n, at, z) && label_ok) {
        if (!geo_poly_contains(z->pts, z->npts, z->label.x, z->label.y))
            jv_report(v, ptr, "must lie inside the polygon");
        z->area = geo_poly_area(z->pts, z->npts);
    }
    return v->count == before;
}

static void read_zone_list(jv_Ctx *v, const cJSON *list, lvl_Content *c)
{
    char at[JV_PTR], ptr[JV_PTR];
    const cJSON *n;
    int i = 0;
    c->zones = calloc((size_t)cJSON_GetArraySize(list), sizeof *c->zones);
    if (!c->zones) {
        jv_report(v, "/zones", "out of memory");
        return;
    }
    cJSON_ArrayForEach(n, list) {
        lvl_Zone *z = &c->zones[c->nzones];
        memset(z, 0, sizeof *z);
        jv_ptr_i(at, "/zones", i++);
        int clean = read_zone(v, n, at, z);
        if (z->id[0] && lvl_zone_index(c, z->id) >= 0) {
            jv_report(v, jv_ptr(ptr, at, "id"), "duplicate zone id \"%s\"", z->id);
            clean = 0;
        }
        if (clean) {
            c->nzones++;
        } else {
            free(z->name);
            free(z->pts);
        }
    }
}

int lvl_parse_zones(lvl_Content *c, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    const char *art = NULL;
    const cJSON *size = NULL, *list = NULL;
    int kind = 0;
    jv_init(&v, file, p);
    free_zones(c);
    free(c->art);
    c->art = NULL;
    cJSON *root = jv_parse(&v, text, len, LVL_MAX_FILE, LVL_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        jv_keys(&v, root, "", ZONES_KEYS);
        jv_enum(&v, root, "", "kind", JV_REQUIRED, KIND_ZONES, &kind);
        if (jv_str(&v, root, "", "art", JV_REQUIRED, 1, 200, &art) && art && art_path_ok(&v, art) &&
            art_is_svg(&v, art))
            dup_text(&v, "/art", art, &c->art);
        if (jv_arr(&v, root, "", "size", JV_REQUIRED, 2, 2, &size) && size) {
            double w = 0, h = 0;
            char ptr[JV_PTR];
            if (jv_node_num(&v, cJSON_GetArrayItem(size, 0), jv_ptr_i(ptr, "/size", 0), 1,
                            LVL_MAX_COORD, &w) &&
                jv_node_num(&v, cJSON_GetArrayItem(size, 1), jv_ptr_i(ptr, "/size", 1), 1,
                            LVL_MAX_COORD, &h)) {
                c->art_w = (float)w;
                c->art_h = (float)h;
            }
        }
        if (jv_arr(&v, root, "", "zones", JV_REQUIRED, 1, LVL_MAX_ZONES, &list) && list)
            read_zone_list(&v, list, c);
    }
    cJSON_Delete(root);
    return v.count;
}

/* ---- routine files ------------------------------------------------------ */

static void free_steps(lvl_Routine *r)
{
    for (int i = 0; i < r->nsteps; i++) {
        free(r->steps[i].title);
        free(r->steps[i].text);
        free(r->steps[i].caution);
    }
    free(r->steps);
    r->steps = NULL;
    r->nsteps = 0;
}

static void free_routine(lvl_Routine *r)
{
    free_steps(r);
    free(r->title);
    free(r->summary);
    free(r->file);
    free(r->error);
    memset(r, 0, sizeof *r);
}

/* Timer fields of a step: seconds, where they come from, how it advances. */
static void read_timing(jv_Ctx *v, const cJSON *n, const char *at, lvl_Step *s)
{
    char ptr[JV_PTR];
    int source = -1, advance = LVL_ADV_MANUAL;
    int seconds_ok = jv_int(v, n, at, "seconds", JV_NULLABLE, 0, LVL_MAX_SECONDS, &s->seconds);
    int flags = (seconds_ok && s->seconds > 0) ? JV_REQUIRED : JV_OPTIONAL;
    if (flags == JV_REQUIRED && !cJSON_GetObjectItemCaseSensitive(n, "seconds_source"))
        jv_report(v, at, "missing \"seconds_source\" (required when seconds > 0)");
    else
        jv_enum(v, n, at, "seconds_source", flags, SECONDS_SOURCES, &source);
    s->seconds_is_suggestion = source == 1;
    if (jv_enum(v, n, at, "advance", JV_OPTIONAL, ADVANCES, &advance) &&
        advance == LVL_ADV_TIMER && seconds_ok && s->seconds == 0)
        jv_report(v, jv_ptr(ptr, at, "advance"), "\"timer\" needs seconds > 0");
    s->advance = (lvl_Advance)advance;
}

static void read_step(jv_Ctx *v, const cJSON *n, const char *at, lvl_Step *s, known_fn known,
                      void *ctx)
{
    char ptr[JV_PTR], q[JV_CLIP];
    const char *title = NULL, *text = NULL, *caution = NULL;
    if (!jv_is_object(v, n, at))
        return;
    jv_keys(v, n, at, STEP_KEYS);
    jv_id(v, n, at, "id", JV_REQUIRED, s->id);
    if (jv_str(v, n, at, "title", JV_REQUIRED, 1, 60, &title) && title)
        dup_text(v, at, title, &s->title);
    if (jv_str(v, n, at, "text", JV_REQUIRED, 1, 400, &text) && text)
        dup_text(v, at, text, &s->text);
    if (jv_str(v, n, at, "caution", JV_NULLABLE, 0, 400, &caution) && caution)
        dup_text(v, at, caution, &s->caution);
    read_timing(v, n, at, s);
    if (jv_id(v, n, at, "animation", JV_REQUIRED, s->anim) && s->anim[0] && known &&
        !known(ctx, s->anim))
        jv_report(v, jv_ptr(ptr, at, "animation"), "unknown animation \"%s\"",
                  jv_clip(q, s->anim));
    s->skippable = 1;
    jv_bool(v, n, at, "skippable", JV_OPTIONAL, &s->skippable);
    fct_read_refs(v, n, at, "facts", JV_OPTIONAL, 0, &s->facts);
}

static void read_steps(jv_Ctx *v, const cJSON *root, lvl_Routine *r, known_fn known, void *ctx)
{
    char at[JV_PTR], ptr[JV_PTR];
    const cJSON *list = NULL, *n;
    jv_arr(v, root, "", "steps", JV_REQUIRED, 1, LVL_MAX_STEPS, &list);
    list = cJSON_GetObjectItemCaseSensitive(root, "steps"); /* read even when too long */
    if (!cJSON_IsArray(list))
        return;
    r->steps = calloc(LVL_MAX_STEPS, sizeof *r->steps);
    if (!r->steps) {
        jv_report(v, "/steps", "out of memory");
        return;
    }
    cJSON_ArrayForEach(n, list) {
        if (r->nsteps == LVL_MAX_STEPS)
            break; /* reported above; the rest is not read */
        lvl_Step *s = &r->steps[r->nsteps++];
        jv_ptr_i(at, "/steps", r->nsteps - 1);
        read_step(v, n, at, s, known, ctx);
        for (int j = 0; s->id[0] && j < r->nsteps - 1; j++)
            if (strcmp(r->steps[j].id, s->id) == 0) {
                jv_report(v, jv_ptr(ptr, at, "id"), "duplicate step id \"%s\"", s->id);
                break;
            }
    }
}

static void read_head(jv_Ctx *v, const cJSON *root, lvl_Routine *r)
{
    const char *title = NULL, *summary = NULL;
    int kind = 0;
    jv_keys(v, root, "", ROUTINE_KEYS);
    jv_enum(v, root, "", "kind", JV_REQUIRED, KIND_ROUTINE, &kind);
    jv_id(v, root, "", "id", JV_REQUIRED, r->id);
    jv_id(v, root, "", "zone", JV_REQUIRED, r->zone);
    if (jv_str(v, root, "", "title", JV_REQUIRED, 1, 80, &title) && title)
        dup_text(v, "/title", title, &r->title);
    if (jv_str(v, root, "", "summary", JV_NULLABLE, 0, 200, &summary) && summary)
        dup_text(v, "/summary", summary, &r->summary);
    jv_int(v, root, "", "every_days", JV_REQUIRED, 1, LVL_MAX_EVERY_DAYS, &r->every_days);
    int source = 0;
    jv_enum(v, root, "", "every_days_source", JV_REQUIRED, SECONDS_SOURCES, &source);
    r->every_days_is_suggestion = source == 1;
    jv_bool(v, root, "", "gentle", JV_OPTIONAL, &r->gentle);
    fct_read_refs(v, root, "", "sources", JV_OPTIONAL, 1, &r->sources);
    fct_read_refs(v, root, "", "facts", JV_OPTIONAL, 0, &r->facts);
}

/* The file's base name without ".json", cut to fit an id. */
static void id_from_file(const char *file, char out[LVL_ID])
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    size_t n = strlen(base);
    if (n > 5 && strcmp(base + n - 5, ".json") == 0)
        n -= 5;
    if (n > LVL_ID - 1)
        n = LVL_ID - 1;
    memcpy(out, base, n);
    out[n] = '\0';
}

/* Marks r broken with line as its error (if it has none yet). */
void lvl_mark_broken(lvl_Routine *r, const char *line)
{
    free_steps(r);
    r->broken = 1;
    if (!r->error)
        r->error = strdup(line);
}

int lvl_parse_routine(lvl_Content *c, const char *file, const char *text, size_t len,
                      int (*known_anim)(void *ctx, const char *id), void *ctx, prb_List *p)
{
    jv_Ctx v;
    lvl_Routine r;
    jv_init(&v, file, p);
    memset(&r, 0, sizeof r);
    if (c->nroutines >= LVL_MAX_ROUTINES) {
        jv_report(&v, "", "too many routine files (at most %d)", LVL_MAX_ROUTINES);
        return v.count;
    }
    cJSON *root = jv_parse(&v, text, len, LVL_MAX_FILE, LVL_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        read_head(&v, root, &r);
        read_steps(&v, root, &r, known_anim, ctx);
    }
    cJSON_Delete(root);
    if (!r.id[0])
        id_from_file(file ? file : "", r.id);
    if (!r.title)
        r.title = strdup(r.id);
    r.file = strdup(file ? file : "");
    lvl_Routine *grown = realloc(c->routines, (size_t)(c->nroutines + 1) * sizeof *grown);
    if (!grown || !r.file || !r.title) {
        jv_report(&v, "", "out of memory");
        if (grown)
            c->routines = grown;
        free_routine(&r);
        return v.count;
    }
    if (v.count > 0)
        lvl_mark_broken(&r, v.first);
    c->routines = grown;
    c->routines[c->nroutines++] = r;
    return v.count;
}

/* ---- across files ------------------------------------------------------- */

int lvl_validate(lvl_Content *c, prb_List *p)
{
    int total = 0;
    for (int i = 0; i < c->nroutines; i++) {
        lvl_Routine *r = &c->routines[i];
        jv_Ctx v;
        jv_init(&v, r->file, p);
        if (r->zone[0] && lvl_zone_index(c, r->zone) < 0)
            jv_report(&v, "/zone", "unknown zone \"%s\"", r->zone);
        for (int j = 0; j < i; j++)
            if (!c->routines[j].broken && strcmp(c->routines[j].id, r->id) == 0) {
                jv_report(&v, "/id", "duplicate routine id \"%s\" (also in %s)", r->id,
                          c->routines[j].file);
                break;
            }
        if (v.count > 0)
            lvl_mark_broken(r, v.first);
        total += v.count;
    }
    return total;
}

int lvl_zone_index(const lvl_Content *c, const char *id)
{
    for (int i = 0; i < c->nzones; i++)
        if (strcmp(c->zones[i].id, id) == 0)
            return i;
    return -1;
}

/* A usable routine with the id, else a broken one, else -1. */
int lvl_routine_index(const lvl_Content *c, const char *id)
{
    int found = -1;
    for (int i = 0; i < c->nroutines; i++)
        if (strcmp(c->routines[i].id, id) == 0) {
            if (!c->routines[i].broken)
                return i;
            if (found < 0)
                found = i;
        }
    return found;
}

int lvl_routines_of_zone(const lvl_Content *c, int zone, int *out, int max)
{
    int n = 0;
    if (zone < 0 || zone >= c->nzones)
        return 0;
    for (int i = 0; i < c->nroutines && n < max; i++)
        if (strcmp(c->routines[i].zone, c->zones[zone].id) == 0)
            out[n++] = i;
    return n;
}

int lvl_keep_last_good(lvl_Content *fresh, lvl_Content *old)
{
    int kept = 0;
    for (int i = 0; i < fresh->nroutines; i++) {
        lvl_Routine *r = &fresh->routines[i];
        for (int k = 0; r->broken && k < old->nroutines; k++) {
            lvl_Routine *o = &old->routines[k];
            if (o->broken || !o->file || !r->file || strcmp(o->file, r->file) != 0)
                continue;
            lvl_Routine t = *r;
            *r = *o;
            *o = t;
            kept++;
        }
    }
    return kept;
}

void lvl_free(lvl_Content *c)
{
    free_zones(c);
    for (int i = 0; i < c->nroutines; i++)
        free_routine(&c->routines[i]);
    free(c->routines);
    free(c->art);
    saf_free(&c->safety);
    fct_free(&c->facts);
    memset(c, 0, sizeof *c);
}
