/* replay.c - scripted input files (see replay.h). The text is cut into
 * lines (LF or CRLF), each line into whitespace-separated words; a word that
 * starts with '#' starts a comment (so "key #" is a comment, not a key, but
 * "shot a#b.png" keeps its '#'). The first word names the command; a table
 * gives each command its argument shape, and one checker per shape reports
 * what is wrong in words that name the command and quote the bad text.
 * Every bad line is reported and skipped; good lines are kept, so a script
 * with one typo still shows every other problem in the same run. The command
 * array grows by doubling with realloc, capped at RPL_MAX_CMDS. No I/O. */
#include "replay.h"

#include "app.h"
#include "jsonv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_WORDS 8
#define MAX_WAIT_MS 86400000LL /* 24 hours */
#define MAX_COORD 1000000LL
#define MAX_SIZE 16384LL

typedef enum { ARG_NONE, ARG_MS, ARG_XY, ARG_WH, ARG_WORD, ARG_KEY, ARG_PNG, ARG_EXPECT, ARG_NOTCHES, ARG_TEXT } ArgShape;
#define MAX_NOTCHES 100LL

typedef struct {
    const char *name;
    rpl_Kind kind;
    ArgShape shape;
    const char *usage;
} CmdSpec;

static const CmdSpec specs[] = {
    {"wait", RPL_WAIT, ARG_MS, "wait MS"},
    {"tap", RPL_TAP, ARG_XY, "tap X Y"},
    {"touch", RPL_TOUCH, ARG_XY, "touch X Y"},
    {"tap-zone", RPL_TAP_ZONE, ARG_WORD, "tap-zone ID"},
    {"key", RPL_KEY, ARG_KEY, "key NAME"},
    {"shot", RPL_SHOT, ARG_PNG, "shot FILE.png"},
    {"expect", RPL_EXPECT_SCREEN, ARG_EXPECT, "expect screen NAME"},
    {"quit", RPL_QUIT, ARG_NONE, "quit"},
    {"press", RPL_PRESS, ARG_XY, "press X Y"},
    {"release", RPL_RELEASE, ARG_XY, "release X Y"},
    {"finger-down", RPL_FINGER_DOWN, ARG_XY, "finger-down X Y"},
    {"finger-up", RPL_FINGER_UP, ARG_XY, "finger-up X Y"},
    {"move", RPL_MOVE, ARG_XY, "move X Y"},
    {"resize", RPL_RESIZE, ARG_WH, "resize W H"},
    {"tap-target", RPL_TAP_TARGET, ARG_WORD, "tap-target NAME"},
    {"touch-target", RPL_TOUCH_TARGET, ARG_WORD, "touch-target NAME"},
    {"wheel", RPL_WHEEL, ARG_NOTCHES, "wheel DX DY"},
    {"type", RPL_TYPE, ARG_TEXT, "type TEXT"},
};
#define NSPECS ((int)(sizeof specs / sizeof specs[0]))


/* One word of a line: not NUL-terminated. */
typedef struct {
    const char *s;
    int n;
} Word;

/* State of one parse: where problems go and how many were added. */
typedef struct {
    const char *file;
    prb_List *p;
    int problems;
    int line;
} Ctx;


/* Reports "FILE: line N: message" (printf-style) and counts it. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void problem(Ctx *c, const char *fmt, ...)
{
    char where[32], msg[PRB_LINE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(where, sizeof where, "line %d", c->line);
    if (c->p)
        prb_add(c->p, c->file, where, "%s", msg);
    c->problems++;
}

/* Length to quote of a word in a message: long words are cut. */
static int quote_len(Word w)
{
    return w.n > 40 ? 40 : w.n;
}

static int word_is(Word w, const char *s)
{
    return (size_t)w.n == strlen(s) && memcmp(w.s, s, (size_t)w.n) == 0;
}

/* Reads a non-negative decimal integer no larger than max; 0 or -1. */
static int word_number(Word w, long long max, long long *v)
{
    long long x = 0;
    if (w.n == 0 || w.n > 18)
        return -1;
    for (int i = 0; i < w.n; i++) {
        if (w.s[i] < '0' || w.s[i] > '9')
            return -1;
        x = x * 10 + (w.s[i] - '0');
    }
    if (x > max)
        return -1;
    *v = x;
    return 0;
}

static int is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v';
}

/* Splits [s, e) into words; returns the count (may exceed MAX_WORDS; only
 * the first MAX_WORDS are stored). Stops at a word starting with '#'. */
static int split_words(const char *s, const char *e, Word *w)
{
    int n = 0;
    for (;;) {
        while (s < e && is_space(*s))
            s++;
        if (s >= e || *s == '#')
            return n;
        const char *b = s;
        while (s < e && !is_space(*s))
            s++;
        if (n < MAX_WORDS)
            w[n] = (Word){b, (int)(s - b)};
        n++;
    }
}

/* ------------------------------------------------------ argument checks */

static int copy_arg(Ctx *c, const CmdSpec *sp, Word w, rpl_Cmd *cmd)
{
    if (w.n >= RPL_ARG) {
        problem(c, "%s: argument is %d characters, at most %d allowed", sp->name, w.n,
                RPL_ARG - 1);
        return -1;
    }
    memcpy(cmd->arg, w.s, (size_t)w.n);
    cmd->arg[w.n] = '\0';
    return 0;
}

static int check_ms(Ctx *c, const CmdSpec *sp, Word w, rpl_Cmd *cmd)
{
    if (word_number(w, MAX_WAIT_MS, &cmd->ms) != 0) {
        problem(c, "%s: expected milliseconds, a whole number 0..%lld (24 hours), got '%.*s'",
                sp->usage, MAX_WAIT_MS, quote_len(w), w.s);
        return -1;
    }
    return 0;
}

/* Two whole numbers lo..max into cmd->x, cmd->y. */
static int check_pair(Ctx *c, const CmdSpec *sp, const Word *w, long long lo, long long max,
                      rpl_Cmd *cmd)
{
    long long v[2] = {0, 0};
    for (int i = 0; i < 2; i++) {
        if (word_number(w[i], max, &v[i]) != 0 || v[i] < lo) {
            problem(c, "%s: expected a whole number %lld..%lld, got '%.*s'", sp->usage, lo, max,
                    quote_len(w[i]), w[i].s);
            return -1;
        }
    }
    cmd->x = (int)v[0];
    cmd->y = (int)v[1];
    return 0;
}

/* Two wheel notch counts, each -MAX_NOTCHES..MAX_NOTCHES. */
static int check_notches(Ctx *c, const CmdSpec *sp, const Word *w, rpl_Cmd *cmd)
{
    long long v[2] = {0, 0};
    for (int i = 0; i < 2; i++) {
        Word d = w[i];
        int neg = d.n > 1 && d.s[0] == '-';
        d.s += neg;
        d.n -= neg;
        if (word_number(d, MAX_NOTCHES, &v[i]) != 0) {
            problem(c, "%s: expected a whole number -%lld..%lld, got '%.*s'", sp->usage, MAX_NOTCHES, MAX_NOTCHES,
                    quote_len(w[i]), w[i].s);
            return -1;
        }
        v[i] = neg ? -v[i] : v[i];
    }
    cmd->x = (int)v[0];
    cmd->y = (int)v[1];
    return 0;
}

/* A key name, optionally "Shift+NAME" (any case); the name itself is
 * checked by the shell with SDL_GetKeyFromName. */
static int check_key(Ctx *c, const CmdSpec *sp, Word w, rpl_Cmd *cmd)
{
    if (w.n > 6 && strncasecmp(w.s, "Shift+", 6) == 0) {
        cmd->shift = 1;
        w.s += 6;
        w.n -= 6;
    } else if (w.n == 6 && strncasecmp(w.s, "Shift+", 6) == 0) {
        problem(c, "%s: expected a key name after 'Shift+'", sp->usage);
        return -1;
    }
    return copy_arg(c, sp, w, cmd);
}

static int check_png(Ctx *c, const CmdSpec *sp, Word w, rpl_Cmd *cmd)
{
    if (w.n < 5 || strncasecmp(w.s + w.n - 4, ".png", 4) != 0) {
        problem(c, "%s: the file name must end in .png, got '%.*s'", sp->usage, quote_len(w),
                w.s);
        return -1;
    }
    return copy_arg(c, sp, w, cmd);
}

static int check_expect(Ctx *c, const CmdSpec *sp, const Word *w, rpl_Cmd *cmd)
{
    if (!word_is(w[0], "screen")) {
        problem(c, "%s: can only expect 'screen', got '%.*s'", sp->usage, quote_len(w[0]),
                w[0].s);
        return -1;
    }
    if (app_screen_by_name(w[1].s, w[1].n) != SCR_UNSET)
        return copy_arg(c, sp, w[1], cmd);
    char names[256];
    app_screen_names(names, sizeof names);
    problem(c, "%s: unknown screen '%.*s' (%s)", sp->usage, quote_len(w[1]), w[1].s, names);
    return -1;
}

static int shape_args(ArgShape shape)
{
    switch (shape) {
    case ARG_NONE:
        return 0;
    case ARG_XY:
    case ARG_WH:
    case ARG_EXPECT:
    case ARG_NOTCHES:
        return 2;
    default:
        return 1;
    }
}

/* Fills cmd from the arguments w[0..] per the command's shape; 0 or -1. */
static int check_args(Ctx *c, const CmdSpec *sp, const Word *w, rpl_Cmd *cmd)
{
    switch (sp->shape) {
    case ARG_MS:
        return check_ms(c, sp, w[0], cmd);
    case ARG_XY:
        return check_pair(c, sp, w, 0, MAX_COORD, cmd);
    case ARG_WH:
        return check_pair(c, sp, w, 1, MAX_SIZE, cmd);
    case ARG_WORD:
        return copy_arg(c, sp, w[0], cmd);
    case ARG_KEY:
        return check_key(c, sp, w[0], cmd);
    case ARG_PNG:
        return check_png(c, sp, w[0], cmd);
    case ARG_EXPECT:
        return check_expect(c, sp, w, cmd);
    case ARG_NOTCHES:
        return check_notches(c, sp, w, cmd);
    case ARG_NONE:
    default:
        return 0;
    }
}

/* ---------------------------------------------------------------- lines */

static const CmdSpec *find_spec(Word w)
{
    for (int i = 0; i < NSPECS; i++)
        if (word_is(w, specs[i].name))
            return &specs[i];
    return NULL;
}

/* Appends cmd to s, growing the array; 0, or -1 when full or out of memory. */
static int push(Ctx *c, rpl_Script *s, int *cap, const rpl_Cmd *cmd)
{
    if (s->n >= RPL_MAX_CMDS) {
        problem(c, "too many commands: at most %d per script", RPL_MAX_CMDS);
        return -1;
    }
    if (s->n == *cap) {
        int ncap = *cap ? *cap * 2 : 64;
        if (ncap > RPL_MAX_CMDS)
            ncap = RPL_MAX_CMDS;
        rpl_Cmd *nc = realloc(s->cmd, (size_t)ncap * sizeof *nc);
        if (!nc) {
            problem(c, "out of memory after %d commands", s->n);
            return -1;
        }
        s->cmd = nc;
        *cap = ncap;
    }
    s->cmd[s->n++] = *cmd;
    return 0;
}

/* type TEXT: the rest of the line from its first word to e, without the
 * spaces at its end; UTF-8. Returns -1 only when the script cannot grow. */
static int typed_text(Ctx *c, rpl_Script *s, int *cap, const CmdSpec *sp, Word first, const char *e, int n)
{
    if (n < 2) {
        problem(c, "%s: expected the text to type", sp->usage);
        return 0;
    }
    while (e > first.s && is_space(e[-1]))
        e--;
    Word all = {first.s, (int)(e - first.s)};
    rpl_Cmd cmd;
    memset(&cmd, 0, sizeof cmd);
    cmd.kind = sp->kind;
    cmd.line = c->line;
    if (copy_arg(c, sp, all, &cmd) != 0)
        return 0;
    if (cmd.arg[jv_utf8_bad(cmd.arg)] != '\0') {
        problem(c, "%s: the text is not UTF-8", sp->usage);
        return 0;
    }
    return push(c, s, cap, &cmd);
}

/* Parses one line [b, e); returns -1 only when the script cannot grow. */
static int parse_line(Ctx *c, rpl_Script *s, int *cap, const char *b, const char *e)
{
    Word w[MAX_WORDS];
    if (memchr(b, '\0', (size_t)(e - b))) {
        problem(c, "the line holds a NUL byte; replay files are text");
        return 0;
    }
    int n = split_words(b, e, w);
    if (n == 0)
        return 0;
    const CmdSpec *sp = find_spec(w[0]);
    if (!sp) {
        problem(c, "unknown command '%.*s' (wait, tap, touch, tap-zone, key, shot, expect, "
                   "quit, press, release, finger-down, finger-up, move, resize, tap-target, touch-target, wheel, type)",
                quote_len(w[0]), w[0].s);
        return 0;
    }
    if (sp->shape == ARG_TEXT)
        return typed_text(c, s, cap, sp, w[1], e, n);
    int want = shape_args(sp->shape);
    if (n - 1 != want) {
        problem(c, "%s: expected %d argument%s, got %d", sp->usage, want, want == 1 ? "" : "s",
                n - 1);
        return 0;
    }
    rpl_Cmd cmd;
    memset(&cmd, 0, sizeof cmd);
    cmd.kind = sp->kind;
    cmd.line = c->line;
    if (check_args(c, sp, w + 1, &cmd) != 0)
        return 0;
    return push(c, s, cap, &cmd);
}

int rpl_parse(rpl_Script *s, const char *file, const char *text, size_t len, prb_List *p)
{
    Ctx c = {file ? file : "(replay)", p, 0, 0};
    int cap = 0;
    s->cmd = NULL;
    s->n = 0;
    const char *at = text ? text : "", *end = at + (text ? len : 0);
    while (at < end) {
        const char *nl = memchr(at, '\n', (size_t)(end - at));
        const char *e = nl ? nl : end;
        c.line++;
        if (parse_line(&c, s, &cap, at, e) != 0)
            break;
        at = nl ? nl + 1 : end;
    }
    return c.problems;
}

const char *rpl_kind_name(rpl_Kind k)
{
    for (int i = 0; i < NSPECS; i++)
        if (specs[i].kind == k)
            return specs[i].name;
    return "?";
}

void rpl_free(rpl_Script *s)
{
    free(s->cmd);
    s->cmd = NULL;
    s->n = 0;
}
