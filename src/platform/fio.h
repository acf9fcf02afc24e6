/* fio.h - file I/O at the edge: read a whole file with a size limit, save a
 * file atomically, list a folder. Plain POSIX, no SDL.
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
/* Names (not paths) of regular files in dir ending with suffix, sorted;
 * returns the count, -1 when dir cannot be read. *names is malloc'd, free
 * with fio_free_names. */
int fio_list(const char *dir, const char *suffix, char ***names);
void fio_free_names(char **names, int n);
int fio_exists(const char *path);
/* Creates dir and its parents (mode 0700 for new folders); 0 or -1. */
int fio_mkdirs(const char *dir);

#endif
