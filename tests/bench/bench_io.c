/* bench_io.c - the file figures of tests/bench/run: how long facemap's
 * loader takes for 200 routine files, and how long saving a progress file
 * with 10,000 history entries takes (serialise + atomic save with its
 * fsyncs), plus reading that file back. It links the same code the app
 * uses (facemap_platform: ldr_load, prog_serialize, fio_save_atomic).
 *
 *   bench_io [--levels DIR] [--assets DIR] [--dir TMP] [--iterations N]
 *            [--routines N] [--entries N]
 * The routine files are the shipped ones (levels/) copied round-robin under
 * new ids into a fresh folder in TMP (default $TMPDIR or /tmp), with
 * levels/zones.json beside them; animations come from assets/. Prints one
 * JSON object with every iteration's time in ms, and removes the folder;
 * exits 1 if the load gave any problem or the save failed. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/progress.h"
#include "platform/fio.h"
#include "platform/loader.h"

#define MAX_ITER 50

typedef struct {
    const char *levels, *assets, *tmp;
    int iterations, routines, entries;
} Options;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int parse(Options *o, int argc, char **argv)
{
    const char *tmp = getenv("TMPDIR");
    *o = (Options){FM_SOURCE_LEVELS, FM_SOURCE_ASSETS, tmp && *tmp ? tmp : "/tmp", 5, 200, 10000};
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *a = argv[i], *v = argv[i + 1];
        if (strcmp(a, "--levels") == 0) o->levels = v;
        else if (strcmp(a, "--assets") == 0) o->assets = v;
        else if (strcmp(a, "--dir") == 0) o->tmp = v;
        else if (strcmp(a, "--iterations") == 0) o->iterations = atoi(v);
        else if (strcmp(a, "--routines") == 0) o->routines = atoi(v);
        else if (strcmp(a, "--entries") == 0) o->entries = atoi(v);
        else return -1;
    }
    if (argc % 2 == 0 || o->iterations < 1 || o->iterations > MAX_ITER || o->routines < 1 ||
        o->routines > LVL_MAX_ROUTINES || o->entries < 1 || o->entries > PROG_MAX_HISTORY)
        return -1;
    return 0;
}

/* Writes text to dir/name; 0 or -1 (message on stderr). */
static int write_file(const char *dir, const char *name, const char *text)
{
    char path[4096], err[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (fio_save_atomic(path, text, strlen(text), err, sizeof err) == 0)
        return 0;
    fprintf(stderr, "bench_io: %s\n", err);
    return -1;
}

/* Fills dir with zones.json, safety.json and n routine files made from the shipped ones
 * with new ids; 0 or -1. */
static int make_levels(const Options *o, const char *dir)
{
    char **names = NULL, err[512], path[4096];
    size_t len;
    int nn = fio_list(o->levels, ".json", &names), made = 0;
    static const char *const single[] = {"zones.json", "safety.json"};
    for (int k = 0; k < 2; k++) {
        snprintf(path, sizeof path, "%s/%s", o->levels, single[k]);
        char *text = fio_read_all(path, 1 << 20, &len, err, sizeof err);
        int bad = nn <= 0 || !text || write_file(dir, single[k], text) != 0;
        free(text);
        if (bad) {
            fprintf(stderr, "bench_io: cannot copy %s from %s\n", single[k], o->levels);
            fio_free_names(names, nn < 0 ? 0 : nn);
            return -1;
        }
    }
    for (int i = 0; made < o->routines && i < nn * o->routines; i++) {
        snprintf(path, sizeof path, "%s/%s", o->levels, names[i % nn]);
        char *text = fio_read_all(path, 1 << 20, &len, err, sizeof err);
        cJSON *j = text ? cJSON_Parse(text) : NULL;
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(j, "kind");
        char *out = NULL;
        if (cJSON_IsString(kind) && strcmp(kind->valuestring, "routine") == 0) {
            char id[64], file[80];
            snprintf(id, sizeof id, "bench-%03d", made);
            snprintf(file, sizeof file, "%s.json", id);
            cJSON_ReplaceItemInObjectCaseSensitive(j, "id", cJSON_CreateString(id));
            out = cJSON_Print(j);
            if (!out || write_file(dir, file, out) != 0)
                made = -o->routines - 1; /* stop: the folder is unusable */
            made++;
        }
        cJSON_free(out);
        cJSON_Delete(j);
        free(text);
    }
    fio_free_names(names, nn);
    return made == o->routines ? 0 : -1;
}

/* Loads the generated folder once; the time in ms, or -1 on a problem. */
static double time_load(const char *dir, const char *assets, int *nroutines)
{
    lvl_Content c;
    anim_Set a;
    memset(&c, 0, sizeof c);
    memset(&a, 0, sizeof a);
    prb_List *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    double t0 = now_ms();
    int rc = ldr_load(dir, assets, &c, &a, p);
    double ms = now_ms() - t0;
    for (int i = 0; i < p->count; i++)
        fprintf(stderr, "bench_io: %s\n", p->line[i]);
    *nroutines = c.nroutines;
    rc = rc != 0 || p->count > 0 ? -1 : 0;
    free(p);
    lvl_free(&c);
    anim_free(&a);
    return rc == 0 ? ms : -1;
}

/* A history of n finished routines, one a day back from a fixed date. */
static int make_history(prog_Data *d, int n)
{
    static const char *const routines[][2] = {
        {"nose-clean-out", "nose"}, {"gentle-chin-cleanse", "chin"}, {"forehead", "forehead"},
        {"left-cheek", "left-cheek"}, {"gentle-mouth-exfoliate", "mouth"}};
    prog_init(d);
    for (int i = 0; i < n; i++) {
        prog_Entry e;
        memset(&e, 0, sizeof e);
        snprintf(e.routine, sizeof e.routine, "%s", routines[i % 5][0]);
        snprintf(e.zone, sizeof e.zone, "%s", routines[i % 5][1]);
        e.completed_at = 1714550400 - (int64_t)(n - i) * 3600;
        e.steps_total = 9;
        e.steps_done = 9 - i % 3;
        e.steps_skipped = i % 3;
        if (prog_add(d, &e) != 0)
            return -1;
    }
    return 0;
}

/* Removes what make_levels and the saves left in dir, then dir. */
static void remove_dir(const char *dir)
{
    char **names = NULL, path[4200];
    int n = fio_list(dir, "", &names);
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    if (n >= 0)
        fio_free_names(names, n);
    rmdir(dir);
}

static void print_list(const char *key, const double *v, int n, int last)
{
    printf("\"%s\":[", key);
    for (int i = 0; i < n; i++)
        printf("%s%.3f", i ? "," : "", v[i]);
    printf("]%s", last ? "" : ",");
}

int main(int argc, char **argv)
{
    Options o;
    if (parse(&o, argc, argv) != 0) {
        fprintf(stderr, "usage: bench_io [--levels DIR] [--assets DIR] [--dir TMP] [--iterations 1..%d] "
                        "[--routines N] [--entries N]\n", MAX_ITER);
        return 2;
    }
    char dir[4096], err[512];
    snprintf(dir, sizeof dir, "%s/facemap-bench-XXXXXX", o.tmp);
    if (!mkdtemp(dir) || make_levels(&o, dir) != 0) {
        fprintf(stderr, "bench_io: cannot make the routine files in %s\n", dir);
        return 1;
    }
    double load[MAX_ITER], ser[MAX_ITER], save[MAX_ITER], total[MAX_ITER], parse_ms[MAX_ITER];
    int nroutines = 0, rc = 0;
    size_t bytes = 0;
    prog_Data d;
    if (make_history(&d, o.entries) != 0)
        return 1;
    char save_dir[4200], prog_path[4300];
    snprintf(save_dir, sizeof save_dir, "%s/save", dir); /* not among the routine files */
    snprintf(prog_path, sizeof prog_path, "%s/progress.json", save_dir);
    if (fio_mkdirs(save_dir) != 0)
        rc = 1;
    int done = 0;
    for (; done < o.iterations && rc == 0; done++) {
        int i = done;
        if ((load[i] = time_load(dir, o.assets, &nroutines)) < 0)
            rc = 1;
        double t0 = now_ms();
        char *json = prog_serialize(&d);
        double t1 = now_ms();
        if (!json || fio_save_atomic(prog_path, json, strlen(json), err, sizeof err) != 0) {
            fprintf(stderr, "bench_io: save: %s\n", json ? err : "out of memory");
            rc = 1;
        }
        double t2 = now_ms();
        ser[i] = t1 - t0;
        save[i] = t2 - t1;
        total[i] = t2 - t0;
        bytes = json ? strlen(json) : 0;
        prog_Data back;
        prog_init(&back);
        prb_List *p = calloc(1, sizeof *p);
        double t3 = now_ms();
        if (!p || !json || prog_parse(&back, prog_path, json, bytes, p) != 0 || back.n != o.entries)
            rc = 1;
        parse_ms[i] = now_ms() - t3;
        prog_free(&back);
        free(p);
        free(json);
    }
    printf("{\"routines\":%d,\"entries\":%d,\"progress_bytes\":%zu,", nroutines, o.entries, bytes);
    print_list("load_ms", load, done, 0);
    print_list("serialize_ms", ser, done, 0);
    print_list("write_ms", save, done, 0);
    print_list("save_ms", total, done, 0);
    print_list("parse_ms", parse_ms, done, 1);
    printf("}\n");
    prog_free(&d);
    remove_dir(save_dir);
    remove_dir(dir);
    return rc;
}
