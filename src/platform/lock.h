/* lock.h - an advisory lock (flock) that copies of facemap take around
 * each read-merge-write of a file they share (the progress file and its
 * archives), so two saves never interleave. The lock is on a file beside
 * it, PATH.lock, which is made once and never removed: the saved file
 * itself is replaced by rename at every save, so a lock on it would be on
 * an old inode. A copy that holds the lock and is stopped (SIGSTOP) makes
 * the others wait at most LCK_WAIT_MS, then their save fails and is tried
 * again later. Plain POSIX, no SDL. */
#ifndef FM_LOCK_H
#define FM_LOCK_H

#include <stddef.h>

#define LCK_WAIT_MS 5000

/* Takes the lock of path (PATH.lock); returns its descriptor, or -1 with
 * err set ("PATH.lock: lock: ..."). */
int lck_take(const char *path, char *err, size_t errlen);
/* Lets it go (closing the descriptor); -1 does nothing. */
void lck_release(int fd);

#endif
