/* facts.h - the list of the source texts' facts (levels/facts.json): the
 * sources (id, kind of text, a name a reader can recognise, publisher,
 * stance) and each fact (id, source, the fact in the trainer's own words,
 * whether the trainer follows it, cautions against it or leaves it out, and
 * why for the last two). Routines and safety items name their sources and
 * the facts they carry by these ids (fct_Refs); lvl_validate checks them
 * and that every fact not left out is carried by something.
 * An fct_Info owns its strings; free with fct_free. No I/O. */
#ifndef FM_FACTS_H
#define FM_FACTS_H

#include <stddef.h>
#include <cjson/cJSON.h>
#include "jsonv.h"
#include "problems.h"

#define FCT_ID 48          /* ids: [a-z0-9-], at most 47 chars */
#define FCT_MAX_SOURCES 8
#define FCT_MAX_FACTS 160
#define FCT_MAX_REFS 12    /* ids one step, item or list names */

typedef enum { FCT_FOLLOWS, FCT_CAUTIONS_AGAINST, FCT_LEAVES_OUT } fct_Trainer;

typedef struct {
    char id[FCT_ID];
    char *kind;      /* "personal blog post" */
    char *name;      /* shown on screen: subject and publisher as the text gives them */
    char *publisher;
    char *stance;
} fct_Source;

typedef struct {
    char id[FCT_ID];
    int source;      /* index in sources */
    char *text;
    fct_Trainer trainer;
    char *why;       /* NULL for follows */
} fct_Fact;

typedef struct {
    fct_Source sources[FCT_MAX_SOURCES];
    int nsources;
    fct_Fact *facts;
    int nfacts;
    int loaded;      /* 1 once a file parsed cleanly */
} fct_Info;

/* A list of ids a step or item names (sources or facts). */
typedef struct {
    char id[FCT_MAX_REFS][FCT_ID];
    int n;
} fct_Refs;

/* Parses facts.json into f (replacing what it held). Returns the number of
 * problems; on any problem f is left empty (loaded = 0). */
int fct_parse(fct_Info *f, const char *file, const char *text, size_t len, prb_List *p);
void fct_free(fct_Info *f);

int fct_source_index(const fct_Info *f, const char *id);
int fct_fact_index(const fct_Info *f, const char *id);

/* Reads obj[key], a list of min..FCT_MAX_REFS distinct ids, into out
 * (reporting at at + "/" + key). Returns 1 when it is usable. */
int fct_read_refs(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int min,
                  fct_Refs *out);

/* Reports (through v, at at + "/" + key) each id of r that f has not: a
 * source id when sources, else a fact id. Returns how many. */
int fct_check_refs(jv_Ctx *v, const fct_Info *f, const fct_Refs *r, int sources, const char *at,
                   const char *key);

/* The names of the sources r lists, joined by "; " into out (ids f has
 * not are shown as they are). */
void fct_source_names(const fct_Info *f, const fct_Refs *r, char *out, size_t len);

#endif
