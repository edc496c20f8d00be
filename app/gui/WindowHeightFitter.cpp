// SPDX-License-Identifier: MIT
#include "WindowHeightFitter.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace novapost::gui {

WindowHeightFitter::WindowHeightFitter(QWidget* window, QScrollArea* area)
    : QObject(window)
    , m_window(window)
    , m_area(area)
{
    m_window->installEventFilter(this);
    m_area->widget()->installEventFilter(this);
}

bool WindowHeightFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_area->widget() && event->type() == QEvent::LayoutRequest) {
        // A part of the contents appeared or went away; measured once the layout has run.
        scheduleFit();
    } else if (watched == m_window && event->type() == QEvent::Show) {
        scheduleFit();
    } else if (watched == m_window && event->type() == QEvent::Resize && m_window->isVisible()) {
        const QSize size = static_cast<QResizeEvent*>(event)->size();
        if (!m_sizesSet.isEmpty() && !m_sizesSet.contains(size)) {
            // The user's own size: it stays, and is the height to come back to from now on.
            m_userHeight.reset();
            m_sizesSet.clear();
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowHeightFitter::scheduleFit()
{
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fit();
    });
}

int WindowHeightFitter::heightNeeded() const
{
    const QWidget* contents = m_area->widget();
    const int width = m_area->viewport()->width();
    const int contentsHeight = contents->hasHeightForWidth() ? contents->heightForWidth(width)
                                                             : contents->minimumSizeHint().height();
    return m_window->height() - m_area->viewport()->height() + contentsHeight;
}

int WindowHeightFitter::maximumHeight() const
{
    const QScreen* screen = m_window->screen();
    if (!screen)
        return QWIDGETSIZE_MAX;
    // The title bar and borders need room on the screen too.
    return screen->availableGeometry().height() - (m_window->frameGeometry().height() - m_window->height());
}

void WindowHeightFitter::fit()
{
    if (!m_window->isVisible() || m_window->isMaximized() || m_window->isFullScreen())
        return;
    const int needed = std::min(heightNeeded(), maximumHeight());
    const int current = m_window->height();
    if (needed > current) {
        if (!m_userHeight)
            m_userHeight = current;
        resizeTo(needed);
    } else if (m_userHeight && current > needed) {
        const int target = std::max(needed, *m_userHeight);
        if (target == *m_userHeight)
            m_userHeight.reset();
        if (target != current)
            resizeTo(target);
    }
}

void WindowHeightFitter::resizeTo(int height)
{
    const QSize size(m_window->width(), height);
    m_sizesSet.append(size);
    if (m_sizesSet.size() > 8)
        m_sizesSet.removeFirst();
    m_window->resize(size);
}

void WindowHeightFitter::returnToUserHeight()
{
    if (!m_userHeight)
        return;
    const int height = *m_userHeight;
    m_userHeight.reset();
    resizeTo(height);
}

} // namespace novapost::gui
