// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

class QTimer;

namespace novapost {
class Clock;
}

namespace novapost::gui {

class ClipboardGuard;

/**
 * @brief Clears a copied secret from the clipboard after a delay, if the clipboard still holds it.
 *
 * Starts counting when the guard reports a copy. The time left is worked out from the clock on every
 * tick rather than counted down, so a suspended machine or a stalled event loop does not stretch it.
 * Something the user copies afterwards stops the countdown and is never cleared.
 */
class ClipboardAutoClear : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelaySeconds = 60;
    /** The choices the window offers, in seconds; 0 means never. */
    static QList<int> delayChoices();

    /** @p guard and @p clock are not owned and must outlive this object. */
    ClipboardAutoClear(ClipboardGuard* guard, const Clock* clock, QObject* parent = nullptr);

    /** 0 turns timed clearing off; clearing at token expiry and at quit stays. A pending copy follows the new
     * delay. */
    void setDelaySeconds(int seconds);
    int delaySeconds() const { return m_delaySeconds; }

    /** True while the clipboard holds our secret (whether or not a delay runs). */
    bool isPending() const;
    /** True while a timed clear is due; secondsLeft() is meaningful then. */
    bool isCountingDown() const;
    qint64 secondsLeft() const;
    /** Where the token on the clipboard is valid, while it is ours; none when the copy named none. */
    std::optional<EnvironmentKind> secretEnvironment() const;

    /** Re-reads the clock and the clipboard; the 1 s timer calls it, tests call it after moving a
     * ManualClock. */
    void refresh();
    /** Clears the clipboard now if it still holds our secret. */
    void clearNow();

signals:
    /** Whenever the state shown to people may have changed: pending or not, seconds left. */
    void changed();
    /** After this object cleared the clipboard (by the delay or Clear now). */
    void cleared();

private:
    void onCopied();
    void stop();

    ClipboardGuard* m_guard;
    const Clock* m_clock;
    QTimer* m_timer;
    int m_delaySeconds = DefaultDelaySeconds;
    QDateTime m_copiedAt;
    bool m_pending = false;
};

} // namespace novapost::gui
