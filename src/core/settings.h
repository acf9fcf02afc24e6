/* settings.h - a person's settings: sound cues and their volume, the
 * spoken voice and its speed, hands-free advance, and the text size. At
 * home they live in $XDG_CONFIG_HOME/facemap/settings.json (the shell
 * reads and saves the file through platform/setfile.h; this module only
 * parses and writes text); a kiosk takes the same keys from its config file
 * (kconfig.c, through set_read_keys, so the rules are written once).
 *
 * File format (version 2), every key optional, defaults below:
 *   {"kind": "settings", "version": 2, "sound": true, "volume": 80,
 *    "voice": false, "voice_rate": 160, "hands_free": false,
 *    "text_size": "normal", "theme": "standard", "lang": "de"}
 * "lang" (one of lang.h's codes) is written only once a language was chosen.
 * "kind", when given, must be "settings"; "version", when given, must be 1
 * or 2 (version 1 is the same without "theme" and "lang", which a facemap that reads
 * only version 1 would report as unknown: a file with it is version 2; a
 * higher one is reported as a file from a newer facemap, and then no key
 * is taken). Other keys are reported as unknown. Schema:
 * levels/settings.schema.json.
 * A set_Settings is a plain value; set_serialize returns a malloc'd
 * string the caller frees. No I/O. */
#ifndef FM_SETTINGS_H
#define FM_SETTINGS_H

#include "jsonv.h"
#include "lang.h"
#include "problems.h"

typedef enum { SET_TEXT_NORMAL, SET_TEXT_LARGE, SET_TEXT_LARGEST, SET_TEXT_COUNT } set_TextSize;
/* The colours: ui.h UI_THEMES, in this order. */
typedef enum { SET_THEME_STANDARD, SET_THEME_HIGH_CONTRAST, SET_THEME_COUNT } set_Theme;

#define SET_VOLUME_MAX 100
#define SET_RATE_MIN 80   /* words a minute */
#define SET_RATE_MAX 300
#define SET_VERSION 2     /* written; read: 1 and 2 */
#define SET_VERSION_MIN 1
#define SET_MAX_FILE (64 * 1024) /* bytes */
/* The keys set_read_keys reads, for a caller's list of allowed keys
 * (jv_keys): {"kind", SET_KEYS, NULL}. */
#define SET_KEYS "sound", "volume", "voice", "voice_rate", "hands_free", "text_size", SET_KEY_THEME, "lang"
#define SET_KEY_THEME "theme"

typedef struct {
    int sound;              /* 1: cues (step start, last seconds, timer end, done) */
    int volume;             /* 0..SET_VOLUME_MAX */
    int voice;              /* 1: steps are spoken */
    int voice_rate;         /* SET_RATE_MIN..SET_RATE_MAX words a minute */
    int hands_free;         /* 1: timed steps go on by themselves; a tap on the picture or a key goes on */
    set_TextSize text_size;
    char lang[LNG_CODE];    /* "en", "de" (lang.h); "": not chosen, the environment's */
    set_Theme theme;        /* the colours: "standard" or "high-contrast" */
} set_Settings;

/* The defaults: sound on at volume 80; the voice off (a kiosk is a public
 * place; at home a person chooses it); hands-free off; normal text; the
 * standard colours. */
void set_defaults(set_Settings *s);
/* Parses a settings file into s, which starts from the defaults; every
 * problem is reported as "FILE: /pointer: message". A key with a problem
 * keeps its default, the others are taken (none when the version is
 * newer). Returns the number of problems. */
int set_parse(set_Settings *s, const char *file, const char *text, size_t len, prb_List *p);
/* Reads the SET_KEYS of obj (found at pointer at) into s, each checked
 * as in a settings file; a key that is absent or has a problem leaves what
 * s held. Does not report unknown keys (the caller's jv_keys does). Returns
 * the number of problems reported through v. */
int set_read_keys(jv_Ctx *v, const cJSON *obj, const char *at, set_Settings *s);
/* The file's text: pretty, one key a line in the order of the example
 * above, ending with a newline; NULL when out of memory. A field out of
 * its range is written clamped into it, so whatever is written reads back. */
char *set_serialize(const set_Settings *s);
/* "normal", "large", "largest" ("normal" for a value out of range). */
const char *set_text_size_name(set_TextSize t);
/* "standard", "high-contrast" ("standard" for a value out of range). */
const char *set_theme_name(set_Theme t);
/* How much larger text is drawn at this size: 1, 1.25, 1.5 (1 for a value
 * out of range). */
float set_text_scale(set_TextSize t);

#endif
