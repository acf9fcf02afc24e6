/* progmerge.h - two histories made one, and the oldest entries set apart
 * for the yearly archive files. No I/O: the store (src/platform/
 * progstore.h) reads and writes the files, under a lock.
 *
 * Merging: an entry is identified by its routine and its completion time
 * (two copies finishing the same routine in the same second count as one).
 * The merge keeps every entry either side has: of entries with one key,
 * as many as the side with more of them holds (a file may hold the same
 * one twice, and keeps both). into keeps its order, and what other adds
 * comes after it in other's order (a file's order is never changed: the
 * history screen shows the last entry first). An entry marked archived
 * on either side stays marked. Nothing is ever dropped but what a person
 * deleted: the two sides' deleted lists are taken together (progdel.h),
 * and no entry they name is kept or added.
 *
 * Archives: a progress file holds at most PROG_KEEP entries (progress.h).
 * pmg_overflow says which of the oldest entries must go to archives; they
 * go by the year (UTC) they were finished, to FILE-YEAR.json beside the
 * progress file (progress-2025.json; a year of more than PROG_KEEP goes on
 * in progress-2025-2.json, ...), in the same format. */
#ifndef FM_PROGMERGE_H
#define FM_PROGMERGE_H

#include <stddef.h>
#include "progress.h"

/* Adds to into every entry of other that into does not hold and neither
 * side deleted, and into's deleted list becomes both (above).
 * Returns how many were added, or -1 when out of memory (into is then
 * unchanged). into's in_progress and kiosk are not touched: the caller
 * decides them. */
int pmg_merge(prog_Data *into, const prog_Data *other);
/* The indexes in d of the entries not archived that do not fit in one
 * file of keep: the oldest by completion time, oldest first. Returns a
 * malloc'd array of *count (caller frees), or NULL when out of memory. */
int *pmg_overflow(const prog_Data *d, int keep, int *count);
/* The UTC year in which t falls. */
int pmg_year(int64_t t);
/* The archive file of year, part (1, 2, ...) beside path: "DIR/progress.json"
 * gives "DIR/progress-2025.json" and "DIR/progress-2025-2.json"; a path not
 * ending in ".json" gets "-2025" (or "-2025-2") added. 0, or -1 when it
 * does not fit in n. */
int pmg_archive_name(char *out, size_t n, const char *path, int year, int part);
/* 1 when name (no folder) is an archive file of path's (any year or part):
 * then *year is its year. */
int pmg_is_archive(const char *path, const char *name, int *year);

#endif
