/* i18n.h - the interface's strings through GNU gettext (glibc's libintl):
 * _("text") for a string shown to the person, N_("text") to mark one in a
 * table that is translated where it is shown, ngettext for plurals. The
 * catalogue (po/, domain "facemap") is bound by the shell at start; until
 * then, and for a string with no translation, the English text is shown.
 * C_("context", "text") is pgettext: the same English word with two
 * meanings ("May" the short month and the long one) gets two msgids.
 * No I/O of its own; the returned strings belong to the catalogue. */
#ifndef FM_I18N_H
#define FM_I18N_H

#include <libintl.h>

#define FM_TEXT_DOMAIN "facemap"
#define _(s) dgettext(FM_TEXT_DOMAIN, s)
#define N_(s) (s)
#define P_(one, many, n) dngettext(FM_TEXT_DOMAIN, one, many, (unsigned long)(n))
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)

/* The catalogue keys a context as "context\004text"; with no translation
 * the English text is given back without its context. */
static inline const char *i18n_pgettext(const char *key, const char *s)
{
    const char *t = dgettext(FM_TEXT_DOMAIN, key);
    return t == key ? s : t;
}

#endif
