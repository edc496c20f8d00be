// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace novapost::gui {

/**
 * @brief For scripts/bench.sh: with NOVAPOST_EXIT_AFTER_FIRST_PAINT set, the application leaves its
 * event loop as soon as the window has painted once, so start-up to the first shown window can be
 * timed.
 *
 * The exit is posted, so it is handled before work deferred with FirstPaint::then, which belongs
 * after the first frame. It is QCoreApplication::exit(), not quit(): quit() first closes the
 * window, which saves its settings, and shutting down is not part of starting up.
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
        if (event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
};

} // namespace novapost::gui
