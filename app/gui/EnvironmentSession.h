// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "Environment.h"
#include "JwtToken.h"
#include "KeyStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace novapost {
class AutoRenewScheduler;
class Clock;
class TestKeyOperation;
class TestKeyService;
class TokenCache;
class TokenCountdown;
class TokenOperation;
class TokenService;
struct TokenResult;
} // namespace novapost

namespace novapost::gui {

/** @brief What a session works with; none of it is owned, all of it must outlive the session. */
struct SessionServices
{
    KeyStore* keyStore = nullptr;
    TokenService* tokens = nullptr;
    TestKeyService* testKeys = nullptr;
    const Clock* clock = nullptr;
    /** Optional: where a token from an earlier run may wait, and where expired ones are purged. */
    TokenCache* tokenCache = nullptr;
};

/**
 * @brief One environment's state and the user's actions in it, without any widget.
 *
 * Holds the token (with its countdown, expiry and automatic renewal), what is running (busy state
 * and its text) and what to tell the user (a message and a keychain notice, each with the action a
 * Retry button repeats). Actions run through the core's TokenService and TestKeyService; results
 * come back as signals. The window shows the session of the environment it displays and forwards
 * clicks to it; the sessions outlive the window, so a language change keeps tokens and requests.
 */
class EnvironmentSession : public QObject
{
    Q_OBJECT

public:
    /** expiresSoon() comes this many seconds before the token expires. */
    static constexpr qint64 ExpiryWarningSeconds = 5 * 60;

    /** What a Retry button repeats. */
    enum class Action { None, RequestTestKey, RenewTestKey, GetJwt, SaveProductionKey };
    enum class MessageLevel { Info, Warning, Error };

    struct Message
    {
        MessageLevel level = MessageLevel::Info;
        QString text;
        Action retry = Action::None;
    };

    EnvironmentSession(const Environment& environment, const SessionServices& services,
                       QObject* parent = nullptr);
    /** Cancels what is still running: nobody would hear its answer. */
    ~EnvironmentSession() override;

    const Environment& environment() const { return m_environment; }
    EnvironmentKind kind() const { return m_environment.kind(); }

    // ---------------------------------------------------------------- the token
    /** The live token; invalid when there is none or it has expired. */
    const JwtToken& token() const { return m_token; }
    bool hasLiveToken() const;
    /** Which key made the token, as shown to people ("the test key for +49…"). */
    QString tokenSource() const { return m_tokenSource; }
    /** Phone digits or production key id of the key that made the token, for renewals. */
    QString tokenAccount() const { return m_tokenAccount; }
    /** On the local clock (corrected by the clock offset). */
    QDateTime tokenExpiresAt() const { return m_tokenExpiresAt; }
    qint64 tokenLifetimeSeconds() const { return m_tokenLifetimeSeconds; }
    /** The token carried no exp, so an hour is assumed. */
    bool isExpiryAssumed() const { return m_tokenExpiryAssumed; }
    /** The last token expired and nothing replaced it yet. */
    bool isExpired() const { return m_tokenExpired; }
    /** Nova Post's clock minus ours, when it differs by more than the tolerance. */
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }
    /** A sentence about a wrong local clock, empty when the clocks agree. */
    QString clockNote() const;
    qint64 secondsLeft() const;
    /** Tests move a ManualClock and call refresh() on it. */
    TokenCountdown* countdown() const { return m_countdown; }
    AutoRenewScheduler* autoRenew() const { return m_autoRenew; }

    // ---------------------------------------------------------------- running and telling
    bool isBusy() const { return m_busy; }
    /** What is running, as a sentence ("Getting a JWT with …"); empty when idle. */
    QString busyText() const { return m_busyText; }
    const Message& message() const { return m_message; }
    /** The last Get JWT asked Nova Post even with a usable cached token; its Retry does too. */
    bool lastRequestWasFresh() const { return m_lastFresh; }
    /** Keychain trouble is shown apart from the message, so it stays while other messages come and go. */
    const Message& keychainNotice() const { return m_keychainNotice; }
    void setMessage(MessageLevel level, const QString& text, Action retry = Action::None);
    void clearMessage();
    void dismissKeychainNotice();

    /** "the test key for +49 …", "the production key “Acme”", "the saved production key". */
    QString describeSource(const QString& account) const;
    /**
     * Why Get JWT cannot run now, as a sentence; empty when it can. @p input is what identifies
     * the key: the phone as typed in the sandbox, the production key id in production.
     */
    QString getJwtBlocker(const QString& input) const;
    /** The account @p input means: the phone's digits (empty unless valid), or the production key id. */
    QString accountFor(const QString& input) const;

    // ---------------------------------------------------------------- actions
    /** Sandbox: validate the phone, reuse today's key unless @p force, else ask Nova Post and store it. */
    void requestTestKey(const QString& phoneText, bool force);
    void removeTestKey(const QString& account);
    void saveProductionKey(const QString& label, const QString& apiKey);
    void forgetProductionKey(const QString& id);
    /**
     * A JWT with the key of @p account (phone digits or production key id): a cached one with enough
     * time left unless @p fresh, else a new one from Nova Post.
     */
    void getJwt(const QString& account, bool fresh);
    /** Stops what is running; the message says so. */
    void cancel();
    /** Repeats the action of the message's (or else the keychain notice's) Retry. */
    void retry();
    /**
     * Repeats @p action with what it was last asked (the phone, the account), so a Retry does again
     * exactly what failed. SaveProductionKey does nothing here: the session keeps no typed apiKey, so
     * the window calls saveProductionKey() again with what its fields hold.
     */
    void retry(Action action);
    /** Shows a token an earlier run (or the CLI) cached for @p account, without asking Nova Post. */
    void restoreCachedToken(const QString& account);

signals:
    /** A new token is about to count down; tick() follows. */
    void tokenStarted();
    void tick(qint64 secondsLeft);
    /**
     * Once per token, on its first tick within ExpiryWarningSeconds of expiry. Kept here rather than in
     * whoever warns, so a window rebuilt for another language does not warn of the same token again.
     */
    void expiresSoon(qint64 secondsLeft);
    /** The token expired and was dropped. */
    void expired();
    /** Anything about the token changed: a new one, expiry. */
    void tokenChanged();
    /** @p rawToken is no longer this session's token; copies of it should leave the clipboard. */
    void tokenDiscarded(const QString& rawToken);
    void busyChanged();
    /** The message or the keychain notice changed. */
    void messageChanged();
    /** The phone typed was refused; the message is cleared, as the page says why under the field. */
    void phoneRejected();
    /** A test key for @p digits is stored and ready: the next step is Get JWT. */
    void testKeyReady(const QString& digits);
    /** The production key typed was refused before saving (the message says why). */
    void productionKeyRejected();
    /** The production key @p id was saved: the typed key can go. */
    void productionKeySaved(const QString& id);

private:
    void startJwtRequest(const QString& account, bool useCache, bool automatic);
    void onTokenSucceeded(const QString& account, const QString& source, const TokenResult& result);
    void onKeyProblem(const QString& account, bool automatic, const SecretResult& problem);
    void onTokenFailed(bool automatic, const ApiError& error);
    void acceptToken(const JwtToken& token, const QString& source, const QString& account,
                     qint64 clockOffsetSeconds);
    void onTokenExpired();
    void onAutoRenewDue();
    void setBusy(bool busy, const QString& text = QString());
    void setKeychainNotice(const QString& text, Action retry = Action::None);
    void showApiError(const ApiError& error, Action retry);
    void handleSaveResult(const KeyStore::SaveResult& result, const QString& success, Action retry);
    /**
     * @p handler for the final answer of @p operation: ends the busy state first; ignored when
     * another operation began or Cancel came in the meantime.
     */
    template<typename Handler>
    auto answerOf(quint64 operation, Handler handler);
    /** Ends what is running without a word; answers still on their way are ignored. */
    void abandonOperation();

    Environment m_environment;
    SessionServices m_services;

    JwtToken m_token;
    QString m_tokenSource;
    QString m_tokenAccount;
    QDateTime m_tokenExpiresAt;
    qint64 m_tokenLifetimeSeconds = 0;
    bool m_tokenExpiryAssumed = false;
    bool m_tokenExpired = false;
    bool m_expiryWarned = false;
    qint64 m_clockOffsetSeconds = 0;
    TokenCountdown* m_countdown;
    AutoRenewScheduler* m_autoRenew;

    bool m_busy = false;
    QString m_busyText;
    Message m_message;
    Message m_keychainNotice;

    /** Bumped by every new operation and by Cancel, so an answer meant for an older one is ignored. */
    quint64 m_operation = 0;
    QPointer<TokenOperation> m_tokenOperation;
    QPointer<TestKeyOperation> m_testKeyOperation;

    /** What Retry repeats after Cancel: the action that was running. */
    Action m_runningAction = Action::None;
    // What the last action was asked, so that Retry can repeat it.
    QString m_lastPhoneText;
    QString m_lastAccount;
    bool m_lastFresh = false;
};

} // namespace novapost::gui
