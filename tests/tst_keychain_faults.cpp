// SPDX-License-Identifier: MIT
// The keychain under faults, against real gnome-keyrings: a private one per test (its own session
// bus) to lock with the Secret Service's Lock call or freeze with SIGSTOP, and the shared test
// keyring of scripts/with-test-keyring.sh where nothing is broken on purpose.
#include "CliRunner.h"
#include "FakeNovaPostServer.h"
#include "KeychainSecretStore.h"
#include "PrivateKeyring.h"
#include "TokenCache.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define NOVAPOST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NOVAPOST_UNDER_ASAN 1
#endif
#endif

using namespace novapost;
using novapost::test::CliResult;
using novapost::test::CliRunner;
using novapost::test::FakeNovaPostServer;
using novapost::test::PrivateKeyring;

namespace {

const QString PhoneA = QStringLiteral("498213437654");
const QString PhoneB = QStringLiteral("48900555111");
// The shared test keyring also serves tst_keychain, which stores keys for PhoneA and PhoneB.
const QString PhoneOfOurOwn = QStringLiteral("48900555333");
const QString Service = QString::fromLatin1(KeychainSecretStore::DefaultService);

// Wall-time bounds are the time-out under test plus this much for a loaded machine (tests run two
// at a time on two cores); AddressSanitizer makes every process start several times slower.
#ifdef NOVAPOST_UNDER_ASAN
constexpr qint64 SlackMs = 6000;
#else
constexpr qint64 SlackMs = 3000;
#endif

/** secret-tool's view of an entry in the shared test keyring. */
std::optional<QString> keyringLookup(const QString& service, const QString& name)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), {"lookup", "server", service, "user", name});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

Environment sandboxAt(const QUrl& baseUrl)
{
    Environment environment(EnvironmentKind::Sandbox);
    environment.setBaseUrlOverride(baseUrl);
    return environment;
}

int testKeyRequests(const FakeNovaPostServer& server)
{
    int count = 0;
    for (const auto& request : server.requests())
        count += request.path.contains(QStringLiteral("test")) ? 1 : 0;
    return count;
}

} // namespace

class KeychainFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lockedKeyringIsNotAnEmptyOne();
    void frozenKeyringCostsAtMostTheTimeout();
    void expiredTokensArePurgedAFewPerRun();
    void expiredTokenLeavesTheKeychainAtExpiry();
    void forgettingAKeyForgetsItsTokens();
    void noKeychainIsNotReportedAsOne();
};

void KeychainFaultsTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("NOVAPOST_TEST_SCRATCH")) {
        if (!qEnvironmentVariableIsEmpty("NOVAPOST_REQUIRE_KEYCHAIN"))
            QFAIL("The test keyring is missing: run through scripts/with-test-keyring.sh.");
        QSKIP("Needs the private test keyring (scripts/test.sh); never touches your own keyring.");
    }
}

void KeychainFaultsTest::lockedKeyringIsNotAnEmptyOne()
{
    PrivateKeyring keyring;
    QString problem;
    QVERIFY2(keyring.start(&problem), qPrintable(problem));
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.registerPhone(PhoneB, "locked-key-B");
    server.addApiKey("locked-key-A");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    keyring.applyTo(cli.environment());
    const QStringList base = {"--base-url", server.baseUrl().toString(), "--timeout", "10"};

    CliResult result = cli.run(base + QStringList{"set-key", "--phone", PhoneA}, "locked-key-A\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(keyring.contains(Service, "sandbox/" + PhoneA));
    QVERIFY(keyring.lock());

    // token: a keychain failure (8) that says "locked", not "no key stored" (2).
    result = cli.run(base + QStringList{"token", "--phone", PhoneA});
    QVERIFY2(result.exitCode == 8, result.err.constData());
    QVERIFY2(result.err.contains("The keychain is locked: unlock it and try again."), result.err.constData());
    QVERIFY(!result.err.contains("test-key"));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(server.requestCount(), 0);

    // forget: nothing removed, nothing claimed, metadata kept.
    result = cli.run(base + QStringList{"forget", "--phone", PhoneA});
    QVERIFY2(result.exitCode == 8, result.out.constData());
    QVERIFY2(result.err.contains("The keychain is locked"), result.err.constData());
    QVERIFY(!result.out.contains("Removed"));
    QVERIFY(keyring.contains(Service, "sandbox/" + PhoneA));
    result = cli.run({"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject listing = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(listing.value("keys").toArray().size(), 1);
    QCOMPARE(listing.value("storage").toString(), QStringLiteral("locked"));

    // test-key: the day's one request is not spent on a key that could not be stored.
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneB});
    QVERIFY2(result.exitCode == 8, result.out.constData());
    QVERIFY2(result.err.contains("The keychain is locked"), result.err.constData());
    QCOMPARE(testKeyRequests(server), 0);
    QVERIFY(!keyring.contains(Service, "sandbox/" + PhoneB));

    // A keyring that D-Bus starts again (after a crash) comes back locked: still not "no key".
    QVERIFY(keyring.stopDaemon());
    result = cli.run(base + QStringList{"token", "--phone", PhoneA});
    QVERIFY2(result.exitCode == 8, result.err.constData());
    QVERIFY2(result.err.contains("The keychain is locked: unlock it and try again."), result.err.constData());
    QCOMPARE(server.requestCount(), 0);
}

void KeychainFaultsTest::frozenKeyringCostsAtMostTheTimeout()
{
    PrivateKeyring keyring;
    QString problem;
    QVERIFY2(keyring.start(&problem), qPrintable(problem));
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.addApiKey("frozen-key");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    keyring.applyTo(cli.environment());
    const QStringList base = {"--base-url", server.baseUrl().toString(), "--timeout", "2"};

    QCOMPARE(cli.run(base + QStringList{"set-key", "--phone", PhoneA}, "frozen-key\n").exitCode, 0);
    // A cached token, so that the stdin run below has a cache entry to look up.
    QCOMPARE(cli.run(base + QStringList{"token", "--api-key-stdin"}, "frozen-key\n").exitCode, 0);
    QVERIFY(keyring.freeze());

    QElapsedTimer clock;
    clock.start();
    CliResult result = cli.run(base + QStringList{"token", "--phone", PhoneA}, {}, 20000);
    const qint64 keyedMs = clock.elapsed();
    qInfo("token --timeout 2 against a frozen keyring: %lld ms", keyedMs);
    QVERIFY2(result.finished, "token did not end within 20 s");
    QVERIFY2(keyedMs < 2000 + SlackMs, qPrintable(QString::number(keyedMs)));
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.err.contains("did not answer within 2 second"), result.err.constData());
    QVERIFY2(result.err.contains("waiting for the keychain to be unlocked"), result.err.constData());
    QCOMPARE(result.err.count("waiting for the keychain"), 1);

    // The key comes on stdin: the cache is skipped with a note, the token still comes.
    const int before = server.requestCount();
    clock.restart();
    result = cli.run(base + QStringList{"token", "--api-key-stdin"}, "frozen-key\n", 20000);
    const qint64 stdinMs = clock.elapsed();
    qInfo("token --api-key-stdin --timeout 2 against a frozen keyring: %lld ms", stdinMs);
    QVERIFY2(result.finished, "token did not end within 20 s");
    QVERIFY2(stdinMs < 2000 + SlackMs, qPrintable(QString::number(stdinMs)));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.trimmed().count('.'), 2);
    QVERIFY2(result.err.contains("cache is skipped"), result.err.constData());
    QCOMPARE(server.requestCount(), before + 1);

    // No cache entry to look up, or none wanted: the keychain is still waited for once only, not
    // again to store the new token. Timed from the token on stdout to the exit, which start-up
    // costs (AddressSanitizer, a loaded machine) do not reach; the whole run gets time-out + slack.
    server.addApiKey("frozen-key-2");
    struct Row
    {
        const char* name;
        QStringList arguments;
        QByteArray apiKey;
    };
    const QList<Row> rows = {{"no entry", {"token", "--api-key-stdin"}, "frozen-key-2\n"},
                             {"--fresh", {"token", "--fresh", "--api-key-stdin"}, "frozen-key\n"}};
    constexpr qint64 RowTimeoutMs = 3000;
    for (const Row& row : rows) {
        QProcess token;
        token.setProcessEnvironment(cli.environment());
        qint64 printedMs = -1;
        // The server answers on this thread's event loop: waited for with the loop running.
        connect(&token, &QProcess::readyReadStandardOutput, this, [&] {
            if (printedMs < 0)
                printedMs = clock.elapsed();
        });
        clock.restart();
        token.start(QStringLiteral(NOVAPOST_CLI_PATH),
                    QStringList{"--base-url", server.baseUrl().toString(), "--timeout", "3"} + row.arguments);
        token.write(row.apiKey);
        token.closeWriteChannel();
        QVERIFY2(QTest::qWaitFor([&] { return token.state() == QProcess::NotRunning; }, 20000), row.name);
        const qint64 exitedMs = clock.elapsed();
        qInfo("%s: token after %lld ms, exit after %lld ms", row.name, printedMs, exitedMs);
        const QByteArray err = token.readAllStandardError();
        QVERIFY2(token.exitCode() == 0, err.constData());
        QCOMPARE(token.readAllStandardOutput().trimmed().count('.'), 2);
        QVERIFY2(err.contains("cache is skipped"), err.constData());
        // Waiting again to store the token would take the whole time-out between the two.
        QVERIFY2(exitedMs - printedMs < RowTimeoutMs * 2 / 3, row.name);
        QVERIFY2(exitedMs < RowTimeoutMs + SlackMs, row.name);
    }
}

void KeychainFaultsTest::expiredTokensArePurgedAFewPerRun()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.addApiKey("purge-key");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    constexpr int Expired = 2000;
    const QString file = home.path() + "/config/novapost-jwt/novapost-jwt.ini";
    {
        QSettings settings(file, QSettings::IniFormat);
        for (int i = 0; i < Expired; ++i) {
            const QString group =
                QStringLiteral("tokenCache/jwt-sandbox-%1/").arg(i, 24, 10, QLatin1Char('0'));
            settings.setValue(group + "expiresAt", "2026-01-01T00:00:00Z");
            settings.setValue(group + "clockOffset", 0);
        }
    }

    QElapsedTimer clock;
    clock.start();
    const CliResult result =
        cli.run({"--base-url", server.baseUrl().toString(), "token", "--api-key-stdin"}, "purge-key\n");
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(elapsedMs < 1000 + SlackMs, qPrintable(QString::number(elapsedMs)));

    QSettings settings(file, QSettings::IniFormat);
    settings.beginGroup("tokenCache");
    const int left = int(settings.childGroups().size());
    // The new token is in the index too; some expired ones went, never all in one run.
    QVERIFY2(left < Expired, qPrintable(QString::number(left)));
    QVERIFY2(left > Expired / 2, qPrintable(QString::number(left)));
}

void KeychainFaultsTest::expiredTokenLeavesTheKeychainAtExpiry()
{
    const QString service = QStringLiteral("novapost-jwt-expiry-%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    KeychainSecretStore secrets(service);
    SystemClock clock;
    TokenCache cache(&secrets, &settings, &clock);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const JwtToken token = JwtToken::decode(FakeNovaPostServer::makeJwt(now - 10, now + 3));
    QVERIFY(token.isValid());
    const Environment environment = sandboxAt(QUrl("http://127.0.0.1:9"));
    std::optional<bool> stored;
    cache.store(environment, "expiry-key", {token, 0}, this, [&](bool ok) { stored = ok; });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 10000));
    QVERIFY(*stored);
    const QString name = TokenCache::entryName(environment, "expiry-key");
    QVERIFY(keyringLookup(service, name).has_value());

    // Nobody asks for the token again: a running process removes it when it expires.
    QVERIFY2(QTest::qWaitFor([&] { return !keyringLookup(service, name).has_value(); }, 10000),
             "the expired JWT is still in the keychain");
    QTRY_VERIFY_WITH_TIMEOUT(!settings.contains("tokenCache/" + name + "/expiresAt"), 10000);
}

void KeychainFaultsTest::forgettingAKeyForgetsItsTokens()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.addApiKey("forget-key");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {"--base-url", server.baseUrl().toString()};

    QCOMPARE(cli.run(base + QStringList{"set-key", "--phone", PhoneOfOurOwn}, "forget-key\n").exitCode, 0);
    QCOMPARE(cli.run(base + QStringList{"token", "--phone", PhoneOfOurOwn}).exitCode, 0);
    QCOMPARE(server.requestCount(), 1);
    const QString name = TokenCache::entryName(sandboxAt(server.baseUrl()), "forget-key");
    QVERIFY(keyringLookup(Service, name).has_value());

    CliResult result = cli.run({"forget", "--phone", PhoneOfOurOwn});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!keyringLookup(Service, "sandbox/" + PhoneOfOurOwn).has_value());
    QVERIFY2(!keyringLookup(Service, name).has_value(), "the key's JWT stayed in the keychain");

    // The same key brought on stdin gets a new token, not the forgotten one.
    result = cli.run(base + QStringList{"--json", "token", "--api-key-stdin"}, "forget-key\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("cached").toBool(true), false);
    QCOMPARE(server.requestCount(), 2);
}

void KeychainFaultsTest::noKeychainIsNotReportedAsOne()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    cli.withoutKeychain();

    // The CLI ends at once: no talk of a key kept in memory.
    CliResult result = cli.run({"set-key", "--phone", PhoneA}, "nowhere-key\n");
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.err.contains("No system keychain is available"), result.err.constData());
    QVERIFY2(!result.err.contains("memory"), result.err.constData());

    result = cli.run({"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("storage").toString(),
             QStringLiteral("unavailable"));
    result = cli.run({"keys"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.out.contains("Keys are stored in"), result.out.constData());
}

QTEST_GUILESS_MAIN(KeychainFaultsTest)
#include "tst_keychain_faults.moc"
