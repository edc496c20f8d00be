// SPDX-License-Identifier: MIT
#include "TokenOperation.h"

#include "ApiReply.h"
#include "Clock.h"
#include "KeyStore.h"
#include "TokenCache.h"
#include "TokenFetch.h"

#include <QTimer>

namespace novapost {

TokenOperation::TokenOperation(ApiClient* api, KeyStore* keys, TokenCache* cache, QSettings* settings,
                               const Clock* clock, TokenRequest request, QObject* parent)
    : OneShotOperation(parent)
    , m_api(api)
    , m_keys(keys)
    , m_cache(cache)
    , m_settings(settings)
    , m_clock(clock)
    , m_request(std::move(request))
{
    // Queued, so that the caller can connect first and every outcome comes from the event loop.
    QTimer::singleShot(0, this, &TokenOperation::start);
}

void TokenOperation::start()
{
    if (isConcluded())
        return;
    if (m_request.apiKey)
        return fetch(*m_request.apiKey, false);
    const EnvironmentKind kind = m_request.environment.kind();
    m_keys->readKey(kind, m_request.account, this, [this](const SecretResult& read) {
        if (isConcluded())
            return; // cancelled while the keychain was answering
        if (!read.ok()) {
            if (claimOutcome())
                emit keyProblem(read);
            return finish();
        }
        fetch(read.secret, true);
    });
}

void TokenOperation::fetch(const QString& apiKey, bool fromKeychain)
{
    auto* fetch = new TokenFetch(m_api, m_cache, m_settings, this);
    m_fetch = fetch;
    const auto markUsed = [this, fromKeychain] {
        if (fromKeychain)
            m_keys->markUsed(m_request.environment.kind(), m_request.account);
    };
    connect(fetch, &TokenFetch::cachedToken, this, [this, markUsed](const TokenCache::CachedToken& cached) {
        if (!claimOutcome())
            return;
        markUsed();
        emit succeeded(resultOf(cached.token, cached.clockOffsetSeconds, true));
        finish();
    });
    // A new token is handed out at once; caching it and releasing the lock end the operation.
    connect(fetch, &TokenFetch::freshToken, this, [this, markUsed](const TokenCache::CachedToken& received) {
        if (!claimOutcome())
            return;
        markUsed();
        emit succeeded(resultOf(received.token, received.clockOffsetSeconds, false));
    });
    connect(fetch, &TokenFetch::tokenShared, this, &TokenOperation::finish);
    connect(fetch, &TokenFetch::failed, this, [this](const ApiError& error) {
        if (claimOutcome())
            emit failed(error);
        finish();
    });
    connect(fetch, &TokenFetch::cacheUnwritable, this, [this](const QString& problem) {
        if (claimOutcome())
            emit cacheUnwritable(problem);
        finish();
    });
    TokenFetch::Options options;
    options.useCache = m_request.useCache;
    options.minimumSecondsLeft = m_request.minimumSecondsLeft;
    options.keyFromKeychain = fromKeychain;
    options.refuseUncacheable = m_request.refuseUncacheable;
    fetch->start(m_request.environment, apiKey, options);
}

TokenResult TokenOperation::resultOf(const JwtToken& token, qint64 clockOffsetSeconds, bool fromCache) const
{
    TokenResult result;
    result.token = token;
    result.clockOffsetSeconds = clockOffsetSeconds;
    result.fromCache = fromCache;
    result.secondsLeft = token.secondsRemaining(m_clock->now().addSecs(clockOffsetSeconds));
    return result;
}

void TokenOperation::cancel()
{
    if (isFinished())
        return;
    if (m_fetch && m_fetch->isRequesting())
        return m_fetch->cancel(); // its failed() reports the cancellation and ends this operation
    if (m_fetch)
        m_fetch->cancel(); // releases its lock; it reports nothing more
    if (claimOutcome())
        emit failed(ApiError(ApiError::Kind::Cancelled, ApiReply::tr("The request was cancelled.")));
    finish();
}

bool TokenOperation::isRequesting() const
{
    return m_fetch && m_fetch->isRequesting();
}

} // namespace novapost
