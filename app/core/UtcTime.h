// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace novapost {

/**
 * @brief The one way to make a UTC date-time that behaves the same on every supported Qt.
 *
 * Qt 6.8 deprecates the Qt::TimeSpec overloads (`QDateTime(date, time, Qt::UTC)`,
 * `fromSecsSinceEpoch(s, Qt::UTC)`, `Qt::OffsetFromUTC`). QTimeZone::utc() works on every Qt 6,
 * but before Qt 6.5 it gives a Qt::TimeZone date-time that prints "+00:00" instead of "Z" and
 * reports timeSpec() == Qt::TimeZone. These functions return a Qt::UTC date-time on Qt 6.4 and 6.8
 * alike; use them instead of Qt::UTC anywhere, tests included.
 */
class UtcTime
{
public:
    static QDateTime fromSecsSinceEpoch(qint64 seconds);
    static QDateTime fromDateAndTime(QDate date, QTime time);
    /** @p date and @p time are a wall-clock time @p offsetSeconds ahead of UTC (e.g. +02:00). */
    static QDateTime fromOffsetDateAndTime(QDate date, QTime time, int offsetSeconds);
};

} // namespace novapost
