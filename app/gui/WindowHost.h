// SPDX-License-Identifier: MIT
#pragma once

#include "MainWindow.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace novapost::gui {

class EnvironmentSessions;
class WindowSettings;

/**
 * @brief Owns the main window, the environments' sessions and the window's settings, and rebuilds
 * the window when the language changes.
 *
 * Rebuilding is simpler and safer than retranslating every string of a hand-built window in place.
 * The sessions and settings live here, not in the window, so tokens, countdowns and renewals carry
 * over a rebuild; the new window gets the same services and keeps the old one's geometry and
 * environment.
 */
class WindowHost : public QObject
{
    Q_OBJECT

public:
    /** @p services must outlive the host, as for MainWindow. */
    WindowHost(const MainWindowServices& services, const MainWindowOptions& options,
               QObject* parent = nullptr);
    ~WindowHost() override;

    /** The application's name in the installed language, as the desktop shows it after each title. */
    static QString translatedApplicationName();

    MainWindow* window() const { return m_window.get(); }
    /**
     * Brings the window to the front for a later launch of the app: shown again from the tray, no
     * longer minimized, in @p environment if set (as if chosen in the environment bar, which keeps a
     * busy environment on screen). Returns the environment shown.
     */
    EnvironmentKind present(std::optional<EnvironmentKind> environment);
    EnvironmentSessions* sessions() const { return m_sessions.get(); }

signals:
    /** After a rebuild, with the new window already shown. */
    void windowReplaced(novapost::gui::MainWindow* window);

private:
    void createWindow();
    void changeLanguage(const QString& language);

    MainWindowServices m_services;
    MainWindowOptions m_options;
    std::unique_ptr<WindowSettings> m_settings;
    std::unique_ptr<EnvironmentSessions> m_sessions;
    // Last, so the window goes first: it shows the sessions until its end.
    std::unique_ptr<MainWindow> m_window;
    /** Windows a rebuild replaced, until their deletion: they too must go before the sessions. */
    QList<QPointer<MainWindow>> m_replaced;
};

} // namespace novapost::gui
