#!/usr/bin/env bash
# The test suite under the sanitizers, each build in its own folder:
#
#   scripts/test-sanitizers.sh [--asan-only | --tsan-only] [CTEST ARGS...]
#
#  1. AddressSanitizer + UndefinedBehaviorSanitizer (-fno-sanitize-recover=all, so
#     the first report fails its test), LeakSanitizer included: the whole suite,
#     in $NETWRIGHT_ASAN_BUILD_DIR [build-asan].
#  2. ThreadSanitizer: the training, training-session and window tests (where the
#     threads are), in $NETWRIGHT_TSAN_BUILD_DIR [build-tsan].
# Suppressions (tests/sanitizers/*.supp) are for Qt's and the system's internals
# only, each with its reason. Timing-labelled tests are left out: sanitizers slow
# code 2-15x, and those tests measure latency, not correctness.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
# ccache shares objects between clones (see scripts/build.sh).
export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=true

run_asan=1
run_tsan=1
ctest_args=()
for arg in "$@"; do
    case $arg in
    --asan-only) run_tsan=0 ;;
    --tsan-only) run_asan=0 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) ctest_args+=("$arg") ;;
    esac
done

./scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

configure() {
    local dir=$1 flags=$2
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS="$flags -fno-omit-frame-pointer" \
            -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags"
    fi
}

if [ "$run_asan" -eq 1 ]; then
    asan_dir=${NETWRIGHT_ASAN_BUILD_DIR:-build-asan}
    configure "$asan_dir" "-fsanitize=address,undefined -fno-sanitize-recover=all"
    cmake --build "$asan_dir"
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer: the whole suite"
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1" \
    LSAN_OPTIONS="suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$repo/tests/sanitizers/ubsan.supp" \
        ctest --test-dir "$asan_dir" --output-on-failure --timeout 1500 -LE timing "${ctest_args[@]}"
fi

if [ "$run_tsan" -eq 1 ]; then
    tsan_dir=${NETWRIGHT_TSAN_BUILD_DIR:-build-tsan}
    configure "$tsan_dir" "-fsanitize=thread"
    cmake --build "$tsan_dir" --target training_tests training_session_tests gui_tests
    echo "== ThreadSanitizer: training, session and window tests"
    # die_after_fork=0: QProcess (the window tests run netwright-cli and child
    # windows) forks the multi-threaded test and execs at once; TSan would otherwise
    # stop the child.
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$repo/tests/sanitizers/tsan.supp" \
        ctest --test-dir "$tsan_dir" --output-on-failure --timeout 1500 -LE timing \
        -L '^(training_tests|training_session_tests|gui_tests)$' "${ctest_args[@]}"
fi
