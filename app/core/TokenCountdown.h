// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace novapost {

/**
 * @brief Seconds left until a token's expiry, recomputed from the clock on every tick.
 *
 * Never decrements a counter: after a suspend or a stalled event loop the next tick is right
 * again. The 1 s timer runs only while a token is live, so an idle window costs no CPU.
 */
class TokenCountdown : public QObject
{
    Q_OBJECT

public:
    /** "mm:ss" for a number of seconds left; negative counts as zero. */
    static QString formatMinutesSeconds(qint64 seconds);
    /** @p clock is not owned and must outlive the countdown. */
    explicit TokenCountdown(const Clock* clock, QObject* parent = nullptr);

    /** Starts counting towards @p expiresAt and ticks at once (or expires at once if already past). */
    void start(const QDateTime& expiresAt);
    /** Forgets the expiry without emitting expired(). */
    void stop();

    bool isActive() const { return m_expiresAt.isValid(); }
    QDateTime expiresAt() const { return m_expiresAt; }
    /** Whole seconds left, rounded up so "00:00" is never shown for a token that is still valid; 0 when idle.
     */
    qint64 secondsLeft() const;

    /** Recomputes now; emits tick() while live and expired() once at the end. Tests call it after moving a
     * ManualClock. */
    void refresh();

signals:
    void tick(qint64 secondsLeft);
    void expired();

private:
    const Clock* m_clock;
    QTimer* m_timer;
    QDateTime m_expiresAt;
};

} // namespace novapost
