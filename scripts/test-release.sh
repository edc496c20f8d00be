#!/usr/bin/env bash
# Runs scripts/test.sh on another Debian release, in a fresh minimal root file system of that release:
#   scripts/test-release.sh trixie            Debian 13: build with -Werror, the suite, the translation
#                                             and package checks (sanitizers and fuzzing stay on the host)
#   scripts/test-release.sh bookworm -R cli   arguments after the release go to test.sh
#   scripts/test-release.sh trixie --bench 30 scripts/bench.sh there instead (Qt 6.8's figures)
# The root comes from `debootstrap --variant=minbase` with the Debian mirror apt already uses; it is
# cached in /var/cache/novapost-jwt/ (once per release) and unpacked afresh for every run. There
# scripts/run.sh installs what it needs and starts the window, scripts/test.sh adds the rest and
# runs, and finally the .deb built there is installed with apt.
# Needs root (uses sudo otherwise) for debootstrap, mounts and chroot.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RELEASE="${1:-}"
case "$RELEASE" in
'' | *[!a-z]*) echo "usage: $0 RELEASE [test.sh arguments], for example: $0 trixie" >&2; exit 2 ;;
esac
shift
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CI,FUZZ_SECONDS "$0" "$RELEASE" "$@"
fi

CACHE=/var/cache/novapost-jwt
TARBALL="$CACHE/rootfs-$RELEASE-minbase.tar"
ROOTFS="$CACHE/root-$RELEASE"
started=$SECONDS

mirror() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri="$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)"
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri="$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' \
            /etc/apt/sources.list)"
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

# Every mount below is undone on any exit, in reverse order.
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[$i]}" 2>/dev/null || umount -R -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
bind() {
    local target="${*: -1}"
    mkdir -p "$target"
    mount "$@" && mounted+=("$target")
}

PACKAGES=(debootstrap)
install_missing_packages
mkdir -p "$CACHE"
# One run per release at a time: a second one would unpack over the first one's root.
exec 9>"$CACHE/$RELEASE.lock"
flock -n 9 || { echo "test-release.sh: another run for $RELEASE is under way" >&2; exit 1; }
# A run that was killed may have left mounts behind (/dev among them): undo them before deleting.
remove_root() {
    awk -v root="$ROOTFS/" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r |
        while read -r mountpoint; do umount -l "$mountpoint"; done
    rm -rf --one-file-system "$ROOTFS"
}

if [ ! -s "$TARBALL" ]; then
    echo "== Creating a minimal Debian $RELEASE root from $(mirror) (cached in $TARBALL)"
    remove_root
    debootstrap --variant=minbase "$RELEASE" "$ROOTFS" "$(mirror)" >"$CACHE/debootstrap-$RELEASE.log" 2>&1 \
        || { tail -20 "$CACHE/debootstrap-$RELEASE.log" >&2; echo "debootstrap $RELEASE failed" >&2; exit 1; }
    tar -C "$ROOTFS" -cf "$TARBALL.part" . && mv "$TARBALL.part" "$TARBALL"
fi
remove_root
mkdir -p "$ROOTFS"
tar -C "$ROOTFS" -xf "$TARBALL"
echo "== Debian $RELEASE root ready in $((SECONDS - started)) s"

# The source tree as committed plus local changes, without build directories.
mkdir -p "$ROOTFS/src/novapost-jwt"
git -C "$ROOT" ls-files -z --cached --others --exclude-standard |
    (cd "$ROOT" && xargs -0 tar --ignore-failed-read -cf - 2>/dev/null) | tar -C "$ROOTFS/src/novapost-jwt" -xf -

cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
bind -t proc proc "$ROOTFS/proc"
bind -t sysfs sys "$ROOTFS/sys"
bind --rbind /dev "$ROOTFS/dev"
mount --make-rslave "$ROOTFS/dev"
bind -t tmpfs tmpfs "$ROOTFS/dev/shm"
# Downloaded packages are kept between runs; installing them still happens every run.
mkdir -p "$CACHE/apt-archives-$RELEASE/partial"
bind --bind "$CACHE/apt-archives-$RELEASE" "$ROOTFS/var/cache/apt/archives"
# The compiler cache too (used once test.sh has installed ccache): later runs rebuild in seconds.
mkdir -p "$CACHE/ccache-$RELEASE"
bind --bind "$CACHE/ccache-$RELEASE" "$ROOTFS/var/cache/ccache"

in_root() {
    chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" CCACHE_DIR=/var/cache/ccache FUZZ_SECONDS="${FUZZ_SECONDS:-}" \
        NOVAPOST_SKIP_SANITIZERS_AND_FUZZING=1 "$@"
}
# Keep downloaded .debs for the next run (apt deletes them after installing by default).
echo 'APT::Keep-Downloaded-Packages "true";' >"$ROOTFS/etc/apt/apt.conf.d/90novapost-keep-debs"

if [ "${1:-}" = --bench ]; then
    shift
    echo "== scripts/bench.sh $* in Debian $RELEASE"
    in_root bash -c 'cd /src/novapost-jwt && scripts/bench.sh "$@"' bench.sh "$@"
    exit
fi

status=0
if [ $# -eq 0 ]; then
    # On the bare root first: run.sh alone must install enough to build and start the window. Same
    # flags as test.sh, so its build is reused. Offscreen and without a session bus, as on a server:
    # run.sh starts the app (--version), then the window that run.sh built must paint. That is the
    # app's main.cpp built again by run.sh's build as tests/bench/novapost-bench-window, which leaves
    # after its first frame.
    echo "== scripts/run.sh in Debian $RELEASE: the app starts and its window paints"
    in_root env NOVAPOST_WERROR=ON QT_QPA_PLATFORM=offscreen \
        DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent bash -c 'cd /src/novapost-jwt && scripts/run.sh --version &&
            timeout 120 build/tests/bench/novapost-bench-window | grep -qx "first paint"' \
        || status=$?
    [ "$status" -eq 0 ] && echo "run.sh: the app started and the window painted"
fi

if [ "$status" -eq 0 ]; then
    echo "== scripts/test.sh $* in Debian $RELEASE"
    in_root bash -c 'cd /src/novapost-jwt && scripts/test.sh "$@"' test.sh "$@" || status=$?
fi

if [ "$status" -eq 0 ] && [ $# -eq 0 ]; then
    echo "== Installing the .deb built in Debian $RELEASE with apt"
    in_root bash -c 'set -e
        deb="$(ls /src/novapost-jwt/build-pkg/novapost-jwt_*.deb)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
        novapost-jwt-cli --version
        dpkg-query -W -f="installed: \${Package} \${Version}\n" novapost-jwt
        out="$(novapost-jwt-cli --lang uk --help)"
        grep -qF "Коди виходу" <<<"$out" || { echo "the installed CLI does not speak Ukrainian" >&2; exit 1; }
        echo "the installed novapost-jwt-cli --lang uk --help is in Ukrainian"' || status=$?
fi
echo "test-release.sh: Debian $RELEASE finished with status $status in $((SECONDS - started)) s"
exit "$status"
