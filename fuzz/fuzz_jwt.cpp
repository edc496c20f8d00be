// SPDX-License-Identifier: MIT
// JwtToken::decode on arbitrary text, and on well-formed tokens built around arbitrary payloads.
#include "FuzzCheck.h"
#include "JwtToken.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <cstddef>
#include <cstdint>

using novapost::JwtToken;

namespace {

constexpr qsizetype MaximumTokenLength = 64 * 1024; // as in JwtToken.cpp
constexpr double LatestTimestamp = 253402300799.0;  // 9999-12-31T23:59:59Z

const QString Header =
    QString::fromLatin1(QByteArray(R"({"typ":"JWT","alg":"HS256"})")
                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
const QString Signature = QStringLiteral("MmhM9rHCYItjA5a7B9PtrdKUKRiHhN43UotWKtKjt78");

void checkDecoded(const JwtToken& token, const QString& input)
{
    if (!token.isValid()) {
        FUZZ_CHECK(!token.errorMessage().isEmpty(), input);
        FUZZ_CHECK(token.raw().isEmpty(), input);
        FUZZ_CHECK(!token.expiresAt(), input);
        return;
    }
    const QString raw = token.raw();
    FUZZ_CHECK(token.errorMessage().isEmpty(), input);
    FUZZ_CHECK(raw == input.trimmed(), input);
    FUZZ_CHECK(raw.size() <= MaximumTokenLength, input);
    FUZZ_CHECK(raw.split(QLatin1Char('.')).size() == 3, raw);
    for (QChar c : raw)
        FUZZ_CHECK(c.unicode() < 0x80 && c.isPrint(), raw);

    // Decoding is a pure function of the text.
    const JwtToken again = JwtToken::decode(raw);
    FUZZ_CHECK(again.isValid() && again.claims() == token.claims() && again.header() == token.header(), raw);

    const QJsonValue exp = token.claims().value(QStringLiteral("exp"));
    const bool usableExp = exp.isDouble() && std::isfinite(exp.toDouble()) && exp.toDouble() >= 0 &&
                           exp.toDouble() <= LatestTimestamp;
    FUZZ_CHECK(token.expiresAt().has_value() == usableExp, raw);
    if (const auto expiresAt = token.expiresAt()) {
        FUZZ_CHECK(expiresAt->isValid() && expiresAt->timeSpec() == Qt::UTC, raw);
        FUZZ_CHECK(expiresAt->toSecsSinceEpoch() == qint64(std::floor(exp.toDouble())), raw);
        FUZZ_CHECK(token.isExpiredAt(*expiresAt), raw);
        FUZZ_CHECK(!token.isExpiredAt(expiresAt->addSecs(-1)), raw);
        FUZZ_CHECK(token.secondsRemaining(expiresAt->addSecs(-60)) == 60, raw);
    } else {
        FUZZ_CHECK(!token.secondsRemaining(QDateTime::currentDateTimeUtc()), raw);
        FUZZ_CHECK(!token.isExpiredAt(QDateTime::currentDateTimeUtc()), raw);
    }
    if (const auto issuedAt = token.issuedAt())
        FUZZ_CHECK(issuedAt->isValid(), raw);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));

    // Even first byte: the input is the token text. Odd: it is a payload, wrapped into a token
    // with a valid header and signature, so the fuzzer reaches the claim handling quickly.
    if (data[0] % 2 == 0) {
        const QString text = QString::fromUtf8(bytes);
        checkDecoded(JwtToken::decode(text), text);
        return 0;
    }

    const QString payload =
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString text = Header + QLatin1Char('.') + payload + QLatin1Char('.') + Signature;
    const JwtToken token = JwtToken::decode(text);
    checkDecoded(token, text);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const bool payloadIsObject = error.error == QJsonParseError::NoError && document.isObject();
    const bool fits = text.size() <= MaximumTokenLength;
    FUZZ_CHECK(token.isValid() == (payloadIsObject && fits), text);
    if (token.isValid())
        FUZZ_CHECK(token.claims() == document.object(), text);
    return 0;
}
