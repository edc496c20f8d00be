// SPDX-License-Identifier: MIT
// TokenCache over the in-memory store; tst_keychain repeats the important flows for real.
#include "FakeNovaPostServer.h"
#include "MemorySecretStore.h"
#include "TokenCache.h"
#include "TokenRequestLock.h"
#include "UtcTime.h"

#include <QDateTime>
#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace novapost;
using novapost::test::FakeNovaPostServer;

class TokenCacheTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hitUntilMinimumTtl();
    void expiredEntriesArePurged();
    void keyedByServerAndKey();
    void tokenWithoutExpiryIsNotCached();
    void serverClockOffsetCounts();
    void unavailableKeychainMeansNoCache();
    void indexHoldsNoToken();
    void unwritableSettingsMeanNoCache();
    void requestLockOfALiveHolderOutlastsTheWait();

private:
    std::optional<TokenCache::CachedToken> lookup(const QString& apiKey, qint64 minimumSecondsLeft,
                                                  const Environment& environment);
    bool store(const QString& apiKey, const TokenCache::CachedToken& token, const Environment& environment);
    JwtToken tokenLiving(qint64 seconds) const;

    QTemporaryDir* m_dir = nullptr;
    QSettings* m_settings = nullptr;
    MemorySecretStore* m_secrets = nullptr;
    ManualClock m_clock;
    TokenCache* m_cache = nullptr;
    Environment m_sandbox{EnvironmentKind::Sandbox};
};

void TokenCacheTest::init()
{
    m_clock.setNow(UtcTime::fromDateAndTime(QDate(2026, 11, 28), QTime(10, 0)));
    m_dir = new QTemporaryDir;
    m_settings = new QSettings(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    m_secrets = new MemorySecretStore;
    m_cache = new TokenCache(m_secrets, m_settings, &m_clock);
}

void TokenCacheTest::cleanup()
{
    delete m_cache;
    delete m_secrets;
    delete m_settings;
    delete m_dir;
}

JwtToken TokenCacheTest::tokenLiving(qint64 seconds) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    return JwtToken::decode(FakeNovaPostServer::makeJwt(now, now + seconds));
}

std::optional<TokenCache::CachedToken>
TokenCacheTest::lookup(const QString& apiKey, qint64 minimumSecondsLeft, const Environment& environment)
{
    bool answered = false;
    std::optional<TokenCache::CachedToken> found;
    m_cache->lookup(environment, apiKey, minimumSecondsLeft, this, [&](const auto& result) {
        found = result;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        qWarning("no answer");
    return found;
}

bool TokenCacheTest::store(const QString& apiKey, const TokenCache::CachedToken& token,
                           const Environment& environment)
{
    std::optional<bool> stored;
    m_cache->store(environment, apiKey, token, this, [&](bool ok) { stored = ok; });
    if (!QTest::qWaitFor([&] { return stored.has_value(); }, 5000))
        return false;
    return *stored;
}

void TokenCacheTest::hitUntilMinimumTtl()
{
    const JwtToken token = tokenLiving(3600);
    QVERIFY(!lookup("key", 300, m_sandbox));
    QVERIFY(store("key", {token, 0}, m_sandbox));
    auto hit = lookup("key", 300, m_sandbox);
    QVERIFY(hit.has_value());
    QCOMPARE(hit->token.raw(), token.raw());
    QCOMPARE(*m_cache->secondsLeft(*hit), 3600);

    m_clock.advanceSeconds(3600 - 300); // exactly five minutes left: still good enough
    QVERIFY(lookup("key", 300, m_sandbox).has_value());
    m_clock.advanceSeconds(1);
    QVERIFY(!lookup("key", 300, m_sandbox).has_value());
    QVERIFY(lookup("key", 0, m_sandbox).has_value()); // still alive, just not long enough above
}

void TokenCacheTest::expiredEntriesArePurged()
{
    QVERIFY(store("key", {tokenLiving(60), 0}, m_sandbox));
    const QString name = TokenCache::entryName(m_sandbox, "key");
    QVERIFY(m_settings->contains("tokenCache/" + name + "/expiresAt"));
    m_clock.advanceSeconds(60);
    QVERIFY(!lookup("other-key", 0, m_sandbox).has_value()); // any look-up purges
    QVERIFY(!m_settings->contains("tokenCache/" + name + "/expiresAt"));

    bool gone = false;
    m_secrets->readSecret(name, this,
                          [&](const SecretResult& r) { gone = r.status == SecretResult::Status::NotFound; });
    QTRY_VERIFY(gone);
}

void TokenCacheTest::keyedByServerAndKey()
{
    Environment testServer(EnvironmentKind::Sandbox);
    QString error;
    testServer.setBaseUrlOverride(Environment::normalizedBaseUrl("http://127.0.0.1:9/v.1.0/", &error));
    QVERIFY(store("key", {tokenLiving(3600), 0}, testServer));
    QVERIFY(!lookup("key", 0, m_sandbox).has_value());
    QVERIFY(!lookup("key", 0, Environment(EnvironmentKind::Production)).has_value());
    QVERIFY(!lookup("key2", 0, testServer).has_value());
    QVERIFY(lookup("key", 0, testServer).has_value());
    QVERIFY(TokenCache::entryName(m_sandbox, "key") != TokenCache::entryName(testServer, "key"));
    QVERIFY(!TokenCache::entryName(m_sandbox, "key").contains("key"));
}

void TokenCacheTest::tokenWithoutExpiryIsNotCached()
{
    const JwtToken noExp = JwtToken::decode(FakeNovaPostServer::makeJwt(QJsonObject{{"iss", "np"}}));
    QVERIFY(noExp.isValid());
    QVERIFY(!store("key", {noExp, 0}, m_sandbox));
    QVERIFY(!lookup("key", 0, m_sandbox).has_value());
}

void TokenCacheTest::serverClockOffsetCounts()
{
    // The local clock is 10 minutes behind the server: the token has 10 minutes less than it seems.
    QVERIFY(store("key", {tokenLiving(3600 + 600), 600}, m_sandbox));
    auto hit = lookup("key", 0, m_sandbox);
    QVERIFY(hit.has_value());
    QCOMPARE(hit->clockOffsetSeconds, 600);
    QCOMPARE(*m_cache->secondsLeft(*hit), 3600);
}

void TokenCacheTest::unavailableKeychainMeansNoCache()
{
    m_secrets->simulateFailure(SecretResult::Status::Unavailable);
    QVERIFY(!store("key", {tokenLiving(3600), 0}, m_sandbox));
    QVERIFY(!lookup("key", 0, m_sandbox).has_value());
    m_settings->sync();
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TokenCacheTest::indexHoldsNoToken()
{
    const JwtToken token = tokenLiving(3600);
    QVERIFY(store("secret-api-key", {token, 0}, m_sandbox));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("expiresAt"));
    QVERIFY(!contents.contains(token.raw().toLatin1()));
    QVERIFY(!contents.contains(token.raw().section('.', 1, 1).toLatin1()));
    QVERIFY(!contents.contains("secret-api-key"));
}

void TokenCacheTest::unwritableSettingsMeanNoCache()
{
    // A settings path below a regular file can be created by nobody, not even root.
    QFile blocker(m_dir->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath("blocker/novapost-jwt.ini"), QSettings::IniFormat);
    TokenCache cache(m_secrets, &unwritable, &m_clock);
    std::optional<bool> stored;
    cache.store(m_sandbox, "key", {tokenLiving(3600), 0}, this, [&](bool ok) { stored = ok; });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 5000));
    QVERIFY(!*stored);
    // No token was left in the keychain without the index that would purge it.
    std::optional<SecretResult> read;
    m_secrets->readSecret(TokenCache::entryName(m_sandbox, "key"), this,
                          [&](const SecretResult& r) { read = r; });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 5000));
    QCOMPARE(read->status, SecretResult::Status::NotFound);
}

void TokenCacheTest::requestLockOfALiveHolderOutlastsTheWait()
{
    // QLockFile also locks the file natively, which keeps a live holder's file where that works;
    // where it does not (some network or FUSE file systems), only the age protects a holder still
    // at work. A lock file without a native lock that names this live process stands for one.
    QByteArray liveHolder;
    {
        QLockFile model(m_dir->filePath(QStringLiteral("model.lock")));
        QVERIFY(model.tryLock());
        QFile modelFile(m_dir->filePath(QStringLiteral("model.lock")));
        QVERIFY(modelFile.open(QIODevice::ReadOnly));
        liveHolder = modelFile.readAll();
    }
    constexpr int TimeoutMs = 1000;
    QCOMPARE(TokenRequestLock::staleMs(TimeoutMs), 3 * TimeoutMs + TokenRequestLock::WaitMarginMs);
    TokenRequestLock waiter(*m_settings, QStringLiteral("jwt-sandbox-lock-test"));
    const auto holderAtWorkFor = [&](qint64 ms) {
        QFile file(waiter.fileName());
        // Flushed first: a write at close() would make the file new again.
        return file.open(QIODevice::WriteOnly) && file.write(liveHolder) == liveHolder.size() &&
               file.flush() &&
               file.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-ms),
                                QFileDevice::FileModificationTime);
    };
    // Longer than a waiter waits, shorter than a keychain read, the request and a keychain write.
    QVERIFY(holderAtWorkFor(TokenRequestLock::waitMs(TimeoutMs) + 1000));
    std::optional<bool> got;
    waiter.acquire(TimeoutMs, this, [&](bool locked) { got = locked; });
    QTest::qWait(300);
    QVERIFY2(!got.has_value(), "a live holder's lock was taken over");
    // Past all three time-outs and the margin the holder hangs: the lock is taken over.
    QVERIFY(holderAtWorkFor(TokenRequestLock::staleMs(TimeoutMs) + 1000));
    QTRY_VERIFY(got.has_value());
    QVERIFY(*got);
}

QTEST_GUILESS_MAIN(TokenCacheTest)
#include "tst_tokencache.moc"
