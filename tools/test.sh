#!/usr/bin/env bash
# Builds facemap and runs every test: unit tests of the core, the schema
# check of the level files, headless replays of the real binary, and a real
# window under Xvfb clicked by xdotool; the robustness tests (kills while
# saving, a full disk, hostile progress files, a soak, valgrind, a short
# fuzz of each parser). Then the unit, replay, check and Xvfb tests again,
# built with AddressSanitizer and UndefinedBehaviorSanitizer in
# ./build-asan: a real window under the sanitizers too.
# Installs what is missing first. Both builds turn warnings into errors
# (FACEMAP_WERROR=ON; it is off by default for distributions' compilers).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --test
export SDL_VIDEODRIVER=dummy
# no test reads or writes the settings of whoever runs them (tests that
# change settings set their own folder on top of this one)
XDG_CONFIG_HOME=$(mktemp -d /tmp/facemap-tests-config.XXXXXX)
export XDG_CONFIG_HOME
rc=0
ctest --test-dir build --output-on-failure -j2 "$@" || rc=$?

echo "test: the unit, replay, check and xvfb tests under ASan and UBSan (build-asan)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACEMAP_SANITIZE=ON -DFACEMAP_BENCH=OFF \
      -DFACEMAP_WERROR=ON >/dev/null
cmake --build build-asan -j"$(nproc)" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j2 -R 'unit|replay|check|xvfb' || rc=$?
exit $rc
