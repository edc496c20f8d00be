// SPDX-License-Identifier: MIT
#include "CliTimes.h"

namespace novapost::cli::CliTimes {

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(isoUtc(when)) : QJsonValue(QJsonValue::Null);
}

QString readableUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : QStringLiteral("-");
}

} // namespace novapost::cli::CliTimes
