/* problem_lines.h - for the tests of a JSON reader that reports through a
 * prb_List: the list the test fills, checks that a line was reported (or
 * was the only one), a JSON object of any size, and the visitor settings
 * compared field by field. Each check prints what it got when it fails. */
#ifndef FM_PROBLEM_LINES_H
#define FM_PROBLEM_LINES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/settings.h"

static prb_List problems;

static inline void show_problems(void)
{
    for (int i = 0; i < problems.count; i++)
        printf("    got: %s\n", problems.line[i]);
}

/* line is one of the problems. */
static inline int reported(const char *line)
{
    for (int i = 0; i < problems.count; i++)
        if (strcmp(problems.line[i], line) == 0)
            return 1;
    show_problems();
    return 0;
}

/* The file had exactly this one problem. */
static inline int only(const char *line)
{
    if (problems.count == 1 && strcmp(problems.line[0], line) == 0)
        return 1;
    printf("    expected only: %s\n", line);
    show_problems();
    return 0;
}

/* "{}" and spaces, size bytes in all, NUL-terminated; malloc'd (NULL when
 * out of memory). */
static inline char *big_object(size_t size)
{
    char *text = size >= 2 ? malloc(size + 1) : NULL;
    if (text) {
        memset(text, ' ', size);
        memcpy(text, "{}", 2);
        text[size] = '\0';
    }
    return text;
}

/* s holds exactly these values (booleans as 0/1). */
static inline int settings_are(const set_Settings *s, int sound, int volume, int voice,
                               int voice_rate, int hands_free, set_TextSize text_size)
{
    if (s->sound == sound && s->volume == volume && s->voice == voice &&
        s->voice_rate == voice_rate && s->hands_free == hands_free && s->text_size == text_size)
        return 1;
    printf("    got settings %d %d %d %d %d %d, expected %d %d %d %d %d %d (sound volume voice "
           "voice_rate hands_free text_size)\n", s->sound, s->volume, s->voice, s->voice_rate,
           s->hands_free, (int)s->text_size, sound, volume, voice, voice_rate, hands_free,
           (int)text_size);
    return 0;
}

#endif
