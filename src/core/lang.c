/* lang.c - see lang.h. */
#include "lang.h"

#include <string.h>

const char *const lng_codes[] = {"en", "de", NULL};
static const char *const OWN_NAME[] = {"English", "Deutsch"};

const char *lng_code(int i)
{
    for (int k = 0; lng_codes[k]; k++)
        if (k == i)
            return lng_codes[k];
    return NULL;
}

int lng_index(const char *code)
{
    for (int i = 0; code && lng_codes[i]; i++)
        if (strcmp(code, lng_codes[i]) == 0)
            return i;
    return -1;
}

const char *lng_own_name(const char *code)
{
    int i = lng_index(code);
    return i >= 0 ? OWN_NAME[i] : code;
}

const char *lng_next(const char *code)
{
    int i = lng_index(code);
    return lng_codes[i >= 0 && lng_codes[i + 1] ? i + 1 : 0];
}

/* The language of one locale name of n bytes: "de_DE.UTF-8@euro" is "de";
 * "C", "C.UTF-8" and "POSIX" are English. NULL when not one of ours. */
static const char *of_locale(const char *s, size_t n)
{
    size_t k = strcspn(s, "_.@:");
    k = k < n ? k : n;
    if ((k == 1 && s[0] == 'C') || (k == 5 && strncmp(s, "POSIX", 5) == 0))
        return LNG_DEFAULT;
    for (int i = 0; lng_codes[i]; i++)
        if (strlen(lng_codes[i]) == k && strncmp(s, lng_codes[i], k) == 0)
            return lng_codes[i];
    return NULL;
}

const char *lng_from_env(const char *language, const char *lc_all, const char *lc_messages, const char *lang)
{
    for (const char *p = language; p && *p; p += strcspn(p, ":"), p += *p == ':') {
        size_t n = strcspn(p, ":");
        const char *c = n ? of_locale(p, n) : NULL;
        if (c)
            return c;
    }
    const char *loc = lc_all && *lc_all ? lc_all : lc_messages && *lc_messages ? lc_messages : lang;
    return loc && *loc ? of_locale(loc, strlen(loc)) : NULL;
}
