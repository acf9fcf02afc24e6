/* timefmt.c - calendar time as plain integers (see timefmt.h). Dates use
 * Howard Hinnant's days_from_civil / civil_from_days, exact for the whole
 * proleptic Gregorian calendar with no table and no libc time function, so
 * nothing depends on TZ, locale or the host's time_t. Local time is only ever
 * "UTC instant + offset passed in"; a local day number is the floor of that
 * over 86400, so counting days between two instants counts the local
 * midnights crossed. The due status compares whole local days left against a
 * quarter of the routine's interval: "soon" in the last quarter before the
 * due day (none for intervals under 4 days, so a daily routine shows "done"
 * on the day it was done), "due" for up to a quarter after it (at least a
 * day), "overdue" beyond. */
#include "timefmt.h"

#include "i18n.h"

#include <stdio.h>

#define DAY 86400

/* Floor division for a positive divisor (C's / truncates toward zero). */
static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

int64_t tf_days_from_civil(int y, int m, int d)
{
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;                                  /* [0, 399] */
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

void tf_civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = mm;
    *y = (int)(yoe + era * 400 + (mm <= 2));
}

void tf_format_utc(int64_t t, char out[32])
{
    int64_t days = floor_div(t, DAY), s = t - days * DAY;
    int y, m, d;
    tf_civil_from_days(days, &y, &m, &d);
    snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, (int)(s / 3600),
             (int)(s / 60 % 60), (int)(s % 60));
}

/* ------------------------------------------------------------- parsing */

/* Reads exactly n digits at *s into *v and advances; 0 or -1. */
static int digits(const char **s, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        char c = (*s)[i];
        if (c < '0' || c > '9')
            return -1;
        x = x * 10 + (c - '0');
    }
    *s += n;
    *v = x;
    return 0;
}

/* Consumes the character c at *s; 0 or -1. */
static int expect(const char **s, char c)
{
    if (**s != c)
        return -1;
    (*s)++;
    return 0;
}

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

/* Parses "Z", "+HH:MM" or "-HH:MM" into seconds east of UTC; 0 or -1. */
static int parse_offset(const char **s, int *off)
{
    int sign = 0, h, m;
    if (**s == 'Z' || **s == 'z') {
        (*s)++;
        *off = 0;
        return 0;
    }
    if (**s == '+')
        sign = 1;
    else if (**s == '-')
        sign = -1;
    if (!sign)
        return -1;
    (*s)++;
    if (digits(s, 2, &h) || expect(s, ':') || digits(s, 2, &m) || h > 23 || m > 59)
        return -1;
    *off = sign * (h * 3600 + m * 60);
    return 0;
}

/* Accepts "T", "t" or a space between date and time (RFC 3339 section 5.6
 * note); a leap second (:60) counts as the next second. */
int tf_parse_rfc3339(const char *s, int64_t *t)
{
    int y, mo, d, h, mi, se, off;
    if (!s)
        return -1;
    if (digits(&s, 4, &y) || expect(&s, '-') || digits(&s, 2, &mo) || expect(&s, '-') ||
        digits(&s, 2, &d))
        return -1;
    if (*s != 'T' && *s != 't' && *s != ' ')
        return -1;
    s++;
    if (digits(&s, 2, &h) || expect(&s, ':') || digits(&s, 2, &mi) || expect(&s, ':') ||
        digits(&s, 2, &se))
        return -1;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return -1;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    if (parse_offset(&s, &off) || *s != '\0')
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || se > 60)
        return -1;
    *t = tf_days_from_civil(y, mo, d) * DAY + h * 3600 + mi * 60 + se - off;
    return 0;
}

/* ------------------------------------------------------------ due dates */

int tf_local_days_between(int64_t a, int64_t b, int offset_s)
{
    return (int)(floor_div(b + offset_s, DAY) - floor_div(a + offset_s, DAY));
}

tf_DueInfo tf_due(int has_last, int64_t last, int every_days, int64_t now, int offset_s)
{
    tf_DueInfo info = {TF_DUE_NEVER, -1, 0, 0};
    if (!has_last)
        return info;
    int every = every_days > 0 ? every_days : 1;
    int quarter = every / 4;
    int grace = quarter > 0 ? quarter : 1;
    info.days_since = tf_local_days_between(last, now, offset_s);
    info.days_left = every - info.days_since;
    info.next_due = last + (int64_t)every * DAY;
    if (info.days_left > quarter)
        info.status = TF_DUE_RECENT;
    else if (info.days_left > 0)
        info.status = TF_DUE_SOON;
    else if (info.days_left > -grace)
        info.status = TF_DUE_NOW;
    else
        info.status = TF_DUE_OVERDUE;
    return info;
}

const char *tf_due_badge(tf_Due d)
{
    switch (d) {
    case TF_DUE_RECENT:
        /* TRANSLATORS: the five status badges on the map and the cards (short) */
        return C_("status", "Done");
    case TF_DUE_SOON:
        return C_("status", "Soon");
    case TF_DUE_NOW:
        return C_("status", "Due");
    case TF_DUE_OVERDUE:
        return C_("status", "Overdue");
    case TF_DUE_NEVER:
    default:
        return C_("status", "New");
    }
}

int64_t tf_local_day(int64_t t, int offset_s)
{
    return floor_div(t + offset_s, DAY);
}
