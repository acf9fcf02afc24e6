/* test_audio.c - the sound cues (shell/audio.c), heard through SDL's disk
 * audio driver: SDL_AUDIODRIVER=disk writes what the device would play to
 * the raw file SDL_DISKAUDIOFILE names, in the device's format, in real
 * time (it sleeps a buffer's length between writes, and writes silence
 * while paused), so each take lasts as long as its sound. Each take opens
 * the device, plays, calls aud_poll every 5 ms until aud_busy_ms is 0,
 * closes, and reads the file back. The end chime must be loud, mostly
 * between 1 and 4 kHz, made of several partials and decaying; volume 50
 * must halve it and 0 silence it; the tick must be shorter and quieter;
 * the step and done cues must rise; another rate, format and channel
 * count must give the same sound; speech PCM must be resampled; cues must
 * follow each other and not pile up; and without a device (the dummy
 * driver, a driver that does not exist) aud_open must print exactly one
 * line and every other call do nothing. About 7 s of sound in all.
 * Built on its own with SDL2 by tests/CMakeLists.txt. */
#define _POSIX_C_SOURCE 200809L /* setenv, mkdtemp, dup */
#include "check.h"

#include "shell/audio.h"

#include <stdlib.h>
#include <unistd.h>

#define PI 3.14159265358979323846
#define PUMP_TIMEOUT_MS 5000
#define SILENT 0.001 /* -60 dBFS: quieter than this is taken as silence */

static char dir[64];
static int ntakes;

/* What to play in a take. */
typedef struct {
    int freq, channels;
    SDL_AudioFormat format;
    int cue, cue2;           /* -1: none; cue2 is played right after cue */
    int volume;
    const int16_t *pcm;      /* or speech samples */
    int npcm, pcm_rate;
} Ask;

/* What came out. */
typedef struct {
    float *x, *y;            /* channel 0 and the last channel, -1..1 */
    int n, rate, channels;
    int opened;
    long long busy_after_play;
    SDL_AudioStatus status_after_play, status_after;
    long long busy_after;
    int pumped;              /* aud_poll paused it within PUMP_TIMEOUT_MS */
} Take;

static Ask ask(int cue, int volume)
{
    return (Ask){AUD_RATE, 1, AUDIO_S16SYS, cue, -1, volume, NULL, 0, 0};
}

/* Reads a raw file of spec's format into t->x and t->y. */
static void read_raw(Take *t, const char *path, const SDL_AudioSpec *spec)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *raw = malloc(size > 0 ? (size_t)size : 1);
    size_t got = raw ? fread(raw, 1, (size_t)size, f) : 0;
    fclose(f);
    int f32 = spec->format == AUDIO_F32SYS, bps = f32 ? 4 : 2, ch = spec->channels;
    t->n = (int)(got / (size_t)(bps * ch));
    t->x = calloc((size_t)t->n + 1, sizeof *t->x);
    t->y = calloc((size_t)t->n + 1, sizeof *t->y);
    for (int i = 0; raw && t->x && t->y && i < t->n; i++) {
        for (int c = 0; c < ch; c += ch > 1 ? ch - 1 : 1) {
            const unsigned char *p = raw + ((size_t)i * ch + c) * bps;
            float v;
            int16_t s;
            if (f32)
                memcpy(&v, p, 4);
            else {
                memcpy(&s, p, 2);
                v = s / 32768.0f;
            }
            (c == 0 ? t->x : t->y)[i] = v;
            if (ch == 1)
                t->y[i] = v;
        }
    }
    free(raw);
}

/* Calls aud_poll every 5 ms until aud_busy_ms is 0; 0 on timeout. */
static int pump(aud_Ctx *a)
{
    for (int waited = 0; waited < PUMP_TIMEOUT_MS; waited += 5) {
        aud_poll(a);
        if (!a->playing)
            return 1;
        SDL_Delay(5);
    }
    return 0;
}

static Take record(Ask q)
{
    Take t;
    memset(&t, 0, sizeof t);
    char path[96];
    snprintf(path, sizeof path, "%s/take%d.raw", dir, ntakes++);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", path, 1);
    aud_Ctx a;
    t.opened = aud_open_as(&a, q.freq, q.format, q.channels) == 0;
    if (!t.opened)
        return t;
    SDL_AudioSpec spec = a.spec;
    t.rate = spec.freq;
    t.channels = spec.channels;
    if (q.cue >= 0)
        aud_play(&a, (aud_Cue)q.cue, q.volume);
    if (q.cue2 >= 0)
        aud_play(&a, (aud_Cue)q.cue2, q.volume);
    if (q.pcm)
        aud_play_samples(&a, q.pcm, q.npcm, q.pcm_rate, q.volume);
    t.busy_after_play = aud_busy_ms(&a);
    t.status_after_play = SDL_GetAudioDeviceStatus(a.dev);
    t.pumped = pump(&a);
    t.status_after = SDL_GetAudioDeviceStatus(a.dev);
    t.busy_after = aud_busy_ms(&a);
    aud_close(&a);
    read_raw(&t, path, &spec);
    remove(path);
    return t;
}

static void drop(Take *t)
{
    free(t->x);
    free(t->y);
}

/* The end chime at volume 100, taken once and shared. */
static const Take *end100(void)
{
    static Take t;
    static int done;
    if (!done)
        t = record(ask(AUD_END, 100));
    done = 1;
    return &t;
}

static float peak_of(const float *x, int n)
{
    float p = 0;
    for (int i = 0; i < n; i++)
        p = fmaxf(p, fabsf(x[i]));
    return p;
}

/* The first sample louder than SILENT, or n. */
static int onset(const Take *t)
{
    int i = 0;
    while (i < t->n && fabsf(t->x[i]) <= SILENT)
        i++;
    return i;
}

/* Seconds from the first to the last sample louder than SILENT. */
static double sounding_s(const Take *t)
{
    int last = t->n - 1;
    while (last >= 0 && fabsf(t->x[last]) <= SILENT)
        last--;
    int first = onset(t);
    return last > first ? (double)(last - first + 1) / t->rate : 0.0;
}

/* |X(f)|^2 of x[0..n) (Goertzel). */
static double power_at(const float *x, int n, double f, int rate)
{
    double c = 2 * cos(2 * PI * f / rate), s1 = 0, s2 = 0;
    for (int i = 0; i < n; i++) {
        double s = x[i] + c * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    return s1 * s1 + s2 * s2 - c * s1 * s2;
}

/* The share of x[0..n)'s energy in the DFT bins between lo and hi Hz
 * (Parseval: a bin k and its mirror n - k hold 2|X_k|^2 / n). */
static double share_between(const float *x, int n, int rate, double lo, double hi)
{
    double all = 0, band = 0;
    for (int i = 0; i < n; i++)
        all += (double)x[i] * x[i];
    for (int k = (int)ceil(lo * n / rate); k <= (int)(hi * n / rate) && k < n / 2; k++)
        band += 2 * power_at(x, n, (double)k * rate / n, rate) / n;
    return all > 0 ? band / all : 0;
}

/* The frequency from lo to hi Hz, in steps of 2 Hz, where x is strongest. */
static double strongest(const float *x, int n, int rate, double lo, double hi)
{
    double best = lo, bp = -1;
    for (double f = lo; f <= hi; f += 2) {
        double p = power_at(x, n, f, rate);
        if (p > bp) {
            bp = p;
            best = f;
        }
    }
    return best;
}

/* Spectral peaks of x[0..n) up to 12 kHz, in 50 Hz bands, that hold more
 * than 1% of the energy: bands stronger than both neighbours. */
static int partials(const float *x, int n, int rate)
{
    enum { BANDS = 240 };
    static double band[BANDS];
    double all = 0;
    memset(band, 0, sizeof band);
    for (int k = 1; k < n / 2 && (double)k * rate / n < BANDS * 50; k++) {
        double p = 2 * power_at(x, n, (double)k * rate / n, rate) / n;
        band[(int)((double)k * rate / n / 50)] += p;
        all += p;
    }
    int count = 0;
    for (int b = 1; b + 1 < BANDS; b++)
        if (band[b] > 0.01 * all && band[b] > band[b - 1] && band[b] > band[b + 1])
            count++;
    return count;
}

/* RMS of the 100 ms window i after the onset. */
static double rms_window(const Take *t, int i)
{
    int w = t->rate / 10, s = onset(t) + i * w;
    double e = 0;
    for (int k = s; k < s + w && k < t->n; k++)
        e += (double)t->x[k] * t->x[k];
    return sqrt(e / w);
}

/* Where the window of 100 ms starting at sec s after the onset is strongest. */
static double pitch_at(const Take *t, double s)
{
    int from = onset(t) + (int)(s * t->rate), w = t->rate / 10;
    if (from + w > t->n)
        return 0;
    return strongest(t->x + from, w, t->rate, 200, 4000);
}

static void the_end_chime_is_loud_about_a_second_long_and_takes_aud_busy_ms_while_queued(void)
{
    const Take *t = end100();
    CHECK(t->opened);
    CHECK_INT(t->status_after_play, SDL_AUDIO_PLAYING);
    CHECK(t->busy_after_play >= 1100); /* 1.1 s queued and a buffer */
    CHECK(t->busy_after_play <= 1100 + 2 * 1000 * AUD_PERIOD / AUD_RATE);
    CHECK_NEAR(peak_of(t->x, t->n), 0.708, 0.02); /* -3 dBFS */
    double s = sounding_s(t);
    if (s < 0.8 || s > 1.2)
        printf("    sounding for %.3f s\n", s);
    CHECK(s >= 0.8 && s <= 1.2);
}

static void after_the_chime_aud_poll_has_paused_the_device_until_it_closes(void)
{
    const Take *t = end100();
    CHECK(t->pumped);
    CHECK_INT(t->status_after, SDL_AUDIO_PAUSED);
    CHECK(t->busy_after > 0 && t->busy_after <= AUD_CLOSE_AFTER_MS); /* wake then to close it */
}

/* After AUD_CLOSE_AFTER_MS of quiet the device is closed (no audio
 * thread while the app is idle), and the next cue opens it again. */
static void a_quiet_device_is_closed_and_the_next_cue_opens_it_again(void)
{
    char path[96];
    snprintf(path, sizeof path, "%s/reopen.raw", dir);
    setenv("SDL_DISKAUDIOFILE", path, 1);
    aud_Ctx a;
    CHECK_INT(aud_open(&a), 0);
    aud_play(&a, AUD_TICK, 100);
    CHECK(pump(&a));
    CHECK(a.dev != 0);
    SDL_Delay(AUD_CLOSE_AFTER_MS + 50);
    aud_poll(&a);
    CHECK(a.dev == 0);
    CHECK_INT(aud_busy_ms(&a), 0);
    aud_play(&a, AUD_TICK, 100);
    CHECK(a.dev != 0 && a.playing);
    CHECK(aud_busy_ms(&a) > 0);
    CHECK(pump(&a));
    aud_close(&a);
    CHECK(a.dev == 0 && !a.ready);
}

static void the_end_chime_has_its_energy_mostly_between_1_and_4_khz_in_several_partials(void)
{
    const Take *t = end100();
    int from = onset(t), n = t->rate / 2; /* the first half second */
    CHECK(from + n <= t->n);
    if (from + n > t->n)
        return;
    double share = share_between(t->x + from, n, t->rate, 1000, 4000);
    printf("    %.1f%% of the energy between 1 and 4 kHz\n", 100 * share);
    CHECK(share >= 0.8);
    int np = partials(t->x + from, t->rate / 10, t->rate);
    printf("    %d partials\n", np);
    CHECK(np >= 3);
}

static void the_end_chime_decays_by_more_than_20_db_in_its_second(void)
{
    const Take *t = end100();
    double first = rms_window(t, 0), prev = first;
    for (int i = 1; i <= 8; i++) {
        double r = rms_window(t, i);
        CHECK(r < prev);
        prev = r;
    }
    printf("    %.1f dB from the first 100 ms to 0.8 s\n", 20 * log10(prev / first));
    CHECK(prev < 0.1 * first);
}

static void volume_50_gives_half_the_amplitude_of_volume_100(void)
{
    Take t = record(ask(AUD_END, 50));
    CHECK(t.opened);
    CHECK_NEAR(peak_of(t.x, t.n) / peak_of(end100()->x, end100()->n), 0.5, 0.01);
    drop(&t);
}

static void volume_0_plays_nothing_and_leaves_the_device_paused(void)
{
    Take t = record(ask(AUD_END, 0));
    CHECK(t.opened);
    CHECK(t.busy_after_play <= AUD_CLOSE_AFTER_MS); /* nothing queued: only the wait to close */
    CHECK_INT(t.status_after_play, SDL_AUDIO_PAUSED);
    CHECK(peak_of(t.x, t.n) == 0.0f);
    drop(&t);
}

static void the_tick_is_shorter_and_quieter_than_the_end_chime(void)
{
    Take t = record(ask(AUD_TICK, 100));
    double s = sounding_s(&t);
    float p = peak_of(t.x, t.n), end = peak_of(end100()->x, end100()->n);
    printf("    tick: %.0f ms, peak %.1f dB under the chime's\n", 1000 * s, 20 * log10(p / end));
    CHECK(s > 0.015 && s < 0.06);
    CHECK(p > 0.05 && p < 0.5f * end);
    drop(&t);
}

static void the_step_cue_is_two_rising_notes_in_under_half_a_second(void)
{
    Take t = record(ask(AUD_STEP, 100));
    double s = sounding_s(&t), lo = pitch_at(&t, 0.0), hi = pitch_at(&t, 0.16);
    printf("    step: %.0f ms, %.0f Hz then %.0f Hz\n", 1000 * s, lo, hi);
    CHECK(s > 0.25 && s < 0.45);
    CHECK(lo > 400 && hi > lo * 1.2);
    CHECK(peak_of(t.x, t.n) < peak_of(end100()->x, end100()->n));
    drop(&t);
}

static void the_done_cue_is_three_rising_notes_in_under_a_second(void)
{
    Take t = record(ask(AUD_DONE, 100));
    double s = sounding_s(&t), p0 = pitch_at(&t, 0.0), p1 = pitch_at(&t, 0.16), p2 = pitch_at(&t, 0.31);
    printf("    done: %.0f ms, %.0f, %.0f, %.0f Hz\n", 1000 * s, p0, p1, p2);
    CHECK(s > 0.7 && s < 1.0);
    CHECK(p0 > 400 && p1 > p0 * 1.1 && p2 > p1 * 1.1);
    drop(&t);
}

static void a_float_stereo_device_at_44100_hz_plays_the_same_chime_in_both_channels(void)
{
    Ask q = ask(AUD_END, 100);
    q.freq = 44100;
    q.format = AUDIO_F32SYS;
    q.channels = 2;
    Take t = record(q);
    CHECK_INT(t.rate, 44100);
    CHECK_INT(t.channels, 2);
    CHECK(t.n > 0 && memcmp(t.x, t.y, (size_t)t.n * sizeof *t.x) == 0);
    CHECK_NEAR(peak_of(t.x, t.n), 0.708, 0.02);
    CHECK_NEAR(sounding_s(&t), sounding_s(end100()), 0.02);
    CHECK_NEAR(pitch_at(&t, 0.0), pitch_at(end100(), 0.0), 4); /* rendered at the device's rate */
    drop(&t);
}

static void speech_samples_at_22050_hz_are_resampled_to_the_device_rate(void)
{
    enum { RATE = 22050, N = RATE * 3 / 10 }; /* 0.3 s of 1 kHz at half scale */
    static int16_t pcm[N];
    for (int i = 0; i < N; i++)
        pcm[i] = (int16_t)lrint(16384 * sin(2 * PI * 1000.0 * i / RATE));
    Ask q = ask(-1, 100);
    q.pcm = pcm;
    q.npcm = N;
    q.pcm_rate = RATE;
    Take t = record(q);
    CHECK(t.busy_after_play >= 300);
    CHECK_NEAR(sounding_s(&t), 0.3, 0.005);
    CHECK_NEAR(pitch_at(&t, 0.1), 1000, 4);
    CHECK_NEAR(peak_of(t.x, t.n), 0.5, 0.01);
    drop(&t);
}

/* The first sample that is not 0, or n. */
static int first_sound(const Take *t)
{
    int i = 0;
    while (i < t->n && t->x[i] == 0.0f)
        i++;
    return i;
}

static void a_cue_played_while_another_sounds_follows_it(void)
{
    Ask q = ask(AUD_STEP, 100);
    q.cue2 = AUD_TICK;
    Take t = record(q), tick = record(ask(AUD_TICK, 100));
    /* the tick, sample for sample, where the step's 0.35 s end (give or
     * take the few silent samples each cue starts with) */
    int at = first_sound(&t) + (int)(0.35f * (float)t.rate), tf = first_sound(&tick);
    int n = (int)(0.04f * (float)t.rate) - 4, found = 0;
    for (int p = at - 4; p <= at + 4 && tf + n <= tick.n && p + n <= t.n; p++)
        found |= memcmp(t.x + p, tick.x + tf, (size_t)n * sizeof *t.x) == 0;
    CHECK(found);
    drop(&tick);
    drop(&t);
}

static void a_cue_is_dropped_when_more_than_aud_max_wait_ms_is_waiting(void)
{
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);
    aud_Ctx a;
    CHECK_INT(aud_open(&a), 0);
    aud_play(&a, AUD_END, 100);
    long long one = aud_busy_ms(&a);
    aud_play(&a, AUD_END, 100); /* 1.1 s waiting: still under 1.2 s, queued */
    long long two = aud_busy_ms(&a);
    aud_play(&a, AUD_STEP, 100); /* 2.2 s waiting: dropped */
    long long three = aud_busy_ms(&a);
    printf("    busy %lld, %lld, %lld ms\n", one, two, three);
    CHECK(two >= one + 1000);
    CHECK(three <= two);
    aud_play_samples(&a, (const int16_t[]){1000, 2000, 1000}, 3, 1000, 100); /* samples always queue */
    CHECK(aud_busy_ms(&a) > three);
    aud_close(&a);
}

/* aud_open with this driver, stderr going to a file; its lines in out. */
static int open_without_sound(const char *driver, aud_Ctx *a, char *out, size_t n)
{
    setenv("SDL_AUDIODRIVER", driver, 1);
    FILE *f = tmpfile();
    fflush(stderr);
    int saved = dup(2);
    dup2(fileno(f), 2);
    int rc = aud_open(a);
    aud_play(a, AUD_END, 100);
    aud_play_samples(a, (const int16_t[]){1, 2, 3}, 3, 22050, 100);
    aud_poll(a);
    long long busy = aud_busy_ms(a);
    aud_close(a);
    aud_close(a);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(f);
    size_t got = fread(out, 1, n - 1, f);
    out[got] = '\0';
    fclose(f);
    CHECK_INT(busy, 0);
    return rc;
}

static int lines_in(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void without_a_device_aud_open_says_so_in_one_line_and_every_call_does_nothing(void)
{
    static const char *drivers[] = {"dummy", "no-such-driver"};
    for (int i = 0; i < 2; i++) {
        char out[1024];
        aud_Ctx a;
        CHECK_INT(open_without_sound(drivers[i], &a, out, sizeof out), -1);
        printf("    %s: %s", drivers[i], out);
        CHECK_INT(lines_in(out), 1);
        CHECK(strncmp(out, "facemap: no sound: ", 19) == 0);
        CHECK(strstr(out, "; the trainer runs silently\n") != NULL);
        CHECK_INT(a.dev, 0);
    }
}

static void quiet(void *userdata, int category, SDL_LogPriority priority, const char *message)
{
    (void)userdata, (void)category, (void)priority, (void)message;
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/test_audio.XXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    SDL_LogSetOutputFunction(quiet, NULL); /* the disk driver's "You are using..." */
    RUN(the_end_chime_is_loud_about_a_second_long_and_takes_aud_busy_ms_while_queued);
    RUN(after_the_chime_aud_poll_has_paused_the_device_until_it_closes);
    RUN(a_quiet_device_is_closed_and_the_next_cue_opens_it_again);
    RUN(the_end_chime_has_its_energy_mostly_between_1_and_4_khz_in_several_partials);
    RUN(the_end_chime_decays_by_more_than_20_db_in_its_second);
    RUN(volume_50_gives_half_the_amplitude_of_volume_100);
    RUN(volume_0_plays_nothing_and_leaves_the_device_paused);
    RUN(the_tick_is_shorter_and_quieter_than_the_end_chime);
    RUN(the_step_cue_is_two_rising_notes_in_under_half_a_second);
    RUN(the_done_cue_is_three_rising_notes_in_under_a_second);
    RUN(a_float_stereo_device_at_44100_hz_plays_the_same_chime_in_both_channels);
    RUN(speech_samples_at_22050_hz_are_resampled_to_the_device_rate);
    RUN(a_cue_played_while_another_sounds_follows_it);
    RUN(a_cue_is_dropped_when_more_than_aud_max_wait_ms_is_waiting);
    RUN(without_a_device_aud_open_says_so_in_one_line_and_every_call_does_nothing);
    rmdir(dir);
    return check_summary();
}
