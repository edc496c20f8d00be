// SPDX-License-Identifier: MIT
#include "NearestName.h"

#include <QList>

#include <algorithm>

namespace novapost::cli {

int NearestName::editDistance(const QString& a, const QString& b)
{
    // Optimal string alignment: Levenshtein plus the swap of two neighbours ("tiemout").
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    QList<int> d(rows * columns, 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& {
        return d[i * columns + j];
    };
    for (qsizetype i = 0; i < rows; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j < columns; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(rows - 1, columns - 1);
}

QString NearestName::in(const QString& typed, const QStringList& candidates)
{
    QString best;
    int bestDistance = 0;
    for (const QString& candidate : candidates) {
        // Letter case alone is also a slip: --Fresh means --fresh.
        const int distance = editDistance(typed.toLower(), candidate);
        // Close enough to be a typo: at most two edits, and at most a third of the name, so that
        // short names are not "corrected" into unrelated ones (-x is not -h).
        if (distance > 2 || distance * 3 > candidate.size())
            continue;
        if (best.isEmpty() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace novapost::cli
