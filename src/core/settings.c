/* settings.c - see settings.h. The keys are read by set_read_keys alone,
 * for the settings file and for the kiosk configuration, with the shared
 * JSON field readers (jsonv.h): each reader writes its value only when it
 * has no problem, so a wrong key keeps what the caller had there. */
#include "settings.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SET_MAX_DEPTH 2 /* the object and, for a clear type message, one level in it */

static const char *const ROOT_KEYS[] = {"kind", "version", SET_KEYS, NULL};
static const char *const KIND_SETTINGS[] = {"settings", NULL};
static const char *const TEXT_SIZES[] = {"normal", "large", "largest", NULL};
static const char *const THEMES[] = {"standard", "high-contrast", NULL};

void set_defaults(set_Settings *s)
{
    s->sound = 1;
    s->volume = 80;
    s->voice = 0;
    s->voice_rate = 160;
    s->hands_free = 0;
    s->text_size = SET_TEXT_NORMAL;
    memset(s->lang, 0, sizeof s->lang); /* not chosen: the environment's (whole, for memcmp) */
    s->theme = SET_THEME_STANDARD;
}

int set_read_keys(jv_Ctx *v, const cJSON *obj, const char *at, set_Settings *s)
{
    int before = v->count, size = (int)s->text_size;
    int theme = (int)s->theme;
    jv_bool(v, obj, at, "sound", JV_OPTIONAL, &s->sound);
    jv_int(v, obj, at, "volume", JV_OPTIONAL, 0, SET_VOLUME_MAX, &s->volume);
    jv_bool(v, obj, at, "voice", JV_OPTIONAL, &s->voice);
    jv_int(v, obj, at, "voice_rate", JV_OPTIONAL, SET_RATE_MIN, SET_RATE_MAX, &s->voice_rate);
    jv_bool(v, obj, at, "hands_free", JV_OPTIONAL, &s->hands_free);
    if (jv_enum(v, obj, at, "text_size", JV_OPTIONAL, TEXT_SIZES, &size))
        s->text_size = (set_TextSize)size;
    if (jv_enum(v, obj, at, SET_KEY_THEME, JV_OPTIONAL, THEMES, &theme))
        s->theme = (set_Theme)theme;
    int lang = -1;
    if (jv_enum(v, obj, at, "lang", JV_OPTIONAL, lng_codes, &lang) && lang >= 0)
        snprintf(s->lang, sizeof s->lang, "%s", lng_codes[lang]);
    return v->count - before;
}

/* "version", when given: SET_VERSION_MIN to SET_VERSION (returns 1), or a
 * problem (returns 0); a higher version is a file from a newer facemap. */
static int read_version(jv_Ctx *v, const cJSON *root)
{
    char at[JV_PTR];
    const cJSON *n = jv_field(v, root, "", "version", JV_OPTIONAL, at);
    if (!n)
        return 1;
    double d = cJSON_IsNumber(n) ? n->valuedouble : 0;
    if (isfinite(d) && floor(d) == d && d > SET_VERSION) {
        jv_report(v, at, "the file is from a newer facemap (version %.15g; this one reads "
                  "version %d or %d)", d, SET_VERSION_MIN, SET_VERSION);
        return 0;
    }
    if (!(isfinite(d) && floor(d) == d && d >= SET_VERSION_MIN && d <= SET_VERSION)) {
        jv_report(v, at, "must be %d or %d", SET_VERSION_MIN, SET_VERSION); /* two versions */
        return 0;
    }
    return 1;
}

int set_parse(set_Settings *s, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    int kind = 0;
    set_defaults(s);
    jv_init(&v, file, p);
    cJSON *root = jv_parse(&v, text, len, SET_MAX_FILE, SET_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "") && read_version(&v, root)) {
        jv_keys(&v, root, "", ROOT_KEYS);
        jv_enum(&v, root, "", "kind", JV_OPTIONAL, KIND_SETTINGS, &kind);
        set_read_keys(&v, root, "", s);
    }
    cJSON_Delete(root);
    return v.count;
}

static int clamp(int x, int lo, int hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

static const char *json_bool(int b)
{
    return b ? "true" : "false";
}

char *set_serialize(const set_Settings *s)
{
    char buf[512];
    int lang = lng_index(s->lang);
    int n = snprintf(buf, sizeof buf,
                     "{\n  \"kind\": \"settings\",\n  \"version\": %d,\n  \"sound\": %s,\n"
                     "  \"volume\": %d,\n  \"voice\": %s,\n  \"voice_rate\": %d,\n"
                     "  \"hands_free\": %s,\n  \"text_size\": \"%s\",\n"
                     "  \"" SET_KEY_THEME "\": \"%s\"%s%s%s\n}\n",
                     SET_VERSION, json_bool(s->sound), clamp(s->volume, 0, SET_VOLUME_MAX),
                     json_bool(s->voice), clamp(s->voice_rate, SET_RATE_MIN, SET_RATE_MAX),
                     json_bool(s->hands_free), set_text_size_name(s->text_size), set_theme_name(s->theme),
                     lang >= 0 ? ",\n  \"lang\": \"" : "", lang >= 0 ? lng_codes[lang] : "", lang >= 0 ? "\"" : "");
    if (n < 0 || (size_t)n >= sizeof buf)
        return NULL;
    char *out = malloc((size_t)n + 1);
    if (out)
        memcpy(out, buf, (size_t)n + 1);
    return out;
}

const char *set_text_size_name(set_TextSize t)
{
    return (unsigned)t < SET_TEXT_COUNT ? TEXT_SIZES[t] : TEXT_SIZES[SET_TEXT_NORMAL];
}

const char *set_theme_name(set_Theme t)
{
    return (unsigned)t < SET_THEME_COUNT ? THEMES[t] : THEMES[SET_THEME_STANDARD];
}

float set_text_scale(set_TextSize t)
{
    static const float SCALE[SET_TEXT_COUNT] = {1.0f, 1.25f, 1.5f};
    return (unsigned)t < SET_TEXT_COUNT ? SCALE[t] : 1.0f;
}
