#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end: expiry notifications on a desktop without a system tray (Xvfb with openbox, no
# StatusNotifier host), through a stand-in notification service on the session bus that records
# every Notify call. The app's wall clock runs a hundred times faster under libfaketime, so a
# 15-minute token warns after about 6 s and expires after about 9 s; its monotonic clock, which
# times D-Bus and HTTP time-outs, keeps real time, or a reply slower than a quarter second on a busy
# machine would count as lost. Asserts: "expires soon", then
# "has expired" replacing it, with the app icon, the desktop-entry hint and the "Get a fresh JWT"
# button; pressing that button gets a new JWT (whose own warning then comes).
E2E_NAME=notifications
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
e2e_enter_private_session "$@"
for tool in Xvfb openbox wmctrl faketime jq dbus-send "$FAKE_NOTIFICATIONS"; do
    command -v "$tool" >/dev/null || e2e_fail "$tool is missing (scripts/lib.sh installs it)"
done

Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -auth /dev/null 3>"$E2E_SCRATCH/display" \
    2>"$E2E_SCRATCH/xvfb.log" &
e2e_started $!
e2e_wait_for 10 test -s "$E2E_SCRATCH/display" || e2e_fail "Xvfb did not start"
export DISPLAY=":$(head -1 "$E2E_SCRATCH/display")"
openbox --sm-disable >"$E2E_SCRATCH/openbox.log" 2>&1 &
e2e_started $!
e2e_wait_for 10 wmctrl -m || e2e_fail "openbox did not start"
! e2e_has_owner org.kde.StatusNotifierWatcher || e2e_fail "a StatusNotifier tray host is running"

notes="$E2E_SCRATCH/notifications.jsonl"
"$FAKE_NOTIFICATIONS" >"$notes" 2>"$E2E_SCRATCH/fake-notifications.log" &
e2e_started $!
e2e_wait_for 10 e2e_has_owner org.freedesktop.Notifications || e2e_fail "the stand-in notification service did not start"
e2e_ok "Xvfb $DISPLAY with openbox, no tray host, stand-in notification service on the bus"

e2e_start_server --jwt-lifetime 900
e2e_prepare_app
# notification N FIELD: field of the N-th (1-based) recorded Notify call.
notification() { sed -n "${1}p" "$notes" | jq -r ".$2"; }
count() { wc -l <"$notes"; }
at_least() { [ "$(count)" -ge "$1" ]; }

started=$SECONDS
QT_QPA_PLATFORM=xcb FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f '+0 x100' "$APP" --env production --base-url "$E2E_URL" \
    >"$E2E_SCRATCH/app.log" 2>&1 &
e2e_started $!
# faketime runs the app as its child: that child is the process to find and to stop.
e2e_wait_for 10 pgrep -P $! || e2e_fail "faketime did not start the app"
app="$(pgrep -P $!)"
e2e_started "$app"
wid="$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" 2>/dev/null | head -1)" || true
[ -n "$wid" ] || e2e_fail "no window appeared"
xdotool windowactivate --sync "$wid" key ctrl+g

e2e_wait_for 30 at_least 1 || e2e_fail "no notification before expiry (log: $(tail -2 "$E2E_SCRATCH/app.log"))"
[ "$(notification 1 summary)" = "The JWT expires soon" ] || e2e_fail "first notification: $(sed -n 1p "$notes")"
notification 1 body | grep -q 'Production JWT expires in' || e2e_fail "first body: $(notification 1 body)"
[ "$(notification 1 app_name)" = "Nova Post JWT" ] || e2e_fail "app_name: $(notification 1 app_name)"
[ "$(notification 1 app_icon)" = "$E2E_APP_ID" ] || e2e_fail "app_icon: $(notification 1 app_icon)"
[ "$(notification 1 'hints["desktop-entry"]')" = "$E2E_APP_ID" ] || e2e_fail "no desktop-entry hint"
[ "$(notification 1 replaces_id)" = 0 ] || e2e_fail "the first notification replaces another"
[ "$(sed -n 1p "$notes" | jq -r '.actions | index("get-new-jwt") as $i | .[$i + 1]')" = "Get a fresh JWT" ] \
    || e2e_fail "no \"Get a fresh JWT\" button: $(notification 1 actions)"
e2e_ok "\"$(notification 1 summary)\": \"$(notification 1 body)\" after $((SECONDS - started)) s, with icon, desktop-entry and \"Get a fresh JWT\""

e2e_wait_for 30 at_least 2 || e2e_fail "no notification at expiry"
[ "$(notification 2 summary)" = "The JWT has expired" ] || e2e_fail "second notification: $(sed -n 2p "$notes")"
first_id="$(notification 1 id)"
[ "$(notification 2 replaces_id)" = "$first_id" ] || e2e_fail "the expiry notification does not replace the warning"
e2e_ok "\"$(notification 2 summary)\" after $((SECONDS - started)) s, replacing notification $first_id"

dbus-send --session --type=signal /org/freedesktop/Notifications \
    org.freedesktop.Notifications.ActionInvoked "uint32:$(notification 2 id)" string:get-new-jwt
e2e_wait_for 30 at_least 3 || e2e_fail "pressing \"Get a fresh JWT\" brought no new token (no new warning)"
[ "$(notification 3 summary)" = "The JWT expires soon" ] || e2e_fail "third notification: $(sed -n 3p "$notes")"
e2e_ok "\"Get a fresh JWT\" got a new token, whose own warning came after $((SECONDS - started)) s"
