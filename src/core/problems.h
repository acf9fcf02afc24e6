/* problems.h - a list of problems found while reading a file.
 *
 * Every parser in the core reports through a prb_List so that one run can
 * report every problem, one line each: "FILE: /json/pointer: message".
 * The list owns its lines (fixed capacity; extra problems are counted, not
 * stored). A list is about 160 KiB: allocate it (calloc), do not put it on
 * a small stack. The list itself allocates nothing and does no I/O. */
#ifndef FM_PROBLEMS_H
#define FM_PROBLEMS_H

#include <stddef.h>

#define PRB_MAX 512 /* enough for --check to list every problem of a bad edit */
#define PRB_LINE 320

typedef struct {
    char line[PRB_MAX][PRB_LINE];
    int count;   /* problems stored in line[] */
    int dropped; /* problems beyond PRB_MAX, counted only */
} prb_List;

void prb_clear(prb_List *l);
/* Adds "file: pointer: message" (pointer "" becomes "/"). printf-style msg. */
void prb_add(prb_List *l, const char *file, const char *pointer, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
int prb_total(const prb_List *l);

#endif
