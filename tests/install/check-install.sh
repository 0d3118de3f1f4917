#!/usr/bin/env bash
# cmake --install into a temporary prefix lays out what a desktop program needs, and the
# installed netwright-cli trains the installed examples with the installed datasets,
# run from a folder that is not the source tree and with no NETWRIGHT_RESOURCES set.
set -euo pipefail
build_dir=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

cmake --install "$build_dir" --prefix "$prefix" >"$tmp/install.log"
for f in bin/netwright bin/netwright-cli \
    share/netwright/examples/spiral.nwproj share/netwright/examples/iris.nwproj \
    share/netwright/lessons/2-hidden-layers-bend-the-boundary.nwlesson \
    share/netwright/datasets/iris.csv share/netwright/datasets/digits.csv \
    share/applications/netwright.desktop share/icons/hicolor/scalable/apps/netwright.svg \
    share/mime/packages/netwright.xml; do
    test -e "$prefix/$f" || { echo "not installed: $f"; cat "$tmp/install.log"; exit 1; }
done
# Nothing but the program: no tests, benchmarks or static libraries.
unexpected=$(cd "$prefix" && find . -type f \( -name '*.a' -o -name '*_tests' -o -name '*bench*' \))
test -z "$unexpected" || { echo "installed but not part of the program: $unexpected"; exit 1; }

cd "$tmp"
unset NETWRIGHT_RESOURCES
"$prefix/bin/netwright-cli" --version
"$prefix/bin/netwright-cli" train "$prefix/share/netwright/examples/spiral.nwproj" --epochs 2 --out spiral.nwproj
"$prefix/bin/netwright-cli" train "$prefix/share/netwright/examples/iris.nwproj" --epochs 2 --out iris.nwproj
"$prefix/bin/netwright-cli" evaluate iris.nwproj --json >iris.json
grep -q '"accuracy"' iris.json || { echo "evaluate gave no accuracy:"; cat iris.json; exit 1; }
echo "installed program: trains and evaluates its examples"
