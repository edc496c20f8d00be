#!/usr/bin/env bash
# Counts the Qt Test checks in the test sources, so that a change to the tests can say whether it kept
# their strength. A check is one use of a Qt Test assertion macro (QVERIFY, QVERIFY2, QCOMPARE, QFAIL,
# QVERIFY_THROWS_*, and every QTRY_* form) or one data row (QTest::newRow / QTest::addRow), counted in
# tests/*.cpp and tests/support/* (the shared fixtures), comments included as written (there are none
# that name a macro call). Prints the count per file and the total.
#   scripts/count-test-checks.sh [SOURCE_DIR]
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root"
pattern='\b(QVERIFY2?|QCOMPARE|QFAIL|QVERIFY_THROWS_[A-Z_]+|QTRY_[A-Z0-9_]+|QTest::newRow|QTest::addRow)[[:space:]]*\('
total=0
for file in tests/*.cpp tests/support/*.h tests/support/*.cpp; do
    [ -f "$file" ] || continue
    count=$({ grep -oE "$pattern" "$file" || true; } | wc -l)
    [ "$count" -eq 0 ] || printf '%5d  %s\n' "$count" "$file"
    total=$((total + count))
done
printf '%5d  total\n' "$total"
