// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "Environment.h"
#include "TokenCache.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QSettings;

namespace novapost {

class ApiClient;
class ApiReply;
class TokenRequestLock;

/**
 * @brief The core's token flow: one JWT for one apiKey, fetched once and shared through the cache.
 *
 * Used alike by the CLI and the window: look in the cache; on a miss take the key's
 * TokenRequestLock (another process may be asking for this key right now), look again once it is
 * ours, ask Nova Post only if still nothing is there, cache the new token, then release the lock.
 * One object per operation: it owns its lock, so a late answer of one operation can never release
 * another's. It deletes itself after its last signal; cancel() or destroying it releases the lock.
 */
class TokenFetch : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /** False: ask Nova Post even when a cached token would do (the token is still cached). */
        bool useCache = true;
        /** A cached token must live at least this long to be used. */
        qint64 minimumSecondsLeft = 0;
        /** The apiKey was just read from the keychain, which therefore answers. */
        bool keyFromKeychain = true;
        /** Fail with cacheUnwritable() rather than mint a token that cannot be cached. */
        bool refuseUncacheable = false;
    };

    /**
     * None of the pointers is owned; @p cache and @p settings may be null (then nothing is cached
     * or shared).
     */
    TokenFetch(ApiClient* api, TokenCache* cache, QSettings* settings, QObject* parent = nullptr);
    ~TokenFetch() override;

    void start(const Environment& environment, const QString& apiKey, const Options& options);
    /**
     * Stops this fetch and releases its lock. A request already sent is cancelled and reported by
     * failed(); otherwise nothing more is reported.
     */
    void cancel();
    /** A request to Nova Post is under way (cancel() then ends in failed()). */
    bool isRequesting() const { return !m_reply.isNull(); }

signals:
    /** A cached token will do; the end of this fetch. */
    void cachedToken(const TokenCache::CachedToken& cached);
    /** Nova Post gave a new token; tokenShared() follows once it is cached. */
    void freshToken(const TokenCache::CachedToken& received);
    /** The fresh token is cached (or could not be) and the lock released; the end of this fetch. */
    void tokenShared();
    /** Nova Post refused or could not be reached, or the request was cancelled; the end. */
    void failed(const ApiError& error);
    /** With Options::refuseUncacheable: the settings file cannot be written; nothing was asked. */
    void cacheUnwritable(const QString& problem);

private:
    void whenCacheUsable(std::function<void(bool usable)> then);
    bool cacheWritable();
    void requestOnce();
    void request();
    void end();

    ApiClient* m_api;
    QPointer<TokenCache> m_cache;
    QSettings* m_settings;
    Environment m_environment;
    QString m_apiKey;
    Options m_options;
    TokenRequestLock* m_lock = nullptr;
    QPointer<ApiReply> m_reply;
    bool m_ended = false;
};

} // namespace novapost
