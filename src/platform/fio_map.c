/* fio_map.c - see fio.h: a regular file mapped read-only. Plain POSIX. */
#include "fio.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

const void *fio_map(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    struct stat st;
    int fd = fio_open_regular(path, err, errlen);
    if (fd < 0)
        return NULL;
    void *p = MAP_FAILED;
    if (fstat(fd, &st) != 0)
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
    else if (st.st_size <= 0 || (unsigned long long)st.st_size > max)
        snprintf(err, errlen, "%s: %lld bytes, not 1 to %zu", path, (long long)st.st_size, max);
    else if ((p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED)
        snprintf(err, errlen, "%s: cannot be mapped: %s", path, strerror(errno));
    close(fd);
    if (p == MAP_FAILED)
        return NULL;
    *len = (size_t)st.st_size;
    return p;
}

void fio_unmap(const void *p, size_t len)
{
    if (p)
        munmap((void *)(uintptr_t)p, len); /* mmap gave it: it was never const */
}
