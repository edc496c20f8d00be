#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz) and runs each for SECONDS (default 30) on a
# throwaway copy of its seed corpus, so new corpus files never land in the repository.
#   scripts/fuzz.sh          30 s per target
#   scripts/fuzz.sh 300      longer, before a release
# Exits non-zero if any target crashes, leaks or breaks an invariant; the input that did it is
# kept in fuzz-out/ (git-ignored) for `build-fuzz/<target> fuzz-out/<file>`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_TARGET="${1:-30}"
BUILD_DIR="${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
TARGETS=(fuzz_jwt fuzz_response fuzz_phone)

case "$SECONDS_PER_TARGET" in
'' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

# Debian 13 has a plain clang (19); Debian 12's is clang-14. scripts/lib.sh installs the right one.
cc="$(command -v clang || command -v clang-14 || true)"
cxx="$(command -v clang++ || command -v clang++-14 || true)"
if [ -z "$cxx" ] || [ -z "$cc" ]; then
    echo "fuzz.sh needs clang with its libFuzzer runtime: run scripts/test.sh once to install them" >&2
    exit 1
fi
if ! "$cxx" -print-file-name=libclang_rt.fuzzer-x86_64.a | grep -q /; then
    echo "fuzz.sh: $cxx has no libFuzzer runtime (Debian: libclang-rt-dev, on Debian 12 libclang-rt-14-dev)" >&2
    exit 1
fi
# Symbolized stack traces in reports; Debian ships llvm-symbolizer outside PATH unless "llvm" is installed.
for symbolizer in "$(command -v llvm-symbolizer || true)" /usr/lib/llvm-*/bin/llvm-symbolizer; do
    if [ -x "$symbolizer" ]; then
        export ASAN_SYMBOLIZER_PATH="$symbolizer"
        break
    fi
done

CC="$cc" CXX="$cxx" cmake -S "$ROOT/fuzz" -B "$BUILD_DIR" -G Ninja \
    -DNOVAPOST_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR"

work="$(mktemp -d "${TMPDIR:-/tmp}/novapost-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=()
summary=()
for target in "${TARGETS[@]}"; do
    corpus="$work/corpus-$target"
    mkdir -p "$corpus" "$work/artifacts-$target"
    cp -R "$ROOT/fuzz/corpus/$target/." "$corpus/"
    echo "== $target: ${SECONDS_PER_TARGET}s, $(find "$corpus" -type f | wc -l) seed inputs"
    status=0
    # -timeout: one slow input (a catastrophic regex, say) is a finding, not a hang.
    "$BUILD_DIR/$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -max_len=8192 \
        -print_final_stats=1 -dict="$ROOT/fuzz/json.dict" \
        -artifact_prefix="$work/artifacts-$target/" "$corpus" >"$work/$target.log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -1)"
    summary+=("$target: ${runs:-?} executions, exit $status, corpus $(find "$corpus" -type f | wc -l) files")
    if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/artifacts-$target")" ]; then
        failed+=("$target")
        grep -E -A40 'ERROR: |invariant failed|runtime error|SUMMARY' "$work/$target.log" | head -80 >&2 || tail -40 "$work/$target.log" >&2
        mkdir -p "$ROOT/fuzz-out"
        cp -R "$work/artifacts-$target/." "$ROOT/fuzz-out/" 2>/dev/null || true
    fi
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failures in ${failed[*]}; reproducers are in $ROOT/fuzz-out/" >&2
    exit 1
fi
echo "fuzz.sh: no findings"
