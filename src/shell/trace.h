/* trace.h - an opt-in timing trace for benchmarks (tests/bench/run).
 *
 * When the environment variable FACEMAP_TRACE names a file, facemap appends
 * one JSON object per line to it:
 *   {"trace":"main","ms":31.0,"mono":81234567.125}         main() entered
 *   {"trace":"first_frame","ms":97.4,"mono":81234633.5}    first frame presented
 *   {"trace":"map_drawn","ms":97.4,"mono":81234633.5}      first complete map frame
 *   {"trace":"snapshot_shown",...}                          it was the launch snapshot (snapshot.h)
 *   {"trace":"frame","ms":6.12,"build":0.05,"draw":4.9,"present":1.17}
 *                                                           one frame while animating
 * "ms" of a mark counts from the process start (the kernel's start time in
 * /proc/self/stat, so the time before main counts too; 10 ms granularity);
 * "mono" is CLOCK_MONOTONIC in ms, for a runner that noted the same clock
 * when it launched the program. A frame's "ms" is its whole cost: view
 * build + draw + present.
 *
 * When FACEMAP_TRACE is unset every call returns at once and reads no
 * clock. No SDL: tests/bench/bare.c uses it too. The trace is process-wide
 * (like a log), so its one open file lives in trace.c. */
#ifndef FM_TRACE_H
#define FM_TRACE_H

/* Opens the trace file named by FACEMAP_TRACE (if any) and writes the
 * "main" mark; call first thing in main(). */
void trc_init(void);
/* 1 when tracing is on. */
int trc_on(void);
/* CLOCK_MONOTONIC in ms, or 0 when tracing is off. */
double trc_now(void);
/* Writes a named mark (e.g. "first_frame") with the time now. */
void trc_mark(const char *name);

/* One frame's timing: trc_frame_begin before building it, trc_frame_lap
 * after each of the first two phases (build, draw), trc_frame_end after
 * presenting. */
typedef struct {
    double t[4];
    int n;
} trc_Frame;

void trc_frame_begin(trc_Frame *f);
void trc_frame_lap(trc_Frame *f);
/* first: this was the program's first frame; map_done: a complete map
 * frame (the first one is marked "map_drawn"); animating: write a "frame"
 * line with the timings. */
void trc_frame_end(trc_Frame *f, int first, int map_done, int animating);
void trc_close(void);

#endif
