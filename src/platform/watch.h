/* watch.h - waits for files to change in a few folders (Linux inotify), so
 * that edited level files reload without a restart and without polling:
 * the waiting thread sleeps in poll() until the kernel reports a write, a
 * rename, a creation or a removal. No SDL. A wat_Watch owns its descriptors;
 * wat_close frees it (after the waiting thread has returned). */
#ifndef FM_WATCH_H
#define FM_WATCH_H

typedef struct wat_Watch wat_Watch;

enum { WAT_STOPPED = 0, WAT_CHANGED = 1, WAT_TERM = 2, WAT_USR1 = 3 };

/* Blocks SIGTERM, SIGINT and SIGUSR1 in the calling thread and in every
 * thread it starts afterwards, so that only wat_wait sees them (call it
 * before any thread exists); wat_unblock_signals undoes it when no watch
 * could be opened. */
void wat_block_signals(void);
void wat_unblock_signals(void);
/* Watches the given folders (missing ones are skipped) and, when
 * with_signals is set, the blocked signals; NULL when nothing could be
 * watched. */
wat_Watch *wat_open(const char *const *dirs, int n, int with_signals);
/* Blocks until something happens: WAT_TERM for SIGTERM or SIGINT, WAT_USR1
 * for SIGUSR1, WAT_CHANGED for a change in a folder (after 150 ms of quiet,
 * so that an editor's burst of writes counts once), WAT_STOPPED once
 * wat_stop was called (or on an error). */
int wat_wait(wat_Watch *w);
/* Wakes wat_wait from another thread and makes it return 0. */
void wat_stop(wat_Watch *w);
void wat_close(wat_Watch *w);

#endif
