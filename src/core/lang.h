/* lang.h - the languages facemap speaks: their codes ("en", "de"), each
 * one's own name for the language button ("English", "Deutsch"), and the
 * language the environment asks for (LANGUAGE, then LC_ALL, LC_MESSAGES,
 * LANG, as gettext reads them). The codes are those of the catalogues in
 * po/ (LINGUAS) and of the content's folders (levels/<code>/). Plain
 * functions over static strings; no I/O, the shell passes the
 * environment's values in. */
#ifndef FM_LANG_H
#define FM_LANG_H

#define LNG_CODE 8           /* a code's buffer, with its NUL */
#define LNG_DEFAULT "en"
#define LNG_LIST "en, de"    /* for messages that name every language */

/* The codes, NULL-terminated; "en" (the source language) first. */
extern const char *const lng_codes[];

/* lng_codes[i], or NULL when i is out of range. */
const char *lng_code(int i);
/* Index of code in lng_codes, or -1 when facemap has no such language. */
int lng_index(const char *code);
/* The language's name in itself ("Deutsch"); the code when unknown. */
const char *lng_own_name(const char *code);
/* The language after code in lng_codes, round (the button's target);
 * the first for an unknown code. */
const char *lng_next(const char *code);
/* The first known language of the environment: each entry of language
 * (a colon-separated list, "de_AT:de:en"), else the first non-empty of
 * lc_all, lc_messages, lang ("de_DE.UTF-8" is "de"); "C" and "POSIX" are
 * English. NULL when none names a language facemap has. Any argument
 * may be NULL. */
const char *lng_from_env(const char *language, const char *lc_all, const char *lc_messages, const char *lang);

#endif
