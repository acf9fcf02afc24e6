/* export.h - a person's history and a kiosk's daily counts as files any
 * spreadsheet or script reads (README.md "Export and reminders"). No I/O:
 * every function returns the text; the caller writes it (atomically).
 *
 * History: one row per finished routine, columns
 *   profile, routine, zone, completed_at, steps_done, steps_skipped, steps_total
 * (completed_at in RFC 3339, UTC, e.g. 2026-11-30T08:15:00Z), each source's
 * rows oldest first, the sources in the order given.
 *  - CSV as RFC 4180: a header row, lines end in CRLF, a field holding a
 *    comma, a double quote, CR or LF is quoted ("..." with quotes doubled).
 *    A text field that begins with =, +, -, @, a tab or CR is written with
 *    a ' in front (what spreadsheets take as "this is text"), so it never
 *    becomes a formula: a routine id "-x" is written '-x.
 *  - JSON: {"kind":"facemap-history","version":1,"entries":[{"profile":..,
 *    "routine":..,"zone":..,"completed_at":..,"steps_done":N,
 *    "steps_skipped":N,"steps_total":N},...]} (valid UTF-8 as given).
 * A source is a profile's name and its history (borrowed): one today
 * ("default"), several once there are profiles.
 *
 * Kiosk counts: a CSV, same rules, one row per local day from `from` to
 * `to`: date, visitors, started, finished, unfinished, then a column per
 * zone given ("opened:ID": how often it was opened that day).
 *
 * Returned strings are malloc'd and NUL-terminated (caller frees); NULL
 * only when out of memory. */
#ifndef FM_EXPORT_H
#define FM_EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include "kstats.h"
#include "profiles.h"
#include "progress.h"

#define EXP_DEFAULT_PROFILE PFL_FIRST_NAME /* a source with no name: the first profile's */
#define EXP_COUNT_DAYS 30             /* the kiosk's counts: the admin chart and its CSV */

typedef enum { EXP_NONE = -1, EXP_CSV, EXP_JSON } exp_Format;

typedef struct {
    const char *profile;   /* its name, any UTF-8 */
    const prog_Data *prog; /* its history (borrowed) */
} exp_Source;

/* The format a file name asks for by its extension (.csv, .json; any
 * case), or EXP_NONE. */
exp_Format exp_format_of(const char *path);
/* The history of n sources as text of format f; *len gets its length. */
char *exp_history(const exp_Source *src, int n, exp_Format f, size_t *len);
/* The daily counts of local days from..to (inclusive) with a column for
 * each of nz zone ids; *len gets its length. */
char *exp_counts_csv(const kst_Stats *s, int64_t from, int64_t to, const char *const *zones, int nz, size_t *len);

#endif
