/* progress.h - what a person has done, as read from and written to the
 * progress JSON file (format, version 2, below; where it is kept and what
 * happens to one that cannot be read: README.md "Using it"):
 *   {"version":2,
 *    "plan":{"chosen":BOOL,"follow":[{"routine":ID,"every_days":N}]}, (plan.h)
 *    "history":[{"routine":ID,"zone":ID,"completed_at":"RFC3339 UTC",
 *                "steps_done":N,"steps_total":M,"steps_skipped":K}],
 *    "in_progress":{"routine":ID,"zone":ID,"step":N,"steps_done":N,
 *                   "started_at":"RFC3339 UTC","left_at":"RFC3339 UTC"}}
 * "plan" and "in_progress" are optional; "left_at" (when the person left
 * the routine, or last finished a step of it) is optional too, and taken
 * to be started_at when absent. An in_progress left more than
 * PROG_CONTINUE_S ago is no longer offered (app.h) and is dropped.
 *
 * Versions of the file:
 *   0  the unversioned shape: no "version" key (or "version": 0), and
 *      completed_at / started_at may also be whole seconds since the epoch
 *      (1714555800). No build of facemap wrote it; it is what a hand-made
 *      or script-made history looks like.
 *   1  the history and in_progress as above, no plan.
 *   2  the current format (the plan); the writer always writes it.
 *   3+ newer than this app: refused (the file is never half-read).
 * Versions 0 and 1 are read by the same code (version 0 with epoch-second
 * times allowed) and migrated in memory (migrated_from = 0 or 1): they have
 * no plan chosen, so the routines done at least once count as followed
 * until the person chooses (app.h). The shell keeps the original bytes as
 * FILE.version-N and the next save writes version 2.
 * Limits (each refused with its own message): PROG_MAX_FILE bytes,
 * PROG_MAX_VALUES JSON values (counted before parsing, so a file of tiny
 * values cannot make the parser take many times its size in memory),
 * nesting PROG_MAX_DEPTH, PROG_MAX_HISTORY entries, ids of 1..PROG_ID-1
 * characters of a-z, 0-9 and - (what levels/ allows; no escaped NUL: see
 * jv_parse), times from 1970-01-01 to 2199-12-31; the plan's own (plan.h).
 * What is written always reads back: a file holds at most PROG_KEEP
 * entries, and PROG_KEEP entries of the longest ids, times and counts
 * (PROG_ENTRY_MAX bytes each) plus the kiosk counts and the largest plan
 * fit PROG_MAX_FILE (checked at compile time). Older entries go to yearly
 * archive files in the same format (progmerge.h, src/platform/progstore.h).
 * A prog_Data owns its history array; free it with prog_free. No I/O. */
#ifndef FM_PROGRESS_H
#define FM_PROGRESS_H

#include <stddef.h>
#include <stdint.h>
#include "plan.h"
#include "problems.h"

#define PROG_VERSION 2
#define PROG_CONTINUE_S 86400    /* an unfinished routine is offered this long */
#define PROG_ID 48
#define PROG_MAX_HISTORY 100000    /* read from one file; also the most kept in memory */
#define PROG_KEEP 20000            /* written to one file; older ones go to archives */
#define PROG_ENTRY_MAX 260         /* bytes of the longest written entry */
#define PROG_KIOSK_MAX (1 << 20)   /* bytes of the "kiosk" object (kstats.h) */
#define PROG_MAX_FILE (16 * 1024 * 1024)
#define PROG_MAX_DEPTH 6
#define PROG_MAX_VALUES (10 * PROG_MAX_HISTORY + 1000) /* a written entry holds 7 */
#define PROG_MIN_TIME 0LL          /* 1970-01-01T00:00:00Z */
#define PROG_MAX_TIME 7258118399LL /* 2199-12-31T23:59:59Z */
#define PROG_MAX_DELETED 2000      /* keys in the "deleted" list (progdel.h) */

typedef struct {
    char routine[PROG_ID];
    char zone[PROG_ID];
    int64_t completed_at; /* seconds since the epoch, UTC */
    int steps_done;
    int steps_total;
    int steps_skipped;
    int archived;         /* 1: known to be in an archive file (not written, not read) */
} prog_Entry;

/* An entry's identity: its routine and completion time (progdel.h). */
typedef struct {
    char routine[PROG_ID];
    int64_t completed_at;
} prog_Key;

typedef struct {
    int active;
    char routine[PROG_ID];
    char zone[PROG_ID];
    int step;             /* index of the step the person is on */
    int steps_done;
    int64_t started_at;
    int64_t left_at;      /* when it was left (or its last step finished) */
} prog_InProgress;

typedef struct {
    int version;          /* always PROG_VERSION once parsed (after migration) */
    int migrated_from;    /* the file's older version, or -1 when it was current */
    prog_Entry *h;        /* owned; sorted as in the file (append order) */
    int n, cap;
    prog_InProgress current;
    pln_Plan plan;        /* the routines followed and own intervals (plan.h) */
    char *kiosk;          /* owned: the "kiosk" object as compact JSON text, kept and
                             written back as it is (kstats.h reads and makes it); or NULL */
    prog_Key *del;        /* owned: the "deleted" list, at most PROG_MAX_DELETED (progdel.h) */
    int ndel;
    prog_Key *undel;      /* owned: deletes undone in this run (not written; progdel.h) */
    int nundel;
} prog_Data;

void prog_init(prog_Data *d);
/* Parses text into d (which must be initialised and empty). On any problem
 * returns the number added to p and leaves d empty: a file that cannot be
 * read whole is never half-used. */
int prog_parse(prog_Data *d, const char *file, const char *text, size_t len, prb_List *p);
/* 1 when s is an id the file can hold: 1..PROG_ID-1 characters of a-z,
 * 0-9 and -. */
int prog_id_ok(const char *s);
/* Serialises d as pretty JSON (version 1; times clamped as in prog_add,
 * so whatever is written reads back), leaving out the entries marked
 * archived (the caller keeps the rest to PROG_KEEP: pmg_archive); returns a malloc'd NUL-terminated string
 * (caller frees) or NULL when out of memory. */
char *prog_serialize(const prog_Data *d);
/* Appends an entry (completed_at clamped to PROG_MIN_TIME..PROG_MAX_TIME);
 * when PROG_MAX_HISTORY are held, the oldest one already in an archive
 * file makes room. Returns 0, or -1 when full of entries not archived,
 * out of memory, or when an id is not an id (what the reader refuses). */
int prog_add(prog_Data *d, const prog_Entry *e);
/* Room for one more entry in d's history: 0, or -1 when out of memory. */
int prog_room(prog_Data *d);
/* Latest entry (by completed_at) for a routine / for a zone, or NULL. */
const prog_Entry *prog_last_routine(const prog_Data *d, const char *routine);
const prog_Entry *prog_last_zone(const prog_Data *d, const char *zone);
void prog_free(prog_Data *d);

#endif
