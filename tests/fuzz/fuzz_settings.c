/* fuzz_settings.c - libFuzzer target for the settings file
 * (core/settings.c): any input parses or is refused without a crash, a
 * leak or undefined behaviour; whatever it says, the settings that come
 * out keep the documented ranges (a wrong key keeps its default: sound,
 * voice and hands_free 0 or 1, volume 0..100, voice_rate 80..300, one of
 * the three text sizes); and what set_serialize then writes parses back
 * with no problem to the very same settings. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"
#include "settings_range.h"

#include "core/settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static prb_List problems;

static void die(const char *what)
{
    fprintf(stderr, "fuzz_settings: %s\n", what);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    set_Settings s, back;
    set_defaults(&s);
    prb_clear(&problems);
    int n = set_parse(&s, "settings.json", guarded(data, size), size, &problems);
    if (n != prb_total(&problems))
        die("the count returned is not the problems reported");
    const char *why = settings_out_of_range(&s);
    if (why)
        die(why);
    char *text = set_serialize(&s);
    if (!text)
        die("set_serialize gave NULL");
    set_defaults(&back);
    if (set_parse(&back, "settings.json", text, strlen(text), NULL) != 0)
        die("what set_serialize wrote does not parse back");
    if (memcmp(&s, &back, sizeof s) != 0)
        die("what set_serialize wrote reads back different");
    free(text);
    set_text_scale(s.text_size);
    return 0;
}
