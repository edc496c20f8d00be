// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace novapost {

/**
 * @brief Replaces every known secret (apiKeys, JWTs) in text meant for people with "***".
 *
 * A server may echo a key back in any spelling, so a secret is found raw, percent-encoded (upper- or
 * lower-case hex, with any set of characters left unencoded), form-encoded ('+' for a space) and in
 * any letter case. A run of at least FragmentLength characters of a secret counts too, so a copy cut
 * short elsewhere still disappears. Mask before cutting text to a length, never after.
 */
class SecretMasker
{
public:
    static constexpr qsizetype MinimumSecretLength = 4;
    static constexpr qsizetype FragmentLength = 12;
    static inline const QString Mask = QStringLiteral("***");

    SecretMasker() = default;
    explicit SecretMasker(const QStringList& secrets);

    /** Remembers @p secret; blanks around it are ignored, and secrets under 4 characters too. */
    void addSecret(const QString& secret);
    void addSecrets(const SecretMasker& other);
    bool isEmpty() const { return m_secrets.isEmpty(); }

    /** @p text with every known secret, in every spelling above, replaced by "***". */
    QString mask(const QString& text) const;
    /**
     * The first @p length characters of mask(@p text), for text that is about to be cut. Only the
     * part that can show is looked at, so a long hostile text costs little.
     */
    QString maskedLeft(const QString& text, qsizetype length) const;

private:
    QStringList m_secrets;
};

} // namespace novapost
