// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace novapost::gui {

class ClipboardAutoClear;
class DesktopNotifier;
class EnvironmentSession;

/**
 * @brief The system tray entry: a tooltip with the environment and time left, a menu, and notifications.
 *
 * Owns its menu, actions and tooltip text even when the desktop has no tray, so everything can be
 * driven offscreen. Notifications are announced with notificationRequested(); on Linux they go to the
 * desktop's notification service whether or not there is a tray, elsewhere to the tray icon if there
 * is one. Where that service fails (none is running), the tray icon shows them, if there is one.
 */
class TrayController : public QObject
{
    Q_OBJECT

public:
    /** Without an icon in the tray until showIcon(). */
    explicit TrayController(QObject* parent = nullptr);
    ~TrayController() override;

    /**
     * Puts the icon in the tray if the desktop has one, and says whether it is there. Asking the
     * desktop takes a round trip to it (and the icon is an SVG to render), so the window calls this
     * from the event loop once it is shown, not while it is being built.
     */
    bool showIcon();
    /**
     * Makes @p icon (taken over) the tray icon. showIcon() does so when the desktop has a tray; tests
     * do it on platforms without one.
     */
    void adoptIcon(QSystemTrayIcon* icon);
    bool hasTrayIcon() const { return m_icon != nullptr; }
    QMenu* menu() const { return m_menu; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* getNewAction() const { return m_getNewAction; }
    QAction* showWindowAction() const { return m_showWindowAction; }
    QAction* quitAction() const { return m_quitAction; }
    QString toolTip() const { return m_toolTip; }

    void setNotificationsEnabled(bool enabled) { m_notify = enabled; }
    bool notificationsEnabled() const { return m_notify; }

    /**
     * Follows @p session's token (it must outlive this object or be deleted first): notifications
     * before and at its expiry, each once per token however many windows watched it.
     */
    void watch(EnvironmentSession* session);
    /** The tooltip and menu describe @p session, the one the window shows, from now on. */
    void describe(EnvironmentSession* session);
    /**
     * While our token is on the clipboard, the tooltip's second line says whose it is and when it
     * leaves, as the window's status bar does. @p autoClear must outlive this object.
     */
    void followClipboard(ClipboardAutoClear* autoClear);

    /** What the tooltip and menu describe: the shown environment and its token's seconds left, if any. */
    void showState(const QString& environmentName, std::optional<qint64> secondsLeft, bool expired);

signals:
    void copyRequested();
    void getNewRequested();
    void showWindowRequested();
    void quitRequested();
    void notificationRequested(const QString& title, const QString& message);
    /** A notification was handed to the tray icon's own message balloon. */
    void trayMessageShown(const QString& title, const QString& message);
    /** The notification's "Get a fresh JWT" was pressed; @p slot is the token's it was about. */
    void getNewForSlotRequested(int slot);

private:
    void describeShownSession();
    void updateToolTip();
    void notify(int slot, const QString& title, const QString& message);
    void showTrayMessage(const QString& title, const QString& message);

    QMenu* m_menu;
    QAction* m_copyAction;
    QAction* m_getNewAction;
    QAction* m_showWindowAction;
    QAction* m_quitAction;
    QSystemTrayIcon* m_icon = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    int m_notifiedSlot = 0;
    QPointer<EnvironmentSession> m_shown;
    QString m_toolTip;
    QString m_stateText;
    QPointer<ClipboardAutoClear> m_clipboard;
    bool m_notify = true;
};

} // namespace novapost::gui
