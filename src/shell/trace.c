/* trace.c - see trace.h. The file is opened once in trc_init and closed
 * at exit. Marks are flushed at once, so a runner can wait for them while
 * the program runs; frame lines are buffered (a write per frame would be
 * measured too) and reach the file at exit. Nothing here touches SDL, and with
 * FACEMAP_TRACE unset the only cost per frame is a test of one pointer. */
#include "trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static FILE *trace_out;   /* NULL when tracing is off */
static double start_boot; /* process start on CLOCK_BOOTTIME, ms */
static int map_marked;

static double clock_ms(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* The process start time from /proc/self/stat (field 22, clock ticks since
 * boot) in ms on CLOCK_BOOTTIME, or the time now when it cannot be read. */
static double process_start_ms(void)
{
    char buf[1024];
    FILE *f = fopen("/proc/self/stat", "r");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f)
        fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')'); /* the command name may hold spaces */
    for (int field = 2; p && field < 22; field++)
        p = strchr(p + 1, ' ');
    long ticks = sysconf(_SC_CLK_TCK);
    if (!p || ticks <= 0)
        return clock_ms(CLOCK_BOOTTIME);
    return (double)strtoull(p + 1, NULL, 10) * 1000.0 / (double)ticks;
}

void trc_init(void)
{
    const char *path = getenv("FACEMAP_TRACE");
    if (!path || !*path || trace_out)
        return;
    trace_out = fopen(path, "a");
    if (!trace_out) {
        fprintf(stderr, "facemap: FACEMAP_TRACE: cannot open %s\n", path);
        return;
    }
    start_boot = process_start_ms();
    atexit(trc_close);
    trc_mark("main");
}

int trc_on(void)
{
    return trace_out != NULL;
}

double trc_now(void)
{
    return trace_out ? clock_ms(CLOCK_MONOTONIC) : 0;
}

void trc_mark(const char *name)
{
    if (!trace_out)
        return;
    double mono = clock_ms(CLOCK_MONOTONIC), since = clock_ms(CLOCK_BOOTTIME) - start_boot;
    fprintf(trace_out, "{\"trace\":\"%s\",\"ms\":%.1f,\"mono\":%.3f}\n", name, since, mono);
    fflush(trace_out);
}

void trc_frame_begin(trc_Frame *f)
{
    f->n = 0;
    if (trace_out)
        f->t[f->n++] = clock_ms(CLOCK_MONOTONIC);
}

void trc_frame_lap(trc_Frame *f)
{
    if (trace_out && f->n < 3)
        f->t[f->n++] = clock_ms(CLOCK_MONOTONIC);
}

void trc_frame_end(trc_Frame *f, int first, int map_done, int animating)
{
    if (!trace_out)
        return;
    if (f->n < 3) /* laps were missed: the whole frame shows as "present" */
        f->t[1] = f->t[2] = f->t[0];
    f->t[3] = clock_ms(CLOCK_MONOTONIC);
    if (first)
        trc_mark("first_frame");
    if (map_done && !map_marked) {
        map_marked = 1;
        trc_mark("map_drawn");
    }
    if (animating) {
        fprintf(trace_out, "{\"trace\":\"frame\",\"ms\":%.3f,\"build\":%.3f,\"draw\":%.3f,\"present\":%.3f}\n",
                f->t[3] - f->t[0], f->t[1] - f->t[0], f->t[2] - f->t[1], f->t[3] - f->t[2]);
    }
}

void trc_close(void)
{
    if (trace_out)
        fclose(trace_out);
    trace_out = NULL;
}
