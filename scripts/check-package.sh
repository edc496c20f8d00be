#!/usr/bin/env bash
# Builds a Release tree in build-pkg, installs it into a throwaway DESTDIR and checks that a Linux
# desktop finds everything (binaries, .desktop, icon, AppStream metainfo, man page), validates the
# desktop file and the metainfo, then builds the .deb with CPack and checks its contents and
# Depends. Any failure ends the script with a line starting "check-package: FAIL".
#   scripts/check-package.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BUILD_DIR="$ROOT/build-pkg"
APP_ID="io.github.novapost_jwt.NovapostJwt"
started=$SECONDS

fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }
need_tool() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed (package $2)"
}

with_test_packages
install_missing_packages
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
need_tool dpkg-shlibdeps dpkg-dev
need_tool file file

step "Release build in $BUILD_DIR"
# Tests are not needed for packaging; /usr so the .deb and the DESTDIR tree match.
BUILD_TYPE=Release configure_and_build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_INSTALL_PREFIX=/usr \
    || fail "the Release build failed"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

step "cmake --install into $stage"
DESTDIR="$stage" cmake --install "$BUILD_DIR" >/dev/null || fail "cmake --install failed"
expected=(
    usr/bin/novapost-jwt
    usr/bin/novapost-jwt-cli
    "usr/share/applications/$APP_ID.desktop"
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    "usr/share/metainfo/$APP_ID.metainfo.xml"
    usr/share/man/man1/novapost-jwt-cli.1.gz
)
for path in "${expected[@]}"; do
    [ -s "$stage/$path" ] || fail "cmake --install did not produce /$path"
done
for binary in novapost-jwt novapost-jwt-cli; do
    [ -x "$stage/usr/bin/$binary" ] || fail "/usr/bin/$binary is not executable"
    if readelf -d "$stage/usr/bin/$binary" | grep -Eq 'R(UN)?PATH'; then
        fail "/usr/bin/$binary has an RPATH"
    fi
done
"$stage/usr/bin/novapost-jwt-cli" --version | grep -qx "novapost-jwt-cli [0-9.]*" \
    || fail "the installed novapost-jwt-cli --version printed something unexpected"
echo "installed: ${expected[*]}"

step "desktop-file-validate"
# It prints hints (two main categories) on stdout; only its exit status decides.
desktop-file-validate "$stage/usr/share/applications/$APP_ID.desktop" \
    || fail "desktop-file-validate rejected $APP_ID.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$stage/usr/share/metainfo/$APP_ID.metainfo.xml" \
    || fail "appstreamcli validate rejected $APP_ID.metainfo.xml"
# validate-tree also checks that the launchable .desktop file exists in the installed tree.
appstreamcli validate-tree --no-net "$stage" >/dev/null \
    || fail "appstreamcli validate-tree: the installed tree is inconsistent (run it on a DESTDIR to see why)"

step "man page"
zcat "$stage/usr/share/man/man1/novapost-jwt-cli.1.gz" | grep -q '^\.SH "EXIT CODES"' \
    || fail "the man page has no EXIT CODES section"
warnings="$(zcat "$stage/usr/share/man/man1/novapost-jwt-cli.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)" \
    || fail "groff failed on the man page"
[ -z "$warnings" ] || fail "groff warns about the man page: $warnings"

step "cpack -G DEB"
rm -f "$BUILD_DIR"/novapost-jwt_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null) || fail "cpack -G DEB failed (see $BUILD_DIR/_CPack_Packages)"
debs=("$BUILD_DIR"/novapost-jwt_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no novapost-jwt_*.deb"
deb="${debs[0]}"
echo "package: $deb"

contents="$(dpkg-deb -c "$deb")" || fail "dpkg-deb -c cannot read $deb"
for path in "${expected[@]}"; do
    grep -q " \./$path\$" <<<"$contents" || fail "the .deb does not contain /$path"
done

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
# The SVG plugins' package differs by release (libqt6svg6 on Debian 12, qt6-svg-plugins on 13).
svg_plugins="$(dpkg-query -S "$(find /usr/lib -path '*/qt6/plugins/iconengines/libqsvgicon.so' | head -1)" | cut -d: -f1)"
# Debian 13 renamed some libraries for 64-bit time_t (libqt6core6t64): either name will do.
for package in libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1 libsecret-1-0 "$svg_plugins"; do
    grep -Eq "(^|, )$package(t64)?( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
# Every dependency resolves on this release: apt could install the .deb here.
apt-get install --simulate --no-install-recommends -qq "$deb" >/dev/null \
    || fail "apt cannot install $deb on this system: $(apt-get install --simulate "$deb" 2>&1 | tail -3)"
echo "apt-get install --simulate: the .deb installs on $(. /etc/os-release && echo "$PRETTY_NAME")"
recommends="$(dpkg-deb -f "$deb" Recommends)"
echo "Recommends: $recommends"
# Without Qt's Wayland platform plugin the window falls back to XWayland on Wayland sessions.
grep -Eq "(^|, )qt6-wayland( |,|$)" <<<"$recommends" || fail "Recommends lacks qt6-wayland"
echo "Installed-Size: $(dpkg-deb -f "$deb" Installed-Size) KiB; .deb: $(du -k "$deb" | cut -f1) KiB"

echo "check-package: OK in $((SECONDS - started)) s"
