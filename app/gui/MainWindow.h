// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "Environment.h"
#include "JwtToken.h"
#include "KeyStore.h"
#include "MessageBanner.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <array>
#include <optional>

class QClipboard;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QToolButton;
class QTreeWidget;

namespace novapost {
class ApiClient;
class ApiReply;
class Clock;
class TokenCountdown;
} // namespace novapost

namespace novapost::gui {

class ClipboardGuard;
class TokenPanel;

/** @brief What the window works with; none of it is owned, all of it must outlive the window. */
struct MainWindowServices
{
    ApiClient* apiClient = nullptr;
    KeyStore* keyStore = nullptr;
    /** Window geometry only; secrets never go here. */
    QSettings* settings = nullptr;
    const Clock* clock = nullptr;
    /** Null means the application's clipboard. */
    QClipboard* clipboard = nullptr;
};

/** @brief Choices from the command line. */
struct MainWindowOptions
{
    /** Null: the environment used last time. */
    std::optional<EnvironmentKind> environment;
    /** From --base-url, already checked with Environment::normalizedBaseUrl(); applies to both environments.
     */
    QUrl baseUrlOverride;
};

/**
 * @brief The desktop window: pick an environment, make sure a key is at hand, get a JWT, copy it.
 *
 * Each environment keeps its own token, messages and countdown, so switching to production never
 * shows, copies or clears a sandbox token and vice versa.
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

    EnvironmentKind currentEnvironment() const { return m_current; }
    void setCurrentEnvironment(EnvironmentKind kind);
    /** The countdown of @p kind's token; tests advance a ManualClock and call refresh() on it. */
    TokenCountdown* countdown(EnvironmentKind kind) const;
    bool isBusy() const { return m_busy; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Action { None, RequestTestKey, RenewTestKey, GetJwt, SaveProductionKey };

    struct Message
    {
        MessageBanner::Level level = MessageBanner::Level::Info;
        QString text;
        Action retry = Action::None;
    };

    struct EnvironmentState
    {
        Environment environment;
        JwtToken token;
        /** Which key made the token, as shown to people. */
        QString tokenSource;
        QDateTime tokenExpiresAt;
        qint64 tokenLifetimeSeconds = 0;
        bool tokenExpiryAssumed = false;
        bool tokenExpired = false;
        Message message;
        Message keychainNotice;
        TokenCountdown* countdown = nullptr;
    };

    void buildUi();
    void buildMenus();
    QWidget* buildEnvironmentBar();
    QWidget* buildSandboxPage();
    QWidget* buildProductionPage();
    QWidget* buildGetJwtRow();
    void setUpShortcuts();
    void focusNextStep();

    EnvironmentState& state(EnvironmentKind kind) { return m_states[std::size_t(kind)]; }
    const EnvironmentState& state(EnvironmentKind kind) const { return m_states[std::size_t(kind)]; }

    void showEnvironment();
    void renderMessages();
    void renderToken();
    void refreshKeyList();
    void updatePhoneStatus();
    void updateActions();
    void updateProductionKeyStatus();
    /** Why Get JWT cannot run now, as a sentence; empty when it can. */
    QString getJwtBlocker() const;
    QString currentPhoneDigits() const;
    QString describeSource(EnvironmentKind kind, const QString& phone) const;

    void setMessage(EnvironmentKind kind, MessageBanner::Level level, const QString& text,
                    Action retry = Action::None);
    void setKeychainNotice(EnvironmentKind kind, const QString& text, Action retry = Action::None);
    void clearMessage(EnvironmentKind kind);
    void showApiError(EnvironmentKind kind, const ApiError& error, Action retry);
    void handleSaveResult(EnvironmentKind kind, const KeyStore::SaveResult& result, const QString& success,
                          Action retry);

    void requestTestKey(bool force);
    void renewSelectedKey();
    void removeSelectedKey();
    void getJwt();
    void cancelRequest();
    void retry(Action action);
    void saveProductionKey();
    void forgetProductionKey();
    void copyToken();
    void acceptToken(EnvironmentKind kind, const JwtToken& token, const QString& source);
    void onTokenTick(EnvironmentKind kind, qint64 secondsLeft);
    void onTokenExpired(EnvironmentKind kind);
    void onPhoneReturnPressed();
    void setBusy(bool busy, const QString& text = QString());
    QString selectedPhone() const;

    MainWindowServices m_services;
    ClipboardGuard* m_clipboard;
    std::array<EnvironmentState, 2> m_states;
    EnvironmentKind m_current = EnvironmentKind::Sandbox;
    QPointer<ApiReply> m_reply;
    bool m_busy = false;
    /** Bumped by Cancel, so a keychain answer that arrives afterwards is ignored. */
    quint64 m_operation = 0;

    QWidget* m_environmentBar = nullptr;
    QComboBox* m_environmentCombo = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_productionBanner = nullptr;
    MessageBanner* m_messageBanner = nullptr;
    MessageBanner* m_keychainBanner = nullptr;
    QWidget* m_sandboxPage = nullptr;
    QWidget* m_productionPage = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLabel* m_phoneStatusLabel = nullptr;
    QPushButton* m_requestTestKeyButton = nullptr;
    QTreeWidget* m_keyList = nullptr;
    QPushButton* m_renewButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_sandboxLocationLabel = nullptr;
    QLineEdit* m_productionKeyEdit = nullptr;
    QToolButton* m_revealButton = nullptr;
    QPushButton* m_saveKeyButton = nullptr;
    QPushButton* m_forgetKeyButton = nullptr;
    QLabel* m_productionKeyStatusLabel = nullptr;
    QLabel* m_productionLocationLabel = nullptr;
    QPushButton* m_getJwtButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QLabel* m_getJwtHintLabel = nullptr;
    TokenPanel* m_tokenPanel = nullptr;
    QMenu* m_tokenMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace novapost::gui
