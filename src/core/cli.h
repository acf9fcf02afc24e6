/* cli.h - the command-line contract (README.md "Command line", and the
 * --help text, cli_usage() in cli.c), parsed into plain values.
 * No I/O: the caller prints cli_usage() or the error text. */
#ifndef FM_CLI_H
#define FM_CLI_H

#include <stddef.h>

/* FM_VERSION, the version --version prints, comes from CMakeLists.txt
 * (project's VERSION, a compile definition of facemap_core and of all that
 * link it). */

typedef struct {
    int help, version, headless, fullscreen, kiosk, check, dump_layout;
    int due;                   /* --due: print what is due, exit 1 when something is */
    int win_w, win_h;          /* 0 when --window was not given */
    const char *levels;        /* NULL: default */
    const char *assets;
    const char *progress;
    const char *config;        /* --config FILE: kiosk configuration (kconfig.h) */
    const char *replay;
    const char *events;        /* "-" is stdout */
    const char *now;           /* --now RFC3339: fixed wall clock start (tests) */
    const char *renderer;      /* --renderer software|accelerated */
    const char *export_file;   /* --export FILE.csv|FILE.json: write the history there */
    const char *profile;       /* --profile NAME: the profile to start with (profiles.h) */
    const char *lang;          /* --lang CODE: one of lang.h's codes; NULL: settings, then environment */
    double time_scale;         /* 1.0 by default; > 0 */
} cli_Options;

/* Returns 0 on success; on error returns -1 with a one-line message in err
 * that names the option. GNU conventions: a long option may be a prefix
 * that names only one ("--vers"; a prefix of several is an error naming
 * them), "--" ends the options (facemap takes no other argument), and a
 * value comes as "--opt value" or "--opt=value". */
int cli_parse(cli_Options *o, int argc, char **argv, char *err, size_t errlen);
/* The --help text; it ends with the bug-report line. */
const char *cli_usage(void);
/* The licence line --version prints after the version. */
#define CLI_LICENCE "Licence: MIT (the code); CC BY-SA 4.0 (the art and content); see LICENSE."

#endif
