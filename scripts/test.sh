#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test: the CTest suite
# inside a private D-Bus session with a throwaway, unlocked gnome-keyring.
#   scripts/test.sh            everything
#   scripts/test.sh -R cli     only the CTest tests matching "cli" (passed on to ctest)
# After the suite: end-to-end tests on real display servers (scripts/e2e.sh), translation check,
# sanitizer build, fuzzing (FUZZ_SECONDS, default 30 each) and the package check.
# scripts/test-release.sh RELEASE runs this script on another Debian release.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

with_test_packages
install_missing_packages
NOVAPOST_WERROR=ON configure_and_build

# The keychain tests fail rather than skip when they cannot reach the test keyring.
export NOVAPOST_REQUIRE_KEYCHAIN=1
export QT_QPA_PLATFORM=offscreen
"$ROOT/scripts/with-test-keyring.sh" \
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -j "$(nproc)" "$@"

# With arguments, only the selected CTest tests run; the stages below are the rest of "every test".
[ $# -gt 0 ] && exit 0

echo "== End to end: the real window on X11 (Xvfb + openbox) and Wayland (headless sway), notifications"
"$ROOT/scripts/e2e.sh"

echo "== Translations: catalogues up to date with the sources and 100% translated"
"$ROOT/scripts/check-translations.sh" "$BUILD_DIR"

# test-release.sh sets NOVAPOST_SKIP_SANITIZERS_AND_FUZZING: these two find the same bugs on every
# release, so they run once, on the host.
if [ -z "${NOVAPOST_SKIP_SANITIZERS_AND_FUZZING:-}" ]; then
    echo "== Sanitizers: the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
    "$ROOT/scripts/sanitizers.sh"

    echo "== Fuzzing: each libFuzzer target for ${FUZZ_SECONDS:-30} s"
    "$ROOT/scripts/fuzz.sh" "${FUZZ_SECONDS:-30}"
fi

echo "== Package: install layout, desktop and AppStream validation, .deb contents and dependencies"
"$ROOT/scripts/check-package.sh"
