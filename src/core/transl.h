/* transl.h - the content's translations: a folder levels/<lang>/ of overlay
 * files that hold only translated text, keyed by ids, laid over the English
 * content after it is loaded (format: levels/README.md, "Translations").
 * The English files stay the only source of the structure (zones, steps,
 * timers, animations); an overlay can change text and nothing else.
 *
 * Three kinds, told by the file's "kind": "routine-translation" (one
 * routine, named by its id: title, summary, and each step's title, text and
 * caution, by step id), "zones-translation" (each zone's name, by zone id)
 * "safety-translation" (each item's title and text by its id in its list,
 * the notice and the done advice) and "facts-translation" (each source's
 * name, by source id: the facts themselves are not shown).
 *
 * Promises: every field that is there and good replaces the English text; a
 * field that is missing, empty, too long, not UTF-8, or names something the
 * English does not have leaves the English text and is reported as
 * "FILE: /json/pointer: message" (a problem for --check, never a stop). An
 * overlay never marks a routine broken, and a broken English routine or a
 * safety file that did not load is left alone (its own problem is reported
 * already). No I/O: the loader passes text.
 * Ownership: the replaced strings of the lvl_Content are freed and the new
 * ones are owned by it (lvl_free frees them). A trn_Seen is a plain value. */
#ifndef FM_TRANSL_H
#define FM_TRANSL_H

#include <stddef.h>
#include "level.h"
#include "problems.h"

#define TRN_LANG 16 /* a language code: [a-z]{2,3}, then optionally [_-] and [A-Za-z0-9]{1,8} */

typedef struct {
    char lang[TRN_LANG];
    char dir[512];                               /* the folder, for naming what is missing */
    unsigned char routine[LVL_MAX_ROUTINES];     /* 1: a file translated content routine i */
    int zones, safety, facts;                    /* 1: zones.json / safety.json / facts.json was read */
} trn_Seen;

/* 1 when code is a language code a folder may have (see TRN_LANG); "en",
 * the source language, is one too, though it never has a folder. */
int trn_lang_ok(const char *code);

/* Starts a folder: dir is how the folder is named in problems
 * ("levels/de"), lang its code. */
void trn_begin(trn_Seen *s, const char *dir, const char *lang);

/* Lays one overlay file over c. name is the file's name in the folder
 * ("zones.json", "safety.json" or a routine's file), file how it is named
 * in problems. Returns the number of problems added. */
int trn_apply(lvl_Content *c, trn_Seen *s, const char *file, const char *name, const char *text,
              size_t len, prb_List *p);

/* After every file of the folder: reports each usable routine no file
 * translated, and a missing zones.json or safety.json translation. Returns
 * the number of problems added. */
int trn_finish(const lvl_Content *c, const trn_Seen *s, prb_List *p);

#endif
