/* kconfig.h - the kiosk's configuration file (--config FILE, JSON):
 *   {"kind": "kiosk-config",
 *    "idle_seconds": 90,        visitor's session ends after this long untouched (10..3600)
 *    "dim_seconds": 600,        then the screen dims to black (0 = never; else > idle, <= 86400)
 *    "pin": "...",              staff PIN, 4 to 8 digits; required by --kiosk
 *    "zones": ["nose", ...],    zones offered (absent or empty: all)
 *    "routines": ["...", ...],  routines offered (absent or empty: all)
 *    "attract_text": "...",     the invitation on the attract screen (1..120 chars)
 *    "attract_routine": "gentle-nose-cleanse", whose first steps the attract
 *                               loop plays (a step with a caution is never shown)
 *    "export_csv": "/media/usb/kiosk-counts.csv", where the admin's "Export
 *                               counts" writes the daily counts (an absolute
 *                               path ending in .csv; absent: no export)
 *    "sound": true, "volume": 80, "voice": false, "voice_rate": 160,
 *    "hands_free": false, "text_size": "normal", "lang": "de"
 *                               the visitor's settings, read and checked as in
 *                               a settings file (settings.h, set_read_keys)
 *   }
 * Every key but "pin" is optional; kcf_defaults gives the documented
 * defaults. There is no default PIN: kcf_defaults leaves it empty, and a
 * kiosk does not start without one of its own (kcf_has_pin). A PIN that is
 * printed in facemap's documentation (KCF_PUBLIC_PINS) is refused.
 * A kcf_Config is a plain value (fixed arrays, no allocation). No I/O. */
#ifndef FM_KCONFIG_H
#define FM_KCONFIG_H

#include <stddef.h>
#include "problems.h"
#include "settings.h"

/* PINs anyone can look up: the old default and the example config's. */
#define KCF_PUBLIC_PINS "1234", "4071"
/* What the kiosk and --check say when there is no PIN to use. */
#define KCF_PIN_HOWTO                                                                          \
    "set \"pin\": \"DIGITS\" (4 to 8 digits of your own, as a string) in the kiosk config, " \
    "check it with facemap --check --config FILE and start with facemap --kiosk --config FILE"
#define KCF_DEFAULT_ATTRACT "gentle-nose-cleanse"
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
    char export_csv[1024];         /* "" when not given */
    set_Settings settings;         /* set_defaults, then the file's keys */
} kcf_Config;

void kcf_defaults(kcf_Config *c);
/* Parses text over the defaults in c (call kcf_defaults first). Returns the
 * number of problems ("FILE: /pointer: message"); on any problem c keeps
 * the defaults for the fields that were wrong. */
int kcf_parse(kcf_Config *c, const char *file, const char *text, size_t len, prb_List *p);
/* 1 when the config holds a valid PIN of its own (kcf_parse refused any
 * other), 0 when it has none (the defaults, or a "pin" that was wrong). */
int kcf_has_pin(const kcf_Config *c);
/* Whether a zone / routine id is offered (empty lists offer everything). */
int kcf_offers_zone(const kcf_Config *c, const char *id);
int kcf_offers_routine(const kcf_Config *c, const char *id);

#endif
