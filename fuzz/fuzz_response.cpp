// SPDX-License-Identifier: MIT
// ResponseParser on arbitrary bytes: what a hostile or broken server (or proxy) could send.
#include "FuzzCheck.h"
#include "ResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using novapost::ResponseParser;
using novapost::fuzz::isDisplaySafe;

namespace {

QString shown(const QByteArray& body)
{
    return QString::fromUtf8(body.left(300).toPercentEncoding(" {}[]\":,"));
}

void checkErrorMessages(const QByteArray& body)
{
    const QStringList messages = ResponseParser::errorMessages(body);
    FUZZ_CHECK(messages.size() <= ResponseParser::MaximumMessages, shown(body));
    QStringList unique = messages;
    FUZZ_CHECK(unique.removeDuplicates() == 0, shown(body));
    for (const QString& message : messages) {
        FUZZ_CHECK(!message.isEmpty(), shown(body));
        // One more for the ellipsis that marks a cut message.
        FUZZ_CHECK(message.size() <= ResponseParser::MaximumMessageLength + 1, shown(body));
        FUZZ_CHECK(message == message.trimmed(), message);
        FUZZ_CHECK(isDisplaySafe(message), shown(message.toUtf8()));
    }
}

void checkJwt(const QByteArray& body)
{
    QString error;
    const QString jwt = ResponseParser::jwtFromBody(body, &error);
    FUZZ_CHECK(jwt.isEmpty() != error.isEmpty(), shown(body));
    if (jwt.isEmpty())
        return;
    FUZZ_CHECK(jwt == jwt.trimmed(), shown(body));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && document.isObject(), shown(body));
    FUZZ_CHECK(document.object().value(QStringLiteral("jwt")).toString().trimmed() == jwt, shown(body));
}

void checkTestKey(const QByteArray& body)
{
    QString error;
    const auto key = ResponseParser::testApiKeyFromBody(body, &error);
    FUZZ_CHECK(key.has_value() == error.isEmpty(), shown(body));
    if (!key)
        return;
    FUZZ_CHECK(!key->apiKey.isEmpty() && key->apiKey == key->apiKey.trimmed(), shown(body));
    FUZZ_CHECK(key->status.size() <= 32 && isDisplaySafe(key->status), shown(body));
    for (const QDateTime& when : {key->createdAt, key->expiresAt})
        FUZZ_CHECK(when.isNull() || (when.isValid() && when.timeSpec() == Qt::UTC), shown(body));
}

void checkDateTime(const QString& text)
{
    const auto when = ResponseParser::parseDateTime(text);
    if (!when)
        return;
    FUZZ_CHECK(when->isValid(), text);
    FUZZ_CHECK(when->timeSpec() == Qt::UTC, text);
    // What we print must read back as the same instant.
    const int year = when->date().year();
    if (year >= 1 && year <= 9999) {
        const QString printed = when->toString(Qt::ISODateWithMs);
        const auto again = ResponseParser::parseDateTime(printed);
        FUZZ_CHECK(again && *again == *when, text + QStringLiteral(" -> ") + printed);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    checkErrorMessages(body);
    checkJwt(body);
    checkTestKey(body);
    checkDateTime(QString::fromUtf8(body));
    return 0;
}
