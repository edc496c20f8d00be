// SPDX-License-Identifier: MIT
#pragma once

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace novapost::gui {

/**
 * @brief Runs work right after a window's first paint.
 *
 * What the first frame does not need (the window icon, rendered from SVG; the tray icon, which
 * asks the desktop over D-Bus) is set up here, so the window appears sooner. The work runs in a
 * later pass of the event loop than the first frame.
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

} // namespace novapost::gui
