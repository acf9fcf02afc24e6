/* xdg.c - see xdg.h. */
#include "xdg.h"

#include <stdlib.h>

#include "fio.h"

int xdg_path(char *out, size_t len, const char *var, const char *fallback, const char *rel)
{
    const char *base = getenv(var), *home = getenv("HOME");
    char dir[4096];
    int rc = -1;
    if (base && base[0] == '/')
        rc = fio_join(out, len, base, rel);
    else if (home && home[0] == '/' && fio_join(dir, sizeof dir, home, fallback) == 0)
        rc = fio_join(out, len, dir, rel);
    if (rc != 0 && len)
        out[0] = '\0';
    return rc;
}
