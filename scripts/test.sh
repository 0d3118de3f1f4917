#!/usr/bin/env bash
# Everything needed to go from a fresh Debian 12 clone to a full test run:
# install missing packages, build, run every test (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/install-onnxruntime.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${NETWRIGHT_BUILD_DIR:-build}" --output-on-failure --timeout 600 "$@"
