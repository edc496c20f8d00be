// SPDX-License-Identifier: MIT
#include "TokenCache.h"

#include "AppSettings.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTimer>

namespace novapost {

namespace {

const QString IndexGroup = QStringLiteral("tokenCache");

QString indexKey(const QString& name, const char* field)
{
    return IndexGroup + QLatin1Char('/') + name + QLatin1Char('/') + QLatin1String(field);
}

} // namespace

TokenCache::TokenCache(SecretStore* secrets, QSettings* settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_clock(clock)
{}

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

void TokenCache::forgetEntry(const QString& name)
{
    // The index entry goes only once the token is gone, so a failed delete is retried next time.
    m_secrets->removeSecret(name, this, [this, name](const SecretResult& result) {
        if (result.ok() || result.status == SecretResult::Status::NotFound) {
            m_settings->remove(IndexGroup + QLatin1Char('/') + name);
            m_settings->sync();
        }
    });
}

void TokenCache::purgeExpired()
{
    m_settings->beginGroup(IndexGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    const QDateTime now = m_clock->now();
    for (const QString& name : names) {
        const QDateTime expiresAt =
            QDateTime::fromString(m_settings->value(indexKey(name, "expiresAt")).toString(), Qt::ISODate);
        const qint64 offset = m_settings->value(indexKey(name, "clockOffset")).toLongLong();
        if (!expiresAt.isValid() || now.addSecs(offset) >= expiresAt)
            forgetEntry(name);
    }
    m_settings->sync();
}

void TokenCache::lookup(const Environment& environment, const QString& apiKey, qint64 minimumSecondsLeft,
                        QObject* context, LookupCallback callback)
{
    purgeExpired();
    const QString name = entryName(environment, apiKey);
    if (!m_settings->contains(indexKey(name, "expiresAt"))) {
        // Answer on the event loop like every other path, so callers see one behaviour.
        QTimer::singleShot(0, context, [callback] { callback(std::nullopt); });
        return;
    }
    const qint64 offset = m_settings->value(indexKey(name, "clockOffset")).toLongLong();
    m_secrets->readSecret(name, context, [=, this](const SecretResult& result) {
        if (!result.ok())
            return callback(std::nullopt);
        CachedToken cached{JwtToken::decode(result.secret), offset};
        const auto left = secondsLeft(cached);
        if (!cached.token.isValid() || !left) {
            forgetEntry(name);
            return callback(std::nullopt);
        }
        callback(*left >= minimumSecondsLeft ? std::optional<CachedToken>(cached) : std::nullopt);
    });
}

void TokenCache::store(const Environment& environment, const QString& apiKey, const CachedToken& cached,
                       QObject* context, DoneCallback callback)
{
    const auto left = secondsLeft(cached);
    if (!left || *left <= 0) {
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
        if (!result.ok())
            return done(false);
        m_settings->setValue(indexKey(name, "expiresAt"), expiresAt.toUTC().toString(Qt::ISODate));
        m_settings->setValue(indexKey(name, "clockOffset"), cached.clockOffsetSeconds);
        if (AppSettings::syncProblem(*m_settings).isEmpty())
            return done(true);
        m_secrets->removeSecret(name, this, [](const SecretResult&) {});
        done(false);
    });
}

} // namespace novapost
