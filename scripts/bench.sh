#!/usr/bin/env bash
# Benchmarks, as medians of many runs with their baselines measured in the same run:
#   - CLI: `novapost-jwt-cli token` against a local server vs `curl -s URL | jq -r .jwt`.
#   scripts/bench.sh [RUNS]      (default 30 runs each)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${1:-30}"
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

median_ms() { jq -r '.results[0].median * 1000' "$1"; }
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
