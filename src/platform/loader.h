/* loader.h - loads the content from disk: levels/zones.json, every routine
 * file levels/NAME.json (except zones.json and schema.json), and
 * assets/animations.json, reporting every problem to a prb_List; then, for
 * a language other than English, the translation in levels/<lang>/ laid
 * over it (transl.h). A broken routine file does not stop the others, and a
 * translation never stops anything: what it lacks stays English. No SDL. */
#ifndef FM_LOADER_H
#define FM_LOADER_H

#include "../core/anim.h"
#include "../core/level.h"
#include "../core/problems.h"

/* Returns 0 when the zones and animations loaded (routines may still be
 * broken; see lvl_Routine.broken), -1 when the app cannot start. */
int ldr_load(const char *levels_dir, const char *assets_dir, lvl_Content *c, anim_Set *a, prb_List *p);

/* ldr_load, then ldr_translate for lang (NULL or "en": English only).
 * The result is ldr_load's: a translation's problems go to p only. */
int ldr_load_lang(const char *levels_dir, const char *assets_dir, const char *lang, lvl_Content *c,
                  anim_Set *a, prb_List *p);

/* Lays the folder of lang over c: levels_dir/<lang>/, else, for a code
 * such as "de_DE" or "de-AT", levels_dir/de/. Returns 1 when a folder was
 * read (its problems in p), 0 when there is none or lang is "en" or not a
 * language code (English content, no problem). */
int ldr_translate(const char *levels_dir, const char *lang, lvl_Content *c, prb_List *p);

/* The language folders in levels_dir (subfolders named by a language code,
 * trn_lang_ok), sorted; free with fio_free_names. Returns how many, or -1
 * when the folder cannot be listed. */
int ldr_languages(const char *levels_dir, char ***codes);

#endif
