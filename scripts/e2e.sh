#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End-to-end tests on real display servers (tests/e2e): the real window and CLI against the local
# fake server on X11 (Xvfb + openbox), on Wayland (headless sway) and with desktop notifications
# and no tray. Each test starts and stops its own display server, D-Bus session and keyring.
#   scripts/e2e.sh                     all of them (x11, wayland, notifications)
#   scripts/e2e.sh wayland             only that one
# Screenshots land in build/e2e/. Expects a build (scripts/test.sh makes one first).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(x11 wayland notifications)

passed=0
failed=0
for name in "${tests[@]}"; do
    script="$root/tests/e2e/$name.sh"
    [ -x "$script" ] || { echo "e2e.sh: no test $script" >&2; exit 2; }
    start=$(date +%s%3N)
    # A hung display server or app must not hold up the whole run.
    if timeout --kill-after=10 120 "$script"; then
        result=passed
        passed=$((passed + 1))
    else
        result=FAILED
        failed=$((failed + 1))
    fi
    elapsed=$(($(date +%s%3N) - start))
    printf 'e2e %-14s %s in %d.%d s\n' "$name" "$result" $((elapsed / 1000)) $((elapsed % 1000 / 100))
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
