#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Screenshots of the desktop window in its main states, against the fake server, on a private X
# display with a throw-away keyring and settings. Drives the app only through its command line
# and the keyboard, as a user would.
#   scripts/screenshot.sh [OUT_DIR]     (default: build/screenshots)
# Environment: APP=path/to/novapost-jwt, FAKE_SERVER=path/to/novapost-fake-server,
#              SCALE=2 for QT_SCALE_FACTOR=2 (files get a -2x suffix),
#              APP_LANG=de (or uk, pl, en) for that language via --lang (files get a -de suffix).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
APP="${APP:-$root/build/app/gui/novapost-jwt}"
FAKE_SERVER="${FAKE_SERVER:-$root/build/tests/support/novapost-fake-server}"
out="${1:-$root/build/screenshots}"
scale="${SCALE:-1}"

if [ -z "${DISPLAY:-}" ]; then
    # Re-run on a private X server inside the test keyring (private D-Bus, temporary HOME).
    exec xvfb-run -a -s "-screen 0 1600x1200x24" "$root/scripts/with-test-keyring.sh" "$0" "$@"
fi

for tool in "$APP" "$FAKE_SERVER"; do
    [ -x "$tool" ] || { echo "screenshot.sh: $tool is not built" >&2; exit 1; }
done
mkdir -p "$out"
suffix=""
[ "$scale" = 1 ] || suffix="-${scale}x"
lang_args=()
if [ -n "${APP_LANG:-}" ]; then
    lang_args=(--lang "$APP_LANG")
    suffix="-$APP_LANG$suffix"
fi
export QT_SCALE_FACTOR="$scale" LANG=C.UTF-8 TZ=Europe/Berlin

phone=498213437654
"$FAKE_SERVER" --phone "$phone=78b97003b587d7758bede604fd185e3e" \
    --api-key prod-0123456789abcdef0123456789abcdef >"$out/.server-url" &
server_pid=$!
app_pid=""
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    kill "$server_pid" 2>/dev/null || true
    rm -rf "$out/.server-url" "$out"/.config.*
}
trap cleanup EXIT
for _ in $(seq 1 100); do [ -s "$out/.server-url" ] && break; sleep 0.05; done
url="$(head -1 "$out/.server-url")"

# shot NAME APP-ARGS... -- KEYS...   (KEYS: "type:TEXT", "key:KEYSYM", "wait:SECONDS", and "screen"
# to capture the whole screen, for states with a dialog beside the window)
shot() {
    local name="$1"; shift
    local args=()
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
    [ "$#" -eq 0 ] || shift
    # Fresh settings per shot, so one state does not leak into the next.
    XDG_CONFIG_HOME="$(mktemp -d "$out/.config.XXXXXX")" "$APP" --base-url "$url" "${lang_args[@]}" "${args[@]}" &
    app_pid=$!
    local wid target
    wid="$(timeout 15 xdotool search --sync --onlyvisible --pid "$app_pid" | head -1)"
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    sleep 0.5
    target="$wid"
    for step in "$@"; do
        case "$step" in
            screen) target=root ;;
            type:*) xdotool type --delay 5 "${step#type:}" ;;
            key:*) xdotool key "${step#key:}" ;;
            wait:*) sleep "${step#wait:}" ;;
        esac
    done
    sleep 0.6
    import -window "$target" "$out/$name$suffix.png"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "$out/$name$suffix.png"
}

# The phone field has focus at start. Enter requests a key and moves focus to Get JWT, where the next
# Enter gets a JWT.
shot empty --env sandbox
shot token-live --env sandbox -- "type:+49 821 343 7654" key:Return wait:1 key:Return wait:1
shot error --env sandbox -- key:ctrl+a "type:+48 900 555 111" key:Return wait:1
shot production --env production -- "type:prod-0123456789abcdef0123456789abcdef" key:Return wait:1 \
    key:ctrl+g wait:1
# The request log beside the window, after a key request and a JWT.
shot request-log --env sandbox -- "type:+49 821 343 7654" key:Return wait:1 key:Return wait:1 \
    key:alt+v key:l wait:1 screen
