/* problems.c - see problems.h. */
#include "problems.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void prb_clear(prb_List *l)
{
    l->count = 0;
    l->dropped = 0;
}

void prb_add(prb_List *l, const char *file, const char *pointer, const char *fmt, ...)
{
    if (l->count >= PRB_MAX) {
        l->dropped++;
        return;
    }
    char msg[PRB_LINE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* a file name too long for the line is shown as its start and end, so
     * that the message always fits */
    const char *f = file ? file : "(input)";
    size_t n = strlen(f);
    int k = n > 120 ? 50 : (int)n;
    snprintf(l->line[l->count], PRB_LINE, "%.*s%s%s: %s: %s", k, f, n > 120 ? "..." : "",
             n > 120 ? f + n - 50 : "", (pointer && *pointer) ? pointer : "/", msg);
    l->count++;
}

int prb_total(const prb_List *l)
{
    return l->count + l->dropped;
}
