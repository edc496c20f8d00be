// SPDX-License-Identifier: MIT
#include "TokenCache.h"

#include "AppSettings.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <utility>

namespace novapost {

namespace {

const QString IndexGroup = QStringLiteral("tokenCache");

// Each delete is a keychain round trip: a long backlog drains a few at a time, never in one go.
constexpr int PurgeBatchSize = 4;
// Timers take milliseconds as an int; far expiry times are rechecked when this one fires.
constexpr qint64 MaximumTimerMs = 24LL * 3600 * 1000;

QString indexKey(const QString& name, const char* field)
{
    return IndexGroup + QLatin1Char('/') + name + QLatin1Char('/') + QLatin1String(field);
}

/** Ties cache entries to their apiKey without keeping it, so forgetting the key finds its tokens. */
QString keyDigest(const QString& apiKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("novapost-jwt token owner\n"));
    hash.addData(apiKey.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(24));
}

bool keychainUnusable(SecretResult::Status status)
{
    return status == SecretResult::Status::Unavailable || status == SecretResult::Status::AccessDenied ||
           status == SecretResult::Status::TimedOut;
}

} // namespace

TokenCache::TokenCache(SecretStore* secrets, QSettings* settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_clock(clock)
    , m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, &TokenCache::purgeExpired);
    // Not in the constructor's caller's way: the index is read once the event loop runs.
    QTimer::singleShot(0, this, &TokenCache::scheduleNextExpiry);
}

QString TokenCache::entryName(const Environment& environment, const QString& apiKey)
{
    // The server is part of the name so a test server's token is never served for the real one.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(environment.baseUrl().toEncoded());
    hash.addData(QByteArrayView("\n"));
    hash.addData(apiKey.toUtf8());
    return QStringLiteral("jwt-%1-%2")
        .arg(environment.id(), QString::fromLatin1(hash.result().toHex().left(24)));
}

std::optional<qint64> TokenCache::secondsLeft(const CachedToken& cached) const
{
    return cached.token.secondsRemaining(m_clock->now().addSecs(cached.clockOffsetSeconds));
}

QStringList TokenCache::indexNames() const
{
    m_settings->beginGroup(IndexGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    return names;
}

std::optional<qint64> TokenCache::msUntilExpiry(const QString& name) const
{
    const QDateTime expiresAt =
        QDateTime::fromString(m_settings->value(indexKey(name, "expiresAt")).toString(), Qt::ISODate);
    if (!expiresAt.isValid())
        return std::nullopt;
    const qint64 offset = m_settings->value(indexKey(name, "clockOffset")).toLongLong();
    return m_clock->now().addSecs(offset).msecsTo(expiresAt);
}

void TokenCache::noteKeychainResult(const SecretResult& result)
{
    if (result.ok()) {
        m_keychainSilent = m_keychainFailed = false; // unlocked or woken up since: cache again
        return;
    }
    if (!keychainUnusable(result.status))
        return;
    m_keychainFailed = true;
    // No keychain at all is a set-up (a CI job): caching quietly stays off. A keychain that is
    // there but locked or silent is worth a word, once.
    if (result.status != SecretResult::Status::Unavailable && !m_skipNoted) {
        m_skipNoted = true;
        emit cacheSkipped(result.message);
    }
    m_keychainSilent = result.status == SecretResult::Status::TimedOut;
}

void TokenCache::forgetEntry(const QString& name, DoneCallback done)
{
    // The index entry goes only once the token is gone, so a failed delete is retried next time.
    // No sync per entry: QSettings writes the file once, later (event loop or destruction).
    m_secrets->removeSecret(name, this, [this, name, done](const SecretResult& result) {
        const bool gone = result.ok() || result.status == SecretResult::Status::NotFound;
        if (gone)
            m_settings->remove(IndexGroup + QLatin1Char('/') + name);
        if (done)
            done(gone);
    });
}

void TokenCache::purgeExpired()
{
    if (m_purging)
        return; // the batch under way goes on with the next one when it ends
    QStringList expired;
    for (const QString& name : indexNames()) {
        const auto left = msUntilExpiry(name);
        if (!left || *left <= 0)
            expired.append(name);
        if (expired.size() == PurgeBatchSize)
            break;
    }
    if (expired.isEmpty())
        return scheduleNextExpiry();
    m_purging = true;
    auto pending = std::make_shared<int>(int(expired.size()));
    auto allGone = std::make_shared<bool>(true);
    for (const QString& name : expired) {
        forgetEntry(name, [this, pending, allGone](bool gone) {
            *allGone = *allGone && gone;
            if (--*pending > 0)
                return;
            m_purging = false;
            for (const auto& waiting : std::exchange(m_afterPurgeBatch, {}))
                waiting();
            // While deletes work, the rest follows in the background; a failing keychain waits
            // for the next run or the next expiry.
            if (*allGone)
                QTimer::singleShot(0, this, &TokenCache::purgeExpired);
            else
                scheduleNextExpiry();
        });
    }
}

void TokenCache::scheduleNextExpiry()
{
    std::optional<qint64> soonest;
    for (const QString& name : indexNames()) {
        if (const auto left = msUntilExpiry(name); left && *left > 0)
            soonest = soonest ? qMin(*soonest, *left) : *left;
    }
    if (soonest)
        m_expiryTimer->start(int(qMin(*soonest + 500, MaximumTimerMs)));
    else
        m_expiryTimer->stop();
}

void TokenCache::lookup(const Environment& environment, const QString& apiKey, qint64 minimumSecondsLeft,
                        QObject* context, LookupCallback callback)
{
    purgeExpired();
    // The answer waits for the purge batch under way: a CLI run ends right after it, and a
    // backlog must shrink by a batch per run even when the rest of the run is quick.
    const LookupCallback guarded = whileAlive(context, std::move(callback));
    const LookupCallback callbackAfterPurge = [this, guarded](const std::optional<CachedToken>& found) {
        if (!m_purging)
            return guarded(found);
        m_afterPurgeBatch.append([guarded, found] { guarded(found); });
    };
    const QString name = entryName(environment, apiKey);
    if (!m_settings->contains(indexKey(name, "expiresAt"))) {
        // Answer on the event loop like every other path, so callers see one behaviour.
        QTimer::singleShot(0, context, [callbackAfterPurge] { callbackAfterPurge(std::nullopt); });
        return;
    }
    if (m_keychainSilent) {
        // It did not answer a moment ago; waiting for it once per run is enough.
        QTimer::singleShot(0, context, [callbackAfterPurge] { callbackAfterPurge(std::nullopt); });
        return;
    }
    const qint64 offset = m_settings->value(indexKey(name, "clockOffset")).toLongLong();
    m_secrets->readSecret(name, context, [=, this](const SecretResult& result) {
        noteKeychainResult(result);
        if (!result.ok())
            return callbackAfterPurge(std::nullopt);
        CachedToken cached{JwtToken::decode(result.secret), offset};
        const auto left = secondsLeft(cached);
        if (!cached.token.isValid() || !left) {
            forgetEntry(name);
            return callbackAfterPurge(std::nullopt);
        }
        callbackAfterPurge(*left >= minimumSecondsLeft ? std::optional<CachedToken>(cached) : std::nullopt);
    });
}

void TokenCache::store(const Environment& environment, const QString& apiKey, const CachedToken& cached,
                       QObject* context, DoneCallback callback)
{
    const auto left = secondsLeft(cached);
    if (!left || *left <= 0 || m_keychainSilent) {
        // Also skipped while the keychain does not answer: waiting for it again helps nobody.
        QTimer::singleShot(0, context, [callback] { callback(false); });
        return;
    }
    // Without its index entry a token would stay in the keychain, unseen and never purged.
    if (!AppSettings::writeProblem(*m_settings).isEmpty()) {
        QTimer::singleShot(0, context, [callback] { callback(false); });
        return;
    }
    const QString name = entryName(environment, apiKey);
    const QDateTime expiresAt = *cached.token.expiresAt();
    const DoneCallback done = whileAlive(context, std::move(callback));
    m_secrets->writeSecret(name, cached.token.raw(), this, [=, this](const SecretResult& result) {
        noteKeychainResult(result);
        if (!result.ok())
            return done(false);
        m_settings->setValue(indexKey(name, "expiresAt"), expiresAt.toUTC().toString(Qt::ISODate));
        m_settings->setValue(indexKey(name, "clockOffset"), cached.clockOffsetSeconds);
        m_settings->setValue(indexKey(name, "key"), keyDigest(apiKey));
        if (AppSettings::syncProblem(*m_settings).isEmpty()) {
            scheduleNextExpiry();
            return done(true);
        }
        m_secrets->removeSecret(name, this, [](const SecretResult&) {});
        done(false);
    });
}

void TokenCache::checkKeychain(const Environment& environment, const QString& apiKey, QObject* context,
                               DoneCallback callback)
{
    const DoneCallback done = whileAlive(context, std::move(callback));
    if (m_keychainFailed) {
        QTimer::singleShot(0, this, [done] { done(false); });
        return;
    }
    m_secrets->readSecret(entryName(environment, apiKey), this, [this, done](const SecretResult& result) {
        noteKeychainResult(result);
        done(result.ok() || result.status == SecretResult::Status::NotFound);
    });
}

void TokenCache::forgetKey(const QString& apiKey, QObject* context, DoneCallback callback)
{
    const QString digest = keyDigest(apiKey);
    QStringList owned;
    for (const QString& name : indexNames()) {
        if (m_settings->value(indexKey(name, "key")).toString() == digest)
            owned.append(name);
    }
    const DoneCallback done = whileAlive(context, std::move(callback));
    if (owned.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(true); });
        return;
    }
    auto pending = std::make_shared<int>(int(owned.size()));
    auto allGone = std::make_shared<bool>(true);
    for (const QString& name : owned) {
        forgetEntry(name, [this, pending, allGone, done](bool gone) {
            *allGone = *allGone && gone;
            if (--*pending > 0)
                return;
            m_settings->sync();
            done(*allGone);
        });
    }
}

} // namespace novapost
