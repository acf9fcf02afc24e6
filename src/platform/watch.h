/* watch.h - waits for files to change in a few folders (Linux inotify), so
 * that edited level files reload without a restart and without polling:
 * the waiting thread sleeps in poll() until the kernel reports a write, a
 * rename, a creation or a removal. No SDL. A wat_Watch owns its descriptors;
 * wat_close frees it (after the waiting thread has returned). */
#ifndef FM_WATCH_H
#define FM_WATCH_H

typedef struct wat_Watch wat_Watch;

/* Watches the given folders (missing ones are skipped); NULL when none
 * could be watched or inotify is unavailable. */
wat_Watch *wat_open(const char *const *dirs, int n);
/* Blocks until something changed, then waits for 150 ms of quiet so that an
 * editor's burst of writes counts once. Returns 1 for a change, 0 once
 * wat_stop was called (or on an error). */
int wat_wait(wat_Watch *w);
/* Wakes wat_wait from another thread and makes it return 0. */
void wat_stop(wat_Watch *w);
void wat_close(wat_Watch *w);

#endif
