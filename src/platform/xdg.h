/* xdg.h - where the XDG Base Directory specification puts a user's files:
 * $VAR/rel when VAR (XDG_DATA_HOME, XDG_CONFIG_HOME, ...) is an absolute
 * path (a relative one is ignored, as the specification says), else
 * $HOME/fallback/rel when HOME is absolute. Never the working folder: with
 * neither, there is no place, and the caller says so. No SDL. */
#ifndef FM_XDG_H
#define FM_XDG_H

#include <stddef.h>

/* Writes the path into out; 0, or -1 (out "") when there is no absolute
 * base or it does not fit. Example: xdg_path(out, n, "XDG_DATA_HOME",
 * ".local/share", "facemap/facemap/progress.json"). */
int xdg_path(char *out, size_t len, const char *var, const char *fallback, const char *rel);

#endif
