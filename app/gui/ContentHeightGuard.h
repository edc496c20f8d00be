// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QScrollArea;
class QWidget;

namespace novapost::gui {

/**
 * @brief Keeps a window as tall as its scrolling contents need at the window's current width, as
 * far as the screen allows.
 *
 * Qt sizes a window's minimum from its layout's minimum sizes, which leave out height-for-width:
 * wrapped labels that need a second line at the current width. When a token, a message or a
 * longer translation adds lines, the window would stay too short and its layout would squeeze a
 * fixed-height field over the buttons below it. The guard raises the window's minimum height
 * (which also grows the window) whenever the contents or the width change. On a screen too short
 * for all of it, the window stops at the screen's height and the scroll area scrolls.
 */
class ContentHeightGuard final : public QObject
{
public:
    /**
     * Watches @p window and the widget inside @p area, and checks the window's current height
     * right away.
     */
    ContentHeightGuard(QWidget* window, QScrollArea* area);

    /** The height @p window needs to show all of @p area's widget at the area's current width. */
    static int neededHeight(const QWidget* window, const QScrollArea* area);

    /**
     * The size of @p window, @p width wide, that shows all of @p area's widget, for a window not
     * shown yet; @p around is the height of everything else in the window (menu and status bars).
     */
    static QSize initialSize(const QScrollArea* area, int width, int around);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleUpdate();
    void update();

    QWidget* m_window;
    // Guarded: the window's children go before the guard when the window closes.
    QPointer<QScrollArea> m_area;
    // For telling events apart by address only: on the way out, the window still sends events
    // while these objects are half destroyed.
    const QObject* m_windowObject;
    const QObject* m_contentsObject;
    bool m_updateScheduled = false;
};

} // namespace novapost::gui
