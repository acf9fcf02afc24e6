/* anim.c - reads assets/animations.json (format: levels/README.md) into an
 * anim_Set and evaluates a layer's pose at a time. Every problem is
 * reported through jsonv; a preset with a problem is left out of the set
 * (so a routine naming it is reported as using an unknown animation) and
 * the clean ones are kept. Tracks are checked to be sorted by t, because
 * tw_track_eval relies on it. */
#include "anim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonv.h"

#define ANIM_MAX_DEPTH 8
#define ANIM_MAX_DURATION 600000

static const char *const ROOT_KEYS[] = {"kind", "animations", NULL};
static const char *const PRESET_KEYS[] = {"id", "label", "duration_ms", "loop", "layers", NULL};
static const char *const LAYER_KEYS[] = {"sprite", "x", "y", "scale", "rot", "alpha", NULL};
static const char *const KIND_ANIMATIONS[] = {"animations", NULL};

/* The five tracks of a layer: key, allowed values, default. */
static const struct {
    const char *key;
    double lo, hi;
    float dflt;
} TRACKS[5] = {
    {"x", -10, 10, 0.5f}, {"y", -10, 10, 0.5f}, {"scale", 0, ANIM_MAX_SCALE, 0.3f},
    {"rot", -3600, 3600, 0.0f}, {"alpha", 0, 1, 1.0f},
};

/* Sprite names: the file assets/sprites/<name>.svg, so no '/' or '.'. */
static int read_sprite(jv_Ctx *v, const cJSON *layer, const char *at, char out[ANIM_ID])
{
    char ptr[JV_PTR], q[JV_CLIP];
    const char *s = NULL;
    if (!jv_str(v, layer, at, "sprite", JV_REQUIRED, 1, ANIM_ID - 1, &s) || !s)
        return 0;
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    if (s[n] != '\0') {
        jv_report(v, jv_ptr(ptr, at, "sprite"),
                  "\"%s\" is not a sprite name (A-Z, a-z, 0-9, _ and -)", jv_clip(q, s));
        return 0;
    }
    memcpy(out, s, n + 1);
    return 1;
}

static tw_Track *track_of(anim_Layer *l, int i)
{
    tw_Track *t[5] = {&l->x, &l->y, &l->scale, &l->rot, &l->alpha};
    return t[i];
}

static const tw_Track *const_track_of(const anim_Layer *l, int i)
{
    const tw_Track *t[5] = {&l->x, &l->y, &l->scale, &l->rot, &l->alpha};
    return t[i];
}

/* ---- parsing ------------------------------------------------------------ */

static void report_ease(jv_Ctx *v, const char *at, const cJSON *n)
{
    char names[160], q[JV_CLIP];
    size_t len = 0;
    names[0] = '\0';
    for (int e = 0; e < TW_COUNT && len < sizeof names; e++) {
        const char *name = tw_ease_name((tw_Ease)e);
        int w = snprintf(names + len, sizeof names - len, "%s%s", e ? ", " : "", name ? name : "?");
        len += w > 0 ? (size_t)w : 0;
    }
    if (cJSON_IsString(n) && n->valuestring)
        jv_report(v, at, "unknown ease \"%s\" (one of %s)", jv_clip(q, n->valuestring), names);
    else
        jv_report(v, at, "must be an ease name (one of %s)", names);
}

/* One keyframe [t, v] or [t, v, "ease"]; prev_t is the previous key's t. */
static int read_key(jv_Ctx *v, const cJSON *n, const char *at, int track, float prev_t, tw_Key *k)
{
    char ptr[JV_PTR];
    double t = 0, val = 0;
    int size = cJSON_IsArray(n) ? cJSON_GetArraySize(n) : 0;
    if (size < 2 || size > 3) {
        jv_report(v, at, "must be [t, value] or [t, value, \"ease\"]");
        return 0;
    }
    int ok = jv_node_num(v, cJSON_GetArrayItem(n, 0), jv_ptr_i(ptr, at, 0), 0, 1, &t);
    if (ok && t < prev_t) {
        jv_report(v, ptr, "keyframes must be sorted by t (the one before is at %g)", prev_t);
        ok = 0;
    }
    const cJSON *vn = cJSON_GetArrayItem(n, 1);
    jv_ptr_i(ptr, at, 1);
    if (track == 2 && cJSON_IsNumber(vn) && vn->valuedouble > ANIM_MAX_SCALE) {
        jv_report(v, ptr, "must be between 0 and %d: a sprite %g times the box cannot be drawn in time",
                  ANIM_MAX_SCALE, vn->valuedouble);
        ok = 0;
    } else {
        ok &= jv_node_num(v, vn, ptr, TRACKS[track].lo, TRACKS[track].hi, &val);
    }
    k->t = (float)t;
    k->v = (float)val;
    k->ease = TW_LINEAR;
    const cJSON *ease = cJSON_GetArrayItem(n, 2);
    if (ease) {
        int e = -1;
        if (cJSON_IsString(ease) && ease->valuestring)
            e = tw_ease_from_name(ease->valuestring);
        if (e < 0) {
            report_ease(v, jv_ptr_i(ptr, at, 2), ease);
            ok = 0;
        } else {
            k->ease = (tw_Ease)e;
        }
    }
    return ok;
}

static int read_track(jv_Ctx *v, const cJSON *layer, const char *at, int track, tw_Track *tr)
{
    char ptr[JV_PTR], item[JV_PTR];
    const cJSON *list = NULL, *n;
    int ok = jv_arr(v, layer, at, TRACKS[track].key, JV_OPTIONAL, 1, TW_MAX_KEYS, &list);
    if (!ok || !list)
        return ok;
    jv_ptr(ptr, at, TRACKS[track].key);
    cJSON_ArrayForEach(n, list) {
        float prev = tr->n > 0 ? tr->key[tr->n - 1].t : 0.0f;
        ok &= read_key(v, n, jv_ptr_i(item, ptr, tr->n), track, prev, &tr->key[tr->n]);
        tr->n++;
    }
    return ok;
}

static int read_layer(jv_Ctx *v, const cJSON *n, const char *at, anim_Layer *l)
{
    int ok = jv_is_object(v, n, at);
    if (!ok)
        return 0;
    ok &= jv_keys(v, n, at, LAYER_KEYS) == 0;
    ok &= read_sprite(v, n, at, l->sprite);
    for (int i = 0; i < 5; i++)
        ok &= read_track(v, n, at, i, track_of(l, i));
    return ok;
}

/* Reads one preset into a (owning its label); 1 when it is clean. */
static int read_preset(jv_Ctx *v, const cJSON *n, const char *at, anim_Preset *a)
{
    char ptr[JV_PTR], item[JV_PTR];
    const char *label = NULL;
    const cJSON *layers = NULL, *l;
    int before = v->count;
    if (!jv_is_object(v, n, at))
        return 0;
    jv_keys(v, n, at, PRESET_KEYS);
    jv_id(v, n, at, "id", JV_REQUIRED, a->id);
    if (jv_str(v, n, at, "label", JV_NULLABLE, 0, 60, &label) && label && *label) {
        a->label = strdup(label);
        if (!a->label)
            jv_report(v, at, "out of memory");
    }
    jv_int(v, n, at, "duration_ms", JV_REQUIRED, 1, ANIM_MAX_DURATION, &a->duration_ms);
    jv_bool(v, n, at, "loop", JV_OPTIONAL, &a->loop);
    if (jv_arr(v, n, at, "layers", JV_REQUIRED, 1, ANIM_MAX_LAYERS, &layers) && layers) {
        jv_ptr(ptr, at, "layers");
        cJSON_ArrayForEach(l, layers) {
            read_layer(v, l, jv_ptr_i(item, ptr, a->nlayers), &a->layer[a->nlayers]);
            a->nlayers++;
        }
    }
    return v->count == before;
}

static void read_presets(jv_Ctx *v, const cJSON *list, anim_Set *s)
{
    char at[JV_PTR], ptr[JV_PTR];
    const cJSON *n;
    int i = 0;
    s->p = malloc(ANIM_MAX_PRESETS * sizeof *s->p);
    if (!s->p) {
        jv_report(v, "/animations", "out of memory");
        return;
    }
    cJSON_ArrayForEach(n, list) {
        if (i == ANIM_MAX_PRESETS)
            break; /* reported by the caller; the rest is not read */
        anim_Preset *a = &s->p[s->n];
        memset(a, 0, sizeof *a);
        jv_ptr_i(at, "/animations", i++);
        int clean = read_preset(v, n, at, a);
        if (a->id[0] && anim_find(s, a->id) >= 0) {
            jv_report(v, jv_ptr(ptr, at, "id"), "duplicate animation id \"%s\"", a->id);
            clean = 0;
        }
        if (clean)
            s->n++;
        else
            free(a->label);
    }
}

int anim_parse(anim_Set *s, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    const cJSON *list = NULL;
    int kind = 0;
    jv_init(&v, file, p);
    anim_free(s);
    cJSON *root = jv_parse(&v, text, len, 4 * 1024 * 1024, ANIM_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        jv_keys(&v, root, "", ROOT_KEYS);
        jv_enum(&v, root, "", "kind", JV_REQUIRED, KIND_ANIMATIONS, &kind);
        jv_arr(&v, root, "", "animations", JV_REQUIRED, 1, ANIM_MAX_PRESETS, &list);
        list = cJSON_GetObjectItemCaseSensitive(root, "animations");
        if (cJSON_IsArray(list))
            read_presets(&v, list, s);
    }
    cJSON_Delete(root);
    return v.count;
}

/* ---- lookups and poses -------------------------------------------------- */

int anim_find(const anim_Set *s, const char *id)
{
    for (int i = 0; s && id && i < s->n; i++)
        if (strcmp(s->p[i].id, id) == 0)
            return i;
    return -1;
}

int anim_known(void *ctx, const char *id)
{
    return anim_find((const anim_Set *)ctx, id) >= 0;
}

/* Fraction 0..1 of the animation at t_ms: wraps when looping, else holds. */
static float phase(const anim_Preset *a, long long t_ms)
{
    long long d = a->duration_ms;
    if (d <= 0)
        return 1.0f;
    if (a->loop) {
        long long m = t_ms % d;
        if (m < 0)
            m += d;
        return (float)m / (float)d;
    }
    if (t_ms <= 0)
        return 0.0f;
    return t_ms >= d ? 1.0f : (float)t_ms / (float)d;
}

anim_Pose anim_pose(const anim_Preset *a, int layer, long long t_ms)
{
    anim_Pose pose = {NULL, 0.5f, 0.5f, 0.3f, 0.0f, 1.0f};
    float *out[5] = {&pose.x, &pose.y, &pose.scale, &pose.rot, &pose.alpha};
    if (!a || layer < 0 || layer >= a->nlayers)
        return pose;
    const anim_Layer *l = &a->layer[layer];
    float t = phase(a, t_ms);
    pose.sprite = l->sprite;
    for (int i = 0; i < 5; i++)
        *out[i] = tw_track_eval(const_track_of(l, i), t, TRACKS[i].dflt);
    return pose;
}

void anim_free(anim_Set *s)
{
    for (int i = 0; i < s->n; i++)
        free(s->p[i].label);
    free(s->p);
    s->p = NULL;
    s->n = 0;
}
