#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end on a real X server: Xvfb with the openbox window manager, the real window against the
# local fake server, driven with keys as a user would. Asserts: the title and WM_CLASS the window
# manager shows, Get JWT (Ctrl+G) and Copy (Ctrl+Shift+C), the clipboard holds exactly the JWT
# with the x-kde-passwordManagerHint "secret" type, it is cleared after the delay while another
# X client has focus, and the window closes (quits) with the clipboard empty. Takes a screenshot.
E2E_NAME=x11
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
e2e_enter_private_session "$@"
for tool in Xvfb openbox xdotool xclip xprop xmessage wmctrl import; do
    command -v "$tool" >/dev/null || e2e_fail "$tool is missing (scripts/lib.sh installs it)"
done

# A free display number, chosen by Xvfb itself.
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -auth /dev/null 3>"$E2E_SCRATCH/display" \
    2>"$E2E_SCRATCH/xvfb.log" &
e2e_started $!
e2e_wait_for 10 test -s "$E2E_SCRATCH/display" || e2e_fail "Xvfb did not start"
export DISPLAY=":$(head -1 "$E2E_SCRATCH/display")"
openbox --sm-disable >"$E2E_SCRATCH/openbox.log" 2>&1 &
e2e_started $!
e2e_wait_for 10 wmctrl -m || e2e_fail "openbox did not start"
e2e_ok "Xvfb $DISPLAY with openbox"

e2e_start_server
e2e_prepare_app
clip() { xclip -o -selection clipboard "$@"; }

QT_QPA_PLATFORM=xcb "$APP" --env production --base-url "$E2E_URL" >"$E2E_SCRATCH/app.log" 2>&1 &
app=$!
e2e_started "$app"
wid="$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" 2>/dev/null | head -1)" || true
[ -n "$wid" ] || e2e_fail "no window appeared"
title="$(xdotool getwindowname "$wid")"
[ "$title" = "$E2E_TITLE" ] || e2e_fail "the title is \"$title\", expected \"$E2E_TITLE\""
xprop -id "$wid" WM_CLASS | grep -q '"novapost-jwt", "novapost-jwt"' \
    || e2e_fail "WM_CLASS does not match the desktop file's StartupWMClass: $(xprop -id "$wid" WM_CLASS)"
e2e_ok "window \"$title\", WM_CLASS novapost-jwt"

xdotool windowactivate --sync "$wid"
xdotool key ctrl+g
copy_jwt() {
    local content
    for _ in $(seq 1 50); do
        xdotool windowactivate --sync "$wid" key ctrl+shift+c
        sleep 0.2
        content="$(clip 2>/dev/null || true)"
        if [ -n "$content" ]; then
            echo "$content"
            return 0
        fi
    done
    return 1
}
jwt="$(copy_jwt)" || e2e_fail "Ctrl+G, Ctrl+Shift+C put nothing on the clipboard"
copied_at=$(date +%s)
e2e_is_jwt "$jwt" || e2e_fail "the clipboard holds something that is not a JWT"
[ "$jwt" = "$(e2e_cached_jwt)" ] || e2e_fail "the clipboard holds another JWT than the one the window got"
targets="$(clip -t TARGETS)"
grep -qx 'x-kde-passwordManagerHint' <<<"$targets" \
    || e2e_fail "no x-kde-passwordManagerHint among the offered types: $(tr '\n' ' ' <<<"$targets")"
[ "$(clip -t x-kde-passwordManagerHint)" = secret ] || e2e_fail "the password manager hint is not \"secret\""
[ "$(clip -t UTF8_STRING)" = "$jwt" ] || e2e_fail "the text on the clipboard is not exactly the JWT"
e2e_ok "Ctrl+G then Ctrl+Shift+C: clipboard holds exactly the JWT, marked x-kde-passwordManagerHint: secret"

sleep 0.3
import -window "$wid" "$E2E_OUT/x11-window.png" || e2e_fail "no screenshot"
# The whole screen too, with openbox's title bar.
import -window root "$E2E_OUT/x11-screen.png" || e2e_fail "no screenshot"
e2e_ok "screenshots $E2E_OUT/x11-window.png, x11-screen.png"

xmessage -name other-client "Another client with the focus" &
e2e_started $!
other="$(timeout 10 xdotool search --sync --onlyvisible --classname other-client | head -1)" || true
[ -n "$other" ] || e2e_fail "xmessage did not show a window"
xdotool windowactivate --sync "$other"
[ "$(xdotool getactivewindow)" = "$other" ] || e2e_fail "the other client did not get the focus"
e2e_check_clipboard_cleared clip "$copied_at" "$jwt"
[ "$(xdotool getactivewindow)" = "$other" ] || e2e_fail "the window took the focus back"

jwt="$(copy_jwt)" || e2e_fail "copying again put nothing on the clipboard"
wmctrl -i -c "$wid"
e2e_wait_for 10 e2e_exited "$app" || e2e_fail "closing the window did not quit the app"
wait "$app" 2>/dev/null && status=0 || status=$?
[ "$status" -eq 0 ] || e2e_fail "the app exited with status $status"
[ -z "$(clip 2>/dev/null || true)" ] || e2e_fail "the JWT is still on the clipboard after quitting"
e2e_ok "closing the window quit the app (status 0) and left the clipboard empty"
