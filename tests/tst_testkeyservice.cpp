// SPDX-License-Identifier: MIT
// TestKeyService against the fake server over a real socket, with keys in memory; tst_cli and
// tst_keychain run the same rule through the CLI and the real keychain.
#include "ApiClient.h"
#include "FakeNovaPostServer.h"
#include "KeyStore.h"
#include "MemorySecretStore.h"
#include "TestKeyService.h"
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
const QString PhoneTyped = QStringLiteral("+49 821 343-7654");
const QString IssuedKey = QStringLiteral("test-key-7d2");

/** Every signal of one operation. */
struct Outcome
{
    explicit Outcome(TestKeyOperation* operation)
        : operation(operation)
        , requesting(operation, &TestKeyOperation::requesting)
        , invalidPhone(operation, &TestKeyOperation::invalidPhone)
        , reused(operation, &TestKeyOperation::reused)
        , storedKeyUnreadable(operation, &TestKeyOperation::storedKeyUnreadable)
        , keychainProblem(operation, &TestKeyOperation::keychainProblem)
        , settingsUnwritable(operation, &TestKeyOperation::settingsUnwritable)
        , failed(operation, &TestKeyOperation::failed)
        , saved(operation, &TestKeyOperation::saved)
        , finished(operation, &TestKeyOperation::finished)
    {}

    bool waitForFinished()
    {
        return QTest::qWaitFor([this] { return finished.size() > 0; }, 15000);
    }
    int outcomes() const
    {
        return int(invalidPhone.size() + reused.size() + storedKeyUnreadable.size() + keychainProblem.size() +
                   settingsUnwritable.size() + failed.size() + saved.size());
    }
    ApiError error() const { return failed.first().first().value<ApiError>(); }

    QPointer<TestKeyOperation> operation;
    QSignalSpy requesting;
    QSignalSpy invalidPhone;
    QSignalSpy reused;
    QSignalSpy storedKeyUnreadable;
    QSignalSpy keychainProblem;
    QSignalSpy settingsUnwritable;
    QSignalSpy failed;
    QSignalSpy saved;
    QSignalSpy finished;
};

} // namespace

Q_DECLARE_METATYPE(novapost::ApiError)
Q_DECLARE_METATYPE(novapost::SecretResult)
Q_DECLARE_METATYPE(novapost::PhoneNumber)
Q_DECLARE_METATYPE(novapost::TestApiKey)
Q_DECLARE_METATYPE(novapost::KeyStore::SaveResult)

class TestKeyServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void requestStoresTheKey();
    void sameDayReusesTheStoredKey();
    void reuseReadsTheKeyWhenAsked();
    void keyTheKeychainLostIsRequestedAgain();
    void unreadableStoredKeySpendsNothing();
    void nextDayAsksAgain();
    void forceAsksAgainTheSameDay();
    void refusedRequestLeavesTheStoredKey();
    void invalidPhoneSendsNothing();
    void lockedOrSilentKeychainSpendsNothing_data();
    void lockedOrSilentKeychainSpendsNothing();
    void missingKeychainFollowsTheMemoryFallback();
    void storageOptionalSkipsTheKeychainCheck();
    void unwritableSettingsSpendNothing();
    void cancelWhileRequesting();
    void cancelBeforeRequesting();
    void productionIsRefusedWithoutSending();

private:
    TestKeyRequest request(bool force = false) const;
    /** Runs @p request to its end. */
    std::unique_ptr<Outcome> run(const TestKeyRequest& request);
    QString storedKey();

    QTemporaryDir* m_dir = nullptr;
    FakeNovaPostServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    ApiClient* m_api = nullptr;
    QSettings* m_settings = nullptr;
    MemorySecretStore* m_secrets = nullptr;
    KeyStore* m_keys = nullptr;
    TestKeyService* m_service = nullptr;
    ManualClock m_clock;
    Environment m_sandbox{EnvironmentKind::Sandbox};
};

void TestKeyServiceTest::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<SecretResult>();
    qRegisterMetaType<PhoneNumber>();
    qRegisterMetaType<TestApiKey>();
    qRegisterMetaType<KeyStore::SaveResult>();
}

void TestKeyServiceTest::init()
{
    m_clock.setNow(UtcTime::fromDateAndTime(QDate(2026, 11, 28), QTime(10, 0)));
    m_dir = new QTemporaryDir;
    m_server = new FakeNovaPostServer;
    QVERIFY(m_server->listen());
    m_server->registerPhone(Phone, IssuedKey);
    m_sandbox.setBaseUrlOverride(m_server->baseUrl());
    m_network = new QNetworkAccessManager;
    m_api = new ApiClient(m_network);
    m_api->setClock(&m_clock);
    m_api->setTimeoutMs(5000);
    m_settings = new QSettings(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    m_secrets = new MemorySecretStore;
    m_keys = new KeyStore(m_secrets, m_settings, &m_clock);
    m_service = new TestKeyService(m_api, m_keys, m_settings);
}

void TestKeyServiceTest::cleanup()
{
    delete m_service;
    delete m_keys;
    delete m_secrets;
    delete m_settings;
    delete m_api;
    delete m_network;
    delete m_server;
    delete m_dir;
}

TestKeyRequest TestKeyServiceTest::request(bool force) const
{
    TestKeyRequest request;
    request.environment = m_sandbox;
    request.phoneText = PhoneTyped;
    request.force = force;
    return request;
}

std::unique_ptr<Outcome> TestKeyServiceTest::run(const TestKeyRequest& request)
{
    auto outcome = std::make_unique<Outcome>(m_service->request(request));
    if (!outcome->waitForFinished())
        qWarning("the operation did not finish");
    return outcome;
}

QString TestKeyServiceTest::storedKey()
{
    std::optional<SecretResult> read;
    m_keys->readKey(EnvironmentKind::Sandbox, Phone, this,
                    [&](const SecretResult& result) { read = result; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 5000))
        return QStringLiteral("<no answer>");
    return read->ok() ? read->secret : QStringLiteral("<%1>").arg(int(read->status));
}

void TestKeyServiceTest::requestStoresTheKey()
{
    const auto outcome = run(request());
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->saved.size(), 1);
    QCOMPARE(outcome->finished.size(), 1);
    QCOMPARE(outcome->requesting.size(), 1);
    QCOMPARE(outcome->requesting.first().first().value<PhoneNumber>().digits(), Phone);
    const QList<QVariant> saved = outcome->saved.first();
    QCOMPARE(saved.at(0).value<PhoneNumber>().digits(), Phone);
    QCOMPARE(saved.at(1).value<TestApiKey>().apiKey, IssuedKey);
    const auto result = saved.at(2).value<KeyStore::SaveResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.sessionOnly);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().body, QByteArray(R"({"phone":"498213437654"})"));
    QCOMPARE(storedKey(), IssuedKey);
    QVERIFY(m_keys->requestedToday(Phone));
    QCOMPARE(m_keys->lastPhone(), Phone);
    QTRY_VERIFY(outcome->operation.isNull());
}

void TestKeyServiceTest::sameDayReusesTheStoredKey()
{
    QCOMPARE(run(request())->saved.size(), 1);
    m_keys->setLastPhone({});
    m_clock.advanceSeconds(3600);
    const auto outcome = run(request());
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->reused.size(), 1);
    QCOMPARE(outcome->requesting.size(), 0);
    QCOMPARE(outcome->reused.first().at(0).value<PhoneNumber>().digits(), Phone);
    const auto key = outcome->reused.first().at(1).value<TestApiKey>();
    QVERIFY(key.apiKey.isEmpty()); // not read unless asked
    QCOMPARE(key.status, QStringLiteral("Active"));
    QCOMPARE(key.expiresAt, UtcTime::fromDateAndTime(QDate(2026, 8, 29), QTime(23, 59, 59)));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_keys->lastPhone(), Phone);
}

void TestKeyServiceTest::reuseReadsTheKeyWhenAsked()
{
    QCOMPARE(run(request())->saved.size(), 1);
    TestKeyRequest again = request();
    again.readStoredKey = true;
    const auto outcome = run(again);
    QCOMPARE(outcome->reused.size(), 1);
    QCOMPARE(outcome->reused.first().at(1).value<TestApiKey>().apiKey, IssuedKey);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestKeyServiceTest::keyTheKeychainLostIsRequestedAgain()
{
    QCOMPARE(run(request())->saved.size(), 1);
    bool removed = false;
    m_secrets->removeSecret(KeyStore::secretName(EnvironmentKind::Sandbox, Phone), this,
                            [&](const SecretResult&) { removed = true; });
    QTRY_VERIFY(removed);
    TestKeyRequest again = request();
    again.readStoredKey = true;
    const auto outcome = run(again);
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->saved.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(storedKey(), IssuedKey);
}

void TestKeyServiceTest::unreadableStoredKeySpendsNothing()
{
    QCOMPARE(run(request())->saved.size(), 1);
    m_secrets->simulateFailure(SecretResult::Status::TimedOut);
    TestKeyRequest again = request();
    again.readStoredKey = true;
    const auto outcome = run(again);
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->storedKeyUnreadable.size(), 1);
    QCOMPARE(outcome->storedKeyUnreadable.first().first().value<SecretResult>().status,
             SecretResult::Status::TimedOut);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestKeyServiceTest::nextDayAsksAgain()
{
    QCOMPARE(run(request())->saved.size(), 1);
    m_clock.setNow(UtcTime::fromDateAndTime(QDate(2026, 11, 29), QTime(0, 0, 1)));
    const auto outcome = run(request());
    QCOMPARE(outcome->saved.size(), 1);
    QCOMPARE(outcome->reused.size(), 0);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestKeyServiceTest::forceAsksAgainTheSameDay()
{
    QCOMPARE(run(request())->saved.size(), 1);
    const auto outcome = run(request(true));
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->saved.size(), 1);
    QCOMPARE(outcome->requesting.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestKeyServiceTest::refusedRequestLeavesTheStoredKey()
{
    QCOMPARE(run(request())->saved.size(), 1);
    const auto before = m_keys->entry(EnvironmentKind::Sandbox, Phone);
    m_server->setDailyLimit(true);
    m_clock.advanceSeconds(60);
    const auto outcome = run(request(true));
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->failed.size(), 1);
    QCOMPARE(outcome->error().kind(), ApiError::Kind::RequestRejected);
    QCOMPARE(outcome->error().httpStatus(), 429);
    QCOMPARE(storedKey(), IssuedKey);
    QCOMPARE(m_keys->entry(EnvironmentKind::Sandbox, Phone)->requestedAt, before->requestedAt);
}

void TestKeyServiceTest::invalidPhoneSendsNothing()
{
    TestKeyRequest bad = request();
    bad.phoneText = QStringLiteral("12ab");
    const auto outcome = run(bad);
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->invalidPhone.size(), 1);
    QCOMPARE(outcome->invalidPhone.first().first().toString(), PhoneNumber::parse("12ab").errorMessage());
    QVERIFY(!outcome->invalidPhone.first().first().toString().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_keys->lastPhone().isEmpty());
}

void TestKeyServiceTest::lockedOrSilentKeychainSpendsNothing_data()
{
    QTest::addColumn<SecretResult::Status>("status");
    QTest::newRow("locked") << SecretResult::Status::AccessDenied;
    QTest::newRow("silent") << SecretResult::Status::TimedOut;
}

void TestKeyServiceTest::lockedOrSilentKeychainSpendsNothing()
{
    QFETCH(SecretResult::Status, status);
    m_secrets->simulateFailure(status);
    const auto outcome = run(request());
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->keychainProblem.size(), 1);
    QCOMPARE(outcome->keychainProblem.first().first().value<SecretResult>().status, status);
    QCOMPARE(outcome->requesting.size(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestKeyServiceTest::missingKeychainFollowsTheMemoryFallback()
{
    m_secrets->simulateFailure(SecretResult::Status::Unavailable);
    // The window keeps the key in memory for the session: worth asking.
    const auto kept = run(request());
    QCOMPARE(kept->saved.size(), 1);
    const auto result = kept->saved.first().at(2).value<KeyStore::SaveResult>();
    QVERIFY(result.ok());
    QVERIFY(result.sessionOnly);
    QVERIFY(m_keys->lastPhone().isEmpty()); // a key for this session only is not remembered
    QCOMPARE(m_server->requestCount(), 1);
    // A program that ends at once would lose it: nothing is asked.
    m_keys->setMemoryFallback(false);
    const auto refused = run(request(true));
    QCOMPARE(refused->outcomes(), 1);
    QCOMPARE(refused->keychainProblem.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestKeyServiceTest::storageOptionalSkipsTheKeychainCheck()
{
    m_secrets->simulateFailure(SecretResult::Status::AccessDenied);
    TestKeyRequest shown = request();
    shown.storageOptional = true;
    const auto outcome = run(shown);
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->saved.size(), 1);
    QCOMPARE(outcome->saved.first().at(1).value<TestApiKey>().apiKey, IssuedKey);
    QVERIFY(!outcome->saved.first().at(2).value<KeyStore::SaveResult>().ok());
    QCOMPARE(m_server->requestCount(), 1);
}

void TestKeyServiceTest::unwritableSettingsSpendNothing()
{
    QFile blocker(m_dir->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath("blocker/novapost-jwt.ini"), QSettings::IniFormat);
    KeyStore keys(m_secrets, &unwritable, &m_clock);
    TestKeyService service(m_api, &keys, &unwritable);
    Outcome outcome(service.request(request()));
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.settingsUnwritable.size(), 1);
    QVERIFY(!outcome.settingsUnwritable.first().first().toString().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestKeyServiceTest::cancelWhileRequesting()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    Outcome outcome(m_service->request(request()));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(outcome.operation->isRequesting());
    outcome.operation->cancel();
    QVERIFY(outcome.waitForFinished());
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.error().kind(), ApiError::Kind::Cancelled);
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone));
}

void TestKeyServiceTest::cancelBeforeRequesting()
{
    Outcome outcome(m_service->request(request()));
    outcome.operation->cancel();
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(outcome.finished.size(), 1);
    QTest::qWait(200);
    QCOMPARE(outcome.outcomes(), 1);
    QCOMPARE(outcome.requesting.size(), 0);
    QCOMPARE(m_server->requestCount(), 0);
    QTRY_VERIFY(outcome.operation.isNull());
}

void TestKeyServiceTest::productionIsRefusedWithoutSending()
{
    TestKeyRequest production = request();
    production.environment = Environment(EnvironmentKind::Production);
    production.environment.setBaseUrlOverride(m_server->baseUrl());
    const auto outcome = run(production);
    QCOMPARE(outcome->outcomes(), 1);
    QCOMPARE(outcome->failed.size(), 1);
    QCOMPARE(outcome->error().kind(), ApiError::Kind::InvalidInput);
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestKeyServiceTest)
#include "tst_testkeyservice.moc"
