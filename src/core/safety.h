/* safety.h - the safety screen's content (levels/safety.json): the "never
 * do" list, when to see a professional, the not-medical-advice notice, and
 * the "why" cards with the background facts, each naming its sources and
 * the facts it carries (facts.h), and the done screen's advice.
 * A saf_Info owns its strings; free with saf_free. No I/O. */
#ifndef FM_SAFETY_H
#define FM_SAFETY_H

#include <stddef.h>
#include "facts.h"
#include "problems.h"

#define SAF_MAX_ITEMS 12
#define SAF_ID 48 /* an item's id: [a-z0-9-], at most 47 chars */

typedef struct {
    char id[SAF_ID]; /* unique in its list; translations name the item by it */
    char *title;
    char *text;
    fct_Refs sources; /* facts.json ids of the source texts that say so */
    fct_Refs facts;   /* facts.json ids of the facts it carries */
} saf_Item;

typedef struct {
    saf_Item never[SAF_MAX_ITEMS];
    int nnever;
    saf_Item pro[SAF_MAX_ITEMS];   /* when to see a professional */
    int npro;
    saf_Item why[SAF_MAX_ITEMS];   /* background facts */
    int nwhy;
    char *notice;                  /* not medical advice */
    char *done;                    /* the done screen's advice */
    fct_Refs done_facts;           /* the facts the advice carries */
    int loaded;                    /* 1 once a file parsed cleanly */
} saf_Info;

/* Parses the file into s (replacing what it held). Returns the number of
 * problems; on any problem s is left empty (loaded = 0). */
int saf_parse(saf_Info *s, const char *file, const char *text, size_t len, prb_List *p);
void saf_free(saf_Info *s);

#endif
