// SPDX-License-Identifier: MIT
#include "AutoRenewScheduler.h"

namespace novapost {

AutoRenewScheduler::AutoRenewScheduler(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

qint64 AutoRenewScheduler::backoffSeconds(int failures)
{
    if (failures <= 0)
        return 0;
    qint64 seconds = 30;
    for (int i = 1; i < failures && seconds < MaximumBackoffSeconds; ++i)
        seconds *= 2;
    return qMin(seconds, MaximumBackoffSeconds);
}

void AutoRenewScheduler::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_inFlight = false;
}

void AutoRenewScheduler::setLeadSeconds(qint64 seconds)
{
    m_leadSeconds = qMax<qint64>(0, seconds);
    if (m_expiresAt.isValid() && m_failures == 0)
        m_next = m_expiresAt.addSecs(-m_leadSeconds);
}

void AutoRenewScheduler::start(const QDateTime& expiresAt)
{
    const bool renewed = m_inFlight;
    m_expiresAt = expiresAt;
    m_inFlight = false;
    m_next = expiresAt.addSecs(-m_leadSeconds);
    if (renewed && m_next <= m_clock->now()) {
        // The renewal brought a token no fresher than the lead time: asking again at once would
        // loop every tick, so it counts as a failure and backs off.
        ++m_failures;
        m_next = m_clock->now().addSecs(backoffSeconds(m_failures));
        return;
    }
    m_failures = 0;
}

void AutoRenewScheduler::stop()
{
    m_expiresAt = QDateTime();
    m_next = QDateTime();
    m_failures = 0;
    m_inFlight = false;
}

void AutoRenewScheduler::renewalFailed()
{
    m_inFlight = false;
    ++m_failures;
    m_next = m_clock->now().addSecs(backoffSeconds(m_failures));
}

void AutoRenewScheduler::renewalPostponed()
{
    m_inFlight = false;
}

void AutoRenewScheduler::check()
{
    if (!m_enabled || m_inFlight || !m_expiresAt.isValid())
        return;
    const QDateTime now = m_clock->now();
    if (now >= m_expiresAt) {
        stop();
        return;
    }
    if (now < m_next)
        return;
    m_inFlight = true;
    emit renewDue();
}

} // namespace novapost
