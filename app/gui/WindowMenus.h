// SPDX-License-Identifier: MIT
#pragma once

#include "CopyFormats.h"

#include <QObject>
#include <QUrl>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace novapost::gui {

/**
 * @brief The window's menus (Token, Settings, View, Help) and its keyboard shortcuts.
 *
 * Shows the settings it is given and reports choices; it reads and writes no settings itself.
 * Other parts add their own entries through settingsMenu() and viewMenu().
 */
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    /** Builds the menus into @p window's menu bar and the shortcuts on @p window. */
    WindowMenus(QMainWindow* window, const QUrl& documentationUrl);

    void setFreshJwtEnabled(bool enabled);
    void setAutoRenew(bool on);
    /** One of WindowSettings::renewLeadChoices(); anything else selects the default. */
    void setRenewLeadMinutes(int minutes);
    void setNotifyBeforeExpiry(bool on);
    void setKeepInTray(bool on);
    /** Off (with a tooltip saying why) on a desktop without a system tray. */
    void setKeepInTrayAvailable(bool available);
    /** Ends the Token menu with @p quit (the tray's own Quit, so both end the program the same way), on
     * Ctrl+Q. */
    void addQuitAction(QAction* quit);

    bool autoRenew() const;
    int renewLeadMinutes() const;
    bool notifyBeforeExpiry() const;
    bool keepInTray() const;

    /** The ways to copy the token, also offered beside the token's Copy button. */
    QMenu* copyMenu() const { return m_copyMenu; }
    QMenu* settingsMenu() const { return m_settingsMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }

signals:
    /** Ctrl+G. */
    void getJwtRequested();
    /** Token → Get a fresh JWT (Ctrl+Shift+G). */
    void freshJwtRequested();
    /** Token → Copy…, or Ctrl+Shift+C for the raw token. */
    void copyRequested(novapost::CopyFormats::Format format);
    /** Escape. */
    void cancelRequested();
    /** View → Request log. */
    void requestLogRequested();
    /** Auto-renew, its lead time, notifications or keeping in the tray were changed by the person. */
    void featureSettingsChanged();

private:
    void buildTokenMenu();
    void buildSettingsMenu();
    void buildHelpMenu(const QUrl& documentationUrl);
    void setUpShortcuts();

    QMainWindow* m_window;
    QMenu* m_tokenMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_copyMenu = nullptr;
    QAction* m_freshJwtAction = nullptr;
    QAction* m_autoRenewAction = nullptr;
    QActionGroup* m_renewLeadGroup = nullptr;
    QMenu* m_renewLeadMenu = nullptr;
    QAction* m_notifyAction = nullptr;
    QAction* m_keepInTrayAction = nullptr;
};

} // namespace novapost::gui
