/* profstore.h - the profile list on disk (format: core/profiles.h):
 * profiles.json in the folder of the progress file, so that --progress
 * FILE carries its household with it. Plain POSIX, no SDL.
 *
 * Loading never loses a file: a list with any problem is reported (every
 * problem as "FILE: /pointer: message" on err_out) and renamed aside
 * (profiles.json.unreadable-TIME); the progress files it named are not
 * touched, and the one profile of the progress file itself is used. What
 * is not a readable regular file is left where it is and never saved
 * over. Saving is fio_save_atomic under the list's lock (lock.h), as the
 * progress file's. A deleted profile's files (its progress file, its
 * yearly archives, its settings file) are renamed FILE.deleted-TIME,
 * never removed. */
#ifndef FM_PROFSTORE_H
#define FM_PROFSTORE_H

#include <stddef.h>
#include <stdio.h>

#include "core/profiles.h"

#define PFS_MSG 1200
#define PFS_PATH 4200

/* DIR/name beside the progress file progress (DIR/profiles.json for the
 * list, DIR/progress-p2.json for a profile's file); 0, or -1 when it does
 * not fit in len. */
int pfs_beside(const char *progress, const char *name, char *out, size_t len);
/* Reads the list beside progress into l (pfl_init with the progress
 * file's name when there is none). stamp names a file moved aside (an
 * RFC 3339 time; NULL: a list with a problem is left where it is, for a
 * command that only reads, such as --export), and l->files_up_to to the highest id of a profile's
 * progress file found beside it. Every problem line goes to err_out (may be NULL); msg
 * gets one line for the person. Returns 0 (read, or no list), 1 (a
 * problem: moved aside, the one profile), 2 (a problem, left where it
 * is: the caller must not save the list). */
int pfs_load(const char *progress, pfl_List *l, const char *stamp, FILE *err_out, char *msg, size_t len);
/* Saves the list beside progress under its lock; 0, or -1 with err set. */
int pfs_save(const char *progress, const pfl_List *l, char *err, size_t len);
/* Profile i's settings file: the folder of settings (the settings.json
 * path setf_path gives) with pfl_settings_name; 0, or -1 when too long. */
int pfs_settings_path(const char *settings, const pfl_List *l, int i, char *out, size_t len);
/* Renames the files of a deleted profile p aside, FILE.deleted-STAMP:
 * its progress file beside progress (under its lock), its archives, and
 * its settings file (settings: its path, may be ""). Returns how many
 * were moved, or -1 with msg naming the one that could not be. msg gets
 * the progress file's new name otherwise ("" when it had none). */
int pfs_set_aside(const char *progress, const pfl_Profile *p, const char *settings, const char *stamp, char *msg,
                  size_t len);

#endif
