/* transl.c - see transl.h. Each overlay is read with the shared JSON field
 * readers (jsonv.h); the lists (steps, zones, safety items) are objects
 * keyed by the English ids, so one walk over the English ids finds what is
 * missing and one walk over the object finds what names nothing. */
#include "transl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonv.h"

#define TRN_MAX_DEPTH 6
#define TRN_MAX_IDS 32 /* the most of any list: LVL_MAX_STEPS, LVL_MAX_ZONES, SAF_MAX_ITEMS */

static const char *const ROUTINE_KEYS[] = {"kind", "lang", "routine", "title", "summary", "steps", NULL};
static const char *const STEP_KEYS[] = {"title", "text", "caution", NULL};
static const char *const ZONES_KEYS[] = {"kind", "lang", "zones", NULL};
static const char *const ZONE_KEYS[] = {"name", NULL};
static const char *const SAFETY_KEYS[] = {"kind", "lang", "never", "professional", "why", "notice", "done", NULL};
static const char *const ITEM_KEYS[] = {"title", "text", NULL};
static const char *const FACTS_KEYS[] = {"kind", "lang", "sources", NULL};
static const char *const SOURCE_KEYS[] = {"name", NULL};
static const char *const KIND_ROUTINE[] = {"routine-translation", NULL};
static const char *const KIND_ZONES[] = {"zones-translation", NULL};
static const char *const KIND_SAFETY[] = {"safety-translation", NULL};
static const char *const KIND_FACTS[] = {"facts-translation", NULL};

/* One list of the English (steps, zones or items) and what an overlay
 * object keyed by its ids does with each entry found. */
typedef struct {
    const char *noun;                 /* "step", "zone", "item" */
    const char *ids[TRN_MAX_IDS];
    int n;
    void (*each)(jv_Ctx *v, void *ctx, int i, const cJSON *node, const char *at);
    void *ctx;
} trn_List;

int trn_lang_ok(const char *code)
{
    size_t n = 0;
    while (code[n] >= 'a' && code[n] <= 'z')
        n++;
    if (n < 2 || n > 3)
        return 0;
    if (code[n] == '\0')
        return 1;
    if (code[n] != '_' && code[n] != '-')
        return 0;
    size_t k = 0;
    for (const char *t = code + n + 1; *t; t++, k++)
        if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (*t >= '0' && *t <= '9')))
            return 0;
    return k >= 1 && k <= 8;
}

void trn_begin(trn_Seen *s, const char *dir, const char *lang)
{
    memset(s, 0, sizeof *s);
    strncpy(s->lang, lang, sizeof s->lang - 1);
    strncpy(s->dir, dir, sizeof s->dir - 1);
}

/* obj[key] over *dst, the English text: a translation where the English
 * has text, none where it has none. max is the English field's limit. */
static void put(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, size_t max, char **dst)
{
    char ptr[JV_PTR];
    const char *s = NULL;
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(obj, key);
    int has = n && !cJSON_IsNull(n);
    jv_ptr(ptr, at, key);
    if (!*dst || !**dst) {
        if (has)
            jv_report(v, ptr, "the English has no %s: leave it out", key);
        return;
    }
    if (!has) {
        jv_report(v, ptr, "missing (the English has one)");
        return;
    }
    if (!jv_node_str(v, n, ptr, 0, max, &s) || !s)
        return;
    if (strspn(s, " \t\n") == strlen(s)) {
        jv_report(v, ptr, "is empty: give the translation (the English has one)");
        return;
    }
    char *copy = strdup(s);
    if (!copy) {
        jv_report(v, ptr, "out of memory");
        return;
    }
    free(*dst);
    *dst = copy;
}

static int known_id(const trn_List *l, const char *id)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->ids[i], id) == 0)
            return i;
    return -1;
}

/* obj[key], an object keyed by l's ids: each English entry found goes to
 * l->each; an entry missing, one naming no English entry and a key given
 * twice are reported. */
static void keyed(jv_Ctx *v, const cJSON *obj, const char *key, const trn_List *l)
{
    char at[JV_PTR], ptr[JV_PTR], q[JV_CLIP];
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, key), *c;
    jv_ptr(at, "", key);
    if (!list) {
        if (l->n > 0)
            jv_report(v, at, "missing (the English has %d %s%s)", l->n, l->noun, l->n == 1 ? "" : "s");
        return;
    }
    if (!jv_is_object(v, list, at))
        return;
    for (int i = 0; i < l->n; i++) {
        jv_ptr(ptr, at, l->ids[i]);
        if (!(c = cJSON_GetObjectItemCaseSensitive(list, l->ids[i])))
            jv_report(v, ptr, "missing (the English has this %s)", l->noun);
        else if (jv_is_object(v, c, ptr))
            l->each(v, l->ctx, i, c, ptr);
    }
    cJSON_ArrayForEach(c, list) {
        jv_ptr(ptr, at, c->string);
        if (known_id(l, c->string) < 0)
            jv_report(v, ptr, "unknown %s \"%s\": the English has no %s with this id", l->noun,
                      jv_clip(q, c->string), l->noun);
        for (const cJSON *e = list->child; e != c; e = e->next)
            if (strcmp(e->string, c->string) == 0) {
                jv_report(v, ptr, "given twice");
                break;
            }
    }
}

/* ---- the three kinds ---------------------------------------------------- */

static void each_step(jv_Ctx *v, void *ctx, int i, const cJSON *n, const char *at)
{
    lvl_Step *s = &((lvl_Routine *)ctx)->steps[i];
    jv_keys(v, n, at, STEP_KEYS);
    put(v, n, at, "title", 60, &s->title);
    put(v, n, at, "text", 400, &s->text);
    put(v, n, at, "caution", 400, &s->caution);
}

static void apply_routine(jv_Ctx *v, lvl_Content *c, trn_Seen *s, const cJSON *root)
{
    char id[JV_ID] = "", q[JV_CLIP];
    jv_keys(v, root, "", ROUTINE_KEYS);
    if (!jv_id(v, root, "", "routine", JV_REQUIRED, id) || !id[0])
        return;
    int r = lvl_routine_index(c, id);
    if (r < 0) {
        jv_report(v, "/routine", "unknown routine \"%s\": no English routine file has this id", jv_clip(q, id));
        return;
    }
    if (s->routine[r]) {
        jv_report(v, "/routine", "\"%s\" is translated by another file of %s too", id, s->dir);
        return;
    }
    s->routine[r] = 1;
    lvl_Routine *rt = &c->routines[r];
    if (rt->broken)
        return; /* the English file's problem is reported; nothing to lay text on */
    put(v, root, "", "title", 80, &rt->title);
    put(v, root, "", "summary", 200, &rt->summary);
    trn_List l = {"step", {0}, 0, each_step, rt};
    for (int i = 0; i < rt->nsteps && i < TRN_MAX_IDS; i++)
        l.ids[l.n++] = rt->steps[i].id;
    keyed(v, root, "steps", &l);
}

static void each_zone(jv_Ctx *v, void *ctx, int i, const cJSON *n, const char *at)
{
    lvl_Zone *z = &((lvl_Content *)ctx)->zones[i];
    jv_keys(v, n, at, ZONE_KEYS);
    put(v, n, at, "name", 60, &z->name);
}

static void apply_zones(jv_Ctx *v, lvl_Content *c, trn_Seen *s, const cJSON *root)
{
    s->zones = 1;
    jv_keys(v, root, "", ZONES_KEYS);
    trn_List l = {"zone", {0}, 0, each_zone, c};
    for (int i = 0; i < c->nzones && i < TRN_MAX_IDS; i++)
        l.ids[l.n++] = c->zones[i].id;
    keyed(v, root, "zones", &l);
}

static void each_item(jv_Ctx *v, void *ctx, int i, const cJSON *n, const char *at)
{
    saf_Item *it = &((saf_Item *)ctx)[i];
    jv_keys(v, n, at, ITEM_KEYS);
    put(v, n, at, "title", 60, &it->title);
    put(v, n, at, "text", 300, &it->text);
}

static void items(jv_Ctx *v, const cJSON *root, const char *key, saf_Item *it, int n)
{
    trn_List l = {"item", {0}, 0, each_item, it};
    for (int i = 0; i < n && i < TRN_MAX_IDS; i++)
        l.ids[l.n++] = it[i].id;
    keyed(v, root, key, &l);
}

static void apply_safety(jv_Ctx *v, lvl_Content *c, trn_Seen *s, const cJSON *root)
{
    saf_Info *f = &c->safety;
    s->safety = 1;
    jv_keys(v, root, "", SAFETY_KEYS);
    if (!f->loaded)
        return; /* the English safety.json's problem is reported */
    items(v, root, "never", f->never, f->nnever);
    items(v, root, "professional", f->pro, f->npro);
    items(v, root, "why", f->why, f->nwhy);
    put(v, root, "", "notice", 400, &f->notice);
    put(v, root, "", "done", 300, &f->done);
}

static void each_source(jv_Ctx *v, void *ctx, int i, const cJSON *n, const char *at)
{
    fct_Source *src = &((fct_Source *)ctx)[i];
    jv_keys(v, n, at, SOURCE_KEYS);
    put(v, n, at, "name", 80, &src->name);
}

/* facts.json's translation: the sources' names, which the screens show. */
static void apply_facts(jv_Ctx *v, lvl_Content *c, trn_Seen *s, const cJSON *root)
{
    fct_Info *f = &c->facts;
    s->facts = 1;
    jv_keys(v, root, "", FACTS_KEYS);
    if (!f->loaded)
        return; /* the English facts.json's problem is reported */
    trn_List l = {"source", {0}, 0, each_source, f->sources};
    for (int i = 0; i < f->nsources && i < TRN_MAX_IDS; i++)
        l.ids[l.n++] = f->sources[i].id;
    keyed(v, root, "sources", &l);
}

int trn_apply(lvl_Content *c, trn_Seen *s, const char *file, const char *name, const char *text,
              size_t len, prb_List *p)
{
    jv_Ctx v;
    int kind = 0, zones = strcmp(name, "zones.json") == 0, safety = strcmp(name, "safety.json") == 0;
    int facts = strcmp(name, "facts.json") == 0;
    const char *lang = NULL;
    char q[JV_CLIP];
    jv_init(&v, file, p);
    cJSON *root = jv_parse(&v, text, len, LVL_MAX_FILE, TRN_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "") &&
        jv_enum(&v, root, "", "kind", JV_REQUIRED, zones    ? KIND_ZONES
                                                     : safety ? KIND_SAFETY
                                                     : facts  ? KIND_FACTS
                                                              : KIND_ROUTINE,
                &kind)) {
        if (jv_str(&v, root, "", "lang", JV_REQUIRED, 1, TRN_LANG - 1, &lang) && lang && strcmp(lang, s->lang) != 0)
            jv_report(&v, "/lang", "\"%s\", but the file is in %s (\"%s\")", jv_clip(q, lang), s->dir, s->lang);
        if (zones)
            apply_zones(&v, c, s, root);
        else if (safety)
            apply_safety(&v, c, s, root);
        else if (facts)
            apply_facts(&v, c, s, root);
        else
            apply_routine(&v, c, s, root);
    }
    cJSON_Delete(root);
    return v.count;
}

/* The file name an overlay of English file is expected at: dir + its base name. */
static void expected_file(const trn_Seen *s, const char *english, char *out, size_t n)
{
    const char *base = strrchr(english, '/');
    snprintf(out, n, "%s/%s", s->dir, base ? base + 1 : english);
}

int trn_finish(const lvl_Content *c, const trn_Seen *s, prb_List *p)
{
    char file[PRB_LINE];
    int before = prb_total(p);
    for (int i = 0; i < c->nroutines; i++) {
        const lvl_Routine *r = &c->routines[i];
        if (s->routine[i] || r->broken)
            continue;
        expected_file(s, r->file, file, sizeof file);
        prb_add(p, file, "/", "missing: routine \"%s\" (%s) has no translation in %s", r->id, r->file, s->dir);
    }
    if (!s->zones && c->nzones > 0) {
        expected_file(s, "zones.json", file, sizeof file);
        prb_add(p, file, "/", "missing: the zones' names are not translated");
    }
    if (!s->safety && c->safety.loaded) {
        expected_file(s, "safety.json", file, sizeof file);
        prb_add(p, file, "/", "missing: the safety screen is not translated");
    }
    if (!s->facts && c->facts.loaded) {
        expected_file(s, "facts.json", file, sizeof file);
        prb_add(p, file, "/", "missing: the sources' names are not translated");
    }
    return prb_total(p) - before;
}
