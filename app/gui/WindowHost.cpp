// SPDX-License-Identifier: MIT
#include "WindowHost.h"

#include "EnvironmentSessions.h"
#include "RestoredGeometry.h"
#include "Translations.h"
#include "WindowSettings.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace novapost::gui {

WindowHost::WindowHost(const MainWindowServices& services, const MainWindowOptions& options, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_options(options)
    , m_settings(std::make_unique<WindowSettings>(services.settings))
{
    m_sessions.reset(
        MainWindow::createSessions(services, m_settings.get(), options.baseUrlOverride, nullptr));
    m_services.sessions = m_sessions.get();
    m_services.windowSettings = m_settings.get();
    createWindow();
}

WindowHost::~WindowHost()
{
    for (const QPointer<MainWindow>& window : std::as_const(m_replaced))
        delete window.data();
}

QString WindowHost::translatedApplicationName()
{
    return QCoreApplication::translate("main", "Nova Post JWT");
}

void WindowHost::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_services, m_options);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &WindowHost::changeLanguage);
}

EnvironmentKind WindowHost::present(std::optional<EnvironmentKind> environment)
{
    if (environment)
        m_window->setCurrentEnvironment(*environment);
    // Not showNormal(): a maximized window stays maximized.
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    // On Wayland the compositor may only mark the window as wanting attention: taking the focus
    // needs an activation token from the launcher, and Qt's public API (6.4 to 6.8) has no way to
    // hand one to a window that is already running.
    m_window->activateWindow();
    return m_window->currentEnvironment();
}

void WindowHost::changeLanguage(const QString& language)
{
    Translations::install(language);
    // The titles end with the display name (else Qt appends it): both halves in the new language.
    QGuiApplication::setApplicationDisplayName(translatedApplicationName());
    // Keep what the user set up in this run, but not one-time choices such as --env.
    m_options.language = language;
    m_options.environment = m_window->currentEnvironment();
    const QByteArray geometry = m_window->saveGeometry();
    const bool wasVisible = m_window->isVisible();

    // The old window is still inside its menu's signal, so it is deleted later, after the new one is
    // shown (so the application never runs without a window and quits).
    MainWindow* old = m_window.release();
    createWindow();
    RestoredGeometry::restore(m_window.get(), geometry);
    if (wasVisible)
        m_window->show();
    old->hide();
    old->deleteLater();
    m_replaced.removeAll(nullptr);
    m_replaced.append(old);
    emit windowReplaced(m_window.get());
}

} // namespace novapost::gui
