#!/usr/bin/env bash
# Installs what is missing, builds, and runs Netwright on bundled example data.
# Until the main window lands, this trains the bundled 2-D spiral example with
# netwright-cli and prints the result.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec "${NETWRIGHT_BUILD_DIR:-build}/app/netwright-cli" train resources/examples/spiral.nwproj --out "${TMPDIR:-/tmp}/spiral-trained.nwproj" "$@"
