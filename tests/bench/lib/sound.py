"""sound.py - what sound and the voice cost (issue 12): one session of
facemap in a real 1280x800 window (software renderer) on the benchmark's
Xvfb, with SDL's disk audio driver (SDL_AUDIODRIVER=disk: SDL writes what
it would play to SDL_DISKAUDIOFILE, silence included, one device buffer
at a time in real time from the moment the device opens) and a settings
file of its own with sound on and the voice on or off.

The routine is the real gentle nose cleanse (levels/gentle-nose-cleanse.json),
alone on the nose in a levels folder of the session's, so that Return on
the nose opens it: its first step has a 20 s timer and its words last
about 7 s. The session:

  launch; click the nose, Return: the first step starts (and, with the
  voice, is spoken: the audio device opens at that step, so the file
  starts there); CPU over SPEAK_S from 1 s after the step; with the
  voice, step -> speech_start from the events, and step -> first spoken
  sample from the audio file; (full runs: until the words end;) Escape
  twice, back on the map; SETTLE_S for the audio device to close (it
  does after 2 s of quiet); CPU idle on the map; then PSS.

The first spoken sample: this runner polls, about every millisecond, the
events file (flushed line by line) for the step and the audio file for
its creation (SDL creates it when the device opens and writes its first
buffer at once); the offset of the first sample at or above SILENCE in
the file, at 48 kHz mono 16-bit (what facemap asks; checked against how
fast the file grew), is when it was played after the device opened."""

import array
import os
import shutil
import time

import procs
import sessions

ROUTINE = "gentle-nose-cleanse"
RATE, FRAME_BYTES = 48000, 2  # facemap's AUD_RATE, mono S16 (src/shell/audio.h)
SILENCE = 64  # |sample| below this is silence (-54 dBFS)
SETTLE_S = 3.0  # after leaving: more than AUD_CLOSE_AFTER_MS (2 s) and the close


def _levels(ctx):
    """A levels folder with the face's zones and the one routine."""
    d = os.path.join(ctx.work, "sound-levels")
    if not os.path.isdir(d):
        os.makedirs(d)
        for name in ("zones.json", "safety.json", "schema.json", ROUTINE + ".json"):
            shutil.copy(os.path.join(ctx.src, "levels", name), d)
    return d


def _launch(ctx, voice):
    """Starts facemap with its own settings, events and audio file;
    returns (Program, events path, audio path)."""
    trace, log, progress = ctx.paths(f"sound-voice-{'on' if voice else 'off'}")
    home = trace + ".config"
    os.makedirs(os.path.join(home, "facemap"))
    with open(os.path.join(home, "facemap", "settings.json"), "w") as f:
        f.write('{"kind": "settings", "version": 1, "sound": true, "voice": %s}\n'
                % ("true" if voice else "false"))
    events, audio = progress + ".events", progress + ".raw"
    env = dict(ctx.env, XDG_CONFIG_HOME=home, SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=audio)
    argv = [ctx.facemap, "--renderer", "software", "--window", "1280x800", "--levels", _levels(ctx),
            "--assets", os.path.join(ctx.src, "assets"), "--progress", progress, "--events", events]
    return procs.Program(argv, env, trace, log), events, audio


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def _wait_for(path, text, count=1, timeout_s=10.0):
    """True once the file holds text count times."""
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if _read(path).count(text) >= count:
            return True
        time.sleep(0.02)
    return False


def _start_step(ctx, p, events, audio, before):
    """Opens the routine from the map; returns the runner's times (ms on
    procs.now_ms) of the step and of the audio file's creation, each the
    first poll that saw it (None: never seen)."""
    win = None
    for _ in range(250):
        win = win or ctx.disp.new_window(before)
        if win and '"screen":"map"' in _read(events):
            break
        time.sleep(0.02)
    if not win:
        return None, None
    cx, cy = sessions.nose_centre(ctx, "1280x800")
    sessions.xdo(ctx, "mousemove", str(win[1][0] + cx), str(win[1][1] + cy))
    time.sleep(0.1)
    sessions.xdo(ctx, "click", "1")
    if not _wait_for(events, '"screen":"zone"'):
        return None, None
    sessions.xdo(ctx, "key", "Return")
    t_step = t_open = None
    end = time.monotonic() + 10.0
    while time.monotonic() < end and (t_step is None or t_open is None):
        now = procs.now_ms()
        if t_step is None and '"event":"step"' in _read(events):
            t_step = now
        if t_open is None and os.path.exists(audio):
            t_open = now
        time.sleep(0.001)
    return t_step, t_open


def _event_t(events, name):
    for line in _read(events).splitlines():
        if f'"event":"{name}"' in line:
            return int(line.split('"t":')[1].split(",")[0])
    return None


def first_sample_ms(audio, t_open, t_read):
    """ms from the device's opening to the first sample played at or above
    SILENCE, or (None, why)."""
    try:
        with open(audio, "rb") as f:
            raw = f.read()
    except OSError as e:
        return None, f"no audio file ({e})"
    grown = len(raw) / (FRAME_BYTES * RATE) * 1000.0
    if not 0.8 <= grown / max(t_read - t_open, 1.0) <= 1.25:
        return None, f"{len(raw)} bytes in {t_read - t_open:.0f} ms: not 48 kHz mono 16-bit"
    x = array.array("h", raw[: len(raw) // 2 * 2])
    first = next((i for i, v in enumerate(x) if abs(v) >= SILENCE), None)
    if first is None:
        return None, "the audio file is silent"
    words = x[first: first + RATE // 5]
    rms = (sum(v * v for v in words) / len(words)) ** 0.5
    if rms < 300:
        return None, f"a click, not words (RMS {rms:.0f} over 0.2 s)"
    return first * 1000.0 / RATE, None


def _back_to_map(ctx, events):
    maps = _read(events).count('"screen":"map"')
    for screen in ("zone", "map"):
        seen = _read(events).count(f'"screen":"{screen}"')
        sessions.xdo(ctx, "key", "Escape")
        if not _wait_for(events, f'"screen":"{screen}"', seen + 1):
            return False
    return _read(events).count('"screen":"map"') > maps


def sound_session(ctx, voice):
    """One session; returns its figures (None where not measured) and a
    log line."""
    before = set(ctx.disp.toplevels())
    p, events, audio = _launch(ctx, voice)
    r = {"speak_cpu": None, "idle_cpu": None, "pss_mib": None}
    if voice:
        r.update(speech_start_ms=None, first_sample_ms=None)
    t_step, t_open = _start_step(ctx, p, events, audio, before)
    note = ""
    if t_step is not None:
        time.sleep(max(0.0, (t_step + 1000.0 - procs.now_ms()) / 1000.0))
        r["speak_cpu"], _ = p.cpu_percent(ctx.speak_s, [ctx.xvfb_pid])
        if voice:
            r["speech_start_ms"], note = _speech_figures(r, events, audio, t_step, t_open)
            if not ctx.short:
                _wait_for(events, '"event":"speech_end"', timeout_s=30.0)
        if _back_to_map(ctx, events):
            time.sleep(SETTLE_S)
            r["idle_cpu"], _ = p.cpu_percent(ctx.idle_s, [ctx.xvfb_pid])
            r["pss_mib"], _, _ = procs.memory(p.tree())
    p.stop()
    return r, note


def _speech_figures(r, events, audio, t_step, t_open):
    """Fills first_sample_ms; returns (step -> speech_start ms, a note)."""
    step, start = _event_t(events, "step"), _event_t(events, "speech_start")
    words = start - step if step is not None and start is not None else None
    if t_open is None:
        return words, "the audio device never opened"
    if t_open < t_step - 5:
        return words, "the audio device was open before the step"
    offset, why = first_sample_ms(audio, t_open, procs.now_ms())
    if offset is not None:
        r["first_sample_ms"] = t_open - t_step + offset
    return words, f"device opened {t_open - t_step:.0f} ms after the step" + (f"; {why}" if why else "")
