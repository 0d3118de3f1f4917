#!/usr/bin/env bash
# Configures (once) and builds Netwright in ./build with Ninja, Release by default.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${NETWRIGHT_BUILD_DIR:-build}
# ccache (found by CMakeLists.txt) sees paths relative to this checkout and leaves
# the build folder out of its hash: a fresh clone (CI's, a second worktree) reuses
# what any other clone compiled with the same flags. Only debug info's compile
# directory may then name the clone that compiled it first.
export CCACHE_BASEDIR="$(pwd)" CCACHE_NOHASHDIR=true
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-Release}"
fi
cmake --build "$build_dir" "$@"
