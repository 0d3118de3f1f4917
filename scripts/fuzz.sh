#!/usr/bin/env bash
# Fuzzes every reader of outside data with libFuzzer (clang, ASan + UBSan), each
# harness from its seed corpus (tests/fuzz/seeds.txt: valid fixtures and
# tests/corrupt), in its own build folder.
#
#   scripts/fuzz.sh [--seconds N] [--parallel P] [HARNESS...]
#
#   --seconds N    how long each harness runs [60]
#   --parallel P   how many harnesses run at once [1]
#   HARNESS        names from tests/fuzz/seeds.txt [all of them]
#
# Limits per input: 1 s (a slower input is a hang) and 1 GB of memory (a bigger
# one is an out-of-memory); crashes, leaks and sanitizer reports count too. A hang
# or out-of-memory must happen again when the input runs alone (on a busy machine
# the wall clock lies). Every finding is copied to tests/corrupt/fuzz/HARNESS/,
# where the normal build's ctest Fuzz.HARNESS.ReplaysSeedsAndCorruptCorpus
# replays it: fix it, keep the file. The corpus each harness grew is kept in
# $NETWRIGHT_FUZZ_BUILD_DIR/corpus for the next run. Prints per harness the
# executions, coverage (edges), features, corpus size and findings; exits 1 if
# anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
# ccache shares objects between clones (see scripts/build.sh).
export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=true

seconds=60
parallel=1
harnesses=()
while [ $# -gt 0 ]; do
    case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "fuzz: unknown option $1" >&2; exit 2 ;;
    *) harnesses+=("$1"); shift ;;
    esac
done

declare -A seeds
while read -r name dirs; do
    seeds[$name]=$dirs
done < <(grep -E '^[a-z]' tests/fuzz/seeds.txt)
if [ ${#harnesses[@]} -eq 0 ]; then
    mapfile -t harnesses < <(grep -E '^[a-z]' tests/fuzz/seeds.txt | awk '{ print $1 }')
fi
for h in "${harnesses[@]}"; do
    if [ -z "${seeds[$h]:-}" ]; then
        echo "fuzz: no harness '$h' (known: ${!seeds[*]})" >&2
        exit 2
    fi
done

# Everything the normal build needs, then clang and libFuzzer (Debian 12's LLVM 14),
# which only fuzzing needs.
./scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends clang libfuzzer-14-dev
fi

build_dir=${NETWRIGHT_FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$build_dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNETWRIGHT_FUZZ=ON -DNETWRIGHT_BUILD_TESTS=OFF
fi
cmake --build "$build_dir" --target "${harnesses[@]/#/fuzz_}"

# Leaks are findings; UBSan stops at the first report (built with -fno-sanitize-recover).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export QT_QPA_PLATFORM=offscreen

run_one() {
    local h=$1
    local corpus=$build_dir/corpus/$h findings=$build_dir/findings/$h log=$build_dir/logs/$h.log
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    local dirs=()
    for d in ${seeds[$h]}; do dirs+=("$repo/$d"); done
    [ -d "tests/corrupt/fuzz/$h" ] && dirs+=("$repo/tests/corrupt/fuzz/$h")
    # -fork keeps going after a finding, so one run reports all of them.
    "$build_dir/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "${dirs[@]}" >"$log" 2>&1 || true
}

pids=()
for h in "${harnesses[@]}"; do
    run_one "$h" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$parallel" ]; then
        wait "${pids[0]}"
        pids=("${pids[@]:1}")
    fi
done
wait

status=0
printf '%-12s %12s %8s %9s %8s %9s\n' harness executions edges features corpus findings
for h in "${harnesses[@]}"; do
    log=$build_dir/logs/$h.log
    findings=$build_dir/findings/$h
    # The last status line libFuzzer printed: "#N ... cov: E ft: F corp: C/..."
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
    edges=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    features=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corpus=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
    found=0
    unconfirmed=0
    for f in "$findings"/*; do
        [ -e "$f" ] || continue
        # A hang or out-of-memory seen while the machine was busy is tried once more
        # alone, with the same limits; what does not happen again is reported, not kept.
        case $(basename "$f") in
        timeout-* | oom-* | slow-unit-*)
            if "$build_dir/tests/fuzz/fuzz_$h" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 "$f" \
                >>"$log.confirm" 2>&1; then
                unconfirmed=$((unconfirmed + 1))
                continue
            fi
            ;;
        esac
        mkdir -p "tests/corrupt/fuzz/$h"
        cp "$f" "tests/corrupt/fuzz/$h/"
        found=$((found + 1))
    done
    printf '%-12s %12s %8s %9s %8s %9s\n' "$h" "${execs:-?}" "${edges:-?}" "${features:-?}" "${corpus:-?}" "$found"
    if [ "$unconfirmed" -gt 0 ]; then
        echo "  $h: $unconfirmed hang or out-of-memory reports did not happen again alone (a busy machine)"
    fi
    if [ "$found" -gt 0 ]; then
        status=1
        echo "  $h: findings copied to tests/corrupt/fuzz/$h (log: $log)"
    fi
    if [ -z "$last" ]; then
        status=1
        echo "  $h: the fuzzer printed no status (log: $log)"
    fi
done
exit $status
