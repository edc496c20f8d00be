// SPDX-License-Identifier: MIT
#include "EnvironmentSession.h"

#include "ApiClient.h"
#include "AutoRenewScheduler.h"
#include "Clock.h"
#include "Defaults.h"
#include "PhoneNumber.h"
#include "SessionTexts.h"
#include "TestKeyService.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "TokenService.h"

namespace novapost::gui {

EnvironmentSession::EnvironmentSession(const Environment& environment, const SessionServices& services,
                                       QObject* parent)
    : QObject(parent)
    , m_environment(environment)
    , m_services(services)
    , m_countdown(new TokenCountdown(services.clock, this))
    , m_autoRenew(new AutoRenewScheduler(services.clock, this))
{
    Q_ASSERT(services.keyStore && services.tokens && services.clock);
    m_countdown->setObjectName(Environment::idOf(environment.kind()) + QStringLiteral("Countdown"));
    connect(m_countdown, &TokenCountdown::tick, this, [this](qint64 secondsLeft) {
        emit tick(secondsLeft);
        if (!m_expiryWarned && secondsLeft > 0 && secondsLeft <= ExpiryWarningSeconds) {
            m_expiryWarned = true;
            emit expiresSoon(secondsLeft);
        }
        m_autoRenew->check();
    });
    connect(m_countdown, &TokenCountdown::expired, this, &EnvironmentSession::onTokenExpired);
    connect(m_autoRenew, &AutoRenewScheduler::renewDue, this, &EnvironmentSession::onAutoRenewDue);
    // A keychain call that takes over a second is most likely waiting behind an unlock prompt.
    connect(services.keyStore->secretStore(), &SecretStore::waitingForUnlock, this, [this] {
        if (m_busy)
            setBusy(true, SessionTexts::waitingForKeychain());
    });
}

EnvironmentSession::~EnvironmentSession()
{
    abandonOperation();
}

bool EnvironmentSession::hasLiveToken() const
{
    return m_token.isValid() && m_countdown->isActive();
}

qint64 EnvironmentSession::secondsLeft() const
{
    return hasLiveToken() ? m_countdown->secondsLeft() : 0;
}

QString EnvironmentSession::clockNote() const
{
    return hasLiveToken() ? SessionTexts::clockNote(m_clockOffsetSeconds) : QString();
}

// -------------------------------------------------------------------------------------- messages

void EnvironmentSession::setMessage(MessageLevel level, const QString& text, Action retry)
{
    m_message = {level, text, retry};
    emit messageChanged();
}

void EnvironmentSession::clearMessage()
{
    setMessage(MessageLevel::Info, QString());
}

void EnvironmentSession::setKeychainNotice(const QString& text, Action retry)
{
    m_keychainNotice = {MessageLevel::Warning, text, retry};
    emit messageChanged();
}

void EnvironmentSession::dismissKeychainNotice()
{
    setKeychainNotice(QString());
}

void EnvironmentSession::showApiError(const ApiError& error, Action retry)
{
    const bool networkTrouble = error.kind() == ApiError::Kind::ServiceUnavailable ||
                                error.kind() == ApiError::Kind::TlsFailure ||
                                error.kind() == ApiError::Kind::Cancelled;
    const auto level = error.kind() == ApiError::Kind::Cancelled ? MessageLevel::Info : MessageLevel::Error;
    setMessage(level, error.message(), error.isRetryable() || networkTrouble ? retry : Action::None);
}

void EnvironmentSession::handleSaveResult(const KeyStore::SaveResult& result, const QString& success,
                                          Action retry)
{
    if (!result.ok()) {
        if (result.status == SecretResult::Status::AccessDenied ||
            result.status == SecretResult::Status::Unavailable)
            setKeychainNotice(result.message, retry);
        else
            setMessage(MessageLevel::Error, result.message, retry);
        return;
    }
    setKeychainNotice(result.sessionOnly ? result.message : QString());
    setMessage(MessageLevel::Info, success);
}

void EnvironmentSession::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_busyText = busy ? text : QString();
    emit busyChanged();
}

// ----------------------------------------------------------------------------------- describing

QString EnvironmentSession::describeSource(const QString& account) const
{
    return SessionTexts::source(m_services.keyStore, kind(), account);
}

QString EnvironmentSession::accountFor(const QString& input) const
{
    if (kind() == EnvironmentKind::Production)
        return input;
    const PhoneNumber phone = PhoneNumber::parse(input);
    return phone.isValid() ? phone.digits() : QString();
}

QString EnvironmentSession::getJwtBlocker(const QString& input) const
{
    return SessionTexts::getJwtBlocker(m_services.keyStore, kind(), input, m_busy);
}

// -------------------------------------------------------------------------------------- actions

void EnvironmentSession::retry()
{
    retry(m_message.retry != Action::None ? m_message.retry : m_keychainNotice.retry);
}

void EnvironmentSession::retry(Action action)
{
    switch (action) {
    case Action::None:
        break;
    case Action::RequestTestKey:
        requestTestKey(m_lastPhoneText, false);
        break;
    case Action::RenewTestKey:
        requestTestKey(m_lastPhoneText, true);
        break;
    case Action::GetJwt:
        getJwt(m_lastAccount, m_lastFresh);
        break;
    case Action::SaveProductionKey:
        // The typed key is not kept here: the window saves again what its fields hold.
        break;
    }
}

template<typename Handler>
auto EnvironmentSession::answerOf(quint64 operation, Handler handler)
{
    return [this, operation, handler](const auto&... arguments) {
        if (operation != m_operation)
            return; // meant for an operation that was cancelled or replaced
        setBusy(false);
        handler(arguments...);
    };
}

void EnvironmentSession::requestTestKey(const QString& phoneText, bool force)
{
    if (m_busy || kind() != EnvironmentKind::Sandbox || !m_services.testKeys)
        return;
    m_lastPhoneText = phoneText;
    const Action action = force ? Action::RenewTestKey : Action::RequestTestKey;
    const quint64 operation = ++m_operation;
    m_runningAction = action;
    TestKeyRequest request;
    request.environment = m_environment;
    request.phoneText = phoneText;
    request.force = force;
    TestKeyOperation* run = m_services.testKeys->request(request);
    m_testKeyOperation = run;
    // The page says what is wrong under the phone field; the banner repeating it would say it twice.
    connect(run, &TestKeyOperation::invalidPhone, this, answerOf(operation, [this](const QString&) {
                clearMessage();
                emit phoneRejected();
            }));
    connect(run, &TestKeyOperation::reused, this,
            answerOf(operation, [this](const PhoneNumber& phone, const TestApiKey&) {
                setMessage(MessageLevel::Info, SessionTexts::testKeyReused(phone.displayText()));
                emit testKeyReady(phone.digits());
            }));
    const auto keychainTrouble = [this, action](const SecretResult& problem) {
        setKeychainNotice(problem.message, action);
    };
    connect(run, &TestKeyOperation::keychainProblem, this, answerOf(operation, keychainTrouble));
    connect(run, &TestKeyOperation::storedKeyUnreadable, this, answerOf(operation, keychainTrouble));
    connect(run, &TestKeyOperation::settingsUnwritable, this,
            answerOf(operation, [this, action](const QString& problem) {
                setMessage(MessageLevel::Error, problem, action);
            }));
    // A refused request (429 daily limit, 422) leaves any stored key exactly as it was.
    connect(run, &TestKeyOperation::failed, this,
            answerOf(operation, [this, action, phoneText](const ApiError& error) {
                showApiError(error, action);
                // Only a phone with a key stored is told it can go on with it.
                const PhoneNumber phone = PhoneNumber::parse(phoneText);
                if (error.httpStatus() == 429 &&
                    m_services.keyStore->entry(EnvironmentKind::Sandbox, phone.digits()))
                    setMessage(m_message.level,
                               m_message.text + QLatin1Char(' ') +
                                   SessionTexts::storedTestKeyStillWorks(phone.displayText()),
                               m_message.retry);
            }));
    connect(run, &TestKeyOperation::saved, this,
            answerOf(operation, [this, action](const PhoneNumber& phone, const TestApiKey& key,
                                               const KeyStore::SaveResult& result) {
                handleSaveResult(result, SessionTexts::testKeySaved(phone.displayText(), key.expiresAt),
                                 action);
                if (result.ok())
                    emit testKeyReady(phone.digits());
            }));
    // The operation answers on the event loop. A refused phone ends it before anything is shown;
    // for a valid one the request is shown as running (a key reused today ends it at once).
    const PhoneNumber phone = PhoneNumber::parse(phoneText);
    if (phone.isValid()) {
        clearMessage();
        setBusy(true, SessionTexts::requestingTestKey(phone.displayText()));
    }
}

void EnvironmentSession::removeTestKey(const QString& account)
{
    if (m_busy || account.isEmpty())
        return;
    const QString display = PhoneNumber::parse(account).displayText();
    m_services.keyStore->forget(
        EnvironmentKind::Sandbox, account, this, [this, display](const KeyStore::SaveResult& result) {
            handleSaveResult(result, SessionTexts::testKeyRemoved(display), Action::None);
        });
}

void EnvironmentSession::saveProductionKey(const QString& label, const QString& apiKey)
{
    if (m_busy || kind() != EnvironmentKind::Production)
        return;
    const QString key = apiKey.trimmed();
    const QString problem = ApiClient::apiKeyProblem(key);
    if (!problem.isEmpty()) {
        setMessage(MessageLevel::Error, problem);
        emit productionKeyRejected();
        return;
    }
    const QString trimmedLabel = label.trimmed();
    // A label already stored keeps its id, which may differ from what a new label gets.
    const QString id = m_services.keyStore->productionKeyFor(trimmedLabel, true).id;
    m_services.keyStore->saveProductionKey(
        trimmedLabel, key, this, [this, id](const KeyStore::SaveResult& result) {
            if (result.ok()) {
                m_services.keyStore->setLastProductionKey(id);
                emit productionKeySaved(id);
            }
            handleSaveResult(result, SessionTexts::productionKeySaved(), Action::SaveProductionKey);
        });
}

void EnvironmentSession::forgetProductionKey(const QString& id)
{
    if (m_busy || !m_services.keyStore->entry(EnvironmentKind::Production, id))
        return;
    m_services.keyStore->forget(
        EnvironmentKind::Production, id, this, [this](const KeyStore::SaveResult& result) {
            handleSaveResult(result, SessionTexts::productionKeyForgotten(), Action::None);
        });
}

void EnvironmentSession::getJwt(const QString& account, bool fresh)
{
    m_lastAccount = account;
    m_lastFresh = fresh;
    startJwtRequest(account, !fresh, false);
}

void EnvironmentSession::startJwtRequest(const QString& account, bool useCache, bool automatic)
{
    if (m_busy || account.isEmpty())
        return;
    // A production key is remembered as chosen. A phone only once its key worked (the key store
    // marks it used), so the next start never comes back on a phone whose request failed.
    if (kind() == EnvironmentKind::Production)
        m_services.keyStore->setLastProductionKey(account);
    const QString source = describeSource(account);
    const quint64 operation = ++m_operation;
    m_runningAction = Action::GetJwt;
    if (automatic) {
        // Retry after a failed renewal asks like Get JWT would.
        m_lastAccount = account;
        m_lastFresh = false;
    }
    clearMessage();
    setBusy(true, SessionTexts::gettingJwt(source, automatic));

    TokenRequest request;
    request.environment = m_environment;
    request.account = account;
    request.useCache = useCache;
    request.minimumSecondsLeft = defaults::CacheMinimumSecondsLeft;
    TokenOperation* fetch = m_services.tokens->getToken(request);
    m_tokenOperation = fetch;
    connect(fetch, &TokenOperation::succeeded, this,
            answerOf(operation, [this, account, source](const TokenResult& result) {
                onTokenSucceeded(account, source, result);
            }));
    connect(fetch, &TokenOperation::keyProblem, this,
            answerOf(operation, [this, account, automatic](const SecretResult& problem) {
                onKeyProblem(account, automatic, problem);
            }));
    connect(
        fetch, &TokenOperation::failed, this,
        answerOf(operation, [this, automatic](const ApiError& error) { onTokenFailed(automatic, error); }));
    connect(fetch, &TokenOperation::cacheUnwritable, this,
            answerOf(operation, [this, automatic](const QString& problem) {
                onTokenFailed(automatic, ApiError(ApiError::Kind::KeychainFailure, problem));
            }));
}

void EnvironmentSession::onTokenSucceeded(const QString& account, const QString& source,
                                          const TokenResult& result)
{
    if (m_keychainNotice.retry == Action::GetJwt)
        setKeychainNotice(QString()); // the keychain answered this time
    acceptToken(result.token, source, account, result.clockOffsetSeconds);
    if (result.fromCache)
        setMessage(MessageLevel::Info, SessionTexts::cachedTokenUsed(result.secondsLeft.value_or(0)));
}

void EnvironmentSession::onKeyProblem(const QString& account, bool automatic, const SecretResult& problem)
{
    if (automatic)
        m_autoRenew->renewalFailed();
    if (problem.status == SecretResult::Status::Unavailable ||
        problem.status == SecretResult::Status::AccessDenied)
        setKeychainNotice(problem.message, Action::GetJwt);
    else if (problem.status == SecretResult::Status::NotFound)
        setMessage(MessageLevel::Error, SessionTexts::keyGone(kind(), account));
    else
        setMessage(MessageLevel::Error, problem.message, Action::GetJwt);
}

void EnvironmentSession::onTokenFailed(bool automatic, const ApiError& error)
{
    if (m_keychainNotice.retry == Action::GetJwt)
        setKeychainNotice(QString()); // the key was read: the keychain answered this time
    if (automatic) {
        m_autoRenew->renewalFailed();
        const qint64 wait = AutoRenewScheduler::backoffSeconds(m_autoRenew->failureCount());
        setMessage(MessageLevel::Error, SessionTexts::renewalFailed(error.message(), wait), Action::GetJwt);
        return;
    }
    showApiError(error, Action::GetJwt);
}

void EnvironmentSession::cancel()
{
    if (!m_busy)
        return;
    // The day's request is spent once the key is issued: it is stored and saved() tells how it went.
    if (m_testKeyOperation && m_testKeyOperation->isStoringKey())
        return;
    // Once a request is on its way, cancelling it ends in failed(), which reports the cancellation.
    if (m_testKeyOperation && m_testKeyOperation->isRequesting()) {
        m_testKeyOperation->cancel();
        return;
    }
    if (m_tokenOperation && m_tokenOperation->isRequesting()) {
        m_tokenOperation->cancel();
        return;
    }
    abandonOperation();
    setBusy(false);
    if (m_autoRenew->isWaitingForRenewal())
        m_autoRenew->renewalFailed();
    setMessage(MessageLevel::Info, SessionTexts::cancelled(), m_runningAction);
}

void EnvironmentSession::abandonOperation()
{
    ++m_operation;
    if (m_tokenOperation)
        m_tokenOperation->cancel();
    if (m_testKeyOperation)
        m_testKeyOperation->cancel();
    m_tokenOperation = nullptr;
    m_testKeyOperation = nullptr;
}

// ----------------------------------------------------------------------------------- the token

void EnvironmentSession::restoreCachedToken(const QString& account)
{
    TokenCache* cache = m_services.tokenCache;
    if (!cache || account.isEmpty() || !m_services.keyStore->entry(kind(), account))
        return;
    // The cache entry is named after the key, so the key is read first (asynchronously).
    m_services.keyStore->readKey(kind(), account, this, [this, account](const SecretResult& read) {
        if (!read.ok() || m_token.isValid() || !m_services.tokenCache)
            return;
        m_services.tokenCache->lookup(m_environment, read.secret, 1, this,
                                      [this, account](const std::optional<TokenCache::CachedToken>& cached) {
                                          if (!cached || m_token.isValid())
                                              return;
                                          acceptToken(cached->token, describeSource(account), account,
                                                      cached->clockOffsetSeconds);
                                      });
    });
}

void EnvironmentSession::acceptToken(const JwtToken& token, const QString& source, const QString& account,
                                     qint64 clockOffsetSeconds)
{
    const QDateTime now = m_services.clock->now();
    // The previous token may still be on the clipboard; it is being replaced.
    if (m_token.isValid() && m_token.raw() != token.raw())
        emit tokenDiscarded(m_token.raw());
    m_token = token;
    m_tokenSource = source;
    m_tokenAccount = account;
    m_clockOffsetSeconds = clockOffsetSeconds;
    m_tokenExpired = false;
    m_expiryWarned = false;
    m_tokenExpiryAssumed = !token.expiresAt().has_value();
    // With a wrong local clock, exp is moved onto our clock: exp - (now + offset) is what is left.
    m_tokenExpiresAt = token.expiresAt().has_value() ? token.expiresAt()->addSecs(-clockOffsetSeconds)
                                                     : now.addSecs(defaults::AssumedLifetimeSeconds);
    const QDateTime start =
        token.issuedAt().has_value() ? token.issuedAt()->addSecs(-clockOffsetSeconds) : now;
    m_tokenLifetimeSeconds = qMax<qint64>(1, start.secsTo(m_tokenExpiresAt));
    m_message = {};
    m_autoRenew->start(m_tokenExpiresAt);
    emit tokenStarted();
    // Started last: a token that is already past its exp expires here and is never shown.
    m_countdown->start(m_tokenExpiresAt);
    emit messageChanged();
    emit tokenChanged();
}

void EnvironmentSession::onTokenExpired()
{
    const QString raw = m_token.raw();
    m_token = JwtToken();
    m_tokenSource.clear();
    m_tokenExpired = true;
    m_autoRenew->stop();
    if (!raw.isEmpty())
        emit tokenDiscarded(raw);
    // The cached copy in the keychain goes too, even if no one looks it up again soon.
    if (m_services.tokenCache)
        m_services.tokenCache->purgeExpired();
    emit expired();
    emit tokenChanged();
}

void EnvironmentSession::onAutoRenewDue()
{
    if (m_busy) {
        m_autoRenew->renewalPostponed();
        return;
    }
    if (m_tokenAccount.isEmpty() || !m_services.keyStore->entry(kind(), m_tokenAccount)) {
        m_autoRenew->stop();
        return;
    }
    startJwtRequest(m_tokenAccount, false, true);
}

} // namespace novapost::gui
