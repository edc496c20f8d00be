// SPDX-License-Identifier: MIT
#include "JwtToken.h"
#include "UtcTime.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace novapost {

namespace {

// Generous: real Nova Post tokens are well under 2 KiB, but claims may grow.
constexpr qsizetype MaximumTokenLength = 64 * 1024;
// 9999-12-31T23:59:59Z; anything later cannot be a real expiry and would overflow date maths.
constexpr double LatestTimestamp = 253402300799.0;

std::optional<QByteArray> decodeBase64Url(const QByteArray& part)
{
    for (char c : part) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                             c == '-' || c == '_' || c == '=';
        if (!allowed)
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding |
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

std::optional<QDateTime> timestampClaim(const QJsonObject& claims, const QString& name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > LatestTimestamp)
        return std::nullopt;
    return UtcTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(seconds)));
}

} // namespace

JwtToken JwtToken::decode(const QString& text)
{
    JwtToken token;
    const QString trimmed = text.trimmed();
    auto fail = [&token](const QString& message) {
        token.m_error = message;
        return token;
    };
    if (trimmed.isEmpty())
        return fail(tr("The token is empty."));
    if (trimmed.size() > MaximumTokenLength)
        return fail(tr("The token is too long to be a JWT."));
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return fail(
            tr("A JWT has three parts separated by dots; this one has %n part(s).", "", int(parts.size())));

    const auto header = decodeBase64Url(parts.at(0).toLatin1());
    const auto payload = decodeBase64Url(parts.at(1).toLatin1());
    if (!header || header->isEmpty())
        return fail(tr("The JWT header is not valid base64url."));
    if (!payload || payload->isEmpty())
        return fail(tr("The JWT payload is not valid base64url."));
    if (!decodeBase64Url(parts.at(2).toLatin1()))
        return fail(tr("The JWT signature is not valid base64url."));

    QJsonParseError parseError;
    const QJsonDocument headerJson = QJsonDocument::fromJson(*header, &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerJson.isObject())
        return fail(tr("The JWT header is not a JSON object."));
    const QJsonDocument payloadJson = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !payloadJson.isObject())
        return fail(tr("The JWT payload is not a JSON object."));

    token.m_raw = trimmed;
    token.m_header = headerJson.object();
    token.m_claims = payloadJson.object();
    token.m_expiresAt = timestampClaim(token.m_claims, QStringLiteral("exp"));
    token.m_issuedAt = timestampClaim(token.m_claims, QStringLiteral("iat"));
    return token;
}

std::optional<qint64> JwtToken::secondsRemaining(const QDateTime& now) const
{
    if (!m_expiresAt)
        return std::nullopt;
    return now.secsTo(*m_expiresAt);
}

bool JwtToken::isExpiredAt(const QDateTime& now) const
{
    const auto remaining = secondsRemaining(now);
    return remaining && *remaining <= 0;
}

} // namespace novapost
