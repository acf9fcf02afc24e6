/* check.h - `facemap --check`: validates the content with the app's own
 * loader (ldr_load) and adds the checks that need the disk: every sprite an
 * animation layer names exists as assets/sprites/NAME.svg, and the face art
 * that zones.json names exists in assets/. Every language folder
 * levels/<lang>/ is laid over the English content as the app would lay it
 * (ldr_translate): a routine, step, zone or item it lacks or names without
 * an English one, a field missing or empty, a "lang" that is not the
 * folder's, each is a problem. With a progress file, parses it
 * as the app would (prog_parse); a progress file that cannot be read is a
 * problem too, since the caller asked for that file. A profile list beside
 * it (profiles.json) is parsed too (pfl_parse), and each other profile's
 * progress file that is there. With a kiosk
 * configuration file (--config), parses it as the app would (kcf_parse)
 * and checks that every zone and routine it names, and its
 * attract_routine, is in the content, and that each routine it offers is
 * on a zone it offers; an unreadable configuration file is a problem.
 *
 * Output contract (scripts rely on it): out gets exactly the problem lines,
 * one per line, "FILE: /json/pointer: message", and nothing else; stderr
 * gets one summary line ("facemap --check: 3 problems in 2 files" or
 * "facemap --check: 23 files, no problems"). Control characters in a line
 * (say, from a file name) are printed as '?', so each problem is one line.
 * No SDL. */
#ifndef FM_CHK_H
#define FM_CHK_H

#include <stdio.h>

/* Returns 0 when everything is clean, 1 when there was any problem.
 * progress_file and config_file may be NULL (not checked). */
int chk_run(const char *levels_dir, const char *assets_dir, const char *progress_file,
            const char *config_file, FILE *out);

#endif
