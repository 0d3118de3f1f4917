#!/usr/bin/env bash
# Builds the Debian package (netwright_<version>_amd64.deb) from a portable Release
# build in ./build-package: no -march=native, so the package runs on any x86-64 machine,
# and no tests. Prints the package's path. Install it with
#   sudo apt-get install ./build-package/netwright_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
build_dir=${NETWRIGHT_PACKAGE_DIR:-build-package}
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
        -DNETWRIGHT_NATIVE=OFF -DNETWRIGHT_BUILD_TESTS=OFF
fi
cmake --build "$build_dir" --target netwright netwright-cli
(cd "$build_dir" && cpack -G DEB >/dev/null)
ls "$build_dir"/netwright_*.deb
