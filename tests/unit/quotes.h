/* quotes.h - JSON written inline in tests with single quotes, turned into
 * real JSON: J("{'a': 1}") gives {"a": 1}. The result lives in one static
 * buffer, valid until the next call. */
#ifndef FM_QUOTES_H
#define FM_QUOTES_H

#include <string.h>

static char json_buf[16384];

static const char *J(const char *s)
{
    size_t n = strlen(s);
    if (n >= sizeof json_buf)
        n = sizeof json_buf - 1;
    for (size_t i = 0; i < n; i++)
        json_buf[i] = s[i] == '\'' ? '"' : s[i];
    json_buf[n] = '\0';
    return json_buf;
}

#endif
