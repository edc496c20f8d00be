// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace novapost {

/**
 * @brief A decoded JWT: header and claims, without signature check (we hold no secret).
 *
 * Nova Post's claim set varies between tokens, so only `exp` (and `iat` for display) is
 * interpreted; every other claim is exposed as-is.
 */
class JwtToken
{
    Q_DECLARE_TR_FUNCTIONS(novapost::JwtToken)

public:
    JwtToken() = default;

    /** Decodes @p text; on failure the result is invalid and errorMessage() says why. */
    static JwtToken decode(const QString& text);

    bool isValid() const { return m_error.isEmpty() && !m_raw.isEmpty(); }
    QString errorMessage() const { return m_error; }

    QString raw() const { return m_raw; }
    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }

    /** From the `exp` claim; empty when missing or not a usable number. */
    std::optional<QDateTime> expiresAt() const { return m_expiresAt; }
    std::optional<QDateTime> issuedAt() const { return m_issuedAt; }

    /** Seconds until expiry at @p now (negative once expired); empty without `exp`. */
    std::optional<qint64> secondsRemaining(const QDateTime& now) const;
    bool isExpiredAt(const QDateTime& now) const;

private:
    QString m_raw;
    QString m_error;
    QJsonObject m_header;
    QJsonObject m_claims;
    std::optional<QDateTime> m_expiresAt;
    std::optional<QDateTime> m_issuedAt;
};

} // namespace novapost
