// SPDX-License-Identifier: MIT
#include "DecodeCommand.h"

#include "CliConsole.h"
#include "CliTimes.h"
#include "Clock.h"
#include "ExitCode.h"
#include "JwtToken.h"
#include "TokenCountdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>

namespace novapost::cli {

namespace {

QString durationText(qint64 seconds)
{
    const qint64 magnitude = qAbs(seconds);
    if (magnitude < 3600)
        return TokenCountdown::formatMinutesSeconds(magnitude);
    if (magnitude < 2 * 86400)
        return DecodeCommand::tr("%n hour(s)", "", int(magnitude / 3600));
    return DecodeCommand::tr("%n day(s)", "", int(qMin<qint64>(magnitude / 86400, INT_MAX)));
}

} // namespace

DecodeCommand::DecodeCommand(CliConsole* console, const Clock* clock, bool json)
    : m_console(console)
    , m_clock(clock)
    , m_json(json)
{}

void DecodeCommand::run()
{
    const auto text = m_console->readStdinLine(tr("JWT"));
    if (!text)
        return;
    const JwtToken token = JwtToken::decode(*text);
    if (!token.isValid())
        return m_console->fail(ExitUsage, token.errorMessage());

    const QDateTime now = m_clock->now();
    const auto remaining = token.secondsRemaining(now);
    if (m_json) {
        QJsonObject object{
            {QStringLiteral("header"), token.header()},
            {QStringLiteral("payload"), token.claims()},
            {QStringLiteral("issuedAt"),
             token.issuedAt() ? CliTimes::isoOrNull(*token.issuedAt()) : QJsonValue()},
            {QStringLiteral("expiresAt"),
             token.expiresAt() ? CliTimes::isoOrNull(*token.expiresAt()) : QJsonValue()},
            {QStringLiteral("expiresIn"), remaining ? QJsonValue(double(*remaining)) : QJsonValue()},
            {QStringLiteral("expired"), token.isExpiredAt(now)}};
        // The same readable fields as the window's claims panel: local times and the client id.
        auto localTime = [](const std::optional<QDateTime>& when) {
            return when ? QJsonValue(when->toLocalTime()
                                         .toOffsetFromUtc(when->toLocalTime().offsetFromUtc())
                                         .toString(Qt::ISODate))
                        : QJsonValue();
        };
        object.insert(QStringLiteral("issuedAtLocal"), localTime(token.issuedAt()));
        object.insert(QStringLiteral("expiresAtLocal"), localTime(token.expiresAt()));
        const QJsonValue clientId = token.claims().value(QStringLiteral("cid"));
        object.insert(QStringLiteral("clientId"),
                      clientId.isString() && !clientId.toString().isEmpty() ? clientId : QJsonValue());
        m_console->printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return m_console->succeed();
    }

    auto printObject = [this](const QString& title, const QJsonObject& object) {
        m_console->printLine(title);
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString value =
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            m_console->printLine(QStringLiteral("  %1: %2").arg(it.key(), value));
        }
    };
    printObject(tr("Header:"), token.header());
    printObject(tr("Claims:"), token.claims());
    if (token.issuedAt())
        m_console->printLine(
            tr("Issued:  %1")
                .arg(token.issuedAt()->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    if (!token.expiresAt()) {
        m_console->printLine(tr("Expires: unknown (the token has no usable exp claim)"));
    } else {
        const QString when = token.expiresAt()->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        m_console->printLine(*remaining > 0
                                 ? tr("Expires: %1 (in %2)").arg(when, durationText(*remaining))
                                 : tr("Expires: %1 (expired %2 ago)").arg(when, durationText(*remaining)));
    }
    m_console->succeed();
}

} // namespace novapost::cli
