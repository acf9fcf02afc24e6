/* level.h - the content model: the face's zones and the routines, parsed
 * from the JSON level files in levels/ (see levels/README.md for the format).
 *
 * Ownership: an lvl_Content owns every string and array inside it; free it
 * with lvl_free. Parsers never stop at the first problem: each one is added
 * to the prb_List as "FILE: /json/pointer: message". A routine file with
 * problems is still added (so the map can show it as unavailable with the
 * reason) but with broken = 1 and no steps. No I/O here: callers pass text. */
#ifndef FM_LEVEL_H
#define FM_LEVEL_H

#include <stddef.h>
#include "geo.h"
#include "problems.h"
#include "facts.h"
#include "safety.h"

#define LVL_ID 48          /* ids: [a-z0-9-], at most 47 chars */
#define LVL_MAX_ZONES 32
#define LVL_MAX_POLY 128
#define LVL_MAX_ROUTINES 256
#define LVL_MAX_STEPS 32
#define LVL_MAX_SECONDS 3600
#define LVL_MAX_EVERY_DAYS 366
#define LVL_MAX_FILE (1024 * 1024)
/* The face art (zones.json's "art") is at most this many bytes: a larger
 * drawing takes seconds for each frame it is drawn in (1 MiB of paths:
 * 8.6 s for the first frame at 1280x800). The renderer reads no more, and
 * --check says so. */
#define LVL_MAX_ART (256 * 1024)

typedef struct {
    char id[LVL_ID];
    char *name;       /* display name, e.g. "Left cheek" */
    geo_Pt *pts;      /* polygon in art coordinates */
    int npts;
    geo_Pt label;     /* where the name is drawn and the zone's centre */
    float area;       /* polygon area, for picking the smallest hit */
} lvl_Zone;

typedef enum { LVL_ADV_MANUAL, LVL_ADV_TIMER } lvl_Advance;

typedef struct {
    char id[LVL_ID];
    char *title;
    char *text;
    char *caution;        /* NULL when none */
    int seconds;          /* 0 when the step has no timer */
    int seconds_is_suggestion; /* 1: the trainer chose it, not the sources */
    char anim[LVL_ID];    /* animation preset id */
    lvl_Advance advance;  /* timer: moves on by itself when the time is up */
    int skippable;
    fct_Refs facts;       /* the facts.json facts it carries */
} lvl_Step;

typedef struct {
    char id[LVL_ID];
    char zone[LVL_ID];
    char *title;
    char *summary;        /* one line shown on the zone screen; may be NULL */
    char *file;           /* the level file it came from */
    int every_days;       /* how often, in days */
    int every_days_is_suggestion; /* 1: the trainer chose it, not the sources */
    fct_Refs sources;     /* facts.json source ids its steps come from */
    fct_Refs facts;       /* the facts its summary and how often carry */
    int gentle;           /* 1: the gentle alternative (no squeezing) */
    lvl_Step *steps;
    int nsteps;
    int broken;           /* 1: file had problems; error holds the first */
    char *error;
} lvl_Routine;

typedef struct {
    char *art;            /* face art file, relative to assets/ */
    float art_w, art_h;   /* art coordinate space (the SVG viewBox size) */
    lvl_Zone *zones;
    int nzones;
    lvl_Routine *routines;
    int nroutines;
    saf_Info safety;      /* levels/safety.json (the loader fills it) */
    fct_Info facts;       /* levels/facts.json (the loader fills it) */
} lvl_Content;

/* Parses levels/zones.json text into c (replacing any zones). Returns the
 * number of problems added (0 when clean). */
int lvl_parse_zones(lvl_Content *c, const char *file, const char *text, size_t len, prb_List *p);

/* Parses one routine file and appends it to c. Checks ids, types, ranges,
 * unknown keys, and (when known_anim is not NULL) that each step's animation
 * exists: known_anim(ctx, id) returns nonzero for a known preset. Returns the
 * number of problems added. */
int lvl_parse_routine(lvl_Content *c, const char *file, const char *text, size_t len,
                      int (*known_anim)(void *ctx, const char *id), void *ctx, prb_List *p);

/* Cross-file checks after everything is parsed: each routine names a known
 * zone, no duplicate routine ids. Marks offending routines broken. */
int lvl_validate(lvl_Content *c, prb_List *p);

/* Against c->facts (when it loaded): each routine's sources and its steps'
 * facts name known ids (else the routine is marked broken, like
 * lvl_validate), each safety item's and the done advice's too (reported
 * against safety_file); every fact that is not "leaves-out" is carried by
 * a step of a usable routine, a safety item or the done advice, and no
 * "leaves-out" fact is (reported against facts_file). Returns the number
 * of problems added. (level_facts.c) */
int lvl_check_facts(lvl_Content *c, const char *facts_file, const char *safety_file, prb_List *p);

/* For each fact of c->facts, how many steps and cards carry it, into
 * count[0..nfacts). */
void lvl_fact_use(const lvl_Content *c, int *count);

/* After a reload: each routine of fresh that is broken, and whose file gave
 * a usable routine in old, takes that last good version back (the broken
 * one goes to old, to be freed with it). Returns how many were kept. */
int lvl_keep_last_good(lvl_Content *fresh, lvl_Content *old);

/* Marks r broken with line as its error (if it has none yet); its steps go. */
void lvl_mark_broken(lvl_Routine *r, const char *line);

int lvl_zone_index(const lvl_Content *c, const char *id);
int lvl_routine_index(const lvl_Content *c, const char *id);
/* Routines of a zone, in file-name order; returns how many were written. */
int lvl_routines_of_zone(const lvl_Content *c, int zone, int *out, int max);
void lvl_free(lvl_Content *c);

#endif
