#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc, Debug, warnings as
# errors) in build-asan and runs the whole CTest suite inside the private test keyring.
#   scripts/sanitizers.sh            everything
#   scripts/sanitizers.sh -R cli     only the tests matching "cli" (passed on to ctest)
# Any sanitizer report fails the run: ASan and UBSan abort, LSan makes the process exit non-zero,
# and the CLI children the tests start inherit the same options.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BUILD_DIR="${ASAN_BUILD_DIR:-$ROOT/build-asan}"
source "$ROOT/scripts/lib.sh"

# The desktop window is optional in the tree; build and test it whenever it is there.
gui=OFF
[ -f "$ROOT/app/gui/CMakeLists.txt" ] && gui=ON

start=$(date +%s)
with_test_packages
install_missing_packages
BUILD_TYPE=Debug NOVAPOST_WERROR=ON configure_and_build \
    -DCMAKE_BUILD_TYPE=Debug -DNOVAPOST_SANITIZE=ON -DNOVAPOST_BUILD_GUI="$gui"
built=$(date +%s)

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Only leaks inside system libraries are suppressed; each entry in the file says why.
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
export NOVAPOST_REQUIRE_KEYCHAIN=1
export QT_QPA_PLATFORM=offscreen

status=0
"$ROOT/scripts/with-test-keyring.sh" \
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -j "$(nproc)" "$@" || status=$?
end=$(date +%s)
echo "sanitizers.sh: build $((built - start)) s, tests $((end - built)) s, total $((end - start)) s" >&2
exit "$status"
