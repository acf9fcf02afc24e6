/* fuzz_replay.c - libFuzzer target for replay scripts (core/replay.c): any
 * bytes parse without a crash, a leak or undefined behaviour; every kept
 * command has a known kind, a NUL-terminated argument and numbers within
 * the documented ranges, and the line numbers never go backwards. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"

#include "core/replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static prb_List problems;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rpl_Script s;
    prb_clear(&problems);
    rpl_parse(&s, "fuzz.txt", guarded(data, size), size, &problems);
    int line = 0;
    for (int i = 0; i < s.n; i++) {
        const rpl_Cmd *c = &s.cmd[i];
        int ok = c->line >= line && memchr(c->arg, '\0', sizeof c->arg) != NULL &&
                 strcmp(rpl_kind_name(c->kind), "?") != 0 && c->ms >= 0 &&
                 c->ms <= 86400000LL && c->x >= 0 && c->y >= 0;
        if (!ok) {
            fprintf(stderr, "fuzz_replay: command %d (line %d) is out of range\n", i, c->line);
            abort();
        }
        line = c->line;
    }
    rpl_free(&s);
    return 0;
}
