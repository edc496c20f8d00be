// SPDX-License-Identifier: MIT
#include "TokenFetch.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "AppSettings.h"
#include "TokenRequestLock.h"

#include <QSettings>

namespace novapost {

TokenFetch::TokenFetch(ApiClient* api, TokenCache* cache, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_settings(settings)
{}

TokenFetch::~TokenFetch()
{
    // The lock is a child, so it is released too. A request still running reports to nobody.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
}

void TokenFetch::start(const Environment& environment, const QString& apiKey, const Options& options)
{
    m_environment = environment;
    m_apiKey = apiKey;
    m_options = options;
    if (!m_cache)
        return request();
    if (!m_options.useCache) {
        return whenCacheUsable([this](bool usable) {
            if (!usable || cacheWritable())
                request();
        });
    }
    m_cache->lookup(m_environment, m_apiKey, m_options.minimumSecondsLeft, this,
                    [this](const std::optional<TokenCache::CachedToken>& cached) {
                        if (m_ended)
                            return;
                        if (!cached)
                            return requestOnce();
                        emit cachedToken(*cached);
                        end();
                    });
}

void TokenFetch::whenCacheUsable(std::function<void(bool usable)> then)
{
    // A key read from the keychain proves it answers; a key from elsewhere says nothing about it.
    if (m_options.keyFromKeychain)
        return then(true);
    m_cache->checkKeychain(m_environment, m_apiKey, this, [this, then](bool usable) {
        if (!m_ended)
            then(usable);
    });
}

bool TokenFetch::cacheWritable()
{
    if (!m_options.refuseUncacheable || !m_settings)
        return true;
    // A token that cannot be cached would be minted again by every run.
    const QString problem = AppSettings::writeProblem(*m_settings);
    if (problem.isEmpty())
        return true;
    emit cacheUnwritable(problem);
    end();
    return false;
}

void TokenFetch::requestOnce()
{
    whenCacheUsable([this](bool usable) {
        // Without a keychain there is no cache to share a token through: nothing to wait for.
        if (!usable || !m_settings)
            return request();
        if (!cacheWritable())
            return;
        // Another window or CLI run may be asking for this key right now: wait for its token.
        m_lock = new TokenRequestLock(*m_settings, TokenCache::entryName(m_environment, m_apiKey), this);
        m_lock->acquire(m_api->timeoutMs(), this, [this](bool) {
            if (m_ended)
                return;
            m_settings->sync(); // whoever held the lock may have cached a token: the file changed
            m_cache->lookup(m_environment, m_apiKey, m_options.minimumSecondsLeft, this,
                            [this](const std::optional<TokenCache::CachedToken>& cached) {
                                if (m_ended)
                                    return;
                                if (!cached)
                                    return request(); // the lock is held until the token is cached
                                m_lock->release();
                                emit cachedToken(*cached);
                                end();
                            });
        });
    });
}

void TokenFetch::request()
{
    ApiReply* reply = m_api->requestJwt(m_environment, m_apiKey);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (!reply->succeeded()) {
            if (m_lock)
                m_lock->release();
            emit failed(reply->error());
            return end();
        }
        const TokenCache::CachedToken received{reply->token(), reply->significantClockOffsetSeconds()};
        emit freshToken(received);
        if (m_ended)
            return;
        if (!m_cache) {
            emit tokenShared();
            return end();
        }
        // Only once it is cached may the others waiting for this key look in the cache.
        m_cache->store(m_environment, m_apiKey, received, this, [this](bool) {
            if (m_ended)
                return;
            if (m_lock)
                m_lock->release();
            emit tokenShared();
            end();
        });
    });
}

void TokenFetch::cancel()
{
    if (m_reply)
        return m_reply->cancel(); // finished() follows and reports the cancellation
    if (m_lock)
        m_lock->release();
    end();
}

void TokenFetch::end()
{
    if (m_ended)
        return;
    m_ended = true;
    deleteLater();
}

} // namespace novapost
