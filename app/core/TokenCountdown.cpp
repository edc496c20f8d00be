// SPDX-License-Identifier: MIT
#include "TokenCountdown.h"

#include <QTimer>

namespace novapost {

QString TokenCountdown::formatMinutesSeconds(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

TokenCountdown::TokenCountdown(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    // Second-level precision is all a mm:ss label needs; a coarse timer lets the OS batch wake-ups.
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &TokenCountdown::refresh);
}

void TokenCountdown::start(const QDateTime& expiresAt)
{
    m_expiresAt = expiresAt.toUTC();
    m_timer->start();
    refresh();
}

void TokenCountdown::stop()
{
    m_timer->stop();
    m_expiresAt = QDateTime();
}

qint64 TokenCountdown::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    const qint64 msLeft = m_clock->now().msecsTo(m_expiresAt);
    return msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
}

void TokenCountdown::refresh()
{
    if (!m_expiresAt.isValid())
        return;
    const qint64 left = secondsLeft();
    if (left > 0) {
        emit tick(left);
        return;
    }
    stop();
    emit expired();
}

} // namespace novapost
