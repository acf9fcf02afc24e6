/* facts.c - see facts.h. Reads facts.json with the shared JSON field
 * readers (jsonv.h). */
#include "facts.h"

#include <stdlib.h>
#include <string.h>

#define FCT_MAX_FILE (256 * 1024)
#define FCT_MAX_DEPTH 4

static const char *const ROOT_KEYS[] = {"kind", "sources", "facts", NULL};
static const char *const SOURCE_KEYS[] = {"id", "kind", "name", "publisher", "stance", NULL};
static const char *const FACT_KEYS[] = {"id", "source", "fact", "trainer", "why", NULL};
static const char *const KIND_FACTS[] = {"facts", NULL};
static const char *const TRAINER[] = {"follows", "cautions-against", "leaves-out", NULL};

static char *dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

int fct_source_index(const fct_Info *f, const char *id)
{
    for (int i = 0; i < f->nsources; i++)
        if (strcmp(f->sources[i].id, id) == 0)
            return i;
    return -1;
}

int fct_fact_index(const fct_Info *f, const char *id)
{
    for (int i = 0; i < f->nfacts; i++)
        if (strcmp(f->facts[i].id, id) == 0)
            return i;
    return -1;
}

static void read_sources(jv_Ctx *v, const cJSON *root, fct_Info *f)
{
    const cJSON *list = NULL, *n;
    char at[JV_PTR], ptr[JV_PTR];
    if (!jv_arr(v, root, "", "sources", JV_REQUIRED, 1, FCT_MAX_SOURCES, &list) || !list)
        return;
    cJSON_ArrayForEach(n, list) {
        fct_Source *s = &f->sources[f->nsources];
        const char *kind = NULL, *name = NULL, *publisher = NULL, *stance = NULL;
        jv_ptr_i(at, "/sources", f->nsources);
        if (!jv_is_object(v, n, at))
            continue;
        jv_keys(v, n, at, SOURCE_KEYS);
        if (jv_id(v, n, at, "id", JV_REQUIRED, s->id) && s->id[0] && fct_source_index(f, s->id) >= 0)
            jv_report(v, jv_ptr(ptr, at, "id"), "duplicate source id \"%s\"", s->id);
        jv_str(v, n, at, "kind", JV_REQUIRED, 1, 60, &kind);
        jv_str(v, n, at, "name", JV_REQUIRED, 1, 80, &name);
        jv_str(v, n, at, "publisher", JV_REQUIRED, 1, 200, &publisher);
        jv_str(v, n, at, "stance", JV_REQUIRED, 1, 300, &stance);
        s->kind = dup(kind);
        s->name = dup(name);
        s->publisher = dup(publisher);
        s->stance = dup(stance);
        f->nsources++;
    }
}

static void read_fact(jv_Ctx *v, const cJSON *n, const char *at, fct_Info *f)
{
    fct_Fact *x = &f->facts[f->nfacts];
    char src[FCT_ID] = "", ptr[JV_PTR];
    const char *text = NULL, *why = NULL;
    int trainer = 0;
    jv_keys(v, n, at, FACT_KEYS);
    if (jv_id(v, n, at, "id", JV_REQUIRED, x->id) && x->id[0] && fct_fact_index(f, x->id) >= 0)
        jv_report(v, jv_ptr(ptr, at, "id"), "duplicate fact id \"%s\"", x->id);
    x->source = -1;
    if (jv_id(v, n, at, "source", JV_REQUIRED, src) && src[0] &&
        (x->source = fct_source_index(f, src)) < 0)
        jv_report(v, jv_ptr(ptr, at, "source"), "unknown source \"%s\" (not in /sources)", src);
    jv_str(v, n, at, "fact", JV_REQUIRED, 1, 300, &text);
    if (jv_enum(v, n, at, "trainer", JV_REQUIRED, TRAINER, &trainer))
        x->trainer = (fct_Trainer)trainer;
    jv_str(v, n, at, "why", trainer == FCT_FOLLOWS ? JV_OPTIONAL : JV_REQUIRED, 1, 300, &why);
    if (trainer == FCT_FOLLOWS && why)
        jv_report(v, jv_ptr(ptr, at, "why"), "only a fact the trainer cautions against or leaves out says why");
    x->text = dup(text);
    x->why = dup(why);
    f->nfacts++;
}

static void read_facts(jv_Ctx *v, const cJSON *root, fct_Info *f)
{
    const cJSON *list = NULL, *n;
    char at[JV_PTR];
    if (!jv_arr(v, root, "", "facts", JV_REQUIRED, 1, FCT_MAX_FACTS, &list) || !list)
        return;
    f->facts = calloc((size_t)cJSON_GetArraySize(list), sizeof *f->facts);
    if (!f->facts) {
        jv_report(v, "/facts", "out of memory");
        return;
    }
    cJSON_ArrayForEach(n, list) {
        jv_ptr_i(at, "/facts", f->nfacts);
        if (jv_is_object(v, n, at))
            read_fact(v, n, at, f);
    }
}

int fct_parse(fct_Info *f, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    int kind = 0;
    jv_init(&v, file, p);
    fct_free(f);
    cJSON *root = jv_parse(&v, text, len, FCT_MAX_FILE, FCT_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        jv_keys(&v, root, "", ROOT_KEYS);
        jv_enum(&v, root, "", "kind", JV_REQUIRED, KIND_FACTS, &kind);
        read_sources(&v, root, f);
        read_facts(&v, root, f);
    }
    cJSON_Delete(root);
    if (v.count)
        fct_free(f);
    else
        f->loaded = 1;
    return v.count;
}

void fct_free(fct_Info *f)
{
    for (int i = 0; i < f->nsources; i++) {
        free(f->sources[i].kind);
        free(f->sources[i].name);
        free(f->sources[i].publisher);
        free(f->sources[i].stance);
    }
    for (int i = 0; i < f->nfacts; i++) {
        free(f->facts[i].text);
        free(f->facts[i].why);
    }
    free(f->facts);
    memset(f, 0, sizeof *f);
}

int fct_read_refs(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int min,
                  fct_Refs *out)
{
    const cJSON *list = NULL, *n;
    char base[JV_PTR], ptr[JV_PTR];
    int before = v->count;
    out->n = 0;
    if (!jv_arr(v, obj, at, key, flags, min, FCT_MAX_REFS, &list) || !list)
        return v->count == before;
    jv_ptr(base, at, key);
    int i = 0;
    cJSON_ArrayForEach(n, list) {
        char id[FCT_ID];
        jv_ptr_i(ptr, base, i++);
        if (!jv_node_id(v, n, ptr, id) || !id[0])
            continue;
        int twice = 0;
        for (int k = 0; k < out->n; k++)
            twice |= strcmp(out->id[k], id) == 0;
        if (twice)
            jv_report(v, ptr, "\"%s\" is named twice", id);
        else
            memcpy(out->id[out->n++], id, FCT_ID);
    }
    return v->count == before;
}

int fct_check_refs(jv_Ctx *v, const fct_Info *f, const fct_Refs *r, int sources, const char *at,
                   const char *key)
{
    char base[JV_PTR], ptr[JV_PTR];
    int bad = 0;
    jv_ptr(base, at, key);
    for (int i = 0; i < r->n; i++) {
        int known = sources ? fct_source_index(f, r->id[i]) : fct_fact_index(f, r->id[i]);
        if (known >= 0)
            continue;
        jv_report(v, jv_ptr_i(ptr, base, i), "unknown %s \"%s\" (not in facts.json)", sources ? "source" : "fact",
                  r->id[i]);
        bad++;
    }
    return bad;
}

void fct_source_names(const fct_Info *f, const fct_Refs *r, char *out, size_t len)
{
    size_t used = 0;
    if (len)
        out[0] = '\0';
    for (int i = 0; i < r->n && used + 1 < len; i++) {
        int s = fct_source_index(f, r->id[i]);
        const char *name = s >= 0 && f->sources[s].name ? f->sources[s].name : r->id[i];
        size_t k = strlen(name), sep = i ? 2 : 0;
        if (used + sep + k + 1 > len)
            break;
        if (sep)
            memcpy(out + used, "; ", 2);
        memcpy(out + used + sep, name, k + 1);
        used += sep + k;
    }
}
