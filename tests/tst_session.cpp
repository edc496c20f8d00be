// SPDX-License-Identifier: MIT
// EnvironmentSession without any widget: the window's flows, cache, renewals, cancel, clock offset,
// expiry and messages, against the fake server over a real socket, with a ManualClock.
#include "ApiClient.h"
#include "AutoRenewScheduler.h"
#include "Clock.h"
#include "EnvironmentSession.h"
#include "EnvironmentSessions.h"
#include "FakeNovaPostServer.h"
#include "KeyStore.h"
#include "MemorySecretStore.h"
#include "PhoneNumber.h"
#include "TestKeyService.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "TokenService.h"
#include "UtcTime.h"
#include "WindowSettings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;
using Level = EnvironmentSession::MessageLevel;
using Action = EnvironmentSession::Action;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString PhoneTyped = QStringLiteral("+49 821 343-7654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
const QString KeyA = QStringLiteral("prod-key-acme-0123456789");
const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));

bool isJwtRequest(const HttpRequest& request)
{
    return request.path.endsWith(QLatin1String("clients/authorization"));
}

bool isTestKeyRequest(const HttpRequest& request)
{
    return request.path.contains(QLatin1String("test-api-keys"));
}

/** Memory store whose reads of apiKeys can be held back, to cancel while the keychain answers. */
class HeldReadSecretStore final : public SecretStore
{
public:
    bool holdKeyReads = false;
    std::function<void()> heldRead;
    bool holdKeyWrites = false;
    std::function<void()> heldWrite;
    bool holdAccessChecks = false;
    std::function<void()> heldCheck;

    void checkAccess(QObject* context, Callback callback) override
    {
        if (holdAccessChecks) {
            heldCheck = [this, guard = QPointer<QObject>(context), callback] {
                if (guard)
                    m_inner.checkAccess(guard, callback);
            };
            return;
        }
        m_inner.checkAccess(context, std::move(callback));
    }

    void readSecret(const QString& name, QObject* context, Callback callback) override
    {
        if (holdKeyReads && !name.startsWith(QLatin1String("jwt-"))) {
            heldRead = [this, name, guard = QPointer<QObject>(context), callback] {
                if (guard)
                    m_inner.readSecret(name, guard, callback);
            };
            return;
        }
        m_inner.readSecret(name, context, std::move(callback));
    }
    void writeSecret(const QString& name, const QString& secret, QObject* context, Callback callback) override
    {
        if (holdKeyWrites && !name.startsWith(QLatin1String("jwt-"))) {
            heldWrite = [this, name, secret, guard = QPointer<QObject>(context), callback] {
                if (guard)
                    m_inner.writeSecret(name, secret, guard, callback);
            };
            return;
        }
        m_inner.writeSecret(name, secret, context, std::move(callback));
    }
    void removeSecret(const QString& name, QObject* context, Callback callback) override
    {
        m_inner.removeSecret(name, context, std::move(callback));
    }
    QString locationDescription() const override { return m_inner.locationDescription(); }
    bool isPersistent() const override { return false; }

private:
    MemorySecretStore m_inner;
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testKey_requestedStoredThenReusedToday();
    void testKey_invalidPhoneSendsNothing();
    void testKey_refusedRequestOffersRetry();
    void getJwt_freshTokenCountsDown();
    void getJwt_cachedTokenUsedUntilFiveMinutesLeft();
    void getJwt_freshBypassesCache();
    void getJwt_missingKeySaysSo();
    void getJwt_failureMessagesAndRetry();
    void cancel_runningRequest();
    void cancel_whileKeychainAnswers();
    void cancel_whileIssuedTestKeyIsStored();
    void cancel_whileKeychainIsCheckedOffersTheTestKeyAgain();
    void autoRenew_backsOffThenSucceeds();
    void clockOffset_countdownUsesServerTime();
    void expiry_dropsTokenAndTellsTheClipboard();
    void expiry_warnsOncePerToken();
    void productionKey_savedRefusedAndForgotten();
    void restore_showsCachedTokenWithoutRequest();
    void sessions_followSettingsAndShowCachedTokensAtStart();

private:
    void createServices();
    EnvironmentSession* session(EnvironmentKind kind);
    void storeProductionKey(const QString& key);
    void storeTestKey();
    void advance(qint64 seconds, EnvironmentSession* s);
    /** Runs @p s's Get JWT to its end. */
    void getJwt(EnvironmentSession* s, const QString& account, bool fresh = false);
    int jwtRequests() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeNovaPostServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<TestKeyService> m_testKeys;
    std::unique_ptr<EnvironmentSession> m_sessions[2];
};

void TestSession::init()
{
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeNovaPostServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_clock = std::make_unique<ManualClock>(Start);
    m_server->setNow(Start.toSecsSinceEpoch());
    m_server->registerPhone(Phone, PhoneKey);
    m_server->addApiKey(KeyA);
}

void TestSession::cleanup()
{
    for (auto& s : m_sessions)
        s.reset();
    m_testKeys.reset();
    m_tokens.reset();
    m_api.reset();
    m_network.reset();
    m_cache.reset();
    m_keys.reset();
    m_secrets.reset();
    m_settings.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestSession::createServices()
{
    for (auto& s : m_sessions)
        s.reset();
    m_testKeys.reset();
    m_tokens.reset();
    if (!m_settings)
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
    if (!m_secrets)
        m_secrets = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<KeyStore>(m_secrets.get(), m_settings.get(), m_clock.get());
    m_cache = std::make_unique<TokenCache>(m_secrets.get(), m_settings.get(), m_clock.get());
    m_keys->setTokenCache(m_cache.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setClock(m_clock.get());
    m_tokens = std::make_unique<TokenService>(m_api.get(), m_keys.get(), m_cache.get(), m_settings.get(),
                                              m_clock.get());
    m_testKeys = std::make_unique<TestKeyService>(m_api.get(), m_keys.get(), m_settings.get());
}

EnvironmentSession* TestSession::session(EnvironmentKind kind)
{
    if (!m_keys)
        createServices();
    auto& s = m_sessions[int(kind)];
    if (!s) {
        Environment environment(kind);
        environment.setBaseUrlOverride(m_server->baseUrl());
        SessionServices services;
        services.keyStore = m_keys.get();
        services.tokens = m_tokens.get();
        services.testKeys = m_testKeys.get();
        services.clock = m_clock.get();
        services.tokenCache = m_cache.get();
        s = std::make_unique<EnvironmentSession>(environment, services);
    }
    return s.get();
}

void TestSession::storeProductionKey(const QString& key)
{
    if (!m_keys)
        createServices();
    bool done = false;
    m_keys->saveProductionKey(QString(), key, this, [&done](const KeyStore::SaveResult& result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY(done);
}

void TestSession::storeTestKey()
{
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy ready(s, &EnvironmentSession::testKeyReady);
    s->requestTestKey(PhoneTyped, false);
    QTRY_COMPARE(ready.count(), 1);
}

void TestSession::advance(qint64 seconds, EnvironmentSession* s)
{
    m_clock->advanceSeconds(seconds);
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    s->countdown()->refresh();
}

void TestSession::getJwt(EnvironmentSession* s, const QString& account, bool fresh)
{
    s->getJwt(account, fresh);
    QVERIFY(s->isBusy());
    QTRY_VERIFY(!s->isBusy());
}

int TestSession::jwtRequests() const
{
    const QList<HttpRequest> requests = m_server->requests();
    return int(std::count_if(requests.begin(), requests.end(), isJwtRequest));
}

// ---------------------------------------------------------------------------------------- test keys

void TestSession::testKey_requestedStoredThenReusedToday()
{
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy ready(s, &EnvironmentSession::testKeyReady);
    QVERIFY(!s->getJwtBlocker(PhoneTyped).isEmpty());
    QCOMPARE(
        s->getJwtBlocker(PhoneTyped),
        QStringLiteral("There is no test key for +498213437654 yet; Request test key (or Ctrl+G) gets one."));

    s->requestTestKey(PhoneTyped, false);
    QVERIFY(s->isBusy());
    QCOMPARE(s->busyText(), QStringLiteral("Requesting a test key for +498213437654…"));
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!s->isBusy());
    QVERIFY(s->busyText().isEmpty());
    QCOMPARE(ready.first().first().toString(), Phone);
    QCOMPARE(s->message().level, Level::Info);
    QVERIFY2(s->message().text.startsWith(QStringLiteral("Test key for +498213437654 saved")) &&
                 s->message().text.endsWith(QStringLiteral("Press Get JWT next.")),
             qPrintable(s->message().text));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QCOMPARE(m_keys->lastPhone(), Phone);
    QVERIFY(s->getJwtBlocker(PhoneTyped).isEmpty());

    // The same day again: the stored key is used without spending a request.
    s->requestTestKey(PhoneTyped, false);
    QTRY_COMPARE(ready.count(), 2);
    QVERIFY(!s->isBusy());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(s->message().text,
             QStringLiteral("A test key for +498213437654 was already requested today, so the stored key is "
                            "used without asking again. Use Renew to ask Nova Post anyway."));

    // Renew asks anyway.
    s->requestTestKey(PhoneTyped, true);
    QVERIFY(s->isBusy());
    QTRY_COMPARE(ready.count(), 3);
    QCOMPARE(m_server->requestCount(), 2);

    // Removing it.
    s->removeTestKey(Phone);
    QTRY_VERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_COMPARE(s->message().text, QStringLiteral("The test key for +498213437654 was removed."));
}

void TestSession::testKey_invalidPhoneSendsNothing()
{
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy rejected(s, &EnvironmentSession::phoneRejected);
    const QString typed = QStringLiteral("12");
    s->requestTestKey(typed, false);
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY(!s->isBusy());
    // The sandbox page says why under the phone field; the message does not say it a second time.
    QVERIFY(s->message().text.isEmpty());
    QVERIFY(!PhoneNumber::parse(typed).errorMessage().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(s->getJwtBlocker(typed),
             QStringLiteral("Enter a phone number with a stored test key to get a JWT."));
}

void TestSession::testKey_refusedRequestOffersRetry()
{
    int refusals = 1;
    m_server->setHandler([this, &refusals](const HttpRequest& request) {
        if (isTestKeyRequest(request) && refusals > 0) {
            --refusals;
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        }
        return m_server->defaultResponse(request);
    });
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy ready(s, &EnvironmentSession::testKeyReady);
    s->requestTestKey(PhoneTyped, false);
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(ready.count(), 0);
    QCOMPARE(s->message().level, Level::Error);
    QCOMPARE(s->message().retry, Action::RequestTestKey);
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());

    s->retry();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
}

// ------------------------------------------------------------------------------------------ tokens

void TestSession::getJwt_freshTokenCountsDown()
{
    storeTestKey();
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy started(s, &EnvironmentSession::tokenStarted);
    QSignalSpy changed(s, &EnvironmentSession::tokenChanged);
    QSignalSpy ticks(s, &EnvironmentSession::tick);
    s->getJwt(Phone, false);
    QVERIFY(s->isBusy());
    QCOMPARE(s->busyText(), QStringLiteral("Getting a JWT with the test key for +498213437654…"));
    QCOMPARE(s->getJwtBlocker(PhoneTyped), QStringLiteral("A request is running; wait for it or cancel it."));
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 1);
    QVERIFY(s->hasLiveToken());
    QCOMPARE(s->token().raw().count(QLatin1Char('.')), 2);
    QCOMPARE(started.count(), 1);
    QVERIFY(changed.count() >= 1);
    QVERIFY(ticks.count() >= 1);
    QCOMPARE(ticks.last().first().toLongLong(), 3600);
    QCOMPARE(s->secondsLeft(), 3600);
    QCOMPARE(s->tokenLifetimeSeconds(), 3600);
    QCOMPARE(s->tokenExpiresAt(), Start.addSecs(3600));
    QCOMPARE(s->tokenAccount(), Phone);
    QCOMPARE(s->tokenSource(), QStringLiteral("the test key for +498213437654"));
    QVERIFY(!s->isExpiryAssumed());
    QVERIFY(s->message().text.isEmpty());
    QVERIFY(s->clockNote().isEmpty());
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());

    advance(600, s);
    QCOMPARE(s->secondsLeft(), 3000);
    QCOMPARE(ticks.last().first().toLongLong(), 3000);
    // The other environment knows nothing of it.
    QVERIFY(!session(EnvironmentKind::Production)->hasLiveToken());
}

void TestSession::getJwt_cachedTokenUsedUntilFiveMinutesLeft()
{
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    const QString jwt = s->token().raw();
    QCOMPARE(jwtRequests(), 1);

    // Another session (as after a restart) with the same keychain gets the cached token.
    m_clock->advanceSeconds(600);
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    createServices();
    s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    QCOMPARE(s->token().raw(), jwt);
    QCOMPARE(jwtRequests(), 1);
    QCOMPARE(s->secondsLeft(), 3000);
    QCOMPARE(s->message().level, Level::Info);
    QCOMPARE(
        s->message().text,
        QStringLiteral("A stored JWT is still valid for 50 minute(s), so it was used without asking Nova "
                       "Post. Use Token → Get a fresh JWT (Ctrl+Shift+G) to ask anyway."));

    // Under five minutes left it asks Nova Post.
    advance(2800, s);
    QCOMPARE(s->secondsLeft(), 200);
    QSignalSpy discarded(s, &EnvironmentSession::tokenDiscarded);
    getJwt(s, QStringLiteral("default"));
    QCOMPARE(jwtRequests(), 2);
    QVERIFY(s->token().raw() != jwt);
    QCOMPARE(s->secondsLeft(), 3600);
    QVERIFY(s->message().text.isEmpty());
    // The replaced token must leave the clipboard.
    QCOMPARE(discarded.count(), 1);
    QCOMPARE(discarded.first().first().toString(), jwt);
}

void TestSession::getJwt_freshBypassesCache()
{
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    const QString first = s->token().raw();
    m_clock->advanceSeconds(60);
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    getJwt(s, QStringLiteral("default"), true);
    QCOMPARE(jwtRequests(), 2);
    QVERIFY(s->token().raw() != first);
    QVERIFY(s->message().text.isEmpty());
    // Retry of a fresh request asks fresh again.
    m_server->setHandler([this](const HttpRequest& request) {
        if (isJwtRequest(request))
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        return m_server->defaultResponse(request);
    });
    getJwt(s, QStringLiteral("default"), true);
    QCOMPARE(jwtRequests(), 3);
    QCOMPARE(s->message().retry, Action::GetJwt);
    m_server->setHandler({});
    s->retry();
    QVERIFY(s->isBusy());
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 4);
    QVERIFY(s->message().text.isEmpty());
}

void TestSession::getJwt_missingKeySaysSo()
{
    storeTestKey();
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    // The keychain lost the key behind our back; the settings still list it.
    bool removed = false;
    m_secrets->removeSecret(KeyStore::secretName(EnvironmentKind::Sandbox, Phone), this,
                            [&removed](const SecretResult&) { removed = true; });
    QTRY_VERIFY(removed);
    getJwt(s, Phone);
    QCOMPARE(jwtRequests(), 0);
    QVERIFY(!s->hasLiveToken());
    QCOMPARE(s->message().level, Level::Error);
    QCOMPARE(s->message().text, QStringLiteral("The keychain no longer holds the test key for +498213437654. "
                                               "Renew it to store it again."));
    QCOMPARE(s->message().retry, Action::None);
}

void TestSession::getJwt_failureMessagesAndRetry()
{
    storeProductionKey(QStringLiteral("prod-key-unknown-000000"));
    EnvironmentSession* s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    // A refused key: an error without Retry (retrying cannot help).
    QCOMPARE(s->message().level, Level::Error);
    QCOMPARE(s->message().retry, Action::None);
    QVERIFY(!s->message().text.isEmpty());
    QVERIFY(!s->hasLiveToken());

    // Service trouble offers Retry, which asks again with the same key.
    storeProductionKey(KeyA);
    m_server->setHandler([this](const HttpRequest& request) {
        if (isJwtRequest(request))
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        return m_server->defaultResponse(request);
    });
    getJwt(s, QStringLiteral("default"));
    QCOMPARE(s->message().level, Level::Error);
    QCOMPARE(s->message().retry, Action::GetJwt);
    m_server->setHandler({});
    const int before = jwtRequests();
    s->retry();
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), before + 1);
    QVERIFY(s->hasLiveToken());
    QVERIFY(s->message().text.isEmpty());
}

void TestSession::cancel_runningRequest()
{
    storeProductionKey(KeyA);
    m_server->setHandler([this](const HttpRequest& request) {
        if (isJwtRequest(request)) {
            HttpResponse hang;
            hang.mode = HttpResponse::Mode::Hang;
            return hang;
        }
        return m_server->defaultResponse(request);
    });
    EnvironmentSession* s = session(EnvironmentKind::Production);
    s->getJwt(QStringLiteral("default"), false);
    QTRY_COMPARE(jwtRequests(), 1);
    QVERIFY(s->isBusy());
    s->cancel();
    QTRY_VERIFY(!s->isBusy());
    QVERIFY(!s->hasLiveToken());
    // Cancelling is not a failure: said plainly, with Retry.
    QCOMPARE(s->message().level, Level::Info);
    QCOMPARE(s->message().retry, Action::GetJwt);
    QVERIFY(!s->message().text.isEmpty());
}

void TestSession::cancel_whileKeychainAnswers()
{
    auto* held = new HeldReadSecretStore;
    m_secrets.reset(held);
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    QSignalSpy started(s, &EnvironmentSession::tokenStarted);
    held->holdKeyReads = true;
    s->getJwt(QStringLiteral("default"), false);
    QTRY_VERIFY(held->heldRead);
    QVERIFY(s->isBusy());
    s->cancel();
    QVERIFY(!s->isBusy());
    QCOMPARE(s->message().level, Level::Info);
    QCOMPARE(s->message().text, QStringLiteral("The request was cancelled."));
    QCOMPARE(s->message().retry, Action::GetJwt);

    // The keychain answers after all: nothing is asked and nothing is shown.
    held->holdKeyReads = false;
    std::exchange(held->heldRead, {})();
    QTest::qWait(300);
    QCOMPARE(jwtRequests(), 0);
    QCOMPARE(started.count(), 0);
    QVERIFY(!s->isBusy());
    QCOMPARE(s->message().text, QStringLiteral("The request was cancelled."));

    // Retry goes through.
    s->retry();
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 1);
    QVERIFY(s->hasLiveToken());
}

void TestSession::cancel_whileIssuedTestKeyIsStored()
{
    auto* held = new HeldReadSecretStore;
    m_secrets.reset(held);
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy ready(s, &EnvironmentSession::testKeyReady);
    held->holdKeyWrites = true;
    s->requestTestKey(PhoneTyped, false);
    QTRY_VERIFY(held->heldWrite);
    QCOMPARE(m_server->requestCount(), 1);

    // The day's request is spent and the key is on its way into the keychain: Cancel cannot undo
    // that, so it must not claim to have cancelled, and the outcome of storing is still shown.
    s->cancel();
    QVERIFY(s->isBusy());
    QVERIFY(s->message().text.isEmpty());
    held->holdKeyWrites = false;
    std::exchange(held->heldWrite, {})();
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!s->isBusy());
    QVERIFY2(s->message().text.startsWith(QStringLiteral("Test key for +498213437654 saved")),
             qPrintable(s->message().text));
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
}

void TestSession::cancel_whileKeychainIsCheckedOffersTheTestKeyAgain()
{
    auto* held = new HeldReadSecretStore;
    m_secrets.reset(held);
    // A JWT was got with another phone's key before: Retry must not fall back to that.
    const QString otherPhone = QStringLiteral("48900555111");
    m_server->registerPhone(otherPhone, QStringLiteral("other-phone-key-0123456789"));
    EnvironmentSession* s = session(EnvironmentKind::Sandbox);
    QSignalSpy ready(s, &EnvironmentSession::testKeyReady);
    s->requestTestKey(QStringLiteral("+48 900 555 111"), false);
    QTRY_COMPARE(ready.count(), 1);
    getJwt(s, otherPhone);
    QVERIFY(s->hasLiveToken());
    const int requestsBefore = m_server->requestCount();

    held->holdAccessChecks = true;
    s->requestTestKey(PhoneTyped, false);
    QTRY_VERIFY(held->heldCheck);
    s->cancel();
    QVERIFY(!s->isBusy());
    QCOMPARE(s->message().text, QStringLiteral("The request was cancelled."));
    QCOMPARE(s->message().retry, Action::RequestTestKey);
    held->holdAccessChecks = false;
    std::exchange(held->heldCheck, {})();
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), requestsBefore);

    // Retry asks for the key that was cancelled, not for a JWT with the earlier key.
    s->retry();
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(ready.last().first().toString(), Phone);
    QCOMPARE(m_server->requestCount(), requestsBefore + 1);
    QVERIFY(isTestKeyRequest(m_server->requests().last()));
}

void TestSession::autoRenew_backsOffThenSucceeds()
{
    int failuresToSend = 0;
    m_server->setHandler([this, &failuresToSend](const HttpRequest& request) {
        if (isJwtRequest(request) && failuresToSend > 0) {
            --failuresToSend;
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        }
        return m_server->defaultResponse(request);
    });
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    s->autoRenew()->setEnabled(true);
    s->autoRenew()->setLeadSeconds(5 * 60);
    getJwt(s, QStringLiteral("default"));
    const QString first = s->token().raw();
    QCOMPARE(jwtRequests(), 1);

    failuresToSend = 2;
    advance(3299, s);
    QVERIFY(!s->isBusy());
    advance(1, s); // five minutes before expiry
    QVERIFY(s->isBusy());
    QCOMPARE(s->busyText(), QStringLiteral("Renewing the JWT with the saved production key…"));
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 2);
    QCOMPARE(s->autoRenew()->failureCount(), 1);
    QCOMPARE(s->message().level, Level::Error);
    QCOMPARE(s->message().retry, Action::GetJwt);
    QVERIFY2(
        s->message().text.startsWith(QStringLiteral("Renewing the JWT automatically failed: ")) &&
            s->message().text.endsWith(QStringLiteral("The next try is in 30 second(s); the current token "
                                                      "stays usable until it expires.")),
        qPrintable(s->message().text));
    QCOMPARE(s->token().raw(), first); // still usable

    advance(29, s);
    QVERIFY(!s->isBusy());
    advance(1, s);
    QVERIFY(s->isBusy());
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 3);
    QCOMPARE(s->autoRenew()->failureCount(), 2);
    QVERIFY(s->message().text.contains(QStringLiteral("60 second(s)")));

    advance(59, s);
    QVERIFY(!s->isBusy());
    advance(1, s);
    QVERIFY(s->isBusy());
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 4);
    QVERIFY(s->token().raw() != first);
    QCOMPARE(s->autoRenew()->failureCount(), 0);
    QCOMPARE(s->secondsLeft(), 3600);
    QVERIFY(s->message().text.isEmpty());

    // Busy with something else when due: postponed, not lost.
    failuresToSend = 0;
    s->autoRenew()->setEnabled(false);
    advance(3300, s);
    m_server->setHandler([this](const HttpRequest& request) {
        HttpResponse response = m_server->defaultResponse(request);
        response.delayMs = 300;
        return response;
    });
    s->getJwt(QStringLiteral("default"), true);
    QVERIFY(s->isBusy());
    s->autoRenew()->setEnabled(true);
    s->countdown()->refresh();
    QVERIFY(!s->autoRenew()->isWaitingForRenewal());
    QTRY_VERIFY(!s->isBusy());
    QCOMPARE(jwtRequests(), 5);
}

void TestSession::clockOffset_countdownUsesServerTime()
{
    // Our clock is three minutes ahead of Nova Post's.
    m_server->setNow(Start.addSecs(-180).toSecsSinceEpoch());
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    QCOMPARE(s->clockOffsetSeconds(), -180);
    QCOMPARE(s->secondsLeft(), 3600);
    QCOMPARE(s->tokenExpiresAt(), Start.addSecs(3600));
    QCOMPARE(
        s->clockNote(),
        QStringLiteral("Your clock is 3 min ahead of Nova Post's; the countdown uses the server's time."));
    m_clock->advanceSeconds(600);
    s->countdown()->refresh();
    QCOMPARE(s->secondsLeft(), 3000);

    // Behind by 40 s: said in seconds; and remembered with the cached token for the next session.
    m_clock->setNow(Start);
    m_server->setNow(Start.addSecs(40).toSecsSinceEpoch());
    getJwt(s, QStringLiteral("default"), true);
    QCOMPARE(s->clockOffsetSeconds(), 40);
    QCOMPARE(s->clockNote(),
             QStringLiteral("Your clock is 40 s behind Nova Post's; the countdown uses the server's time."));
    QCOMPARE(s->secondsLeft(), 3600);
    const QString jwt = s->token().raw();
    createServices();
    s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    QCOMPARE(s->token().raw(), jwt);
    QCOMPARE(s->clockOffsetSeconds(), 40);
    QCOMPARE(s->secondsLeft(), 3600);

    // Within five seconds nothing is said.
    m_server->setNow(Start.addSecs(4).toSecsSinceEpoch());
    getJwt(s, QStringLiteral("default"), true);
    QVERIFY(s->clockNote().isEmpty());
}

void TestSession::expiry_dropsTokenAndTellsTheClipboard()
{
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    QSignalSpy expired(s, &EnvironmentSession::expired);
    QSignalSpy discarded(s, &EnvironmentSession::tokenDiscarded);
    s->autoRenew()->setEnabled(true);
    getJwt(s, QStringLiteral("default"));
    const QString jwt = s->token().raw();
    QVERIFY(!s->isExpired());
    // Renewals keep failing until the end.
    m_server->setHandler([this](const HttpRequest& request) {
        if (isJwtRequest(request))
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        return m_server->defaultResponse(request);
    });
    advance(3300, s);
    QTRY_VERIFY(!s->isBusy());
    advance(299, s);
    QTRY_VERIFY(!s->isBusy());
    QVERIFY(s->hasLiveToken());
    QCOMPARE(expired.count(), 0);
    advance(1, s);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!s->hasLiveToken());
    QVERIFY(!s->token().isValid());
    QVERIFY(s->isExpired());
    QCOMPARE(s->secondsLeft(), 0);
    QVERIFY(s->tokenSource().isEmpty());
    QCOMPARE(discarded.count(), 1);
    QCOMPARE(discarded.first().first().toString(), jwt);
    QVERIFY(!s->autoRenew()->nextAttempt().isValid());
    // No renewal is attempted after expiry.
    const int requests = jwtRequests();
    advance(60, s);
    QTest::qWait(100);
    QCOMPARE(jwtRequests(), requests);

    // A token without exp is assumed to live an hour.
    m_server->setHandler([](const HttpRequest& request) {
        if (isJwtRequest(request)) {
            const QString jwt = FakeNovaPostServer::makeJwt(QJsonObject{{QStringLiteral("sub"), 1}});
            return HttpResponse::json(200, QStringLiteral("{\"jwt\":\"%1\"}").arg(jwt).toUtf8());
        }
        return HttpResponse::json(404, "{}");
    });
    getJwt(s, QStringLiteral("default"));
    QVERIFY(s->hasLiveToken());
    QVERIFY(s->isExpiryAssumed());
    QVERIFY(!s->isExpired());
    QCOMPARE(s->secondsLeft(), 3600);
}

void TestSession::expiry_warnsOncePerToken()
{
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    QSignalSpy soon(s, &EnvironmentSession::expiresSoon);
    getJwt(s, QStringLiteral("default"));
    const qint64 before = EnvironmentSession::ExpiryWarningSeconds;
    advance(3600 - before - 1, s);
    QCOMPARE(soon.count(), 0);
    // The first tick inside the warning time, even after a jump (a suspend), says what is left.
    advance(31, s);
    QCOMPARE(soon.count(), 1);
    QCOMPARE(soon.first().first().toLongLong(), before - 30);
    advance(60, s);
    QCOMPARE(soon.count(), 1);

    // A new token may be warned of again; an expired one is not warned of at all.
    getJwt(s, QStringLiteral("default"), true);
    QCOMPARE(s->secondsLeft(), 3600);
    advance(3600 - 10, s);
    QCOMPARE(soon.count(), 2);
    QCOMPARE(soon.last().first().toLongLong(), 10);
    getJwt(s, QStringLiteral("default"), true);
    advance(3600, s);
    QVERIFY(s->isExpired());
    QCOMPARE(soon.count(), 2);
}

void TestSession::productionKey_savedRefusedAndForgotten()
{
    EnvironmentSession* s = session(EnvironmentKind::Production);
    QSignalSpy rejected(s, &EnvironmentSession::productionKeyRejected);
    QSignalSpy saved(s, &EnvironmentSession::productionKeySaved);
    QCOMPARE(s->getJwtBlocker(QStringLiteral("default")),
             QStringLiteral("Save a production key first to get a JWT."));
    s->saveProductionKey(QString(), QStringLiteral("   "));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(s->message().level, Level::Error);
    QCOMPARE(s->message().text, ApiClient::apiKeyProblem(QString()));

    s->saveProductionKey(QStringLiteral("Acme Sp. z o.o."),
                         QStringLiteral("  ") + KeyA + QStringLiteral("\n"));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("acme-sp-z-o-o"));
    QCOMPARE(s->message().text, QStringLiteral("The production key was saved. Press Get JWT next."));
    QCOMPARE(m_keys->lastProductionKey(), QStringLiteral("acme-sp-z-o-o"));
    QVERIFY(s->getJwtBlocker(QStringLiteral("acme-sp-z-o-o")).isEmpty());
    QCOMPARE(s->describeSource(QStringLiteral("acme-sp-z-o-o")),
             QStringLiteral("the production key “Acme Sp. z o.o.”"));
    getJwt(s, QStringLiteral("acme-sp-z-o-o"));
    QVERIFY(s->hasLiveToken());
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), KeyA);

    s->forgetProductionKey(QStringLiteral("acme-sp-z-o-o"));
    QTRY_COMPARE(s->message().text, QStringLiteral("The production key was forgotten."));
    QVERIFY(!m_keys->entry(EnvironmentKind::Production, QStringLiteral("acme-sp-z-o-o")).has_value());
}

void TestSession::restore_showsCachedTokenWithoutRequest()
{
    storeProductionKey(KeyA);
    EnvironmentSession* s = session(EnvironmentKind::Production);
    getJwt(s, QStringLiteral("default"));
    const QString jwt = s->token().raw();
    m_clock->advanceSeconds(3500);
    createServices();
    s = session(EnvironmentKind::Production);
    QSignalSpy started(s, &EnvironmentSession::tokenStarted);
    s->restoreCachedToken(QStringLiteral("default"));
    QTRY_COMPARE(started.count(), 1);
    // Shown even with under five minutes left: it is still valid.
    QCOMPARE(s->token().raw(), jwt);
    QCOMPARE(s->secondsLeft(), 100);
    QCOMPARE(s->tokenSource(), QStringLiteral("the saved production key"));
    QCOMPARE(jwtRequests(), 1);
    QVERIFY(!s->isBusy());
}

void TestSession::sessions_followSettingsAndShowCachedTokensAtStart()
{
    storeProductionKey(KeyA);
    getJwt(session(EnvironmentKind::Production), QStringLiteral("default"));
    const QString jwt = session(EnvironmentKind::Production)->token().raw();
    createServices();

    WindowSettings settings(m_settings.get());
    settings.setAutoRenew(true);
    settings.setRenewLeadMinutes(10);
    EnvironmentSessions::Services services;
    services.apiClient = m_api.get();
    services.keyStore = m_keys.get();
    services.clock = m_clock.get();
    services.tokenCache = m_cache.get();
    services.settings = m_settings.get();
    EnvironmentSessions sessions(services, &settings, m_server->baseUrl());
    EnvironmentSession* production = sessions.session(EnvironmentKind::Production);
    EnvironmentSession* sandbox = sessions.session(EnvironmentKind::Sandbox);
    QCOMPARE(production->kind(), EnvironmentKind::Production);
    QCOMPARE(sandbox->kind(), EnvironmentKind::Sandbox);
    QCOMPARE(production->environment().baseUrl(), m_server->baseUrl());
    QCOMPARE(sandbox->environment().baseUrl(), m_server->baseUrl());
    // The token of the last run is shown without asking.
    QTRY_COMPARE(production->token().raw(), jwt);
    QVERIFY(!sandbox->hasLiveToken());
    QCOMPARE(jwtRequests(), 1);

    for (EnvironmentSession* s : sessions.all()) {
        QVERIFY(s->autoRenew()->isEnabled());
        QCOMPARE(s->autoRenew()->leadSeconds(), 600);
    }
    settings.setAutoRenew(false);
    settings.setRenewLeadMinutes(1);
    for (EnvironmentSession* s : sessions.all()) {
        QVERIFY(!s->autoRenew()->isEnabled());
        QCOMPARE(s->autoRenew()->leadSeconds(), 60);
    }

    // The services it made itself work: a fresh token through them.
    QVERIFY(!sessions.isAnyBusy());
    production->getJwt(QStringLiteral("default"), true);
    QVERIFY(sessions.isAnyBusy());
    QTRY_VERIFY(!sessions.isAnyBusy());
    QCOMPARE(jwtRequests(), 2);
    QVERIFY(production->token().raw() != jwt);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
