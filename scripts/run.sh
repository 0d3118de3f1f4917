#!/usr/bin/env bash
# Installs what is missing, builds, and opens Netwright on the bundled spiral
# example (as an untitled copy: press Train and watch it learn). Arguments replace
# the example: ./scripts/run.sh my-project.nwproj
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ "$#" -eq 0 ]; then
    set -- resources/examples/spiral.nwproj
fi
exec "${NETWRIGHT_BUILD_DIR:-build}/app/netwright" "$@"
