// SPDX-License-Identifier: MIT
// TokenService against the fake server over a real socket, with keys and tokens in memory;
// tst_keychain and tst_cli run the same flow through the CLI and the real keychain.
#include "ApiClient.h"
#include "FakeNovaPostServer.h"
#include "KeyStore.h"
#include "MemorySecretStore.h"
#include "TokenCache.h"
#include "TokenService.h"
#include "UtcTime.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace novapost;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString SandboxKey = QStringLiteral("sandbox-key-5e1");
const QString ProductionKey = QStringLiteral("production-key-9a4");

/** Every signal of one operation, recorded in order. */
struct Outcome
{
    explicit Outcome(TokenOperation* operation)
        : operation(operation)
        , succeeded(operation, &TokenOperation::succeeded)
        , keyProblem(operation, &TokenOperation::keyProblem)
        , failed(operation, &TokenOperation::failed)
        , cacheUnwritable(operation, &TokenOperation::cacheUnwritable)
        , finished(operation, &TokenOperation::finished)
    {}

    bool waitForFinished()
    {
        return QTest::qWaitFor([this] { return finished.size() > 0; }, 15000);
    }
    int outcomes() const
    {
        return int(succeeded.size() + keyProblem.size() + failed.size() + cacheUnwritable.size());
    }
    TokenResult result() const { return succeeded.first().first().value<TokenResult>(); }
    ApiError error() const { return failed.first().first().value<ApiError>(); }
    SecretResult secretResult() const { return keyProblem.first().first().value<SecretResult>(); }

    QPointer<TokenOperation> operation;
    QSignalSpy succeeded;
    QSignalSpy keyProblem;
    QSignalSpy failed;
    QSignalSpy cacheUnwritable;
    QSignalSpy finished;
};

} // namespace

Q_DECLARE_METATYPE(novapost::TokenResult)
Q_DECLARE_METATYPE(novapost::ApiError)
Q_DECLARE_METATYPE(novapost::SecretResult)

class TokenServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void storedKeyGetsATokenAndIsMarkedUsed();
    void secondCallIsServedFromTheCache();
    void cachedTokenWithTooLittleLeftIsReplaced();
    void freshAsksEvenWithACachedToken();
    void givenKeyIsNotReadNorMarked();
    void productionKeyByAccount();
    void keyNotFound();
    void lockedKeychainIsAKeyProblem();
    void refusedKeyFails();
    void serverClockOffsetIsReported();
    void cancelWhileRequesting();
    void cancelBeforeRequesting();
    void uncacheableTokenIsRefusedWhenAsked();
    void withoutCacheEveryCallAsks();

private:
    TokenRequest sandboxRequest() const;
    void storeKey(EnvironmentKind kind, const QString& account, const QString& apiKey);

    QTemporaryDir* m_dir = nullptr;
    FakeNovaPostServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    ApiClient* m_api = nullptr;
    QSettings* m_settings = nullptr;
    MemorySecretStore* m_secrets = nullptr;
    KeyStore* m_keys = nullptr;
    TokenCache* m_cache = nullptr;
    TokenService* m_service = nullptr;
    ManualClock m_clock;
    Environment m_sandbox{EnvironmentKind::Sandbox};
    Environment m_production{EnvironmentKind::Production};
};

void TokenServiceTest::initTestCase()
{
    qRegisterMetaType<TokenResult>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<SecretResult>();
}

void TokenServiceTest::init()
{
    m_clock.setNow(UtcTime::fromDateAndTime(QDate(2026, 11, 28), QTime(10, 0)));
    m_dir = new QTemporaryDir;
    m_server = new FakeNovaPostServer;
    QVERIFY(m_server->listen());
    m_server->setNow(m_clock.now().toSecsSinceEpoch());
    m_server->addApiKey(SandboxKey);
    m_server->addApiKey(ProductionKey);
    m_sandbox.setBaseUrlOverride(m_server->baseUrl());
    m_production.setBaseUrlOverride(m_server->baseUrl());
    m_network = new QNetworkAccessManager;
    m_api = new ApiClient(m_network);
    m_api->setClock(&m_clock);
    m_api->setTimeoutMs(5000);
    m_settings = new QSettings(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    m_secrets = new MemorySecretStore;
    m_keys = new KeyStore(m_secrets, m_settings, &m_clock);
    m_cache = new TokenCache(m_secrets, m_settings, &m_clock);
    m_keys->setTokenCache(m_cache);
    m_service = new TokenService(m_api, m_keys, m_cache, m_settings, &m_clock);
    storeKey(EnvironmentKind::Sandbox, Phone, SandboxKey);
    m_server->clearRequests();
}

void TokenServiceTest::cleanup()
{
    delete m_service;
    delete m_cache;
    delete m_keys;
    delete m_secrets;
    delete m_settings;
    delete m_api;
    delete m_network;
    delete m_server;
    delete m_dir;
}

TokenRequest TokenServiceTest::sandboxRequest() const
{
    TokenRequest request;
    request.environment = m_sandbox;
    request.account = Phone;
    return request;
}

void TokenServiceTest::storeKey(EnvironmentKind kind, const QString& account, const QString& apiKey)
{
    std::optional<KeyStore::SaveResult> saved;
    m_keys->saveKey(kind, account, apiKey, this, [&](const KeyStore::SaveResult& result) { saved = result; });
    QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 5000));
    QVERIFY2(saved->ok(), qPrintable(saved->message));
}

void TokenServiceTest::storedKeyGetsATokenAndIsMarkedUsed()
{
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());
    Outcome outcome(m_service->getToken(sandboxRequest()));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.succeeded.size(), 1);
    QCOMPARE(outcome.finished.size(), 1);
    const TokenResult result = outcome.result();
    QVERIFY(result.token.isValid());
    QVERIFY(!result.fromCache);
    QCOMPARE(result.clockOffsetSeconds, 0);
    QCOMPARE(result.secondsLeft, std::optional<qint64>(3600));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().query.queryItemValue("apiKey"), SandboxKey);
    QCOMPARE(m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt, m_clock.now());
    QTRY_VERIFY(outcome.operation.isNull()); // it deletes itself after finished()
}

void TokenServiceTest::secondCallIsServedFromTheCache()
{
    Outcome first(m_service->getToken(sandboxRequest()));
    QVERIFY(first.waitForFinished());
    m_clock.advanceSeconds(600);
    Outcome second(m_service->getToken(sandboxRequest()));
    QVERIFY(second.waitForFinished());
    QCOMPARE(second.outcomes(), 1);
    QCOMPARE(second.succeeded.size(), 1);
    QVERIFY(second.result().fromCache);
    QCOMPARE(second.result().token.raw(), first.result().token.raw());
    QCOMPARE(second.result().secondsLeft, std::optional<qint64>(3000));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt, m_clock.now());
}

void TokenServiceTest::cachedTokenWithTooLittleLeftIsReplaced()
{
    Outcome first(m_service->getToken(sandboxRequest()));
    QVERIFY(first.waitForFinished());
    // One second less than the default margin is left: the cached token will not do.
    m_clock.advanceSeconds(3600 - defaults::CacheMinimumSecondsLeft + 1);
    m_server->setNow(m_clock.now().toSecsSinceEpoch());
    Outcome second(m_service->getToken(sandboxRequest()));
    QVERIFY(second.waitForFinished());
    QCOMPARE(second.succeeded.size(), 1);
    QVERIFY(!second.result().fromCache);
    QCOMPARE(m_server->requestCount(), 2);
}

void TokenServiceTest::freshAsksEvenWithACachedToken()
{
    Outcome first(m_service->getToken(sandboxRequest()));
    QVERIFY(first.waitForFinished());
    TokenRequest fresh = sandboxRequest();
    fresh.useCache = false;
    Outcome second(m_service->getToken(fresh));
    QVERIFY(second.waitForFinished());
    QCOMPARE(second.succeeded.size(), 1);
    QVERIFY(!second.result().fromCache);
    QVERIFY(second.result().token.raw() != first.result().token.raw());
    QCOMPARE(m_server->requestCount(), 2);
    // The fresh token replaced the cached one.
    Outcome third(m_service->getToken(sandboxRequest()));
    QVERIFY(third.waitForFinished());
    QVERIFY(third.result().fromCache);
    QCOMPARE(third.result().token.raw(), second.result().token.raw());
    QCOMPARE(m_server->requestCount(), 2);
}

void TokenServiceTest::givenKeyIsNotReadNorMarked()
{
    // Nothing is stored for this account and the key comes from the caller.
    TokenRequest request;
    request.environment = m_production;
    request.account = QStringLiteral("default");
    request.apiKey = ProductionKey;
    m_secrets->simulateFailure(SecretResult::Status::Unavailable); // no keychain: no cache either
    Outcome outcome(m_service->getToken(request));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.succeeded.size(), 1);
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(m_server->requests().first().query.queryItemValue("apiKey"), ProductionKey);
    QVERIFY(!m_keys->entry(EnvironmentKind::Production, QStringLiteral("default")));
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());
}

void TokenServiceTest::productionKeyByAccount()
{
    storeKey(EnvironmentKind::Production, QStringLiteral("acme"), ProductionKey);
    TokenRequest request;
    request.environment = m_production;
    request.account = QStringLiteral("acme");
    Outcome outcome(m_service->getToken(request));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.succeeded.size(), 1);
    QCOMPARE(m_server->requests().first().query.queryItemValue("apiKey"), ProductionKey);
    QVERIFY(m_keys->entry(EnvironmentKind::Production, QStringLiteral("acme"))->lastUsedAt.isValid());
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());
}

void TokenServiceTest::keyNotFound()
{
    TokenRequest request = sandboxRequest();
    request.account = QStringLiteral("4930123456");
    Outcome outcome(m_service->getToken(request));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.keyProblem.size(), 1);
    QCOMPARE(outcome.secretResult().status, SecretResult::Status::NotFound);
    QCOMPARE(m_server->requestCount(), 0);
}

void TokenServiceTest::lockedKeychainIsAKeyProblem()
{
    m_secrets->simulateFailure(SecretResult::Status::AccessDenied);
    Outcome outcome(m_service->getToken(sandboxRequest()));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.keyProblem.size(), 1);
    QCOMPARE(outcome.secretResult().status, SecretResult::Status::AccessDenied);
    QVERIFY(!outcome.secretResult().message.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());
}

void TokenServiceTest::refusedKeyFails()
{
    storeKey(EnvironmentKind::Sandbox, QStringLiteral("4930123456"), QStringLiteral("revoked-key"));
    TokenRequest request = sandboxRequest();
    request.account = QStringLiteral("4930123456");
    Outcome outcome(m_service->getToken(request));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.error().kind(), ApiError::Kind::AuthenticationRejected);
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, QStringLiteral("4930123456"))->lastUsedAt.isValid());
}

void TokenServiceTest::serverClockOffsetIsReported()
{
    // Nova Post's clock is ten minutes ahead of ours: the token lives an hour by its clock.
    m_server->setNow(m_clock.now().toSecsSinceEpoch() + 600);
    Outcome outcome(m_service->getToken(sandboxRequest()));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.succeeded.size(), 1);
    QCOMPARE(outcome.result().clockOffsetSeconds, 600);
    QCOMPARE(outcome.result().secondsLeft, std::optional<qint64>(3600));
    // The cached token keeps the offset.
    m_clock.advanceSeconds(60);
    Outcome cached(m_service->getToken(sandboxRequest()));
    QVERIFY(cached.waitForFinished());
    QVERIFY(cached.result().fromCache);
    QCOMPARE(cached.result().clockOffsetSeconds, 600);
    QCOMPARE(cached.result().secondsLeft, std::optional<qint64>(3540));
}

void TokenServiceTest::cancelWhileRequesting()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    Outcome outcome(m_service->getToken(sandboxRequest()));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(outcome.operation->isRequesting());
    outcome.operation->cancel();
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(outcome.finished.size(), 1);
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());
    // The lock of the cancelled request is gone: the next call asks at once.
    m_server->setHandler({});
    Outcome next(m_service->getToken(sandboxRequest()));
    QVERIFY(next.waitForFinished());
    QCOMPARE(next.succeeded.size(), 1);
}

void TokenServiceTest::cancelBeforeRequesting()
{
    Outcome outcome(m_service->getToken(sandboxRequest()));
    QVERIFY(!outcome.operation->isRequesting());
    outcome.operation->cancel(); // the key has not even been read yet
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(outcome.finished.size(), 1);
    outcome.operation->cancel(); // a second cancel changes nothing
    QTest::qWait(200);
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.finished.size(), 1);
    QCOMPARE(m_server->requestCount(), 0);
    QTRY_VERIFY(outcome.operation.isNull());
}

void TokenServiceTest::uncacheableTokenIsRefusedWhenAsked()
{
    QFile blocker(m_dir->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath("blocker/novapost-jwt.ini"), QSettings::IniFormat);
    TokenService service(m_api, m_keys, m_cache, &unwritable, &m_clock);
    TokenRequest request = sandboxRequest();
    request.refuseUncacheable = true;
    Outcome refused(service.getToken(request));
    QVERIFY(refused.waitForFinished());
    QCOMPARE(refused.outcomes(), 1);
    QCOMPARE(refused.cacheUnwritable.size(), 1);
    QVERIFY(!refused.cacheUnwritable.first().first().toString().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TokenServiceTest::withoutCacheEveryCallAsks()
{
    TokenService service(m_api, m_keys, nullptr, nullptr, &m_clock);
    for (int i = 0; i < 2; ++i) {
        Outcome outcome(service.getToken(sandboxRequest()));
        QVERIFY(outcome.waitForFinished());
        QCOMPARE(outcome.succeeded.size(), 1);
        QVERIFY(!outcome.result().fromCache);
        QCOMPARE(outcome.result().secondsLeft, std::optional<qint64>(3600));
    }
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TokenServiceTest)
#include "tst_tokenservice.moc"
