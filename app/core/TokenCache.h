// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Environment.h"
#include "JwtToken.h"
#include "SecretStore.h"

#include <QObject>

#include <functional>
#include <optional>

class QSettings;
class QTimer;

namespace novapost {

/**
 * @brief JWTs kept in the keychain until their `exp`, never beyond, shared by the window and the CLI.
 *
 * The API may limit live tokens per account, so scripts calling `token` in a loop must not mint a
 * new one each time. Entries are keyed by server and apiKey (hashed: the name is not secret); an
 * index of names, expiry times and key digests (not secret either) lets expired tokens be purged
 * when seen, at their expiry while a process runs, and together with their apiKey.
 */
class TokenCache : public QObject
{
    Q_OBJECT

public:
    struct CachedToken
    {
        JwtToken token;
        /** Server time minus local time when the token was received. */
        qint64 clockOffsetSeconds = 0;
    };
    using LookupCallback = std::function<void(const std::optional<CachedToken>&)>;
    using DoneCallback = std::function<void(bool stored)>;

    /** None of the pointers is owned. */
    TokenCache(SecretStore* secrets, QSettings* settings, const Clock* clock, QObject* parent = nullptr);

    static QString entryName(const Environment& environment, const QString& apiKey);

    /** A cached token with at least @p minimumSecondsLeft to live, after purging expired ones. */
    void lookup(const Environment& environment, const QString& apiKey, qint64 minimumSecondsLeft,
                QObject* context, LookupCallback callback);
    /** Caches @p token until its exp; tokens without a usable exp are not cached. */
    void store(const Environment& environment, const QString& apiKey, const CachedToken& token,
               QObject* context, DoneCallback callback);
    /**
     * Removes entries whose exp has passed, a few keychain deletes at a time; while this object
     * lives the rest follow in the background, and later ones at their expiry.
     */
    void purgeExpired();
    /**
     * Whether the cache can be used with @p apiKey: its keychain entry is readable or absent.
     * False at once when the keychain failed earlier in this run; a silent keychain is then skipped
     * by store() too, so it is waited for once only.
     */
    void checkKeychain(const Environment& environment, const QString& apiKey, QObject* context,
                       DoneCallback callback);
    /** Removes every token obtained with @p apiKey; @p callback tells whether all are gone. */
    void forgetKey(const QString& apiKey, QObject* context, DoneCallback callback);

    /** The keychain was locked, missing or silent at the last call: the cache is being skipped. */
    bool keychainFailed() const { return m_keychainFailed; }

    /** Seconds left for @p token by the server's clock. */
    std::optional<qint64> secondsLeft(const CachedToken& token) const;

signals:
    /** The keychain is locked or not answering, so the cache is skipped; said once per object. */
    void cacheSkipped(const QString& reason);

private:
    void forgetEntry(const QString& name, DoneCallback done = {});
    QStringList indexNames() const;
    std::optional<qint64> msUntilExpiry(const QString& name) const;
    void scheduleNextExpiry();
    void noteKeychainResult(const SecretResult& result);

    SecretStore* m_secrets;
    QSettings* m_settings;
    const Clock* m_clock;
    QTimer* m_expiryTimer;
    bool m_purging = false;
    /** Look-up answers held until the purge batch under way has ended. */
    QList<std::function<void()>> m_afterPurgeBatch;
    bool m_keychainSilent = false;
    bool m_keychainFailed = false;
    bool m_skipNoted = false;
};

} // namespace novapost
