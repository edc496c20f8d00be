// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace novapost::gui {

/**
 * @brief Keeps a window at least as tall as its contents need at the window's current width.
 *
 * Qt sizes a window's minimum from its layout's minimum sizes, which leave out height-for-width:
 * wrapped labels that need a second line at the current width. When a token, a message or a
 * longer translation adds lines, the window would stay too short and its layout would squeeze a
 * fixed-height field over the buttons below it. The guard raises the window's minimum height
 * (which also grows the window) whenever the contents or the width change.
 */
class ContentHeightGuard final : public QObject
{
public:
    /**
     * Watches @p window and its @p contents (the widget that holds the window's layout), and checks
     * the window's current height right away.
     */
    ContentHeightGuard(QWidget* window, QWidget* contents);

    /**
     * The height @p window needs so that @p contents gets its height for its current width, or 0
     * when the contents' height does not depend on their width.
     */
    static int neededHeight(const QWidget* window, const QWidget* contents);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleUpdate();
    void update();

    QWidget* m_window;
    QWidget* m_contents;
    bool m_updateScheduled = false;
};

} // namespace novapost::gui
