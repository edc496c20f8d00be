// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace novapost {

/**
 * @brief Ids and comparisons for the labels people give production keys ("Acme Sp. z o.o.",
 * "ТОВ Альфа 2024", "Müller & Söhne").
 *
 * Ids name keychain entries and settings groups, so they keep to a–z, 0–9 and "-". Two labels
 * that are not confusable (see comparableForm()) never share an id: a label the readable part
 * cannot carry whole (letters outside a–z, or a long label) gets a hash of its exact text.
 */
class ProductionKeyNames
{
public:
    /** The id for @p label: "Acme Sp. z o.o." -> "acme-sp-z-o-o"; empty -> "default". */
    static QString idFor(const QString& label);
    /** What is left when case, punctuation and blanks are ignored; equal forms are confusable labels. */
    static QString comparableForm(const QString& label);

    static constexpr int MaximumPlainIdLength = 40;
};

} // namespace novapost
