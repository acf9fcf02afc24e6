/* profiles.c - see profiles.h: the profile list's rules and its file. */
#include "profiles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "jsonv.h"
#include "progmerge.h"

#define PFL_MAX_DEPTH 4

static const char *const colour_names[] = {PFL_COLOURS, NULL};
static const char *const root_keys[] = {"kind", "version", "profiles", NULL};
static const char *const profile_keys[] = {"id", "name", "colour", "file", NULL};
static const char *const kind_profiles[] = {"profiles", NULL};

const char *pfl_colour_name(int colour)
{
    return colour >= 0 && colour < PFL_NCOLOURS ? colour_names[colour] : "?";
}

void pfl_init(pfl_List *l, const char *main_file)
{
    memset(l, 0, sizeof *l);
    l->n = 1;
    l->p[0].id = 1;
    snprintf(l->p[0].name, sizeof l->p[0].name, "%s", PFL_FIRST_NAME);
    snprintf(l->p[0].file, sizeof l->p[0].file, "%s", main_file);
}

/* Characters (UTF-8 sequences) in s; -1 when s is not UTF-8. */
static int chars(const char *s)
{
    int n = 0;
    for (size_t i = 0; s[i]; n++) {
        int k = jv_utf8_len((const unsigned char *)s + i);
        if (k == 0)
            return -1;
        i += (size_t)k;
    }
    return n;
}

int pfl_check_name(const pfl_List *l, const char *name, int except, char *why, size_t len)
{
    int n = chars(name);
    const char *bad = NULL;
    for (const unsigned char *c = (const unsigned char *)name; *c && !bad; c++)
        if (*c < 0x20 || *c == 0x7f)
            bad = N_("A name cannot hold control characters.");
    if (n < 0)
        bad = N_("A name must be UTF-8 text.");
    else if (n == 0 || strspn(name, " ") == strlen(name))
        bad = N_("Type a name first.");
    else if (name[0] == ' ' || name[strlen(name) - 1] == ' ')
        bad = N_("A name cannot start or end with a space.");
    else if (n > PFL_NAME_CHARS)
        bad = N_("A name is at most 24 characters.");
    for (int i = 0; i < l->n && !bad; i++)
        if (i != except && strcasecmp(l->p[i].name, name) == 0)
            bad = N_("Somebody already has that name.");
    if (!bad)
        return 0;
    snprintf(why, len, "%s", bad);
    return -1;
}

/* A progress file's name beside the list: no folder, not hidden, .json. */
static int plain_file(const char *f)
{
    size_t n = strlen(f);
    return n > 5 && n < PFL_FILE && !strchr(f, '/') && f[0] != '.' && strcmp(f + n - 5, ".json") == 0 &&
           strcmp(f, PFL_LIST_NAME) != 0;
}

/* Whether f is a yearly archive of one of the profiles' files (or theirs
 * one of f's): the archives would be read as history twice. */
static int archive_of(const pfl_List *l, const char *f)
{
    int year;
    for (int i = 0; i < l->n; i++)
        if (pmg_is_archive(l->p[i].file, f, &year) || pmg_is_archive(f, l->p[i].file, &year))
            return 1;
    return 0;
}

/* One entry of "profiles" into *out; the problems it reported. */
static int read_profile(jv_Ctx *v, const cJSON *o, const char *at, const pfl_List *l, pfl_Profile *out)
{
    int before = v->count;
    const char *name = NULL, *file = NULL;
    char ptr[JV_PTR], why[160];
    if (!jv_is_object(v, o, at))
        return 1;
    jv_keys(v, o, at, profile_keys);
    jv_int(v, o, at, "id", JV_REQUIRED, 1, PFL_MAX_ID, &out->id);
    jv_enum(v, o, at, "colour", JV_REQUIRED, colour_names, &out->colour);
    if (jv_str(v, o, at, "name", JV_REQUIRED, 1, PFL_NAME_CHARS, &name) && name) {
        if (pfl_check_name(l, name, -1, why, sizeof why) == 0)
            snprintf(out->name, sizeof out->name, "%s", name);
        else
            jv_report(v, jv_ptr(ptr, at, "name"), "%s", why);
    }
    if (jv_str(v, o, at, "file", JV_REQUIRED, 1, PFL_FILE - 1, &file) && file) {
        if (!plain_file(file))
            jv_report(v, jv_ptr(ptr, at, "file"), "a file name beside the list, ending in .json");
        else if (archive_of(l, file))
            jv_report(v, jv_ptr(ptr, at, "file"), "%s is the name of another profile's yearly archive", file);
        snprintf(out->file, sizeof out->file, "%s", file);
    }
    for (int i = 0; i < l->n; i++) {
        if (l->p[i].id == out->id)
            jv_report(v, jv_ptr(ptr, at, "id"), "id %d is given twice", out->id);
        if (file && strcmp(l->p[i].file, file) == 0)
            jv_report(v, jv_ptr(ptr, at, "file"), "two profiles share the file %s", file);
    }
    return v->count - before;
}

int pfl_parse(pfl_List *l, const char *main_file, const char *file, const char *text, size_t len, prb_List *p)
{
    jv_Ctx v;
    pfl_List got;
    int version = 0, kind = 0;
    const cJSON *arr = NULL;
    char at[JV_PTR];
    memset(&got, 0, sizeof got);
    jv_init(&v, file, p);
    cJSON *root = jv_parse(&v, text, len, PFL_MAX_FILE, PFL_MAX_DEPTH);
    if (root && jv_is_object(&v, root, "")) {
        jv_keys(&v, root, "", root_keys);
        jv_enum(&v, root, "", "kind", JV_REQUIRED, kind_profiles, &kind);
        if (jv_int(&v, root, "", "version", JV_REQUIRED, 1, 1000000, &version) && version > PFL_VERSION)
            jv_report(&v, "/version", "version %d is from a newer facemap (this one reads %d)", version, PFL_VERSION);
        jv_arr(&v, root, "", "profiles", JV_REQUIRED, 1, PFL_MAX, &arr);
    }
    for (const cJSON *o = arr ? arr->child : NULL; o && got.n < PFL_MAX; o = o->next) {
        pfl_Profile one;
        memset(&one, 0, sizeof one);
        jv_ptr_i(at, "/profiles", got.n);
        read_profile(&v, o, at, &got, &one);
        if (got.n == 0 && one.file[0] && strcmp(one.file, main_file) != 0)
            jv_report(&v, jv_ptr(at, at, "file"), "the first profile is the progress file itself, %s", main_file);
        got.p[got.n++] = one;
    }
    cJSON_Delete(root);
    got.files_up_to = l->files_up_to;
    if (v.count == 0)
        *l = got;
    else
        pfl_init(l, main_file);
    return v.count;
}

char *pfl_serialize(const pfl_List *l)
{
    cJSON *root = cJSON_CreateObject(), *arr = cJSON_CreateArray();
    if (!root || !arr) {
        cJSON_Delete(root);
        cJSON_Delete(arr);
        return NULL;
    }
    cJSON_AddStringToObject(root, "kind", "profiles");
    cJSON_AddNumberToObject(root, "version", PFL_VERSION);
    cJSON_AddItemToObject(root, "profiles", arr);
    for (int i = 0; i < l->n; i++) {
        cJSON *o = cJSON_CreateObject();
        if (!o)
            break;
        cJSON_AddNumberToObject(o, "id", l->p[i].id);
        cJSON_AddStringToObject(o, "name", l->p[i].name);
        cJSON_AddStringToObject(o, "colour", pfl_colour_name(l->p[i].colour));
        cJSON_AddStringToObject(o, "file", l->p[i].file);
        cJSON_AddItemToArray(arr, o);
    }
    char *text = cJSON_Print(root), *out = NULL;
    cJSON_Delete(root);
    if (text && (out = malloc(strlen(text) + 2)) != NULL)
        snprintf(out, strlen(text) + 2, "%s\n", text);
    free(text);
    return out;
}

/* The file beside main's for id: "progress.json" gives "progress-p2.json"
 * (never an archive's name: those have a 4-digit year there). */
static void file_for(const char *main_file, int id, char *out, size_t len)
{
    size_t stem = strlen(main_file);
    if (stem > 5 && strcmp(main_file + stem - 5, ".json") == 0)
        stem -= 5;
    snprintf(out, len, "%.*s-p%d.json", (int)stem, main_file, id);
}

static int id_taken(const pfl_List *l, int id)
{
    for (int i = 0; i < l->n; i++)
        if (l->p[i].id == id)
            return 1;
    return 0;
}

int pfl_add(pfl_List *l, const char *name, char *why, size_t len)
{
    if (l->n >= PFL_MAX) {
        snprintf(why, len, "%s", N_("There are 8 profiles already, the most a mirror keeps."));
        return -1;
    }
    if (pfl_check_name(l, name, -1, why, len) != 0)
        return -1;
    int id = l->files_up_to + 1, used[PFL_NCOLOURS] = {0};
    for (int i = 0; i < l->n; i++) {
        id = l->p[i].id >= id ? l->p[i].id + 1 : id;
        used[l->p[i].colour] = 1;
    }
    if (id > PFL_MAX_ID) /* the highest is taken: the lowest free one (at most 8 are taken) */
        for (id = 1; id_taken(l, id); id++)
            ;
    pfl_Profile *p = &l->p[l->n];
    memset(p, 0, sizeof *p);
    p->id = id;
    for (p->colour = 0; p->colour < PFL_NCOLOURS - 1 && used[p->colour]; p->colour++)
        ;
    snprintf(p->name, sizeof p->name, "%s", name);
    file_for(l->p[0].file, id, p->file, sizeof p->file);
    return l->n++;
}

int pfl_rename(pfl_List *l, int i, const char *name, char *why, size_t len)
{
    if (i < 0 || i >= l->n || pfl_check_name(l, name, i, why, len) != 0)
        return -1;
    snprintf(l->p[i].name, sizeof l->p[i].name, "%s", name);
    return 0;
}

int pfl_can_delete(const pfl_List *l, int i, char *why, size_t len)
{
    if (i > 0 && i < l->n)
        return 0;
    snprintf(why, len, "%s", i == 0 ? N_("The first profile holds the mirror's own progress file; it can be "
                                         "renamed, not deleted.")
                                    : N_("No such profile."));
    return -1;
}

int pfl_delete(pfl_List *l, int i)
{
    char why[160];
    if (pfl_can_delete(l, i, why, sizeof why) != 0)
        return -1;
    memmove(&l->p[i], &l->p[i + 1], (size_t)(l->n - i - 1) * sizeof l->p[0]);
    l->n--;
    return 0;
}

int pfl_find(const pfl_List *l, const char *name)
{
    for (int i = 0; name && i < l->n; i++)
        if (strcasecmp(l->p[i].name, name) == 0)
            return i;
    return -1;
}

void pfl_names(const pfl_List *l, char *out, size_t len)
{
    out[0] = '\0';
    for (int i = 0; i < l->n; i++)
        snprintf(out + strlen(out), len - strlen(out), "%s%s", i ? ", " : "", l->p[i].name);
}

void pfl_settings_name(const pfl_List *l, int i, char *out, size_t len)
{
    if (i <= 0 || i >= l->n)
        snprintf(out, len, "settings.json");
    else
        snprintf(out, len, "settings-p%d.json", l->p[i].id);
}

void pfl_initial(const char *name, char out[5])
{
    int k = jv_utf8_len((const unsigned char *)name);
    if (k == 0) {
        snprintf(out, 5, "?");
        return;
    }
    memcpy(out, name, (size_t)k);
    out[k] = '\0';
    if (k == 1 && out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

void pfl_type(char *name, const char *text)
{
    size_t at = strlen(name);
    int n = chars(name);
    for (size_t i = 0; text[i] && n >= 0 && n < PFL_NAME_CHARS;) {
        int k = jv_utf8_len((const unsigned char *)text + i);
        if (k == 0)
            return;
        if ((unsigned char)text[i] >= 0x20 && text[i] != 0x7f && at + (size_t)k < PFL_NAME) {
            memcpy(name + at, text + i, (size_t)k);
            at += (size_t)k;
            name[at] = '\0';
            n++;
        }
        i += (size_t)k;
    }
}

void pfl_erase(char *name)
{
    size_t n = strlen(name);
    while (n > 0 && ((unsigned char)name[n - 1] & 0xC0) == 0x80)
        n--;
    name[n > 0 ? n - 1 : 0] = '\0';
}

int pfl_state_delete(pfl_State *st, int i)
{
    if (pfl_can_delete(&st->list, i, st->why, sizeof st->why) != 0)
        return -1;
    st->gone = st->list.p[i];
    if (st->active == i)
        st->switch_to = st->active = 0;
    else if (st->active > i)
        st->active--;
    pfl_delete(&st->list, i);
    st->save_list = 1;
    return 0;
}
