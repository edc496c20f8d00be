// SPDX-License-Identifier: MIT
#include "ResponseParser.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace novapost {

namespace {

constexpr int MaximumErrorDepth = 3;

QString cleanMessage(const QString& raw)
{
    QString message;
    message.reserve(qMin<qsizetype>(raw.size(), ResponseParser::MaximumMessageLength));
    for (QChar c : raw) {
        // Control characters could rewrite a terminal line or fake another message.
        message.append(c.isPrint() ? c : QLatin1Char(' '));
        if (message.size() >= ResponseParser::MaximumMessageLength) {
            message.append(QChar(0x2026));
            break;
        }
    }
    return message.simplified();
}

void collectMessages(const QJsonValue& value, int depth, const SecretMasker& masker, QStringList* out)
{
    if (out->size() >= ResponseParser::MaximumMessages || depth > MaximumErrorDepth)
        return;
    if (value.isString()) {
        // Masked before the cut: a key cut in two would no longer be recognised.
        const QString message =
            cleanMessage(masker.maskedLeft(value.toString(), ResponseParser::MaximumMessageLength + 1));
        if (!message.isEmpty())
            out->append(message);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            collectMessages(item, depth + 1, masker, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectMessages(it.value(), depth + 1, masker, out);
    }
}

std::optional<QJsonObject> parseObject(const QByteArray& body)
{
    if (body.size() > ResponseParser::MaximumBodyBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QStringList ResponseParser::errorMessages(const QByteArray& body, const SecretMasker& masker)
{
    const auto object = parseObject(body);
    if (!object)
        return {};
    QStringList messages;
    for (const char* field : {"errors", "error", "errorMessage", "message"}) {
        const QJsonValue value = object->value(QLatin1String(field));
        if (!value.isUndefined())
            collectMessages(value, 0, masker, &messages);
    }
    messages.removeDuplicates();
    return messages;
}

QString ResponseParser::jwtFromBody(const QByteArray& body, QString* error)
{
    const auto object = parseObject(body);
    if (!object) {
        *error = tr("The server's answer is not a JSON object.");
        return {};
    }
    const QJsonValue jwt = object->value(QLatin1String("jwt"));
    if (jwt.isUndefined()) {
        *error = tr("The server's answer has no “jwt” field.");
        return {};
    }
    if (!jwt.isString() || jwt.toString().trimmed().isEmpty()) {
        *error = tr("The server's “jwt” field is not a token.");
        return {};
    }
    return jwt.toString().trimmed();
}

std::optional<TestApiKey> ResponseParser::testApiKeyFromBody(const QByteArray& body, QString* error)
{
    const auto object = parseObject(body);
    if (!object) {
        *error = tr("The server's answer is not a JSON object.");
        return std::nullopt;
    }
    const QJsonValue key = object->value(QLatin1String("apiKey"));
    if (!key.isString() || key.toString().trimmed().isEmpty()) {
        *error = tr("The server's answer has no test apiKey.");
        return std::nullopt;
    }
    TestApiKey result;
    result.apiKey = key.toString().trimmed();
    // Dates and status are informative; a missing or odd one must not throw the key away.
    if (auto created = parseDateTime(object->value(QLatin1String("createdAt")).toString()))
        result.createdAt = *created;
    if (auto expires = parseDateTime(object->value(QLatin1String("expDate")).toString()))
        result.expiresAt = *expires;
    result.status = cleanMessage(object->value(QLatin1String("status")).toString()).left(32);
    return result;
}

std::optional<QDateTime> ResponseParser::parseDateTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int milliseconds = match.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (zone.size() > 1) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetSeconds = digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offsetSeconds = -offsetSeconds;
    }
    return UtcTime::fromOffsetDateAndTime(date, time, offsetSeconds);
}

} // namespace novapost
