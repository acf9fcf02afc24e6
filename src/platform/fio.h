/* fio.h - file I/O at the edge: read a whole file with a size limit, save a
 * file atomically, list a folder, join a path. Plain POSIX, no SDL.
 *
 * fio_save_atomic follows the careful-database order: write FILE.tmp-PID in
 * the same folder, write every byte, fflush, fsync, close (checked), keep the
 * old FILE as FILE.bak (hard link), rename the temporary over FILE, fsync the
 * folder. On any failure the temporary file is removed, FILE is untouched,
 * and err names the step that failed. */
#ifndef FM_FIO_H
#define FM_FIO_H

#include <stddef.h>

/* Reads path into a malloc'd NUL-terminated buffer (caller frees).
 * Returns NULL with a message in err when missing, unreadable, or larger
 * than max bytes. *len gets the size without the NUL. */
char *fio_read_all(const char *path, size_t max, size_t *len, char *err, size_t errlen);
int fio_save_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);
/* Removes the temporary files that saves of path killed midway left
 * behind (path.tmp-PID and path.bak.tmp-PID whose process is no longer
 * running; those of a live process, this one included, are kept). Returns
 * how many were removed. Call it once before the first save. */
int fio_remove_stale_temps(const char *path);
/* Renames path to path + "." + tag (or path.tag-2, path.tag-3, ... when
 * that exists), never replacing an existing file. Writes the new name into
 * out; returns 0, or -1 (errno set) leaving path where it was. */
int fio_move_aside(const char *path, const char *tag, char *out, size_t outlen);
/* Names (not paths) of regular files in dir ending with suffix, sorted;
 * returns the count, -1 when dir cannot be read. *names is malloc'd, free
 * with fio_free_names. */
int fio_list(const char *dir, const char *suffix, char ***names);
void fio_free_names(char **names, int n);
int fio_exists(const char *path);
/* Writes dir + "/" + name into out (no doubled '/' when dir ends with one);
 * returns 0, or -1 when the path does not fit in n bytes. */
int fio_join(char *out, size_t n, const char *dir, const char *name);
/* Creates dir and its parents (mode 0700 for new folders); 0 or -1. */
int fio_mkdirs(const char *dir);

#endif
