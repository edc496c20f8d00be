#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end on a real Wayland compositor: headless sway (wlroots), the real window on Qt's wayland
# platform against the local fake server, keys from wtype's virtual keyboard. Asserts: the app id
# (the desktop file's name) and the title sway shows, Get JWT (Ctrl+G) and Copy (Ctrl+Shift+C), the
# selection holds exactly the JWT with the x-kde-passwordManagerHint "secret" type, it is cleared
# after the delay while another client has focus, and closing the window quits the app with the
# selection empty. Then, with the real notification daemon mako on the same compositor (no tray)
# and the app's wall clock a hundred times faster under libfaketime (its time-outs keep real time):
# "expires soon", then "has expired" in its place, and mako's "Get a fresh JWT" gets a new token.
# Takes screenshots with grim.
# sway refuses to run as root, so it runs as the unprivileged user "nobody" in a runtime folder of
# its own; the clients connect to its socket by absolute path.
E2E_NAME=wayland
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
e2e_enter_private_session "$@"
for tool in sway swaymsg setpriv wtype wl-paste grim jq mako makoctl faketime; do
    command -v "$tool" >/dev/null || e2e_fail "$tool is missing (scripts/lib.sh installs it)"
done
OTHER_CLIENT="$BUILD_DIR/tests/bench/novapost-bare-window"
[ -x "$OTHER_CLIENT" ] || e2e_fail "$OTHER_CLIENT is not built"

# The runtime folder must be reachable by "nobody": not inside the private (0700) scratch folder.
runtime="$(mktemp -d "${TMPDIR:-/tmp}/novapost-sway.XXXXXX")"
cleanup_runtime() { rm -rf "$runtime"; }
E2E_AFTER_STOP=cleanup_runtime
cat >"$runtime/config" <<'CONFIG'
output HEADLESS-1 resolution 1280x900 position 0 0
default_border normal
font pango:DejaVu Sans 10
focus_follows_mouse no
CONFIG
chown -R 65534:65534 "$runtime"
chmod 700 "$runtime"
setpriv --reuid=65534 --regid=65534 --clear-groups \
    env -i PATH=/usr/bin:/bin HOME="$runtime" XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless \
    WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman WLR_HEADLESS_OUTPUTS=1 \
    sway -c "$runtime/config" >"$E2E_SCRATCH/sway.log" 2>&1 &
e2e_started $!
sway_socket() { compgen -G "$runtime/sway-ipc.*.sock" | head -1; }
e2e_wait_for 15 sway_socket || e2e_fail "sway did not start: $(tail -3 "$E2E_SCRATCH/sway.log")"
e2e_wait_for 15 test -S "$runtime/wayland-1" || e2e_fail "sway has no wayland-1 socket"
export WAYLAND_DISPLAY="$runtime/wayland-1" SWAYSOCK="$(sway_socket)"
e2e_wait_for 10 swaymsg -t get_outputs || e2e_fail "sway does not answer on its IPC socket"
e2e_ok "headless sway $(swaymsg -t get_version | jq -r .human_readable) as nobody"

# One virtual keyboard for the whole test: a new one per key press makes Qt miss keys.
wtype -s 3600000 &
e2e_started $!

e2e_start_server
e2e_prepare_app
clip() { wl-paste -n "$@"; }
# view PID: sway's node of that process's window, as JSON.
view() { swaymsg -t get_tree | jq -c --argjson pid "$1" '[.. | objects | select(.pid? == $pid)] | first // empty'; }
has_view() { [ -n "$(view "$1")" ]; }
focused_pid() { swaymsg -t get_tree | jq -r '[.. | objects | select(.focused? == true)] | first | .pid // empty'; }
keys() { wtype "$@"; }

QT_QPA_PLATFORM=wayland "$APP" --env production --base-url "$E2E_URL" >"$E2E_SCRATCH/app.log" 2>&1 &
app=$!
e2e_started "$app"
e2e_wait_for 30 has_view "$app" || e2e_fail "no window appeared: $(tail -3 "$E2E_SCRATCH/app.log")"
node="$(view "$app")"
app_id="$(jq -r .app_id <<<"$node")"
title="$(jq -r .name <<<"$node")"
[ "$app_id" = "$E2E_APP_ID" ] || e2e_fail "the app id is \"$app_id\", expected the desktop file's name $E2E_APP_ID"
[ "$title" = "$E2E_TITLE" ] || e2e_fail "the title is \"$title\", expected \"$E2E_TITLE\""
e2e_ok "native Wayland window \"$title\", app id $app_id"

swaymsg "[pid=$app] focus" >/dev/null
[ "$(focused_pid)" = "$app" ] || e2e_fail "the window did not get the focus"
sleep 0.3
keys -M ctrl -k g -m ctrl
copy_jwt() {
    local content
    for _ in $(seq 1 50); do
        keys -M ctrl -M shift -k c -m shift -m ctrl
        sleep 0.2
        content="$(clip -t text/plain 2>/dev/null || true)"
        if [ -n "$content" ]; then
            echo "$content"
            return 0
        fi
    done
    return 1
}
jwt="$(copy_jwt)" || e2e_fail "Ctrl+G, Ctrl+Shift+C put nothing in the selection"
copied_at=$(date +%s)
e2e_is_jwt "$jwt" || e2e_fail "the selection holds something that is not a JWT"
[ "$jwt" = "$(e2e_cached_jwt)" ] || e2e_fail "the selection holds another JWT than the one the window got"
types="$(clip --list-types)"
grep -qx 'x-kde-passwordManagerHint' <<<"$types" \
    || e2e_fail "no x-kde-passwordManagerHint among the offered types: $(tr '\n' ' ' <<<"$types")"
[ "$(clip -t x-kde-passwordManagerHint)" = secret ] || e2e_fail "the password manager hint is not \"secret\""
for type in $(grep '^text/plain' <<<"$types"); do
    [ "$(clip -t "$type")" = "$jwt" ] || e2e_fail "the $type text in the selection is not exactly the JWT"
done
e2e_ok "Ctrl+G then Ctrl+Shift+C: selection holds exactly the JWT, marked x-kde-passwordManagerHint: secret"

sleep 0.3
grim "$E2E_OUT/wayland-screen.png" || e2e_fail "no screenshot"
e2e_ok "screenshot $E2E_OUT/wayland-screen.png"

QT_QPA_PLATFORM=wayland "$OTHER_CLIENT" >/dev/null 2>&1 &
other=$!
e2e_started "$other"
e2e_wait_for 30 has_view "$other" || e2e_fail "the other client did not show a window"
swaymsg "[pid=$other] focus" >/dev/null
[ "$(focused_pid)" = "$other" ] || e2e_fail "the other client did not get the focus"
e2e_check_clipboard_cleared "clip -t text/plain" "$copied_at" "$jwt"
[ "$(focused_pid)" = "$other" ] || e2e_fail "the window took the focus back"

swaymsg "[pid=$app] focus" >/dev/null
sleep 0.3
jwt="$(copy_jwt)" || e2e_fail "copying again put nothing in the selection"
swaymsg "[pid=$app] kill" >/dev/null
e2e_wait_for 10 e2e_exited "$app" || e2e_fail "closing the window did not quit the app"
wait "$app" 2>/dev/null && status=0 || status=$?
[ "$status" -eq 0 ] || e2e_fail "the app exited with status $status"
[ -z "$(clip -t text/plain 2>/dev/null || true)" ] || e2e_fail "the JWT is still in the selection after quitting"
e2e_ok "closing the window quit the app (status 0) and left the selection empty"

# Notifications through a real daemon on this desktop, which has no tray: mako.
mkdir -p "$E2E_SCRATCH/mako"
: >"$E2E_SCRATCH/mako/config"
mako --config "$E2E_SCRATCH/mako/config" >"$E2E_SCRATCH/mako.log" 2>&1 &
e2e_started $!
# Waiting for its bus name, not with makoctl: a call to a name nobody owns yet would have D-Bus
# start a second mako of its own.
e2e_wait_for 10 e2e_has_owner org.freedesktop.Notifications || e2e_fail "mako did not start: $(tail -3 "$E2E_SCRATCH/mako.log")"
shown() { makoctl list | grep -oE 'The JWT (expires soon|has expired)'; }
showing() { [ "$(shown)" = "$1" ]; }
rm -f "$E2E_SCRATCH/server-url"
e2e_start_server --jwt-lifetime 900
started=$SECONDS
QT_QPA_PLATFORM=wayland FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f '+0 x100' "$APP" --env production --base-url "$E2E_URL" \
    >"$E2E_SCRATCH/app.log" 2>&1 &
e2e_started $!
# faketime runs the app as its child: that child is the process to find and to stop.
e2e_wait_for 10 pgrep -P $! || e2e_fail "faketime did not start the app"
app="$(pgrep -P $!)"
e2e_started "$app"
e2e_wait_for 30 has_view "$app" || e2e_fail "no window appeared under faketime"
swaymsg "[pid=$app] focus" >/dev/null
sleep 0.3
keys -M ctrl -k g -m ctrl
e2e_wait_for 30 showing "The JWT expires soon" || e2e_fail "mako shows no warning: $(makoctl list)"
e2e_ok "mako shows \"The JWT expires soon\" after $((SECONDS - started)) s"
e2e_wait_for 30 showing "The JWT has expired" || e2e_fail "mako shows no expiry: $(makoctl list)"
grim "$E2E_OUT/wayland-notification.png" || e2e_fail "no screenshot"
e2e_ok "mako shows \"The JWT has expired\" in its place after $((SECONDS - started)) s (screenshot wayland-notification.png)"
makoctl invoke get-new-jwt || e2e_fail "mako offers no \"Get a fresh JWT\" on the notification"
e2e_wait_for 30 showing "The JWT expires soon" || e2e_fail "mako's \"Get a fresh JWT\" brought no new token"
e2e_ok "mako's \"Get a fresh JWT\" got a new token, whose own warning came after $((SECONDS - started)) s"
