/* profiles.h - a household's profiles on one mirror: up to PFL_MAX, each
 * a name and a colour, with its own progress file and settings file. The
 * rules (names, colours, the first profile, adding, renaming, deleting)
 * and the list's file format; the files themselves are
 * platform/profstore.h's, switching is the shell's (profsw.c).
 *
 * File format (profiles.json, in the folder of the progress file):
 *   {"kind": "profiles", "version": 1, "profiles": [
 *     {"id": 1, "name": "Ana", "colour": "teal", "file": "progress.json"},
 *     {"id": 2, "name": "Ben", "colour": "amber", "file": "progress-p2.json"}]}
 * The first profile is the progress file itself (its "file" must be that
 * file's name); the others' files are beside it, named by their id. Each
 * profile's settings file is settings.json for the first and
 * settings-pID.json for the others (pfl_settings_name). Names are 1 to
 * PFL_NAME_CHARS characters of UTF-8 without control characters, unique
 * ignoring ASCII case; colours are the PFL_COLOURS names, each drawn with
 * the name's initial so a colour never carries meaning alone. With no
 * file there is one profile (pfl_init): nothing changes on screen.
 * Plain values; pfl_serialize returns a malloc'd string. No I/O. */
#ifndef FM_PROFILES_H
#define FM_PROFILES_H

#include <stddef.h>

#include "problems.h"

#define PFL_MAX 8
#define PFL_NAME_CHARS 24
#define PFL_NAME (PFL_NAME_CHARS * 4 + 1) /* bytes */
#define PFL_FILE 256 /* a file name of up to NAME_MAX (255) bytes: the first is the progress file's own */
#define PFL_MAX_ID 999
#define PFL_VERSION 1
#define PFL_MAX_FILE (64 * 1024)
#define PFL_LIST_NAME "profiles.json"
#define PFL_FIRST_NAME "Me" /* the first profile's name before anyone names it */

/* The palette's names, in order: a profile's colour is an index. */
#define PFL_COLOURS "teal", "blue", "purple", "rose", "red", "amber", "green", "slate"
#define PFL_NCOLOURS 8

typedef struct {
    int id;                 /* 1..PFL_MAX_ID, never reused while the list holds it */
    char name[PFL_NAME];
    int colour;             /* 0..PFL_NCOLOURS-1 */
    char file[PFL_FILE];    /* the progress file's name, beside the list */
} pfl_Profile;

typedef struct {
    pfl_Profile p[PFL_MAX];
    int n;                  /* 0: no profiles (a kiosk) */
    int files_up_to;        /* not in the file: the highest id of a progress file found beside
                               it (a list lost left it there); a new profile's id is above */
} pfl_List;

/* What the profiles screen is doing. */
typedef enum { PFL_PICK, PFL_ADD, PFL_RENAME, PFL_CONFIRM } pfl_Mode;

/* The profiles in the app (app_State.pf): the list, who is active, the
 * requests the shell carries out, and the profiles screen's own state. */
typedef struct {
    pfl_List list;
    int active;             /* index of the active profile */
    int switch_to;          /* -1, or the index to switch to: the shell saves, loads, clears */
    int save_list;          /* the list changed: the shell saves it and clears this */
    pfl_Profile gone;       /* id 0, or a deleted profile: the shell moves its files aside */
    pfl_Mode mode;
    int edit;               /* the profile renamed or asked about */
    char text[PFL_NAME];    /* the name being typed */
    char why[160];          /* why the typed name cannot be used, or "" */
} pfl_State;

/* The colour's name ("teal"), or "?" out of range. */
const char *pfl_colour_name(int colour);
/* One profile: the first, named PFL_FIRST_NAME, whose file is main_file
 * (the progress file's name, without its folder). */
void pfl_init(pfl_List *l, const char *main_file);
/* Parses a list file; every problem is "FILE: /pointer: message". main_file:
 * the progress file's name, which the first profile's file must be. On any
 * problem l is left as pfl_init made it. Returns the number of problems. */
int pfl_parse(pfl_List *l, const char *main_file, const char *file, const char *text, size_t len, prb_List *p);
/* The file's text, ending with a newline; NULL when out of memory. */
char *pfl_serialize(const pfl_List *l);
/* Whether name can be the name of profile except (-1: a new one): 0, or
 * -1 with why (a sentence for the screen) set. */
int pfl_check_name(const pfl_List *l, const char *name, int except, char *why, size_t len);
/* Adds a profile named name with the first colour nobody has and an id
 * above every listed one and files_up_to (so never another's file);
 * returns its index, or -1 with why set (eight already, a bad name). */
int pfl_add(pfl_List *l, const char *name, char *why, size_t len);
/* Renames profile i; 0, or -1 with why set. */
int pfl_rename(pfl_List *l, int i, const char *name, char *why, size_t len);
/* Whether profile i may be deleted: not the first (it is the progress file
 * itself); 0, or -1 with why set. */
int pfl_can_delete(const pfl_List *l, int i, char *why, size_t len);
/* Deletes profile i from the list (pfl_can_delete first); 0 or -1. */
int pfl_delete(pfl_List *l, int i);
/* The index of the profile named name (ASCII case ignored), or -1. */
int pfl_find(const pfl_List *l, const char *name);
/* Every profile's name, ", " between them, cut to fit len. */
void pfl_names(const pfl_List *l, char *out, size_t len);
/* Profile i's settings file's name: "settings.json" for the first,
 * "settings-pID.json" for the others. */
void pfl_settings_name(const pfl_List *l, int i, char *out, size_t len);
/* The name's first character (one UTF-8 sequence), upper case when it is
 * an ASCII letter: what is drawn on the profile's colour. */
void pfl_initial(const char *name, char out[5]);
/* Appends UTF-8 text to the name being typed, as far as it stays within
 * PFL_NAME_CHARS characters; control characters are dropped. */
void pfl_type(char *name, const char *text);
/* Removes the name's last character. */
void pfl_erase(char *name);

/* The app's side (pfl_State): deleting profile i, with who is active after
 * (the first when it was i) and the request to move its files aside;
 * 0, or -1 with st->why set. */
int pfl_state_delete(pfl_State *st, int i);

#endif
