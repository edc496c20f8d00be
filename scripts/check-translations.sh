#!/usr/bin/env bash
# Fails when the committed .ts files are out of date with the sources (lupdate would change them)
# or when any message is unfinished. Leaves the .ts files as they were.
#   scripts/check-translations.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build}"

saved="$(mktemp -d)"
trap 'cp "$saved"/*.ts "$ROOT/translations/"; rm -rf "$saved"' EXIT
cp "$ROOT"/translations/*.ts "$saved/"

cmake --build "$BUILD_DIR" --target update_translations >/dev/null
status=0
for ts in "$ROOT"/translations/*.ts; do
    name="$(basename "$ts")"
    if ! diff -u "$saved/$name" "$ts" >"$saved/$name.diff"; then
        echo "translations/$name is out of date with the sources; run: cmake --build build --target update_translations" >&2
        head -40 "$saved/$name.diff" >&2
        status=1
    fi
    unfinished="$(grep -c 'type="unfinished"' "$saved/$name" || true)"
    vanished="$(grep -cE 'type="(vanished|obsolete)"' "$saved/$name" || true)"
    total="$(grep -c '<message' "$saved/$name" || true)"
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        echo "translations/$name: $unfinished of $total messages unfinished, $vanished obsolete" >&2
        status=1
    else
        echo "translations/$name: all $total messages translated"
    fi
done
exit $status
