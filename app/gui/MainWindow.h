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
class QScrollArea;
class QSettings;

namespace novapost {
class ApiClient;
class ApiReply;
class Clock;
class RequestLog;
class TokenCache;
class TokenCountdown;
class TokenFetch;
} // namespace novapost

namespace novapost::gui {

class AutoRenewScheduler;
class ClaimsPanel;
class ClipboardAutoClear;
class ClipboardGuard;
class EnvironmentBar;
class ExtraCaCertificates;
class GetJwtRow;
class ProductionKeyPage;
class SandboxKeyPage;
class RequestLogDialog;
class TokenPanel;
class TrayController;
class WindowMenus;

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
    /** A cached token with at least this much time left is used instead of asking Nova Post. */
    static constexpr qint64 CacheMinimumSecondsLeft = 5 * 60;
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
    void connectViews();
    void focusNextStep();

    EnvironmentState& state(EnvironmentKind kind) { return m_states[std::size_t(kind)]; }
    const EnvironmentState& state(EnvironmentKind kind) const { return m_states[std::size_t(kind)]; }

    void showEnvironment();
    void renderMessages();
    void renderToken();
    void refreshKeyList();
    /** Where keys are kept, as a sentence for the key pages. */
    QString keyLocationText() const;
    bool allKeysInPersistentStore() const;
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

    void requestTestKey(const QString& phoneText, bool force);
    void sendTestKeyRequest(const QString& digits, const QString& display, Action action);
    void renewTestKey(const QString& account);
    void removeTestKey(const QString& account);
    void getJwt();
    void cancelRequest();
    void retry(Action action);
    void saveProductionKey(const QString& label, const QString& key);
    void forgetProductionKey(const QString& account);
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

    EnvironmentBar* m_environmentBar = nullptr;
    MessageBanner* m_messageBanner = nullptr;
    MessageBanner* m_keychainBanner = nullptr;
    SandboxKeyPage* m_sandboxPage = nullptr;
    ProductionKeyPage* m_productionPage = nullptr;
    GetJwtRow* m_getJwtRow = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    TokenPanel* m_tokenPanel = nullptr;
    WindowMenus* m_menus = nullptr;

    // Clipboard clearing, extra CA certificates and the language menu; see buildHardeningAndLanguage().
    void buildHardeningAndLanguage(const MainWindowOptions& options);
    ClipboardAutoClear* m_clipboardAutoClear = nullptr;
    ExtraCaCertificates* m_extraCas = nullptr;

    RequestLog* m_requestLog = nullptr;
    QPointer<RequestLogDialog> m_requestLogDialog;
    TrayController* m_tray = nullptr;
    ClaimsPanel* m_claimsPanel = nullptr;
    /** Set by the tray's Quit, so closing then really ends the program. */
    bool m_quitting = false;
};

} // namespace novapost::gui
