#!/usr/bin/env bash
# Installs onnxruntime-node, the ONNX runtime the tests run exported models on (a
# reference tool for tests only, never a dependency of Netwright), into a cache
# folder outside the source tree: ${NETWRIGHT_TOOLS_CACHE:-~/.cache/netwright-test-tools}.
# Idempotent: when it is there, it only says so. --ignore-scripts because the
# package's install script fetches optional GPU files from a host we cannot reach;
# the CPU runtime is inside the package.
# Node and npm: Debian's packages, installed only when npm is missing (a machine
# with node from elsewhere keeps it; apt's npm would conflict with it).
set -euo pipefail

cache="${NETWRIGHT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netwright-test-tools}"
target="$cache/onnxruntime"
# The version the tests were written against (its CPU runtime needs N-API 6: Node 12+,
# so Debian 12's Node 18 runs it).
version=1.31.1

if ! command -v npm >/dev/null 2>&1; then
    echo "install-onnxruntime: installing Debian's nodejs and npm"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends nodejs npm
fi

if [ -f "$target/node_modules/onnxruntime-node/package.json" ]; then
    echo "install-onnxruntime: onnxruntime-node present in $target"
    exit 0
fi

mkdir -p "$target"
echo "install-onnxruntime: npm install --ignore-scripts onnxruntime-node@$version into $target"
( cd "$target" && npm install --ignore-scripts --no-audit --no-fund "onnxruntime-node@$version" )
