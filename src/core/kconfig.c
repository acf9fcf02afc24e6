/* kconfig.c - see kconfig.h. Reads the kiosk configuration with the shared
 * JSON field readers (jsonv.h). Each field is read into a local value and
 * copied into the config only when it had no problem, so a wrong field
 * keeps what the caller had there (the defaults). Checks that need the
 * content (do the zone and routine ids exist?) are facemap --check's. */
#include "kconfig.h"

#include <string.h>

#include "export.h"
#include "i18n.h"
#include "jsonv.h"


#define KCF_MAX_DEPTH 3 /* the object, its lists, and nothing deeper */
#define KCF_IDLE_MIN 10
#define KCF_IDLE_MAX 3600
#define KCF_DIM_MAX 86400
#define KCF_PIN_MIN 4
#define KCF_PIN_MAX 8
#define KCF_TEXT_MAX 120

static const char *const ROOT_KEYS[] = {"kind", "idle_seconds", "dim_seconds", "pin", "zones",
                                        "routines", "attract_text", "attract_routine", "export_csv", SET_KEYS,
                                        NULL};
static const char *const KIND_CONFIG[] = {"kiosk-config", NULL};

/* Copies s (known to fit) into out of size n. */
static void copy(char *out, size_t n, const char *s)
{
    size_t k = strnlen(s, n - 1);
    memcpy(out, s, k);
    out[k] = '\0';
}

void kcf_defaults(kcf_Config *c)
{
    memset(c, 0, sizeof *c);
    c->idle_seconds = 90;
    c->dim_seconds = 600;
    c->pin[0] = '\0'; /* none: a kiosk needs its own (kcf_has_pin) */
    copy(c->attract_text, sizeof c->attract_text, N_("Touch the face to start a care routine")); /* i18n: shown translated */
    copy(c->attract_routine, sizeof c->attract_routine, KCF_DEFAULT_ATTRACT);
    set_defaults(&c->settings);
}


/* 1 when s is valid UTF-8 without control characters. */
static int text_ok(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; u[i];) {
        int n = jv_utf8_len(u + i);
        if (n == 0 || u[i] < 0x20 || u[i] == 0x7f)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

/* The PIN: a string of 4 to 8 ASCII digits that is not printed in the
 * documentation. */
static int read_pin(jv_Ctx *v, const cJSON *root, char out[9])
{
    char at[JV_PTR];
    const cJSON *n = jv_field(v, root, "", "pin", JV_OPTIONAL, at);
    if (!n)
        return 0;
    const char *s = cJSON_IsString(n) ? n->valuestring : NULL;
    size_t len = s ? strnlen(s, KCF_PIN_MAX + 1) : 0;
    int ok = s && len >= KCF_PIN_MIN && len <= KCF_PIN_MAX;
    for (size_t i = 0; ok && i < len; i++)
        ok = s[i] >= '0' && s[i] <= '9';
    if (!ok) {
        /* the value is not quoted back: it is (meant to be) the PIN */
        jv_report(v, at, "must be a string of 4 to 8 digits (0-9) of your own; the kiosk does not start "
                  "without one");
        return 0;
    }
    static const char *const public_pins[] = {KCF_PUBLIC_PINS};
    for (size_t i = 0; i < sizeof public_pins / sizeof public_pins[0]; i++) {
        if (strcmp(s, public_pins[i]) == 0) {
            jv_report(v, at, "\"%s\" is printed in facemap's documentation, where anyone can read it: "
                      "choose 4 to 8 digits of your own", s);
            return 0;
        }
    }
    copy(out, 9, s);
    return 1;
}

/* An id list as read from the file. */
typedef struct {
    char id[KCF_MAX_LIST][KCF_ID];
    int n;
} IdList;

/* root[key]: a list of up to KCF_MAX_LIST different ids, into out. Returns
 * 1 when the list is given and has no problem (0 when absent or wrong). */
static int read_ids(jv_Ctx *v, const cJSON *root, const char *key, IdList *out)
{
    const cJSON *list = NULL;
    char at[JV_PTR], ptr[JV_PTR], first[JV_PTR];
    int before = v->count, n = 0;
    if (!jv_arr(v, root, "", key, JV_OPTIONAL, 0, KCF_MAX_LIST, &list) || !list)
        return 0;
    jv_ptr(at, "", key);
    for (const cJSON *it = list->child; it && n < KCF_MAX_LIST; it = it->next, n++) {
        jv_ptr_i(ptr, at, n);
        if (!jv_node_id(v, it, ptr, out->id[n]))
            continue;
        for (int j = 0; j < n; j++) {
            if (strcmp(out->id[j], out->id[n]) == 0) {
                jv_report(v, ptr, "\"%s\" is listed twice (also at %s)", out->id[n],
                          jv_ptr_i(first, at, j));
                break;
            }
        }
    }
    out->n = n;
    return v->count == before;
}

/* Replaces a config list with what was read. */
static void keep_ids(char ids[][KCF_ID], int *count, const IdList *got)
{
    memcpy(ids, got->id, (size_t)got->n * sizeof got->id[0]);
    *count = got->n;
}

static int in_list(const char ids[][KCF_ID], int n, const char *id)
{
    for (int i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0)
            return 1;
    return 0;
}

/* idle_seconds and dim_seconds: each alone in range, and dimming (when on)
 * only after the session has ended. */
static void read_times(jv_Ctx *v, const cJSON *root, kcf_Config *c)
{
    int idle = c->idle_seconds, dim = c->dim_seconds;
    char at[JV_PTR];
    int idle_ok = jv_int(v, root, "", "idle_seconds", JV_OPTIONAL, KCF_IDLE_MIN, KCF_IDLE_MAX,
                         &idle);
    int dim_given = jv_field(v, root, "", "dim_seconds", JV_OPTIONAL, at) != NULL;
    int dim_ok = jv_int(v, root, "", "dim_seconds", JV_OPTIONAL, 0, KCF_DIM_MAX, &dim);
    if (!idle_ok)
        idle = c->idle_seconds;
    if (dim_given && dim_ok && dim != 0 && dim <= idle) {
        jv_report(v, "/dim_seconds", "must be 0 (never) or more than idle_seconds (%d)", idle);
        dim_ok = 0;
    } else if (!dim_given && idle_ok && dim != 0 && dim <= idle) {
        jv_report(v, "/idle_seconds",
                  "must be less than dim_seconds (%d, the default); set dim_seconds higher "
                  "or to 0 (never)",
                  dim);
        idle_ok = 0;
    }
    /* a dim time that was refused leaves the one that stands, which must
     * still come after this idle time */
    if (idle_ok && dim_given && !dim_ok && c->dim_seconds != 0 && c->dim_seconds <= idle) {
        jv_report(v, "/idle_seconds", "not used either: it must be less than dim_seconds (%d, "
                  "which stands)", c->dim_seconds);
        idle_ok = 0;
    }
    if (idle_ok)
        c->idle_seconds = idle;
    if (dim_ok)
        c->dim_seconds = dim;
}

static void read_attract_text(jv_Ctx *v, const cJSON *root, kcf_Config *c)
{
    const char *text = NULL;
    if (!jv_str(v, root, "", "attract_text", JV_OPTIONAL, 1, KCF_TEXT_MAX, &text) || !text)
        return;
    if (!text_ok(text) || strlen(text) >= sizeof c->attract_text)
        jv_report(v, "/attract_text", "must be UTF-8 text without control characters");
    else
        copy(c->attract_text, sizeof c->attract_text, text);
}

/* The routines offered and attract_routine, which must be one of them: the
 * attract loop must not show a routine a visitor then cannot choose. */
static void read_routines(jv_Ctx *v, const cJSON *root, kcf_Config *c)
{
    static const IdList none;
    IdList got = none;
    char id[JV_ID], q[JV_CLIP];
    const IdList *offered = &got; /* const view: in_list takes const rows */
    int list_ok = read_ids(v, root, "routines", &got);
    id[0] = '\0';
    int id_ok = jv_id(v, root, "", "attract_routine", JV_OPTIONAL, id);
    int given = !id_ok || id[0]; /* absent: read fine and left "" */
    if (list_ok && got.n > 0 && id_ok && id[0] && !in_list(offered->id, offered->n, id)) {
        jv_report(v, "/attract_routine",
                  "\"%s\" is not one of the routines offered (/routines)", id);
        id_ok = 0;
    }
    /* the attract_routine that stands (the file's, else the default) must
     * be offered, or the list cannot stand either */
    const char *stands = id_ok && id[0] ? id : c->attract_routine;
    if (list_ok && got.n > 0 && !in_list(offered->id, offered->n, stands)) {
        if (given)
            jv_report(v, "/routines", "not used either: it does not offer \"%s\", the "
                      "attract_routine that stands", jv_clip(q, stands));
        else
            jv_report(v, "/routines",
                      "does not offer attract_routine \"%s\" (the default); add it or set "
                      "attract_routine",
                      jv_clip(q, stands));
        list_ok = 0;
    }
    if (list_ok)
        keep_ids(c->routines, &c->nroutines, &got);
    if (id_ok && id[0])
        copy(c->attract_routine, sizeof c->attract_routine, id);
}

/* Where "Export counts" writes: an absolute path to a .csv file. */
static void read_export_csv(jv_Ctx *v, const cJSON *root, kcf_Config *c)
{
    const char *path = NULL;
    if (!jv_str(v, root, "", "export_csv", JV_OPTIONAL, 1, sizeof c->export_csv - 1, &path) || !path)
        return;
    if (!text_ok(path) || path[0] != '/' || exp_format_of(path) != EXP_CSV)
        jv_report(v, "/export_csv", "must be an absolute path to a .csv file, e.g. /media/usb/kiosk-counts.csv");
    else
        copy(c->export_csv, sizeof c->export_csv, path);
}

int kcf_parse(kcf_Config *c, const char *file, const char *text, size_t len, prb_List *p)
{
    static const IdList none;
    IdList zones = none;
    jv_Ctx v;
    int kind = 0;
    jv_init(&v, file, p);
    cJSON *root = jv_parse(&v, text, len, KCF_MAX_FILE, KCF_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        jv_keys(&v, root, "", ROOT_KEYS);
        jv_enum(&v, root, "", "kind", JV_OPTIONAL, KIND_CONFIG, &kind);
        read_times(&v, root, c);
        read_pin(&v, root, c->pin);
        if (read_ids(&v, root, "zones", &zones))
            keep_ids(c->zones, &c->nzones, &zones);
        read_routines(&v, root, c);
        read_attract_text(&v, root, c);
        read_export_csv(&v, root, c);
        set_read_keys(&v, root, "", &c->settings);
    }
    cJSON_Delete(root);
    return v.count;
}

int kcf_has_pin(const kcf_Config *c)
{
    return strnlen(c->pin, sizeof c->pin) >= KCF_PIN_MIN;
}

int kcf_offers_zone(const kcf_Config *c, const char *id)
{
    return id && (c->nzones <= 0 || in_list(c->zones, c->nzones, id));
}

int kcf_offers_routine(const kcf_Config *c, const char *id)
{
    return id && (c->nroutines <= 0 || in_list(c->routines, c->nroutines, id));
}
