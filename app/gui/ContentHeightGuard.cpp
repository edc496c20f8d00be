// SPDX-License-Identifier: MIT
#include "ContentHeightGuard.h"

#include <QEvent>
#include <QLayout>
#include <QResizeEvent>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace novapost::gui {

ContentHeightGuard::ContentHeightGuard(QWidget* window, QWidget* contents)
    : QObject(window)
    , m_window(window)
    , m_contents(contents)
{
    window->installEventFilter(this);
    contents->installEventFilter(this);
    scheduleUpdate();
}

int ContentHeightGuard::neededHeight(const QWidget* window, const QWidget* contents)
{
    if (!contents->hasHeightForWidth())
        return 0;
    // Everything around the contents (menu bar, status bar) keeps its current height.
    const int around = window->height() - contents->height();
    return around + contents->heightForWidth(contents->width());
}

bool ContentHeightGuard::eventFilter(QObject* watched, QEvent* event)
{
    const bool contentsChanged = watched == m_contents && event->type() == QEvent::LayoutRequest;
    const bool widthChanged = watched == m_window && event->type() == QEvent::Resize &&
                              static_cast<QResizeEvent*>(event)->size().width() !=
                                  static_cast<QResizeEvent*>(event)->oldSize().width();
    if (contentsChanged || widthChanged)
        scheduleUpdate();
    return QObject::eventFilter(watched, event);
}

void ContentHeightGuard::scheduleUpdate()
{
    // After the layout request itself has been handled, and once for a burst of changes.
    if (std::exchange(m_updateScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_updateScheduled = false;
        update();
    });
}

void ContentHeightGuard::update()
{
    int needed = neededHeight(m_window, m_contents);
    if (const QLayout* layout = m_window->layout())
        needed = std::max(needed, layout->totalMinimumSize().height());
    // A window taller than the screen helps no one; there the layout has to squeeze.
    if (const QScreen* screen = m_window->screen())
        needed = std::min(needed, screen->availableGeometry().height());
    if (needed != m_window->minimumHeight())
        m_window->setMinimumHeight(needed);
}

} // namespace novapost::gui
