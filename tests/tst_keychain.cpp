// SPDX-License-Identifier: MIT
// Against a real Secret Service: gnome-keyring in the private D-Bus session that
// scripts/with-test-keyring.sh starts. Entries are checked from outside with secret-tool.
#include "CliRunner.h"
#include "FakeNovaPostServer.h"
#include "KeychainSecretStore.h"
#include "KeyStore.h"
#include "TokenCache.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace novapost;
using novapost::test::CliResult;
using novapost::test::CliRunner;
using novapost::test::FakeNovaPostServer;

namespace {

const QString PhoneA = QStringLiteral("498213437654");
const QString PhoneB = QStringLiteral("48900555111");

/** secret-tool's view of an entry: the secret, or nothing when it is not in the keyring. */
std::optional<QString> keyringLookup(const QString& service, const QString& name)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), service,
                                                  QStringLiteral("user"), name});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** Every file below @p root whose bytes contain any of @p secrets. */
QStringList filesContaining(const QString& root, const QStringList& secrets)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        for (const QString& secret : secrets) {
            if (contents.contains(secret.toUtf8()))
                hits.append(file.fileName());
        }
    }
    return hits;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coreStoreReadListReplaceDelete();
    void cliFullFlow();
    void noSecretService();
    void hundredTokenCallsMakeOneRequest();

private:
    KeyStore::SaveResult save(const std::function<void(KeyStore::SaveCallback)>& call);
    SecretResult read(KeyStore& store, EnvironmentKind environment, const QString& phone);
};

void KeychainTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("NOVAPOST_TEST_SCRATCH")) {
        if (!qEnvironmentVariableIsEmpty("NOVAPOST_REQUIRE_KEYCHAIN"))
            QFAIL("The test keyring is missing: run through scripts/with-test-keyring.sh.");
        QSKIP("Needs the private test keyring (scripts/test.sh); never touches your own keyring.");
    }
}

KeyStore::SaveResult KeychainTest::save(const std::function<void(KeyStore::SaveCallback)>& call)
{
    std::optional<KeyStore::SaveResult> result;
    call([&](const KeyStore::SaveResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return {SecretResult::Status::Failed, false, QStringLiteral("no answer")};
    return *result;
}

SecretResult KeychainTest::read(KeyStore& store, EnvironmentKind environment, const QString& phone)
{
    std::optional<SecretResult> result;
    store.readKey(environment, phone, this, [&](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return {SecretResult::Status::Failed, {}, QStringLiteral("no answer")};
    return *result;
}

void KeychainTest::coreStoreReadListReplaceDelete()
{
    const QString service = QStringLiteral("novapost-jwt-test-%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    KeychainSecretStore secrets(service);
    SystemClock clock;
    KeyStore store(&secrets, &settings, &clock);

    QVERIFY(secrets.isPersistent());
    QVERIFY(save([&](auto cb) {
                store.saveTestKey(PhoneA, {"core-key-A", {}, {}, "Active"}, this, cb);
            }).ok());
    QVERIFY(
        save([&](auto cb) { store.saveKey(EnvironmentKind::Sandbox, PhoneB, "core-key-B", this, cb); }).ok());
    const auto production =
        save([&](auto cb) { store.saveKey(EnvironmentKind::Production, {}, "core-key-P", this, cb); });
    QVERIFY2(production.ok() && !production.sessionOnly, qPrintable(production.message));

    // Really in the keyring, as another program sees it.
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneA), QStringLiteral("core-key-A"));
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneB), QStringLiteral("core-key-B"));
    QCOMPARE(keyringLookup(service, "production/default"), QStringLiteral("core-key-P"));

    QCOMPARE(read(store, EnvironmentKind::Sandbox, PhoneA).secret, QStringLiteral("core-key-A"));
    QCOMPARE(read(store, EnvironmentKind::Production, {}).secret, QStringLiteral("core-key-P"));
    QCOMPARE(store.entries().size(), 3);
    QVERIFY(!store.entry(EnvironmentKind::Production)->sessionOnly);

    // A second process (a fresh store) reads what the first one wrote.
    KeychainSecretStore otherSecrets(service);
    KeyStore other(&otherSecrets, &settings, &clock);
    QCOMPARE(read(other, EnvironmentKind::Sandbox, PhoneB).secret, QStringLiteral("core-key-B"));

    QVERIFY(
        save([&](auto cb) { store.saveKey(EnvironmentKind::Production, {}, "core-key-P2", this, cb); }).ok());
    QCOMPARE(keyringLookup(service, "production/default"), QStringLiteral("core-key-P2"));

    QVERIFY(save([&](auto cb) { store.forget(EnvironmentKind::Sandbox, PhoneA, this, cb); }).ok());
    QVERIFY(!keyringLookup(service, "sandbox/" + PhoneA).has_value());
    QCOMPARE(read(store, EnvironmentKind::Sandbox, PhoneA).status, SecretResult::Status::NotFound);
    QVERIFY(save([&](auto cb) { store.forget(EnvironmentKind::Sandbox, PhoneB, this, cb); }).ok());
    QVERIFY(save([&](auto cb) { store.forget(EnvironmentKind::Production, {}, this, cb); }).ok());
    QVERIFY(!keyringLookup(service, "production/default").has_value());
    QVERIFY(store.entries().isEmpty());

    QVERIFY(filesContaining(dir.path(), {"core-key-A", "core-key-B", "core-key-P"}).isEmpty());
}

void KeychainTest::cliFullFlow()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.registerPhone(PhoneA, "cli-key-A");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {"--base-url", server.baseUrl().toString()};
    const QString service = QString::fromLatin1(KeychainSecretStore::DefaultService);

    CliResult result = cli.run(base + QStringList{"test-key", "--phone", "+49 821 343-7654"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Test key for +498213437654 received."), result.out.constData());
    QVERIFY(result.out.contains("Stored in the system keychain"));
    QVERIFY(!result.out.contains("cli-key-A"));
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneA), QStringLiteral("cli-key-A"));

    // No key on the command line: the phone used last, from the keychain.
    result = cli.run(base + QStringList{"token"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed().count('.'), 2);
    QCOMPARE(server.requests().last().query.queryItemValue("apiKey"), QStringLiteral("cli-key-A"));
    QVERIFY(!result.err.contains("cli-key-A"));

    // The same day, the stored key is reused without a request.
    const int before = server.requestCount();
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Reusing"), result.out.constData());
    QCOMPARE(server.requestCount(), before);

    // --renew asks again; a 429 keeps the stored key.
    server.setDailyLimit(true);
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA, "--renew"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("Daily limit reached"), result.err.constData());
    QCOMPARE(server.requestCount(), before + 1);
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneA), QStringLiteral("cli-key-A"));

    // Imported and production keys.
    result = cli.run(base + QStringList{"set-key", "--phone", "+48 900 555 111"}, "cli-key-B\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneB), QStringLiteral("cli-key-B"));
    result = cli.run(base + QStringList{"--env", "production", "set-key"}, "cli-key-P\r\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(keyringLookup(service, "production/default"), QStringLiteral("cli-key-P"));
    server.addApiKey("cli-key-P");
    result = cli.run(base + QStringList{"--env", "production", "--json", "token"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(server.requests().last().query.queryItemValue("apiKey"), QStringLiteral("cli-key-P"));

    // A second, named production key; token then uses the one used last.
    server.addApiKey("cli-key-Acme");
    result = cli.run(base + QStringList{"--env", "production", "set-key", "--key", "Acme Sp. z o.o."},
                     "cli-key-Acme\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("“Acme Sp. z o.o.”"), result.out.constData());
    QCOMPARE(keyringLookup(service, "production/acme-sp-z-o-o"), QStringLiteral("cli-key-Acme"));
    result = cli.run(base + QStringList{"--env", "production", "token"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(server.requests().last().query.queryItemValue("apiKey"), QStringLiteral("cli-key-Acme"));
    result = cli.run(base + QStringList{"--env", "production", "token", "--key", "default", "--fresh"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(server.requests().last().query.queryItemValue("apiKey"), QStringLiteral("cli-key-P"));
    result = cli.run(base + QStringList{"--env", "production", "token", "--key", "Unknown Ltd"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("“unknown-ltd” is stored"), result.err.constData());
    QVERIFY(cli.run({"--env", "production", "keys"}).out.contains("Acme Sp. z o.o."));
    result = cli.run({"--env", "production", "forget", "--key", "Acme Sp. z o.o."});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!keyringLookup(service, "production/acme-sp-z-o-o").has_value());

    result = cli.run({"keys"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("+498213437654"));
    QVERIFY(result.out.contains("+48900555111"));
    QVERIFY(result.out.contains("production"));
    result = cli.run({"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray keys = QJsonDocument::fromJson(result.out).object().value("keys").toArray();
    QCOMPARE(keys.size(), 3);
    for (const char* secret : {"cli-key-A", "cli-key-B", "cli-key-P"})
        QVERIFY(!result.out.contains(secret));

    result = cli.run({"forget", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!keyringLookup(service, "sandbox/" + PhoneA).has_value());
    result = cli.run({"forget", "--phone", PhoneB});
    QCOMPARE(result.exitCode, 0);
    result = cli.run({"--env", "production", "forget"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!keyringLookup(service, "production/default").has_value());
    result = cli.run({"--json", "keys"});
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("keys").toArray().size(), 0);

    // Nothing secret ever reached a file of ours (settings live under this HOME).
    QVERIFY(QDir(home.path() + "/config/novapost-jwt").exists());
    const QStringList leaks = filesContaining(home.path(), {"cli-key-A", "cli-key-B", "cli-key-P"});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));
}

void KeychainTest::noSecretService()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.registerPhone(PhoneA, "lonely-key-A");
    server.addApiKey("lonely-key-A");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    cli.withoutKeychain();
    const QStringList base = {"--base-url", server.baseUrl().toString()};

    CliResult result = cli.run(base + QStringList{"set-key", "--phone", PhoneA}, "lonely-key-A\n");
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.err.contains("No system keychain is available"), result.err.constData());
    QVERIFY(!result.err.contains("lonely-key-A"));
    QCOMPARE(result.err.count('\n'), 1);

    // Nothing pretends to be stored afterwards.
    result = cli.run({"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("keys").toArray().size(), 0);

    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.err.contains("could not be stored"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("lonely-key-A"));

    result = cli.run(base + QStringList{"token", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 8);

    // Scripts that bring their own key do not need a keychain.
    result = cli.run(base + QStringList{"token", "--api-key-stdin"}, "lonely-key-A\n");
    QCOMPARE(result.exitCode, 0);
    const QString jwt = QString::fromUtf8(result.out.trimmed());
    QCOMPARE(jwt.count('.'), 2);

    const QStringList leaks = filesContaining(home.path(), {"lonely-key-A", jwt});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));
}

void KeychainTest::hundredTokenCallsMakeOneRequest()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.addApiKey("loop-key");
    server.setJwtLifetimeSeconds(1200);
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList token = {"--base-url", server.baseUrl().toString(), "--json", "token",
                               "--api-key-stdin"};

    QString first;
    for (int i = 0; i < 100; ++i) {
        const CliResult result = cli.run(token, "loop-key\n");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value("cached").toBool(), i > 0);
        if (i == 0)
            first = object.value("jwt").toString();
        QCOMPARE(object.value("jwt").toString(), first);
    }
    QCOMPARE(server.requestCount(), 1);

    // --fresh always asks; a minimum TTL above what is left asks too.
    QCOMPARE(cli.run(token + QStringList{"--fresh"}, "loop-key\n").exitCode, 0);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(cli.run(token + QStringList{"--min-ttl", "25"}, "loop-key\n").exitCode, 0);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(cli.run(token + QStringList{"--min-ttl", "15"}, "loop-key\n").exitCode, 0);
    QCOMPARE(server.requestCount(), 3);

    // The cached token is in the keychain, and nowhere in our files.
    const QString name = TokenCache::entryName(
        [&] {
            Environment environment(EnvironmentKind::Sandbox);
            environment.setBaseUrlOverride(server.baseUrl());
            return environment;
        }(),
        "loop-key");
    const auto cached = keyringLookup(QString::fromLatin1(KeychainSecretStore::DefaultService), name);
    QVERIFY(cached.has_value());
    QCOMPARE(cached->count('.'), 2);
    QVERIFY(filesContaining(home.path(), {*cached, "loop-key"}).isEmpty());
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
