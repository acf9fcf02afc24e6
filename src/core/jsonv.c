/* jsonv.c - see jsonv.h. The parse step wraps cJSON_ParseWithLengthOpts
 * (without its NUL-terminator check, which would read the byte at len) and
 * adds what cJSON lacks: line and column of a syntax error, a check for
 * trailing text, and a caller-chosen depth limit found by walking the tree.
 * The readers share one shape: look the field up (jv_field), then check the
 * node, reporting at its pointer. Nothing here allocates. */
#include "jsonv.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- reporting ---------------------------------------------------------- */

void jv_init(jv_Ctx *v, const char *file, prb_List *p)
{
    v->p = p;
    v->file = file;
    v->count = 0;
    v->first[0] = '\0';
}

void jv_report(jv_Ctx *v, const char *at, const char *fmt, ...)
{
    char msg[PRB_LINE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *where = (at && *at) ? at : "/";
    /* the same line prb_add stores; the result is tested only because a
     * cut line is expected here and GCC would warn otherwise */
    if (v->count == 0 && snprintf(v->first, sizeof v->first, "%s: %s: %s",
                                  v->file ? v->file : "(input)", where, msg) < 0)
        v->first[0] = '\0';
    v->count++;
    if (v->p)
        prb_add(v->p, v->file, at, "%s", msg);
}

/* ---- pointers and quoting ----------------------------------------------- */

const char *jv_ptr(char out[JV_PTR], const char *base, const char *key)
{
    char tmp[JV_PTR];
    size_t n = strnlen(base, JV_PTR - 2);
    memcpy(tmp, base, n);
    tmp[n++] = '/';
    for (const unsigned char *k = (const unsigned char *)key; *k && n + 3 < JV_PTR; k++) {
        if (*k == '~' || *k == '/') {
            tmp[n++] = '~';
            tmp[n++] = *k == '~' ? '0' : '1';
        } else {
            tmp[n++] = (*k < 0x20 || *k == 0x7f) ? '?' : (char)*k;
        }
    }
    tmp[n] = '\0';
    memcpy(out, tmp, n + 1);
    return out;
}

const char *jv_ptr_i(char out[JV_PTR], const char *base, int i)
{
    char tmp[JV_PTR];
    snprintf(tmp, sizeof tmp, "%.*s/%d", JV_PTR - 16, base, i);
    memcpy(out, tmp, strlen(tmp) + 1);
    return out;
}

const char *jv_clip(char out[JV_CLIP], const char *s)
{
    size_t n = 0, len = strlen(s);
    size_t keep = len < JV_CLIP ? len : JV_CLIP - 4;
    while (keep > 0 && keep < len && ((unsigned char)s[keep] & 0xC0) == 0x80)
        keep--; /* do not cut a UTF-8 character in half */
    for (size_t i = 0; i < keep;) {
        const unsigned char *u = (const unsigned char *)s + i;
        int k = jv_utf8_len(u);
        if (k == 0 || i + (size_t)k > keep || u[0] < 0x20 || u[0] == 0x7f) {
            out[n++] = '?'; /* a control byte or a byte that is not UTF-8 */
            i++;
            continue;
        }
        memcpy(out + n, u, (size_t)k);
        n += (size_t)k;
        i += (size_t)k;
    }
    if (keep < len) {
        memcpy(out + n, "...", 3);
        n += 3;
    }
    out[n] = '\0';
    return out;
}

int jv_is_id(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++) {
        char c = s[n];
        if (n >= JV_ID - 1 || !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return 0;
    }
    return n > 0;
}

/* ---- parsing ------------------------------------------------------------ */

/* Line and column (1-based, columns in UTF-8 characters) of byte pos. */
static void line_col(const char *text, size_t pos, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < pos; i++) {
        if (text[i] == '\n') {
            ++*line;
            *col = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            ++*col;
        }
    }
}

static size_t skip_space(const char *text, size_t i, size_t len)
{
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        i++;
    return i;
}

/* cJSON puts the error for an object key that does not start with '"' one
 * character after the key's first one ({a: 1} at the ':', {"a": 1,,} at the
 * '}'); moves pos back onto it. A key starts after '{' or ',' and spaces. */
static size_t fix_key_error(const char *text, size_t pos)
{
    if (pos == 0 || text[pos - 1] == '"' || skip_space(text, pos - 1, pos) == pos)
        return pos;
    size_t i = pos - 1;
    while (i > 0 && skip_space(text, i - 1, i) == i)
        i--;
    return (i > 0 && (text[i - 1] == '{' || text[i - 1] == ',')) ? pos - 1 : pos;
}

/* The first container deeper than max (path[] gets the way down to it). */
static const cJSON *too_deep(const cJSON *n, int depth, int max, const cJSON **path)
{
    if (!cJSON_IsArray(n) && !cJSON_IsObject(n))
        return NULL;
    path[depth - 1] = n;
    if (depth > max)
        return n;
    for (const cJSON *c = n->child; c; c = c->next) {
        const cJSON *d = too_deep(c, depth + 1, max, path);
        if (d)
            return d;
    }
    return NULL;
}

/* Pointer of path[depth-1], built from the way down. */
static void path_ptr(const cJSON **path, int depth, char out[JV_PTR])
{
    out[0] = '\0';
    for (int i = 1; i < depth; i++) {
        if (cJSON_IsObject(path[i - 1])) {
            jv_ptr(out, out, path[i]->string ? path[i]->string : "");
        } else {
            int k = 0;
            for (const cJSON *c = path[i - 1]->child; c && c != path[i]; c = c->next)
                k++;
            jv_ptr_i(out, out, k);
        }
    }
}

static int check_depth(jv_Ctx *v, const cJSON *root, int max)
{
    const cJSON *path[JV_MAX_DEPTH + 1];
    if (max < 1 || max > JV_MAX_DEPTH)
        max = JV_MAX_DEPTH;
    const cJSON *deep = too_deep(root, 1, max, path);
    if (!deep)
        return 1;
    char at[JV_PTR];
    path_ptr(path, max + 1, at);
    jv_report(v, at, "nested deeper than %d levels", max);
    return 0;
}

/* The position of the first \u0000 escape inside a string, or len: cJSON
 * ends the C string there, so the value would be read cut short. */
static size_t find_escaped_nul(const char *t, size_t len)
{
    int in_str = 0;
    for (size_t i = 0; i < len; i++) {
        if (!in_str) {
            in_str = t[i] == '"';
        } else if (t[i] == '"') {
            in_str = 0;
        } else if (t[i] == '\\') {
            if (i + 5 < len && memcmp(t + i + 1, "u0000", 5) == 0)
                return i;
            i++;
        }
    }
    return len;
}

cJSON *jv_parse(jv_Ctx *v, const char *text, size_t len, size_t max_len, int max_depth)
{
    const char *end = NULL;
    int line, col;
    if (len > max_len) {
        jv_report(v, "", "file is larger than %zu bytes", max_len);
        return NULL;
    }
    if (!text || skip_space(text, 0, len) == len) {
        jv_report(v, "", "empty file (expected a JSON object)");
        return NULL;
    }
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    size_t pos = (end && end >= text && end <= text + len) ? (size_t)(end - text) : 0;
    if (!root) {
        line_col(text, fix_key_error(text, pos), &line, &col);
        jv_report(v, "", "invalid JSON at line %d, column %d", line, col);
        return NULL;
    }
    pos = skip_space(text, pos, len);
    size_t nul = find_escaped_nul(text, len);
    if (pos < len) {
        line_col(text, pos, &line, &col);
        jv_report(v, "", "text after the JSON value at line %d, column %d", line, col);
    } else if (nul < len) {
        line_col(text, nul, &line, &col);
        jv_report(v, "", "a string holds \\u0000 (NUL), which no text or id may hold, at line %d, column %d",
                  line, col);
    } else if (check_depth(v, root, max_depth)) {
        return root;
    }
    cJSON_Delete(root);
    return NULL;
}

/* ---- unknown and duplicate keys ----------------------------------------- */

/* Edit distance of two short strings, or a large number when too long. */
static int distance(const char *a, const char *b)
{
    enum { L = 32 };
    size_t na = strlen(a), nb = strlen(b);
    int row[L + 1];
    if (na > L || nb > L)
        return 99;
    for (size_t j = 0; j <= nb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= na; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= nb; j++) {
            int up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    return row[nb];
}

static void report_unknown(jv_Ctx *v, const char *at, const char *key,
                           const char *const *allowed)
{
    char ptr[JV_PTR], q[JV_CLIP];
    const char *near = NULL;
    int best = 3;
    for (int i = 0; allowed[i]; i++) {
        int d = distance(key, allowed[i]);
        if (d < best && (size_t)d < strlen(key)) {
            best = d;
            near = allowed[i];
        }
    }
    jv_ptr(ptr, at, key);
    if (near)
        jv_report(v, ptr, "unknown key \"%s\" (did you mean \"%s\"?)", jv_clip(q, key), near);
    else
        jv_report(v, ptr, "unknown key \"%s\"", jv_clip(q, key));
}

int jv_keys(jv_Ctx *v, const cJSON *obj, const char *at, const char *const *allowed)
{
    unsigned long long seen = 0; /* one bit per allowed key */
    int before = v->count;
    if (!cJSON_IsObject(obj))
        return 0;
    for (const cJSON *c = obj->child; c; c = c->next) {
        const char *key = c->string ? c->string : "";
        int k = 0;
        while (allowed[k] && strcmp(allowed[k], key) != 0)
            k++;
        if (!allowed[k] && strcmp(key, "$schema") != 0) {
            report_unknown(v, at, key, allowed);
        } else if (allowed[k] && k < 64) {
            if (seen & (1ull << k)) {
                char ptr[JV_PTR];
                jv_report(v, jv_ptr(ptr, at, key), "duplicate key \"%s\"", key);
            }
            seen |= 1ull << k;
        }
    }
    return v->count - before;
}

/* ---- node checks -------------------------------------------------------- */

int jv_is_object(jv_Ctx *v, const cJSON *n, const char *at)
{
    if (cJSON_IsObject(n))
        return 1;
    jv_report(v, at, "must be an object");
    return 0;
}

int jv_node_arr(jv_Ctx *v, const cJSON *n, const char *at, int min, int max)
{
    if (!cJSON_IsArray(n)) {
        jv_report(v, at, "must be an array");
        return 0;
    }
    int count = cJSON_GetArraySize(n);
    if (count >= min && count <= max)
        return 1;
    if (min == max)
        jv_report(v, at, "must have exactly %d items", min);
    else if (min == 0)
        jv_report(v, at, "must have at most %d items", max);
    else if (max == INT_MAX)
        jv_report(v, at, "must have at least %d items", min);
    else
        jv_report(v, at, "must have %d to %d items", min, max);
    return 0;
}

int jv_node_num(jv_Ctx *v, const cJSON *n, const char *at, double lo, double hi, double *out)
{
    if (!cJSON_IsNumber(n) || !isfinite(n->valuedouble)) {
        jv_report(v, at, "must be a number");
        return 0;
    }
    if (n->valuedouble < lo || n->valuedouble > hi) {
        jv_report(v, at, "must be between %g and %g", lo, hi);
        return 0;
    }
    *out = n->valuedouble;
    return 1;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static int check_str(jv_Ctx *v, const cJSON *n, const char *at, int nullable, size_t minlen,
                     size_t maxlen, const char **out)
{
    if (!cJSON_IsString(n) || !n->valuestring) {
        jv_report(v, at, nullable ? "must be a string or null" : "must be a string");
        return 0;
    }
    size_t bad = jv_utf8_bad(n->valuestring);
    if (n->valuestring[bad]) {
        jv_report(v, at, "is not UTF-8 text: byte %zu is 0x%02X", bad + 1,
                  (unsigned)(unsigned char)n->valuestring[bad]);
        return 0;
    }
    size_t len = utf8_chars(n->valuestring);
    if (len < minlen || len > maxlen) {
        if (minlen == 0)
            jv_report(v, at, "must be at most %zu characters", maxlen);
        else
            jv_report(v, at, "must be %zu to %zu characters", minlen, maxlen);
        return 0;
    }
    *out = n->valuestring;
    return 1;
}

int jv_node_str(jv_Ctx *v, const cJSON *n, const char *at, size_t minlen, size_t maxlen,
                const char **out)
{
    return check_str(v, n, at, 0, minlen, maxlen, out);
}

int jv_node_id(jv_Ctx *v, const cJSON *n, const char *at, char out[JV_ID])
{
    char q[JV_CLIP];
    out[0] = '\0';
    if (!cJSON_IsString(n) || !n->valuestring) {
        jv_report(v, at, "must be a string");
        return 0;
    }
    if (!jv_is_id(n->valuestring)) {
        jv_report(v, at, "\"%s\" is not an id (1-47 characters of a-z, 0-9 and -)",
                  jv_clip(q, n->valuestring));
        return 0;
    }
    memcpy(out, n->valuestring, strlen(n->valuestring) + 1);
    return 1;
}

/* ---- field readers ------------------------------------------------------ */

const cJSON *jv_field(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
                      char ptr[JV_PTR])
{
    jv_ptr(ptr, at, key);
    if (!cJSON_IsObject(obj))
        return NULL;
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!n) {
        if (flags & JV_REQUIRED)
            jv_report(v, at, "missing \"%s\"", key);
        return NULL;
    }
    if (cJSON_IsNull(n) && (flags & JV_NULLABLE))
        return NULL;
    return n;
}

int jv_str(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
           size_t minlen, size_t maxlen, const char **out)
{
    char ptr[JV_PTR];
    int before = v->count;
    const cJSON *n = jv_field(v, obj, at, key, flags, ptr);
    return !n ? v->count == before : check_str(v, n, ptr, flags & JV_NULLABLE, minlen, maxlen, out);
}

int jv_id(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
          char out[JV_ID])
{
    char ptr[JV_PTR];
    int before = v->count;
    const cJSON *n = jv_field(v, obj, at, key, flags, ptr);
    return !n ? v->count == before : jv_node_id(v, n, ptr, out);
}

int jv_int(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int lo,
           int hi, int *out)
{
    char ptr[JV_PTR];
    int before = v->count;
    const cJSON *n = jv_field(v, obj, at, key, flags, ptr);
    if (!n)
        return v->count == before;
    double d = cJSON_IsNumber(n) ? n->valuedouble : 0.5; /* 0.5: fails as not integral */
    if (!isfinite(d) || floor(d) != d) {
        jv_report(v, ptr, (flags & JV_NULLABLE) ? "must be an integer or null"
                                                : "must be an integer");
        return 0;
    }
    if (d < lo || d > hi) {
        if (hi == INT_MAX)
            jv_report(v, ptr, "must be at least %d", lo);
        else
            jv_report(v, ptr, "must be between %d and %d", lo, hi);
        return 0;
    }
    *out = (int)d;
    return 1;
}

int jv_bool(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int *out)
{
    char ptr[JV_PTR];
    int before = v->count;
    const cJSON *n = jv_field(v, obj, at, key, flags, ptr);
    if (!n)
        return v->count == before;
    if (!cJSON_IsBool(n)) {
        jv_report(v, ptr, "must be true or false");
        return 0;
    }
    *out = cJSON_IsTrue(n) ? 1 : 0;
    return 1;
}

int jv_arr(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags, int min,
           int max, const cJSON **out)
{
    char ptr[JV_PTR];
    int before = v->count;
    const cJSON *n = jv_field(v, obj, at, key, flags, ptr);
    if (!n)
        return v->count == before;
    if (!jv_node_arr(v, n, ptr, min, max))
        return 0;
    *out = n;
    return 1;
}

/* 'must be "a"', 'must be "a" or "b"', 'must be one of "a", "b", "c"'. */
static void report_enum(jv_Ctx *v, const char *at, const char *const *names)
{
    char msg[PRB_LINE];
    int count = 0, len = 0;
    while (names[count])
        count++;
    len = snprintf(msg, sizeof msg, "%s", count > 2 ? "must be one of " : "must be ");
    for (int i = 0; i < count && len > 0 && (size_t)len < sizeof msg; i++) {
        const char *sep = i == 0 ? "" : (count == 2 ? " or " : ", ");
        len += snprintf(msg + len, sizeof msg - (size_t)len, "%s\"%s\"", sep, names[i]);
    }
    jv_report(v, at, "%s", msg);
}

int jv_enum(jv_Ctx *v, const cJSON *obj, const char *at, const char *key, int flags,
            const char *const *names, int *out)
{
    char ptr[JV_PTR];
    int before = v->count;
    const cJSON *n = jv_field(v, obj, at, key, flags, ptr);
    if (!n)
        return v->count == before;
    for (int i = 0; cJSON_IsString(n) && n->valuestring && names[i]; i++) {
        if (strcmp(n->valuestring, names[i]) == 0) {
            *out = i;
            return 1;
        }
    }
    report_enum(v, ptr, names);
    return 0;
}

/* Length of the UTF-8 sequence at s (1..4), or 0 when it is not valid
 * (overlong, a surrogate, above U+10FFFF, cut short). */
int jv_utf8_len(const unsigned char *s)
{
    unsigned c = s[0];
    int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n <= 1)
        return n;
    unsigned cp = c & (0x7Fu >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    static const unsigned min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

size_t jv_utf8_bad(const char *s)
{
    size_t i = 0;
    for (int k; s[i]; i += (size_t)k)
        if ((k = jv_utf8_len((const unsigned char *)s + i)) == 0)
            break;
    return i;
}

/* Reports each of keys that obj holds more than once: cJSON reads the first
 * and other tools the last, so such a file means two things. (Unknown keys
 * stay allowed: a newer build of the same version may add some.) */
void jv_no_key_twice(jv_Ctx *v, const cJSON *obj, const char *at, const char *const *keys)
{
    char ptr[JV_PTR];
    for (int k = 0; keys[k]; k++) {
        int seen = 0;
        for (const cJSON *c = obj->child; c; c = c->next)
            if (c->string && strcmp(c->string, keys[k]) == 0 && ++seen == 2)
                jv_report(v, jv_ptr(ptr, at, keys[k]), "duplicate key \"%s\"", keys[k]);
    }
}
