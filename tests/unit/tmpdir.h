/* tmpdir.h - a test's own folder under /tmp: tmp_make (mkdtemp; says why
 * on failure) and tmp_remove (everything in it, read-only folders too). */
#ifndef FM_TMPDIR_H
#define FM_TMPDIR_H

#include <stdio.h>
#include <stdlib.h>

static int tmp_make(char *dir)
{
    if (mkdtemp(dir))
        return 0;
    perror("mkdtemp");
    return -1;
}

static void tmp_remove(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "chmod -R u+w '%s' && rm -rf '%s'", dir, dir);
    if (system(cmd) != 0)
        printf("could not remove %s\n", dir);
}

#endif
