#!/usr/bin/env bash
# Installs the reference side of the benchmark (never a dependency of Netwright):
# PyTorch from Debian and OpenBLAS, so bench/torch_bench.py measures PyTorch with a
# real BLAS rather than the netlib reference one (see bench/README.md).
set -euo pipefail
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q python3-torch python3-numpy libopenblas0-pthread
