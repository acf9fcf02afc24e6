/* progress.h - what a person has done, as read from and written to the
 * progress JSON file (format: DESIGN.md "Progress file", version 1):
 *   {"version":1,
 *    "history":[{"routine":ID,"zone":ID,"completed_at":"RFC3339 UTC",
 *                "steps_done":N,"steps_total":M,"steps_skipped":K}],
 *    "in_progress":{"routine":ID,"zone":ID,"step":N,"steps_done":N,
 *                   "started_at":"RFC3339 UTC"}}       (optional)
 * A prog_Data owns its history array; free it with prog_free. No I/O. */
#ifndef FM_PROGRESS_H
#define FM_PROGRESS_H

#include <stddef.h>
#include <stdint.h>
#include "problems.h"

#define PROG_VERSION 1
#define PROG_ID 48
#define PROG_MAX_HISTORY 100000
#define PROG_MAX_FILE (16 * 1024 * 1024)

typedef struct {
    char routine[PROG_ID];
    char zone[PROG_ID];
    int64_t completed_at; /* seconds since the epoch, UTC */
    int steps_done;
    int steps_total;
    int steps_skipped;
} prog_Entry;

typedef struct {
    int active;
    char routine[PROG_ID];
    char zone[PROG_ID];
    int step;             /* index of the step the person is on */
    int steps_done;
    int64_t started_at;
} prog_InProgress;

typedef struct {
    int version;
    prog_Entry *h;        /* owned; sorted as in the file (append order) */
    int n, cap;
    prog_InProgress current;
} prog_Data;

void prog_init(prog_Data *d);
/* Parses text into d (which must be initialised and empty). On any problem
 * returns the number added to p and leaves d empty: a file that cannot be
 * read whole is never half-used. */
int prog_parse(prog_Data *d, const char *file, const char *text, size_t len, prb_List *p);
/* Serialises d as pretty JSON; returns a malloc'd NUL-terminated string
 * (caller frees) or NULL when out of memory. */
char *prog_serialize(const prog_Data *d);
/* Appends an entry; returns 0, or -1 when full or out of memory. */
int prog_add(prog_Data *d, const prog_Entry *e);
/* Latest entry (by completed_at) for a routine / for a zone, or NULL. */
const prog_Entry *prog_last_routine(const prog_Data *d, const char *routine);
const prog_Entry *prog_last_zone(const prog_Data *d, const char *zone);
void prog_free(prog_Data *d);

#endif
