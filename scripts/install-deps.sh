#!/usr/bin/env bash
# Installs the Debian 12 packages Netwright needs to build, test and run.
# Idempotent: when everything is present it only checks and exits (well under a second).
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build ccache g++ pkg-config
    # compute rooms
    libeigen3-dev zlib1g-dev libopencv-dev
    # ONNX export and import (core/interop/onnx): the ONNX protobuf classes and protobuf
    libonnx-dev libprotobuf-dev
    # Qt 6 (model, io, training, widgets, app). Qt Charts' CMake package needs Qt6OpenGL,
    # which qt6-base-dev only recommends: name it, since we install without recommends.
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl1-mesa-dev libxkbcommon-dev
    # text in the window and in offscreen GUI tests (fontconfig alone settles for any font);
    # translations: Qt's own dialogs (qtbase_xx.qm) and a CJK font so 中文 is not boxes
    fonts-dejavu-core qt6-translations-l10n fonts-wqy-microhei
    # tests: GoogleTest, a real X server for window tests, the desktop entry's checkers, and
    # numpy, which runs docs/FORMATS.md's Python snippets on a file we wrote (a reference,
    # never a dependency of the program)
    libgtest-dev xvfb xauth desktop-file-utils shared-mime-info python3-numpy
    # tests: the ONNX checker judges the models `export --format onnx` writes (with
    # onnxruntime-node from npm, scripts/install-onnxruntime.sh); test-only
    python3-onnx
    # tests: PyTorch runs the folder `export --format pytorch` writes (model.py against
    # predict, train.py under torchrun); test-only, never a dependency of the program
    python3-torch
    # tests: strace kills a save at each of its renames and links (fault injection) to
    # show the project and its weights stay a matching pair (CrashConsistent*, WindowSaveKills)
    strace
    # the Debian package (scripts/package.sh): CPack's dpkg-shlibdeps and file(1)
    dpkg-dev file
    # the real Fashion-MNIST, for examples and the benchmark
    dataset-fashion-mnist
    # word lists for the words: data ("which language is this word?"); Swedish is Latin-1
    wamerican wngerman wfrench wspanish witalian wportuguese wdutch wswedish wdanish
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
