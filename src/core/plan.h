/* plan.h - the person's plan: which routines they follow and, per routine,
 * their own interval; the "plan" object of the progress file (progress.h):
 *   "plan": {"chosen": true,
 *            "follow": [{"routine": ID, "every_days": N}, ...]}
 * "chosen" is false (or the object absent) until the person has chosen:
 * then a routine done at least once counts as followed (app.c), so that a
 * file from before plans changes nothing by itself. "every_days" is
 * optional: absent, the routine's own interval (the content's) is used.
 * Limits: at most PLN_MAX routines, ids as in the progress file,
 * every_days 1..PLN_MAX_EVERY. Unknown keys are ignored (a newer build of
 * the same version may add some); every other problem is reported with its
 * JSON pointer (/plan/follow/2/every_days). No I/O.
 * A pln_Plan is a plain value (no allocation); pln_serialize returns a
 * malloc'd string that the caller frees. */
#ifndef FM_PLAN_H
#define FM_PLAN_H

#include "jsonv.h"

#define PLN_MAX 256        /* routines followed (as many as the content may hold) */
#define PLN_ID 48
#define PLN_MAX_EVERY 366  /* days, as a routine's every_days */
#define PLN_ENTRY_MAX 96   /* bytes of the longest written entry */
#define PLN_TEXT_MAX (PLN_MAX * PLN_ENTRY_MAX + 64)

typedef struct {
    char routine[PLN_ID];
    int every_days;        /* the person's own interval, or 0: the routine's */
} pln_Follow;

typedef struct {
    int chosen;            /* 1 once the person chose (the first-time choice or a Follow) */
    int n;
    pln_Follow f[PLN_MAX];
} pln_Plan;

/* Reads root's optional "plan" into p (zeroed first); problems go to v.
 * Returns 1 when there was a plan object, 0 when none, -1 after problems. */
int pln_read(jv_Ctx *v, const cJSON *root, pln_Plan *p);
/* The plan as JSON text (an object, one followed routine a line, at most
 * PLN_TEXT_MAX bytes), malloc'd; NULL when out of memory. */
char *pln_serialize(const pln_Plan *p, const char *indent);
/* The place of routine in the plan, or -1. */
int pln_find(const pln_Plan *p, const char *routine);
/* Follows routine (keeping an interval already set) or stops following it
 * (follow 0, dropping its interval). 0, or -1 when full or not an id. */
int pln_follow(pln_Plan *p, const char *routine, int follow);
/* The interval after cur (0: the routine's own, suggested) one step
 * down (dir < 0) or up through 1, 2, 3, 4, 5, 7, 10, 14, 21, 30, 45, 60,
 * 90 and the routine's own (suggested); landing on suggested gives 0. At
 * either end it stays. */
int pln_step_every(int cur, int suggested, int dir);

#endif
