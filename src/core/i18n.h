/* i18n.h - the interface's strings through GNU gettext (glibc's libintl):
 * _("text") for a string shown to the person, N_("text") to mark one in a
 * table that is translated where it is shown, ngettext for plurals. The
 * catalogue (po/, domain "facemap") is bound by the shell at start; until
 * then, and for a string with no translation, the English text is shown.
 * No I/O of its own; the returned strings belong to the catalogue. */
#ifndef FM_I18N_H
#define FM_I18N_H

#include <libintl.h>

#define FM_TEXT_DOMAIN "facemap"
#define _(s) dgettext(FM_TEXT_DOMAIN, s)
#define N_(s) (s)
#define P_(one, many, n) dngettext(FM_TEXT_DOMAIN, one, many, (unsigned long)(n))

#endif
