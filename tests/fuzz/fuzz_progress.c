/* fuzz_progress.c - libFuzzer target for the progress file parser
 * (core/progress.c). Any input must parse or be refused without a crash,
 * a leak or undefined behaviour; and when it parses, the round trip must
 * hold: serialize -> parse gives the same data (the plan too), and serializing that again
 * gives the same text (the writer's output is a fixed point). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"

#include "core/progress.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static prb_List problems; /* large: keep it off the stack */

static void same_or_die(const prog_Data *a, const prog_Data *b)
{
    int same = a->n == b->n && a->version == b->version &&
               a->current.active == b->current.active;
    for (int i = 0; same && i < a->n; i++) {
        const prog_Entry *x = &a->h[i], *y = &b->h[i];
        same = strcmp(x->routine, y->routine) == 0 && strcmp(x->zone, y->zone) == 0 &&
               x->completed_at == y->completed_at && x->steps_done == y->steps_done &&
               x->steps_total == y->steps_total && x->steps_skipped == y->steps_skipped;
    }
    if (same && a->current.active) {
        const prog_InProgress *x = &a->current, *y = &b->current;
        same = strcmp(x->routine, y->routine) == 0 && strcmp(x->zone, y->zone) == 0 &&
               x->step == y->step && x->steps_done == y->steps_done &&
               x->started_at == y->started_at && x->left_at == y->left_at;
    }
    same = same && a->plan.chosen == b->plan.chosen && a->plan.n == b->plan.n;
    for (int i = 0; same && i < a->plan.n; i++)
        same = strcmp(a->plan.f[i].routine, b->plan.f[i].routine) == 0 &&
               a->plan.f[i].every_days == b->plan.f[i].every_days;
    if (!same) {
        fprintf(stderr, "fuzz_progress: round trip changed the data\n");
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    prog_Data d, back;
    prog_init(&d);
    prog_init(&back);
    prb_clear(&problems);
    int bad = prog_parse(&d, "progress.json", guarded(data, size), size, &problems);
    if (bad == 0) {
        char *text = prog_serialize(&d);
        if (text) {
            prb_clear(&problems);
            if (prog_parse(&back, "again.json", text, strlen(text), &problems) != 0) {
                fprintf(stderr, "fuzz_progress: own output refused: %s\n", problems.line[0]);
                abort();
            }
            same_or_die(&d, &back);
            char *again = prog_serialize(&back);
            if (again && strcmp(text, again) != 0) {
                fprintf(stderr, "fuzz_progress: serializing twice differs\n");
                abort();
            }
            free(again);
            free(text);
        }
        /* the lookups walk the whole history */
        for (int i = 0; i < d.n && i < 8; i++) {
            prog_last_routine(&d, d.h[i].routine);
            prog_last_zone(&d, d.h[i].zone);
        }
    } else if (d.n != 0 || d.h != NULL || d.current.active) {
        fprintf(stderr, "fuzz_progress: a refused file left data behind\n");
        abort();
    }
    prog_free(&d);
    prog_free(&back);
    return 0;
}
