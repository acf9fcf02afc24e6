#!/usr/bin/env bash
# build.sh - builds the libFuzzer targets tests/fuzz/fuzz_*.c with clang
# (-fsanitize=fuzzer,address,undefined) against the core sources, in their
# own folder, apart from the normal gcc build.
#   tests/fuzz/build.sh [OUT]     (default OUT: build-fuzz in the source tree)
# Exits 77 (the tests' "skipped") with a message when clang or its libFuzzer
# runtime is missing. A new target is one more tests/fuzz/fuzz_NAME.c
# (defining LLVMFuzzerTestOneInput) plus seeds in tests/fuzz/corpus/NAME/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build-fuzz}
CC=${FUZZ_CC:-clang}
mkdir -p "$OUT/obj"

if ! command -v "$CC" >/dev/null; then
  echo "fuzz: skipped: $CC is not installed (apt-get install clang)"; exit 77
fi
probe="$OUT/probe"
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' > "$probe.c"
if ! "$CC" -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" 2>"$probe.log"; then
  echo "fuzz: skipped: $CC has no libFuzzer runtime (apt-get install libclang-rt-dev): $(head -c 300 "$probe.log")"
  exit 77
fi

FLAGS=(-std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fno-omit-frame-pointer
       -fsanitize=address,undefined -fno-sanitize-recover=undefined -I "$ROOT/src")
# The core once, instrumented for coverage but without libFuzzer's main.
objs=()
for src in "$ROOT"/src/core/*.c; do
  obj="$OUT/obj/$(basename "${src%.c}").o"
  if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "$ROOT/src/core" -name '*.h' -newer "$obj")" ]; then
    "$CC" "${FLAGS[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done
for harness in "$ROOT"/tests/fuzz/fuzz_*.c; do
  name=$(basename "${harness%.c}")
  # _DEFAULT_SOURCE for MAP_ANONYMOUS in guard.h (harnesses only)
  "$CC" "${FLAGS[@]}" -D_DEFAULT_SOURCE -fsanitize=fuzzer "$harness" "${objs[@]}" -lcjson -lm \
    -o "$OUT/$name"
done
echo "fuzz: built $(ls "$ROOT"/tests/fuzz/fuzz_*.c | wc -l) targets in $OUT"
