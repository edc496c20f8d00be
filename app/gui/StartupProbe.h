// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace novapost::gui {

/**
 * @brief For scripts/bench.sh: with NOVAPOST_EXIT_AFTER_FIRST_PAINT set, the application quits as
 * soon as the window has painted once, so start-up to the first shown window can be timed.
 *
 * Header-only so the bare baseline window in the benchmark uses exactly the same measurement.
 */
class StartupProbe final : public QObject
{
public:
    static void installIfRequested(QWidget* window)
    {
        if (qEnvironmentVariableIsSet("NOVAPOST_EXIT_AFTER_FIRST_PAINT"))
            window->installEventFilter(new StartupProbe(window));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit StartupProbe(QObject* parent)
        : QObject(parent)
    {}

    bool m_seen = false;
};

} // namespace novapost::gui
