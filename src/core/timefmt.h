/* timefmt.h - calendar time as plain integers: RFC 3339 (UTC) text,
 * days between instants, and the due status of a routine.
 * Instants are seconds since 1970-01-01T00:00:00Z (int64). Local time is
 * represented by an offset in seconds east of UTC passed in by the caller;
 * nothing here reads a clock or the TZ environment. */
#ifndef FM_TIMEFMT_H
#define FM_TIMEFMT_H

#include <stdint.h>

/* Writes "YYYY-MM-DDTHH:MM:SSZ" (21 bytes with NUL). */
void tf_format_utc(int64_t t, char out[32]);
/* Accepts RFC 3339 with Z or +HH:MM/-HH:MM and optional fractional seconds.
 * Returns 0 and sets *t on success, -1 when the text is not a valid time. */
int tf_parse_rfc3339(const char *s, int64_t *t);
/* Days since 1970-01-01 of a civil date, and back (proleptic Gregorian). */
int64_t tf_days_from_civil(int y, int m, int d);
void tf_civil_from_days(int64_t z, int *y, int *m, int *d);
/* The local day number (days since 1970-01-01) of UTC time t at offset_s. */
int64_t tf_local_day(int64_t t, int offset_s);
/* Whole local calendar days from a to b (b later is positive), counting
 * local midnights crossed, with local = utc + offset_s. */
int tf_local_days_between(int64_t a, int64_t b, int offset_s);

typedef enum {
    TF_DUE_NEVER,   /* never done: shown as "Not done yet" */
    TF_DUE_RECENT,  /* done, well before the next due date */
    TF_DUE_SOON,    /* next due within the last quarter of the interval */
    TF_DUE_NOW,     /* due today or up to a quarter interval late */
    TF_DUE_OVERDUE  /* later than that */
} tf_Due;

typedef struct {
    tf_Due status;
    int days_since;   /* local days since last done (-1 if never) */
    int days_left;    /* local days until next due (negative when late) */
    int64_t next_due; /* instant of next due (0 if never done) */
} tf_DueInfo;

tf_DueInfo tf_due(int has_last, int64_t last, int every_days, int64_t now, int offset_s);
/* Short badge text for a status: "Done", "Soon", "Due", "Overdue", "New". */
const char *tf_due_badge(tf_Due d);

#endif
