// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QSize>

#include <optional>

class QScrollArea;
class QWidget;

namespace novapost::gui {

/**
 * @brief Grows a window while what it shows (a banner, the claims) needs more height, and gives the
 * height back when that goes away.
 *
 * The window's contents sit in @p area. When they need more height than the area has, the window grows
 * as far as needed, no taller than the screen's available area (the rest scrolls); when they need less
 * again, the window returns to the height it had before it grew. A size the user gives the window in
 * between is theirs: it stays, and growing starts again from it. The height worth remembering for the
 * next start is the user's one (see returnToUserHeight()), never a grown one.
 *
 * It filters the window's events, which still arrive while the window's children are destroyed: the
 * window deletes it before that.
 */
class WindowHeightFitter : public QObject
{
    Q_OBJECT

public:
    WindowHeightFitter(QWidget* window, QScrollArea* area);

    /** Puts the window back at the user's height (if it grew), so that this is the size saved. */
    void returnToUserHeight();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleFit();
    void fit();
    int contentsHeightNeeded() const;
    int maximumHeight() const;
    void resizeTo(int height);

    QWidget* m_window;
    QScrollArea* m_area;
    QWidget* m_contents;
    /** The height before the window grew; empty while it has the user's height. */
    std::optional<int> m_userHeight;
    /**
     * The last sizes resizeTo() gave the window; any other size comes from the user (or the desktop). More
     * than one: the window system may confirm a size after the next one was asked for.
     */
    QList<QSize> m_sizesSet;
    /** What the contents needed at the last fit; empty before the first. */
    std::optional<int> m_contentsNeeded;
    /** After the user's resize: the next fit only measures. */
    bool m_remeasure = false;
    bool m_fitScheduled = false;
};

} // namespace novapost::gui
