/* guard.h - the fuzz input copied so that its last byte touches a page
 * that cannot be read. libFuzzer's buffer is already exactly sized, but
 * ASan only sees reads made by instrumented code; cJSON comes from the
 * system library, uninstrumented, and is handed text that is not
 * NUL-terminated (jsonv.c passes the length). Any read one byte past the
 * end, by anyone, now stops with SIGSEGV and libFuzzer saves the input.
 * One mapping is made once and reused; inputs over its size are passed
 * as they are. */
#ifndef FM_FUZZ_GUARD_H
#define FM_FUZZ_GUARD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define GUARD_CAP (1u << 20)

static const char *guarded(const uint8_t *data, size_t size)
{
    static char *base;
    static size_t page;
    if (!base) {
        page = (size_t)sysconf(_SC_PAGESIZE);
        void *m = mmap(NULL, GUARD_CAP + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                       -1, 0);
        if (m == MAP_FAILED || mprotect((char *)m + GUARD_CAP, page, PROT_NONE) != 0)
            return (const char *)data;
        base = m;
    }
    if (size > GUARD_CAP)
        return (const char *)data;
    char *at = base + GUARD_CAP - size;
    if (size)
        memcpy(at, data, size);
    return at;
}

#endif
