#!/usr/bin/env bash
# Shared by run.sh, test.sh and bench.sh: install what is missing, configure, build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

# Debian 12 packages the build, the tests and the scripts need.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libsecret-1-0 gnome-keyring libsecret-tools dbus openssl ca-certificates
    xvfb xauth xdotool imagemagick fonts-dejavu-core
    curl jq hyperfine time
    desktop-file-utils appstream dpkg-dev file groff-base
    clang-14 libclang-rt-14-dev llvm-14
)

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
PACKAGES+=("${E2E_PACKAGES[@]}")

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

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
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build [extra CMake -D options]: configuring again is cheap and keeps options current.
# Options left unset keep their cached values, so run.sh and test.sh do not force rebuilds.
configure_and_build() {
    local options=("$@")
    [ -n "${NOVAPOST_WERROR:-}" ] && options+=("-DNOVAPOST_WERROR=$NOVAPOST_WERROR")
    [ -f "$BUILD_DIR/CMakeCache.txt" ] || options+=("-DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}")
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja "${options[@]}" >/dev/null
    cmake --build "$BUILD_DIR"
}
