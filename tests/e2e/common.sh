# SPDX-License-Identifier: MIT
# Shared by the end-to-end tests in this folder (sourced, not run). Each test runs the real
# binaries against the local fake server, inside its own D-Bus session with a throw-away unlocked
# gnome-keyring and HOME (scripts/with-test-keyring.sh), and stops everything it started.
set -euo pipefail

E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$E2E_ROOT/build}"
APP="${APP:-$BUILD_DIR/app/gui/novapost-jwt}"
CLI="${CLI:-$BUILD_DIR/app/cli/novapost-jwt-cli}"
FAKE_SERVER="${FAKE_SERVER:-$BUILD_DIR/tests/support/novapost-fake-server}"
FAKE_NOTIFICATIONS="${FAKE_NOTIFICATIONS:-$BUILD_DIR/tests/support/novapost-fake-notifications}"
# Screenshots and logs stay here after the run, for a person to look at.
E2E_OUT="${E2E_OUT:-$BUILD_DIR/e2e}"
E2E_KEY="prod-e2e-0123456789abcdef0123456789abcdef"
E2E_TITLE="Production — Nova Post JWT"
E2E_APP_ID="io.github.novapost_jwt.NovapostJwt"
# The shortest clipboard clearing delay the window offers.
E2E_CLEAR_SECONDS=30

# e2e_enter_private_session "$@": re-runs the calling script inside a private D-Bus session with a
# throw-away keyring, HOME and XDG folders, all removed afterwards.
e2e_enter_private_session() {
    if [ -z "${NOVAPOST_IN_TEST_KEYRING:-}" ]; then
        exec "$E2E_ROOT/scripts/with-test-keyring.sh" "$0" "$@"
    fi
    # Accessibility and other on-demand services would otherwise start on this bus and linger.
    export NO_AT_BRIDGE=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
    unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
    E2E_SCRATCH="${NOVAPOST_TEST_SCRATCH:?}"
    mkdir -p "$E2E_OUT"
    for tool in "$APP" "$CLI" "$FAKE_SERVER"; do
        [ -x "$tool" ] || e2e_fail "$tool is not built"
    done
    E2E_PIDS=()
    trap e2e_stop_all EXIT
    # Stopped from outside (a time-out): still stop everything started.
    trap 'exit 143' TERM INT
}

e2e_fail() {
    echo "FAIL ${E2E_NAME:-e2e}: $*" >&2
    [ -z "${app:-}" ] || kill -0 "$app" 2>/dev/null || echo "(the app is no longer running)" >&2
    if [ -s "${E2E_SCRATCH:-/nonexistent}/app.log" ]; then
        echo "---- the app's output:" >&2
        tail -20 "$E2E_SCRATCH/app.log" >&2
    fi
    exit 1
}

e2e_ok() {
    echo "ok   ${E2E_NAME:-e2e}: $*"
}

# e2e_started PID: stopped (TERM, then KILL) when the test ends, in reverse order of starting.
e2e_started() {
    E2E_PIDS+=("$1")
}

e2e_stop_all() {
    local status=$?
    local i pid
    for ((i = ${#E2E_PIDS[@]} - 1; i >= 0; i--)); do
        pid="${E2E_PIDS[$i]}"
        kill "$pid" 2>/dev/null || continue
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    [ -z "${E2E_AFTER_STOP:-}" ] || "$E2E_AFTER_STOP"
    return "$status"
}

# e2e_wait_for SECONDS COMMAND...: true as soon as COMMAND succeeds, false after SECONDS.
e2e_wait_for() {
    local deadline=$((SECONDS + $1))
    shift
    while ! "$@" >/dev/null 2>&1; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

# e2e_has_owner NAME: someone owns NAME on the session bus (asking never starts a service).
e2e_has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" | grep -q 'boolean true'
}

e2e_exited() {
    ! kill -0 "$1" 2>/dev/null
}

# Starts the fake Nova Post server (production key E2E_KEY) and sets E2E_URL.
e2e_start_server() {
    "$FAKE_SERVER" --api-key "$E2E_KEY" "$@" >"$E2E_SCRATCH/server-url" &
    e2e_started $!
    e2e_wait_for 10 test -s "$E2E_SCRATCH/server-url" || e2e_fail "the fake server did not start"
    E2E_URL="$(head -1 "$E2E_SCRATCH/server-url")"
}

# Stores the production key in the test keyring with the CLI, and chooses the shortest clipboard
# clearing delay and no other settings in the window's settings file.
e2e_prepare_app() {
    printf '%s\n' "$E2E_KEY" | "$CLI" --env production --base-url "$E2E_URL" set-key >/dev/null \
        || e2e_fail "the CLI could not store the key in the test keyring"
    mkdir -p "$XDG_CONFIG_HOME/novapost-jwt"
    printf '[clipboard]\nclearAfterSeconds=%s\n' "$E2E_CLEAR_SECONDS" \
        >>"$XDG_CONFIG_HOME/novapost-jwt/novapost-jwt.ini"
}

# The JWT the window got, as the CLI finds it in the token cache they share (no new request).
e2e_cached_jwt() {
    "$CLI" --env production --base-url "$E2E_URL" token
}

e2e_is_jwt() {
    [[ "$1" =~ ^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$ ]]
}

# e2e_check_clipboard_cleared READ_COMMAND COPIED_AT: the clipboard keeps the JWT while the delay
# runs and is empty within a few seconds after it, polled every half second.
e2e_check_clipboard_cleared() {
    local read_command="$1" copied_at="$2" jwt="$3" content elapsed
    while :; do
        content="$($read_command 2>/dev/null || true)"
        elapsed=$(($(date +%s) - copied_at))
        if [ -z "$content" ]; then
            [ "$elapsed" -ge $((E2E_CLEAR_SECONDS - 1)) ] \
                || e2e_fail "the clipboard was emptied after ${elapsed} s, before the ${E2E_CLEAR_SECONDS} s delay"
            e2e_ok "clipboard cleared ${elapsed} s after the copy (delay ${E2E_CLEAR_SECONDS} s) while another client had focus"
            return 0
        fi
        [ "$content" = "$jwt" ] || e2e_fail "the clipboard changed to something else while waiting"
        [ "$elapsed" -le $((E2E_CLEAR_SECONDS + 5)) ] \
            || e2e_fail "the clipboard still holds the JWT ${elapsed} s after the copy"
        sleep 0.5
    done
}
