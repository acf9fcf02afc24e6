/* level_facts.c - the content against levels/facts.json (see
 * lvl_check_facts in level.h): the ids routines and safety items name, and
 * the coverage of the facts. Coverage is only judged when every routine
 * file loaded cleanly: a broken routine's own problem is reported already,
 * and the facts only it carries would only repeat it. */
#include <string.h>

#include "jsonv.h"
#include "level.h"

#define LF_KINDS 3

static void use_refs(const fct_Info *f, const fct_Refs *r, int *count)
{
    for (int i = 0; i < r->n; i++) {
        int k = fct_fact_index(f, r->id[i]);
        if (k >= 0)
            count[k]++;
    }
}

void lvl_fact_use(const lvl_Content *c, int *count)
{
    const saf_Info *s = &c->safety;
    const saf_Item *lists[LF_KINDS] = {s->never, s->pro, s->why};
    const int n[LF_KINDS] = {s->nnever, s->npro, s->nwhy};
    memset(count, 0, (size_t)c->facts.nfacts * sizeof *count);
    for (int i = 0; i < c->nroutines; i++) {
        if (c->routines[i].broken)
            continue;
        use_refs(&c->facts, &c->routines[i].facts, count);
        for (int k = 0; k < c->routines[i].nsteps; k++)
            use_refs(&c->facts, &c->routines[i].steps[k].facts, count);
    }
    for (int l = 0; l < LF_KINDS; l++)
        for (int i = 0; i < n[l]; i++)
            use_refs(&c->facts, &lists[l][i].facts, count);
    use_refs(&c->facts, &s->done_facts, count);
}

/* A routine's ids; it is marked broken when one is unknown. */
static int check_routine(const fct_Info *f, lvl_Routine *r, prb_List *p)
{
    char at[JV_PTR];
    jv_Ctx v;
    jv_init(&v, r->file, p);
    fct_check_refs(&v, f, &r->sources, 1, "", "sources");
    fct_check_refs(&v, f, &r->facts, 0, "", "facts");
    for (int k = 0; k < r->nsteps; k++)
        fct_check_refs(&v, f, &r->steps[k].facts, 0, jv_ptr_i(at, "/steps", k), "facts");
    if (v.count)
        lvl_mark_broken(r, v.first);
    return v.count;
}

static void check_items(jv_Ctx *v, const fct_Info *f, const char *key, const saf_Item *it, int n)
{
    char at[JV_PTR];
    for (int i = 0; i < n; i++) {
        jv_ptr_i(at, jv_ptr(at, "", key), i);
        fct_check_refs(v, f, &it[i].sources, 1, at, "sources");
        fct_check_refs(v, f, &it[i].facts, 0, at, "facts");
    }
}

/* Each fact not left out is carried; none left out is. */
static void coverage(const lvl_Content *c, const char *facts_file, prb_List *p)
{
    int count[FCT_MAX_FACTS];
    char at[JV_PTR];
    jv_Ctx v;
    jv_init(&v, facts_file, p);
    lvl_fact_use(c, count);
    for (int i = 0; i < c->facts.nfacts; i++) {
        const fct_Fact *x = &c->facts.facts[i];
        jv_ptr_i(at, "/facts", i);
        if (x->trainer != FCT_LEAVES_OUT && count[i] == 0)
            jv_report(&v, at, "fact \"%s\" is carried by no step or card: name it in the \"facts\" of the step or "
                      "safety item that says it, or mark it \"leaves-out\" and say why", x->id);
        else if (x->trainer == FCT_LEAVES_OUT && count[i] > 0)
            jv_report(&v, at, "fact \"%s\" is marked \"leaves-out\", but %d step%s or card%s carr%s it", x->id,
                      count[i], count[i] == 1 ? "" : "s", count[i] == 1 ? "" : "s", count[i] == 1 ? "ies" : "y");
    }
}

int lvl_check_facts(lvl_Content *c, const char *facts_file, const char *safety_file, prb_List *p)
{
    const fct_Info *f = &c->facts;
    const saf_Info *s = &c->safety;
    int total = 0, broken = 0;
    if (!f->loaded)
        return 0; /* facts.json's own problem is reported */
    for (int i = 0; i < c->nroutines; i++)
        if (c->routines[i].broken)
            broken = 1;
        else
            total += check_routine(f, &c->routines[i], p);
    if (s->loaded) {
        jv_Ctx v;
        jv_init(&v, safety_file, p);
        check_items(&v, f, "never", s->never, s->nnever);
        check_items(&v, f, "professional", s->pro, s->npro);
        check_items(&v, f, "why", s->why, s->nwhy);
        fct_check_refs(&v, f, &s->done_facts, 0, "/done", "facts");
        total += v.count;
    }
    int before = prb_total(p);
    if (!broken && !total && s->loaded)
        coverage(c, facts_file, p);
    return total + prb_total(p) - before;
}
