// SPDX-License-Identifier: MIT
#include "WindowHeightFitter.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace novapost::gui {

WindowHeightFitter::WindowHeightFitter(QWidget* window, QScrollArea* area)
    : QObject(window)
    , m_window(window)
    , m_area(area)
    , m_contents(area->widget())
{
    m_window->installEventFilter(this);
    m_contents->installEventFilter(this);
}

bool WindowHeightFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_contents && event->type() == QEvent::LayoutRequest) {
        // A part of the contents appeared or went away; measured once the layout has run.
        scheduleFit();
    } else if (watched == m_window && event->type() == QEvent::Show) {
        scheduleFit();
    } else if (watched == m_window && event->type() == QEvent::Resize && m_window->isVisible()) {
        const QSize size = static_cast<QResizeEvent*>(event)->size();
        if (!m_sizesSet.contains(size)) {
            // The user's own size: it stays, and is the height to come back to from now on. What the
            // contents need at its width is measured afresh, without growing for it.
            m_userHeight.reset();
            m_sizesSet.clear();
            m_remeasure = true;
            scheduleFit();
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

int WindowHeightFitter::contentsHeightNeeded() const
{
    return m_contents->hasHeightForWidth() ? m_contents->heightForWidth(m_area->viewport()->width())
                                           : m_contents->minimumSizeHint().height();
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
    const int contentsNeeded = contentsHeightNeeded();
    const std::optional<int> before = std::exchange(m_contentsNeeded, contentsNeeded);
    // Only a change of the contents moves the window: at the first show and after the user's resize
    // the window keeps its size, even where it scrolls.
    if (!before || std::exchange(m_remeasure, false) || contentsNeeded == *before)
        return;
    const int current = m_window->height();
    const int needed = std::min(current - m_area->viewport()->height() + contentsNeeded, maximumHeight());
    if (contentsNeeded > *before && needed > current) {
        if (!m_userHeight)
            m_userHeight = current;
        resizeTo(needed);
    } else if (contentsNeeded < *before && m_userHeight && current > *m_userHeight) {
        const int target = std::max(needed, *m_userHeight);
        if (target == *m_userHeight)
            m_userHeight.reset();
        if (target < current)
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
