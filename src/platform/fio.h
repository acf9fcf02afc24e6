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

#include <errno.h>
#include <stddef.h>
#include <stdio.h>

/* errno after a refusal of something that is not a regular file. */
#define FIO_ENOTREG EINVAL

/* Every reader opens without blocking and looks at what the path is before
 * reading: a folder, a FIFO, a device or a socket is refused with a
 * message that names it ("PATH: open: is a FIFO (named pipe), not a
 * regular file"), so a FIFO never makes a read wait. A path too long for
 * the system is said to be so.
 *
 * fio_open_regular: a read-only descriptor of the regular file at path
 * (symlinks followed), or -1 with err set and errno (FIO_ENOTREG for what
 * is not a regular file). fio_fopen_regular: the same as a FILE. */
int fio_open_regular(const char *path, char *err, size_t errlen);
FILE *fio_fopen_regular(const char *path, char *err, size_t errlen);
/* What is at path, before it is read or replaced: 1 a regular file that
 * can be opened for reading, 0 nothing (err ""), -1 anything else (a
 * folder, a FIFO, a device, no permission, a path too long), with err set:
 * a caller must then neither read it, move it aside nor save over it. */
int fio_plain(const char *path, char *err, size_t errlen);
/* An err of this module ("PATH: step: reason", a long PATH shortened)
 * without its PATH, for a message that names the file already. */
const char *fio_why(const char *err, const char *path);
/* Reads path into a malloc'd NUL-terminated buffer (caller frees).
 * Returns NULL with a message in err (and errno set) when missing,
 * unreadable, not a regular file, or larger than max bytes (EFBIG). *len
 * gets the size without the NUL. */
char *fio_read_all(const char *path, size_t max, size_t *len, char *err, size_t errlen);
/* path with its symlinks followed into out (the file need not exist); 0,
 * or -1 with err set (a loop, a path too long). */
int fio_target(const char *path, char *out, size_t n, char *err, size_t errlen);
/* Saves through a symlink: the link's target is replaced (its temporary
 * file and .bak in the target's folder), and the link stays. An existing
 * file keeps its mode (and, for root, its owner). A folder, a FIFO or a
 * device at path is refused (errno FIO_ENOTREG), never replaced. */
int fio_save_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);
/* Removes the temporary files that saves of path killed midway left
 * behind (path.tmp-PID and path.bak.tmp-PID whose process is no longer
 * running; those of a live process, this one included, are kept). Returns
 * how many were removed. Call it once before the first save. */
int fio_remove_stale_temps(const char *path);
/* Renames path (through its symlinks: the target is moved, and the link is
 * left dangling for the next save) to path + "." + tag (or path.tag-2, path.tag-3, ... when
 * that exists), never replacing an existing file. Writes the new name into
 * out; returns 0, or -1 (errno set) leaving path where it was. */
int fio_move_aside(const char *path, const char *tag, char *out, size_t outlen);
/* Names (not paths) of what is in dir ending with suffix (folders and
 * hidden names left out; a FIFO or a device is listed, for its reader to
 * refuse by name), sorted;
 * returns the count, -1 when dir cannot be read. *names is malloc'd, free
 * with fio_free_names. */
int fio_list(const char *dir, const char *suffix, char ***names);
/* The same for the folders in dir (hidden ones left out). */
int fio_list_folders(const char *dir, char ***names);
void fio_free_names(char **names, int n);
int fio_exists(const char *path);
/* Writes dir + "/" + name into out (no doubled '/' when dir ends with one);
 * returns 0, or -1 when the path does not fit in n bytes. */
int fio_join(char *out, size_t n, const char *dir, const char *name);
/* A regular file of at most max bytes mapped read-only (fio_map.c): its
 * pages are read as they are used and shared with the page cache, so a
 * font's glyphs come from memory without a copy of the whole file. Returns
 * the mapping and sets *len, or NULL with err set; undo with fio_unmap. */
const void *fio_map(const char *path, size_t max, size_t *len, char *err, size_t errlen);
void fio_unmap(const void *p, size_t len);
/* Creates dir and its parents (mode 0700 for new folders); 0 or -1. */
int fio_mkdirs(const char *dir);

#endif
