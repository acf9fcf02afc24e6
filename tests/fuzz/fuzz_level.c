/* fuzz_level.c - libFuzzer target for the content files in levels/: the
 * same input is read as zones.json, as a routine file and as safety.json
 * (core/level.c, core/safety.c), then the cross-file checks and lookups
 * run on what was kept. Nothing may crash, leak or hit undefined
 * behaviour; a routine kept as usable must have 1..LVL_MAX_STEPS steps and
 * every kept zone a polygon of 3..LVL_MAX_POLY points. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"

#include "core/level.h"
#include "core/safety.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static prb_List problems;

/* Animation ids the routine parser accepts: those of the shipped presets
 * would do, but any id starting a..m keeps both branches reachable. */
static int known_anim(void *ctx, const char *id)
{
    (void)ctx;
    return id[0] >= 'a' && id[0] <= 'm';
}

static void die(const char *what)
{
    fprintf(stderr, "fuzz_level: %s\n", what);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = guarded(data, size);
    lvl_Content c;
    saf_Info s;
    memset(&c, 0, sizeof c);
    memset(&s, 0, sizeof s);
    prb_clear(&problems);
    lvl_parse_zones(&c, "zones.json", text, size, &problems);
    lvl_parse_routine(&c, "levels/a-routine.json", text, size, known_anim, NULL, &problems);
    lvl_parse_routine(&c, "levels/again.json", text, size, NULL, NULL, &problems);
    lvl_validate(&c, &problems);
    for (int i = 0; i < c.nzones; i++) {
        int out[LVL_MAX_ROUTINES];
        if (c.zones[i].npts < 3 || c.zones[i].npts > LVL_MAX_POLY)
            die("a kept zone has a bad polygon");
        lvl_routines_of_zone(&c, i, out, LVL_MAX_ROUTINES);
        lvl_zone_index(&c, c.zones[i].id);
    }
    for (int i = 0; i < c.nroutines; i++) {
        const lvl_Routine *r = &c.routines[i];
        if (!r->broken && (r->nsteps < 1 || r->nsteps > LVL_MAX_STEPS))
            die("a usable routine has a bad step count");
        if (r->broken && (!r->error || r->nsteps != 0))
            die("a broken routine has steps or no error");
        lvl_routine_index(&c, r->id);
    }
    lvl_free(&c);
    saf_parse(&s, "safety.json", text, size, &problems);
    saf_free(&s);
    return 0;
}
