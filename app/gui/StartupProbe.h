// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace novapost::gui {

/**
 * @brief Runs work right after a window's first paint.
 *
 * Decorations that are not needed for the first frame (the window icon, rendered from SVG; the
 * line edit's themed clear icon) are set up here, so the window appears sooner. The work runs in a
 * later pass of the event loop than the first frame. Header-only so the bare baseline window of the benchmark
 * uses exactly the same measurement.
 */
class FirstPaint final : public QObject
{
public:
    static void then(QWidget* window, std::function<void()> action)
    {
        window->installEventFilter(new FirstPaint(window, std::move(action)));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_action) {
            // A posted call that starts a real timer (1 ms; a 0 ms single shot would be posted too):
            // whatever else is posted while painting, such as the benchmark's exit, comes first,
            // and the work runs in a later pass of the event loop.
            QObject* window = parent();
            QMetaObject::invokeMethod(
                window,
                [window, action = std::exchange(m_action, {})] { QTimer::singleShot(1, window, action); },
                Qt::QueuedConnection);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FirstPaint(QObject* parent, std::function<void()> action)
        : QObject(parent)
        , m_action(std::move(action))
    {}

    std::function<void()> m_action;
};

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
