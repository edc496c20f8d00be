// SPDX-License-Identifier: MIT
#include "ContentHeightGuard.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace novapost::gui {

namespace {

int contentsHeight(const QWidget* contents, int width)
{
    return contents->hasHeightForWidth() ? contents->heightForWidth(width) : contents->sizeHint().height();
}

} // namespace

ContentHeightGuard::ContentHeightGuard(QWidget* window, QScrollArea* area)
    : QObject(window)
    , m_window(window)
    , m_area(area)
    , m_windowObject(window)
    , m_contentsObject(area->widget())
{
    window->installEventFilter(this);
    area->widget()->installEventFilter(this);
    scheduleUpdate();
}

int ContentHeightGuard::neededHeight(const QWidget* window, const QScrollArea* area)
{
    const QWidget* viewport = area->viewport();
    // Everything around the viewport (menu bar, status bar, a horizontal scroll bar) keeps its height.
    const int around = window->height() - viewport->height();
    return around + contentsHeight(area->widget(), viewport->width());
}

QSize ContentHeightGuard::initialSize(const QScrollArea* area, int width, int around)
{
    const QWidget* contents = area->widget();
    width = std::max(width, contents->minimumSizeHint().width() + 2 * area->frameWidth());
    return {width,
            around + 2 * area->frameWidth() + contentsHeight(contents, width - 2 * area->frameWidth())};
}

bool ContentHeightGuard::eventFilter(QObject* watched, QEvent* event)
{
    const bool contentsChanged = watched == m_contentsObject && event->type() == QEvent::LayoutRequest;
    const bool widthChanged = watched == m_windowObject && event->type() == QEvent::Resize &&
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
    if (!m_area || m_area->widget() != m_contentsObject)
        return;
    int needed = neededHeight(m_window, m_area);
    // A window taller than the screen helps no one; there the contents scroll.
    if (const QScreen* screen = m_window->screen()) {
        const int titleBar = m_window->frameGeometry().height() - m_window->height();
        needed = std::min(needed, screen->availableGeometry().height() - titleBar);
    }
    if (needed != m_window->minimumHeight())
        m_window->setMinimumHeight(needed);
}

} // namespace novapost::gui
