#!/usr/bin/env bash
# tests/audio/mutants.sh [ROOT] - shows that test_audio's checks can fail:
# breaks src/shell/audio.c one way at a time (in a copy), builds the test
# against it and expects it to fail, naming the test that caught it. Each
# mutant plays the test's 7 s of sound, so the whole run takes about two
# minutes. Exits 1 if a mutant survived or did not apply.
set -u
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
work=$(mktemp -d /tmp/audio-mutants.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/shell"
cp "$root/src/shell/audio.h" "$work/src/shell/"

# name | sed expression on audio.c
mutants=(
  "chime an octave and a half lower|s/{{0.0f, 1174.66f, 0.24f}}/{{0.0f, 440.0f, 0.24f}}/"
  "chime a pure tone|s/static const Partial BELL\[\] = .*/static const Partial BELL[] = {{1.0f, 1.0f, 1.0f}};/"
  "chime that hardly decays|s/{{0.0f, 1174.66f, 0.24f}}/{{0.0f, 1174.66f, 2.4f}}/"
  "chime 0.5 s long|s/BELL, N(BELL), 0.002f, 1.1f/BELL, N(BELL), 0.002f, 0.5f/"
  "volume as a square root|s|return (float)(volume > 100 ? 100 : volume) / 100.0f;|return sqrtf((float)(volume > 100 ? 100 : volume) / 100.0f);|"
  "volume 0 still plays|s/volume <= 0)$/volume < 0)/"
  "tick as loud as the chime|s/0.001f, 0.04f, -18.0f/0.001f, 0.04f, -3.0f/"
  "tick 0.2 s long|s/{{0.0f, 1760.0f, 0.008f}}/{{0.0f, 1760.0f, 0.05f}}/;s/0.001f, 0.04f, -18.0f/0.001f, 0.2f, -18.0f/"
  "step on one note|s/{0.14f, 1174.66f, 0.11f}/{0.14f, 880.0f, 0.11f}/"
  "done falling|s/{0.30f, 1567.98f, 0.18f}/{0.30f, 987.77f, 0.18f}/"
  "cues rendered at 48 kHz whatever the device|s/render(&CUES\[c\], a->spec.freq,/render(\&CUES[c], AUD_RATE,/"
  "only the first channel|s/float s = c < 2 ? v : 0.0f;/float s = c < 1 ? v : 0.0f;/"
  "speech played 10% slow|s|double step = (double)rate / a->spec.freq;|double step = 0.9 * rate / a->spec.freq;|"
  "poll never pauses|s/SDL_PauseAudioDevice(a->dev, 1);/(void)0;/"
  "busy ignores the queue|s|long long frames = SDL_GetQueuedAudioSize(a->dev) / (Uint32)frame_bytes(a) + a->spec.samples;|long long frames = a->spec.samples;|"
  "cues never dropped|s/if (queued \* 1000 > /if (0 \&\& queued * 1000 > /"
  "a new cue cuts the one playing|s/    queue_mono(a, a->cue\[c\], a->len\[c\], gain_of(volume));/    SDL_ClearQueuedAudio(a->dev);\n&/"
  "the dummy driver taken for sound|s/strcmp(drv, \"dummy\") == 0/strcmp(drv, \"dummy\") == 1/"
  "two lines without sound|s/        fprintf(stderr, \"facemap: no sound: %s; the trainer runs silently\\\\n\", why);/&\n&/"
)

survived=0
for m in "${mutants[@]}"; do
  name=${m%%|*}
  expr=${m#*|}
  sed "$expr" "$root/src/shell/audio.c" > "$work/src/shell/audio.c"
  if cmp -s "$root/src/shell/audio.c" "$work/src/shell/audio.c"; then
    echo "DID NOT APPLY  $name"
    survived=1
    continue
  fi
  if ! gcc -std=c11 -O1 -I"$work/src" -I"$root/tests/unit" $(sdl2-config --cflags) \
      "$root/tests/unit/shell/test_audio.c" "$work/src/shell/audio.c" $(sdl2-config --libs) -lm \
      -o "$work/t" 2> "$work/cc.log"; then
    echo "DID NOT BUILD  $name"; cat "$work/cc.log"
    survived=1
    continue
  fi
  if "$work/t" > "$work/out.log" 2>&1; then
    echo "SURVIVED       $name"
    survived=1
  else
    echo "caught         $name: $(grep '^FAIL' "$work/out.log" | sed 's/^FAIL //' | tr '\n' ' ')"
  fi
done
exit $survived
