/* setfile.h - the settings file at home (format: core/settings.h): where
 * it is, loading it safely, saving it atomically. Plain POSIX, no SDL.
 *
 * Loading never loses a file: one with any problem (not JSON, a wrong
 * value, an unknown key, a newer version, over SET_MAX_FILE bytes) is
 * renamed aside with fio_move_aside and the defaults are used, all of them: a file that says something wrong is not half
 * believed. What is not a readable regular file is left where it is and
 * never saved over. Saving goes through fio_save_atomic (temporary file, fsync,
 * the old file kept as .bak, rename). Messages are one line for a person,
 * naming the file. */
#ifndef FM_SETFILE_H
#define FM_SETFILE_H

#include <stddef.h>

#include "core/settings.h"

/* $XDG_CONFIG_HOME/facemap/settings.json when XDG_CONFIG_HOME is an
 * absolute path (a relative or empty one is ignored, as the XDG Base
 * Directory spec says), else $HOME/.config/facemap/settings.json when HOME
 * is absolute. Returns 0, or -1 (out is "") when neither is, or the path
 * does not fit in len bytes. */
int setf_path(char *out, size_t len);

/* Loads path into s; msg (may be NULL) gets "" or one line saying what
 * happened. Removes temporary files that killed saves left beside path.
 * Returns
 *   0  the file was read (s holds it), or it does not exist (the defaults);
 *   1  it had a problem: s holds the defaults; the file was renamed to
 *      path.TAG (TAG "unreadable-YYYY-MM-DDTHH:MM:SSZ", now in UTC) and msg
 *      names the file, the first problem, how many there were, and the new
 *      name;
 *   2  it had a problem and could not be renamed aside either, or it is not
 *      a regular file that can be read (a folder, a FIFO, a device, no read
 *      permission: fio_plain; never moved, never read): s holds the
 *      defaults, the file is where it was, and msg says so. The caller
 *      should not save over it (that would lose it after the next save). */
int setf_load(const char *path, set_Settings *s, char *msg, size_t msglen);
/* setf_load with the name's TAG given (tests; a shell on a fixed clock). */
int setf_load_tag(const char *path, const char *tag, set_Settings *s, char *msg, size_t msglen);

/* Makes the file's folder and its parents when missing (fio_mkdirs, mode
 * 0700) and saves s atomically. Returns 0, or -1 with err (may be NULL)
 * naming the file, the step that failed and why. */
int setf_save(const char *path, const set_Settings *s, char *err, size_t errlen);

#endif
