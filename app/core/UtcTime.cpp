// SPDX-License-Identifier: MIT
#include "UtcTime.h"

#include <QTimeZone>

namespace novapost {

QDateTime UtcTime::fromSecsSinceEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toUTC();
}

QDateTime UtcTime::fromDateAndTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone::utc()).toUTC();
}

QDateTime UtcTime::fromOffsetDateAndTime(QDate date, QTime time, int offsetSeconds)
{
    // Arithmetic instead of QTimeZone(offsetSeconds), which refuses offsets beyond +-14 hours.
    return fromDateAndTime(date, time).addSecs(-offsetSeconds);
}

} // namespace novapost
