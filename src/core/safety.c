/* safety.c - see safety.h. Reads three lists of {id, title, text, source}
 * items and a notice with the shared JSON field readers (jsonv.h). */
#include "safety.h"

#include <stdlib.h>
#include <string.h>

#include "jsonv.h"

#define SAF_MAX_FILE (256 * 1024)
#define SAF_MAX_DEPTH 4

static const char *const ROOT_KEYS[] = {"kind", "never", "professional", "why", "notice", "done", NULL};
static const char *const ITEM_KEYS[] = {"id", "title", "text", "sources", "facts", NULL};
static const char *const DONE_KEYS[] = {"text", "facts", NULL};
static const char *const KIND_SAFETY[] = {"safety", NULL};

static char *dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void free_items(saf_Item *it, int n)
{
    for (int i = 0; i < n; i++) {
        free(it[i].title);
        free(it[i].text);
    }
}

/* The item's id into out[n].id, unique among the n before it. */
static void item_id(jv_Ctx *v, const cJSON *it, const char *at, saf_Item *out, int n)
{
    char ptr[JV_PTR];
    if (!jv_id(v, it, at, "id", JV_REQUIRED, out[n].id) || !out[n].id[0])
        return;
    for (int i = 0; i < n; i++)
        if (strcmp(out[i].id, out[n].id) == 0) {
            jv_report(v, jv_ptr(ptr, at, "id"), "duplicate id \"%s\" (also item %d)", out[n].id, i);
            return;
        }
}

/* Reads root[key], a list of items (at least one when JV_REQUIRED), into
 * out; returns how many. */
static int read_items(jv_Ctx *v, const cJSON *root, const char *key, int flags, saf_Item *out)
{
    const cJSON *list = NULL;
    char at[JV_PTR], ptr[JV_PTR];
    int min = flags == JV_REQUIRED ? 1 : 0;
    if (!jv_arr(v, root, "", key, flags, min, SAF_MAX_ITEMS, &list) || !list)
        return 0;
    jv_ptr(at, "", key);
    int n = 0;
    for (const cJSON *it = list->child; it && n < SAF_MAX_ITEMS; it = it->next) {
        const char *title = NULL, *text = NULL;
        jv_ptr_i(ptr, at, n);
        if (!jv_is_object(v, it, ptr))
            continue;
        jv_keys(v, it, ptr, ITEM_KEYS);
        item_id(v, it, ptr, out, n);
        jv_str(v, it, ptr, "title", JV_REQUIRED, 1, 60, &title);
        jv_str(v, it, ptr, "text", JV_REQUIRED, 1, 300, &text);
        fct_read_refs(v, it, ptr, "sources", JV_REQUIRED, 1, &out[n].sources);
        fct_read_refs(v, it, ptr, "facts", JV_REQUIRED, 1, &out[n].facts);
        out[n].title = dup(title);
        out[n].text = dup(text);
        n++;
    }
    return n;
}

/* The done screen's advice: {"text", "facts"}. */
static void read_done(jv_Ctx *v, const cJSON *root, saf_Info *s)
{
    char at[JV_PTR];
    const char *text = NULL;
    const cJSON *done = jv_field(v, root, "", "done", JV_REQUIRED, at);
    if (!done || !jv_is_object(v, done, at))
        return;
    jv_keys(v, done, at, DONE_KEYS);
    if (jv_str(v, done, at, "text", JV_REQUIRED, 1, 300, &text))
        s->done = dup(text);
    fct_read_refs(v, done, at, "facts", JV_REQUIRED, 1, &s->done_facts);
}

int saf_parse(saf_Info *s, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    int kind = 0;
    const char *notice = NULL;
    jv_init(&v, file, p);
    saf_free(s);
    cJSON *root = jv_parse(&v, text, len, SAF_MAX_FILE, SAF_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        jv_keys(&v, root, "", ROOT_KEYS);
        jv_enum(&v, root, "", "kind", JV_REQUIRED, KIND_SAFETY, &kind);
        s->nnever = read_items(&v, root, "never", JV_REQUIRED, s->never);
        s->npro = read_items(&v, root, "professional", JV_REQUIRED, s->pro);
        s->nwhy = read_items(&v, root, "why", JV_OPTIONAL, s->why);
        if (jv_str(&v, root, "", "notice", JV_REQUIRED, 1, 400, &notice))
            s->notice = dup(notice);
        read_done(&v, root, s);
    }
    cJSON_Delete(root);
    if (v.count)
        saf_free(s);
    else
        s->loaded = 1;
    return v.count;
}

void saf_free(saf_Info *s)
{
    free_items(s->never, s->nnever);
    free_items(s->pro, s->npro);
    free_items(s->why, s->nwhy);
    free(s->notice);
    free(s->done);
    memset(s, 0, sizeof *s);
}
