#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate, and the .nwproj type registers with
# shared-mime-info so that a file manager maps *.nwproj to it and it to Netwright.
set -euo pipefail
desktop_dir=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

desktop-file-validate "$desktop_dir/netwright.desktop"
grep -qx 'MimeType=application/x-netwright-project;application/x-netwright-lesson;' "$desktop_dir/netwright.desktop"
grep -qx 'Exec=netwright %f' "$desktop_dir/netwright.desktop"

mkdir -p "$tmp/mime/packages"
cp "$desktop_dir/netwright.xml" "$tmp/mime/packages/"
update-mime-database "$tmp/mime"
test -f "$tmp/mime/application/x-netwright-project.xml" \
    || { echo "update-mime-database did not register application/x-netwright-project"; exit 1; }
grep -q '^50:application/x-netwright-project:\*\.nwproj$' "$tmp/mime/globs2" \
    || { echo "globs2 does not map *.nwproj:"; cat "$tmp/mime/globs2"; exit 1; }
grep -q '^50:application/x-netwright-lesson:\*\.nwlesson$' "$tmp/mime/globs2" \
    || { echo "globs2 does not map *.nwlesson:"; cat "$tmp/mime/globs2"; exit 1; }
echo "desktop entry, project and lesson types: valid"
