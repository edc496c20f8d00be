#!/usr/bin/env bash
# Shared by run.sh, test.sh and bench.sh: install what is missing, configure, build.
# PACKAGES is what install_missing_packages installs: RUN_PACKAGES, plus TEST_PACKAGES after with_test_packages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

# What building and running the app needs (run.sh); the tests, fuzzing and package checks add
# TEST_PACKAGES (test.sh). Names that differ between releases come from /etc/os-release.
RUN_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libsecret-1-0 ca-certificates fonts-dejavu-core
    ccache
)
TEST_PACKAGES=(
    gnome-keyring libsecret-tools dbus openssl
    xvfb xauth xdotool imagemagick
    curl jq hyperfine time
    desktop-file-utils appstream dpkg-dev file groff-base
    debootstrap
)
release="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"
case "$release" in
bookworm)
    # Debian 12 has no unversioned libclang-rt-dev; its clang is 14. The SVG plugins are in libqt6svg6.
    TEST_PACKAGES+=(clang-14 libclang-rt-14-dev llvm-14)
    ;;
*)
    # Debian 13 and later: the default clang, and the SVG icon and image plugins in a package of their own.
    RUN_PACKAGES+=(qt6-svg-plugins)
    TEST_PACKAGES+=(clang libclang-rt-dev llvm)
    ;;
esac
PACKAGES=("${RUN_PACKAGES[@]}")

# End-to-end tests on real display servers (scripts/e2e.sh, tests/e2e), test-only; the same names on
# Debian 12 and 13. X11: Xvfb + openbox, xclip for the clipboard, wmctrl to close a window, xmessage
# (x11-utils) as another client. Wayland: headless sway (wlroots), wtype for keys, wl-clipboard,
# grim for screenshots, Qt's wayland platform plugin, mako as the notification daemon. faketime
# speeds up the clock for the notification tests; pgrep (procps) finds the app it starts.
E2E_PACKAGES=(
    openbox xclip wmctrl x11-utils
    sway wtype wl-clipboard grim qt6-wayland mako-notifier
    faketime procps
)
TEST_PACKAGES+=("${E2E_PACKAGES[@]}")

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

with_test_packages() { PACKAGES=("${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"); }

install_missing_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "These packages are missing and there is no apt-get to install them: ${missing[*]}" >&2
        return 1
    fi
    echo "Installing: ${missing[*]}"
    # apt and dpkg print a page per package; keep it for when something goes wrong.
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/novapost-apt.XXXXXX")"
    if ! { as_root apt-get update -qq &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
        >"$log" 2>&1; then
        tail -30 "$log" >&2
        echo "Installing the packages failed; the whole log is in $log" >&2
        return 1
    fi
    rm -f "$log"
}

# configure_and_build [extra CMake -D options]: configuring again is cheap and keeps options current.
# Options left unset keep their cached values, so run.sh and test.sh do not force rebuilds.
configure_and_build() {
    local options=("$@")
    [ -n "${NOVAPOST_WERROR:-}" ] && options+=("-DNOVAPOST_WERROR=$NOVAPOST_WERROR")
    [ -f "$BUILD_DIR/CMakeCache.txt" ] || options+=("-DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}")
    # ccache makes the next build of a fresh clone or chroot fast;
    # paths relative to the tree, so every clone shares one cache.
    if command -v ccache >/dev/null 2>&1 && [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja "${options[@]}" >/dev/null
    cmake --build "$BUILD_DIR"
}
