/* cli.c - the command-line contract (see cli.h; README.md "Command line").
 * One table lists every option with its kind (a flag, or one that takes a
 * value) and where the result goes; the parser looks each argument up in
 * it (a long option by a prefix that names only it, as GNU getopt_long;
 * "--" ends the options), takes the value from "--opt=value" or from the
 * next argument, and
 * hands values to a checker per option. Errors are one line that starts
 * with the option and quotes what was given. A value that looks like
 * another option ("--levels --kiosk") is taken as a forgotten value, not
 * as a path; "-" alone is a value (stdout for --events). The last of a
 * repeated option wins. No I/O: the caller prints cli_usage() or the
 * message. */
#include "cli.h"

#include "app.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "lang.h"
#include "timefmt.h"

#define WIN_MIN 200
#define WIN_MAX 8192
#define SCALE_MAX 1000.0

typedef enum { OPT_FLAG, OPT_PATH, OPT_WINDOW, OPT_SCALE, OPT_NOW, OPT_RENDERER, OPT_EXPORT, OPT_LANG } OptKind;

typedef struct {
    const char *name;
    OptKind kind;
    size_t field; /* offsetof the int flag or const char * value in cli_Options */
    const char *what; /* the value, in words, for "expected ..." */
} OptSpec;

#define FLAG(name, f) {name, OPT_FLAG, offsetof(cli_Options, f), NULL}
#define PATH(name, f, what) {name, OPT_PATH, offsetof(cli_Options, f), what}

static const OptSpec opts[] = {
    FLAG("--help", help),
    FLAG("-h", help),
    FLAG("--version", version),
    FLAG("--headless", headless),
    FLAG("--fullscreen", fullscreen),
    FLAG("--kiosk", kiosk),
    FLAG("--check", check),
    FLAG("--dump-layout", dump_layout),
    FLAG("--due", due),
    PATH("--levels", levels, "a folder"),
    PATH("--assets", assets, "a folder"),
    PATH("--progress", progress, "a file"),
    PATH("--config", config, "a file"),
    PATH("--replay", replay, "a file"),
    PATH("--events", events, "a file or -"),
    PATH("--profile", profile, "a profile's name"),
    {"--window", OPT_WINDOW, 0, "WxH, e.g. 1280x800"},
    {"--time-scale", OPT_SCALE, 0, "a number > 0 and at most 1000"},
    {"--now", OPT_NOW, 0, "an RFC 3339 time, e.g. 2024-05-01T09:00:00Z"},
    {"--renderer", OPT_RENDERER, 0, "software or accelerated"},
    {"--export", OPT_EXPORT, offsetof(cli_Options, export_file), "a file name ending in .csv or .json"},
    {"--lang", OPT_LANG, offsetof(cli_Options, lang), "a language facemap has (" LNG_LIST ")"},
};
#define NOPTS ((int)(sizeof opts / sizeof opts[0]))

static const char usage_text[] =
    "Usage: facemap [OPTION]...\n"
    "Face Map Trainer: tap a zone of the face and follow its care routine.\n"
    "\n"
    "  -h, --help           print this help and exit\n"
    "      --version        print the version and exit\n"
    "      --levels DIR     content: zones.json and one JSON file per routine\n"
    "      --assets DIR     art: face SVG, sprites, fonts, animations.json\n"
    "      --progress FILE  progress file to load and save (default:\n"
    "                       $XDG_DATA_HOME/facemap/facemap/progress.json, or\n"
    "                       ~/.local/share/facemap/facemap/progress.json)\n"
    "      --profile NAME   start as this profile (profiles.json beside the\n"
    "                       progress file; a name not there exits 2)\n"
    "      --lang CODE      the language of the interface and the routines\n"
    "                       (" LNG_LIST "); default from LANGUAGE/LANG\n"
    "      --window WxH     window size in pixels, each 200..8192, e.g. 1280x800\n"
    "      --fullscreen     fill the screen\n"
    "      --kiosk          kiosk: fullscreen, touch only, staff PIN to get out\n"
    "      --config FILE    kiosk configuration (JSON); see README\n"
    "      --headless       render off screen with no window (tests, tours)\n"
    "      --replay FILE    play scripted input, then exit (1 if an expect failed)\n"
    "      --events FILE    append a JSON object per line for each event (- stdout)\n"
    "      --time-scale X   run timers and animations X times faster (0 < X <= 1000)\n"
    "      --now TIME       start the clock at this RFC 3339 time (for tests)\n"
    "      --renderer NAME  software (default; fastest with no GPU) or accelerated\n"
    "      --dump-layout    print the zones in window pixels for --window as JSON\n"
    "      --check          check level files (and --progress), one problem a line\n"
    "      --export FILE    write the history (--progress and its yearly archives)\n"
    "                       to FILE.csv (RFC 4180, CRLF; a field starting with =+-@\n"
    "                       gets a ' in front) or FILE.json, then exit: 0, or 1\n"
    "      --due            print what is due (\"due\" lines) and the next one\n"
    "                       (\"next\"), tab-separated: KIND ROUTINE ZONE DATE WHEN\n"
    "                       TITLE; exit 0 when nothing is due, 1 when something is\n"
    "Options with a value take it as --opt value or --opt=value; a long option\n"
    "may be shortened to a prefix that names only it (--vers); -- ends the\n"
    "options. --check prints FILE: /json/pointer: message lines and exits 1 if\n"
    "there were any.\n"
    "Exit codes: 0 done; 1 could not start, an expect or --check failed, --export\n"
    "  could not write or read, or --due found something due; 2 a bad command\n"
    "  line or replay file (--due: content or progress that cannot be read);\n"
    "  3 progress could not be saved (what was done since the last save is\n"
    "  lost; this wins over 0 and 1).\n"
    "\n"
    "Replay files: one command a line, # starts a comment: wait MS, tap X Y,\n"
    "  touch X Y, tap-zone ID, key NAME (SDL key name, e.g. Return, Space, Escape,\n"
    "  Left, Right, Tab; Shift+Tab), shot FILE.png, expect screen NAME, quit;\n"
    "  also press/release X Y, finger-down/finger-up X Y, move X Y, resize W H,\n"
    "  type TEXT (typed on a keyboard: the rest of the line).\n"
    "Events file: one JSON object per line, e.g. {\"t\":MS,\"event\":\"screen\",\n"
    "  \"screen\":NAME}, and step, routine_done and saved events.\n";

/* The bug-report line: where README.md's "Reporting problems" says. */
static const char bugs_text[] =
    "Report problems to the issue tracker of the repository facemap came from\n"
    "(README.md, \"Reporting problems\"), with facemap --version's output.\n";

const char *cli_usage(void)
{
    static char text[sizeof usage_text + sizeof bugs_text + 256];
    char names[256], wrapped[300];
    app_screen_names(names, sizeof names);
    /* two spaces in, lines of at most 78 columns, broken after a comma */
    int col = 2, o = 0;
    for (char *w = strtok(names, " "); w && o < (int)sizeof wrapped - 90; w = strtok(NULL, " ")) {
        int n = (int)strlen(w);
        if (col + 1 + n > 78) {
            o += snprintf(wrapped + o, sizeof wrapped - (size_t)o, "\n ");
            col = 1;
        }
        o += snprintf(wrapped + o, sizeof wrapped - (size_t)o, " %s", w);
        col += 1 + n;
    }
    snprintf(text, sizeof text, "%sScreens (in events and expect screen):\n %s.\n\n%s", usage_text, wrapped,
             bugs_text);
    return text;
}

/* Writes "OPT: expected WHAT, got 'VALUE'" into err. */
static int bad_value(const OptSpec *o, const char *value, char *err, size_t errlen)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: expected %s, got '%.80s'", o->name, o->what, value);
    return -1;
}

/* Reads a whole decimal number at *s (advancing); -1 when there is none. */
static long read_int(const char **s)
{
    long v = 0;
    int n = 0;
    while (**s >= '0' && **s <= '9' && n < 9) {
        v = v * 10 + (**s - '0');
        (*s)++;
        n++;
    }
    return n ? v : -1;
}

static int parse_window(cli_Options *o, const OptSpec *sp, const char *v, char *err, size_t errlen)
{
    const char *s = v;
    long w = read_int(&s);
    if (w < 0 || (*s != 'x' && *s != 'X'))
        return bad_value(sp, v, err, errlen);
    s++;
    long h = read_int(&s);
    if (h < 0 || *s != '\0')
        return bad_value(sp, v, err, errlen);
    if (w < WIN_MIN || w > WIN_MAX || h < WIN_MIN || h > WIN_MAX) {
        if (err && errlen)
            snprintf(err, errlen, "%s: width and height must each be %d..%d, got '%.80s'",
                     sp->name, WIN_MIN, WIN_MAX, v);
        return -1;
    }
    o->win_w = (int)w;
    o->win_h = (int)h;
    return 0;
}

static int parse_scale(cli_Options *o, const OptSpec *sp, const char *v, char *err, size_t errlen)
{
    char *end = NULL;
    errno = 0;
    double x = strtod(v, &end);
    if (end == v || *end != '\0' || errno == ERANGE || !(x > 0) || x > SCALE_MAX)
        return bad_value(sp, v, err, errlen);
    o->time_scale = x;
    return 0;
}

static int parse_renderer(cli_Options *o, const OptSpec *sp, const char *v, char *err,
                          size_t errlen)
{
    if (strcmp(v, "software") != 0 && strcmp(v, "accelerated") != 0)
        return bad_value(sp, v, err, errlen);
    o->renderer = v;
    return 0;
}

/* Stores the value v of option sp in o; 0 or -1 with err set. */
static int apply(cli_Options *o, const OptSpec *sp, const char *v, char *err, size_t errlen)
{
    int64_t t;
    switch (sp->kind) {
    case OPT_PATH:
        if (!*v)
            return bad_value(sp, v, err, errlen);
        *(const char **)(void *)((char *)o + sp->field) = v;
        return 0;
    case OPT_WINDOW:
        return parse_window(o, sp, v, err, errlen);
    case OPT_SCALE:
        return parse_scale(o, sp, v, err, errlen);
    case OPT_NOW:
        if (tf_parse_rfc3339(v, &t) != 0)
            return bad_value(sp, v, err, errlen);
        o->now = v;
        return 0;
    case OPT_RENDERER:
        return parse_renderer(o, sp, v, err, errlen);
    case OPT_EXPORT:
        if (exp_format_of(v) == EXP_NONE)
            return bad_value(sp, v, err, errlen);
        o->export_file = v;
        return 0;
    case OPT_LANG:
        if (lng_index(v) < 0)
            return bad_value(sp, v, err, errlen);
        o->lang = v;
        return 0;
    case OPT_FLAG:
    default:
        *(int *)(void *)((char *)o + sp->field) = 1;
        return 0;
    }
}

/* Finds the option named by arg (up to '=' if any): the one of that name,
 * else the only long option it begins (GNU: "--vers" is "--version").
 * NULL when none or several; *several says how many it begins. */
static const OptSpec *find_opt(const char *arg, size_t *namelen, int *several)
{
    const char *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
    const OptSpec *found = NULL;
    *namelen = n;
    *several = 0;
    for (int i = 0; i < NOPTS; i++)
        if (strlen(opts[i].name) == n && memcmp(opts[i].name, arg, n) == 0)
            return &opts[i];
    if (n < 3 || arg[1] != '-')
        return NULL;
    for (int i = 0; i < NOPTS; i++)
        if (strncmp(opts[i].name, arg, n) == 0) {
            found = &opts[i];
            (*several)++;
        }
    return *several == 1 ? found : NULL;
}

/* "option '--d' is ambiguous; possibilities: '--dump-layout' '--due'" */
static void ambiguous(const char *arg, size_t n, char *err, size_t errlen)
{
    if (!err || !errlen)
        return;
    int o = snprintf(err, errlen, "option '%.*s' is ambiguous; possibilities:", (int)(n > 80 ? 80 : n), arg);
    for (int i = 0; i < NOPTS && o >= 0 && (size_t)o < errlen; i++)
        if (strncmp(opts[i].name, arg, n) == 0)
            o += snprintf(err + o, errlen - (size_t)o, " '%s'", opts[i].name);
}

/* Handles argv[*i] (and its value, advancing *i); 0 or -1 with err set. */
static int parse_one(cli_Options *o, int argc, char **argv, int *i, char *err, size_t errlen)
{
    const char *arg = argv[*i];
    size_t n = 0;
    int several = 0;
    const OptSpec *sp = arg[0] == '-' ? find_opt(arg, &n, &several) : NULL;
    if (several > 1) {
        ambiguous(arg, n, err, errlen);
        return -1;
    }
    if (!sp) {
        if (err && errlen)
            snprintf(err, errlen, "%s '%.80s' (see --help)",
                     arg[0] == '-' ? "unknown option" : "unexpected argument", arg);
        return -1;
    }
    const char *value = arg[n] == '=' ? arg + n + 1 : NULL;
    if (sp->kind == OPT_FLAG) {
        if (value && err && errlen)
            snprintf(err, errlen, "%s: takes no value, got '%.80s'", sp->name, value);
        return value ? -1 : apply(o, sp, "", err, errlen);
    }
    if (!value) {
        const char *next = *i + 1 < argc ? argv[*i + 1] : NULL;
        if (!next || (next[0] == '-' && next[1] == '-')) {
            if (err && errlen)
                snprintf(err, errlen, "%s: expected %s after it, got %s%.80s%s", sp->name,
                         sp->what, next ? "'" : "nothing", next ? next : "", next ? "'" : "");
            return -1;
        }
        value = next;
        (*i)++;
    }
    return apply(o, sp, value, err, errlen);
}

int cli_parse(cli_Options *o, int argc, char **argv, char *err, size_t errlen)
{
    memset(o, 0, sizeof *o);
    o->time_scale = 1.0;
    if (err && errlen)
        err[0] = '\0';
    for (int i = 1; i < argc; i++) {
        if (argv[i] && strcmp(argv[i], "--") == 0) {
            /* "--" ends the options; facemap takes no other argument */
            if (i + 1 < argc && argv[i + 1] && err && errlen)
                snprintf(err, errlen, "unexpected argument '%.80s' (see --help)", argv[i + 1]);
            return i + 1 < argc ? -1 : 0;
        }
        if (argv[i] && parse_one(o, argc, argv, &i, err, errlen) != 0)
            return -1;
    }
    return 0;
}
