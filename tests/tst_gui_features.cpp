// SPDX-License-Identifier: MIT
// The window's extras: token cache, auto-renew, tray, copy formats, server time, named production
// keys, request log and claims. Offscreen against the fake server; time comes from a ManualClock
// (and the countdown's refresh()), so nothing sleeps.
#include "ApiClient.h"
#include "AutoRenewScheduler.h"
#include "ClaimsPanel.h"
#include "CliRunner.h"
#include "Clock.h"
#include "ConfirmationPrompt.h"
#include "CopyFormats.h"
#include "FakeNovaPostServer.h"
#include "GuiFixture.h"
#include "KeychainSecretStore.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBanner.h"
#include "RequestLog.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "TokenRequestLock.h"
#include "TrayController.h"
#include "UtcTime.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <memory>
#include <optional>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

namespace {

/** Memory store whose JWT-cache reads and writes can be held back, to order keychain answers by hand. */
class GatedSecretStore final : public SecretStore
{
public:
    int jwtReads = 0;
    int holdRead = -1; // 1-based index of the jwt- read to hold
    std::function<void()> heldRead;
    bool holdJwtWrite = false;
    std::function<void()> heldWrite;
    /** apiKeys (not JWTs) are refused as by a locked keychain. */
    bool refuseKeyWrites = false;

    void readSecret(const QString& name, QObject* context, Callback callback) override
    {
        if (name.startsWith(QLatin1String("jwt-")) && ++jwtReads == holdRead) {
            heldRead = [this, name, guard = QPointer<QObject>(context), callback] {
                if (guard) // whoever asked may be gone by now
                    m_inner.readSecret(name, guard, callback);
            };
            return;
        }
        m_inner.readSecret(name, context, std::move(callback));
    }
    void writeSecret(const QString& name, const QString& secret, QObject* context, Callback callback) override
    {
        if (refuseKeyWrites && !name.startsWith(QLatin1String("jwt-"))) {
            SecretResult refused;
            refused.status = SecretResult::Status::AccessDenied;
            refused.message = QStringLiteral("The keychain is locked.");
            QTimer::singleShot(0, context, [refused, callback] { callback(refused); });
            return;
        }
        if (holdJwtWrite && name.startsWith(QLatin1String("jwt-")) && !heldWrite) {
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

const QString Phone = QStringLiteral("498213437654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
const QString KeyA = QStringLiteral("prod-key-acme-0123456789");
const QString KeyB = QStringLiteral("prod-key-beta-9876543210");
const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));

bool isJwtRequest(const HttpRequest& request)
{
    return request.path.endsWith(QLatin1String("clients/authorization"));
}

QByteArray jwtBody(const QString& jwt)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jwt"), jwt}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestGuiFeatures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cache_windowTokenShownByNewWindowWithoutRequest();
    void cache_freshJwtBypassesCache();
    void cache_waitsForAnotherProcessFetchingTheSameKey();
    void cache_windowAndCliShareOneRequest();
    void cache_cancelledLookupKeepsNextOperationsLock();
    void cache_slowStoreKeepsNextOperationWaitingThenGoesOn();
    void cache_tokenFromCliShownAtStartup();
    void autoRenew_failsThenSucceedsWithBackoff();
    void autoRenew_leadTimeOnlyWhileOnAndSaysWhatItMoves();
    void tray_tooltipActionsAndNotifications();
    void tray_expiryWarningAgreesWithCountdown();
    void copy_variantsAndClearing();
    void clockSkew_countdownUsesServerTime();
    void productionKeys_labelledKeysSwitchApiKey();
    void productionKeys_retrySavesWhatTheFieldsHoldNow();
    void productionKeys_retryGetsTheJwtWithTheKeyChosenNow();
    void requestLog_showsRedactedFailure();
    void requestLog_enterClosesClearAsksResultFits();
    void claims_showDecodedFields();

private:
    void createServices();
    MainWindow* createWindow(std::optional<EnvironmentKind> environment = EnvironmentKind::Production);
    void storeProductionKey(const QString& label, const QString& key);
    void getJwtThroughUi();
    void advance(qint64 seconds, EnvironmentKind kind = EnvironmentKind::Production);
    template<typename T>
    T* child(const char* name) const
    {
        return m_gui.child<T>(name);
    }
    QString tokenText() const { return child<QPlainTextEdit>("tokenTextEdit")->toPlainText(); }
    /** The window caches a token asynchronously; true once the cache index holds @p jwt's expiry. */
    bool isCached(const QString& jwt) const;

    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<QTemporaryDir>& m_dir = m_gui.dir;
    std::unique_ptr<FakeNovaPostServer>& m_server = m_gui.server;
    std::unique_ptr<ManualClock>& m_clock = m_gui.clock;
    std::unique_ptr<QSettings>& m_settings = m_gui.settings;
    std::unique_ptr<SecretStore>& m_secrets = m_gui.secrets;
    std::unique_ptr<KeyStore>& m_keys = m_gui.keys;
    std::unique_ptr<TokenCache>& m_cache = m_gui.tokenCache;
    std::unique_ptr<ApiClient>& m_api = m_gui.api;
    std::unique_ptr<MainWindow>& m_window = m_gui.window;
};

bool TestGuiFeatures::isCached(const QString& jwt) const
{
    const QString expiry = JwtToken::decode(jwt).expiresAt()->toString(Qt::ISODate);
    const QStringList keys = m_settings->allKeys();
    return std::any_of(keys.begin(), keys.end(), [&](const QString& key) {
        return key.startsWith(QLatin1String("tokenCache/")) && key.endsWith(QLatin1String("/expiresAt")) &&
               m_settings->value(key).toString() == expiry;
    });
}

void TestGuiFeatures::init()
{
    QLocale::setDefault(QLocale::c());
    m_gui.withTokenCache = true;
    QVERIFY2(m_gui.start(Start), qPrintable(m_gui.errorString()));
    m_server->registerPhone(Phone, PhoneKey);
    m_server->addApiKey(KeyA);
    m_server->addApiKey(KeyB);
}

void TestGuiFeatures::cleanup()
{
    m_gui.stop();
}

void TestGuiFeatures::createServices()
{
    m_gui.createServices();
}

MainWindow* TestGuiFeatures::createWindow(std::optional<EnvironmentKind> environment)
{
    MainWindowOptions options;
    options.environment = environment;
    m_gui.createWindow(options);
    if (!m_gui.show(/*activate=*/true))
        qWarning("window not exposed");
    return m_window.get();
}

void TestGuiFeatures::storeProductionKey(const QString& label, const QString& key)
{
    m_gui.storeProductionKey(label, key);
}

void TestGuiFeatures::getJwtThroughUi()
{
    auto* button = child<QPushButton>("getJwtButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!m_gui.busy());
}

void TestGuiFeatures::advance(qint64 seconds, EnvironmentKind kind)
{
    m_gui.advance(seconds, {kind});
}

// ------------------------------------------------------------------------------------------ window

void TestGuiFeatures::cache_windowTokenShownByNewWindowWithoutRequest()
{
    storeProductionKey(QString(), KeyA);
    createWindow();
    getJwtThroughUi();
    const QString jwt = tokenText();
    QCOMPARE(jwt.count(QLatin1Char('.')), 2);
    QCOMPARE(m_server->requestCount(), 1);
    QTRY_VERIFY(isCached(jwt));

    // Ten minutes later a new window (same keychain and settings) shows the same token at once.
    m_window.reset();
    m_clock->advanceSeconds(600);
    createServices();
    createWindow();
    QTRY_COMPARE(tokenText(), jwt);
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3000);
    QVERIFY2(child<QLabel>("countdownLabel")->text().contains(QStringLiteral("50:00")),
             qPrintable(child<QLabel>("countdownLabel")->text()));
    QCOMPARE(m_server->requestCount(), 1);

    // Get JWT uses the stored token while it has five minutes or more.
    getJwtThroughUi();
    QCOMPARE(tokenText(), jwt);
    QCOMPARE(m_server->requestCount(), 1);
    auto* banner = child<MessageBanner>("messageBanner");
    QVERIFY2(banner->text().contains(QStringLiteral("stored JWT is still valid for 50 minute(s)")),
             qPrintable(banner->text()));

    // With less than five minutes left it asks Nova Post.
    m_clock->advanceSeconds(2800);
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    getJwtThroughUi();
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(tokenText() != jwt);
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3600);
}

void TestGuiFeatures::cache_freshJwtBypassesCache()
{
    storeProductionKey(QString(), KeyA);
    createWindow();
    getJwtThroughUi();
    const QString jwt = tokenText();
    m_clock->advanceSeconds(60);
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    auto* fresh = m_window->findChild<QAction*>(QStringLiteral("freshJwtAction"));
    QVERIFY(fresh);
    QVERIFY(fresh->isEnabled());
    QCOMPARE(fresh->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    fresh->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(tokenText() != jwt);
}

void TestGuiFeatures::cache_waitsForAnotherProcessFetchingTheSameKey()
{
    storeProductionKey(QString(), KeyA);
    createWindow();
    Environment environment(EnvironmentKind::Production);
    environment.setBaseUrlOverride(m_server->baseUrl());
    // Someone else (a CLI run, another window) is asking Nova Post for this key right now.
    TokenRequestLock other(*m_settings, TokenCache::entryName(environment, KeyA));
    std::optional<bool> locked;
    other.acquire(1000, this, [&](bool ok) { locked = ok; });
    QTRY_VERIFY(locked.has_value());
    QVERIFY(*locked);

    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QTest::qWait(500);
    QVERIFY(m_gui.busy());
    QCOMPARE(m_server->requestCount(), 0);

    // Its token arrives in the shared cache and the lock is released: the window uses that token.
    const QString theirs =
        FakeNovaPostServer::makeJwt(Start.toSecsSinceEpoch(), Start.toSecsSinceEpoch() + 3600);
    bool stored = false;
    m_cache->store(environment, KeyA, {JwtToken::decode(theirs), 0}, this, [&](bool ok) { stored = ok; });
    QTRY_VERIFY(stored);
    other.release();
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(tokenText(), theirs);
    QCOMPARE(m_server->requestCount(), 0);

    // Released again: the next process is not kept waiting.
    TokenRequestLock next(*m_settings, TokenCache::entryName(environment, KeyA));
    locked.reset();
    next.acquire(0, this, [&](bool ok) { locked = ok; });
    QTRY_VERIFY(locked.has_value());
    QVERIFY(*locked);
}

void TestGuiFeatures::cache_tokenFromCliShownAtStartup()
{
    if (!qEnvironmentVariableIsSet("NOVAPOST_TEST_SCRATCH"))
        QSKIP("Needs the test keyring (scripts/with-test-keyring.sh): the CLI caches in the keychain.");
    // The CLI runs on the real clock; so do the server and (here) the window's ManualClock.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clock->setNow(now);
    m_server.reset(new FakeNovaPostServer);
    QVERIFY(m_server->listen());
    m_server->setNow(now.toSecsSinceEpoch()); // iat and exp fixed, whatever the CLI's start-up time
    m_server->registerPhone(Phone, PhoneKey);
    QTemporaryDir home;
    novapost::test::CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {QStringLiteral("--base-url"), m_server->baseUrl().toString()};
    auto result = cli.run(base + QStringList{QStringLiteral("test-key"), QStringLiteral("--phone"), Phone});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli.run(base + QStringList{QStringLiteral("token")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString jwt = QString::fromUtf8(result.out.trimmed());
    QCOMPARE(m_server->requestCount(), 2);

    // The window on the CLI's keychain service and settings file, ten minutes later.
    m_settings = std::make_unique<QSettings>(
        home.filePath(QStringLiteral("config/novapost-jwt/novapost-jwt.ini")), QSettings::IniFormat);
    QVERIFY(m_settings->contains(QStringLiteral("sandbox/lastPhone")));
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_clock->advanceSeconds(600);
    createServices();
    createWindow(EnvironmentKind::Sandbox);
    // The real keychain answers slowly under the sanitizers with other tests running: more than the
    // default 5 s once in CI.
    QTRY_COMPARE_WITH_TIMEOUT(tokenText(), jwt, 20000);
    // The true remaining time, about 50 minutes: the token's own exp against the advanced clock.
    // The token was issued up to a second after `now` was read, hence the window of a few seconds.
    const qint64 expected = m_clock->now().secsTo(*JwtToken::decode(jwt).expiresAt());
    const qint64 left = m_window->session(EnvironmentKind::Sandbox)->countdown()->secondsLeft();
    QVERIFY2(qAbs(left - expected) <= 1, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(expected)));
    QVERIFY2(left > 2990 && left <= 3001, qPrintable(QString::number(left)));
    QCOMPARE(m_server->requestCount(), 2);

    // Leave the shared keychain as it was.
    bool done = false;
    m_keys->forget(EnvironmentKind::Sandbox, Phone, this,
                   [&done](const KeyStore::SaveResult&) { done = true; });
    QTRY_VERIFY(done);
}

void TestGuiFeatures::cache_windowAndCliShareOneRequest()
{
    if (!qEnvironmentVariableIsSet("NOVAPOST_TEST_SCRATCH"))
        QSKIP("Needs the test keyring (scripts/with-test-keyring.sh): the CLI caches in the keychain.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clock->setNow(now);
    m_server.reset(new FakeNovaPostServer);
    QVERIFY(m_server->listen());
    m_server->registerPhone(Phone, PhoneKey);
    // The CLI's JWT request is answered only once the window is seen waiting for the CLI's lock.
    bool gateOpen = false;
    m_server->setHandler([this, &gateOpen](const HttpRequest& request) {
        HttpResponse response = m_server->defaultResponse(request);
        if (isJwtRequest(request))
            response.holdWhile = [&gateOpen] {
                return !gateOpen;
            };
        return response;
    });
    QTemporaryDir home;
    novapost::test::CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {QStringLiteral("--base-url"), m_server->baseUrl().toString()};
    auto result = cli.run(base + QStringList{QStringLiteral("test-key"), QStringLiteral("--phone"), Phone});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    m_settings = std::make_unique<QSettings>(
        home.filePath(QStringLiteral("config/novapost-jwt/novapost-jwt.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<KeychainSecretStore>();
    createServices();
    createWindow(EnvironmentKind::Sandbox);
    QTRY_VERIFY(child<QPushButton>("getJwtButton")->isEnabled());

    QProcess token;
    token.setProcessEnvironment(cli.environment());
    token.start(QStringLiteral(NOVAPOST_CLI_PATH), base + QStringList{QStringLiteral("token")});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 15000); // the CLI holds the lock, asking
    const QDir settingsDir(QFileInfo(m_settings->fileName()).absolutePath());
    QCOMPARE(settingsDir.entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 1);
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QTest::qWait(500); // time enough for the window to ask too, were it not waiting for the lock
    QVERIFY(m_gui.busy());
    QCOMPARE(settingsDir.entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
    gateOpen = true;
    QTRY_VERIFY_WITH_TIMEOUT(token.state() == QProcess::NotRunning, 15000);
    QCOMPARE(token.exitCode(), 0);
    const QString jwt = QString::fromUtf8(token.readAllStandardOutput().trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.busy(), 15000);
    QCOMPARE(tokenText(), jwt);
    QCOMPARE(m_server->requestCount(), 2); // the test key and one JWT, for the CLI and the window
    m_server->setHandler({});              // its gate refers to a variable of this function

    bool done = false;
    m_keys->forget(EnvironmentKind::Sandbox, Phone, this,
                   [&done](const KeyStore::SaveResult&) { done = true; });
    QTRY_VERIFY(done);
}

void TestGuiFeatures::cache_cancelledLookupKeepsNextOperationsLock()
{
    auto* gated = new GatedSecretStore;
    m_secrets.reset(gated);
    storeProductionKey(QString(), KeyA);
    createWindow(EnvironmentKind::Production);
    getJwtThroughUi(); // caches a token: later look-ups read the keychain
    QCOMPARE(m_server->requestCount(), 1);
    advance(3500); // 100 s left: too little to reuse, so each Get JWT goes on to the lock
    auto lockFiles = [this] {
        return QDir(m_dir->path()).entryList({QStringLiteral("*.lock")}, QDir::Files);
    };

    gated->jwtReads = 0;
    gated->holdRead = 2; // op1's look-up after taking the lock
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QTRY_VERIFY(gated->heldRead);
    QCOMPARE(lockFiles().size(), 1);
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_gui.busy());
    QTRY_COMPARE(lockFiles().size(), 0); // released as the cancelled fetch goes away

    m_server->setHandler([this](const HttpRequest& request) {
        HttpResponse response = m_server->defaultResponse(request);
        response.delayMs = 3000;
        return response;
    });
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QTRY_COMPARE(m_server->requestCount(), 2); // op2 is fetching, holding its lock
    QCOMPARE(lockFiles().size(), 1);
    std::exchange(gated->heldRead, {})(); // op1's stale look-up answers now
    QTest::qWait(200);
    QVERIFY(m_gui.busy());
    QVERIFY2(lockFiles().size() == 1, "op2's lock was released by the cancelled op1 while op2 still fetches");
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.busy(), 10000);
    QTRY_COMPARE(lockFiles().size(), 0);
}

void TestGuiFeatures::cache_slowStoreKeepsNextOperationWaitingThenGoesOn()
{
    auto* gated = new GatedSecretStore;
    m_secrets.reset(gated);
    storeProductionKey(QString(), KeyA);
    createWindow(EnvironmentKind::Production);
    gated->holdJwtWrite = true; // op1's token is slow to reach the cache
    getJwtThroughUi();          // not busy any more, but its lock is held until the write ends
    QVERIFY(gated->heldWrite);
    QCOMPARE(m_server->requestCount(), 1);
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton); // op2, same key
    QTest::qWait(300);
    QVERIFY(m_gui.busy());                 // waiting for op1's lock, as it should
    std::exchange(gated->heldWrite, {})(); // op1's token is cached: op2 may go on
    QTRY_VERIFY2_WITH_TIMEOUT(!m_gui.busy(), "op2 never got its lock callback", 8000);
    QCOMPARE(m_server->requestCount(), 1); // op2 found op1's token in the cache
}

void TestGuiFeatures::autoRenew_leadTimeOnlyWhileOnAndSaysWhatItMoves()
{
    createWindow();
    auto* autoRenew = m_window->findChild<QAction*>(QStringLiteral("autoRenewAction"));
    auto* leadMenu = m_window->findChild<QMenu*>(QStringLiteral("autoRenewLeadMenu"));
    QVERIFY(autoRenew && leadMenu);
    QVERIFY(!autoRenew->isChecked());
    QVERIFY(!leadMenu->isEnabled());
    QVERIFY(!leadMenu->menuAction()->isEnabled());
    const QString tip = leadMenu->menuAction()->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("only the automatic renewal")) &&
                 tip.contains(QStringLiteral("expiry warning still comes 5 minute(s) before expiry")),
             qPrintable(tip));
    autoRenew->setChecked(true);
    QVERIFY(leadMenu->isEnabled());
    autoRenew->setChecked(false);
    QVERIFY(!leadMenu->isEnabled());

    // A window opened with auto-renew already on offers the lead time at once.
    autoRenew->setChecked(true);
    m_window.reset();
    createWindow();
    QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("autoRenewLeadMenu"))->isEnabled());
}

void TestGuiFeatures::autoRenew_failsThenSucceedsWithBackoff()
{
    int failuresToSend = 0;
    m_server->setHandler([this, &failuresToSend](const HttpRequest& request) {
        if (isJwtRequest(request) && failuresToSend > 0) {
            --failuresToSend;
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        }
        return m_server->defaultResponse(request);
    });
    storeProductionKey(QString(), KeyA);
    createWindow();
    auto* autoRenew = m_window->findChild<QAction*>(QStringLiteral("autoRenewAction"));
    QVERIFY(autoRenew);
    QVERIFY(!autoRenew->isChecked()); // off by default
    autoRenew->setChecked(true);
    QVERIFY(m_settings->value(QStringLiteral("features/autoRenew")).toBool());
    QCOMPARE(m_settings->value(QStringLiteral("features/autoRenewMinutes"), 5).toInt(), 5);

    getJwtThroughUi();
    const QString first = tokenText();
    QCOMPARE(m_server->requestCount(), 1);
    AutoRenewScheduler* scheduler = m_window->session(EnvironmentKind::Production)->autoRenew();

    failuresToSend = 2;
    advance(3299);
    QVERIFY(!m_gui.busy());
    advance(1); // five minutes before expiry
    QVERIFY(m_gui.busy());
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(scheduler->failureCount(), 1);
    auto* banner = child<MessageBanner>("messageBanner");
    QVERIFY2(banner->text().contains(QStringLiteral("Renewing the JWT automatically failed")) &&
                 banner->text().contains(QStringLiteral("30 second(s)")),
             qPrintable(banner->text()));
    QCOMPARE(tokenText(), first); // still usable

    advance(29);
    QVERIFY(!m_gui.busy());
    advance(1);
    QVERIFY(m_gui.busy());
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(scheduler->failureCount(), 2);

    advance(59);
    QVERIFY(!m_gui.busy());
    advance(1);
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requestCount(), 4);
    QVERIFY(tokenText() != first);
    QCOMPARE(scheduler->failureCount(), 0);
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3600);

    // The lead time is remembered.
    m_window->findChild<QAction*>(QStringLiteral("autoRenew10MinutesAction"))->trigger();
    QCOMPARE(m_settings->value(QStringLiteral("features/autoRenewMinutes")).toInt(), 10);
    QCOMPARE(scheduler->leadSeconds(), 600);
    m_window.reset();
    createWindow();
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("autoRenewAction"))->isChecked());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("autoRenew10MinutesAction"))->isChecked());
}

void TestGuiFeatures::tray_expiryWarningAgreesWithCountdown()
{
    storeProductionKey(QString(), KeyA);
    createWindow();
    TrayController* tray = m_gui.child<TrayController>("trayController");
    QSignalSpy notes(tray, &TrayController::notificationRequested);
    tray->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());

    // Back from a suspend with 1:29 left: the warning names the time the countdown shows, not "2 minutes".
    advance(3600 - 89);
    QCOMPARE(notes.count(), 1);
    const QString countdown = child<QLabel>("countdownLabel")->text();
    QVERIFY2(countdown.contains(QStringLiteral("01:29")), qPrintable(countdown));
    QCOMPARE(child<QLabel>("countdownLabel")->accessibleName(), countdown);
    const QString body = notes.last().at(1).toString();
    QVERIFY2(body.contains(QStringLiteral("expires in 01:29")), qPrintable(body));
}

void TestGuiFeatures::tray_tooltipActionsAndNotifications()
{
    storeProductionKey(QString(), KeyA);
    createWindow();
    TrayController* tray = m_gui.child<TrayController>("trayController");
    QVERIFY(tray->menu());
    const QString production = Environment(EnvironmentKind::Production).displayName();
    QVERIFY2(tray->toolTip().contains(production) && tray->toolTip().contains(QStringLiteral("no token")),
             qPrintable(tray->toolTip()));
    QVERIFY(!tray->copyAction()->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("notifyBeforeExpiryAction"))->isChecked());
    auto* keepInTray = m_window->findChild<QAction*>(QStringLiteral("keepInTrayAction"));
    QVERIFY(!keepInTray->isChecked());
    // The tray is looked for after the first frame; without one, keeping running there is offered no more.
    QTRY_COMPARE(tray->hasTrayIcon(), QSystemTrayIcon::isSystemTrayAvailable());
    QTRY_COMPARE(keepInTray->isEnabled(), tray->hasTrayIcon());

    QSignalSpy notes(tray, &TrayController::notificationRequested);
    tray->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requestCount(), 1);
    const QString jwt = tokenText();
    QVERIFY2(tray->toolTip().contains(QStringLiteral("60:00")), qPrintable(tray->toolTip()));
    QVERIFY(tray->copyAction()->isEnabled());
    tray->copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), jwt);

    advance(3299);
    QCOMPARE(notes.count(), 0);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("05:01")), qPrintable(tray->toolTip()));
    advance(1);
    QCOMPARE(notes.count(), 1);
    QVERIFY2(notes.last().at(1).toString().contains(QStringLiteral("expires in 05:00")),
             qPrintable(notes.last().at(1).toString()));
    advance(60);
    QCOMPARE(notes.count(), 1);
    advance(240);
    QCOMPARE(notes.count(), 2);
    QVERIFY(notes.last().at(0).toString().contains(QStringLiteral("expired")));
    QVERIFY2(tray->toolTip().contains(QStringLiteral("expired")), qPrintable(tray->toolTip()));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty()); // cleared at expiry

    // Switched off: no notifications, and the choice is remembered.
    m_window->findChild<QAction*>(QStringLiteral("notifyBeforeExpiryAction"))->setChecked(false);
    QVERIFY(!m_settings->value(QStringLiteral("features/notifyBeforeExpiry")).toBool());
    tray->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());
    advance(3600);
    QCOMPARE(notes.count(), 2);

    // Without a tray (offscreen) closing the window really closes it.
    QVERIFY(!tray->hasTrayIcon() || QSystemTrayIcon::isSystemTrayAvailable());
    m_window->findChild<QAction*>(QStringLiteral("keepInTrayAction"))->setChecked(true);
    QVERIFY(m_settings->value(QStringLiteral("features/keepInTray")).toBool());
    if (!tray->hasTrayIcon()) {
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
    }
}

void TestGuiFeatures::copy_variantsAndClearing()
{
    storeProductionKey(QString(), KeyA);
    createWindow();
    getJwtThroughUi();
    const QString jwt = tokenText();
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* hint = child<QLabel>("authorizationHintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("without “Bearer”")), qPrintable(hint->text()));

    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), jwt);

    auto* menuButton = child<QToolButton>("copyFormatsButton");
    QVERIFY(menuButton->isVisible() && menuButton->isEnabled());
    QVERIFY(menuButton->menu());
    QCOMPARE(menuButton->menu()->actions().size(), 3);

    m_window->findChild<QAction*>(QStringLiteral("copyHeaderAction"))->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("Authorization: ") + jwt);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));

    m_window->findChild<QAction*>(QStringLiteral("copyCurlAction"))->trigger();
    const QString curl = QStringLiteral("curl -H 'Authorization: %1' '%2'")
                             .arg(jwt, CopyFormats::curlUrl(m_server->baseUrl()));
    QCOMPARE(clipboard->text(), curl);

    // Expiry clears a copied curl command too: it holds the token.
    advance(3600);
    QVERIFY(clipboard->text().isEmpty());

    // A token copied as a header line leaves with the window.
    getJwtThroughUi();
    m_window->findChild<QAction*>(QStringLiteral("copyHeaderAction"))->trigger();
    QVERIFY(clipboard->text().startsWith(QStringLiteral("Authorization: ")));
    m_window.reset();
    QVERIFY(clipboard->text().isEmpty());
}

void TestGuiFeatures::clockSkew_countdownUsesServerTime()
{
    // Our clock is three minutes ahead of Nova Post's.
    m_server->setNow(Start.addSecs(-180).toSecsSinceEpoch());
    storeProductionKey(QString(), KeyA);
    createWindow();
    getJwtThroughUi();
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3600);
    auto* note = child<QLabel>("clockNoteLabel");
    QVERIFY(note->isVisible());
    QCOMPARE(
        note->text(),
        QStringLiteral("Your clock is 3 min ahead of Nova Post's; the countdown uses the server's time."));
    m_clock->advanceSeconds(600);
    m_window->session(EnvironmentKind::Production)->countdown()->refresh();
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3000);

    // Behind, and remembered with the cached token for the next window.
    m_window.reset();
    m_clock->setNow(Start);
    m_server->setNow(Start.addSecs(240).toSecsSinceEpoch());
    createServices();
    createWindow();
    // The token from before is still stored (and shown); a fresh one brings the new offset.
    m_window->findChild<QAction*>(QStringLiteral("freshJwtAction"))->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3600);
    QCOMPARE(child<QLabel>("clockNoteLabel")->text(),
             QStringLiteral("Your clock is 4 min behind Nova Post's; the countdown uses the server's time."));
    const QString jwt = tokenText();
    QTRY_VERIFY(isCached(jwt)); // before the next window looks
    m_window.reset();
    createServices();
    createWindow();
    QTRY_COMPARE(tokenText(), jwt);
    QCOMPARE(m_window->session(EnvironmentKind::Production)->countdown()->secondsLeft(), 3600);
    QVERIFY(child<QLabel>("clockNoteLabel")->text().contains(QStringLiteral("4 min behind")));

    // Within five seconds nothing is said.
    m_window.reset();
    m_secrets.reset();
    m_settings.reset();
    QFile::remove(m_dir->filePath(QStringLiteral("settings.ini")));
    createServices();
    m_server->setNow(Start.addSecs(3).toSecsSinceEpoch());
    storeProductionKey(QString(), KeyA);
    createWindow();
    getJwtThroughUi();
    QVERIFY(!child<QLabel>("clockNoteLabel")->isVisible());
}

void TestGuiFeatures::productionKeys_retryGetsTheJwtWithTheKeyChosenNow()
{
    // Get JWT with "acme" fails; the user picks "beta" and presses Retry: beta's key is used, as
    // pressing Get JWT would, not the key of the failed attempt.
    bool fail = true;
    m_server->setHandler([this, &fail](const HttpRequest& request) {
        if (isJwtRequest(request) && std::exchange(fail, false))
            return HttpResponse::json(503, R"({"errors":{"errorMessage":"service_unavailable"}})");
        return m_server->defaultResponse(request);
    });
    storeProductionKey(QStringLiteral("acme"), KeyA);
    storeProductionKey(QStringLiteral("beta"), KeyB);
    createWindow();
    auto* combo = child<QComboBox>("productionKeyComboBox");
    combo->setCurrentIndex(combo->findText(QStringLiteral("acme")));
    getJwtThroughUi();
    auto* banner = child<MessageBanner>("messageBanner");
    QVERIFY(banner->isRetryOffered());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), KeyA);

    combo->setCurrentIndex(combo->findText(QStringLiteral("beta")));
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), KeyB);
    QVERIFY(!tokenText().isEmpty());
}

void TestGuiFeatures::productionKeys_retrySavesWhatTheFieldsHoldNow()
{
    auto* gated = new GatedSecretStore;
    gated->refuseKeyWrites = true;
    m_secrets.reset(gated);
    createWindow();
    auto* label = child<QLineEdit>("productionKeyLabelLineEdit");
    auto* key = child<QLineEdit>("productionKeyLineEdit");
    QTest::keyClicks(label, QStringLiteral("Acme"));
    QTest::keyClicks(key, KeyA);
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    auto* keychainBanner = child<MessageBanner>("keychainBanner");
    QTRY_VERIFY(keychainBanner->isRetryOffered());
    QVERIFY(!m_keys->entry(EnvironmentKind::Production).has_value());

    // Before trying again the user corrects what was pasted and named: Retry saves that, as Save would.
    key->clear();
    QTest::keyClicks(key, KeyB);
    label->clear();
    QTest::keyClicks(label, QStringLiteral("Beta"));
    gated->refuseKeyWrites = false;
    QTest::mouseClick(keychainBanner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_VERIFY(key->text().isEmpty());
    const auto saved = m_keys->entry(EnvironmentKind::Production, QStringLiteral("beta"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->label, QStringLiteral("Beta"));
    QVERIFY(!m_keys->entry(EnvironmentKind::Production, QStringLiteral("acme")).has_value());
    std::optional<SecretResult> read;
    m_keys->readKey(EnvironmentKind::Production, QStringLiteral("beta"), this,
                    [&read](const SecretResult& result) { read = result; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->secret, KeyB);
}

void TestGuiFeatures::productionKeys_labelledKeysSwitchApiKey()
{
    createWindow();
    auto* label = child<QLineEdit>("productionKeyLabelLineEdit");
    auto* key = child<QLineEdit>("productionKeyLineEdit");
    auto* combo = child<QComboBox>("productionKeyComboBox");
    for (const auto& [name, apiKey] :
         {std::pair{QStringLiteral("Acme Sp. z o.o."), KeyA}, std::pair{QStringLiteral("Beta GmbH"), KeyB}}) {
        QTest::keyClicks(label, name);
        QTest::keyClicks(key, apiKey);
        QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(key->text().isEmpty());
        QVERIFY(label->text().isEmpty());
    }
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Beta GmbH")); // the one saved last
    QCOMPARE(m_keys->lastProductionKey(), QStringLiteral("beta-gmbh"));
    for (int i = 0; i < combo->count(); ++i) {
        QVERIFY(!combo->itemText(i).contains(KeyA) && !combo->itemText(i).contains(KeyB));
    }
    QVERIFY(!combo->accessibleName().contains(KeyA));

    getJwtThroughUi();
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), KeyB);
    QVERIFY2(child<QLabel>("tokenStatusLabel")->text().contains(QStringLiteral("Beta GmbH")),
             qPrintable(child<QLabel>("tokenStatusLabel")->text()));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Acme Sp. z o.o.")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(m_keys->lastProductionKey(), QStringLiteral("acme-sp-z-o-o"));
    m_window->findChild<QAction*>(QStringLiteral("freshJwtAction"))->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), KeyA);

    // The choice survives a restart.
    m_window.reset();
    createWindow();
    QCOMPARE(child<QComboBox>("productionKeyComboBox")->currentText(), QStringLiteral("Acme Sp. z o.o."));

    // Forget removes the selected key only.
    ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>("forgetKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QComboBox>("productionKeyComboBox")->count(), 1);
    QCOMPARE(child<QComboBox>("productionKeyComboBox")->currentText(), QStringLiteral("Beta GmbH"));
    QVERIFY(!m_keys->entry(EnvironmentKind::Production, QStringLiteral("acme-sp-z-o-o")));
    QVERIFY(m_keys->entry(EnvironmentKind::Production, QStringLiteral("beta-gmbh")));
    m_window->findChild<QAction*>(QStringLiteral("freshJwtAction"))->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), KeyB);
}

void TestGuiFeatures::requestLog_showsRedactedFailure()
{
    const QString wrongKey = QStringLiteral("wrong-key-5555555555");
    storeProductionKey(QString(), wrongKey);
    createWindow();
    getJwtThroughUi();
    QVERIFY(child<MessageBanner>("messageBanner")->isVisible());

    auto* action = m_window->findChild<QAction*>(QStringLiteral("requestLogAction"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("requestLogDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("requestLogTableView"));
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 1);
    QString row;
    for (int column = 0; column < model->columnCount(); ++column)
        row += model->index(0, column).data().toString() + QLatin1Char('|');
    QVERIFY2(row.contains(QStringLiteral("apiKey=***")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("401")), qPrintable(row));
    QVERIFY(!row.contains(wrongKey));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyLogButton")), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("401")), qPrintable(copied));
    QVERIFY(!copied.contains(wrongKey));
    QVERIFY(!copied.contains(QString::fromLatin1(QUrl::toPercentEncoding(wrongKey))));
    QVERIFY(!m_gui.child<RequestLog>("requestLog")->toText().contains(wrongKey));

    ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("clearLogButton")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestGuiFeatures::requestLog_enterClosesClearAsksResultFits()
{
    storeProductionKey(QString(), QStringLiteral("wrong-key-5555555555"));
    createWindow();
    getJwtThroughUi();
    m_window->findChild<QAction*>(QStringLiteral("requestLogAction"))->trigger();
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("requestLogDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("requestLogTableView"));
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 1);

    // The result column shows its whole sentence: it wraps onto as many lines as it needs.
    QTRY_VERIFY(table->isVisible());
    const QModelIndex result = model->index(0, RequestLog::MessageColumn);
    const QString sentence = result.data().toString();
    const QRect cell = table->visualRect(result);
    const int textWidth = cell.width() - 8; // the style's text margins
    QVERIFY2(table->fontMetrics().horizontalAdvance(sentence) > textWidth,
             "the sentence must be longer than the column for this check to mean anything");
    const QRect needed =
        table->fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, sentence);
    QVERIFY2(cell.height() >= needed.height(),
             qPrintable(QStringLiteral("row %1 px, text %2 px").arg(cell.height()).arg(needed.height())));

    // Enter closes the dialog and keeps the log.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(!dialog->isVisible());

    // Clear asks first; No keeps the log, Yes clears it.
    m_window->findChild<QAction*>(QStringLiteral("requestLogAction"))->trigger();
    QTRY_VERIFY(dialog->isVisible());
    auto* clear = dialog->findChild<QPushButton*>(QStringLiteral("clearLogButton"));
    const int asked = ConfirmationPrompt::askedCount();
    ConfirmationPrompt::setNextAnswer(false);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(ConfirmationPrompt::askedCount(), asked + 1);
    QTest::qWait(50);
    QCOMPARE(model->rowCount(), 1);
    ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestGuiFeatures::claims_showDecodedFields()
{
    const qint64 iat = Start.toSecsSinceEpoch();
    QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("np")},
                        {QStringLiteral("iat"), iat},
                        {QStringLiteral("exp"), iat + 3600},
                        {QStringLiteral("cid"), QStringLiteral("5c412e3a-5868-48b9-a60a-0e039284ec46")},
                        {QStringLiteral("sub"),
                         QJsonObject{{QStringLiteral("iv"), QStringLiteral("x")}, {QStringLiteral("n"), 1}}},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
    const QString jwt = FakeNovaPostServer::makeJwt(payload);
    m_server->setHandler([this, jwt](const HttpRequest& request) {
        if (isJwtRequest(request))
            return HttpResponse::json(200, jwtBody(jwt));
        return m_server->defaultResponse(request);
    });
    storeProductionKey(QString(), KeyA);
    createWindow();
    auto* toggle = child<QToolButton>("claimsToggleButton");
    auto* tree = child<QTreeWidget>("claimsTreeWidget");
    getJwtThroughUi();
    QCOMPARE(tokenText(), jwt);
    QVERIFY(toggle->isVisible());
    QVERIFY(!tree->isVisible()); // collapsed by default
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(tree->isVisible());

    QMap<QString, QString> values;
    QStringList sections;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* section = tree->topLevelItem(i);
        sections << section->text(0);
        for (int j = 0; j < section->childCount(); ++j)
            values.insert(section->child(j)->data(0, Qt::UserRole).toString(), section->child(j)->text(1));
    }
    QCOMPARE(sections, (QStringList{QStringLiteral("Header"), QStringLiteral("Payload")}));
    QCOMPARE(values.value(QStringLiteral("alg")), QStringLiteral("HS256"));
    QCOMPARE(values.value(QStringLiteral("cid")), QStringLiteral("5c412e3a-5868-48b9-a60a-0e039284ec46"));
    QCOMPARE(values.value(QStringLiteral("iss")), QStringLiteral("np"));
    QCOMPARE(values.value(QStringLiteral("sub")), QStringLiteral(R"({"iv":"x","n":1})"));
    QCOMPARE(values.value(QStringLiteral("roles")), QStringLiteral(R"(["a","b"])"));
    const QString localIat = QLocale().toString(Start.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(values.value(QStringLiteral("iat")).startsWith(localIat + QStringLiteral(" local time")),
             qPrintable(values.value(QStringLiteral("iat"))));
    QVERIFY(values.value(QStringLiteral("exp")).contains(QString::number(iat + 3600)));

    // Gone with the token.
    advance(3600);
    QVERIFY(!child<QWidget>("claimsPanel")->isVisible());
}

QTEST_MAIN(TestGuiFeatures)
#include "tst_gui_features.moc"
