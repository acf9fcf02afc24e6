/* progstore.h - the progress file on disk, shared by every copy of
 * facemap that uses it (a kiosk and a home run, two trainers at once).
 *
 * pst_save is read-merge-write under the file's lock (lock.h): it reads
 * what is on disk now, adds to the caller's history every entry found
 * there (pmg_merge: by routine and completion time, so no finished routine
 * is ever dropped, whoever saved it), adds a kiosk's counts to those on
 * disk (kst_rebase) or keeps the disk's counts as they are (a home run),
 * moves the oldest entries beyond PROG_KEEP to the yearly archive files
 * (merged there the same way), and only then writes the progress file
 * atomically (fio_save_atomic). A file on disk that cannot be read is
 * moved aside (FILE.unreadable-TIME) first, as at the start; when that is
 * impossible, nothing is written. The caller's in_progress is written as
 * it is: it is this copy's own.
 *
 * pst_load_archives reads the archive files beside the progress file into
 * the history (marked archived), newest year first, up to
 * PROG_MAX_HISTORY entries in memory; an archive that cannot be read is
 * named and left as it is.
 *
 * The default place is the XDG data folder (xdg.h):
 * $XDG_DATA_HOME/facemap/facemap/progress.json, else
 * $HOME/.local/share/facemap/facemap/progress.json; with neither there is
 * no default, and nothing is saved. No SDL. */
#ifndef FM_PROGSTORE_H
#define FM_PROGSTORE_H

#include <stddef.h>
#include "../core/kstats.h"
#include "../core/progress.h"

#define PST_MSG 1200  /* messages */
#define PST_PATH 4200 /* file names */

/* Which file this copy last read or wrote: when the file on disk is still
 * that one (same device, inode, size and change time; every save makes a
 * new inode), a save need not read it again. Zero: not known. */
typedef struct {
    unsigned long long dev, ino, size;
    long long ctime_ns;
    int known;
} pst_Seen;

/* Notes which file path is now (after reading it); unknown when missing. */
void pst_note(const char *path, pst_Seen *seen);

/* The default progress file; 0, or -1 (out "") when there is none. */
int pst_default_path(char *out, size_t len);
/* Read-merge-write (above). stats and base: a kiosk's counts now and as
 * last read (both become the merged counts), or NULL for a home run. seen:
 * the file as last read or written (it is not read again while unchanged),
 * updated after the write. stamp
 * names a file moved aside (an RFC 3339 time). Returns 0, or -1 with err
 * set; note gets a line for the person when a file had to be moved aside
 * ("" otherwise). */
int pst_save(const char *path, prog_Data *mine, kst_Stats *stats, kst_Stats *base, pst_Seen *seen,
             const char *stamp, char *err, char *note);
/* Adds the archives' entries to d (above). Returns how many files could
 * not be read; each is named in msg (the last one). */
int pst_load_archives(const char *path, prog_Data *d, char *msg);
/* Keeps text as path.tag (unless that exists already), never replacing a
 * file; 0, or -1 with err set. copy gets the name. */
int pst_keep_copy(const char *path, const char *tag, const char *text, size_t len, char *copy, char *err);

#endif
