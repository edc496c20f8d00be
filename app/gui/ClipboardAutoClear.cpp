// SPDX-License-Identifier: MIT
#include "ClipboardAutoClear.h"

#include "ClipboardGuard.h"
#include "Clock.h"

#include <QClipboard>
#include <QTimer>

namespace novapost::gui {

QList<int> ClipboardAutoClear::delayChoices()
{
    return {30, 60, 120, 300, 0};
}

ClipboardAutoClear::ClipboardAutoClear(ClipboardGuard* guard, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_guard(guard)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ClipboardAutoClear::refresh);
    connect(m_guard, &ClipboardGuard::secretCopied, this, &ClipboardAutoClear::onCopied);
    if (QClipboard* clipboard = m_guard->clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ClipboardAutoClear::refresh);
}

void ClipboardAutoClear::setDelaySeconds(int seconds)
{
    m_delaySeconds = qMax(0, seconds);
    if (m_pending) {
        if (m_delaySeconds > 0)
            m_timer->start();
        else
            m_timer->stop();
    }
    refresh();
}

bool ClipboardAutoClear::isPending() const
{
    return m_pending;
}

bool ClipboardAutoClear::isCountingDown() const
{
    return m_pending && m_delaySeconds > 0;
}

qint64 ClipboardAutoClear::secondsLeft() const
{
    if (!isCountingDown())
        return 0;
    return qMax<qint64>(0, m_clock->now().secsTo(m_copiedAt.addSecs(m_delaySeconds)));
}

std::optional<EnvironmentKind> ClipboardAutoClear::secretEnvironment() const
{
    return m_pending ? m_guard->secretEnvironment() : std::nullopt;
}

void ClipboardAutoClear::onCopied()
{
    m_copiedAt = m_clock->now();
    m_pending = true;
    if (m_delaySeconds > 0)
        m_timer->start();
    emit changed();
}

void ClipboardAutoClear::refresh()
{
    if (!m_pending)
        return;
    if (!m_guard->holdsOurSecret()) {
        // Someone else's copy replaced ours, or the token was cleared at expiry: nothing left to do.
        stop();
        return;
    }
    if (isCountingDown() && secondsLeft() <= 0) {
        clearNow();
        return;
    }
    emit changed();
}

void ClipboardAutoClear::clearNow()
{
    const bool ours = m_guard->holdsOurSecret();
    m_guard->clearIfOurs();
    stop();
    if (ours)
        emit cleared();
}

void ClipboardAutoClear::stop()
{
    m_timer->stop();
    if (!m_pending)
        return;
    m_pending = false;
    emit changed();
}

} // namespace novapost::gui
