// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "CopyFormats.h"
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
class QScrollArea;
class QLineEdit;
class QActionGroup;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QToolButton;
class QTreeWidget;

namespace novapost {
class ApiClient;
class ApiReply;
class AutoRenewScheduler;
class Clock;
class RequestLog;
class TokenCache;
class TokenCountdown;
class TokenFetch;
} // namespace novapost

namespace novapost::gui {

class ClaimsPanel;
class ClipboardAutoClear;
class ClipboardGuard;
class ExtraCaCertificates;
class RequestLogDialog;
class TokenPanel;
class TrayController;

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
    /** Optional: JWTs kept until their exp and shared with the CLI. Null: every Get JWT asks Nova Post. */
    TokenCache* tokenCache = nullptr;
    /** Optional: this run's requests for View → Request log. Null: the window keeps its own log. */
    RequestLog* requestLog = nullptr;
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
    /** The tray entry (it exists, with its menu, even where the desktop has no tray). */
    TrayController* trayController() const { return m_tray; }
    AutoRenewScheduler* autoRenewScheduler(EnvironmentKind kind) const;
    RequestLog* requestLog() const { return m_requestLog; }
    /** A clock difference with Nova Post beyond this is corrected for and mentioned. */

signals:
    /** View → Language was changed; main rebuilds the window in @p language ("" = system default). */
    void languageChangeRequested(const QString& language);

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
        /** Phone digits or production key id of the key that made the token, for renewals. */
        QString tokenAccount;
        /** Nova Post's clock minus ours, when it differs by more than ApiReply::ClockSkewToleranceSeconds. */
        qint64 clockOffsetSeconds = 0;
        AutoRenewScheduler* autoRenew = nullptr;
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
    void sendTestKeyRequest(const QString& digits, const QString& display, Action action);
    void renewSelectedKey();
    void removeSelectedKey();
    void getJwt();
    void cancelRequest();
    void retry(Action action);
    void saveProductionKey();
    void forgetProductionKey();
    void copyToken();
    void acceptToken(EnvironmentKind kind, const JwtToken& token, const QString& source,
                     const QString& account = {}, qint64 clockOffsetSeconds = 0, bool fromCache = false);

    // Token cache, auto-renew, tray, copy formats, request log and claims; each in its own functions.
    void buildFeatureActions();
    void buildTray();
    void applyFeatureSettings();
    void startJwtRequest(EnvironmentKind kind, const QString& account, bool useCache, bool automatic);
    void restoreCachedTokens();
    void getFreshJwt();
    void copyTokenAs(CopyFormats::Format format);
    void clearTokenFromClipboard(const EnvironmentState& s);
    void onAutoRenewDue(EnvironmentKind kind);
    void updateTray();
    void showRequestLog();
    void refreshProductionKeys();
    /** The production key id chosen in the combo box ("default" when none is stored). */
    QString selectedProductionKey() const;
    QString clockNote(qint64 clockOffsetSeconds) const;
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
    /** The JWT being fetched, for Cancel; it owns its lock and ends by itself. */
    QPointer<TokenFetch> m_tokenFetch;
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
    QScrollArea* m_scrollArea = nullptr;
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

    // Clipboard clearing, extra CA certificates and the language menu; see buildHardeningAndLanguage().
    void buildHardeningAndLanguage(const MainWindowOptions& options);
    ClipboardAutoClear* m_clipboardAutoClear = nullptr;
    ExtraCaCertificates* m_extraCas = nullptr;

    RequestLog* m_requestLog = nullptr;
    QPointer<RequestLogDialog> m_requestLogDialog;
    TrayController* m_tray = nullptr;
    ClaimsPanel* m_claimsPanel = nullptr;
    QComboBox* m_productionKeyCombo = nullptr;
    QLineEdit* m_productionLabelEdit = nullptr;
    QAction* m_freshJwtAction = nullptr;
    QAction* m_copyRawAction = nullptr;
    QAction* m_copyHeaderAction = nullptr;
    QAction* m_copyCurlAction = nullptr;
    QAction* m_autoRenewAction = nullptr;
    QActionGroup* m_renewLeadGroup = nullptr;
    QAction* m_notifyAction = nullptr;
    QAction* m_keepInTrayAction = nullptr;
    QMenu* m_copyMenu = nullptr;
    /** Set by the tray's Quit, so closing then really ends the program. */
    bool m_quitting = false;
};

} // namespace novapost::gui
