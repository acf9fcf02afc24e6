/* export_io.h - the files of an export (core/export.h makes their text):
 * reading a progress file with its yearly archives for --export and --due,
 * the person's documents folder, and writing a new file there that
 * replaces nothing. No SDL.
 *
 * The documents folder, as the XDG user-dirs specification says:
 * XDG_DOCUMENTS_DIR in $XDG_CONFIG_HOME/user-dirs.dirs (else
 * ~/.config/user-dirs.dirs), a line XDG_DOCUMENTS_DIR="$HOME/Documents" or
 * an absolute path in double quotes, used when that folder exists; else
 * $HOME/Documents when it exists; else $HOME. No program is run. */
#ifndef FM_EXPORT_IO_H
#define FM_EXPORT_IO_H

#include <stddef.h>
#include <stdint.h>
#include "../core/export.h"

#define EIO_MAX_TRIES 100 /* name-2 .. name-100, then it gives up */

/* Reads the progress file at path and its archives into d (initialised,
 * empty). A missing file is an empty history (returns 1). Returns 0, or
 * -1 with err naming the file and why (nothing read: d stays empty). An
 * archive that cannot be read is named in note ("" when none), and the
 * rest is read. */
int eio_load_history(const char *path, prog_Data *d, char *err, size_t errlen, char *note, size_t notelen);
/* The documents folder (above) into out; 0, or -1 (out "") when there is
 * no HOME and no absolute XDG_DOCUMENTS_DIR. */
int eio_documents_dir(char *out, size_t n);
/* Writes data atomically (fio_save_atomic) as dir/base.ext, or where that
 * exists dir/base-2.ext, base-3.ext, ...: never over an existing file.
 * out gets the path; returns 0, or -1 with err naming the path and why. */
int eio_write_new(const char *dir, const char *base, const char *ext, const char *data, size_t len, char *out,
                  size_t outn, char *err, size_t errlen);

/* The history screen's Export: the history of the n sources as CSV in the
 * documents folder, named facemap-history-YYYY-MM-DD.csv after the local
 * day today (-2, -3, ... when that exists). out gets the path (or, on
 * failure, the one tried); returns 0, or -1 with err saying why. */
int eio_export_documents(const exp_Source *src, int n, int64_t today, char *out, size_t outn, char *err,
                         size_t errlen);

#endif
