// SPDX-License-Identifier: MIT
#pragma once

#include "CopyFormats.h"
#include "Environment.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <optional>

class QClipboard;
class QScrollArea;
class QSettings;

namespace novapost {
class ApiClient;
class Clock;
class KeyStore;
class RequestLog;
class TokenCache;
} // namespace novapost

namespace novapost::gui {

class ClipboardGuard;
class EnvironmentSession;
class EnvironmentSessions;
class RequestLogDialog;
class SessionBinding;
class TokenPanel;
class TrayController;
class WindowHeightFitter;
class WindowMenus;
class WindowSettings;

/** @brief What the window works with; none of it is owned, all of it must outlive the window. */
struct MainWindowServices
{
    ApiClient* apiClient = nullptr;
    KeyStore* keyStore = nullptr;
    /** The settings file shared with the CLI; secrets never go here. */
    QSettings* settings = nullptr;
    const Clock* clock = nullptr;
    /** Null means the application's clipboard. */
    QClipboard* clipboard = nullptr;
    /** Optional: JWTs kept until their exp and shared with the CLI. Null: every Get JWT asks Nova Post. */
    TokenCache* tokenCache = nullptr;
    /** Optional: this run's requests for View → Request log. Null: the window keeps its own log. */
    RequestLog* requestLog = nullptr;
    /** Optional: the sessions, kept by whoever outlives the window. Null: the window makes its own. */
    EnvironmentSessions* sessions = nullptr;
    /** Optional: the typed settings over `settings`. Null: the window makes its own. */
    WindowSettings* windowSettings = nullptr;
};

/** @brief Choices from the command line. */
struct MainWindowOptions
{
    /** Null: the environment used last time. */
    std::optional<EnvironmentKind> environment;
    /** From --base-url, already checked with Environment::normalizedBaseUrl(); applies to both environments.
     */
    QUrl baseUrlOverride;
    /** From --ca-file: extra CA certificates for this run instead of the remembered ones. */
    QString caFile;
    /** From --lang or a rebuild: the language in effect ("" = system). Null: the remembered choice. */
    std::optional<QString> language;
};

/**
 * @brief The desktop window: pick an environment, make sure a key is at hand, get a JWT, copy it.
 *
 * A shell: it lays out the panels, shows the chosen environment's session in them (SessionBinding)
 * and holds what belongs to the window as a whole: menus, tray, clipboard, language. Each
 * environment is its own EnvironmentSession, so switching to production never shows, copies or
 * clears a sandbox token and vice versa.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Documentation page on generating a JWT and using it in the portal's Authorize dialog. */
    static constexpr const char* DocumentationUrl =
        "https://api-portal.novapost.com/en/api-nova-post/start/generate-jwt";

    MainWindow(const MainWindowServices& services, const MainWindowOptions& options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Sessions over @p services for a window, or for its owner (WindowHost) to keep across windows. */
    static EnvironmentSessions* createSessions(const MainWindowServices& services, WindowSettings* settings,
                                               const QUrl& baseUrlOverride, QObject* parent);

    EnvironmentKind currentEnvironment() const;
    void setCurrentEnvironment(EnvironmentKind kind);
    /** The session of @p kind: its token, countdown, busy state and messages. */
    EnvironmentSession* session(EnvironmentKind kind) const;

signals:
    /** View → Language was changed; main rebuilds the window in @p language ("" = system default). */
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void bindSettings();
    void buildTray();
    void buildClipboardCertificatesAndLanguage(const MainWindowOptions& options);
    void showEnvironment();
    void copyTokenAs(CopyFormats::Format format);
    void clearFromClipboard(const EnvironmentSession* session, const QString& rawToken);
    void showRequestLog();

    MainWindowServices m_services;
    EnvironmentSessions* m_sessions;
    WindowSettings* m_settings;
    ClipboardGuard* m_clipboard;
    RequestLog* m_requestLog;
    QScrollArea* m_scrollArea = nullptr;
    TokenPanel* m_tokenPanel = nullptr;
    WindowMenus* m_menus = nullptr;
    SessionBinding* m_binding = nullptr;
    TrayController* m_tray = nullptr;
    WindowHeightFitter* m_heightFitter = nullptr;
    QPointer<RequestLogDialog> m_requestLogDialog;
    /** Set by Quit (tray or Token menu), so closing then really ends the program. */
    bool m_quitting = false;
};

} // namespace novapost::gui
