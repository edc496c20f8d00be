#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring in a
# temporary HOME, so tests never touch the developer's own keyring or settings.
#   scripts/with-test-keyring.sh ctest --test-dir build
set -euo pipefail

if [ -z "${NOVAPOST_IN_TEST_KEYRING:-}" ]; then
    scratch="$(mktemp -d "${TMPDIR:-/tmp}/novapost-test.XXXXXX")"
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/cache"
    chmod 700 "$scratch/runtime"
    # Not exec: the trap must still remove the scratch folder afterwards.
    env -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL \
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
        XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
        NOVAPOST_TEST_SCRATCH="$scratch" NOVAPOST_IN_TEST_KEYRING=1 \
        dbus-run-session -- "$0" "$@"
    exit $?
fi

eval "$(printf %s novapost-test-password | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon answers within milliseconds; wait for its bus name so the first test cannot race it.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.05
done
"$@"
