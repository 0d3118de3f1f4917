#!/usr/bin/env bash
# Proves that the README's commands work on a bare Debian 12 machine, and that the .deb
# installs with everything it needs. A developer's machine keeps packages from earlier
# installs and hides a missing one; a bare root made by debootstrap does not.
#
#   scripts/check-fresh-machine.sh [--keep]
#
# Needs root (debootstrap, chroot, mount) and network access to Debian's packages.
# Steps, each timed; the first failure stops the check with its last lines and exit 1:
#   1. a bare Debian 12 root (debootstrap --variant=minbase bookworm), made once and
#      cached under /var/tmp/netwright-fresh, from the mirror in this machine's apt sources;
#   2. a fresh copy of it with only what the README says a newcomer has (root and git;
#      install-deps.sh brings the compiler), and `git archive HEAD` in /root/netwright;
#   3. the README's test command there (installs, builds, runs every test);
#   4. the README's run command there, under xvfb-run: the window must still be open
#      after five seconds;
#   5. the Debian package (scripts/package.sh) built there;
#   6. a second fresh copy of the bare root where `apt-get install ./netwright_*.deb`
#      must pull every runtime dependency by itself; the installed netwright-cli trains
#      and evaluates the installed spiral example, the installed window opens under
#      xvfb-run, and the desktop entry and the .nwproj type register.
# --keep leaves the two roots for a look inside (they are removed otherwise).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${NETWRIGHT_FRESH_CACHE:-/var/tmp/netwright-fresh}
base=$cache/bookworm-minbase
keep=0
for arg in "$@"; do
    case $arg in
    --keep) keep=1 ;;
    -h | --help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "check-fresh-machine: unknown option $arg" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh-machine: needs root (debootstrap, chroot and mount)" >&2
    exit 2
fi

logs=$cache/logs
mkdir -p "$logs"
dev_root=$cache/newcomer-root
deb_root=$cache/package-root

# Unmounts whatever this check mounted in its roots (the deepest first), then removes them.
unmount_roots() {
    local m
    for m in $(awk -v c="$cache/" 'index($2, c) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
}
cleanup() {
    unmount_roots
    if [ "$keep" -eq 0 ]; then
        rm -rf "$dev_root" "$deb_root"
    fi
}
trap cleanup EXIT

# step NAME COMMAND...: runs COMMAND with its output in a log; prints the time it took,
# or on failure the log's last lines, and stops the check. The command runs as a job of
# its own so that `set -e` holds inside it (bash ignores it in an `if` condition).
step() {
    local name=$1
    shift
    local log=$logs/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').log
    local start=$SECONDS
    printf '%-58s ' "$name"
    "$@" >"$log" 2>&1 &
    if wait $!; then
        printf '%5d s\n' $((SECONDS - start))
    else
        local rc=$?
        printf 'FAILED after %d s (exit %d)\n' $((SECONDS - start)) "$rc"
        echo "---- last lines of $log ----"
        tail -n 40 "$log"
        exit 1
    fi
}

# The Debian mirror this machine's apt uses (deb822 .sources or a one-line sources.list).
debian_mirror() {
    local uri
    uri=$(grep -hs -A3 '^Types:.*deb' /etc/apt/sources.list.d/*.sources |
        awk '/^URIs:/ { u = $2 } /^Suites:.*bookworm( |$)/ { print u; exit }')
    if [ -z "$uri" ]; then
        uri=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

make_base() {
    local mirror
    mirror=$(debian_mirror)
    echo "mirror: $mirror"
    command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
    rm -rf "$base.partial"
    debootstrap --variant=minbase bookworm "$base.partial" "$mirror"
    # The same suites as this machine (updates, security), as a real install has them.
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        cp /etc/apt/sources.list.d/debian.sources "$base.partial/etc/apt/sources.list.d/"
        rm -f "$base.partial/etc/apt/sources.list"
    fi
    mv "$base.partial" "$base"
}

# fresh_root DIR: a copy of the bare root with /proc, /sys, /dev and DNS from this machine.
fresh_root() {
    local root=$1
    rm -rf "$root"
    cp -a "$base" "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # Every installed Debian has /etc/hosts (localhost); debootstrap's root has none,
    # and torchrun resolves "localhost".
    cp /etc/hosts "$root/etc/hosts"
    # This workplace reaches the npm registry through a TLS proxy whose certificate
    # authority every machine of it carries (with npm's cafile setting): part of the
    # machine, like DNS, not of what a newcomer installs. A machine on the open
    # internet needs neither.
    if [ -d /usr/local/share/ca-certificates ]; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    fi
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        mkdir -p "$root/etc/ssl/certs"
        cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
    fi
    [ -f /etc/npmrc ] && cp /etc/npmrc "$root/etc/npmrc"
    mount -t proc proc "$root/proc"
    mount -t sysfs sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    mkdir -p "$root/tmp"
    chmod 1777 "$root/tmp"
}

# in_root DIR COMMAND: runs a bash command inside DIR as a login shell of root would,
# with none of this machine's environment.
in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive /bin/bash -c "$*"
}

newcomer() {
    in_root "$1" 'apt-get update -q && apt-get install -y -q --no-install-recommends git'
}

copy_source() {
    mkdir -p "$1/root/netwright"
    git -C "$repo" archive HEAD | tar -x -C "$1/root/netwright"
}

# The window must still be running when the time is up (timeout's exit 124): a program
# that cannot open (a missing platform plugin, library or font) exits at once.
window_stays_open() {
    local root=$1 seconds=$2 command=$3
    in_root "$root" "xvfb-run -a -s '-screen 0 1280x800x24' timeout $seconds $command; rc=\$?;
        if [ \$rc -eq 124 ]; then echo 'window still open after $seconds s'; exit 0; fi
        echo \"the window exited with \$rc within $seconds s\"; exit 1"
}

build_package() {
    rm -f "$cache"/netwright_*.deb
    in_root "$1" 'cd /root/netwright && ./scripts/package.sh'
    cp "$1"/root/netwright/build-package/netwright_*.deb "$cache/"
}

install_package() {
    local root=$1 deb
    deb=$(basename "$(ls "$cache"/netwright_*.deb | head -n 1)")
    cp "$cache/$deb" "$root/tmp/"
    # Without recommends: the package's Depends alone must be enough to run it.
    in_root "$root" "apt-get update -q && apt-get install -y -q --no-install-recommends /tmp/$deb"
}

installed_cli_trains() {
    in_root "$1" 'cd /tmp && netwright-cli --version &&
        netwright-cli train /usr/share/netwright/examples/spiral.nwproj --epochs 5 --out spiral.nwproj &&
        netwright-cli evaluate spiral.nwproj --json > eval.json && cat eval.json &&
        grep -q "\"accuracy\"" eval.json &&
        netwright-cli train /usr/share/netwright/examples/iris.nwproj --epochs 2 --out iris.nwproj'
}

# What a desktop brings (the menu and MIME databases, an X server to open the window in):
# installed after the package, so the package's own Depends were proven alone.
installed_desktop_registers() {
    in_root "$1" 'apt-get install -y -q --no-install-recommends shared-mime-info desktop-file-utils xvfb xauth &&
        desktop-file-validate /usr/share/applications/netwright.desktop &&
        test -f /usr/share/mime/application/x-netwright-project.xml &&
        grep -q "application/x-netwright-project:\*\.nwproj" /usr/share/mime/globs2 &&
        grep -q "application/x-netwright-project=netwright.desktop" /usr/share/applications/mimeinfo.cache &&
        echo "desktop entry and .nwproj type registered"'
}

echo "check-fresh-machine: $(git -C "$repo" rev-parse --short HEAD) on $(uname -n), $(nproc) cores, logs in $logs"
total=$SECONDS
if [ ! -d "$base" ]; then
    step "bare Debian 12 root (debootstrap, cached)" make_base
else
    echo "bare Debian 12 root: cached in $base"
fi

unmount_roots
step "newcomer root: fresh copy of the bare root" fresh_root "$dev_root"
step "newcomer root: install git (all it has)" newcomer "$dev_root"
step "newcomer root: git archive HEAD" copy_source "$dev_root"
step "README test command (./scripts/test.sh)" in_root "$dev_root" 'cd /root/netwright && ./scripts/test.sh'
# run.sh checks the packages and the build (about a second) before the window opens.
step "README run command under xvfb-run, window open 5 s" window_stays_open "$dev_root" 7 \
    'env -C /root/netwright ./scripts/run.sh'
step "Debian package (./scripts/package.sh)" build_package "$dev_root"

step "package root: fresh copy of the bare root" fresh_root "$deb_root"
step "package root: apt-get install ./netwright_*.deb" install_package "$deb_root"
step "installed netwright-cli trains the spiral example" installed_cli_trains "$deb_root"
step "installed desktop entry and .nwproj type register" installed_desktop_registers "$deb_root"
step "installed window opens under xvfb-run, 5 s" window_stays_open "$deb_root" 5 netwright
echo "check-fresh-machine: all steps passed in $((SECONDS - total)) s"
