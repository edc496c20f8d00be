#!/usr/bin/env bash
# Benchmarks, as medians of many runs with their baselines measured in the same run:
#   - CLI: `novapost-jwt-cli token` against a local server vs `curl -s URL | jq -r .jwt`;
#   - window: start-up to the first painted window vs a bare Qt Widgets window built the same way,
#     both on one Xvfb display inside a private keyring session, in ROUNDS (default 5) alternating
#     rounds so a slow spell of the machine weighs on both alike. Both are timed as the programs of
#     tests/bench: the app's own main.cpp and the bare window, each leaving after its first frame;
#   - the idle window with a live token: CPU over IDLE_SECONDS (default 60) and resident memory;
#   - installed size.
#   scripts/bench.sh [RUNS]      (default 30 runs each)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${1:-30}"
with_test_packages
install_missing_packages
BUILD_DIR="${BENCH_BUILD_DIR:-$ROOT/build-bench}" BUILD_TYPE=Release configure_and_build >/dev/null
BUILD_DIR="${BENCH_BUILD_DIR:-$ROOT/build-bench}"
CLI="$BUILD_DIR/app/cli/novapost-jwt-cli"
SERVER="$BUILD_DIR/tests/support/novapost-fake-server"

work="$(mktemp -d)"
cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The median over one or more hyperfine exports of one command (all their runs together).
median_ms() {
    jq -s '[.[].results[0].times[]] | sort | if length % 2 == 1 then .[length / 2 | floor]
           else (.[length / 2 - 1] + .[length / 2]) / 2 end * 1000' "$@"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# ---- CLI vs curl + jq --------------------------------------------------------------------
"$SERVER" --api-key bench-key > "$work/server.out" &
server_pid=$!
for _ in $(seq 1 100); do [ -s "$work/server.out" ] && break; sleep 0.05; done
BASE_URL="$(head -1 "$work/server.out")"
echo "bench-key" > "$work/key"
# No keychain and no session bus: the CLI must not depend on them for --api-key-stdin.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
export HOME="$work" XDG_CONFIG_HOME="$work/config"

hyperfine --warmup 5 --runs "$RUNS" --export-json "$work/cli.json" \
    "$CLI --base-url $BASE_URL token --api-key-stdin < $work/key" >/dev/null 2>&1
hyperfine --warmup 5 --runs "$RUNS" --export-json "$work/curl.json" \
    "curl -s '${BASE_URL}clients/authorization?apiKey=bench-key' | jq -r .jwt" >/dev/null 2>&1
cli_ms="$(median_ms "$work/cli.json")"
curl_ms="$(median_ms "$work/curl.json")"
printf 'CLI token:        %7.2f ms median (%s runs)\n' "$cli_ms" "$RUNS"
printf 'curl + jq:        %7.2f ms median (%s runs)\n' "$curl_ms" "$RUNS"
printf 'ratio CLI/curl:   %7s x   (target <= 1.2)\n' "$(ratio "$cli_ms" "$curl_ms")"

# ---- Window start-up, idle CPU and memory ---------------------------------------------------
GUI="$BUILD_DIR/app/gui/novapost-jwt"
GUI_FIRST_PAINT="$BUILD_DIR/tests/bench/novapost-bench-window"
BARE_FIRST_PAINT="$BUILD_DIR/tests/bench/novapost-bench-bare-window"
BARE_NETWORK_FIRST_PAINT="$BUILD_DIR/tests/bench/novapost-bench-bare-network-window"
IDLE_SECONDS="${IDLE_SECONDS:-60}"
ROUNDS="${ROUNDS:-5}"
PER_ROUND=$(((RUNS + ROUNDS - 1) / ROUNDS))
export PER_ROUND ROUNDS BASE_URL CLI GUI GUI_FIRST_PAINT BARE_FIRST_PAINT BARE_NETWORK_FIRST_PAINT IDLE_SECONDS work
xvfb-run -a -s "-screen 0 1280x900x24" "$ROOT/scripts/with-test-keyring.sh" bash -c '
    set -euo pipefail
    # Alternating rounds, so a slow spell of the machine weighs on both windows alike.
    for round in $(seq 1 "$ROUNDS"); do
        for which in gui bare bare-network; do
            case "$which" in
            gui) binary="$GUI_FIRST_PAINT" ;;
            bare) binary="$BARE_FIRST_PAINT" ;;
            bare-network) binary="$BARE_NETWORK_FIRST_PAINT" ;;
            esac
            hyperfine -N --warmup 2 --runs "$PER_ROUND" \
                --export-json "$work/$which.$round.json" "$binary" >/dev/null 2>&1
        done
    done

    # A live token in the window: a key in the keyring, a token cached by the CLI, and Ctrl+G.
    printf "bench-key\n" | "$CLI" --base-url "$BASE_URL" set-key --phone 498213437654 >/dev/null
    "$CLI" --base-url "$BASE_URL" token >/dev/null
    "$GUI" --base-url "$BASE_URL" >/dev/null 2>&1 &
    gui_pid=$!
    wid="$(timeout 10 xdotool search --sync --onlyvisible --pid "$gui_pid" | head -1)"
    xdotool windowfocus --sync "$wid" key --window "$wid" ctrl+g 2>/dev/null || true
    sleep 3
    import -window root "$work/idle.png"
    ticks() { awk "{ print \$14 + \$15 }" "/proc/$gui_pid/stat"; }
    before="$(ticks)"
    sleep "$IDLE_SECONDS"
    after="$(ticks)"
    rss_kb="$(awk "/^VmRSS/ { print \$2 }" "/proc/$gui_pid/status")"
    kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true
    echo "$before $after $rss_kb" > "$work/idle.txt"
' 2>/dev/null
gui_ms="$(median_ms "$work"/gui.*.json)"
bare_ms="$(median_ms "$work"/bare.*.json)"
bare_network_ms="$(median_ms "$work"/bare-network.*.json)"
read -r before after rss_kb < "$work/idle.txt"
cpu_percent="$(awk -v d="$((after - before))" -v hz="$(getconf CLK_TCK)" -v s="$IDLE_SECONDS" \
    'BEGIN { printf "%.2f", 100 * d / hz / s }')"
cp "$work/idle.png" "$BUILD_DIR/bench-idle-window.png"

DESTDIR="$work/install" cmake --install "$BUILD_DIR" --prefix /usr >/dev/null
installed_kb="$(du -sk "$work/install" | cut -f1)"

printf 'window start-up:  %7.2f ms median (%s runs in %s alternating rounds)\n' "$gui_ms" "$((PER_ROUND * ROUNDS))" "$ROUNDS"
printf 'bare Qt window:   %7.2f ms median (%s runs in %s alternating rounds)\n' "$bare_ms" "$((PER_ROUND * ROUNDS))" "$ROUNDS"
printf 'ratio window/bare:%7s x   (target <= 1.3)\n' "$(ratio "$gui_ms" "$bare_ms")"
printf 'bare + Qt Network:%7.2f ms median, %s x the bare window (what linking Qt Network costs here)\n' \
    "$bare_network_ms" "$(ratio "$bare_network_ms" "$bare_ms")"
printf 'ratio window/(bare + Qt Network): %s x (the window'"'"'s own share, without that library'"'"'s)\n' \
    "$(ratio "$gui_ms" "$bare_network_ms")"
printf 'idle window CPU:  %7s %%   over %s s with a live countdown (target < 1)\n' "$cpu_percent" "$IDLE_SECONDS"
printf 'idle window RSS:  %7.1f MB  (target < 60)\n' "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')"
printf 'installed size:   %7.1f MB  (binaries, man page, desktop file, icon, metainfo)\n' \
    "$(awk -v k="$installed_kb" 'BEGIN { print k / 1024 }')"
echo "screenshot of the idle window: $BUILD_DIR/bench-idle-window.png"
