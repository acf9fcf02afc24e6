/* kstats.h - what a kiosk records: anonymous counts per local day of
 * visitor sessions, zones opened and routines started, finished and
 * abandoned; nothing about who. Kept in the progress file under "kiosk":
 *   {"days": [{"date": "2026-11-21", "sessions": 4,
 *              "zones": {"nose": 3},
 *              "routines": {"nose-clean-out": {"started": 2, "done": 1, "abandoned": 1}}}]}
 * Only the newest KST_DAYS days are kept, in order, whatever order the
 * clock gave them in (a visit under a wrong date, then the right one,
 * counts both). A kst_Stats is a plain value
 * (fixed arrays); kst_serialize returns a malloc'd string. No I/O. */
#ifndef FM_KSTATS_H
#define FM_KSTATS_H

#include <stdint.h>
#include "problems.h"

#define KST_DAYS 35
#define KST_KEYS 32
#define KST_ID 48

typedef struct {
    char id[KST_ID];
    int opened, started, done, abandoned;
} kst_Count;

typedef struct {
    int64_t day;            /* local days since 1970-01-01 */
    int sessions;
    kst_Count zone[KST_KEYS];
    int nzone;
    kst_Count routine[KST_KEYS];
    int nroutine;
} kst_Day;

typedef struct {
    kst_Day d[KST_DAYS];    /* oldest first */
    int n;
} kst_Stats;

/* The counts of day for a zone or routine, made when missing (the oldest
 * day is dropped when full); NULL only when a day already has KST_KEYS. */
kst_Count *kst_zone(kst_Stats *s, int64_t day, const char *id);
kst_Count *kst_routine(kst_Stats *s, int64_t day, const char *id);
void kst_session(kst_Stats *s, int64_t day);
/* Sums over days from..to (inclusive). id NULL: every zone / routine. */
int kst_sessions(const kst_Stats *s, int64_t from, int64_t to);
int kst_zone_opened(const kst_Stats *s, const char *id, int64_t from, int64_t to);
int kst_routine_sum(const kst_Stats *s, const char *id, int64_t from, int64_t to, int *done, int *abandoned);

/* Reads the "kiosk" object's JSON text; returns the number of problems.
 * Only what is bad is left out: a day with a bad date or sessions, a key
 * that is not an id or whose counts are bad; days out of order are put in
 * order, and a day given twice is added up. */
int kst_parse(kst_Stats *s, const char *file, const char *json, prb_List *p);
/* Two kiosks on one file: adds into disk (the counts on disk now) what
 * mine counted since base (the counts as last read), day by day and key by
 * key, so neither side's visits are lost. */
void kst_rebase(kst_Stats *disk, const kst_Stats *mine, const kst_Stats *base);
char *kst_serialize(const kst_Stats *s);

#endif
