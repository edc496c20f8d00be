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
 * line edit's themed clear icon) are set up here, so the window appears sooner. Header-only so
 * the bare baseline window of the benchmark uses exactly the same measurement.
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
            QTimer::singleShot(0, parent(), std::exchange(m_action, {}));
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
 * @brief For scripts/bench.sh: with NOVAPOST_EXIT_AFTER_FIRST_PAINT set, the application quits as
 * soon as the window has painted once, so start-up to the first shown window can be timed.
 */
class StartupProbe
{
public:
    static void installIfRequested(QWidget* window)
    {
        if (qEnvironmentVariableIsSet("NOVAPOST_EXIT_AFTER_FIRST_PAINT"))
            FirstPaint::then(window, [] { QCoreApplication::quit(); });
    }
};

} // namespace novapost::gui
