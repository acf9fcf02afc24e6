/* fuzz_config.c - libFuzzer target for the kiosk configuration file
 * (core/kconfig.c): any input parses or is refused without a crash, a
 * leak or undefined behaviour, and whatever it says, the config that comes
 * out keeps the documented ranges (a wrong field keeps its default): idle
 * 10..3600 s, dimming off or later than idle and at most a day, no PIN or one of 4
 * to 8 digits, lists of at most KCF_MAX_LIST ids, an attract text of 1..120
 * characters of UTF-8 without control characters, attract_routine one
 * of the routines offered when a list is given, and the visitors' settings
 * in their ranges (settings_range.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"
#include "settings_range.h"

#include "core/jsonv.h"
#include "core/kconfig.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static prb_List problems;

static void die(const char *what)
{
    fprintf(stderr, "fuzz_config: %s\n", what);
    abort();
}

static int terminated(const char *s, size_t cap)
{
    return memchr(s, '\0', cap) != NULL;
}

static void check_ids(const char ids[][KCF_ID], int n)
{
    if (n < 0 || n > KCF_MAX_LIST)
        die("a list has a bad length");
    for (int i = 0; i < n; i++)
        if (!terminated(ids[i], KCF_ID) || !jv_is_id(ids[i]))
            die("a listed id is not an id");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kcf_Config c;
    kcf_defaults(&c);
    prb_clear(&problems);
    kcf_parse(&c, "kiosk.json", guarded(data, size), size, &problems);
    if (c.idle_seconds < 10 || c.idle_seconds > 3600)
        die("idle_seconds out of range");
    if (c.dim_seconds != 0 && (c.dim_seconds <= c.idle_seconds || c.dim_seconds > 86400))
        die("dim_seconds out of range");
    size_t pin = strnlen(c.pin, sizeof c.pin);
    if (pin != 0 && (pin < 4 || pin > 8 || strspn(c.pin, "0123456789") != pin))
        die("the PIN is neither absent nor 4 to 8 digits");
    if (kcf_has_pin(&c) != (pin != 0))
        die("kcf_has_pin disagrees with the PIN");
    check_ids(c.zones, c.nzones);
    check_ids(c.routines, c.nroutines);
    if (!terminated(c.attract_text, sizeof c.attract_text) || !c.attract_text[0])
        die("attract_text is empty or not terminated");
    for (const unsigned char *u = (const unsigned char *)c.attract_text; *u;) {
        int n = jv_utf8_len(u);
        if (n == 0 || *u < 0x20 || *u == 0x7f)
            die("attract_text is not clean UTF-8");
        u += n;
    }
    if (!terminated(c.attract_routine, KCF_ID) || !jv_is_id(c.attract_routine))
        die("attract_routine is not an id");
    if (c.nroutines > 0 && !kcf_offers_routine(&c, c.attract_routine))
        die("attract_routine is not offered");
    const char *why = settings_out_of_range(&c.settings);
    if (why)
        die(why);
    kcf_offers_zone(&c, "nose");
    return 0;
}
