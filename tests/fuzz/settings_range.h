/* settings_range.h - for the fuzz targets that read a person's settings
 * (fuzz_settings, fuzz_config): 1 when every field of s is in the range
 * core/settings.h documents, checked here on its own terms and not with the
 * module's code (which is what is under test). */
#ifndef FM_FUZZ_SETTINGS_RANGE_H
#define FM_FUZZ_SETTINGS_RANGE_H

#include "core/settings.h"

static const char *settings_out_of_range(const set_Settings *s)
{
    if ((s->sound != 0 && s->sound != 1) || (s->voice != 0 && s->voice != 1) ||
        (s->hands_free != 0 && s->hands_free != 1))
        return "a setting that is true or false is neither 0 nor 1";
    if (s->volume < 0 || s->volume > 100)
        return "volume out of 0..100";
    if (s->voice_rate < 80 || s->voice_rate > 300)
        return "voice_rate out of 80..300";
    if (s->text_size != SET_TEXT_NORMAL && s->text_size != SET_TEXT_LARGE &&
        s->text_size != SET_TEXT_LARGEST)
        return "text_size is not one of the three sizes";
    return NULL;
}

#endif
