/* kconfig.h - the kiosk's configuration file (--config FILE, JSON):
 *   {"kind": "kiosk-config",
 *    "idle_seconds": 90,        visitor's session ends after this long untouched (10..3600)
 *    "dim_seconds": 600,        then the screen dims to black (0 = never; else > idle, <= 86400)
 *    "pin": "1234",             staff PIN, 4 to 8 digits
 *    "zones": ["nose", ...],    zones offered (absent or empty: all)
 *    "routines": ["...", ...],  routines offered (absent or empty: all)
 *    "attract_text": "...",     the invitation on the attract screen (1..120 chars)
 *    "attract_routine": "nose-clean-out", whose first steps the attract loop plays
 *    "sound": true, "volume": 80, "voice": false, "voice_rate": 160,
 *    "hands_free": false, "text_size": "normal"
 *                               the visitor's settings, read and checked as in
 *                               a settings file (settings.h, set_read_keys)
 *   }
 * Every key is optional; kcf_defaults gives the documented defaults.
 * A kcf_Config is a plain value (fixed arrays, no allocation). No I/O. */
#ifndef FM_KCONFIG_H
#define FM_KCONFIG_H

#include <stddef.h>
#include "problems.h"
#include "settings.h"

#define KCF_DEFAULT_PIN "1234"
#define KCF_ID 48
#define KCF_MAX_LIST 64
#define KCF_MAX_FILE (64 * 1024) /* bytes */

typedef struct {
    int idle_seconds;
    int dim_seconds;
    char pin[9];
    char zones[KCF_MAX_LIST][KCF_ID];
    int nzones;
    char routines[KCF_MAX_LIST][KCF_ID];
    int nroutines;
    char attract_text[121 * 4];    /* up to 120 characters of UTF-8 */
    char attract_routine[KCF_ID];
    set_Settings settings;         /* set_defaults, then the file's keys */
} kcf_Config;

void kcf_defaults(kcf_Config *c);
/* Parses text over the defaults in c (call kcf_defaults first). Returns the
 * number of problems ("FILE: /pointer: message"); on any problem c keeps
 * the defaults for the fields that were wrong. */
int kcf_parse(kcf_Config *c, const char *file, const char *text, size_t len, prb_List *p);
/* 1 when the PIN is still the documented default. */
int kcf_default_pin(const kcf_Config *c);
/* Whether a zone / routine id is offered (empty lists offer everything). */
int kcf_offers_zone(const kcf_Config *c, const char *id);
int kcf_offers_routine(const kcf_Config *c, const char *id);

#endif
