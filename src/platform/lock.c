/* lock.c - see lock.h: flock(LOCK_EX | LOCK_NB) on PATH.lock, tried every
 * 10 ms until it is ours or LCK_WAIT_MS have passed. The descriptor is
 * close-on-exec, and closing it (or the process ending, however it ends)
 * lets the lock go. */
#include "lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

int lck_take(const char *path, char *err, size_t errlen)
{
    char name[4200];
    int n = snprintf(name, sizeof name, "%s.lock", path);
    if (n < 0 || (size_t)n >= sizeof name) {
        snprintf(err, errlen, "%s.lock: lock: %s", path, strerror(ENAMETOOLONG));
        return -1;
    }
    int fd = open(name, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
    if (fd < 0) {
        snprintf(err, errlen, "%s: lock: %s", name, strerror(errno));
        return -1;
    }
    for (int waited = 0;; waited += 10) {
        if (flock(fd, LOCK_EX | LOCK_NB) == 0)
            return fd;
        if ((errno != EWOULDBLOCK && errno != EINTR) || waited >= LCK_WAIT_MS)
            break;
        struct timespec ten = {0, 10 * 1000 * 1000};
        nanosleep(&ten, NULL);
    }
    snprintf(err, errlen, "%s: lock: %s", name,
             errno == EWOULDBLOCK ? "another copy of facemap holds it (waited 5 s)" : strerror(errno));
    close(fd);
    return -1;
}

void lck_release(int fd)
{
    if (fd >= 0)
        close(fd);
}
