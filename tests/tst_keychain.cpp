// SPDX-License-Identifier: MIT
// Against a real Secret Service: gnome-keyring in the private D-Bus session that
// scripts/with-test-keyring.sh starts. Entries are checked from outside with secret-tool.
#include "CliRunner.h"
#include "FakeNovaPostServer.h"
#include "KeychainSecretStore.h"
#include "KeyStore.h"
#include "TokenCache.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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

/** Removes an entry from outside, as another program or the user could. */
bool keyringClear(const QString& service, const QString& name)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("clear"), QStringLiteral("server"), service, QStringLiteral("user"), name});
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
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

/** Writes @p secret into the keyring the way the application does. */
bool keyringStore(const QString& name, const QString& secret)
{
    KeychainSecretStore store;
    std::optional<SecretResult> result;
    QObject context;
    store.writeSecret(name, secret, &context, [&](const SecretResult& r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 15000) && result->ok();
}

/**
 * The CLI with @p folder read-only for it alone: a read-only bind mount in a private mount
 * namespace, which disappears with the process. Root ignores permission bits, a mount it cannot.
 */
CliRunner readOnlyCli(const CliRunner& cli, const QString& folder, QStringList* prefix)
{
    CliRunner wrapped(QStringLiteral("unshare"));
    wrapped.environment() = cli.environment();
    *prefix = {"--mount",
               "sh",
               "-c",
               "mount --bind \"$1\" \"$1\" && mount -o remount,ro,bind \"$1\" && shift && exec \"$@\"",
               "sh",
               folder,
               QStringLiteral(NOVAPOST_CLI_PATH)};
    return wrapped;
}

bool readOnlyMountsWork()
{
    QTemporaryDir dir;
    QProcess process;
    process.start("unshare",
                  {"--mount", "sh", "-c",
                   "mount --bind \"$1\" \"$1\" && mount -o remount,ro,bind \"$1\" && ! touch \"$1/x\"", "sh",
                   dir.path()});
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0 && !QFile::exists(dir.filePath("x"));
}

struct ParallelRun
{
    QList<QProcess*> processes;
    ~ParallelRun() { qDeleteAll(processes); }
    bool finished(int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] {
                return std::all_of(processes.begin(), processes.end(),
                                   [](QProcess* p) { return p->state() == QProcess::NotRunning; });
            },
            timeoutMs);
    }
};

/** Starts @p count CLI processes at once; the caller's event loop keeps serving the fake server. */
void startTogether(ParallelRun& run, const CliRunner& cli, const QStringList& arguments, int count)
{
    for (int i = 0; i < count; ++i) {
        auto* process = new QProcess;
        process->setProcessEnvironment(cli.environment());
        process->setStandardInputFile(QProcess::nullDevice());
        run.processes.append(process);
    }
    for (QProcess* process : run.processes)
        process->start(QStringLiteral(NOVAPOST_CLI_PATH), arguments);
}

QStringList lockFiles(const QString& folder)
{
    return QDir(folder).entryList({"*.lock"}, QDir::Files | QDir::Hidden);
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
    void productionKeysStoredByEarlierVersions();
    void unwritableSettingsAreReported();
    void homeUnsetWritesNothingUnderRoot();
    void parallelTokenCallsMakeOneRequest();
    void parallelTokenCallsSurviveAKilledFetcher();

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
    // --print shows the reused key itself, read from the keychain, alone on stdout.
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA, "--print"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("cli-key-A\n"));
    QVERIFY2(result.err.contains("Reusing"), result.err.constData());
    QCOMPARE(server.requestCount(), before);
    // A key the keychain has lost is asked for again (Nova Post repeats the day's key).
    QVERIFY(keyringClear(service, "sandbox/" + PhoneA));
    QVERIFY(!keyringLookup(service, "sandbox/" + PhoneA).has_value());
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Test key for +498213437654 received."), result.out.constData());
    QCOMPARE(server.requestCount(), before + 1);
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneA), QStringLiteral("cli-key-A"));

    // --renew asks again; a 429 keeps the stored key.
    server.setDailyLimit(true);
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA, "--renew"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("Daily limit reached"), result.err.constData());
    // ... and says so, with the command that uses it.
    QVERIFY2(result.err.endsWith("novapost-jwt-cli: The test key stored for +498213437654 still works: "
                                 "novapost-jwt-cli token --phone +498213437654 gets a JWT with it.\n"),
             result.err.constData());
    QCOMPARE(server.requestCount(), before + 2);
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneA), QStringLiteral("cli-key-A"));
    // A phone whose key was removed is told no such thing.
    server.registerPhone(PhoneB, "cli-key-B");
    QCOMPARE(cli.run(base + QStringList{"test-key", "--phone", PhoneB}).exitCode, 0);
    QCOMPARE(cli.run(base + QStringList{"forget", "--phone", PhoneB}).exitCode, 0);
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneB});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("Daily limit reached"), result.err.constData());
    QVERIFY2(!result.err.contains("still works"), result.err.constData());
    QCOMPARE(server.requestCount(), before + 4);

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
    QVERIFY2(result.err.contains("“Unknown Ltd” is stored"), result.err.constData());
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

void KeychainTest::productionKeysStoredByEarlierVersions()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {"--base-url", server.baseUrl().toString(), "--env", "production"};

    // Settings and keychain entries already stored under plain ids (labels cut to a-z and 0-9), or
    // under key-<hash> for labels with no such letters.
    const QList<QPair<QString, QString>> earlier = {
        {"acme-sp-z-o-o", "Acme Sp. z o.o."},
        {"default", "default"},
        {"key-" + QString::fromLatin1(QCryptographicHash::hash(QStringLiteral("Нова Пошта").toUtf8(),
                                                               QCryptographicHash::Sha256)
                                          .toHex()
                                          .left(10)),
         "Нова Пошта"},
        {"2024", "ТОВ Альфа 2024"},
    };
    {
        QSettings settings(home.filePath("config/novapost-jwt/novapost-jwt.ini"), QSettings::IniFormat);
        for (const auto& [id, label] : earlier) {
            const QString group = "keys/production/" + id;
            settings.setValue(group + "/label", label);
            for (const char* field : {"createdAt", "expiresAt", "status", "lastUsedAt"})
                settings.setValue(group + "/" + field, QString());
            settings.setValue(group + "/requestedAt", "2026-11-01T10:00:00Z");
        }
        settings.setValue("production/lastKey", "2024");
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    for (const auto& [id, label] : earlier) {
        QVERIFY(keyringStore("production/" + id, "old-key-" + id));
        server.addApiKey("old-key-" + id);
    }
    auto tokenSends = [&](const QString& key, const QString& expected) {
        const CliResult result = cli.run(base + QStringList{"token", "--fresh", "--key", key});
        if (result.exitCode != 0 || server.requests().isEmpty())
            return QString("exit %1: %2").arg(result.exitCode).arg(QString::fromUtf8(result.err));
        const QString sent = server.requests().last().query.queryItemValue("apiKey");
        return sent == expected ? QString() : sent;
    };

    // Each stored key is found by its label and by its id.
    for (const auto& [id, label] : earlier) {
        QCOMPARE(tokenSends(label, "old-key-" + id), QString());
        QCOMPARE(tokenSends(id, "old-key-" + id), QString());
    }

    // A second company whose label once shared Альфа's id gets a key of its own.
    server.addApiKey("beta-key");
    CliResult result = cli.run(base + QStringList{"set-key", "--key", "ТОВ Бета 2024"}, "beta-key\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(tokenSends("ТОВ Бета 2024", "beta-key"), QString());
    QCOMPARE(tokenSends("ТОВ Альфа 2024", "old-key-2024"), QString());
    QCOMPARE(keyringLookup(QString::fromLatin1(KeychainSecretStore::DefaultService), "production/2024"),
             QStringLiteral("old-key-2024"));

    // Long labels that once shared their first 40 characters stay apart too.
    const QString longA = "release/2026-q4-warehouse-integration-branch-a";
    const QString longB = "release/2026-q4-warehouse-integration-branch-b";
    server.addApiKey("long-a");
    server.addApiKey("long-b");
    QCOMPARE(cli.run(base + QStringList{"set-key", "--key", longA}, "long-a\n").exitCode, 0);
    QCOMPARE(cli.run(base + QStringList{"set-key", "--key", longB}, "long-b\n").exitCode, 0);
    QCOMPARE(tokenSends(longA, "long-a"), QString());
    QCOMPARE(tokenSends(longB, "long-b"), QString());

    // A label that differs from a stored one only in case or punctuation is refused, naming it.
    result = cli.run(base + QStringList{"set-key", "--key", "ACME SP. Z O.O.!"}, "other-key\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("“Acme Sp. z o.o.”"), result.err.constData());
    result = cli.run(base + QStringList{"token", "--key", "acme sp z o o"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("“Acme Sp. z o.o.”"), result.err.constData());
    QCOMPARE(tokenSends("Acme Sp. z o.o.", "old-key-acme-sp-z-o-o"), QString());

    result = cli.run({"--json", "keys"});
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("keys").toArray().size(), 7);
    result = cli.run(base + QStringList{"forget", "--key", "ТОВ Бета 2024"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(tokenSends("ТОВ Альфа 2024", "old-key-2024"), QString());
    for (const QString& label : {longA, longB, QString("ТОВ Альфа 2024")})
        QCOMPARE(cli.run(base + QStringList{"forget", "--key", label}).exitCode, 0);
    for (const auto& [id, label] : earlier)
        cli.run(base + QStringList{"forget", "--key", id});
}

void KeychainTest::unwritableSettingsAreReported()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.registerPhone(PhoneA, "ro-key-A");
    server.addApiKey("ro-key-A");
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {"--base-url", server.baseUrl().toString()};
    const QString service = QString::fromLatin1(KeychainSecretStore::DefaultService);

    // XDG_CONFIG_HOME a regular file: the settings folder cannot exist.
    QFile blocker(home.filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CliRunner blocked = cli;
    blocked.environment().insert("XDG_CONFIG_HOME", blocker.fileName());
    CliResult result = blocked.run(base + QStringList{"set-key", "--phone", PhoneA}, "ro-key-A\n");
    QCOMPARE(result.exitCode, 9);
    QVERIFY2(result.err.contains(QByteArray(QByteArray("The settings file ") + blocker.fileName().toUtf8() +
                                            "/novapost-jwt/")),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!keyringLookup(service, "sandbox/" + PhoneA).has_value());
    result = blocked.run(base + QStringList{"test-key", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 9);
    QCOMPARE(server.requestCount(), 0);
    result = blocked.run(base + QStringList{"token", "--api-key-stdin"}, "ro-key-A\n");
    QCOMPARE(result.exitCode, 9);
    QCOMPARE(server.requestCount(), 0);

    // A read-only settings folder: keys stored before stay readable, nothing claims a change.
    result = cli.run(base + QStringList{"test-key", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(server.requestCount(), 1);
    if (!readOnlyMountsWork())
        QSKIP("Read-only bind mounts are not available here (needs root in a mount namespace).");
    QStringList ro;
    const CliRunner readOnly = readOnlyCli(cli, home.filePath("config/novapost-jwt"), &ro);
    result = readOnly.run(ro + base + QStringList{"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("keys").toArray().size(), 1);

    result = readOnly.run(ro + QStringList{"forget", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 9);
    QVERIFY2(result.err.contains("could not be written"), result.err.constData());
    QVERIFY(!result.out.contains("Removed"));
    QCOMPARE(keyringLookup(service, "sandbox/" + PhoneA), QStringLiteral("ro-key-A"));

    result = readOnly.run(ro + base + QStringList{"set-key", "--phone", PhoneB}, "ro-key-B\n");
    QCOMPARE(result.exitCode, 9);
    QVERIFY(!keyringLookup(service, "sandbox/" + PhoneB).has_value());

    // No day's request spent and no token minted that could not be remembered.
    result = readOnly.run(ro + base + QStringList{"test-key", "--phone", PhoneA, "--renew"});
    QCOMPARE(result.exitCode, 9);
    result = readOnly.run(ro + base + QStringList{"token", "--phone", PhoneA});
    QCOMPARE(result.exitCode, 9);
    QCOMPARE(server.requestCount(), 1);

    QCOMPARE(cli.run({"forget", "--phone", PhoneA}).exitCode, 0);
}

void KeychainTest::homeUnsetWritesNothingUnderRoot()
{
    if (QFileInfo::exists("/.config/novapost-jwt"))
        QSKIP("/.config/novapost-jwt exists already; this test would not see a new one.");
    const bool hadConfigFolder = QFileInfo::exists("/.config");
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.environment().remove("HOME");
    cli.environment().remove("XDG_CONFIG_HOME");
    const CliResult result = cli.run({"set-key", "--phone", PhoneB}, "homeless-key\n");
    const bool leftBehind = QFileInfo::exists("/.config/novapost-jwt");
    if (leftBehind)
        QDir("/.config/novapost-jwt").removeRecursively();
    if (!hadConfigFolder)
        QDir("/").rmdir(".config");
    QVERIFY(!leftBehind);
    QCOMPARE(result.exitCode, 9);
    QVERIFY2(result.err.contains("HOME"), result.err.constData());
    QVERIFY(!keyringLookup(QString::fromLatin1(KeychainSecretStore::DefaultService), "sandbox/" + PhoneB)
                 .has_value());
}

void KeychainTest::parallelTokenCallsMakeOneRequest()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.addApiKey("parallel-key");
    // A real round trip: long enough for every process to miss the cache if nothing makes them wait.
    server.setHandler([&](const novapost::test::HttpRequest& request) {
        novapost::test::HttpResponse response = server.defaultResponse(request);
        response.delayMs = 500;
        return response;
    });
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {"--base-url", server.baseUrl().toString()};
    QCOMPARE(cli.run(base + QStringList{"set-key", "--phone", PhoneB}, "parallel-key\n").exitCode, 0);

    ParallelRun run;
    startTogether(run, cli, base + QStringList{"--json", "token", "--phone", PhoneB}, 20);
    QVERIFY(run.finished(90000));
    QSet<QString> tokens;
    for (QProcess* process : run.processes) {
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
        tokens.insert(
            QJsonDocument::fromJson(process->readAllStandardOutput()).object().value("jwt").toString());
    }
    qInfo("20 parallel token calls made %d request(s)", int(server.requestCount()));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(lockFiles(home.filePath("config/novapost-jwt")).isEmpty());
    QCOMPARE(cli.run({"forget", "--phone", PhoneB}).exitCode, 0);
}

void KeychainTest::parallelTokenCallsSurviveAKilledFetcher()
{
    FakeNovaPostServer server;
    QVERIFY(server.listen());
    server.addApiKey("killed-key");
    // The first request never gets an answer: its process is killed while it waits.
    int seen = 0;
    server.setHandler([&](const novapost::test::HttpRequest& request) {
        if (++seen == 1) {
            novapost::test::HttpResponse hang;
            hang.mode = novapost::test::HttpResponse::Mode::Hang;
            return hang;
        }
        return server.defaultResponse(request);
    });
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());
    const QStringList base = {"--base-url", server.baseUrl().toString()};
    QCOMPARE(cli.run(base + QStringList{"set-key", "--phone", PhoneA}, "killed-key\n").exitCode, 0);

    ParallelRun run;
    startTogether(run, cli, base + QStringList{"--json", "token", "--phone", PhoneA}, 20);
    QVERIFY(QTest::qWaitFor([&] { return server.requestCount() >= 1; }, 60000));
    // The lock file names the process that is asking.
    const QString folder = home.filePath("config/novapost-jwt");
    const QStringList locks = lockFiles(folder);
    QCOMPARE(locks.size(), 1);
    QFile lock(folder + "/" + locks.first());
    QVERIFY(lock.open(QIODevice::ReadOnly));
    const qint64 fetcherPid = lock.readLine().trimmed().toLongLong();
    QProcess* fetcher = nullptr;
    for (QProcess* process : run.processes) {
        if (process->processId() == fetcherPid)
            fetcher = process;
    }
    QVERIFY2(fetcher, "the lock does not name one of the processes");
    QTest::qWait(200);
    QCOMPARE(server.requestCount(), 1);
    fetcher->kill();

    QVERIFY(run.finished(90000));
    QSet<QString> tokens;
    for (QProcess* process : run.processes) {
        if (process == fetcher)
            continue;
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
        tokens.insert(
            QJsonDocument::fromJson(process->readAllStandardOutput()).object().value("jwt").toString());
    }
    qInfo("20 parallel token calls, the fetcher killed mid-request: %d request(s)",
          int(server.requestCount()));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(lockFiles(folder).isEmpty());
    QCOMPARE(cli.run({"forget", "--phone", PhoneA}).exitCode, 0);
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
