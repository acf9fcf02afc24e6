/* test_speech.c - speech (shell/speech.c): espeak-ng turns a step's text
 * into 1-6 s of audible 16-bit PCM on the worker thread, handed over by a
 * spk_take that never waits; a faster rate gives fewer samples; a newer
 * prepare replaces one that has not started; empty text, cancel, unknown
 * ids; failures (no voice for the language, no espeak-ng-data, a second
 * start in one process) say one line and leave every call doing nothing.
 * It prints the time from spk_prepare to the buffer for a typical step and
 * the resident memory speech adds.
 *
 * espeak-ng starts once per process (speech.h), so the failures that start
 * it run in child processes; the rest share one context, opened first.
 * Built with FACEMAP_SPEECH=OFF it exits 77 (skipped). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

#include "shell/speech.h"

#ifdef FM_SPEECH

#define RINSE "Rinse with cool water until no cleanser is left."
/* A typical step: title, text and caution. */
#define STEP                                                                              \
    "Moisturise. Smooth a pea-sized amount over your cheeks, your forehead and your chin " \
    "with gentle upward strokes. Careful: keep it away from your eyes and lips."
#define LONG                                                                          \
    "Wet your face with lukewarm water. Put a small amount of cleanser on your "      \
    "fingertips and massage it over your face in small circles for thirty seconds, "  \
    "paying attention to the sides of the nose and the hairline. Rinse with cool "    \
    "water until no cleanser is left, then pat your skin dry with a clean towel."

#define AUDIBLE_RMS 1000.0 /* a whole spoken sentence is well above this */
#define QUIET_RMS 300.0    /* a 150 ms window of speech is above this */
#define LOUD_SAMPLE 2000   /* where the speech starts */
#define TIMEOUT_MS 5000
#define RSS_LIMIT_KIB 6144 /* what the product allows speech to add */

typedef struct {
    int16_t *pcm;
    int n, rate;
    double ms; /* from the call to spk_take's 1 */
} Speech;

static spk_Ctx sp; /* the one context of this process */
static long rss_before_kib;

static double now_ms(void)
{
    return (double)SDL_GetPerformanceCounter() * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

/* Polls spk_take for id until it answers other than 0 or TIMEOUT_MS pass;
 * returns its last answer and, on 1, fills *out. */
static int take_within(int id, Speech *out)
{
    double t0 = now_ms();
    int r;
    memset(out, 0, sizeof *out);
    while ((r = spk_take(&sp, id, &out->pcm, &out->n, &out->rate)) == 0 && now_ms() - t0 < TIMEOUT_MS)
        SDL_Delay(1);
    out->ms = now_ms() - t0;
    return r;
}

/* Prepares text as id and waits for it; 1 when it came. */
static int say(int id, const char *text, Speech *out)
{
    double t0 = now_ms();
    if (spk_prepare(&sp, id, text) != 0)
        return 0;
    int r = take_within(id, out);
    out->ms = now_ms() - t0;
    return r == 1;
}

static double rms(const int16_t *p, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += (double)p[i] * p[i];
    return n > 0 ? sqrt(sum / n) : 0;
}

/* The quietest 150 ms window between a quarter and three quarters of s. */
static double quietest_middle_window(const Speech *s)
{
    int w = s->rate * 15 / 100, from = s->n / 4, to = s->n * 3 / 4;
    double least = w >= 4 ? 1e9 : 0;
    for (int i = from; w >= 4 && i + w <= to; i += w / 4) {
        double r = rms(s->pcm + i, w);
        least = r < least ? r : least;
    }
    return least;
}

static int first_loud_sample(const Speech *s)
{
    for (int i = 0; i < s->n; i++)
        if (abs(s->pcm[i]) >= LOUD_SAMPLE)
            return i;
    return s->n;
}

/* The process's resident memory (VmRSS in /proc/self/status), in KiB. */
static long vm_rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kib = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kib;
}

/* Runs fn in a child process with its stderr caught in err; returns fn's
 * exit code, or -1 when the child did not exit. */
static int in_child(int (*fn)(void), char *err, size_t size)
{
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fd[1], 2);
        close(fd[0]);
        close(fd[1]);
        _exit(fn());
    }
    close(fd[1]);
    size_t got = 0;
    ssize_t r;
    while (got < size - 1 && (r = read(fd[0], err + got, size - 1 - got)) > 0)
        got += (size_t)r;
    err[got] = 0;
    close(fd[0]);
    int status;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static int count_words(const char *s)
{
    int n = 0;
    for (int in = 0; *s; s++) {
        n += !in && *s != ' ';
        in = *s != ' ';
    }
    return n;
}

/* In a child: spk_open on lang fails and leaves every call doing nothing.
 * Exit code 0 when so; the first wrong thing's number otherwise. */
static int open_fails_and_calls_do_nothing(const char *lang)
{
    spk_Ctx s;
    int16_t *pcm = NULL;
    int n = 0, rate = 0;
    if (spk_open(&s, lang) != -1)
        return 1;
    spk_set_rate(&s, 200);
    if (spk_prepare(&s, 1, RINSE) != -1)
        return 2;
    SDL_Delay(50);
    if (spk_take(&s, 1, &pcm, &n, &rate) != -1 || pcm)
        return 3;
    spk_cancel(&s);
    spk_close(&s);
    spk_close(&s);
    return 0;
}

static int open_unknown_language(void)
{
    return open_fails_and_calls_do_nothing("zz-qq");
}

static int open_without_data(void)
{
    char dir[] = "/tmp/test_speech_XXXXXX";
    if (!mkdtemp(dir))
        return 10;
    setenv("ESPEAK_DATA_PATH", dir, 1); /* an empty folder: no phontab, no voices */
    int r = open_fails_and_calls_do_nothing("en");
    rmdir(dir);
    return r;
}

/* The child's exit code is 0 and its stderr one line that starts with
 * "speech: " and names the cause (why). */
static void check_failure_in_child(int (*fn)(void), const char *why)
{
    char err[1024];
    CHECK_INT(in_child(fn, err, sizeof err), 0);
    CHECK_INT(count_lines(err), 1);
    CHECK(strncmp(err, "speech: ", 8) == 0);
    CHECK(strstr(err, why) != NULL);
    size_t len = strlen(err);
    printf("    stderr: %s%s", err, len && err[len - 1] == '\n' ? "" : "\n");
}

static void a_language_without_a_voice_fails_with_one_line_and_calls_do_nothing(void)
{
    check_failure_in_child(open_unknown_language, "no voice for language \"zz-qq\"");
}

static void missing_voice_data_fails_with_one_line_and_calls_do_nothing(void)
{
    check_failure_in_child(open_without_data, "install espeak-ng-data");
}

static void english_opens_at_a_sample_rate(void)
{
    double t0 = now_ms();
    rss_before_kib = vm_rss_kib();
    CHECK_INT(spk_open(&sp, "en"), 0);
    CHECK(sp.open);
    CHECK(sp.sample_rate >= 8000 && sp.sample_rate <= 48000);
    printf("    spk_open took %.1f ms; sample rate %d Hz\n", now_ms() - t0, sp.sample_rate);
}

static void a_sentence_becomes_one_to_six_seconds_of_audible_speech(void)
{
    Speech s;
    CHECK(say(1, RINSE, &s));
    CHECK_INT(s.rate, sp.sample_rate);
    double secs = s.rate > 0 ? (double)s.n / s.rate : 0;
    printf("    %d samples = %.2f s, RMS %.0f, quietest middle 150 ms RMS %.0f, speech from %.0f ms\n",
           s.n, secs, rms(s.pcm, s.n), s.pcm ? quietest_middle_window(&s) : 0,
           s.rate > 0 ? first_loud_sample(&s) * 1000.0 / s.rate : 0);
    CHECK(secs >= 1.0 && secs <= 6.0);
    CHECK(s.pcm && rms(s.pcm, s.n) > AUDIBLE_RMS);
    CHECK(s.pcm && quietest_middle_window(&s) > QUIET_RMS);
    long after = vm_rss_kib();
    printf("    VmRSS %ld KiB before spk_open, %ld KiB after one synthesis (its buffer held): "
           "+%ld KiB (limit +%d KiB)\n",
           rss_before_kib, after, after - rss_before_kib, RSS_LIMIT_KIB);
#ifdef __SANITIZE_ADDRESS__ /* its shadow memory grows with every allocation: the limit is for real builds */
    CHECK(rss_before_kib > 0);
#else
    CHECK(rss_before_kib > 0 && after - rss_before_kib <= RSS_LIMIT_KIB);
#endif
    free(s.pcm);
}

static void a_buffer_is_handed_over_once(void)
{
    Speech s, again;
    CHECK(say(2, RINSE, &s));
    CHECK_INT(spk_take(&sp, 2, &again.pcm, &again.n, &again.rate), -1);
    CHECK_INT(spk_take(&sp, 12345, &again.pcm, &again.n, &again.rate), -1);
    free(s.pcm);
}

/* The pieces of a long text come while it is made: the first well before
 * the whole, and together they are as long as the whole made at once
 * (espeak-ng's length for one text varies by a few hundred samples from
 * one synthesis to the next) and as loud. */
static void pieces_come_while_the_text_is_made_and_add_up_to_the_whole(void)
{
    Speech whole;
    CHECK(say(20, LONG, &whole));
    CHECK_INT(spk_prepare(&sp, 21, LONG), 0);
    double t0 = now_ms(), first_ms = -1;
    int cap = whole.n + whole.n / 10;
    int16_t *all = malloc((size_t)cap * sizeof *all + 1);
    int got = 0, pieces = 0, more = 1, r = 0;
    while (more && now_ms() - t0 < TIMEOUT_MS) {
        int16_t *pcm = NULL;
        int n = 0, rate = 0;
        r = spk_take_some(&sp, 21, &pcm, &n, &rate, &more);
        if (r < 0)
            break;
        if (r == 1 && n > 0) {
            if (first_ms < 0)
                first_ms = now_ms() - t0;
            if (all && got + n <= cap)
                memcpy(all + got, pcm, (size_t)n * sizeof *pcm);
            got += n;
            pieces++;
        }
        free(pcm);
        if (r == 0)
            SDL_Delay(1);
    }
    printf("    %d pieces, the first after %.1f ms; the whole text took %.1f ms\n", pieces, first_ms, whole.ms);
    CHECK(r >= 0 && !more);
    CHECK(pieces > 1);
    CHECK(first_ms >= 0 && first_ms < whole.ms);
    CHECK(got > whole.n - whole.n / 100 && got < whole.n + whole.n / 100);
    CHECK(all && got <= cap && rms(all, got) > AUDIBLE_RMS);
    int16_t *again = NULL;
    int n_again = 0, rate_again = 0;
    CHECK_INT(spk_take_some(&sp, 21, &again, &n_again, &rate_again, &more), -1); /* handed over once */
    CHECK(again == NULL);
    free(all);
    free(whole.pcm);
}

static void a_faster_rate_gives_a_shorter_buffer_for_the_same_text(void)
{
    Speech normal, fast, too_fast;
    CHECK(say(3, RINSE, &normal));
    spk_set_rate(&sp, 300);
    CHECK(say(4, RINSE, &fast));
    spk_set_rate(&sp, 1000); /* held to 300 */
    CHECK(say(5, RINSE, &too_fast));
    spk_set_rate(&sp, SPK_RATE_DEFAULT);
    printf("    175 wpm: %d samples, 300 wpm: %d, asked 1000 wpm: %d\n", normal.n, fast.n, too_fast.n);
    CHECK(fast.n > 0 && fast.n < normal.n * 8 / 10);
    CHECK(abs(too_fast.n - fast.n) <= fast.n / 50);
    free(normal.pcm);
    free(fast.pcm);
    free(too_fast.pcm);
}

/* The language button's voice: German words read by the German voice come
 * out otherwise than by the English one; the rate set before stays; a
 * language with no voice keeps the voice there was. */
static void the_voice_follows_the_language(void)
{
    static const char *const WASSER = "Spüle mit kühlem Wasser, bis kein Reinigungsgel mehr übrig ist.";
    Speech en, de, de_fast, kept;
    CHECK(say(40, WASSER, &en));
    spk_set_lang(&sp, "de");
    CHECK(say(41, WASSER, &de));
    spk_set_rate(&sp, 300);
    CHECK(say(42, WASSER, &de_fast));
    spk_set_lang(&sp, "xx-none");
    CHECK(say(43, WASSER, &kept));
    spk_set_rate(&sp, SPK_RATE_DEFAULT);
    spk_set_lang(&sp, "en");
    printf("    English voice: %d samples, German: %d, German at 300 wpm: %d, no voice for xx-none: %d\n", en.n,
           de.n, de_fast.n, kept.n);
    CHECK(en.n > 0 && de.n > 0 && abs(de.n - en.n) > en.n / 100); /* the same voice gives the same samples */
    CHECK(de_fast.n > 0 && de_fast.n < de.n * 8 / 10);
    CHECK(kept.n > 0 && abs(kept.n - de_fast.n) <= de_fast.n / 50);
    free(en.pcm);
    free(de.pcm);
    free(de_fast.pcm);
    free(kept.pcm);
}

static void a_second_prepare_replaces_a_first_that_has_not_started(void)
{
    Speech s, first;
    /* While the caller holds the lock (SDL's mutexes are recursive), the
     * worker can start nothing: the first text is sure not to start. */
    SDL_LockMutex(sp.lock);
    CHECK_INT(spk_prepare(&sp, 6, LONG), 0);
    CHECK_INT(spk_take(&sp, 6, &first.pcm, &first.n, &first.rate), 0);
    CHECK_INT(spk_prepare(&sp, 7, RINSE), 0);
    CHECK_INT(spk_take(&sp, 6, &first.pcm, &first.n, &first.rate), -1);
    SDL_UnlockMutex(sp.lock);
    CHECK_INT(take_within(7, &s), 1);
    CHECK(s.rate > 0 && s.n > s.rate && s.n < 6 * s.rate); /* RINSE's length, not LONG's */
    CHECK_INT(spk_take(&sp, 6, &first.pcm, &first.n, &first.rate), -1);
    free(s.pcm);
}

static void empty_text_is_refused(void)
{
    Speech s;
    CHECK_INT(spk_prepare(&sp, 8, ""), -1);
    CHECK_INT(spk_prepare(&sp, 9, NULL), -1);
    SDL_Delay(20);
    CHECK_INT(spk_take(&sp, 8, &s.pcm, &s.n, &s.rate), -1);
    CHECK_INT(spk_take(&sp, 9, &s.pcm, &s.n, &s.rate), -1);
}

/* Waits until the worker has finished id (white box: sp.done, under its
 * lock); 1 when it has. */
static int finished_within(int id)
{
    double t0 = now_ms();
    for (;;) {
        SDL_LockMutex(sp.lock);
        int done = sp.done && sp.done_id == id;
        SDL_UnlockMutex(sp.lock);
        if (done || now_ms() - t0 > TIMEOUT_MS)
            return done;
        SDL_Delay(1);
    }
}

static void cancel_drops_the_waiting_text_and_the_finished_buffer(void)
{
    Speech s;
    CHECK_INT(spk_prepare(&sp, 11, RINSE), 0);
    CHECK(finished_within(11)); /* finished, not taken */
    SDL_LockMutex(sp.lock);     /* the worker starts nothing meanwhile */
    CHECK_INT(spk_prepare(&sp, 12, LONG), 0);
    spk_cancel(&sp);
    SDL_UnlockMutex(sp.lock);
    SDL_Delay(100);
    CHECK_INT(spk_take(&sp, 11, &s.pcm, &s.n, &s.rate), -1);
    CHECK_INT(spk_take(&sp, 12, &s.pcm, &s.n, &s.rate), -1);
    CHECK(say(13, RINSE, &s)); /* and it goes on */
    free(s.pcm);
}

/* Milliseconds from a spk_prepare of text to the worker being idle again,
 * with spk_cancel called as soon as the synthesis is seen running (when
 * cancel is set); -1 on a timeout. */
static double busy_ms(int id, const char *text, int cancel)
{
    double t0 = now_ms();
    int seen_running = 0;
    if (spk_prepare(&sp, id, text) != 0)
        return -1;
    for (;;) {
        SDL_LockMutex(sp.lock);
        int waiting = sp.pending != NULL, running = sp.running;
        if (running && cancel && !seen_running)
            spk_cancel(&sp);
        seen_running |= running;
        SDL_UnlockMutex(sp.lock);
        if (!waiting && !running)
            return cancel && !seen_running ? -1 : now_ms() - t0;
        if (now_ms() - t0 > TIMEOUT_MS)
            return -1;
    }
}

static void cancel_stops_a_running_synthesis(void)
{
    enum { TIMES = 10 };
    static char text[TIMES * sizeof LONG + 1]; /* each copy and its space, then the NUL */
    Speech s;
    text[0] = 0;
    for (int i = 0; i < TIMES; i++)
        strcat(strcat(text, LONG), " ");
    double whole = busy_ms(14, text, 0);
    CHECK_INT(take_within(14, &s), 1);
    free(s.pcm);
    double stopped = busy_ms(15, text, 1);
    printf("    %d words: synthesised in %.1f ms, cancelled while running after %.1f ms\n",
           count_words(text), whole, stopped);
    CHECK(whole > 0 && stopped >= 0 && stopped < whole / 2);
    CHECK_INT(spk_take(&sp, 15, &s.pcm, &s.n, &s.rate), -1);
}

/* The product plays a step's speech within 150 ms of the step change; it
 * prepares it ahead, but even a step prepared at the change is in time. */
static void a_typical_step_is_ready_within_150_ms_of_its_prepare(void)
{
    Speech s;
    double worst = 0, secs = 0, words = count_words(STEP);
    for (int i = 0; i < 5; i++) {
        CHECK(say(20 + i, STEP, &s));
        worst = s.ms > worst ? s.ms : worst;
        secs = s.rate > 0 ? (double)s.n / s.rate : 0;
        if (i == 4)
            printf("    %.0f words, %.2f s of speech: spk_prepare to spk_take's 1 in %.1f ms (worst of 5: "
                   "%.1f ms); the speech starts %.0f ms into the buffer\n",
                   words, secs, s.ms, worst, s.rate > 0 ? first_loud_sample(&s) * 1000.0 / s.rate : 0);
        free(s.pcm);
    }
    CHECK(worst < 150.0);
    /* about as long as its words take at SPK_RATE_DEFAULT words a minute */
    CHECK_NEAR(secs, words * 60.0 / SPK_RATE_DEFAULT, 0.3 * words * 60.0 / SPK_RATE_DEFAULT);
}

static void a_second_start_in_one_process_is_refused(void)
{
    spk_Ctx other;
    printf("    (the two lines \"cannot start again\" on stderr are this test's)\n");
    fflush(stdout);
    CHECK_INT(spk_open(&other, "en"), -1); /* while sp is open */
    spk_close(&sp);
    CHECK(!sp.open);
    CHECK_INT(spk_prepare(&sp, 30, RINSE), -1);
    spk_close(&sp);
    CHECK_INT(spk_open(&sp, "en"), -1); /* after it closed */
    CHECK(!sp.open);
}

#else /* built without speech */

static void without_speech_open_fails_and_calls_do_nothing(void)
{
    spk_Ctx s;
    int16_t *pcm = NULL;
    int n = 0, rate = 0;
    CHECK_INT(spk_open(&s, "en"), -1);
    CHECK_INT(spk_prepare(&s, 1, "Rinse."), -1);
    CHECK_INT(spk_take(&s, 1, &pcm, &n, &rate), -1);
    spk_set_rate(&s, 200);
    spk_cancel(&s);
    spk_close(&s);
}

#endif

int main(void)
{
#ifndef FM_SPEECH
    RUN(without_speech_open_fails_and_calls_do_nothing);
    if (check_failed)
        return check_summary();
    printf("test_speech: skipped: built with FACEMAP_SPEECH=OFF\n");
    return 77;
#else
    RUN(a_language_without_a_voice_fails_with_one_line_and_calls_do_nothing);
    RUN(missing_voice_data_fails_with_one_line_and_calls_do_nothing);
    RUN(english_opens_at_a_sample_rate);
    RUN(a_sentence_becomes_one_to_six_seconds_of_audible_speech);
    RUN(a_buffer_is_handed_over_once);
    RUN(pieces_come_while_the_text_is_made_and_add_up_to_the_whole);
    RUN(a_faster_rate_gives_a_shorter_buffer_for_the_same_text);
    RUN(the_voice_follows_the_language);
    RUN(a_second_prepare_replaces_a_first_that_has_not_started);
    RUN(empty_text_is_refused);
    RUN(cancel_drops_the_waiting_text_and_the_finished_buffer);
    RUN(cancel_stops_a_running_synthesis);
    RUN(a_typical_step_is_ready_within_150_ms_of_its_prepare);
    RUN(a_second_start_in_one_process_is_refused);
    return check_summary();
#endif
}
