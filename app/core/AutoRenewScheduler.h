// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QObject>

namespace novapost {

/**
 * @brief Decides when to renew a JWT before it expires, and when to try again after a failure.
 *
 * Has no timer of its own: check() is called on each countdown tick (which runs only while a token
 * is live), so it costs nothing when idle and tests drive it with a ManualClock. Failures back off
 * (30 s, 1 min, 2 min, 4 min, then every 4 min), and nothing is tried once the token has expired.
 */
class AutoRenewScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaximumBackoffSeconds = 240;

    /** @p clock is not owned and must outlive the scheduler. */
    explicit AutoRenewScheduler(const Clock* clock, QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /** How long before expiry to renew. */
    void setLeadSeconds(qint64 seconds);
    qint64 leadSeconds() const { return m_leadSeconds; }

    /** A new token that expires at @p expiresAt (local clock); forgets earlier failures. */
    void start(const QDateTime& expiresAt);
    void stop();
    /** The renewal that renewDue() asked for failed: try again after the next backoff step. */
    void renewalFailed();
    /** The renewal could not start now (another request runs): ask again on a later check(). */
    void renewalPostponed();

    /** Emits renewDue() when the time has come; call it on every countdown tick. */
    void check();

    bool isWaitingForRenewal() const { return m_inFlight; }
    int failureCount() const { return m_failures; }
    /** When the next attempt is due; invalid when nothing is scheduled. */
    QDateTime nextAttempt() const { return m_expiresAt.isValid() ? m_next : QDateTime(); }
    static qint64 backoffSeconds(int failures);

signals:
    void renewDue();

private:
    const Clock* m_clock;
    bool m_enabled = false;
    qint64 m_leadSeconds = 5 * 60;
    QDateTime m_expiresAt;
    QDateTime m_next;
    int m_failures = 0;
    bool m_inFlight = false;
};

} // namespace novapost
