/* watch.c - see watch.h: one inotify descriptor for every folder, a
 * signalfd for the blocked signals, and a pipe whose write end wat_stop
 * uses to wake the waiting poll(). */
#define _GNU_SOURCE
#include "watch.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#define QUIET_MS 150

struct wat_Watch {
    int fd;        /* inotify, or -1 */
    int sig;       /* signalfd, or -1 */
    int stop[2];   /* pipe: [0] polled, [1] written by wat_stop */
};

static void signal_set(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGUSR1);
}

void wat_block_signals(void)
{
    sigset_t set;
    signal_set(&set);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
}

void wat_unblock_signals(void)
{
    sigset_t set;
    signal_set(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

wat_Watch *wat_open(const char *const *dirs, int n, int with_signals)
{
    wat_Watch *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    int watched = 0;
    for (int i = 0; w->fd >= 0 && i < n; i++)
        watched += inotify_add_watch(w->fd, dirs[i],
                                     IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE) >= 0;
    sigset_t set;
    signal_set(&set);
    w->sig = with_signals ? signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK) : -1;
    if ((watched == 0 && w->sig < 0) || pipe2(w->stop, O_CLOEXEC) != 0) {
        if (w->fd >= 0)
            close(w->fd);
        if (w->sig >= 0)
            close(w->sig);
        free(w);
        return NULL;
    }
    return w;
}

/* Reads and drops whatever events are queued. */
static void drain(int fd)
{
    char buf[4096];
    while (read(fd, buf, sizeof buf) > 0)
        ;
}

int wat_wait(wat_Watch *w)
{
    struct pollfd p[3] = {{w->fd, POLLIN, 0}, {w->stop[0], POLLIN, 0}, {w->sig, POLLIN, 0}};
    int timeout = -1, changed = 0;
    for (;;) {
        int r = poll(p, 3, timeout);
        if (r < 0 || (p[1].revents & POLLIN))
            return WAT_STOPPED;
        if (p[2].revents & POLLIN) {
            struct signalfd_siginfo si;
            if (read(w->sig, &si, sizeof si) == (ssize_t)sizeof si)
                return si.ssi_signo == SIGUSR1 ? WAT_USR1 : WAT_TERM;
        }
        if (r == 0)
            return changed ? WAT_CHANGED : WAT_STOPPED;
        if (p[0].revents & POLLIN) {
            drain(w->fd);
            changed = 1;
            timeout = QUIET_MS;
        }
    }
}

void wat_stop(wat_Watch *w)
{
    ssize_t ignored = write(w->stop[1], "x", 1);
    (void)ignored;
}

void wat_close(wat_Watch *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    if (w->sig >= 0)
        close(w->sig);
    close(w->stop[0]);
    close(w->stop[1]);
    free(w);
}
