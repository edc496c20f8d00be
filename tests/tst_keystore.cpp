// SPDX-License-Identifier: MIT
// Fast unit tests of KeyStore over the in-memory store; tst_keychain runs the same flows against
// a real Secret Service.
#include "KeyStore.h"
#include "MemorySecretStore.h"
#include "UtcTime.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace novapost;
using Status = SecretResult::Status;

class KeyStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void secretNames();
    void saveReadListForget();
    void metadataHoldsNoSecret();
    void requestedTodayFollowsTheClock();
    void importKeepsApiDates();
    void unavailableKeychainKeepsKeyForThisRun();
    void lockedKeychainIsAnError();
    void readMissingIsNotFound();
    void lastPhoneAndEnvironment();
    void namedProductionKeys();
    void differentLabelsNeverShareAnId();
    void confusableLabelIsRefused();
    void unwritableSettingsStoreNothing();
    void settingsFailingAfterTheWriteLeaveTheKeychainAsItWas();

private:
    KeyStore::SaveResult save(const std::function<void(KeyStore::SaveCallback)>& call);
    SecretResult read(EnvironmentKind environment, const QString& phone);

    QTemporaryDir* m_dir = nullptr;
    QSettings* m_settings = nullptr;
    MemorySecretStore* m_secrets = nullptr;
    ManualClock m_clock{UtcTime::fromDateAndTime(QDate(2026, 11, 28), QTime(10, 0))};
    KeyStore* m_store = nullptr;
};

void KeyStoreTest::init()
{
    m_clock.setNow(UtcTime::fromDateAndTime(QDate(2026, 11, 28), QTime(10, 0)));
    m_dir = new QTemporaryDir;
    m_settings = new QSettings(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    m_secrets = new MemorySecretStore;
    m_store = new KeyStore(m_secrets, m_settings, &m_clock);
}

void KeyStoreTest::cleanup()
{
    delete m_store;
    delete m_secrets;
    delete m_settings;
    delete m_dir;
}

KeyStore::SaveResult KeyStoreTest::save(const std::function<void(KeyStore::SaveCallback)>& call)
{
    std::optional<KeyStore::SaveResult> result;
    call([&](const KeyStore::SaveResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {Status::Failed, false, QStringLiteral("no answer")};
    return *result;
}

SecretResult KeyStoreTest::read(EnvironmentKind environment, const QString& phone)
{
    std::optional<SecretResult> result;
    m_store->readKey(environment, phone, this, [&](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {Status::Failed, {}, QStringLiteral("no answer")};
    return *result;
}

void KeyStoreTest::secretNames()
{
    QCOMPARE(KeyStore::secretName(EnvironmentKind::Production), QStringLiteral("production/default"));
    QCOMPARE(KeyStore::secretName(EnvironmentKind::Production, "acme"), QStringLiteral("production/acme"));
    QCOMPARE(KeyStore::productionKeyId("Acme Sp. z o.o."), QStringLiteral("acme-sp-z-o-o"));
    QCOMPARE(KeyStore::productionKeyId("  "), QStringLiteral("default"));
    QCOMPARE(KeyStore::productionKeyId("../../etc"), QStringLiteral("etc"));
    const QString cyrillic = KeyStore::productionKeyId(QStringLiteral("Нова Пошта"));
    QVERIFY(cyrillic.startsWith("key-"));
    QCOMPARE(KeyStore::productionKeyId(QStringLiteral("Нова Пошта")), cyrillic);
    QVERIFY(cyrillic != KeyStore::productionKeyId(QStringLiteral("Нова Пошта 2")));
    QCOMPARE(KeyStore::secretName(EnvironmentKind::Sandbox, "498213437654"),
             QStringLiteral("sandbox/498213437654"));
}

void KeyStoreTest::saveReadListForget()
{
    QSignalSpy changed(m_store, &KeyStore::entriesChanged);
    const TestApiKey key{"sandbox-secret-1", UtcTime::fromDateAndTime(QDate(2025, 8, 27), QTime(8, 3, 2)),
                         UtcTime::fromDateAndTime(QDate(2026, 8, 29), QTime(23, 59, 59)), "Active"};
    QVERIFY(save([&](auto cb) { m_store->saveTestKey("498213437654", key, this, cb); }).ok());
    QVERIFY(save([&](auto cb) {
                m_store->saveTestKey("48900555111", {"sandbox-secret-2", {}, {}, "Active"}, this, cb);
            }).ok());
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Production, {}, "production-secret", this, cb);
            }).ok());
    QCOMPARE(changed.size(), 3);

    QCOMPARE(read(EnvironmentKind::Sandbox, "498213437654").secret, QStringLiteral("sandbox-secret-1"));
    QCOMPARE(read(EnvironmentKind::Sandbox, "48900555111").secret, QStringLiteral("sandbox-secret-2"));
    QCOMPARE(read(EnvironmentKind::Production, {}).secret, QStringLiteral("production-secret"));

    QCOMPARE(m_store->entries().size(), 3);
    QCOMPARE(m_store->entries(EnvironmentKind::Sandbox).size(), 2);
    const auto entry = m_store->entry(EnvironmentKind::Sandbox, "498213437654");
    QVERIFY(entry.has_value());
    QCOMPARE(entry->status, QStringLiteral("Active"));
    QCOMPARE(entry->createdAt, key.createdAt);
    QCOMPARE(entry->expiresAt, key.expiresAt);
    QCOMPARE(entry->requestedAt, m_clock.now());
    QVERIFY(!entry->lastUsedAt.isValid());
    QVERIFY(!entry->sessionOnly);

    m_clock.advanceSeconds(60);
    m_store->markUsed(EnvironmentKind::Sandbox, "498213437654");
    QCOMPARE(m_store->entry(EnvironmentKind::Sandbox, "498213437654")->lastUsedAt, m_clock.now());
    QCOMPARE(m_store->lastPhone(), QStringLiteral("498213437654"));

    // Replacing a key keeps one entry.
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Production, {}, "production-secret-2", this, cb);
            }).ok());
    QCOMPARE(read(EnvironmentKind::Production, {}).secret, QStringLiteral("production-secret-2"));
    QCOMPARE(m_store->entries(EnvironmentKind::Production).size(), 1);

    QVERIFY(save([&](auto cb) { m_store->forget(EnvironmentKind::Sandbox, "498213437654", this, cb); }).ok());
    QCOMPARE(read(EnvironmentKind::Sandbox, "498213437654").status, Status::NotFound);
    QVERIFY(!m_store->entry(EnvironmentKind::Sandbox, "498213437654").has_value());
    QCOMPARE(m_store->entries().size(), 2);
}

void KeyStoreTest::metadataHoldsNoSecret()
{
    QVERIFY(save([&](auto cb) {
                m_store->saveTestKey("498213437654", {"SECRET-ALPHA", {}, {}, "Active"}, this, cb);
            }).ok());
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Production, {}, "SECRET-BETA", this, cb);
            }).ok());
    m_store->markUsed(EnvironmentKind::Production, {});
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("498213437654"));  // the metadata really is there...
    QVERIFY(!contents.contains("SECRET-ALPHA")); // ...but never a key
    QVERIFY(!contents.contains("SECRET-BETA"));
}

void KeyStoreTest::requestedTodayFollowsTheClock()
{
    QVERIFY(!m_store->requestedToday("498213437654"));
    QVERIFY(save([&](auto cb) {
                m_store->saveTestKey("498213437654", {"k", {}, {}, "Active"}, this, cb);
            }).ok());
    QVERIFY(m_store->requestedToday("498213437654"));
    m_clock.advanceSeconds(13 * 3600 + 59 * 60); // 23:59 the same UTC day
    QVERIFY(m_store->requestedToday("498213437654"));
    m_clock.advanceSeconds(60);
    QVERIFY(!m_store->requestedToday("498213437654"));
    QVERIFY(!m_store->requestedToday("48900555111"));
}

void KeyStoreTest::importKeepsApiDates()
{
    const QDateTime expires = UtcTime::fromDateAndTime(QDate(2026, 8, 29), QTime(23, 59, 59));
    QVERIFY(save([&](auto cb) {
                m_store->saveTestKey("498213437654", {"k1", {}, expires, "Active"}, this, cb);
            }).ok());
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Sandbox, "498213437654", "k2", this, cb);
            }).ok());
    QCOMPARE(m_store->entry(EnvironmentKind::Sandbox, "498213437654")->expiresAt, expires);
    QCOMPARE(read(EnvironmentKind::Sandbox, "498213437654").secret, QStringLiteral("k2"));
}

void KeyStoreTest::unavailableKeychainKeepsKeyForThisRun()
{
    m_secrets->simulateFailure(Status::Unavailable);
    const KeyStore::SaveResult saved =
        save([&](auto cb) { m_store->saveKey(EnvironmentKind::Production, {}, "memory-secret", this, cb); });
    QVERIFY(saved.ok());
    QVERIFY(saved.sessionOnly);
    QVERIFY2(saved.message.contains("forgotten when the program ends"), qPrintable(saved.message));
    QVERIFY(m_store->entry(EnvironmentKind::Production)->sessionOnly);
    QCOMPARE(m_store->entries(EnvironmentKind::Production).size(), 1);
    QCOMPARE(read(EnvironmentKind::Production, {}).secret, QStringLiteral("memory-secret"));
    // The settings file lists only keys that persist: the next run must not think it has this one.
    m_settings->sync();
    QVERIFY2(m_settings->allKeys().filter(QStringLiteral("keys/")).isEmpty(),
             qPrintable(m_settings->allKeys().join(' ')));
    KeyStore nextRun(m_secrets, m_settings, &m_clock);
    QVERIFY(!nextRun.entry(EnvironmentKind::Production).has_value());

    QVERIFY(save([&](auto cb) { m_store->forget(EnvironmentKind::Production, {}, this, cb); }).ok());
    QVERIFY(!m_store->entry(EnvironmentKind::Production).has_value());
}

void KeyStoreTest::lockedKeychainIsAnError()
{
    m_secrets->simulateFailure(Status::AccessDenied);
    const KeyStore::SaveResult saved =
        save([&](auto cb) { m_store->saveKey(EnvironmentKind::Production, {}, "secret", this, cb); });
    QCOMPARE(saved.status, Status::AccessDenied);
    QVERIFY(!saved.message.isEmpty());
    QVERIFY(!m_store->entry(EnvironmentKind::Production).has_value());
}

void KeyStoreTest::readMissingIsNotFound()
{
    const SecretResult result = read(EnvironmentKind::Sandbox, "498213437654");
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.message.isEmpty());
}

void KeyStoreTest::lastPhoneAndEnvironment()
{
    QVERIFY(!m_store->lastEnvironment().has_value());
    m_store->setLastEnvironment(EnvironmentKind::Production);
    m_store->setLastPhone("48900555111");
    KeyStore reopened(m_secrets, m_settings, &m_clock);
    QCOMPARE(reopened.lastEnvironment(), EnvironmentKind::Production);
    QCOMPARE(reopened.lastPhone(), QStringLiteral("48900555111"));

    // Forgetting another phone's key leaves the last phone; forgetting its own key forgets it too.
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Sandbox, "498213437654", "k1", this, cb);
            }).ok());
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Sandbox, "48900555111", "k2", this, cb);
            }).ok());
    QVERIFY(save([&](auto cb) { m_store->forget(EnvironmentKind::Sandbox, "498213437654", this, cb); }).ok());
    QCOMPARE(m_store->lastPhone(), QStringLiteral("48900555111"));
    QVERIFY(save([&](auto cb) { m_store->forget(EnvironmentKind::Sandbox, "48900555111", this, cb); }).ok());
    QVERIFY(m_store->lastPhone().isEmpty());
    QVERIFY(m_store->rememberedPhone().isEmpty());
}

void KeyStoreTest::namedProductionKeys()
{
    QVERIFY(
        save([&](auto cb) { m_store->saveProductionKey("Acme Sp. z o.o.", "acme-secret", this, cb); }).ok());
    QVERIFY(
        save([&](auto cb) { m_store->saveProductionKey("Globex GmbH", "globex-secret", this, cb); }).ok());
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Production, {}, "default-secret", this, cb);
            }).ok());

    const QList<KeyEntry> production = m_store->entries(EnvironmentKind::Production);
    QCOMPARE(production.size(), 3);
    QStringList labels;
    for (const KeyEntry& entry : production)
        labels.append(entry.label);
    labels.sort();
    QCOMPARE(labels, (QStringList{"Acme Sp. z o.o.", "Globex GmbH", "default"}));
    QCOMPARE(m_store->entry(EnvironmentKind::Production, "globex-gmbh")->label,
             QStringLiteral("Globex GmbH"));

    QCOMPARE(read(EnvironmentKind::Production, "acme-sp-z-o-o").secret, QStringLiteral("acme-secret"));
    QCOMPARE(read(EnvironmentKind::Production, "globex-gmbh").secret, QStringLiteral("globex-secret"));
    QCOMPARE(read(EnvironmentKind::Production, {}).secret, QStringLiteral("default-secret"));

    QCOMPARE(m_store->lastProductionKey(), QStringLiteral("default"));
    m_store->markUsed(EnvironmentKind::Production, "globex-gmbh");
    QCOMPARE(m_store->lastProductionKey(), QStringLiteral("globex-gmbh"));

    // Replacing a key keeps its label; forgetting one leaves the others.
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Production, "globex-gmbh", "g2", this, cb);
            }).ok());
    QCOMPARE(m_store->entry(EnvironmentKind::Production, "globex-gmbh")->label,
             QStringLiteral("Globex GmbH"));
    QVERIFY(
        save([&](auto cb) { m_store->forget(EnvironmentKind::Production, "acme-sp-z-o-o", this, cb); }).ok());
    QCOMPARE(m_store->entries(EnvironmentKind::Production).size(), 2);
    QCOMPARE(read(EnvironmentKind::Production, "globex-gmbh").secret, QStringLiteral("g2"));
}

void KeyStoreTest::differentLabelsNeverShareAnId()
{
    const QStringList labels = {
        QStringLiteral("ТОВ Альфа 2024"),
        QStringLiteral("ТОВ Бета 2024"),
        QStringLiteral("release/2026-q4-warehouse-integration-branch-a"),
        QStringLiteral("release/2026-q4-warehouse-integration-branch-b"),
        QStringLiteral("Łódź Sp. z o.o."),
        QStringLiteral("Łomża Sp. z o.o."),
        QStringLiteral("Müller & Söhne GmbH"),
        QStringLiteral("Muller & Sohne GmbH"),
        QStringLiteral("Нова Пошта"),
        QStringLiteral("Acme Sp. z o.o."),
    };
    QSet<QString> ids;
    for (const QString& label : labels) {
        const QString id = KeyStore::productionKeyId(label);
        QVERIFY2(QRegularExpression("^[a-z0-9-]{1,40}$").match(id).hasMatch(), qPrintable(id));
        ids.insert(id);
        QVERIFY2(
            save([&](auto cb) { m_store->saveProductionKey(label, "secret of " + label, this, cb); }).ok(),
            qPrintable(label));
    }
    QCOMPARE(ids.size(), labels.size());
    QCOMPARE(m_store->entries(EnvironmentKind::Production).size(), labels.size());
    // Each label still reaches its own key, by label and by id.
    for (const QString& label : labels) {
        const auto choice = m_store->productionKeyFor(label, false);
        QVERIFY(choice.clashingLabel.isEmpty());
        QCOMPARE(choice.id, KeyStore::productionKeyId(label));
        QCOMPARE(m_store->productionKeyFor(choice.id, false).id, choice.id);
        QCOMPARE(read(EnvironmentKind::Production, choice.id).secret, "secret of " + label);
        QCOMPARE(m_store->entry(EnvironmentKind::Production, choice.id)->label, label);
    }
    // Plain a-z labels keep their plain ids, so keys already stored under them are still found.
    QCOMPARE(KeyStore::productionKeyId("Acme Sp. z o.o."), QStringLiteral("acme-sp-z-o-o"));
    QCOMPARE(KeyStore::productionKeyId(QStringLiteral("Нова Пошта")).left(4), QStringLiteral("key-"));
}

void KeyStoreTest::confusableLabelIsRefused()
{
    QVERIFY(save([&](auto cb) { m_store->saveProductionKey("Acme", "acme-secret", this, cb); }).ok());
    for (const char* confusable : {"ACME!", " acme ", "A.C.M.E."}) {
        const KeyStore::SaveResult result =
            save([&](auto cb) { m_store->saveProductionKey(confusable, "other-secret", this, cb); });
        QVERIFY2(!result.ok(), confusable);
        QVERIFY2(result.message.contains("“Acme”"), qPrintable(result.message));
    }
    QCOMPARE(m_store->entries(EnvironmentKind::Production).size(), 1);
    QCOMPARE(read(EnvironmentKind::Production, "acme").secret, QStringLiteral("acme-secret"));
    QCOMPARE(m_store->productionKeyFor("ACME!", false).clashingLabel, QStringLiteral("Acme"));

    // A new label may not take a stored key's id either ("acme" here is Acme's id, not a new key).
    QVERIFY(save([&](auto cb) { m_store->saveProductionKey("ТОВ Альфа", "alfa-secret", this, cb); }).ok());
    const QString alfaId = KeyStore::productionKeyId(QStringLiteral("ТОВ Альфа"));
    QVERIFY(!save([&](auto cb) { m_store->saveProductionKey(alfaId, "x-secret", this, cb); }).ok());
    QCOMPARE(read(EnvironmentKind::Production, alfaId).secret, QStringLiteral("alfa-secret"));

    // The same label replaces its own key.
    QVERIFY(save([&](auto cb) { m_store->saveProductionKey(" Acme", "acme-secret-2", this, cb); }).ok());
    QCOMPARE(read(EnvironmentKind::Production, "acme").secret, QStringLiteral("acme-secret-2"));
}

void KeyStoreTest::unwritableSettingsStoreNothing()
{
    QVERIFY(save([&](auto cb) {
                m_store->saveKey(EnvironmentKind::Sandbox, "48900555111", "kept", this, cb);
            }).ok());
    // A settings path below a regular file can be created by nobody, not even root.
    QFile blocker(m_dir->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath("blocker/novapost-jwt/settings.ini"), QSettings::IniFormat);
    KeyStore store(m_secrets, &unwritable, &m_clock);

    KeyStore::SaveResult result =
        save([&](auto cb) { store.saveKey(EnvironmentKind::Sandbox, "48900555222", "lost", this, cb); });
    QVERIFY(!result.ok());
    QVERIFY(result.settingsUnwritable);
    QVERIFY2(result.message.contains(unwritable.fileName()), qPrintable(result.message));
    QCOMPARE(read(EnvironmentKind::Sandbox, "48900555222").status, Status::NotFound);

    result = save([&](auto cb) { store.forget(EnvironmentKind::Sandbox, "48900555111", this, cb); });
    QVERIFY(result.settingsUnwritable);
    QCOMPARE(read(EnvironmentKind::Sandbox, "48900555111").secret, QStringLiteral("kept"));
}

void KeyStoreTest::settingsFailingAfterTheWriteLeaveTheKeychainAsItWas()
{
    const QString folder = m_dir->filePath("config");
    QSettings settings(folder + "/settings.ini", QSettings::IniFormat);
    KeyStore store(m_secrets, &settings, &m_clock);
    QVERIFY(save([&](auto cb) {
                store.saveKey(EnvironmentKind::Sandbox, "48900555111", "previous", this, cb);
            }).ok());
    const auto secretOf = [this](const QString& name) {
        std::optional<SecretResult> result;
        m_secrets->readSecret(name, this, [&](const SecretResult& r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 5000)
                   ? *result
                   : SecretResult{Status::Failed, {}, QStringLiteral("no answer")};
    };
    // The settings file passes the check before the keychain is written, then cannot be written:
    // its folder becomes a regular file, which not even root can write into.
    const auto saveWhileTheFolderGoes = [&](const QString& phone, const QString& apiKey) {
        std::optional<KeyStore::SaveResult> result;
        store.saveKey(EnvironmentKind::Sandbox, phone, apiKey, this,
                      [&](const KeyStore::SaveResult& r) { result = r; });
        QDir(folder).removeRecursively();
        QFile blocker(folder);
        blocker.open(QIODevice::WriteOnly);
        return QTest::qWaitFor([&] { return result.has_value(); }, 5000)
                   ? *result
                   : KeyStore::SaveResult{Status::Failed, false, QStringLiteral("no answer")};
    };

    // A key replaced: the keychain gets the previous one back.
    KeyStore::SaveResult result = saveWhileTheFolderGoes("48900555111", "replacement");
    QVERIFY(!result.ok());
    QVERIFY(result.settingsUnwritable);
    QVERIFY2(result.message.contains(settings.fileName()), qPrintable(result.message));
    QCOMPARE(secretOf(KeyStore::secretName(EnvironmentKind::Sandbox, "48900555111")).secret,
             QStringLiteral("previous"));
    QVERIFY(store.entry(EnvironmentKind::Sandbox, "48900555111").has_value());

    // A new key: the keychain does not keep what the settings cannot list.
    QFile::remove(folder);
    QVERIFY(QDir().mkpath(folder));
    result = saveWhileTheFolderGoes("48900555222", "unlisted");
    QVERIFY(!result.ok());
    QVERIFY(result.settingsUnwritable);
    QCOMPARE(secretOf(KeyStore::secretName(EnvironmentKind::Sandbox, "48900555222")).status,
             Status::NotFound);
    QVERIFY(!store.entry(EnvironmentKind::Sandbox, "48900555222").has_value());
    QFile::remove(folder);
}

QTEST_GUILESS_MAIN(KeyStoreTest)
#include "tst_keystore.moc"
