// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace novapost::cli {

/** @brief The known name a mistyped one most likely meant, for "did you mean …?" hints. */
class NearestName
{
public:
    /**
     * The candidate closest to @p typed by edit distance (a swapped pair of neighbours counts as
     * one edit), or empty when none is close enough to be a slip of the fingers rather than
     * another word.
     */
    static QString in(const QString& typed, const QStringList& candidates);

    /** Insertions, deletions, substitutions and swaps of neighbours needed to turn @p a into @p b. */
    static int editDistance(const QString& a, const QString& b);
};

} // namespace novapost::cli
